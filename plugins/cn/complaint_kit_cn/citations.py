"""Every provision the mainland-China rules and channels cite, as shared/reference/law-cn.md
records it.

Grades are the reference's own (A / B / B− / C, mixed marks as written). LRB = LawRefBook/Laws,
2025-04-19 version (commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981). Anything the reference marks
UNVERIFIED has grade "UNVERIFIED" and no article: the core never names it in a letter.

Basis (what a breach can lead to): 民法典 and the civil 司法解释 -> civil; PIPL duties and the
financial regulators' rules -> regulatory; 治安管理处罚法 -> administrative (a penalty); 刑法, the
criminal 司法解释 and opinions and the criminal typical cases -> criminal; GB/T and 中银协 ->
baseline. A rule names the facts that meet each element of a penal citation (``Element``) or
does not cite it.

Binding: statutes and regulations -> Binding.law; 司法解释 and 两高/四部门 opinions ->
Binding.judicial; regulators' rules on supervised firms -> Binding.regulator; GB/T ->
Binding.standard; 中银协 -> Binding.self_regulation; typical cases -> Binding.case_law.
"""

from complaint_kit.api import UNVERIFIED, Basis, Binding, Citation

LRB = "https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/"

# LRB file paths. The reference abbreviates the judicial-interpretation file names with "…"; the
# three below were expanded to the full names that the LawRefBook collection uses (same dates).
# The 民间借贷 path is kept exactly as the reference abbreviates it.
_CRIMINAL = LRB + "刑法/刑法.md"
_PSAPL_2012 = LRB + "行政法/治安管理处罚法(2012-10-26).md"
_PSAPL_2025 = "https://www.spp.gov.cn/spp/fl/202506/t20250627_699863.shtml"
_PIPL = LRB + "行政法/个人信息保护法(2021-08-20).md"
_CIVIL_PERSONALITY = LRB + "民法典/人格权编.md"
_CIVIL_TORT = LRB + "民法典/侵权责任编.md"
_XUNXIN = LRB + ("司法解释/最高人民法院、最高人民检察院关于办理寻衅滋事刑事案件"
                 "适用法律若干问题的解释(2013-07-15).md")
_NET_DEFAMATION = LRB + ("司法解释/最高人民法院、最高人民检察院关于办理利用信息网络"
                         "实施诽谤等刑事案件适用法律若干问题的解释(2013-09-06).md")
_PERSONAL_INFO_INTERP = LRB + ("司法解释/最高人民法院、最高人民检察院关于办理侵犯公民个人信息"
                               "刑事案件适用法律若干问题的解释(2017-05-08).md")
_PRIVATE_LENDING = LRB + "司法解释/…民间借贷…(2020-12-29).md"
_PRIVATE_LENDING_REPLY = LRB + "司法解释/…新民间借贷司法解释适用范围问题的批复.md"
_ADMIN_PENALTY = LRB + "行政法/行政处罚法(2021-01-22).md"

# --- 民法典 (A) -------------------------------------------------------------------------------
_CIVIL = "《中华人民共和国民法典》"
_CIVIL_GENERAL = LRB + "民法典/总则.md"
CIVIL_109 = Citation(_CIVIL, "第一百零九条", Binding.law, _CIVIL_GENERAL, "A",
                     "自然人的人身自由、人格尊严受法律保护",
    basis=Basis.civil)
CIVIL_1024 = Citation(_CIVIL, "第一千零二十四条", Binding.law, _CIVIL_PERSONALITY, "A",
                      "不得以侮辱、诽谤等方式侵害他人的名誉权",
    basis=Basis.civil)
CIVIL_1032 = Citation(_CIVIL, "第一千零三十二条", Binding.law, _CIVIL_PERSONALITY, "A",
                      "不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权",
    basis=Basis.civil)
CIVIL_1033_1 = Citation(
    _CIVIL, "第一千零三十三条第（一）项", Binding.law, _CIVIL_PERSONALITY, "A",
    "除法律另有规定或者权利人明确同意外，任何组织或者个人不得实施下列行为：（一）以电话、短信、"
    "即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁",
    basis=Basis.civil)
