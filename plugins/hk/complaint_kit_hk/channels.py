"""Hong Kong channels (law-hk.md §2), in the order a complainant should use them.

Order: the lender (for a bank, the bank first) (10), then the HKMA (20), the FDRC for money
claims (30), the police (35), the Privacy Commissioner (40), the Registrar of Money Lenders (45)
and the Consumer Council (60). The Registrar licenses money lenders but its complaint procedure
is unconfirmed, so it follows the bodies known to act (the police for offences, including
unlicensed lending; the PCPD for personal data). Points the reference marks UNVERIFIED (the
PCPD doxxing hotline number, the money-lender complaint procedure) are left out or said to be
unconfirmed.

- The police take a case when a finding rests on an offence whose elements are in the facts,
  or when a threat cannot wait (the core then puts them first). A bank's frequent calls with
  nothing unlawful in them go to the bank and the HKMA only.
- An unlicensed money lender is reported to the police and the Registrar, never written to:
  a letter inviting it to mend its ways would only warn it. Nor does the Consumer Council,
  which conciliates with traders, fit it.

Channel text is in English (the CLI's language) with the body's Chinese name; documents address
each body in the case's language (``context.ADDRESSEES``).
"""

from __future__ import annotations

from collections.abc import Sequence

from complaint_kit.case import Case
from complaint_kit.case import InstitutionType as T
from complaint_kit.channels import Channel, ChannelKind
from complaint_kit.rules import Basis, Finding

from . import citations as c
from .rules.matching import is_bank, is_unlicensed

_PRIVACY_RULES = {"HK-DOXXING", "HK-CONFIDENTIALITY", "HK-DATA-TRANSFER-NOTICE"}
_CONDUCT_RULES = {"HK-HOURS", "HK-PERSISTENT-CALLS", "HK-THIRD-PARTY", "HK-PUBLIC-HUMILIATION",
                  "HK-INTIMIDATION", "HK-ABUSIVE", "HK-FALSE-IDENTITY", "HK-MISLEADING",
                  "HK-CONFIDENTIALITY", "HK-DCA-NOTICE", "HK-BANKRUPT"}


def _fired(findings: Sequence[Finding]) -> set[str]:
    return {f.rule_id for f in findings}


