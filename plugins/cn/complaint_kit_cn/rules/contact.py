"""Rules about the pattern of contact: hours, frequency, bombing, who was reached."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from complaint_kit.api import (
    Analysis,
    Ask,
    Element,
    Hit,
    Incident,
    InstitutionType,
    Medium,
    Relation,
    ids,
)

from .. import citations as c
from ..jurisdiction import CN
from .matching import (
    BOMBING_CHANNELS,
    BOMBING_PER_DAY,
    BOMBING_PER_WEEK,
    CONTACT_RELATIONS,
    DEBT_TAGS,
    INSULT_TAGS,
    MAX_ANSWERED_CALLS,
    MAX_REDIALS,
    PII_SERIOUS_ITEMS,
    REPEATED,
    THREAT_TAGS,
    by_period,
    consumer_baselines,
    described,
    institutional,
    is_public,
    refs,
    regulated_type,
)


def _label(relation: Relation) -> str:
    return CN.labels.get(f"relation.{relation}", str(relation))


def _day(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def night(a: Analysis) -> Hit | None:
    found = [i for i in a.incidents if a.is_night(i) and not i.consented]
    if not found:
        return None
    cites = [c.CIVIL_1033_1, *institutional(a, gbt=[c.GBT_45251_NIGHT], cba=[c.CBA_NIGHT])]
    if len(cites) == 1 and consumer_baselines(a):  # lender type unknown: show the baseline
        cites.append(c.GBT_45251_NIGHT)
    return Hit(ids(found), f"{len(found)}次联系发生在22:00至次日8:00之间，且未经本人同意。",
               cites)


def freq_calls(a: Analysis) -> Hit | None:
    calls = [i for i in a.incidents if i.channel == Medium.call and i.answered is True
             and i.to.relation == Relation.debtor]
    over = {d: v for d, v in a.by_day(calls).items() if len(v) > MAX_ANSWERED_CALLS}
    cites = institutional(a, gbt=[c.GBT_45251_FREQ])
    if not over or not cites:
        return None
    days = "；".join(f"{_day(d)}{len(v)}次" for d, v in over.items())
    return Hit([x for v in over.values() for x in ids(v)],
               f"共有{len(over)}天接通的催收电话超过每日{MAX_ANSWERED_CALLS}次：{days}。", cites)


def _target(i: Incident) -> str:
    return i.to.number or f"{i.to.relation}:{i.to.name or ''}"


def freq_redial(a: Analysis) -> Hit | None:
    """中银协 2026: once the debtor's phone went unanswered, at most 6 attempts that day to the
    same number. Every attempt to that number that day counts, answered or not."""
    kind = regulated_type(a)
    if not consumer_baselines(a) or kind not in (InstitutionType.bank,
                                                 InstitutionType.consumer_finance,
                                                 InstitutionType.unknown):
        return None
    groups: dict[tuple, list[Incident]] = defaultdict(list)
    for i in a.incidents:
        if i.channel == Medium.call:
            groups[(a.local_day(i), _target(i))].append(i)
    over = {k: v for k, v in sorted(groups.items(), key=lambda kv: kv[0][0])
            if len(v) > MAX_REDIALS and any(i.answered is False for i in v)}
    if not over:
        return None
    days = "；".join(
        f"{_day(d)}对{'本人' if v[0].to.relation == Relation.debtor else _label(v[0].to.relation)}"
        f"号码拨打{len(v)}次（其中未接通{sum(1 for i in v if i.answered is False)}次）"
        for (d, _), v in over.items())
    return Hit([x for v in over.values() for x in ids(v)],
               f"未接通后仍在同一天对同一号码拨打超过{MAX_REDIALS}次：{days}。", [c.CBA_REDIAL])


def _to_debtor(incidents: list[Incident]) -> list[Incident]:
    return [i for i in incidents if i.to.relation == Relation.debtor]


def _abusive(a: Analysis, incidents: list[Incident]) -> list[Incident]:
    return [i for i in incidents if a.has(i, *INSULT_TAGS, *THREAT_TAGS, "threat_explicit")]


def bombing(a: Analysis) -> list[Hit | Ask] | None:
    # The debtor's own phone: contacts with others are CN-THIRD-PARTY's.
    items = [i for i in a.incidents if i.channel in BOMBING_CHANNELS
             and i.to.relation == Relation.debtor]
    per_day = a.by_day(items)
    chosen: dict[str, Incident] = {}
    for v in per_day.values():
        if len(v) >= BOMBING_PER_DAY:
            chosen.update((i.id or "", i) for i in v)
    start = 0
    for end in range(len(items)):  # sliding 7-day window
        while items[end].time - items[start].time >= timedelta(days=7):
            start += 1
        if end - start + 1 >= BOMBING_PER_WEEK:
            chosen.update((i.id or "", i) for i in items[start:end + 1])
    if not chosen:
        return None
    found = sorted(chosen.values(), key=lambda i: i.time)
    abusive_all = _to_debtor(_abusive(a, found))

    top_day, top = max(a.by_day(found).items(), key=lambda kv: len(kv[1]))

    def explain(part: list[Incident]) -> str:
        text = f"短时间内密集发送短信、拨打电话或发送即时消息共{len(part)}次"
        if part[0] is found[0]:
            text += f"（整个期间{len(found)}次，{_day(top_day)}一天{len(top)}次）"
        abusive = _to_debtor(_abusive(a, part))
        if abusive:
            text += f"，其中{len(abusive)}次对本人辱骂、恐吓"
        return text + "，干扰本人正常生活。"

    def elements(cite, part: list[Incident]) -> list[Element]:
        abusive = _to_debtor(_abusive(a, part))
        if len(abusive) < REPEATED:
            return []
        day, busiest = max(a.by_day(part).items(), key=lambda kv: len(kv[1]))
        if cite == c.PS2025_50_2:
            return [Element("有前款第五项规定的滋扰、纠缠行为",
                            f"2026年1月1日起密集联系{len(part)}次，其中{len(abusive)}次辱骂、恐吓"
                            f"{refs(abusive)}")]
        return [Element("多次发送淫秽、侮辱、恐吓或者其他信息",
                        f"{len(abusive)}次对本人辱骂、恐吓的短信、电话或消息{refs(abusive)}"),
                Element("干扰他人正常生活",
                        f"{len(part)}次密集联系，{_day(day)}一天{len(busiest)}次")]

    out: list[Hit | Ask] = list(by_period(
        a, found, explain, [c.PS2012_42_5], [c.PS2025_50_5, c.PS2025_50_2],
        common=[c.CIVIL_1032, c.CIVIL_1033_1], elements=elements))
    unknown = [i for i in found if not i.content]
    if len(abusive_all) < REPEATED and unknown:
        out.append(Ask("这些没有记录内容的电话、短信中，是否有辱骂、恐吓或淫秽的内容？"
                       "如有，请补充原文或录音。",
                       [c.PS2012_42_5, c.PS2025_50_5], ids(unknown[:20])))
    return out


def _third_party_contacts(a: Analysis) -> tuple[list[Incident], list[Incident]]:
    """Contacts with third parties: those outside any exception, and those that only asked
    someone to pass on a message or for the debtor's whereabouts (allowed by GB/T 45251-2025 and
    中银协 only when the debtor is unreachable, 失联)."""
    people = [i for i in a.third_party() if i.to.relation != Relation.public]
    only_locating = [i for i in people if not a.has(i, *DEBT_TAGS)
                     and i.to.asked_to_stop is not True]
    beyond = [i for i in people if i not in only_locating]
    return beyond, only_locating


def third_party(a: Analysis) -> list[Hit | Ask] | None:
    beyond, locating = _third_party_contacts(a)
    reachable = a.case.debtor_reachable
    found = sorted(beyond + (locating if reachable is True else []), key=lambda i: i.time)
    out: list[Hit | Ask] = []
    if locating and reachable is None:
        out.append(Ask("对方联系您的亲友、紧急联系人之前，您本人的电话是否一直能打通（没有失联）？",
                       [c.GBT_45251_THIRD, c.CBA_THIRD], ids(locating)))
    if not found:
        return out or None
    people = {(str(i.to.relation), i.to.name, i.to.number) for i in found}
    labels = "、".join(sorted({_label(i.to.relation) for i in found}))
    parts = [f"催收方{len(found)}次联系债务人及担保人以外的第三人，涉及{len(people)}人（{labels}）"]
    demand = [i for i in found if a.has(i, "demand_third_party")]
    if demand:
        parts.append(f"其中{len(demand)}次要求第三人代为还款")
    stopped = [i for i in found if i.to.asked_to_stop]
    if stopped:
        parts.append(f"{len(stopped)}次发生在对方已要求停止联系之后")
    if reachable is True:
        parts.append("当时本人电话可以正常联系，不属于失联")
    cites = [c.PIPL_6, c.PIPL_10, c.PIPL_13, c.PIPL_23,
             *institutional(a, card=[c.CARD_68], small=[c.SMALL_LOAN_37_5],
                            cf=[c.CONSUMER_FINANCE], gbt=[c.GBT_45251_THIRD],
                            cba=[c.CBA_THIRD])]
    out.insert(0, Hit(ids(found), "，".join(parts) + "。", cites))
    return out


def _disclosures(a: Analysis) -> list[Incident]:
    beyond, _ = _third_party_contacts(a)
    public = [i for i in a.incidents if is_public(i) and a.has(i, *DEBT_TAGS)]
    return sorted({i.id: i for i in [*(i for i in beyond if a.has(i, *DEBT_TAGS)), *public]}
                  .values(), key=lambda i: i.time)


def disclosure(a: Analysis) -> list[Hit | Ask] | None:
    found = _disclosures(a)
    if not found:
        return None
    public = [i for i in found if is_public(i)]
    items = a.fact("personal_info_items")
    items = items if isinstance(items, int) else len(found)

    def explain(part: list[Incident]) -> str:
        who = {(str(i.to.relation), i.to.name, i.to.number) for i in part if not is_public(i)}
        kinds = "、".join(sorted({_label(i.to.relation) for i in part if not is_public(i)}))
        text = f"催收方{len(part)}次向第三人透露本人的欠款、逾期等信息"
        if who:
            text += f"，涉及{len(who)}人（{kinds}）"
        shown = [i for i in part if is_public(i)]
        if shown:
            text += f"，其中{len(shown)}次发在群聊或公开场合"
        return text + "。" + described(part)

    def elements(cite, part: list[Incident]) -> list[Element]:
        spread = {(str(i.to.relation), i.to.name, i.to.number) for i in part if not is_public(i)}
        public_part = [i for i in part if is_public(i)]
        if cite in (c.PS2012_42_6, c.PS2025_RENUMBERED) and (public_part or len(spread) >= 2):
            fact = (f"在群聊或公开场合发布{refs(public_part)}" if public_part
                    else f"向{len(spread)}名第三人透露本人欠款信息{refs(part)}")
            return [Element("散布他人隐私", fact)]
        return []

    serious = items >= PII_SERIOUS_ITEMS
    crim = [c.CRIM_253_1, c.PII_INTERP_3, c.PII_INTERP_5] if serious else []
    hits = by_period(
        a, found, explain, [c.PS2012_42_6], [c.PS2025_RENUMBERED],
        common=[c.CIVIL_1032, c.CIVIL_1038, c.PIPL_10, c.PIPL_13, *crim],
        tail=institutional(a, small=[c.SMALL_LOAN_37_4], gbt=[c.GBT_45251_THIRD],
                           cba=[c.CBA_THIRD]),
        elements=elements)
    if serious:
        fact = f"向他人提供或公开本人的欠款（征信、财产）信息{items}条{refs(found[:10])}"
        el = {c.CRIM_253_1: [Element("违反国家有关规定，向他人提供公民个人信息", fact),
                             Element("情节严重（征信、财产信息五十条以上）", fact)],
              c.PII_INTERP_3: [Element("向特定人提供、或者通过信息网络发布", fact)],
              c.PII_INTERP_5: [Element("征信信息、财产信息五十条以上", fact)]}
        hits = [Hit(h.incidents, h.explanation, h.citations, {**h.elements, **el}, h.urgent)
                for h in hits]
    out: list[Hit | Ask] = list(hits)
    mass = public or any(a.has(i, "disclosure") for i in found)
    if not serious and mass:
        out.append(Ask("对方一共向多少人透露或公开了您的欠款信息（例如群发给通讯录、发到群里或网上）？"
                       "如能统计，请写明人数或条数。", [c.CRIM_253_1, c.PII_INTERP_5], ids(found)))
    return out


def contacts_data(a: Analysis) -> list[Hit | Ask] | None:
    beyond, locating = _third_party_contacts(a)
    reached = beyond + (locating if a.case.debtor_reachable is True else [])
    found = [i for i in reached if i.to.relation in CONTACT_RELATIONS]
    found.sort(key=lambda i: i.time)
    harvested = a.fact("app_harvested_contacts")
    out: list[Hit | Ask] = []
    if found and harvested is None:
        out.append(Ask("借款App是否读取过您的手机通讯录（安装时是否要求授权通讯录）？",
                       [c.APP_NECESSARY_INFO, c.PIPL_6], ids(found)))
    if not found and not harvested:
        return out or None
    parts = []
    if found:
        people = {(i.to.name, i.to.number) for i in found}
        parts.append(f"催收方{len(found)}次联系本人通讯录或紧急联系人中的{len(people)}人，"
                     "这些人并非担保人")
    if harvested:
        parts.append("借款App读取了本人手机通讯录")
    cites = [c.PIPL_5, c.PIPL_6, c.PIPL_13, c.PIPL_14, c.PIPL_23, c.PIPL_47, c.PIPL_69]
    if harvested:
        cites.append(c.APP_NECESSARY_INFO)
    out.insert(0, Hit(ids(found), "；".join(parts) + "。", cites))
    return out