CIVIL_1033_2 = Citation(_CIVIL, "第一千零三十三条第（二）项", Binding.law, _CIVIL_PERSONALITY,
                        "A", "（二）进入…他人的住宅",
    basis=Basis.civil)
CIVIL_1034 = Citation(_CIVIL, "第一千零三十四条", Binding.law, _CIVIL_PERSONALITY, "A",
                      "个人信息包括电话号码、住址、行踪信息等",
    basis=Basis.civil)
CIVIL_1038 = Citation(_CIVIL, "第一千零三十八条", Binding.law, _CIVIL_PERSONALITY, "A",
                      "未经自然人同意，不得向他人非法提供其个人信息",
    basis=Basis.civil)
CIVIL_1183 = Citation(_CIVIL, "第一千一百八十三条", Binding.law, _CIVIL_TORT, "A",
                      "侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿",
    basis=Basis.civil)

# --- 刑法 (A) ---------------------------------------------------------------------------------
_CL = "《中华人民共和国刑法》"
CRIM_245 = Citation(_CL, "第二百四十五条", Binding.law, _CRIMINAL, "A",
                    "非法搜查他人身体、住宅，或者非法侵入他人住宅的",
    basis=Basis.criminal)
CRIM_246 = Citation(_CL, "第二百四十六条", Binding.law, _CRIMINAL, "A",
                    "以暴力或者其他方法公然侮辱他人或者捏造事实诽谤他人，情节严重的",
    basis=Basis.criminal)
CRIM_253_1 = Citation(_CL, "第二百五十三条之一", Binding.law, _CRIMINAL, "A",
                      "违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的",
    basis=Basis.criminal)
CRIM_274 = Citation(_CL, "第二百七十四条", Binding.law, _CRIMINAL, "A", "敲诈勒索罪",
    basis=Basis.criminal)
CRIM_279 = Citation(_CL, "第二百七十九条", Binding.law, _CRIMINAL, "A",
                    "冒充国家机关工作人员招摇撞骗的…冒充人民警察招摇撞骗的…从重处罚",
    basis=Basis.criminal)
CRIM_280 = Citation(_CL, "第二百八十条", Binding.law, _CRIMINAL, "A",
                    "伪造、变造、买卖…国家机关的公文、证件、印章；伪造公司、企业、事业单位、"
                    "人民团体的印章的",
    basis=Basis.criminal)
CRIM_293_2 = Citation(_CL, "第二百九十三条第一款第（二）项", Binding.law, _CRIMINAL, "A",
                      "追逐、拦截、辱骂、恐吓他人，情节恶劣的",
    basis=Basis.criminal)
CRIM_293A_2 = Citation(_CL, "第二百九十三条之一第（二）项", Binding.law, _CRIMINAL, "A",
                       "催收高利放贷等产生的非法债务…（二）限制他人人身自由或者侵入他人住宅的",
    basis=Basis.criminal)
CRIM_293A_3 = Citation(_CL, "第二百九十三条之一第（三）项", Binding.law, _CRIMINAL, "A",
                       "催收高利放贷等产生的非法债务…（三）恐吓、跟踪、骚扰他人的",
    basis=Basis.criminal)
CRIM_293A = Citation(_CL, "第二百九十三条之一", Binding.law, _CRIMINAL, "A",
                     "催收高利放贷等产生的非法债务，情节严重的（仅适用于非法债务）",
    basis=Basis.criminal)

# --- 治安管理处罚法 ---------------------------------------------------------------------------
# 2012 text (A) for conduct before 2026-01-01; 2025 text (B−) from 2026-01-01 (行政处罚法 第37条).
_PS2012 = "《中华人民共和国治安管理处罚法》（2012年修正）"
_PS2025 = "《中华人民共和国治安管理处罚法》（2025年修订）"
PS2012_40_3 = Citation(_PS2012, "第四十条第（三）项", Binding.law, _PSAPL_2012, "A",
                       "非法限制他人人身自由、非法侵入他人住宅或者非法搜查他人身体的",
    basis=Basis.administrative)
