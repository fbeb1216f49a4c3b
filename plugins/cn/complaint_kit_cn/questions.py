"""Interview questions only mainland-China cases need, with their own text in each language."""

from __future__ import annotations

from complaint_kit.api import Question

from .validation import id_number_problem

_WHEN_WARNED = {"field": "cn_police_warned", "equals": True}
_LENDER = "respondents[id=lender,role=lender]"

QUESTIONS = [
    Question(
        id="cn_id_number", type="national_id", target="complainant.id_number", jurisdiction="cn",
        after="complainant_phone", validator="cn_id_number",
        prompt={"zh-Hans": "您的居民身份证号码（18位）", "zh-Hant": "您的居民身份證號碼（18位）",
                "en": "Your resident identity card number (18 characters)"},
        help={"zh-Hans": "监管部门和公安机关受理投诉时需要核实身份。号码只写入您的案件文件。",
              "zh-Hant": "監管部門和公安機關受理投訴時需要核實身份。號碼只寫入您的案件檔案。",
              "en": "Regulators and the police check who complains. The number is written only "
                    "into your case file."},
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

VALIDATORS = {"cn_id_number": id_number_problem}
