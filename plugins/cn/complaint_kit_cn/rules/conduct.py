"""Rules about conduct beyond messages: visits, identity, escalation, harm, the debt itself,
and the funder behind a platform."""

from __future__ import annotations

from complaint_kit.api import Analysis, Ask, Element, Hit, Incident, InstitutionType, Medium, ids

from .. import citations as c
from .matching import (
    ENTRY_TAGS,
    HOME_TAGS,
    IDENTITY_TAGS,
    ILLEGAL_RATE,
    INSULT_TAGS,
    MOBILE,
    NETWORK_CHANNELS,
    REPEATED,
    SAFETY_TAGS,
    THREAT_TAGS,
    after_warning,
    at_workplace,
    by_period,
    consumer_baselines,
    described,
    grave_harm,
    harm_fact,
    illegal_debt,
    institutional,
    refs,
    warning_date,
)


def home_visit(a: Analysis) -> list[Hit | Ask] | None:
    found = [i for i in a.incidents if a.has(i, *HOME_TAGS)
             or (i.channel == Medium.visit and not at_workplace(a, i))]
    if not found:
        return None
    entered = [i for i in found if a.has(i, *ENTRY_TAGS)]

    def explain(part: list[Incident]) -> str:
        text = f"催收人员{len(part)}次上门到本人或家人住处催收"
        inside = [i for i in part if i in entered]
        if inside:
            text += f"，其中{len(inside)}次进入住宅或经要求拒不离开"
        return text + "。" + described(part)

    def elements(cite, part: list[Incident]) -> list[Element]:
        inside = [i for i in part if i in entered]
        if not inside:
            return []
        return [Element("非法侵入他人住宅", f"未经同意进入住宅或经要求拒不离开{refs(inside)}")]

    common = [c.CIVIL_1033_2] if entered else [c.CIVIL_1032]
    tail = institutional(a, cba=[c.CBA_PREMISES]) if entered else []
    if a.fact("visit_collectors") == 1 and consumer_baselines(a):
        tail.append(c.CBA_VISIT_TWO)
    out: list[Hit | Ask] = list(by_period(
        a, found, explain, [c.PS2012_40_3, c.CRIM_245], [c.PS2025_RENUMBERED, c.CRIM_245],
        common=common, tail=tail, elements=elements))
    serious = grave_harm(a) or (f"{len(entered)}次侵入住宅" if len(entered) >= REPEATED else "")
    if entered and illegal_debt(a) and serious:
        el = [Element("催收高利放贷等产生的非法债务", "本人确认该借款系非法放贷产生的债务"),
              Element("侵入他人住宅", f"进入住宅或拒不离开{refs(entered)}"),
              Element("情节严重", serious)]
        out = [Hit(h.incidents, h.explanation, [*h.citations, c.CRIM_293A_2],
                   {**h.elements, c.CRIM_293A_2: el}, h.urgent) for h in out]
    if not entered:
        out.append(Ask("上门的催收人员是否进入了您的住宅，或者经您要求离开后仍拒不离开？",
                       [c.CRIM_245, c.PS2012_40_3, c.CIVIL_1033_2], ids(found)))
    return out


def workplace(a: Analysis) -> Hit | None:
    """Visits to the workplace and reports to the employer. A call to the employer or a
    colleague is a third-party contact (CN-THIRD-PARTY, CN-DISCLOSURE), not counted again."""
    visits = [i for i in a.incidents if i.channel == Medium.visit and at_workplace(a, i)]
    reports = [i for i in a.incidents if a.has(i, "workplace_visit", "report_to_employer")
               and i not in visits]
    found = sorted(visits + reports, key=lambda i: i.time)
    if not found:
        return None
    cites = institutional(a, cba=[*([c.CBA_PREMISES] if visits else []),
                                  *([c.CBA_THIRD] if reports else [])])
    if not cites and consumer_baselines(a) and visits:
        cites = [c.CBA_PREMISES]
    if not cites:
        return None
    parts = [f"催收人员{len(visits)}次到本人工作单位催收"] if visits else []
    if reports:
        parts.append(f"{len(reports)}次向本人单位反映欠款")
    return Hit(ids(found), "，".join(parts) + f"。{described(found)}", cites)