PS2012_42_1 = Citation(_PS2012, "第四十二条第（一）项", Binding.law, _PSAPL_2012, "A",
                       "写恐吓信或者以其他方法威胁他人人身安全的",
    basis=Basis.administrative)
PS2012_42_2 = Citation(_PS2012, "第四十二条第（二）项", Binding.law, _PSAPL_2012, "A",
                       "公然侮辱他人或者捏造事实诽谤他人的",
    basis=Basis.administrative)
PS2012_42_5 = Citation(_PS2012, "第四十二条第（五）项", Binding.law, _PSAPL_2012, "A",
                       "多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的",
    basis=Basis.administrative)
PS2012_42_6 = Citation(_PS2012, "第四十二条第（六）项", Binding.law, _PSAPL_2012, "A",
                       "偷窥、偷拍、窃听、散布他人隐私的",
    basis=Basis.administrative)
PS2012_51 = Citation(_PS2012, "第五十一条", Binding.law, _PSAPL_2012, "A",
                     "冒充国家机关工作人员或者以其他虚假身份招摇撞骗的",
    basis=Basis.administrative)
PS2012_52 = Citation(_PS2012, "第五十二条", Binding.law, _PSAPL_2012, "A",
                     "伪造、变造或者买卖…公文、证件、证明文件、印章",
    basis=Basis.administrative)
PS2025_50 = Citation(_PS2025, "第五十条", Binding.law, _PSAPL_2025, "B−",
                     "处五日以下拘留或者一千元以下罚款；情节较重的，处五日以上十日以下拘留，"
                     "可以并处一千元以下罚款",
    basis=Basis.administrative)
PS2025_50_5 = Citation(_PS2025, "第五十条第一款第（五）项", Binding.law, _PSAPL_2025, "B−",
                       "多次发送淫秽、侮辱、恐吓等信息或者采取滋扰、纠缠、跟踪等方法，"
                       "干扰他人正常生活的",
    basis=Basis.administrative)
PS2025_50_2 = Citation(_PS2025, "第五十条第二款", Binding.law, _PSAPL_2025, "B−",
                       "经公安机关负责人批准，可以责令其一定期限内禁止接触被侵害人",
    basis=Basis.administrative)
# The 2025 numbers for the old 第40、51、52条 and for 散布隐私 are UNVERIFIED (reference §3.2).
PS2025_RENUMBERED = Citation(_PS2025, None, Binding.law, _PSAPL_2025, UNVERIFIED,
                             "2025年修订后对应条文序号未经核实",
    basis=Basis.administrative)
ADMIN_PENALTY_37 = Citation("《中华人民共和国行政处罚法》", "第三十七条", Binding.law,
                            _ADMIN_PENALTY, "A", "实施行政处罚，适用违法行为发生时的法律",
    basis=Basis.administrative)

# --- 个人信息保护法 (A) -----------------------------------------------------------------------
_PI = "《中华人民共和国个人信息保护法》"
PIPL_5 = Citation(_PI, "第五条", Binding.law, _PIPL, "A",
                  "不得通过误导、欺诈、胁迫等方式处理个人信息",
    basis=Basis.regulatory)
PIPL_6 = Citation(_PI, "第六条", Binding.law, _PIPL, "A",
                  "收集个人信息，应当限于实现处理目的的最小范围，不得过度收集",
    basis=Basis.regulatory)
PIPL_10 = Citation(_PI, "第十条", Binding.law, _PIPL, "A",
                   "不得非法买卖、提供或者公开他人个人信息",
    basis=Basis.regulatory)
PIPL_13 = Citation(_PI, "第十三条", Binding.law, _PIPL, "A",
                   "处理个人信息的合法性基础（同意、订立履行个人作为一方当事人的合同所必需等）",
    basis=Basis.regulatory)
PIPL_14 = Citation(_PI, "第十四条", Binding.law, _PIPL, "A", "同意应当由个人在充分知情的前提下"
                   "自愿、明确作出",
    basis=Basis.regulatory)
