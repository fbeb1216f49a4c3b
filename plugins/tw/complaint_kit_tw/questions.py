"""Interview questions only Taiwan cases need, with their own text in each language.

The first question after the lender is the one the reference puts first (law-tw.md §0): who is
collecting, for whom, and what kind of debt — it decides whether the FSC collection rules apply
at all. The rest are the Taiwan facts of law-tw.md §5.
"""

from __future__ import annotations

from complaint_kit.api import Question, translated, with_labels

from .validation import id_number_problem

_AGENCY = {"field": "tw_collector_type", "in": ["third_party_agency", "law_firm"]}
_FI = {"field": "tw_principal_type", "in": ["bank", "card_issuer"]}
_CARD = {"field": "tw_principal_type", "equals": "card_issuer"}
_COMPLAINED = {"field": "tw_bank_complaint_date", "is_set": True}


def _q(id: str, target: str, after: str, zh: str, en: str, *, hans: str | None = None,
       help_zh: str | None = None, help_en: str | None = None, **kw) -> Question:
    prompt = {"zh-Hant": zh, "zh-Hans": hans or zh, "en": en}
    help_ = {"zh-Hant": help_zh, "zh-Hans": help_zh, "en": help_en} if help_zh else None
    return Question(id=id, target=target, jurisdiction="tw", after=after, prompt=prompt,
                    help=help_, **kw)


def _choices(*items: tuple[str, str, str]) -> tuple:
    return tuple((value, {"zh-Hant": zh, "zh-Hans": zh, "en": en}) for value, zh, en in items)


# A yes/no the borrower may not know the answer to: "I don't know" stores nothing.
_YES_NO_UNKNOWN = (
    (True, {"zh-Hant": "是", "zh-Hans": "是", "en": "Yes"}),
    (False, {"zh-Hant": "否", "zh-Hans": "否", "en": "No"}),
    (None, {"zh-Hant": "不知道", "zh-Hans": "不知道", "en": "I don't know"}),
)
_LENDER = "respondents[id=lender,role=lender]"
# The kind of institution each Taiwan category is, for the case's general lender type.
_INSTITUTION = {"bank": "bank", "card_issuer": "bank", "fintech": "online_platform",
                "insurer": "other"}


