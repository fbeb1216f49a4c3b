"""Rules about the pattern of contact: hours, persistence, places, third parties, notices.

Each act is found where it fits: a call at night under the hours rule; repeated calls and
messages under persistence; visits under the visit and disruption rules; a contact with a
relative, a colleague or a phone contact under the third-party rule (or, when it only sought
the debtor's contact details while the debtor could not be reached, under the locate rule);
a post or a group message that reveals the debt under the public-notice rule.
"""

from __future__ import annotations

from datetime import date, timedelta

from complaint_kit.api import Analysis, Ask, Hit, Incident, Medium, Relation, fact_date

from .. import citations as c
from .matching import (
    DEBT_TAGS,
    DISCLOSURE_TAGS,
    LOCATION_BREACH_TAGS,
    LOCATION_INQUIRY_TAG,
    hit,
    public,
    ref,
    regulated,
    regulation,
    relation_label,
)

# 辦法 §14 III(1) lists phone, fax, SMS, e-mail and visits; messaging apps are treated like SMS.
_CONTACT_CHANNELS = (Medium.call, Medium.sms, Medium.im, Medium.email, Medium.visit,
                     Medium.other)
_REMOTE = (Medium.call, Medium.sms, Medium.im, Medium.email, Medium.other)

# "持續" has no number in the law. These thresholds are the kit's own screening choice (a volume
# no debtor could reasonably be expected to bear), not law: 10 contacts in a day or 20 in seven
# days (every attempt counts, answered or not), or 3 or more contacts after the debtor asked the
# collector to stop.
PERSISTENT_PER_DAY = 10
PERSISTENT_PER_WEEK = 20
PERSISTENT_AFTER_STOP = 3

# The Bankers Association's Lunar New Year pause, by year, as the reference reports it. Only the
# windows the reference gives are listed; another year's window must be checked and added here.
LUNAR_NEW_YEAR_PAUSE: dict[int, tuple[date, date]] = {
    2026: (date(2026, 2, 14), date(2026, 2, 22)),
}


def _contacts(a: Analysis) -> list[Incident]:
    return [i for i in a.incidents if i.channel in _CONTACT_CHANNELS]


def hours(a: Analysis) -> Hit | None:
    case = a.case
    if regulated(case) is None or a.fact("off_hours_consent"):
        return None
    found = [i for i in _contacts(a) if a.is_night(i) and not i.consented]
    if not found:
        return None
    cites = [*regulation(case, found, [c.OUT_14_1_3, c.OUT_14_3_1]), c.FSC_2012]
    return hit(found, f"{len(found)}次催收聯絡發生在非催收時間（上午七時前或晚上十時後），"
               "且未經本人同意。", cites)


def persistent(a: Analysis) -> Hit | None:
    """Calls, messages and e-mails to the debtor (visits are the visit rules')."""
    case = a.case
    if regulated(case) is None:
        return None
    items = [i for i in a.incidents if i.channel in _REMOTE and i.to.relation == Relation.debtor]
    chosen: dict[str, Incident] = {}
    reasons = []
    heavy = {d: v for d, v in a.by_day(items).items() if len(v) >= PERSISTENT_PER_DAY}
    for day_items in heavy.values():
        chosen.update((i.id or "", i) for i in day_items)
    if heavy:
        reasons.append("、".join(f"{d.month}月{d.day}日{len(v)}次" for d, v in heavy.items()))
    weeks = _busy_weeks(items, chosen)
    if weeks:
        reasons.append(f"七日內達{max(len(w) for w in weeks)}次")
    after = _after_stop(a, items, chosen)
    if after:
        reasons.append(after)
    if not chosen:
        return None
    found = sorted(chosen.values(), key=lambda i: i.time)
    return hit(found, f"催收方持續以電話、簡訊等方式催收，共{len(found)}次：" + "；".join(reasons)
               + "。（法令未規定次數，上述門檻為本工具之篩選標準；未接通之來電亦計入。）",
               regulation(case, found, [c.OUT_14_3_1]))


def _after_stop(a: Analysis, items: list[Incident], chosen: dict[str, Incident]) -> str:
    """The contacts after I asked them to stop, when there are PERSISTENT_AFTER_STOP or more:
    added to ``chosen``, and the reason in words ("" for fewer)."""
    stop = fact_date(a.case, "asked_to_stop_on")
    after = [i for i in items if (stop is not None and a.local_day(i) > stop)
             or i.to.asked_to_stop]
    if len(after) < PERSISTENT_AFTER_STOP:
        return ""
    chosen.update((i.id or "", i) for i in after)
    since = f"於{stop.year}年{stop.month}月{stop.day}日" if stop else ""
    return f"本人{since}要求停止後，仍以電話、簡訊聯絡{len(after)}次"


