"""Interview questions only mainland-China cases need, with their own text in each language."""

from __future__ import annotations

from complaint_kit.api import Question, translated, with_labels

from .validation import id_number_problem

_WHEN_WARNED = {"field": "cn_police_warned", "equals": True}
_LENDER = "respondents[id=lender,role=lender]"

QUESTIONS = [
    Question(
        id="cn_id_number", type="national_id", target="complainant.id_number", jurisdiction="cn",
        after="complainant_phone", validator="cn_id_number",
        prompt={"zh-Hans": "您的居民身份证号码（18位，可按 Enter 跳过）",
                "zh-Hant": "您的居民身份證號碼（18位，可按 Enter 跳過）",
                "en": "Your resident identity card number (18 characters; Enter to skip)"},
        help={"zh-Hans": "号码保存在您的案件文件中，并印在需要核实身份的文书上：给公安机关、法院"
                         "和金融监管部门（国家金融监督管理总局、人民银行、地方金融管理部门）的材料。"
                         "给放贷机构或催收机构的函件不写号码（除非用 draft --with-id-number "
                         "起草）。不想填可直接按 Enter 跳过，以后再补。",
              "zh-Hant": "號碼保存在您的案件檔案中，並印在需要核實身份的文書上：給公安機關、法院"
                         "和金融監管部門（國家金融監督管理總局、人民銀行、地方金融管理部門）的材料。"
                         "給放貸機構或催收機構的函件不寫號碼（除非用 draft --with-id-number "
                         "起草）。不想填可直接按 Enter 跳過，以後再補。",
              "en": "The number is kept in your case file and printed on the documents whose "
                    "addressee checks who complains: those to the police, the courts and the "
                    "financial regulators (NFRA, the PBOC, the local financial regulator). "
                    "Letters to the lender or the collectors leave it out (unless you draft "
                    "with --with-id-number). You can press Enter to skip it and add it later."},
    ),
    Question(
        id="cn_lender_licence", target=f"{_LENDER}.licence", jurisdiction="cn",
        after="lender_type",
        prompt={"zh-Hans": "放贷机构的统一社会信用代码或金融许可证号（不知道可留空）",
                "zh-Hant": "放貸機構的統一社會信用代碼或金融許可證號（不知道可留空）",
                "en": "The lender's unified social credit code or financial licence number "
                      "(leave empty if unknown)"},
        help={"zh-Hans": "可在国家企业信用信息公示系统或借款合同中查到。",
              "zh-Hant": "可在國家企業信用信息公示系統或借款合同中查到。",
              "en": "Found in the National Enterprise Credit Information Publicity System or "
                    "the loan contract."},
    ),
    Question(
        id="cn_police_warned", type="yes_no", target="facts.police_warned", jurisdiction="cn",
        after="debt_disputed",
        prompt={"zh-Hans": "公安机关是否已对催收人员进行过警告或训诫？",
                "zh-Hant": "公安機關是否已對催收人員進行過警告或訓誡？",
                "en": "Have the police already warned the collectors?"},
    ),
    Question(
        id="cn_police_warning_date", type="date", jurisdiction="cn", required=True,
        target="prior_complaints[kind=police_warning].date", when=_WHEN_WARNED,
        after="cn_police_warned",
        prompt={"zh-Hans": "警告的日期（年-月-日）", "zh-Hant": "警告的日期（年-月-日）",
                "en": "Date of the warning (YYYY-MM-DD)"},
    ),
    Question(
        id="cn_police_station", jurisdiction="cn", required=True, validator="nonempty",
        target="prior_complaints[kind=police_warning].to", when=_WHEN_WARNED,
        after="cn_police_warning_date",
        prompt={"zh-Hans": "作出警告的公安机关（如：某某市公安局某某派出所）",
                "zh-Hant": "作出警告的公安機關（如：某某市公安局某某派出所）",
                "en": "Which police station gave the warning?"},
    ),
]

# Short names for the review of the answers: zh-Hans, zh-Hant, en.
LABELS = {
    "cn_id_number": ("居民身份证号码", "居民身份證號碼",
                    "ID card number"),
    "cn_lender_licence": ("放贷机构的信用代码或许可证号", "放貸機構的信用代碼或許可證號",
                         "Lender's credit code or licence"),
    "cn_police_warned": ("公安机关已警告催收人员", "公安機關已警告催收人員",
                        "Police warned the collectors"),
    "cn_police_warning_date": ("警告日期", "警告日期",
                              "Date of the warning"),
    "cn_police_station": ("作出警告的公安机关", "作出警告的公安機關",
                         "Police station that warned them"),
}
QUESTIONS = with_labels(QUESTIONS, LABELS)

# The ID checks' reasons in each language (case validation keeps the English); the
# check digit's is in the core's catalogs.
ID_TEXTS = {
    "a 居民身份证 number has 17 digits and a check digit (0-9 or X)": {
        "en": "a 居民身份证 number has 17 digits and a check digit (0-9 or X)",
        "zh-Hans": "居民身份证号码由17位数字和1位校验码（0-9或X）组成。",
        "zh-Hant": "居民身份證號碼由17位數字和1位校驗碼（0-9或X）組成。"},
}

VALIDATORS = {"cn_id_number": translated(id_number_problem, ID_TEXTS)}