def _private_collectors(a: Analysis) -> list:
    return [r for r in a.case.respondents if r.acting_for and r.role.value == "collector"
            and (r.accounts or any(MOBILE.match(p.replace(" ", "")) for p in r.phones))]


def identity(a: Analysis) -> list[Hit] | None:
    hits = []
    refused = a.tagged(*IDENTITY_TAGS[:2])
    if refused or a.fact("collector_refused_identity"):
        hits.append(Hit(ids(refused),
                        "催收人员拒绝说明其所属机构或身份。注意：催收人员须表明"
                        "姓名、工号的一般义务未经核实，本项仅作提示。", [c.IDENTITY_DUTY]))
    collectors = _private_collectors(a)
    if collectors:
        who = {r.id for r in collectors}
        used = [i for i in a.incidents if i.respondent in who or a.has(i, "private_number")]
        names = "、".join(r.name for r in collectors)
        cites = [*institutional(a, card=[c.CARD_69], cpm=[c.CONSUMER_PROTECTION]),
                 *([c.CBA_IDENTITY] if consumer_baselines(a) else [])]
        hits += [] if not cites else [Hit(ids(used),
                        f"受托催收人员（{names}）使用私人手机号码或社交账号催收，"
                        "未表明以何机构名义进行。", cites)]
    return hits or None


def _harassing(a: Analysis, incidents: list[Incident]) -> list[Incident]:
    """辱骂、恐吓, visits and contacts with third parties: the acts of 刑法 第293条(二) and of the
    软暴力 opinion, not plain reminders."""
    return [i for i in incidents if a.has(i, *THREAT_TAGS, *INSULT_TAGS, *SAFETY_TAGS)
            or i.channel == Medium.visit or i.to.relation.is_third_party]


def escalation(a: Analysis) -> list[Hit | Ask] | None:
    """寻衅滋事解释 第一条第三款: debt disputes are not 寻衅滋事 unless the conduct goes on after
    the police warned or punished; only then does the kit name 刑法 第293条."""
    first = warning_date(a)
    after = after_warning(a, a.incidents)
    if first is None or not after:
        return None
    acts = _harassing(a, after)
    day = f"{first.year}年{first.month}月{first.day}日"
    if not acts:
        return Ask(f"公安机关{day}批评制止后，对方仍联系了{len(after)}次。这些联系中是否有辱骂、"
                   "恐吓、上门或骚扰您亲友的内容？请补充。", [c.XUNXIN_1_3, c.CRIM_293_2],
                   ids(after))
    warned = Element("经有关部门批评制止或者处理处罚后，继续实施",
                     f"公安机关于{day}批评制止后，仍有{len(acts)}次辱骂、恐吓、上门或骚扰第三人"
                     f"{refs(acts)}")
    cites = [c.XUNXIN_1_3]
    elements = {c.XUNXIN_1_3: [warned]}
    abuse = [i for i in acts if a.has(i, *THREAT_TAGS, *INSULT_TAGS, *SAFETY_TAGS)]
    harm = grave_harm(a)
    bad = harm or (f"批评制止后仍{len(abuse)}次辱骂、恐吓" if len(abuse) >= REPEATED else "")
    if abuse and bad:
        act = Element("辱骂、恐吓他人", f"{len(abuse)}次辱骂、恐吓{refs(abuse)}")
        grave = Element("情节恶劣", bad)
        cites.append(c.CRIM_293_2)
        elements[c.CRIM_293_2] = [act, warned, grave]
        net = [i for i in abuse if i.channel in NETWORK_CHANNELS]
        if net:
            cites.append(c.NET_DEFAMATION_5)
            elements[c.NET_DEFAMATION_5] = [
                Element("利用信息网络辱骂、恐吓他人", f"通过短信、网络消息辱骂、恐吓{refs(net)}"),
                grave, warned]
        cites.append(c.SOFT_VIOLENCE)
        elements[c.SOFT_VIOLENCE] = [
            Element("通过信息网络或者通讯工具实施的滋扰、纠缠", f"{len(acts)}次{refs(acts)}"),
            warned]
        h = a.case.harm
        if h.self_harm:
            cites.append(c.XUNXIN_3_4)
            elements[c.XUNXIN_3_4] = [Element("引起他人精神失常、自杀等严重后果", harm)]
        if h.job_loss:
            cites.append(c.XUNXIN_3_5)
            elements[c.XUNXIN_3_5] = [Element("严重影响他人的工作、生活", "本人因此失去工作")]
        third = [i for i in acts if i.to.relation.is_third_party]
        if third:
            cites.append(c.CASE_YUANHAI)
            elements[c.CASE_YUANHAI] = [
                Element("滋扰、辱骂、恐吓债务人以及与债务无关的第三方", f"{refs(third)}"), warned]
    return Hit(ids(acts), f"公安机关已于{day}批评制止或处理处罚后，催收方仍继续实施"
               f"{len(acts)}次辱骂、恐吓、上门或骚扰第三人的行为。", cites, elements)