def _busy_weeks(items: list[Incident], chosen: dict[str, Incident]) -> list[list[Incident]]:
    """The seven-day windows holding PERSISTENT_PER_WEEK contacts or more that add to those
    ``chosen`` so far; every contact in a window is added to ``chosen``."""
    start, weeks = 0, []
    for end in range(len(items)):
        while items[end].time - items[start].time >= timedelta(days=7):
            start += 1
        if end - start + 1 >= PERSISTENT_PER_WEEK:
            window = items[start:end + 1]
            if not all((i.id or "") in chosen for i in window):
                weeks.append(window)
            chosen.update((i.id or "", i) for i in window)
    return weeks


def _visits(a: Analysis) -> list[Incident]:
    return [i for i in a.incidents if i.channel == Medium.visit and not a.has(i, "following")]


def disruption(a: Analysis) -> Hit | None:
    """§14 I(2): visits to the home, school, work or business that disrupt life: with a
    nuisance, at night, entering the home, or repeated."""
    case = a.case
    if regulated(case) is None:
        return None
    visits = _visits(a)
    found = [i for i in visits if a.has(i, "nuisance", "entered_home")
             or (a.is_night(i) and not i.consented) or len(visits) >= 2]
    found += [i for i in a.incidents if i not in found and i.channel != Medium.visit
              and a.has(i, "workplace", "school", "business")]
    if not found:
        return None
    found.sort(key=lambda i: i.time)
    return hit(found, f"催收方{len(found)}次至住居所、學校、工作或營業場所催收並滋擾"
               f"（{ref(found)}），影響正常居住、工作及生活。",
               regulation(case, found, [c.OUT_14_1_2, c.OUT_14_3_1]))


def _asked_for_debt(a: Analysis, incident: Incident) -> bool:
    """The contact spoke of the debt or pressed for payment (not only for contact details)."""
    return a.has(incident, *DEBT_TAGS, *DISCLOSURE_TAGS)


def _locate_only(a: Analysis, incident: Incident) -> bool:
    return not _asked_for_debt(a, incident) and not incident.to.asked_to_stop


def _third_parties(a: Analysis) -> list[Incident]:
    """Contacts that reached a third party in private (posts and groups are public notices)."""
    return [i for i in a.third_party() if not public(i)]


def third_party(a: Analysis) -> list[Hit | Ask] | None:
    """§14 I(4): no collection through a third party. The exception (§14 I(5)): a contact that
    only seeks the debtor's contact details, when the debtor could not be reached."""
    case = a.case
    if regulated(case) is None:
        return None
    demands, locate = [], []
    for i in _third_parties(a):
        (locate if _locate_only(a, i) else demands).append(i)
    out: list[Hit | Ask] = _narrated(a)
    found = list(demands)
    if locate and case.debtor_reachable is True:
        found += locate  # the debtor could be reached: no need to ask anyone else
    elif locate and case.debtor_reachable is None:
        out.append(Ask(f"催收方聯絡第三人（{ref(locate)}）時，能否直接聯絡到您本人（例如您的電話"
                       "仍可接通）？如可以，為探尋聯絡方式而聯絡第三人之例外即不適用。",
                       would_cite=(c.OUT_14_1_4,), incidents=[i.id or "" for i in locate]))
    if found:
        out.append(_third_party_hit(a, found, bool(locate)))
    return [x for x in out if x is not None] or None


def _narrated(a: Analysis) -> list[Hit | Ask]:
    """The complainant's account of a contact that reached someone else (打給我媽媽，說我欠錢),
    recorded as a contact with the debtor: who it reached is asked, never guessed."""
    narrated = [i for i in a.incidents if not i.verbatim and i.to.relation == Relation.debtor
                and a.has(i, "third_party_contact", "contact_narrated")]
    if not narrated:
        return []
    return [Ask(f"{ref(narrated)}的內容提到催收方聯絡了您的家人、同事或其他人。"
                "這次聯絡的對象是誰？請將聯絡對象記為該人（及其電話），才能認定"
                "透過第三人催討。", would_cite=(c.OUT_14_1_4,),
                incidents=[i.id or "" for i in narrated])]


