"""United Kingdom channels, in the order a complainant should use them (law-uk.md §2).

Order: the firm first (10: the Financial Ombudsman Service will not look at a complaint the firm
has not had 8 weeks to answer), then the Ombudsman (20, within 6 months of the final response),
the FCA for intelligence only (30: it does not resolve individual complaints, so it is a report
beside the complaint, and only where an FCA rule was broken), the police (40) and a civil claim
under the Protection from Harassment Act 1997 (50).

The police are for the offence of harassment (PHA 1997 s.2, found with its elements) and for
anything urgent: a threat of violence or of a visit within a day puts them first (the core does,
for any urgent finding), with the reason. Contacts that are only frequent, with nothing said,
stay with the firm and the Ombudsman. The Ombudsman takes complaints about FCA-authorised firms
and covered debts only. What the
reference marks UNVERIFIED (the FCA Consumer Helpline number, the post-2022 FOS form's fields,
an ICO route for data protection) is left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from complaint_kit.api import Basis, Case, Channel, ChannelKind, Finding

from . import citations as c
from .facts import conc_applies, fos_covers

# The offence the police can act on: harassment, PHA 1997 s.2, cited only with its elements. AJA
# 1970 s.40 is UNVERIFIED for a trader collecting from a consumer, so it sends nobody to the
# police; a threat of violence or of a visit within a day does (urgent findings).
POLICE_RULES = {"UK-PHA-COURSE"}
CIVIL_RULES = {"UK-PHA-COURSE"}
# What the police report sets out in full, in this order (the other findings by title only).
POLICE_REPORT_RULES = ("UK-PHA-COURSE", "UK-AJA-HARASSMENT", "UK-IMPOSSIBLE-ACTION",
                       "UK-CRIMINAL-THREAT", "UK-FALSE-AUTHORITY", "UK-INSULT")


def _fired(findings: Sequence[Finding]) -> set[str]:
    return {f.rule_id for f in findings}


def _firm(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(findings) and bool(case.respondents)


def _regulatory(findings: Sequence[Finding]) -> bool:
    """A finding on the FCA's rules: what the firm, the Ombudsman and the FCA deal with."""
    return any(x.instrument in (c.CONC, c.PRIN) for f in findings for x in f.quotable)


def _fos(case: Case, findings: Sequence[Finding]) -> bool:
    """The Ombudsman decides complaints against authorised firms about covered debts."""
    return bool(findings) and fos_covers(case) and conc_applies(case)


def _fca(case: Case, findings: Sequence[Finding]) -> bool:
    """A report (intelligence), not a complaint: the FCA does not resolve individual cases."""
    return conc_applies(case) and _regulatory(findings)


def _police(case: Case, findings: Sequence[Finding]) -> bool:
    if any(f.urgent for f in findings):
        return True
    return any(f.rule_id in POLICE_RULES and any(c.basis == Basis.criminal for c in f.elements)
               for f in findings)


