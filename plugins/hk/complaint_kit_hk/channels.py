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

from complaint_kit.api import Basis, Case, Channel, ChannelKind, Finding
from complaint_kit.api import InstitutionType as T

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


# The channels in Chinese, for cases written in Chinese (the checklist, `check`, the letters).
ZH_HANT: dict[str, dict] = {
    "lender": {
        "name": "貸款機構本身（應先向其投訴）",
        "why": "銀行須為其委任的收數公司負責，應先向銀行投訴；如銀行未有妥善處理投訴，或懷疑有不當"
               "行為，可向金管局投訴。持牌放債人：亦先向其書面投訴，再向以下機構投訴。無牌放債人："
               "不要向其投訴，應向警方舉報。",
        "contact": "金管局公布各銀行的投訴聯絡途徑"
                   "（hkma.gov.hk/eng/smart-consumers/complaints/complaints-about-banks/）。",
        "how_to_file": ("以書面向貸款機構的投訴聯絡人投訴（銀行則用金管局公布的聯絡途徑），"
                        "並保留副本及寄出日期的證明。",),
        "needs": ("您的身份及帳戶資料。", "收數公司名稱，以及收數員的姓名或電話號碼。",
                  "按日期順序列出的事件（日期、時間、地點、涉及人士）。", "違反了守則的哪些條文。",
                  "轉介收數公司前有否給您書面通知。",
                  "您的要求：停止有關手法、更換收數公司、書面確認、直接與您處理。", "證據。"),
        "deadlines": ("銀行客戶如有金錢申索，可在銀行作出最終回覆後，或書面投訴60日後仍未獲最終回覆"
                      "時，向金融糾紛調解中心申請。",),
    },
    "hkma": {
        "name": "香港金融管理局投訴處理中心",
        "why": "金管局監管銀行，並監察銀行遵守《銀行營運守則》的情況；因銀行委任的收數公司的手法而"
               "受困擾的人士可直接向其投訴。金管局不會裁決爭議或命令賠償：它把個案轉交銀行處理，"
               "並把結果告知您。",
        "contact": "網上：bankcomplaint.hkma.gov.hk；查詢電話 (852) 2878 1378；"
                   "傳真 (852) 2509 3990；電郵 bankcomplaints@hkma.gov.hk；"
                   "地址：香港中環金融街8號國際金融中心二期55樓。",
        "how_to_file": ("在 bankcomplaint.hkma.gov.hk 網上投訴（貼上 .txt 版本），"
                        "或以電郵、傳真或郵寄遞交投訴表格。",),
        "needs": ("您的姓名、身份證號碼首4個字符、地址、電話、電郵。",
                  "銀行、職員姓名、分行或部門、職位。",
                  "所有不滿之處（逐點列出），以及按日期順序列出的事件（日期、時間、地點、涉及人士、"
                  "文件）。", "帳戶、產品及爭議金額（如有）。", "您是否已向銀行投訴。",
                  "同意披露資料。"),
    },
    "fdrc": {
        "name": "金融糾紛調解中心",
        "why": "只處理金錢申索（例如收數引致的收費或損失），對象為金管局認可機構及證監會持牌機構："
               "先調解，後仲裁。",
        "how_to_file": ("先調解，後仲裁。",),
        "needs": ("您向銀行的書面投訴及銀行的最終回覆（或已過60日的證明）。", "金錢爭議。"),
        "deadlines": ("在銀行作出最終回覆後，或書面投訴60日後仍未獲最終回覆時，方可申請。",
                      "申索金額上限為港幣1,000,000元。", "須在首次知悉損失起24個月內提出。"),
    },
    "police": {
        "name": "香港警務處",
        "why": "刑事恐嚇（《刑事罪行條例》第24條）、具冒犯性或持續的電話及訊息"
               "（《簡易程序治罪條例》第20條）、起底（《個人資料（私隱）條例》第64條）、無牌放債"
               "（《放債人條例》）及與三合會有關的收數，均由警方處理。如受到暴力威脅或對方表示即將"
               "上門：立即致電999。",
        "contact": "緊急情況致電999；其他情況可到任何警署。",
        "how_to_file": ("到警署報案，帶同書面報案資料及證據。",),
        "needs": ("事件記錄。", "威脅的原話。", "截圖。", "海報或油漆的照片。",
                  "對方使用的姓名及號碼。"),
    },
    "pcpd": {
        "name": "個人資料私隱專員公署",
        "why": "個人資料方面的違規，包括起底：向他人披露債務、張貼您的相片或身份證、未經通知把資料"
               "交給收數公司。",
        "contact": "pcpd.org.hk（投訴表格）。另設起底熱線，其號碼未經核實。",
        "how_to_file": ("按《個人資料（私隱）條例》第37條，以私隱專員公署的投訴表格投訴。",),
        "needs": ("投訴是否關乎您本人的個人資料。",
                  "同意向被投訴一方披露您的身份（不同意則無法展開調查）。",
                  "您身份證明文件上的姓名。", "向私隱專員公署作出虛假陳述屬違法。"),
        "deadlines": ("須在實際知悉被投訴的作為起計2年內投訴。",),
    },
    "money-lenders": {
        "name": "放債人註冊處處長（公司註冊處）",
        "why": "放債人註冊處處長及警務處處長負責放債人的發牌。兩者如何處理投訴未經核實：請向公司"
               "註冊處查詢。",
        "contact": "公司註冊處（放債人註冊處處長）；警方。",
        "how_to_file": ("投訴程序未經核實：請向公司註冊處查詢。",),
        "needs": ("放債人的名稱及牌照號碼（如有）。",),
    },
    "consumer-council": {
        "name": "消費者委員會",
        "why": "與非銀行的持牌商戶進行調解；消委會並非執法機構。",
        "contact": "熱線 2929 2222；consumer.org.hk（投訴表格）",
        "how_to_file": ("消委會投訴表格，或致電熱線 2929 2222。",),
        "needs": ("您的姓名、通訊地址或電郵、電話。", "商戶資料。", "交易詳情。", "證明文件。"),
    },
}


