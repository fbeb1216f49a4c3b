"""Interview questions only Hong Kong cases need (law-hk.md §0, §5), in zh-Hant, English and
zh-Hans.

The first question the reference asks — who is collecting, for whom, and what kind of debt —
decides whether the Code of Banking Practice and the HKMA apply: ``hk_lender_kind``.
"""

from __future__ import annotations

from complaint_kit.api import Question, translated, with_labels

from .validation import NOTICE_ITEMS, hkid_problem, hours_problem

_AGENCY = "respondents[id=agency,role=collection_agency]"


def _q(id: str, zh: str, en: str, hans: str, **kw) -> Question:
    help_ = kw.pop("help", None)
    if help_:
        kw["help"] = {"zh-Hant": help_[0], "en": help_[1], "zh-Hans": help_[2]}
    return Question(id=id, jurisdiction="hk", prompt={"zh-Hant": zh, "en": en, "zh-Hans": hans},
                    **kw)


def _choices(*items: tuple[str, str, str, str]) -> tuple:
    return tuple((v, {"zh-Hant": zh, "en": en, "zh-Hans": hans}) for v, zh, en, hans in items)


_NOTICE_LABELS = {
    "overdue_amount": ("逾期金額", "The overdue amount", "逾期金额"),
    "default_length": ("拖欠時間", "How long the account has been in default", "拖欠时间"),
    "recovery_costs": ("將加收的追收費用", "Recovery costs to be added", "将加收的追收费用"),
    "lender_contact": ("貸款人追收部門的聯絡方法", "The lender's debt-recovery contact details",
                       "贷款人追收部门的联系方式"),
    "illegal_tactics": ("收數公司用非法手段時可怎樣做", "What to do if the agency uses illegal "
                        "tactics", "收数公司用非法手段时可怎样做"),
}

QUESTIONS = [
    _q("hk_lender_kind", "借錢給您的是哪一類機構？", "What kind of lender is it?",
       "借钱给您的是哪一类机构？", type="choice", target="facts.lender_kind",
       after="lender_type", required=True,
       # Asked instead of the core's lender type, whose categories are mainland China's.
       replaces="lender_type",
       sets_from={"respondents[id=lender,role=lender].type": {"bank": "bank"}},
       choices=_choices(("bank", "銀行（包括信用卡）", "A bank (including credit cards)",
                         "银行（包括信用卡）"),
                        ("money_lender", "財務公司／放債人", "A finance company / money lender",
                         "财务公司／放债人"),
                        ("other", "其他", "Other", "其他")),
       help=("銀行受《銀行營運守則》及金管局監管；財務公司須持有放債人牌照。",
             "Banks are bound by the Code of Banking Practice and supervised by the HKMA; "
             "money lenders need a money lender's licence.",
             "银行受《银行营运守则》及金管局监管；财务公司须持有放债人牌照。")),
    _q("hk_money_lender_licensed", "該財務公司有沒有放債人牌照？（不知道可留空）",
       "Does the money lender hold a money lender's licence? (leave empty if unknown)",
       "该财务公司有没有放债人牌照？（不知道可留空）", type="yes_no",
       target="facts.money_lender_licensed", after="hk_lender_kind",
       when={"field": "hk_lender_kind", "equals": "money_lender"},
       help=("可在公司註冊處的放債人註冊紀錄查核。", "The Companies Registry keeps the register of "
             "money lenders.", "可在公司注册处的放债人注册纪录查核。")),
    _q("hk_agency_name", "代為追數的收數公司名稱（沒有或不知道可留空）",
       "The debt-collection agency collecting for the lender (leave empty if none or unknown)",
       "代为追数的收数公司名称（没有或不知道可留空）", target=f"{_AGENCY}.name",
       after="hk_lender_kind"),
    _q("hk_dca_notice", "貸款機構交收數公司追數前，有沒有先以書面通知您？",
       "Did the lender tell you in writing before it passed the debt to a collection agency?",
       "贷款机构交收数公司追数前，有没有先以书面通知您？", type="yes_no",
       target="facts.dca_advance_notice_received", after="hk_agency_name",
       when={"field": "hk_agency_name", "is_set": True}),
    _q("hk_dca_notice_missing", "該書面通知缺少哪些內容？（輸入編號，以空格分隔；齊全可留空）",
       "What did the written notice leave out? (numbers separated by spaces; empty if nothing)",
       "该书面通知缺少哪些内容？（输入编号，以空格分隔；齐全可留空）", type="multi_choice",
       target="facts.dca_notice_missing", after="hk_dca_notice",
       when={"field": "hk_dca_notice", "equals": True},
       choices=_choices(*((k, *_NOTICE_LABELS[k]) for k in NOTICE_ITEMS))),
    _q("hk_data_notice", "申請貸款時，貸款機構有沒有告知您，您的資料可能會交給收數公司或律師？",
       "When you applied, did the lender tell you that your data might be passed to debt "
       "collectors or solicitors?",
       "申请贷款时，贷款机构有没有告知您，您的资料可能会交给收数公司或律师？",
       type="yes_no", target="facts.data_transfer_notice_given", after="hk_dca_notice",
       when={"field": "hk_agency_name", "is_set": True}),
    _q("hk_unreasonable_hours",
       "哪段時間來電對您來說不合理？（例如 22:00-08:00；留空則用 22:00-08:00）",
       "Which hours are unreasonable for calls to you? (e.g. 22:00-08:00; empty for "
       "22:00-08:00)", "哪段时间来电对您来说不合理？（例如 22:00-08:00；留空则用 22:00-08:00）",
       target="facts.unreasonable_hours", after="incidents", validator="hk_hours",
       help=("香港的規則只說「不合理時間」，沒有訂明鐘數。如您上夜班，可填您睡覺的時間。",
             "Hong Kong rules say only \"unreasonable hours\" and set no times. If you work "
             "nights, give the hours you sleep.",
             "香港的规则只说“不合理时间”，没有订明钟数。如您上夜班，可填您睡觉的时间。")),
    _q("hk_bankrupt_on", "如您已被判破產，破產令的日期（未有可留空）",
       "If you have been adjudged bankrupt, the date of the bankruptcy order (empty if not)",
       "如您已被判破产，破产令的日期（未有可留空）", type="date",
       target="facts.adjudged_bankrupt_on", after="hk_unreasonable_hours"),
    _q("hk_complained_to_bank", "您向貸款機構書面投訴的日期（未投訴可留空）",
       "The date you complained to the lender in writing (empty if you have not)",
       "您向贷款机构书面投诉的日期（未投诉可留空）", type="date",
       target="facts.complained_to_bank_date", after="hk_bankrupt_on"),
    _q("hk_money_claim", "您是否要求金錢賠償（例如不當收取的費用或損失）？",
       "Do you claim money (for example charges or losses the collection caused)?",
       "您是否要求金钱赔偿（例如不当收取的费用或损失）？", type="yes_no",
       target="facts.money_claim", after="hk_complained_to_bank",
       when={"field": "hk_lender_kind", "equals": "bank"},
       help=("金融糾紛調解中心只處理金錢申索，最高港幣1,000,000元。",
             "The FDRC takes money claims only, up to HK$1,000,000.",
             "金融纠纷调解中心只处理金钱申索，最高港币1,000,000元。")),
    _q("hk_id_number", "您的香港身份證號碼（例如 A123456(3)；可留空）",
       "Your Hong Kong identity card number (e.g. A123456(3); may be left empty)",
       "您的香港身份证号码（例如 A123456(3)；可留空）", type="national_id",
       target="complainant.id_number", after="complainant_phone", validator="hk_id_number",
       help=("號碼保存在您的案件檔案中，並印在需要核實身份的文件上：給金管局、金融糾紛調解中心"
             "及警方的文件（金管局表格只需頭4個字元）。給貸款機構或收數公司的信不列出號碼（除非以 "
             "draft --with-id-number 起草）。可按 Enter 跳過。",
             "The number is kept in your case file and printed on the documents whose "
             "addressee checks who complains: those to the HKMA, the FDRC and the police (the "
             "HKMA form asks only for the first 4 characters). Letters to the lender or the "
             "collection agency leave it out (unless you draft with --with-id-number). You can "
             "press Enter to skip it.",
             "号码保存在您的案件档案中，并印在需要核实身份的文件上：给金管局、金融纠纷调解中心"
             "及警方的文件（金管局表格只需头4个字符）。给贷款机构或收数公司的信不列出号码（除非以 "
             "draft --with-id-number 起草）。可按 Enter 跳过。")),
]


