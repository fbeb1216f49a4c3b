"""Rules about the pattern of contact: hours, persistence, places, third parties, notices."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from complaint_kit.analysis import is_night
from complaint_kit.case import Case, Channel, Incident, Relation
from complaint_kit.rules import Hit

from .. import citations as c
from ..jurisdiction import TW
from .matching import (
    DEMAND_WORDS,
    DISCLOSURE_TAGS,
    LOCATION_BREACH_TAGS,
    LOCATION_INQUIRY_TAG,
    PUBLIC_NOTICE_TAGS,
    fact_date,
    has_tag,
    hit,
    local_day,
    own_tag,
    regulated,
    regulation,
)

# 辦法 §14 III(1) lists phone, fax, SMS, e-mail and visits; messaging apps are treated like SMS.
_CONTACT_CHANNELS = (Channel.call, Channel.sms, Channel.im, Channel.email, Channel.visit,
                     Channel.other)
_WORK_RELATIONS = (Relation.employer, Relation.colleague)
_PLACE_WORDS = ("公司", "學校", "店", "工廠", "辦公室", "營業", "工作", "住處", "住家", "家")

# "持續" has no number in the law. These thresholds are the kit's own screening choice (a volume
# no debtor could reasonably be expected to bear), not law: 10 contacts in a day or 20 in seven
# days, or 3 or more contacts after the debtor asked the collector in writing to stop.
PERSISTENT_PER_DAY = 10
PERSISTENT_PER_WEEK = 20
PERSISTENT_AFTER_STOP = 3

# The Bankers Association's Lunar New Year pause, by year, as the reference reports it. Only the
# windows the reference gives are listed; another year's window must be checked and added here.
LUNAR_NEW_YEAR_PAUSE: dict[int, tuple[date, date]] = {
    2026: (date(2026, 2, 14), date(2026, 2, 22)),
}


def _contacts(case: Case) -> list[Incident]:
    return sorted((i for i in case.incidents if i.channel in _CONTACT_CHANNELS),
                  key=lambda i: i.time)


def hours(case: Case) -> Hit | None:
    if regulated(case) is None or case.facts.get("off_hours_consent"):
        return None
    found = [i for i in _contacts(case) if is_night(case, TW, i) and not i.consented]
    if not found:
        return None
    cites = [*regulation(case, found, [c.OUT_14_1_3, c.OUT_14_3_1]), c.FSC_2012]
    return hit(found, f"{len(found)}次催收聯絡發生在非催收時間（上午七時前或晚上十時後），"
               "且未經本人同意。", cites)


def persistent(case: Case) -> Hit | None:
    if regulated(case) is None:
        return None
    items = [i for i in _contacts(case) if i.to.relation == Relation.debtor]
    chosen: dict[str, Incident] = {}
    per_day: dict[date, list[Incident]] = defaultdict(list)
    for i in items:
        per_day[local_day(case, i)].append(i)
    for day_items in per_day.values():
        if len(day_items) >= PERSISTENT_PER_DAY:
            chosen.update((i.id or "", i) for i in day_items)
    start = 0
    for end in range(len(items)):
        while items[end].time - items[start].time >= timedelta(days=7):
            start += 1
        if end - start + 1 >= PERSISTENT_PER_WEEK:
            chosen.update((i.id or "", i) for i in items[start:end + 1])
    reasons = []
    if chosen:
        busiest = max(len(v) for v in per_day.values())
        reasons.append(f"短期內密集聯絡{len(chosen)}次（單日最多{busiest}次）")
    stop = fact_date(case, "asked_to_stop_on")
    if stop is not None:
        after = [i for i in items if local_day(case, i) > stop]
        if len(after) >= PERSISTENT_AFTER_STOP:
            chosen.update((i.id or "", i) for i in after)
            reasons.append(f"本人於{stop.year}年{stop.month}月{stop.day}日要求停止後，"
                           f"仍聯絡{len(after)}次")
    if not chosen:
        return None
    found = sorted(chosen.values(), key=lambda i: i.time)
    return hit(found, "催收方持續以電話、簡訊等方式催收：" + "；".join(reasons) + "。"
               "（法令未規定次數，上述門檻為本工具之篩選標準。）",
               regulation(case, found, [c.OUT_14_3_1]))


def _at_place(incident: Incident) -> bool:
    place = incident.location or ""
    return (incident.channel == Channel.visit or incident.to.relation in _WORK_RELATIONS
            or own_tag(incident, ("workplace", "school", "business", "home_visit"))
            or (bool(place) and any(w in place for w in _PLACE_WORDS)))


def disruption(case: Case) -> Hit | None:
    if regulated(case) is None:
        return None
    found = [i for i in case.incidents if _at_place(i)]
    if not found:
        return None
    visits = sum(1 for i in found if i.channel == Channel.visit)
    work = sum(1 for i in found if i.to.relation in _WORK_RELATIONS)
    return hit(found, f"催收方{len(found)}次至住居所、學校、工作或營業場所催收，或聯絡任職公司、"
               f"同事（其中登門{visits}次、聯絡工作場所{work}次），影響正常居住、工作及生活。",
               regulation(case, found, [c.OUT_14_1_2, c.OUT_14_3_1]))


def _compliant_location_inquiry(incident: Incident) -> bool:
    return (own_tag(incident, (LOCATION_INQUIRY_TAG,))
            and not any(w in incident.content for w in DEMAND_WORDS)
            and not has_tag(incident, DISCLOSURE_TAGS))


def third_party(case: Case) -> Hit | None:
    if regulated(case) is None:
        return None
    found = [i for i in case.incidents if i.to.relation.is_third_party
             and not _compliant_location_inquiry(i)]
    if not found:
        return None
    people = {(str(i.to.relation), i.to.name, i.to.number) for i in found}
    labels = sorted({TW.labels.get(f"relation.{i.to.relation}", str(i.to.relation))
                     for i in found})
    cites = [*regulation(case, found, [c.OUT_14_1_4], card=[c.CARD_51_2]), c.FSC_2012]
    return hit(found, f"催收方{len(found)}次透過債務人及保證人以外之第三人催討或施壓，涉及"
               f"{len(people)}人（{'、'.join(labels)}）。", cites)


def location_contact(case: Case) -> Hit | None:
    if regulated(case) is None:
        return None
    found, faults = [], set()
    for i in case.incidents:
        if i.to.relation.is_third_party and own_tag(i, (LOCATION_INQUIRY_TAG,)):
            missing = [text for tag, text in LOCATION_BREACH_TAGS.items() if own_tag(i, (tag,))]
            if missing:
                found.append(i)
                faults.update(missing)
    if not found:
        return None
    return hit(found, f"催收方為探尋債務人聯絡方式而聯絡第三人{len(found)}次，"
               f"但{'、'.join(sorted(faults))}。", regulation(case, found, [c.OUT_14_1_5]))


def postcard_envelope(case: Case) -> Hit | None:
    if regulated(case) is None:
        return None
    found = [i for i in case.incidents if i.channel in (Channel.letter, Channel.other)
             and (own_tag(i, ("postcard", "envelope_marking")) or has_tag(i, ("postcard",)))]
    if not found:
        return None
    return hit(found, f"催收方{len(found)}次使用明信片，或於信封上以文字、符號使第三人得知"
               "本人之債務或隱私。", regulation(case, found, [c.OUT_14_3_2]))


def _public(incident: Incident) -> bool:
    return (has_tag(incident, PUBLIC_NOTICE_TAGS) or own_tag(incident, ("public_notice",))
            or ((incident.channel == Channel.social_post or incident.to.relation == Relation.public)
                and (has_tag(incident, DISCLOSURE_TAGS)
                     or any(w in incident.content for w in DEMAND_WORDS))))


def public_notice(case: Case) -> Hit | None:
    found = [i for i in case.incidents if _public(i)]
    if not found:
        return None
    cites = [c.PDPA_20, *regulation(case, found, [c.OUT_14_3_3])]
    return hit(found, f"催收方{len(found)}次以公告、張貼、網路發布或類似方式，使第三人得知本人之"
               "債務。", cites)


def lunar_new_year(case: Case) -> Hit | None:
    if regulated(case) != "fi":
        return None
    found = []
    for i in _contacts(case) + [x for x in case.incidents if x.channel == Channel.letter]:
        day = local_day(case, i)
        window = LUNAR_NEW_YEAR_PAUSE.get(day.year)
        if window and window[0] <= day <= window[1]:
            found.append(i)
    if not found:
        return None
    years = sorted({local_day(case, i).year for i in found})
    spans = "、".join(f"{y}年{LUNAR_NEW_YEAR_PAUSE[y][0].month}月{LUNAR_NEW_YEAR_PAUSE[y][0].day}日"
                     f"至{LUNAR_NEW_YEAR_PAUSE[y][1].month}月{LUNAR_NEW_YEAR_PAUSE[y][1].day}日"
                     for y in years)
    return hit(sorted(found, key=lambda i: i.time),
               f"催收方於銀行公會宣布之春節暫停催收期間（{spans}）催收{len(found)}次。"
               "此為業界自律措施，並非法律規定。", [c.BANKERS_LUNAR])
