"""Rules about the pattern of contact: hours, frequency, bombing, who was reached."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from complaint_kit.analysis import is_night
from complaint_kit.case import Case, Channel, Incident, Relation
from complaint_kit.rules import Hit

from .. import citations as c
from ..jurisdiction import CN
from .matching import (
    _BOMBING_CHANNELS,
    _CONTACT_RELATIONS,
    BOMBING_PER_DAY,
    BOMBING_PER_WEEK,
    DISCLOSURE_TAGS,
    DISCLOSURE_WORDS,
    MAX_ANSWERED_CALLS,
    MAX_REDIALS,
    by_period,
    incident_ids,
    institutional,
    local_day,
    matches,
)


def night(case: Case) -> Hit | None:
    hits = [i for i in case.incidents if is_night(case, CN, i) and not i.consented]
    if not hits:
        return None
    cites = [c.CIVIL_1033_1, *institutional(case, gbt=[c.GBT_45251_NIGHT], cba=[c.CBA_NIGHT])]
    if len(cites) == 1:  # lender type unknown: still show the industry baseline
        cites.append(c.GBT_45251_NIGHT)
    return Hit(incident_ids(hits), f"{len(hits)}次联系发生在22:00至次日8:00之间，且未经本人同意。",
               cites)


def freq_calls(case: Case) -> Hit | None:
    per_day: dict[date, list[Incident]] = defaultdict(list)
    for i in case.incidents:
        if i.channel == Channel.call and i.answered is True and i.to.relation == Relation.debtor:
            per_day[local_day(case, i)].append(i)
    over = {d: items for d, items in sorted(per_day.items()) if len(items) > MAX_ANSWERED_CALLS}
    if not over:
        return None
    worst = max(len(v) for v in over.values())
    return Hit([x for items in over.values() for x in incident_ids(items)],
               f"共有{len(over)}天接通的催收电话超过每日{MAX_ANSWERED_CALLS}次，"
               f"单日最多{worst}次。")


def freq_redial(case: Case) -> Hit | None:
    groups: dict[tuple, list[Incident]] = defaultdict(list)
    for i in case.incidents:
        if i.channel == Channel.call and i.answered is False:
            target = i.to.number or f"{i.to.relation}:{i.to.name or ''}"
            groups[(local_day(case, i), target)].append(i)
    over = {k: v for k, v in sorted(groups.items(), key=lambda kv: kv[0][0])
            if len(v) > MAX_REDIALS}
    if not over:
        return None
    worst = max(len(v) for v in over.values())
    return Hit([x for items in over.values() for x in incident_ids(items)],
               f"共有{len(over)}次同一号码在同一天未接通后被反复拨打超过{MAX_REDIALS}次，"
               f"单日对同一号码最多拨打{worst}次。")


def bombing(case: Case) -> list[Hit] | None:
    items = sorted((i for i in case.incidents if i.channel in _BOMBING_CHANNELS),
                   key=lambda i: i.time)
    per_day: dict[date, list[Incident]] = defaultdict(list)
    for i in items:
        per_day[local_day(case, i)].append(i)
    chosen: dict[str, Incident] = {}
    heavy_days = [d for d, v in per_day.items() if len(v) >= BOMBING_PER_DAY]
    for d in heavy_days:
        chosen.update((i.id or "", i) for i in per_day[d])
    heavy_weeks = 0
    start = 0
    for end in range(len(items)):  # sliding 7-day window
        while items[end].time - items[start].time >= timedelta(days=7):
            start += 1
        if end - start + 1 >= BOMBING_PER_WEEK:
            heavy_weeks += 1
            chosen.update((i.id or "", i) for i in items[start:end + 1])
    if not chosen:
        return None
    found = sorted(chosen.values(), key=lambda i: i.time)
    busiest = max(len(v) for v in per_day.values())

    def explain(n: int) -> str:
        return (f"短时间内密集发送短信、拨打电话或发送即时消息共{n}次"
                f"（单日最多{busiest}次），属于“多次发送…信息，干扰他人正常生活”。")

    common = [c.CIVIL_1032, c.CIVIL_1033_1]
    tail = [c.CRIM_293_2, c.NET_DEFAMATION_5, c.SOFT_VIOLENCE]
    return by_period(case, found, explain, [c.PS2012_42_5], [c.PS2025_50_5, c.PS2025_50_2],
                      common=common, tail=tail)


def third_party(case: Case) -> Hit | None:
    found = [i for i in case.incidents if i.to.relation.is_third_party]
    if not found:
        return None
    people = {(str(i.to.relation), i.to.name, i.to.number) for i in found}
    labels = sorted({CN.labels.get(f"relation.{i.to.relation}", str(i.to.relation))
                     for i in found})
    cites = [c.PIPL_6, c.PIPL_10, c.PIPL_13, c.PIPL_23,
             *institutional(case, card=[c.CARD_68], small=[c.SMALL_LOAN_37_5],
                             cf=[c.CONSUMER_FINANCE], gbt=[c.GBT_45251_THIRD],
                             cba=[c.CBA_THIRD]),
             c.CASE_YUANHAI]
    return Hit(incident_ids(found), f"催收方{len(found)}次联系债务人及担保人以外的第三人，涉及"
               f"{len(people)}人（{'、'.join(labels)}）。", cites)


def disclosure(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if i.to.relation.is_third_party
             and matches(i, DISCLOSURE_TAGS, DISCLOSURE_WORDS)]
    if not found:
        return None
    people = {(str(i.to.relation), i.to.name, i.to.number) for i in found}

    def explain(n: int) -> str:
        return (f"催收方{n}次向第三人或公开场合透露债务人的欠款、逾期等信息，"
                f"涉及{len(people)}人或场合。")

    common = [c.CIVIL_1032, c.CIVIL_1034, c.CIVIL_1038, c.PIPL_10, c.PIPL_13, c.CRIM_253_1,
              c.PII_INTERP_3, c.PII_INTERP_5]
    tail = institutional(case, small=[c.SMALL_LOAN_37_4], gbt=[c.GBT_45251_THIRD],
                          cba=[c.CBA_THIRD, c.CBA_IMPROPER])
    return by_period(case, found, explain, [c.PS2012_42_6], [c.PS2025_RENUMBERED],
                      common=common, tail=tail)


def contacts_data(case: Case) -> Hit | None:
    found = [i for i in case.incidents if i.to.relation in _CONTACT_RELATIONS]
    harvested = bool(case.facts.get("app_harvested_contacts"))
    if not found and not harvested:
        return None
    parts = []
    if found:
        people = {(i.to.name, i.to.number) for i in found}
        parts.append(f"催收方{len(found)}次联系债务人通讯录或紧急联系人中的{len(people)}人，"
                     "这些人并非担保人")
    if harvested:
        parts.append("借款App读取了债务人手机通讯录")
    cites = [c.PIPL_5, c.PIPL_6, c.PIPL_13, c.PIPL_14, c.PIPL_23, c.PIPL_47, c.PIPL_69,
             c.CRIM_253_1, c.PII_INTERP_4, c.APP_NECESSARY_INFO]
    return Hit(incident_ids(found), "；".join(parts) + "。", cites)


