"""Taiwan channels, in the order a complainant should use them (law-tw.md §2).

Order: the financial institution first (10; 金融消費者保護法 §13 II: reply within 30 days), then
the Financial Ombudsman Institution (20; within 60 days of the reply or of the deadline), the
FSC (30), the Bankers Association's hotline during the Lunar New Year pause (40), and the police
or prosecutors (50) — first whenever a finding is urgent (a threat of harm or of a visit
soon; the core's ``route`` puts the police channels first). The Ombudsman and the FSC take only
findings that rest on a rule (not the industry's voluntary pause), and only about the
institution: the Ombudsman's respondent is the financial institution, never its agency or
collector; the FSC supervises, it does not contact anyone for the complainant. Points the
reference marks UNVERIFIED are said to be unverified, never stated as fact.
"""

from __future__ import annotations

from collections.abc import Sequence

from complaint_kit.api import Basis, Case, Channel, ChannelKind, Finding

from . import citations as c
from .rules.matching import regulated

_FI = ("bank", "consumer_finance")  # institution types the FSC-supervised channels cover


def _legal(findings: Sequence[Finding]) -> bool:
    """A finding a body can act on: a breach of a rule, not only an industry baseline (the
    Lunar New Year pause is the Bankers Association's)."""
    return any(f.verified and f.basis != Basis.baseline for f in findings)


def _institution(case: Case, findings: Sequence[Finding]) -> bool:
    """The institution answers for its agency, also under the industry's own pause."""
    return bool(findings) and regulated(case) is not None


def _ombudsman(case: Case, findings: Sequence[Finding]) -> bool:
    return _legal(findings) and regulated(case) is not None


def _fsc(case: Case, findings: Sequence[Finding]) -> bool:
    """The Banking Bureau supervises banks and card issuers: it takes a breach of the rules
    that bind them (regulatory findings), not a criminal or civil matter alone."""
    return regulated(case) == "fi" and any(
        f.verified and f.basis == Basis.regulatory for f in findings)


def _lunar(case: Case, findings: Sequence[Finding]) -> bool:
    return any(f.rule_id == "TW-LUNAR-NEW-YEAR" for f in findings)


def _police(case: Case, findings: Sequence[Finding]) -> bool:
    """Offences and 社會秩序維護法 matters (penal findings), or a threat that cannot wait."""
    return any(f.basis.penal or f.urgent for f in findings)