QUESTIONS = [
    _q("tw_id_number", "complainant.id_number", "complainant_phone",
       "您的國民身分證統一編號或居留證號碼（可按 Enter 跳過）",
       "Your national ID number or ARC number (Enter to skip)",
       hans="您的国民身分证统一编号或居留证号码（可按 Enter 跳过）",
       help_zh="號碼存在您的案件檔案中，並印在需要核對身分的文件上：給金融消費評議中心、金管會"
               "及警察機關的文件。給金融機構或催收公司的信函不列出號碼（除非以 draft "
               "--with-id-number 起草）。不想填可直接按 Enter 跳過，之後再補。",
       help_en="The number is kept in your case file and printed on the documents whose "
               "addressee checks who complains: those to the Financial Ombudsman Institution, "
               "the FSC and the police. Letters to the bank or the collection agency leave it "
               "out (unless you draft with --with-id-number). You can press Enter to skip it "
               "and add it later.",
       type="national_id", validator="tw_id_number"),
    _q("tw_principal_type", "facts.principal_type", "lender_type",
       "您欠款的對象是哪一類機構？", "Whom do you owe the money to?",
       help_zh="銀行、信用卡機構及保險業委外催收，須遵守金管會之催收規定；民間借貸、網路或地下"
               "借貸不適用，只能依刑法、社會秩序維護法、個人資料保護法及民法處理。",
       help_en="Banks, card issuers and insurers (and their collection agencies) must follow "
               "the FSC collection rules; private, online or underground lenders are outside "
               "them, and only the criminal law, the Social Order Maintenance Act, the "
               "Personal Data Protection Act and the Civil Code apply.",
       # Asked instead of the core's lender type, whose categories are mainland China's.
       replaces="lender_type", sets_from={f"{_LENDER}.type": _INSTITUTION},
       type="choice", choices=_choices(
           ("bank", "銀行（信用貸款、房貸等）", "A bank (personal loan, mortgage...)"),
           ("card_issuer", "信用卡或現金卡發卡機構", "A credit-card or cash-card issuer"),
           ("insurer", "保險公司", "An insurer"),
           ("money_lender", "民間借貸、當鋪或個人", "A private lender, pawnshop or person"),
           ("fintech", "網路借貸平台或App", "An online lending platform or app"),
           ("other", "其他或不知道", "Other, or I don't know"))),
    _q("tw_collector_type", "facts.collector_type", "tw_principal_type",
       "是誰在向您催收？", "Who is collecting from you?",
       type="choice", choices=_choices(
           ("in_house_FI", "金融機構自己的人員", "The institution's own staff"),
           ("third_party_agency", "受託的催收公司（資產管理公司）",
            "A collection agency it hired"),
           ("law_firm", "律師或會計師事務所", "A law or accounting firm"),
           ("debt_buyer", "買受債權的資產管理公司", "A company that bought the debt"),
           ("original_creditor", "原債權人（非金融機構）", "The original lender (not a bank)"),
           ("unlicensed_lender", "地下錢莊或無照放貸者", "An unlicensed lender"))),
    _q("tw_pre_notice", "facts.pre_outsourcing_notice_received", "tw_collector_type",
       "委外催收前，金融機構是否曾寄給您書面的「委外催收通知書」？",
       "Before handing the debt to the agency, did the institution send you a written notice "
       "(委外催收通知書)?",
       help_zh="通知書應載明催收機構名稱、催收金額、錄音保存期間及金融機構申訴專線。",
       help_en="It must name the agency, the amount, how long recordings are kept and the "
               "institution's complaint line.",
       type="choice", choices=_YES_NO_UNKNOWN, when={"all": [_AGENCY, _FI]}),
    _q("tw_agency_on_list", "facts.agency_on_bank_list", "tw_pre_notice",
       "催收公司是否列在該金融機構網站或營業處所公告的受託催收機構名單上？",
       "Is the agency on the list of collection agencies the institution publishes?",
       help_zh="名單公告在金融機構的網站或營業處所；沒有查過可選「不知道」。",
       help_en="Institutions publish the list on their website or at their branches; if you "
               "have not looked, choose \"I don't know\".",
       type="choice", choices=_YES_NO_UNKNOWN, when={"all": [_AGENCY, _FI]}),
    _q("tw_debt_sold", "facts.debt_sold", "tw_agency_on_list",
       "發卡機構是否已將您的債權賣給資產管理公司？", "Has the card issuer sold your debt?",
       type="choice", choices=_YES_NO_UNKNOWN, when=_CARD),
    _q("tw_debt_sale_notice", "facts.debt_sale_notice_received", "tw_debt_sold",
       "您是否收到載明買受人、金額及申訴電話的書面通知？",
       "Did you receive a written notice naming the buyer, the amount and the complaint line?",
       type="yes_no", when={"field": "tw_debt_sold", "equals": True}),
    # A platform's funder, in Taiwan's categories instead of the core's mainland ones.
    _q("tw_funder_type", "respondents[id=funder,role=funder].type", "funder_name",
       "資金方屬於哪一類？", "What kind of company is the funder?", hans="资金方属于哪一类？",
       replaces="funder_type", when={"field": "funder_name", "is_set": True},
       type="choice", choices=_choices(("bank", "銀行", "A bank"), ("other", "其他", "Other"),
                                       ("unknown", "不知道", "I don't know"))),
    _q("tw_off_hours_consent", "facts.off_hours_consent", "debt_disputed",
       "您是否曾同意對方在晚上十時至上午七時之間聯絡您？",
       "Did you ever agree to be contacted between 10 pm and 7 am?", type="yes_no"),
    _q("tw_asked_to_stop_on", "facts.asked_to_stop_on", "tw_off_hours_consent",
       "您曾以書面要求對方停止騷擾的日期（年-月-日，沒有可留空）",
       "The date you asked them in writing to stop (YYYY-MM-DD; empty if never)", type="date"),
    _q("tw_recordings_refused", "facts.recordings_refused", "tw_asked_to_stop_on",
       "您請求提供催收錄音時，對方是否拒絕或說已刪除？",
       "When you asked for the call recordings, were you refused or told they were deleted?",
       type="yes_no", when=_FI),
    _q("tw_following_warned_on", "facts.following_warned_on", "tw_recordings_refused",
       "若催收人員曾跟追您，您或警察勸阻他的日期（年-月-日，沒有可留空）",
       "If a collector followed you: the date you or the police told them to stop "
       "(YYYY-MM-DD; empty if not)", type="date"),
    _q("tw_gender_element", "facts.sexual_or_gender_element", "tw_following_warned_on",
       "催收內容是否涉及性或性別（例如性騷擾、以性別羞辱）？",
       "Did the collection involve anything sexual or gender-related?",
       help_zh="跟蹤騷擾防制法只適用於與性或性別有關的行為。",
       help_en="The Stalking and Harassment Prevention Act covers only conduct related to sex "
               "or gender.", type="yes_no"),
    _q("tw_bank_complaint_date", "facts.bank_complaint_date", "tw_gender_element",
       "您向金融機構申訴的日期（年-月-日，尚未申訴可留空）",
       "The date you complained to the institution (YYYY-MM-DD; empty if not yet)",
       help_zh="向評議中心申請評議前，須先向金融機構申訴並等候30日。",
       help_en="You must complain to the institution and wait 30 days before applying to the "
               "Financial Ombudsman Institution.", type="date", when=_FI),
    _q("tw_bank_reply_date", "facts.bank_reply_date", "tw_bank_complaint_date",
       "金融機構回覆的日期（年-月-日，未回覆可留空）",
       "The date the institution replied (YYYY-MM-DD; empty if it has not)", type="date",
       when=_COMPLAINED),
]