def _court(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(_fired(findings) & CIVIL_RULES)


CHANNELS = [
    Channel(
        id="firm", jurisdiction="uk", name="The firm (the creditor or the debt collector)",
        kind=ChannelKind.lender, order=10, applies=_firm, addressee="The Complaints Department",
        why="Complain to the firm first: it must answer within 8 weeks, and the Financial "
            "Ombudsman Service takes a complaint only after the firm's final response or once "
            "8 weeks have passed.",
        contact="The complaints address on the firm's letters or website",
        how_to_file=("Make a formal complaint in writing, saying that it is a formal complaint.",
                     "Keep a copy and a note of the date you sent it."),
        needs=("Your name, address and account or reference number.",
               "A dated log of the calls, messages, visits and letters.",
               "The rules broken, and how you want things put right."),
        deadlines=("The firm must acknowledge the complaint promptly and keep you informed "
                   "(DISP 1.6.1R).",
                   "Final response within 8 weeks, telling you that you may refer to the "
                   "Financial Ombudsman Service within six months; otherwise a holding response "
                   "saying you can now go to the Ombudsman (DISP 1.6.2R).",
                   "A complaint resolved by the close of the third business day may get a "
                   "summary resolution communication instead (DISP 1.5)."),
        sources=(c.DISP_1_6, c.DISP_1_5, c.FOS_HOW_TO),
    ),
    Channel(
        id="fos", jurisdiction="uk", name="Financial Ombudsman Service",
        kind=ChannelKind.ombudsman, order=20, applies=_fos,
        addressee="Financial Ombudsman Service, Exchange Tower, London E14 9SR",
        why="Free for consumers; decides complaints about debt collecting (from 1 April 2014 on "
            "regulated and exempt credit and hire agreements and P2P; not council tax, utility "
            "bills, court fines or mobile-phone contracts) once the firm has had its chance to "
            "answer.",
        contact="0800 023 4567 / 0300 123 9 123; complaint.info@financial-ombudsman.org.uk; "
                "Exchange Tower, London E14 9SR",
        how_to_file=("Use the Ombudsman's current complaint form (the redesigned form in use "
                     "since 1 April 2022; the old form is no longer accepted), online, by phone "
                     "or by post.",
                     "Help with language and format is available (large print, Braille, other "
                     "languages)."),
        needs=("Your personal details, like your name and address.",
               "What the problem is, and how you want things put right.",
               "Key details, like your account number.",
               "The date of your complaint to the firm and of its final response."),
        deadlines=("From the firm's final response, or once 8 weeks have passed since you "
                   "complained to it (DISP 2.8.1R).",
                   "No later than 6 months after the firm's final response (DISP 2.8.2R(1)).",
                   "No later than 6 years after the event or, if later, 3 years from when you "
                   "knew, unless there are exceptional circumstances or the firm consents "
                   "(DISP 2.8.2R(2))."),
        sources=(c.FOS_DEBT_COLLECTING, c.DISP_2_8_1, c.DISP_2_8_2, c.FOS_CONTACT, c.FOS_FORM),
    ),
    Channel(
        id="fca", jurisdiction="uk", name="Financial Conduct Authority (FCA): a report, not a "
        "complaint",
        kind=ChannelKind.regulator, order=30, applies=_fca,
        why="The FCA does not resolve individual complaints: it will not decide yours or get "
            "you redress. It gathers intelligence on firms that break its rules, so a report "
            "helps it act against the firm; send it alongside, never instead of, the complaint "
            "to the firm and the Ombudsman.",
        contact="Through the FCA's website (its Consumer Helpline number is not verified here)",
        how_to_file=("Tell the FCA what the firm did; this does not replace the complaint to the "
                     "firm or the Ombudsman.",),
        sources=(c.FCA_INTELLIGENCE,),
    ),
    Channel(
        id="police", jurisdiction="uk", name="The police", kind=ChannelKind.police, order=40,
        applies=_police, addressee="The police",
        why="Harassment is an offence under the Protection from Harassment Act 1997, s.2, and "
            "a threat of violence, or of someone coming to your home within a day, is for the "
            "police now: report it without waiting for the firm's reply.",
        contact="Your local police force",
        how_to_file=("Report the harassment to your local police, with the dated log and the "
                     "evidence.",),
        needs=("The dated log of contacts, the messages and recordings, and who sent them.",),
        sources=(c.POLICE_PHA,),
    ),
    Channel(
        id="court", jurisdiction="uk", name="A civil claim in court (Protection from Harassment "
        "Act 1997, s.3)", kind=ChannelKind.court, order=50, applies=_court,
        why="Damages for any anxiety and financial loss the harassment caused, and an injunction "
            "to stop it.",
        how_to_file=("A court claim; take advice first.",),
        deadlines=("Limitation for damages under the Act is excluded from the personal-injury "
                   "special rule (s.6).",),
        sources=(c.COURT_PHA,),
    ),
]
