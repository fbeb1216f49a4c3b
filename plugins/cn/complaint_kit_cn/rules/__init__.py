"""Mainland-China rules: pure functions of the case's ``Analysis``, each carrying its citations.

Rules read tags (the cn Lexicon's, through the Analysis), never raw text. Binding law
(民法典, PIPL, 治安管理处罚法, 刑法) is cited first; the institutional rules that bind the lender
(信用卡办法, 小贷办法, 消金办法, 消保办法) and the industry baselines (GB/T 45251-2025,
中银协 2026) are added according to the lender's type (for a platform, its funder's) and only
for consumer credit. A penal citation (治安管理处罚法, 刑法 and the criminal interpretations)
appears only with the facts that meet its elements; otherwise the rule asks for the missing
fact.
"""


from complaint_kit.api import rule_maker

from .. import citations as c
from .conduct import (
    escalation,
    funder,
    harm,
    home_visit,
    identity,
    illegal_debt_rule,
    workplace,
)
from .contact import bombing, contacts_data, disclosure, freq_calls, freq_redial, night, third_party
from .content import extra_fees, fake_document, impersonation, insult, misleading, threat

_rule = rule_maker("cn")


RULES = [
    _rule("CN-NIGHT", "夜间催收（22:00至次日8:00）", night,
          [c.CIVIL_1033_1, c.GBT_45251_NIGHT, c.CBA_NIGHT]),
    _rule("CN-FREQ-CALLS", "每日接通催收电话超过3次", freq_calls, [c.GBT_45251_FREQ]),
    _rule("CN-FREQ-REDIAL", "未接通后当日对同一号码反复拨打超过6次", freq_redial, [c.CBA_REDIAL]),
    _rule("CN-BOMBING", "短信、电话“轰炸”", bombing,
          [c.CIVIL_1032, c.CIVIL_1033_1, c.PS2012_42_5, c.PS2025_50_5, c.PS2025_50_2]),
    _rule("CN-THIRD-PARTY", "向与债务无关的第三人催收（“爆通讯录”）", third_party,
          [c.PIPL_6, c.PIPL_10, c.PIPL_13, c.PIPL_23, c.CARD_68, c.SMALL_LOAN_37_5,
           c.CONSUMER_FINANCE, c.GBT_45251_THIRD, c.CBA_THIRD]),
    _rule("CN-DISCLOSURE", "向第三人或公开泄露债务信息", disclosure,
          [c.CIVIL_1032, c.CIVIL_1038, c.PIPL_10, c.PIPL_13, c.CRIM_253_1, c.PII_INTERP_3,
           c.PII_INTERP_5, c.PS2012_42_6, c.PS2025_RENUMBERED, c.SMALL_LOAN_37_4,
           c.GBT_45251_THIRD, c.CBA_THIRD]),
    _rule("CN-CONTACTS-DATA", "违法收集、使用通讯录个人信息", contacts_data,
          [c.PIPL_5, c.PIPL_6, c.PIPL_13, c.PIPL_14, c.PIPL_23, c.PIPL_47, c.PIPL_69,
           c.APP_NECESSARY_INFO]),
    _rule("CN-THREAT", "威胁、恐吓", threat,
          [c.PS2012_42_1, c.PS2012_42_5, c.PS2025_50,
           c.PS2025_50_5,
           c.PS2025_50_2, c.CRIM_293A_3, c.CARD_68,
           c.SMALL_LOAN_37_2, c.CONSUMER_FINANCE, c.CONSUMER_PROTECTION, c.CBA_IMPROPER]),
    _rule("CN-INSULT", "侮辱、辱骂", insult,
          [c.CIVIL_109, c.CIVIL_1024, c.CIVIL_1183, c.PS2012_42_2, c.PS2012_42_5, c.PS2025_50,
           c.PS2025_50_5, c.CRIM_246, c.CARD_68, c.SMALL_LOAN_37_2, c.CONSUMER_FINANCE,
           c.CBA_IMPROPER]),
    _rule("CN-IMPERSONATION", "冒充公安、法院等国家机关", impersonation,
          [c.CRIM_279, c.PS2012_51, c.PS2025_RENUMBERED, c.SMALL_LOAN_37_1,
           c.CONSUMER_PROTECTION, c.CBA_IMPERSONATION]),
    _rule("CN-FAKE-DOCUMENT", "伪造或冒用法律文书", fake_document,
          [c.CRIM_280, c.PS2012_52, c.PS2025_RENUMBERED, c.SMALL_LOAN_37_1,
           c.CONSUMER_PROTECTION, c.CBA_PUBLIC_DOCS, c.CBA_MISLEADING]),
    _rule("CN-MISLEADING", "以虚假后果误导、恐吓债务人", misleading,
          [c.PIPL_5, c.SMALL_LOAN_37_2, c.CONSUMER_PROTECTION, c.CBA_MISLEADING]),
    _rule("CN-EXTRA-FEES", "索要超出实际欠款的金额", extra_fees,
          [c.SMALL_LOAN_37_2, c.CBA_EXTRA_FEES, c.CBA_MISLEADING]),
    _rule("CN-HOME-VISIT", "上门催收、侵入住宅", home_visit,
          [c.CIVIL_1032, c.CIVIL_1033_2, c.CRIM_245, c.CRIM_293A_2, c.PS2012_40_3,
           c.PS2025_RENUMBERED, c.CBA_PREMISES, c.CBA_VISIT_TWO]),
    _rule("CN-WORKPLACE", "到工作单位催收", workplace, [c.CBA_PREMISES, c.CBA_THIRD]),
    # Refusing to give a name and employee number has no verified basis; the private-number
    # part rests on 中银协 and 消保办法. The rule as a whole is therefore a pointer only.
    _rule("CN-IDENTITY", "催收人员身份不明、使用私人号码", identity,
          [c.IDENTITY_DUTY, c.CARD_69, c.CONSUMER_PROTECTION, c.CBA_IDENTITY], verified=False),
    _rule("CN-ESCALATION", "经公安机关批评制止或处理后继续滋扰", escalation,
          [c.XUNXIN_1_3, c.CRIM_293_2, c.NET_DEFAMATION_5, c.SOFT_VIOLENCE, c.XUNXIN_3_4,
           c.XUNXIN_3_5, c.CASE_YUANHAI]),
    _rule("CN-HARM", "造成精神损害、自伤等严重后果", harm, [c.CIVIL_1183, c.ILLEGAL_LENDING_2_4]),
    _rule("CN-ILLEGAL-DEBT", "借款利率超过法定上限（可能为非法债务）", illegal_debt_rule,
          [c.PRIVATE_LENDING_25, c.PRIVATE_LENDING_REPLY, c.ILLEGAL_LENDING_1_2]),
    # Never a finding: asks who funds a platform's loans, so that a regulator can be named.
    _rule("CN-FUNDER", "网贷平台的资金方（出资机构）", funder, []),
]