# Short names for the review of the answers: zh-Hans, zh-Hant, en.
LABELS = {
    "tw_id_number": ("身分证字号", "身分證字號",
                    "ID number"),
    "tw_principal_type": ("欠款对象", "欠款對象",
                         "Whom you owe"),
    "tw_collector_type": ("催收者", "催收者",
                         "Who collects"),
    "tw_pre_notice": ("委外催收通知书", "委外催收通知書",
                     "Notice before outsourcing"),
    "tw_agency_on_list": ("催收公司在公告名单上", "催收公司在公告名單上",
                         "Agency on the published list"),
    "tw_debt_sold": ("债权已出售", "債權已出售",
                    "Debt sold"),
    "tw_debt_sale_notice": ("债权出售通知", "債權出售通知",
                           "Notice of the sale"),
    "tw_funder_type": ("资金方类型", "資金方類型",
                      "Kind of funder"),
    "tw_off_hours_consent": ("同意夜间联络", "同意夜間聯絡",
                            "Agreed to contact at night"),
    "tw_asked_to_stop_on": ("书面要求停止的日期", "書面要求停止的日期",
                           "Date you asked in writing to stop"),
    "tw_recordings_refused": ("拒绝提供录音", "拒絕提供錄音",
                             "Recordings refused"),
    "tw_following_warned_on": ("劝阻跟追的日期", "勸阻跟追的日期",
                              "Date a follower was told to stop"),
    "tw_gender_element": ("涉及性或性别", "涉及性或性別",
                         "Sexual or gender element"),
    "tw_bank_complaint_date": ("向金融机构申诉的日期", "向金融機構申訴的日期",
                              "Date you complained"),
    "tw_bank_reply_date": ("金融机构回复的日期", "金融機構回覆的日期",
                          "Date of the reply"),
}
QUESTIONS = with_labels(QUESTIONS, LABELS)

# The ID checks' reasons in each language (case validation keeps the English); the
# check digit's is in the core's catalogs.
ID_TEXTS = {
    "a 身分證字號 is one letter, then 1 or 2 (居留證: 8 or 9), then eight digits": {
        "en": "a 身分證字號 is one letter, then 1 or 2 (居留證: 8 or 9), then eight digits",
        "zh-Hans": "身分证字号为1个英文字母，接着是1或2（居留证为8或9），再接8位数字。",
        "zh-Hant": "身分證字號為1個英文字母，接著是1或2（居留證為8或9），再接8位數字。"},
}

VALIDATORS = {"tw_id_number": translated(id_number_problem, ID_TEXTS)}
