"""Rules about conduct beyond messages: visits, identity, escalation, harm, the debt itself."""

from __future__ import annotations

from complaint_kit.case import Case, Channel, Incident, InstitutionType, PriorAction
from complaint_kit.rules import Hit

from .. import citations as c
from .matching import (
    _MOBILE,
    _WORKPLACE_RELATIONS,
    HOME_TAGS,
    IDENTITY_TAGS,
    ILLEGAL_RATE,
    WORKPLACE_TAGS,
    WORKPLACE_WORDS,
    by_period,
    incident_ids,
    institutional,
    is_illegal_debt,
    lender_type,
    local_day,
    tagged,
)


def _at_workplace(incident: Incident) -> bool:
    place = incident.location or ""
    return (incident.to.relation in _WORKPLACE_RELATIONS or tagged(incident, WORKPLACE_TAGS)
            or (incident.channel == Channel.visit and any(w in place for w in WORKPLACE_WORDS)))


def home_visit(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if tagged(i, HOME_TAGS)
             or (i.channel == Channel.visit and not _at_workplace(i))]
    if not found:
        return None

    def explain(n: int) -> str:
        return f"催收人员{n}次上门到债务人或其家人住处催收。"

    common = [c.CIVIL_1033_2, c.CRIM_245]
    if is_illegal_debt(case):
        common.append(c.CRIM_293A_2)
    tail = [c.SOFT_VIOLENCE, *institutional(case, cba=[c.CBA_PREMISES, c.CBA_VISIT_TWO])]
    return by_period(case, found, explain, [c.PS2012_40_3], [c.PS2025_RENUMBERED],
                      common=common, tail=tail)


def workplace(case: Case) -> Hit | None:
    found = [i for i in case.incidents if _at_workplace(i)]
    if not found:
        return None
    visits = sum(1 for i in found if i.channel == Channel.visit)
    cites = [c.XUNXIN_3_5, c.SOFT_VIOLENCE,
             *institutional(case, cba=[c.CBA_PREMISES, c.CBA_THIRD]), c.CASE_BOWANG]
    return Hit(incident_ids(found), f"催收方{len(found)}次联系债务人的工作单位或同事"
               f"（其中上门{visits}次），影响债务人的工作。", cites)


def _private_collectors(case: Case) -> list:
    return [r for r in case.respondents if r.acting_for and r.role.value == "collector"
            and (r.accounts or any(_MOBILE.match(p.replace(" ", "")) for p in r.phones))]


def identity(case: Case) -> list[Hit] | None:
    hits = []
    refused = [i for i in case.incidents if tagged(i, IDENTITY_TAGS[:2])]
    if refused or case.facts.get("collector_refused_identity"):
        hits.append(Hit(incident_ids(refused),
                        "催收人员拒绝说明其所属机构或身份。注意：催收人员须表明"
                        "姓名、工号的一般义务未经核实，本项仅作提示。", [c.IDENTITY_DUTY]))
    collectors = _private_collectors(case)
    if collectors:
        ids = {r.id for r in collectors}
        used = [i for i in case.incidents if i.respondent in ids or tagged(i, ("private_number",))]
        names = "、".join(r.name for r in collectors)
        hits.append(Hit(incident_ids(used),
                        f"受托催收人员（{names}）使用私人手机号码或社交账号催收，"
                        "未表明以何机构名义进行。",
                        [*institutional(case, card=[c.CARD_69], cpm=[c.CONSUMER_PROTECTION]),
                         c.CBA_IDENTITY]))
    return hits or None


def escalation(case: Case) -> Hit | None:
    warnings = [p for p in case.prior_complaints
                if p.kind in (PriorAction.police_warning, PriorAction.police_penalty)]
    if not warnings:
        return None
    first = min(p.date for p in warnings)
    after = [i for i in case.incidents if local_day(case, i) > first]
    if not after:
        return None
    return Hit(incident_ids(after),
               f"公安机关已于{first.year}年{first.month}月{first.day}日批评制止或"
               f"处理处罚后，催收方仍继续实施{len(after)}次骚扰行为。", [c.XUNXIN_1_3])


def harm(case: Case) -> Hit | None:
    h = case.harm
    if not (h.mental_health or h.self_harm or h.job_loss):
        return None
    parts, cites = [], []
    if h.mental_health or h.self_harm:
        parts.append("精神健康受损" if not h.self_harm else "出现自伤、自杀等严重后果")
        cites += [c.XUNXIN_3_4, c.PII_INTERP_5]
        if is_illegal_debt(case):
            cites.append(c.ILLEGAL_LENDING_2_4)
    if h.job_loss:
        parts.append("失去工作")
        cites.append(c.XUNXIN_3_5)
    cites.append(c.CIVIL_1183)
    return Hit([], f"催收行为造成债务人或其亲属{'、'.join(parts)}。", cites)


def illegal_debt(case: Case) -> Hit | None:
    rate = case.debt.annual_rate_percent if case.debt else None
    if rate is None or rate <= ILLEGAL_RATE:
        return None
    text = (f"借款合同约定的年利率为{rate}%，超过36%。是否超过合同成立时一年期贷款市场报价利率"
            "（LPR）的四倍，需按合同成立时的LPR另行核对（本案未记录LPR，仅按36%标准判断）。")
    cites = [c.PRIVATE_LENDING_25, c.ILLEGAL_LENDING_1_2, c.CRIM_293A]
    if lender_type(case) == InstitutionType.small_loan:
        text += "出借人为小额贷款公司，依最高人民法院批复不适用民间借贷司法解释的利率上限。"
        cites.append(c.PRIVATE_LENDING_REPLY)
    return Hit([], text, cites)


