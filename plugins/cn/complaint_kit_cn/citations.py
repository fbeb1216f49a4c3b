"""Every provision the mainland-China rules cite, as ../shared/reference/law-cn.md records it.

Grades are the reference's own (A / B / C, mixed marks as written). LRB = LawRefBook/Laws,
2025-04-19 version (commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981).
"""

from complaint_kit.rules import Binding, Citation

LRB = "https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/"

CIVIL_1033_1 = Citation(
    "《中华人民共和国民法典》", "第一千零三十三条第（一）项", Binding.law,
    LRB + "民法典/人格权编.md", "A",
    "除法律另有规定或者权利人明确同意外，任何组织或者个人不得实施下列行为：（一）以电话、短信、"
    "即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁")
GBT_45251_NIGHT = Citation(
    "GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》", None, Binding.standard,
    "https://www.yicai.com/brief/102508808.html", "B",
    "催收作业不应在每日22:00至次日8:00进行")