PIPL_23 = Citation(_PI, "第二十三条", Binding.law, _PIPL, "A",
                   "向其他个人信息处理者提供个人信息的，应当告知接收方并取得个人的单独同意",
    basis=Basis.regulatory)
PIPL_47 = Citation(_PI, "第四十七条", Binding.law, _PIPL, "A", "个人信息处理者应当主动删除个人信息",
    basis=Basis.regulatory)
PIPL_69 = Citation(_PI, "第六十九条", Binding.law, _PIPL, "A",
                   "个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任",
    basis=Basis.civil)
APP_NECESSARY_INFO = Citation(
    "《常见类型移动互联网应用程序必要个人信息范围规定》", None, Binding.law,
    "https://www.jinrong818.com/hlwjr/4832.html", "C",
    "网络借贷类App必要个人信息（2020年征求意见稿）不含通讯录",
    basis=Basis.regulatory)

# --- 司法解释与意见 ---------------------------------------------------------------------------
_XX = "《最高人民法院、最高人民检察院关于办理寻衅滋事刑事案件适用法律若干问题的解释》"
XUNXIN_1_3 = Citation(_XX, "第一条第三款", Binding.judicial, _XUNXIN, "A",
                      "经有关部门批评制止或者处理处罚后，继续实施前列行为，破坏社会秩序的除外",
    basis=Basis.criminal)
XUNXIN_3_4 = Citation(_XX, "第三条第（四）项", Binding.judicial, _XUNXIN, "A",
                      "引起他人精神失常、自杀等严重后果的",
    basis=Basis.criminal)
XUNXIN_3_5 = Citation(_XX, "第三条第（五）项", Binding.judicial, _XUNXIN, "A",
                      "严重影响他人的工作、生活、生产、经营的",
    basis=Basis.criminal)
NET_DEFAMATION_5 = Citation(
    "《最高人民法院、最高人民检察院关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释》",
    "第五条", Binding.judicial, _NET_DEFAMATION, "A",
    "利用信息网络辱骂、恐吓他人，情节恶劣，破坏社会秩序的…以寻衅滋事罪定罪处罚",
    basis=Basis.criminal)
_PII = "《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》"
PII_INTERP_3 = Citation(_PII, "第三条", Binding.judicial, _PERSONAL_INFO_INTERP, "A",
                        "通过信息网络或者其他途径发布公民个人信息的，属于“提供”",
    basis=Basis.criminal)
PII_INTERP_4 = Citation(_PII, "第四条", Binding.judicial, _PERSONAL_INFO_INTERP, "A",
                        "在履行职责、提供服务过程中收集公民个人信息的，属于“以其他方法非法获取”",
    basis=Basis.criminal)
PII_INTERP_5 = Citation(_PII, "第五条", Binding.judicial, _PERSONAL_INFO_INTERP, "A",
                        "“情节严重”“情节特别严重”的数量标准；造成被害人死亡、重伤、精神失常等",
    basis=Basis.criminal)
SOFT_VIOLENCE = Citation(
    "《关于办理实施“软暴力”的刑事案件若干问题的意见》", "第一条、第二条", Binding.judicial,
    "http://strb.dahuawang.com/content/201904/15/c45849.htm", "B",
    "通过信息网络或者通讯工具实施的滋扰、纠缠、哄闹等，属于“软暴力”",
    basis=Basis.criminal)
ILLEGAL_LENDING_1_2 = Citation(
    "《关于办理非法放贷刑事案件若干问题的意见》", "第一条、第二条", Binding.judicial,
    "https://m.64365.com/zs/1971310.aspx", "B/C",
    "以营利为目的，经常性地向社会不特定对象发放贷款；实际年利率超过36%",
    basis=Basis.criminal)
ILLEGAL_LENDING_2_4 = Citation(
    "《关于办理非法放贷刑事案件若干问题的意见》", "第二条第（四）项", Binding.judicial,
    "https://m.64365.com/zs/1971310.aspx", "B/C",
    "造成借款人或者其近亲属自杀、死亡或者精神失常等严重后果的",
    basis=Basis.criminal)
