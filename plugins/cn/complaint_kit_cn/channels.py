"""Mainland-China channels, in the order a complainant should use them.

Order: the lender first (10), then regulators (20-40), the industry association (50), hotlines
(60-70), the police (80) and the court (90). Contact details and deadlines come from
shared/reference/law-cn.md §2; points it marks UNVERIFIED are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from complaint_kit.api import Basis, Case, Channel, ChannelKind, Finding, Medium
from complaint_kit.api import InstitutionType as T

from . import citations as c

_ONLINE = (T.online_platform, T.small_loan, T.consumer_finance)
_NFRA = (T.bank, T.consumer_finance)
_NON_FINANCIAL = (T.collection_agency, T.other)
# Findings about what a caller said or how often: 12321 takes harassing calls and messages.
_MESSAGE_RULES = {"CN-BOMBING", "CN-THREAT", "CN-INSULT", "CN-IMPERSONATION", "CN-FAKE-DOCUMENT",
                  "CN-DISCLOSURE", "CN-MISLEADING"}
# Findings about personal or credit information, which PBOC takes for banks and credit records.
_PERSONAL_INFO_RULES = {"CN-DISCLOSURE", "CN-THIRD-PARTY", "CN-CONTACTS-DATA"}


def _lender_type(case: Case) -> T:
    return case.lender.type if case.lender else T.unknown


def _funder_type(case: Case) -> T | None:
    funder = case.debt.funder if case.debt else None
    r = next((r for r in case.respondents if r.id == funder), None) if funder else None
    return r.type if r is not None and r.type != T.unknown else None


def _supervised(case: Case) -> T:
    """Whose supervisor acts: the lender's, or for a platform its funder's."""
    kind = _lender_type(case)
    if kind == T.online_platform:
        return _funder_type(case) or kind
    return kind


def _fired(findings: Sequence[Finding]) -> set[str]:
    return {f.rule_id for f in findings}


def _illegal_lender(case: Case) -> bool:
    """The user says the loan came from illegal lending (非法放贷): no letter invites such a
    lender to mend its ways; the police and the local licensing body act on it."""
    return case.facts.get("illegal_debt") is True


def _lender(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(findings) and case.lender is not None and not _illegal_lender(case)


def _nfra(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(findings) and _supervised(case) in _NFRA


def _credit_claims(findings: Sequence[Finding]) -> bool:
    """CN-MISLEADING cites PIPL 第5条 exactly when a claim concerns credit records (征信,
    blacklists): the channels see findings, not tags."""
    return any(f.rule_id == "CN-MISLEADING" and c.PIPL_5 in f.citations for f in findings)


def _pboc(case: Case, findings: Sequence[Finding]) -> bool:
    """PBOC: credit records (a false 征信 or blacklist claim, any lender), and a bank's handling
    of personal financial information."""
    if not findings:
        return False
    if _credit_claims(findings):
        return True
    return _supervised(case) == T.bank and bool(_fired(findings) & _PERSONAL_INFO_RULES)


def _local_finance(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(findings) and (_supervised(case) == T.small_loan or _illegal_lender(case))


def _nifa(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(findings) and _lender_type(case) in _ONLINE and not _illegal_lender(case)


def _sms_call_findings(case: Case, findings: Sequence[Finding]) -> bool:
    by_id = {i.id: i for i in case.incidents}
    return any(by_id[i].channel in (Medium.sms, Medium.call)
               for f in findings if f.rule_id in _MESSAGE_RULES
               for i in f.incidents if i in by_id)


def _police(case: Case, findings: Sequence[Finding]) -> bool:
    """Only for what the police can act on: a finding with a penal citation (its elements are
    in the facts), or an urgent one (violence, a visit announced)."""
    return any(f.urgent or (f.basis is not None and f.basis.penal) for f in findings) or (
        bool(findings) and _illegal_lender(case))


def _market(case: Case, findings: Sequence[Finding]) -> bool:
    """A non-financial business (a 商务咨询/信用管理 firm) that itself collected: some finding's
    contact came from it or from a collector acting for it. An empty licence field is no reason."""
    firms = {r.id for r in case.respondents if r.type in _NON_FINANCIAL}
    if not firms:
        return False
    acting = {r.id for r in case.respondents if r.acting_for in firms} | firms
    by_id = {i.id: i for i in case.incidents}
    return any(by_id[i].respondent in acting for f in findings for i in f.incidents
               if i in by_id)


def _court(case: Case, findings: Sequence[Finding]) -> bool:
    """A civil claim (privacy, reputation, personal information), a threat (the 人格权侵害禁令 of
    民法典 第997条 is against conduct 即将实施; the threat itself cites no civil article), or a
    court notice to check through 12368."""
    return any(c.basis == Basis.civil for f in findings for c in f.quotable) or bool(
        _fired(findings) & {"CN-FAKE-DOCUMENT", "CN-IMPERSONATION", "CN-THREAT"})


CHANNELS = [
    Channel(
        id="lender", jurisdiction="cn", name="贷款机构（出借人）本身", kind=ChannelKind.lender,
        order=10, applies=_lender, addressee="贷款机构客户投诉部门",
        why="金融机构对其委托的催收机构承担主体责任；监管部门通常要求先向机构投诉。",
        contact="该机构公布的投诉渠道（客服热线、App、营业网点）",
        how_to_file=("通过机构公布的投诉渠道（热线、App、网点）提出书面投诉。",
                     "多人当面投诉的，推选不超过5名代表。"),
        needs=("投诉人姓名、身份证件信息和联系方式。", "被投诉的机构及其工作人员（含催收人员）。",
               "投诉请求、主要事实和相关依据。", "书面材料上的签名。"),
        deadlines=("银行、保险机构：15日内办结，复杂的30日，特殊情况再延30日。",
                   "银行、支付机构对人民银行转交的投诉：15日内答复，最长不超过60日。"),
        covers=(), sources=(c.SRC_COMPLAINT_RULES, c.CONSUMER_PROTECTION),
    ),
    Channel(
        id="nfra", jurisdiction="cn", takes_id_number=True,
        name="国家金融监督管理总局（12378）",
        kind=ChannelKind.regulator, order=20, applies=_nfra,
        addressee="国家金融监督管理总局××监管局",
        why="银行、消费金融公司及其委托的催收机构由国家金融监督管理总局及其派出机构监管。",
        contact="12378热线；当地金融监管局、监管分局",
        how_to_file=("拨打12378热线。", "向当地金融监管局或监管分局寄送书面投诉举报信或走访。"),
        needs=("投诉人身份证件信息和联系方式。", "被投诉机构名称及催收人员号码。",
               "事实经过、投诉请求和证据。",
               "作为举报受理的条件：明确的被举报人、违法行为的具体事实及证明材料。"),
        deadlines=("热线工作时间据报为工作日约9:00至17:00，各地不同。",
                   "投诉登记后转机构处理，机构15日内办结，复杂的30日，特殊情况再延30日。"),
        covers=(T.bank.value, T.consumer_finance.value),
        sources=(c.SRC_NFRA_HOTLINE, c.SRC_COMPLAINT_RULES, c.SRC_REPORT_RULES),
    ),
    Channel(
        id="pboc", jurisdiction="cn", takes_id_number=True,
        name="中国人民银行（12363）", kind=ChannelKind.regulator,
        order=30, applies=_pboc, addressee="中国人民银行××分行",
        why="人民银行负责征信和支付结算，涉及以征信相威胁或银行、支付机构的投诉可向其反映。",
        contact="12363热线（跨城市拨打需加拨当地区号）；当地人民银行分支机构",
        how_to_file=("拨打12363热线。", "向当地人民银行分支机构寄送书面投诉。",
                     "原则上应先向金融机构投诉。"),
        needs=("投诉人身份信息和联系方式。", "被投诉机构、事实经过、投诉请求和证据。"),
        deadlines=("银行、支付机构自收到转交投诉之日起15日内答复，最长不超过60日。",
                   "热线受理时间由各地确定。"),
        covers=(T.bank.value,), sources=(c.SRC_PBOC, c.SRC_PBOC_12363),
    ),
    Channel(
        id="local-finance", jurisdiction="cn", takes_id_number=True,
        name="地方金融管理局", kind=ChannelKind.regulator,
        order=40, applies=_local_finance, addressee="××省（市）地方金融管理局",
        why="小额贷款公司（含网络小贷）由地方金融管理部门按属地原则监管和查处；网贷平台的资金方为"
            "小额贷款公司的，亦由其查处。",
        contact="所在省、市地方金融管理局网站、热线或来信地址（各地不同）",
        how_to_file=("通过省级或市级地方金融管理局网站、热线或来信提出投诉举报。",),
        needs=("投诉人身份信息和联系方式。", "小额贷款公司名称、借款合同编号及催收号码。",
               "事实经过、投诉请求和证据。"),
        deadlines=(),
        covers=(T.small_loan.value,), sources=(c.SRC_LOCAL_FINANCE,),
    ),
    Channel(
        id="nifa", jurisdiction="cn", name="中国互联网金融协会 互联网金融举报信息平台",
        kind=ChannelKind.association, order=50, applies=_nifa, addressee="中国互联网金融协会",
        why="网络借贷、互联网消费金融中的违规催收可向协会举报平台实名举报，线索转交主管部门。",
        contact="https://jubao.nifa.org.cn ；微信公众号“中国互联网金融协会”",
        how_to_file=("登录 https://jubao.nifa.org.cn 实名举报。",),
        needs=("实名举报。", "每人每天最多举报5条。"),
        deadlines=("自律组织，无法定办理时限。",),
        covers=tuple(t.value for t in _ONLINE), sources=(c.SRC_NIFA,),
    ),
    Channel(
        id="12321", jurisdiction="cn", name="12321网络不良与垃圾信息举报受理中心",
        kind=ChannelKind.hotline, order=60, applies=_sms_call_findings,
        addressee="12321举报受理中心",
        why="骚扰短信、骚扰电话可向12321举报，并同时向运营商举报。",
        contact="www.12321.cn ；微信“12321受理中心”；“12321助手”App；010-12321（主要为咨询）",
        how_to_file=("通过网站、微信“12321受理中心”→我要投诉，或“12321助手”App举报。",
                     "也可向运营商举报垃圾短信：移动10086999、联通10010、电信10000999。"),
        needs=("发送方号码。", "未经修改的短信原文（不要修改垃圾短信的原始内容）。"),
        deadlines=("未发现法定办理时限。",),
        covers=(), sources=(c.SRC_12321,),
    ),
    Channel(
        id="12315", jurisdiction="cn", name="全国12315平台（市场监督管理部门）",
        kind=ChannelKind.hotline, order=70, applies=_market, addressee="××县（区）市场监督管理局",
        why="对无金融牌照、以“商务咨询”“信用管理”名义从事催收的公司，可向市场监管部门举报。",
        contact="全国12315平台、12315电话、信函或窗口",
        how_to_file=("通过全国12315平台、电话、信函或窗口提出；由被投诉方经营地或住所地县级"
                     "市场监管部门处理。",),
        needs=("投诉人姓名、电话、地址。", "被投诉人名称和地址。",
               "具体的投诉请求以及消费者权益争议事实；举报需提供具体线索。"),
        deadlines=("7个工作日内决定是否受理。", "调解45个工作日未达成协议的终止调解。",
                   "实名举报人在立案决定后5个工作日内获告知。"),
        covers=(T.collection_agency.value, T.other.value), sources=(c.SRC_12315,),
    ),
    Channel(
        id="police", jurisdiction="cn", takes_id_number=True,
        name="公安机关（110 / 派出所）", kind=ChannelKind.police,
        order=80, applies=_police, addressee="××市公安局××分局××派出所",
        why="威胁、辱骂、信息轰炸、泄露隐私、冒充国家机关、伪造文书和上门滋扰可能构成治安违法"
            "或犯罪，应向公安机关报案。",
        contact="紧急情况拨打110；行为发生地或被害人所在地派出所",
        how_to_file=("拨打110，或到派出所书面或口头报案。", "要求制作笔录并出具受案回执。",
                     "2026年1月1日起可申请责令禁止接触被侵害人。"),
        needs=("身份证件。", "书面报案材料。", "证据（截图、录音、通话记录）及清单。"),
        deadlines=("不予立案的，3日内通知控告人；可在7日内申请复议，30日内作出决定；"
                   "不服的可在7日内向上一级申请复核。",
                   "治安案件自受理之日起30日内办结，可延长30日。",
                   "治安违法行为6个月内未被发现的不再处罚，连续行为从行为终了之日起计算。"),
        covers=(), sources=(c.SRC_CRIM_PROCEDURE, c.PS2025_50_2),
    ),
    Channel(
        id="court", jurisdiction="cn", takes_id_number=True,
        name="人民法院（民事诉讼；12368核实法院文书）",
        kind=ChannelKind.court, order=90, applies=_court, addressee="××人民法院",
        why="可就隐私、名誉、个人信息侵权提起民事诉讼或申请人格权侵害禁令；收到“传票”等文书时"
            "可拨打12368向法院核实真伪。",
        contact="当地区号+12368诉讼服务热线；人民法院在线服务小程序",
        how_to_file=("向侵权行为地或被告住所地人民法院起诉。",
                     "情况紧急的，可申请人格权侵害禁令。",
                     "收到法院短信或传票时，拨打当地区号+12368核实。"),
        needs=("起诉状、身份证明、证据。",),
        deadlines=("停止侵害、排除妨碍、消除影响等请求权不适用诉讼时效。",),
        covers=(), sources=(c.CIVIL_997, c.SRC_12368),
    ),
]