def _third_party_hit(a: Analysis, found: list[Incident], locate: bool) -> Hit | None:
    """The contacts with third parties that broke §14 I(4): how many people, who, whether
    the debt was spoken of, and whether they had asked to be left alone. ``locate``: some
    contacts only sought my contact details (while I could be reached)."""
    case = a.case
    found.sort(key=lambda i: i.time)
    people = {(str(i.to.relation), i.to.name, i.to.number) for i in found}
    labels = "、".join(sorted({relation_label(i) for i in found}))
    told = [i for i in found if _asked_for_debt(a, i)]
    stopped = [i for i in found if i.to.asked_to_stop]
    parts = [f"催收方{len(found)}次聯絡債務人及保證人以外之第三人，涉及{len(people)}人"
             f"（{labels}）"]
    if told:
        parts.append(f"其中{len(told)}次提及本人債務或要求代為清償")
    if stopped:
        parts.append(f"{len(stopped)}次係於該第三人要求停止聯絡後")
    if locate and case.debtor_reachable is True:
        parts.append("催收方當時可直接聯絡本人，並無探尋聯絡方式之必要")
    cites = regulation(case, found, [c.OUT_14_1_4], card=[c.CARD_51_2])
    if cites and told:
        cites.append(c.PDPA_20)
    if cites:
        cites.append(c.FSC_2012)
    return hit(found, "，".join(parts) + "。", cites)


def location_contact(a: Analysis) -> Hit | None:
    """§14 I(5): a contact made only to find the debtor must say who calls and why."""
    case = a.case
    if regulated(case) is None or case.debtor_reachable is True:
        return None
    found, faults = [], set()
    for i in _third_parties(a):
        if not (_locate_only(a, i) or a.has(i, LOCATION_INQUIRY_TAG)) or _asked_for_debt(a, i):
            continue
        missing = [text for tag, text in LOCATION_BREACH_TAGS.items() if a.has(i, tag)]
        if missing:
            found.append(i)
            faults.update(missing)
    if not found:
        return None
    return hit(found, f"催收方為探尋債務人聯絡方式而聯絡第三人{len(found)}次，"
               f"但{'、'.join(sorted(faults))}。", regulation(case, found, [c.OUT_14_1_5]))


def postcard_envelope(a: Analysis) -> Hit | None:
    case = a.case
    if regulated(case) is None:
        return None
    found = [i for i in a.incidents if i.channel in (Medium.letter, Medium.other)
             and a.has(i, "postcard", "envelope_marking")]
    if not found:
        return None
    return hit(found, f"催收方{len(found)}次使用明信片，或於信封上以文字、符號使第三人得知"
               "本人之債務或隱私。", regulation(case, found, [c.OUT_14_3_2]))


def _public_notice(a: Analysis, incident: Incident) -> bool:
    """A notice, post or group message that let others know of the debt. The case may record
    a notice as such (the tag ``public_notice`` without words); words like 張貼 in a message
    to the debtor only threaten one."""
    recorded = "public_notice" in a.tags(incident) and not a.words(incident, "public_notice")
    return public(incident) is not False and (recorded or (
        bool(public(incident)) and a.has(incident, *DEBT_TAGS, *DISCLOSURE_TAGS)))


def public_notice(a: Analysis) -> Hit | None:
    found = [i for i in a.incidents if _public_notice(a, i)]
    if not found:
        return None
    cites = [c.PDPA_20, *regulation(a.case, found, [c.OUT_14_3_3])]
    return hit(found, f"催收方{len(found)}次以公告、張貼、網路發布、群組訊息或類似方式，使第三人"
               "得知本人之債務。", cites)


def lunar_new_year(a: Analysis) -> Hit | None:
    if regulated(a.case) != "fi":
        return None
    found = []
    for i in a.incidents:
        if i.channel not in (*_CONTACT_CHANNELS, Medium.letter) or a.has(i, "following"):
            continue
        day = a.local_day(i)
        window = LUNAR_NEW_YEAR_PAUSE.get(day.year)
        if window and window[0] <= day <= window[1]:
            found.append(i)
    if not found:
        return None
    years = sorted({a.local_day(i).year for i in found})
    spans = "、".join(f"{y}年{LUNAR_NEW_YEAR_PAUSE[y][0].month}月{LUNAR_NEW_YEAR_PAUSE[y][0].day}日"
                     f"至{LUNAR_NEW_YEAR_PAUSE[y][1].month}月{LUNAR_NEW_YEAR_PAUSE[y][1].day}日"
                     for y in years)
    return hit(found, f"催收方於銀行公會宣布之春節暫停催收期間（{spans}）催收{len(found)}次。"
               "此為業界自律措施，並非法律規定。", [c.BANKERS_LUNAR])


__all__ = ["disruption", "hours", "location_contact", "lunar_new_year",
           "persistent", "postcard_envelope", "public_notice", "third_party"]