PRIVATE_LENDING_25 = Citation(
    "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》", "第二十五条", Binding.judicial,
    _PRIVATE_LENDING, "A", "利率超过合同成立时一年期贷款市场报价利率四倍的，人民法院不予支持",
    basis=Basis.civil)
PRIVATE_LENDING_REPLY = Citation(
    "《最高人民法院关于新民间借贷司法解释适用范围问题的批复》", None, Binding.judicial,
    _PRIVATE_LENDING_REPLY, "A",
    "小额贷款公司等七类地方金融组织属于经金融监管部门批准设立的金融机构，不适用新民间借贷司法解释",
    basis=Basis.civil)

# --- 金融监管规章 (binding on the firms supervised) -------------------------------------------
_CARD = "《商业银行信用卡业务监督管理办法》"
_CARD_SRC = "http://wwpfw.com/xinyongqiataoxian/96746.html"
CARD_68 = Citation(_CARD, "第六十八条", Binding.regulator, _CARD_SRC, "B",
                   "不得对与债务无关的第三人进行催收；不得采用暴力、胁迫、恐吓或辱骂等不当催收行为；"
                   "录音至少保存2年备查",
    basis=Basis.regulatory)
CARD_69 = Citation(_CARD, "第六十九条", Binding.regulator, _CARD_SRC, "B",
                   "催收函件应当列明银行联系方式并加盖相关业务公章",
    basis=Basis.regulatory)
_SL = "《小额贷款公司监督管理暂行办法》"
_SL_SRC = "https://wxredian.com/art?id=556b4f30c7aac247644b7612accaea63"
SMALL_LOAN_37_1 = Citation(_SL, "第三十七条第（一）项", Binding.regulator, _SL_SRC, "C/B−",
                           "不得冒用行政机关、司法机关等名义进行催收",
    basis=Basis.regulatory)
SMALL_LOAN_37_2 = Citation(_SL, "第三十七条第（二）项", Binding.regulator, _SL_SRC, "C/B−",
                           "不得采用暴力、威胁、侮辱、诽谤、恐吓、跟踪、骚扰、误导、欺骗等手段进行催收",
    basis=Basis.regulatory)
SMALL_LOAN_37_4 = Citation(_SL, "第三十七条第（四）项", Binding.regulator, _SL_SRC, "C/B−",
                           "不得散布借款人及保证人的隐私信息，违规公开其身份、住址、工作单位、"
                           "联系方式、联系人等信息",
    basis=Basis.regulatory)
SMALL_LOAN_37_5 = Citation(_SL, "第三十七条第（五）项", Binding.regulator, _SL_SRC, "C/B−",
                           "不得向除负有履行债务义务的单位或个人以外的其他主体进行催收",
    basis=Basis.regulatory)
# 消保办法: content B; the article number (第四十一条) is only grade C, so it is not named here.
CONSUMER_PROTECTION = Citation(
    "《银行保险机构消费者权益保护管理办法》", None, Binding.regulator,
    "http://finance.eastmoney.com/a/202212302601739220.html", "B",
    "不得存在冒用行政机关、司法机关等名义，采取暴力、恐吓、欺诈等不正当手段…实施催收；"
    "委托外部机构实施催收前，应当采取适当方式告知债务人",
    basis=Basis.regulatory)
# 消金办法: the reference grades it C and gives no URL; article number UNVERIFIED.
CONSUMER_FINANCE = Citation(
    "《消费金融公司管理办法》", None, Binding.regulator,
    "secondary source (code repository), law-cn.md §3.6", "C",
    "不得采用暴力、威胁、恐吓、骚扰等不正当手段进行催收，不得对与债务无关的第三人进行催收",
    basis=Basis.regulatory)

# --- 国家标准与行业自律 -----------------------------------------------------------------------
_GBT = "GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》"
_GBT_SRC = "https://www.yicai.com/brief/102508808.html"
GBT_45251_NIGHT = Citation(_GBT, None, Binding.standard, _GBT_SRC, "B",
                           "催收作业不应在每日22:00至次日8:00进行",
    basis=Basis.baseline)
GBT_45251_FREQ = Citation(_GBT, None, Binding.standard, _GBT_SRC, "B",
                          "与单一债务人主动有效通话每日不应超过3次",
    basis=Basis.baseline)