def _hkid(value: str) -> str | None:
    return hkid_problem(value) if value.strip() else None


def _hours(value: str) -> str | None:
    return hours_problem(value) if value.strip() else None


# Short names for the review of the answers: zh-Hans, zh-Hant, en.
LABELS = {
    "hk_lender_kind": ("贷款机构类型", "貸款機構類型",
                      "Kind of lender"),
    "hk_money_lender_licensed": ("放债人牌照", "放債人牌照",
                                "Money lender's licence"),
    "hk_agency_name": ("收数公司", "收數公司",
                      "Collection agency"),
    "hk_dca_notice": ("交收数公司前的书面通知", "交收數公司前的書面通知",
                     "Notice before the agency"),
    "hk_dca_notice_missing": ("通知缺少的内容", "通知缺少的內容",
                             "What the notice left out"),
    "hk_data_notice": ("资料转交的告知", "資料轉交的告知",
                      "Told data may be passed on"),
    "hk_unreasonable_hours": ("不合理的来电时间", "不合理的來電時間",
                             "Unreasonable hours"),
    "hk_bankrupt_on": ("破产令日期", "破產令日期",
                      "Date of the bankruptcy order"),
    "hk_complained_to_bank": ("向贷款机构投诉的日期", "向貸款機構投訴的日期",
                             "Date you complained"),
    "hk_money_claim": ("金钱申索", "金錢申索",
                      "Money claim"),
    "hk_id_number": ("香港身份证号码", "香港身份證號碼",
                    "HKID number"),
}
QUESTIONS = with_labels(QUESTIONS, LABELS)

# The checks' reasons in each language (case validation keeps the English); the check
# digit's is in the core's catalogs.
TEXTS = {
    "an HKID number is one or two letters, six digits and a check digit, e.g. A123456(3)": {
        "en": "an HKID number is one or two letters, six digits and a check digit, e.g. "
              "A123456(3)",
        "zh-Hant": "香港身份證號碼為一或兩個英文字母、六位數字及一個檢查碼，例如 A123456(3)。",
        "zh-Hans": "香港身份证号码为一或两个英文字母、六位数字及一个检查码，例如 A123456(3)。"},
    "give the hours as HH:MM-HH:MM, e.g. 22:00-08:00": {
        "en": "give the hours as HH:MM-HH:MM, e.g. 22:00-08:00",
        "zh-Hant": "請以 時:分-時:分 填寫，例如 22:00-08:00。",
        "zh-Hans": "请以 时:分-时:分 填写，例如 22:00-08:00。"},
}

VALIDATORS = {"hk_id_number": translated(_hkid, TEXTS), "hk_hours": translated(_hours, TEXTS)}