CHANNELS = [
    Channel(
        id="lender", jurisdiction="tw", name="金融機構（銀行、信用卡機構、保險業）申訴管道",
        kind=ChannelKind.lender, order=10, applies=_institution,
        addressee="債權金融機構客戶服務（申訴）部門",
        why="金融機構應監督其委外催收機構，須先向金融機構申訴，才能向金融消費評議中心申請評議。",
        contact="委外催收通知書所載之金融機構申訴專線；信用卡背面之客服電話",
        how_to_file=("以書面（掛號郵寄或電子郵件）向金融機構提出申訴書，並保留寄送證明。",
                     "撥打申訴專線時，記下日期、時間、承辦人員及案件編號。"),
        needs=("申訴人基本資料（姓名、身分證字號、地址、電話）。",
               "相對人：金融機構、受託催收機構名稱及催收人員姓名或代號。",
               "債務標的：產品（信用卡、信用貸款、現金卡等）、帳號末四碼、金額。",
               "事實、理由、請求事項及附件（錄音、截圖、通話紀錄、信封、委外催收通知書）。"),
        deadlines=("金融機構應於收受申訴之日起30日內處理（金融消費者保護法第13條第2項）。",
                   "不接受處理結果或逾期未處理者，得於收受處理結果或期限屆滿之日起60日內"
                   "向金融消費評議中心申請評議。",
                   "催收錄音至少保存六個月，請儘早請求提供。"),
        covers=_FI, sources=(c.FCPA_13, c.OUT_16_6, c.OUT_13_6),
    ),
    Channel(
        id="foi", jurisdiction="tw", takes_id_number=True,
        name="財團法人金融消費評議中心",
        kind=ChannelKind.ombudsman, order=20, applies=_ombudsman,
        addressee="財團法人金融消費評議中心",
        why="處理金融消費者與金融服務業間之民事爭議；評議成立後經法院核可，與民事確定判決"
            "有同一效力。相對人限於金融服務業（債權金融機構）；受託催收機構及催收人員並非"
            "評議之相對人，其行為由金融機構負責。",
        contact="免付費電話 0800-789-885；線上申請；申訴信箱",
        how_to_file=("先向金融機構申訴並等候30日。",
                     "填寫並簽名評議申請書（可線上申請），附身分證影本（申請人及代理人）及證據。",
                     "純屬債務協商之申請不予受理：請以違法催收所生之損害賠償等民事爭議提出。"),
        needs=("當事人名稱及基本資料（相對人為債權金融機構）、請求標的、事實、理由、相關文件或"
               "資料及申訴未獲妥適處理之情形（金融消費者保護法第24條第1項）。",
               "身分證影本；委任代理人者附委任書。"),
        deadlines=("向金融機構申訴後30日未獲處理，或收受處理結果之日起60日內申請。",
                   "金融機構應於10個工作天內陳述意見；申請人得於10個工作天內補充。",
                   "評議應於受理後3個月內作成，必要時得延長一次，不逾2個月。",
                   "評議書作成後90日內得申請法院核可。",
                   "僅涉騷擾而無金錢請求之申請是否受理，尚未查證；請先洽評議中心。"),
        covers=_FI, sources=(c.FCPA_13, c.FCPA_14_4, c.FCPA_18, c.FCPA_23, c.FCPA_24,
                             c.FOI_RULES_15, c.FOI_EBOOK),
    ),
    Channel(
        id="fsc", jurisdiction="tw", takes_id_number=True,
        name="金融監督管理委員會（銀行局）",
        kind=ChannelKind.regulator, order=30, applies=_fsc,
        addressee="金融監督管理委員會銀行局",
        why="金融機構未建立或未確實執行委外催收之內部作業制度者，主管機關得依銀行法處以罰鍰。"
            "金管會監理金融機構，不代陳情人聯絡其家人、同事或處理個別債務。",
        contact="金管會服務專線 1998；2012年公布之不當催收檢舉專線 (02)8968-9665（號碼可能已變更）",
        how_to_file=("撥打1998，或以書面、線上方式陳情、檢舉。",
                     "線上陳情表單之欄位尚未查證；可將陳情書文字貼入表單。"),
        needs=("陳情人基本資料及聯絡方式。", "被陳情之金融機構（並載明其委託之催收機構名稱）。",
               "具體事實、時間、號碼及證據。"),
        deadlines=(),
        covers=_FI, sources=(c.FSC_1998, c.FSC_2012_LINE, c.BANKING_45_1, c.BANKING_129_7),
    ),
    Channel(
        id="bankers-hotline", jurisdiction="tw", name="銀行公會債務協商專線",
        kind=ChannelKind.association, order=40, applies=_lunar,
        addressee="中華民國銀行商業同業公會全國聯合會",
        why="銀行公會請會員機構及受託催收機構於春節連假期間暫停一切催收（自律措施，非法律規定）。",
        contact="02-85961629",
        how_to_file=("電話反映春節暫停催收期間之催收。",),
        needs=("金融機構名稱、催收時間、號碼及內容。",),
        deadlines=(),
        covers=("bank",), sources=(c.BANKERS_HOTLINE, c.BANKERS_LUNAR),
    ),
    Channel(
        id="police", jurisdiction="tw", takes_id_number=True,
        name="警察局、派出所；地方檢察署",
        kind=ChannelKind.police, order=50, applies=_police,
        addressee="○○市政府警察局○○分局○○派出所",
        why="恐嚇、公然侮辱、誹謗、竊錄屬刑事案件；跟追、藉端滋擾屬社會秩序維護法案件，"
            "由警察局及其分局管轄。揚言加害或近期登門時，請先報警。",
        contact="緊急時撥打110；行為地或住所地之派出所；刑事告訴亦得向地方檢察署提出",
        how_to_file=("至派出所報案，並提出書面報案資料及證據。",
                     "刑事告訴得向地方檢察署提出；報案及告訴之程序細節尚未查證，請洽受理機關。"),
        needs=("身分證件。", "書面報案資料。", "證據（錄音、截圖、通話紀錄）及證據清單。"),
        deadlines=("跟蹤騷擾防制法之罪須告訴乃論。",),
        covers=(), sources=(c.SOA_35,),
    ),
]