GBT_45251_THIRD = Citation(_GBT, None, Binding.standard, _GBT_SRC, "B",
                           "应只向债务人催收，不应向联系人催收；不得透露债务人欠款信息",
    basis=Basis.baseline)
_CBA = "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》"
_CBA_SRC = "https://www.163.com/dy/article/KKID2M680519DFFO.html"
CBA_NIGHT = Citation(_CBA, None, Binding.self_regulation, _CBA_SRC, "B+",
                     "未经债务人同意，严禁在每日晚22:00至次日早8:00进行电话催收、外访催收及其他催收",
    basis=Basis.baseline)
CBA_REDIAL = Citation(_CBA, None, Binding.self_regulation, _CBA_SRC, "B+",
                      "债务人电话未接通的，对同一联系方式尝试拨打次数当天不宜超过6次",
    basis=Basis.baseline)
CBA_THIRD = Citation(_CBA, None, Binding.self_regulation, _CBA_SRC, "B+",
                     "原则上严禁对无关第三人进行催收；严禁透露具体债务信息",
    basis=Basis.baseline)
CBA_IMPROPER = Citation(_CBA, None, Binding.self_regulation, _CBA_SRC, "B+",
                        "不得采用恐吓、辱骂、欺诈、威胁、暴力、涉黑等不当手段；不得散布他人隐私",
    basis=Basis.baseline)
CBA_IMPERSONATION = Citation(_CBA, None, Binding.self_regulation, _CBA_SRC, "B+",
                             "不得冒用行政机关、司法机关等名义开展催收行为",
    basis=Basis.baseline)
CBA_MISLEADING = Citation(_CBA, None, Binding.self_regulation, _CBA_SRC, "B+",
                          "不得虚构黑名单、虚构不良信用数据库，或夸大债务金额、性质或法律后果",
    basis=Basis.baseline)
# Prohibition 4 (the reference quotes its second half; the first is its paraphrase).
CBA_EXTRA_FEES = Citation(_CBA, None, Binding.self_regulation, _CBA_SRC, "B+",
                          "不得以催收名义收取额外费用；不得诱导或逼迫债务人通过新增借贷或非法渠道筹集资金",
    basis=Basis.baseline)
CBA_PUBLIC_DOCS = Citation(_CBA, None, Binding.self_regulation, _CBA_SRC, "B+",
                           "不得在公众场所张贴催收公告、律师函等文书",
    basis=Basis.baseline)
CBA_PREMISES = Citation(_CBA, None, Binding.self_regulation, _CBA_SRC, "B+",
                        "未经同意不得进入债务人住宅或办公区域",
    basis=Basis.baseline)
CBA_IDENTITY = Citation(_CBA, None, Binding.self_regulation, _CBA_SRC, "B+",
                        "外部催收机构不得以会员机构名义催收；未经同意不得使用私人电话或社交账号",
    basis=Basis.baseline)
CBA_VISIT_TWO = Citation(_CBA, "第二十二条", Binding.self_regulation,
                         "https://www.163.com/dy/article/KKKKMEEH0553TEXM.html", "C",
                         "外访催收应安排不少于两名催收人员共同实施",
    basis=Basis.baseline)
# A general duty for a collector to state name and employee number: UNVERIFIED (§3.6, §4).
IDENTITY_DUTY = Citation("催收人员表明姓名、工号的一般义务", None, Binding.guidance,
                         "law-cn.md §4 CN-IDENTITY", UNVERIFIED, "未找到可核实的依据",
    basis=Basis.baseline)

# --- 典型案例 ---------------------------------------------------------------------------------
CASE_YUANHAI = Citation(
    "最高人民检察院典型案例（元海公司寻衅滋事案）", None, Binding.case_law,
    "http://rbchexian.com/100639.html", "B",
    "使用从网贷公司获取的通讯录信息滋扰、辱骂、恐吓债务人及与债务无关的第三方，认定寻衅滋事罪",
    basis=Basis.criminal)