def harm(a: Analysis) -> Hit | None:
    h = a.case.harm
    if not (h.mental_health or h.self_harm):
        return None
    text = f"催收行为造成本人{harm_fact(a)}。"
    cites = [c.CIVIL_1183]
    elements = {}
    rate = a.case.debt.annual_rate_percent if a.case.debt else None
    if illegal_debt(a) and rate is not None and rate > ILLEGAL_RATE and h.self_harm:
        cites.append(c.ILLEGAL_LENDING_2_4)
        elements[c.ILLEGAL_LENDING_2_4] = [
            Element("实际年利率超过36%", f"合同年利率{rate}%"),
            Element("造成借款人自杀、死亡或者精神失常等严重后果", harm_fact(a))]
    return Hit([], text, cites, elements)


def illegal_debt_rule(a: Analysis) -> list[Hit | Ask] | None:
    rate = a.case.debt.annual_rate_percent if a.case.debt else None
    if rate is None or rate <= ILLEGAL_RATE:
        return None
    text = (f"借款合同约定的年利率为{rate}%，超过36%。是否超过合同成立时一年期贷款市场报价利率"
            "（LPR）的四倍，需按合同成立时的LPR另行核对（本案未记录LPR，仅按36%标准判断）。")
    cites = [c.PRIVATE_LENDING_25]
    elements = {}
    out: list[Hit | Ask] = []
    if a.lender_type == InstitutionType.small_loan:
        text += "出借人为小额贷款公司，依最高人民法院批复不适用民间借贷司法解释的利率上限。"
        cites.append(c.PRIVATE_LENDING_REPLY)
    elif illegal_debt(a):
        cites.append(c.ILLEGAL_LENDING_1_2)
        elements[c.ILLEGAL_LENDING_1_2] = [
            Element("未经监管部门批准，经常性地向社会不特定对象发放贷款",
                    "本人确认出借方未经批准、以放贷为业"),
            Element("实际年利率超过36%", f"合同年利率{rate}%")]
    elif a.fact("illegal_debt") is None:
        out.append(Ask("出借方是否持有放贷牌照（银行、消费金融公司、小额贷款公司等）？"
                       "是否以放贷为业、经常向不特定的人放贷？",
                       [c.ILLEGAL_LENDING_1_2, c.CRIM_293A]))
    out.insert(0, Hit([], text, cites, elements))
    return out


def funder(a: Analysis) -> Ask | None:
    """A platform is supervised through the bank or company whose money it lent: without the
    funder and its type, no government regulator can be named."""
    if a.lender_type != InstitutionType.online_platform or not a.incidents:
        return None
    debt = a.case.debt
    named = next((r for r in a.case.respondents if debt is not None and r.id == debt.funder),
                 None)
    if named is None:
        return Ask("借款页面或合同上的资金方（出资机构）是谁？")
    if named.type == InstitutionType.unknown:
        return Ask(f"资金方{named.name}是银行、消费金融公司，还是小额贷款公司？"
                   "（可在国家企业信用信息公示系统或借款合同中查到）")
    return None