def _lender(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(findings) and case.lender is not None and not is_unlicensed(case)


def _hkma(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(_fired(findings) & _CONDUCT_RULES) and is_bank(case)


def _fdrc(case: Case, findings: Sequence[Finding]) -> bool:
    """Money claims only, against scheme members (banks), after the bank's complaint process."""
    return bool(findings) and is_bank(case) and bool(case.facts.get("money_claim"))


def _pcpd(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(_fired(findings) & _PRIVACY_RULES)


def _police(case: Case, findings: Sequence[Finding]) -> bool:
    """An offence whose elements the facts meet, or a threat that cannot wait."""
    return any(f.urgent or f.basis == Basis.criminal for f in findings)


def _consumer(case: Case, findings: Sequence[Finding]) -> bool:
    return (bool(findings) and case.lender is not None and not is_bank(case)
            and not is_unlicensed(case))


def _money_lenders(case: Case, findings: Sequence[Finding]) -> bool:
    kind = case.facts.get("lender_kind")
    return bool(findings) and (kind == "money_lender" or "HK-UNLICENSED-LENDER" in _fired(findings))


CHANNELS = [
    Channel(
        id="lender", jurisdiction="hk", name="The lender itself (complain to it first) 貸款機構",
        kind=ChannelKind.lender, order=10, applies=_lender,
        why="A bank answers for the debt-collection agencies it appoints; complain to it first. "
            "Go to the HKMA if the bank has not handled the complaint properly or misconduct is "
            "suspected. A licensed money lender: write to it too, then to the bodies below. "
            "Never an unlicensed lender: report it to the police.",
        contact="The HKMA publishes each bank's complaint contact "
                "(hkma.gov.hk/eng/smart-consumers/complaints/complaints-about-banks/).",
        how_to_file=("Write to the lender's complaint contact (for a bank, the one the HKMA "
                     "publishes), keeping a copy and proof of the date sent.",),
        needs=("Your identity and account.", "The agency's name and the collector's name or "
               "number.", "The incidents in date order (date, time, place, parties).",
               "Which Code items were breached.", "Whether you had advance written notice of "
               "the agency referral.", "What you ask for: stop the tactics, replace the "
               "agency, confirm in writing, deal with you directly.", "The evidence."),
        deadlines=("A bank's customer with a money claim can go to the FDRC after the bank's "
                   "final reply, or 60 days after a written complaint without one.",),
        covers=(), sources=(c.SRC_HKMA_BANKS,),
    ),
    Channel(
        id="hkma", jurisdiction="hk", takes_id_number=True,
        name="HKMA Complaint Processing Centre 香港金融管理局投訴處理中心",
        kind=ChannelKind.regulator, order=20, applies=_hkma,
        why="The HKMA supervises banks and monitors compliance with the Code of Banking "
            "Practice; a person upset by a bank-appointed collector's tactics can complain to "
            "it directly. It cannot adjudicate the dispute or order compensation: it refers the "
            "case to the bank and tells you the outcome.",
        contact="Online: bankcomplaint.hkma.gov.hk; enquiries (852) 2878 1378; fax (852) 2509 "
                "3990; bankcomplaints@hkma.gov.hk; 55/F, Two International Finance Centre, "
                "8 Finance Street, Central, Hong Kong.",
        how_to_file=("Online at bankcomplaint.hkma.gov.hk (paste the .txt version), or the "
                     "complaint form by email, fax or post.",),
        needs=("Your name, first 4 characters of your ID, address, phone, email.",
               "The bank, staff name, branch or department, job title.",
               "Every matter you are not satisfied with, in point form, and the incidents in "
               "date order (date, time, place, parties, documents).",
               "Account, product and disputed amount, if any.",
               "Whether you have complained to the bank.", "Consent to disclosure."),
        deadlines=(),
        covers=(T.bank.value,), sources=(c.SRC_HKMA_BANKS, c.SRC_HKMA_FORM, c.SRC_HKMA_IFLR),
    ),
    Channel(
        id="fdrc", jurisdiction="hk", takes_id_number=True,
        name="Financial Dispute Resolution Centre (FDRC) 金融糾紛調解中心",
        kind=ChannelKind.ombudsman, order=30, applies=_fdrc,
        why="Money claims only (e.g. charges or losses caused by the collection), against "
            "HKMA-authorized and SFC-licensed institutions: mediation first, arbitration next.",
        contact="fdrc.org.hk",
        how_to_file=("Mediation first, arbitration next.",),
        needs=("Your written complaint to the bank and its final reply (or proof that 60 days "
               "have passed).", "A monetary dispute."),
        deadlines=("Eligible after the final reply, or 60 days after the written complaint "
                   "without one.", "Claims up to HK$1,000,000.",
                   "Within 24 months of first knowing of the loss."),
        covers=(T.bank.value,), sources=(c.SRC_FDRC, c.SRC_FDRC_ABOUT),
    ),
    Channel(
        id="police", jurisdiction="hk", takes_id_number=True,
        name="Hong Kong Police Force 香港警務處",
        kind=ChannelKind.police, order=35, applies=_police,
        why="Criminal intimidation (Crimes Ordinance s. 24), offensive or persistent calls and "
            "messages (Summary Offences Ordinance s. 20), doxxing (PDPO s. 64), unlicensed "
            "money lending (Money Lenders Ordinance) and triad-linked collection are for the "
            "police. A threat of violence or of a visit soon: call 999 now.",
        contact="999 in an emergency; otherwise any police station.",
        how_to_file=("Report at a police station; bring the written report and the evidence.",),
        needs=("The incident log.", "Threats word for word.", "Screenshots.",
               "Photos of posters or paint.", "Names and numbers used."),
        deadlines=(),
        covers=(), sources=(c.SRC_POLICE_2007, c.SRC_POLICE_2016),
    ),
    Channel(
        id="pcpd", jurisdiction="hk",
        name="Privacy Commissioner for Personal Data (PCPD) 個人資料私隱專員公署",
        kind=ChannelKind.regulator, order=40, applies=_pcpd,
        why="Personal-data breaches, including doxxing: the debt disclosed to others, your "
            "photo or ID posted, data passed to collectors without notice.",
        contact="pcpd.org.hk (complaint form). A doxxing hotline exists; its number is not "
                "confirmed here.",
        how_to_file=("A complaint under PDPO s. 37 on the PCPD complaint form.",),
        needs=("Whether the complaint concerns your own personal data.",
               "Consent to disclose your identity to the party complained against (without "
               "it, no inquiry).", "Your name as on your identity document.",
               "Making a false statement to the PCPD is an offence."),
        deadlines=("Within 2 years of actually knowing of the act complained of.",),
        covers=(), sources=(c.SRC_PCPD, c.SRC_PCPD_FORM),
    ),
    Channel(
        id="money-lenders", jurisdiction="hk",
        name="Registrar of Money Lenders (Companies Registry) 放債人註冊處處長",
        kind=ChannelKind.regulator, order=45, applies=_money_lenders,
        why="The Registrar of Money Lenders and the Commissioner of Police license money "
            "lenders. How they take complaints is not confirmed: ask the Companies Registry.",
        contact="Companies Registry (Registrar of Money Lenders); the police.",
        how_to_file=("Complaint procedure not confirmed: ask the Companies Registry.",),
        needs=("The lender's name and licence number, if any.",),
        deadlines=(),
        covers=(T.other.value,),
        sources=(c.SRC_MONEY_LENDERS, c.SRC_MONEY_LENDERS_PROCEDURE),
    ),
    Channel(
        id="consumer-council", jurisdiction="hk", name="Consumer Council 消費者委員會",
        kind=ChannelKind.hotline, order=60, applies=_consumer,
        why="Conciliation with a licensed trader that is not a bank; it is not a "
            "law-enforcement body.",
        contact="Hotline 2929 2222; consumer.org.hk/en/complaint-form",
        how_to_file=("The Consumer Council complaint form, or the hotline 2929 2222.",),
        needs=("Your name, correspondence address or email, phone.", "The trader's details.",
               "Transaction details.", "Supporting documents."),
        deadlines=(),
        covers=(), sources=(c.SRC_CONSUMER,),
    ),
]