CASE_BOWANG = Citation(
    "安徽博望区法院催收寻衅滋事案", None, Binding.case_law,
    "https://wxredian.com/art?id=fb2e2774184cd56e62b14527618be2e1", "C",
    "频繁电话、恶意向被害人单位举报、扬言送花圈、拉横幅，认定寻衅滋事罪",
    basis=Basis.criminal)

# --- Channel sources ----------------------------------------------------------------------------
SRC_COMPLAINT_RULES = Citation(
    "《银行业保险业消费投诉处理管理办法》", "第十三条", Binding.regulator,
    "http://www.jianbiaoku.com/webarbs/book/164455/4714059.shtml", "B",
    "投诉请求，主要事实和相关依据；简单投诉15日内办结，复杂的30日，特殊情况再延30日",
    basis=Basis.regulatory)
SRC_REPORT_RULES = Citation(
    "《银行保险违法行为举报处理办法》", None, Binding.regulator,
    "http://insurance.hexun.com/2020-01-15/199972240.html", "B",
    "有明确的被举报人；有银行保险违法行为的具体事实及相关的证明材料",
    basis=Basis.regulatory)
SRC_NFRA_HOTLINE = Citation("国家金融监督管理总局12378热线", None, Binding.guidance,
                            "https://www.dataiw.cn/changshi/358585.html", "C", "12378",
    basis=Basis.regulatory)
SRC_PBOC = Citation("《中国人民银行金融消费者权益保护实施办法》", None, Binding.regulator,
                    "http://tbankw.com/zcfg/338463_4.html", "B−",
                    "银行、支付机构应当自收到转交投诉之日起15日内答复，最长不得超过60日",
    basis=Basis.regulatory)
SRC_PBOC_12363 = Citation("中国人民银行12363", None, Binding.guidance,
                          "http://www.qinghai.gov.cn/zwgk/system/2014/03/20/010107748.shtml", "B",
                          "原则上应先向金融机构投诉",
    basis=Basis.regulatory)
SRC_LOCAL_FINANCE = Citation("地方金融管理部门属地监管", None, Binding.guidance,
                             "http://www.dezhengcapital.com/index.php?id=1048", "B",
                             "按属地原则负责小额贷款公司违法违规行为查处",
    basis=Basis.regulatory)
SRC_NIFA = Citation("中国互联网金融协会互联网金融举报信息平台", None, Binding.guidance,
                    "https://www.qllr.org/peizipingtai/19623.html", "C/B",
                    "实名举报，每人每天最多5条",
    basis=Basis.baseline)
SRC_12321 = Citation("12321网络不良与垃圾信息举报受理中心", None, Binding.guidance,
                     "http://www-12321-cn.hcv9jop8ns0r.cn/single?tpl=guide", "B",
                     "不要修改垃圾短信的原始内容",
    basis=Basis.regulatory)
SRC_CRIM_PROCEDURE = Citation("《中华人民共和国刑事诉讼法》", "第一百一十一条", Binding.law,
                              LRB + "诉讼与非诉讼程序法/刑事诉讼法(2018-10-26).md", "A",
                              "报案、控告、举报可以用书面或者口头提出",
    basis=Basis.criminal)
SRC_12315 = Citation("《市场监督管理投诉举报处理暂行办法》", "第九条、第十四条", Binding.regulator,
                     LRB + "部门规章/市场监督管理总局/"
                     "市场监督管理投诉举报处理暂行办法(2022-03-24).md",
                     "A", "自收到投诉之日起七个工作日内作出受理或者不予受理的决定",
    basis=Basis.regulatory)
SRC_12368 = Citation("人民法院12368诉讼服务热线", None, Binding.guidance,
                     "http://hshmqfy.nmgfy.gov.cn/article/detail/2022/07/id/6796141.shtml", "B",
                     "真实的法院短信来自12368或送达平台，并载明法院名称、当事人姓名和案号",
    basis=Basis.civil)
CIVIL_997 = Citation(_CIVIL, "第九百九十七条", Binding.law, _CIVIL_PERSONALITY, "A",
                     "人格权侵害禁令",
    basis=Basis.civil)