CHANNELS = [
    Channel(
        id="lender", jurisdiction="hk", name="The lender itself (complain to it first)",
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
        translations={"zh-Hant": ZH_HANT["lender"]},
        covers=(), sources=(c.SRC_HKMA_BANKS,),
    ),
    Channel(
        id="hkma", jurisdiction="hk", takes_id_number=True,
        name="HKMA Complaint Processing Centre",
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
        translations={"zh-Hant": ZH_HANT["hkma"]},
        covers=(T.bank.value,), sources=(c.SRC_HKMA_BANKS, c.SRC_HKMA_FORM, c.SRC_HKMA_IFLR),
    ),
    Channel(
        id="fdrc", jurisdiction="hk", takes_id_number=True,
        name="Financial Dispute Resolution Centre (FDRC)",
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
        translations={"zh-Hant": ZH_HANT["fdrc"]},
        covers=(T.bank.value,), sources=(c.SRC_FDRC, c.SRC_FDRC_ABOUT),
    ),
    Channel(
        id="police", jurisdiction="hk", takes_id_number=True,
        name="Hong Kong Police Force",
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
        translations={"zh-Hant": ZH_HANT["police"]},
        covers=(), sources=(c.SRC_POLICE_2007, c.SRC_POLICE_2016),
    ),
    Channel(
        id="pcpd", jurisdiction="hk",
        name="Privacy Commissioner for Personal Data (PCPD)",
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
        translations={"zh-Hant": ZH_HANT["pcpd"]},
        covers=(), sources=(c.SRC_PCPD, c.SRC_PCPD_FORM),
    ),
    Channel(
        id="money-lenders", jurisdiction="hk",
        name="Registrar of Money Lenders (Companies Registry)",
        kind=ChannelKind.regulator, order=45, applies=_money_lenders,
        why="The Registrar of Money Lenders and the Commissioner of Police license money "
            "lenders. How they take complaints is not confirmed: ask the Companies Registry.",
        contact="Companies Registry (Registrar of Money Lenders); the police.",
        how_to_file=("Complaint procedure not confirmed: ask the Companies Registry.",),
        needs=("The lender's name and licence number, if any.",),
        deadlines=(),
        translations={"zh-Hant": ZH_HANT["money-lenders"]},
        covers=(T.other.value,),
        sources=(c.SRC_MONEY_LENDERS, c.SRC_MONEY_LENDERS_PROCEDURE),
    ),
    Channel(
        id="consumer-council", jurisdiction="hk", name="Consumer Council",
        kind=ChannelKind.hotline, order=60, applies=_consumer,
        why="Conciliation with a licensed trader that is not a bank; it is not a "
            "law-enforcement body.",
        contact="Hotline 2929 2222; consumer.org.hk/en/complaint-form",
        how_to_file=("The Consumer Council complaint form, or the hotline 2929 2222.",),
        needs=("Your name, correspondence address or email, phone.", "The trader's details.",
               "Transaction details.", "Supporting documents."),
        deadlines=(),
        translations={"zh-Hant": ZH_HANT["consumer-council"]},
        covers=(), sources=(c.SRC_CONSUMER,),
    ),
]
