"""The US checks of how often I was contacted: harassment, calls in 7 days, texts."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from itertools import islice, pairwise

from complaint_kit.api import (
    Analysis,
    Element,
    Hit,
    Incident,
    Medium,
    local_day,
)

from .. import citations as c
from .common import (
    ELECTRONIC,
    NOT_CONNECTED_TAGS,
    given,
    ids,
    is_third_party,
    local,
    person_key,
    person_label,
    plural,
    quote,
    said,
    saying,
    times,
    us_date,
    us_time,
)
from .third_parties import asked_location

# --- US-HARASS -----------------------------------------------------------------------------------

def harass(a: Analysis) -> list[Hit] | None:
    hits = []
    visits = saying(a, "threat_visit")
    if visits:
        soon = [i for i in visits if said(a, i, "visit_soon")]
        urgent = "; ".join(
            f"on {us_time(local(a.case, i))} the collector announced a visit "
            + ("(“" + "”, “".join(a.quotable_words([i], "threat_visit", "visit_soon")) + "”)"
               if i.verbatim else "for " + ", ".join(a.words(i, "visit_soon")))
            for i in soon)
        hits.append(Hit(ids(visits), f"{plural(len(visits), 'contact')} threatened to come to "
                        f"my home or work{quote(a, visits, 'threat_visit')} "
                        f"({times(a.case, visits)}): conduct whose natural consequence is to "
                        f"harass, oppress or abuse.",
                        urgent=(f"A visit was announced as imminent: {urgent}." if soon else "")))
    stopped = [i for i in a.incidents if is_third_party(a.case, i) and i.to.asked_to_stop
               and not asked_location(a, i)]
    if stopped:
        people = sorted({person_label(i) for i in stopped})
        hits.append(Hit(ids(stopped), f"The collector kept contacting "
                        f"{'; '.join(people)} after being asked to stop: "
                        f"{plural(len(stopped), 'contact')} ({times(a.case, stopped)})."))
    other = [i for i in a.incidents if given(i, "harassment")]
    if other:
        hits.append(Hit(ids(other), f"{plural(len(other), 'contact')} that I describe as "
                        f"harassment ({times(a.case, other)})."))
    return hits or None


# --- US-FREQ-CALLS -------------------------------------------------------------------------------

def _counted_calls(a: Analysis) -> dict[str, list[Incident]]:
    """Calls placed to each person, oldest first, answered or not, leaving out those
    1006.14(b)(3) excludes (placed with consent; not connected: busy, not in service)."""
    calls: dict[str, list[Incident]] = defaultdict(list)
    for i in a.incidents:
        if i.channel == Medium.call and not i.consented and not given(i, *NOT_CONNECTED_TAGS):
            calls[person_key(i)].append(i)
    return calls


def seven_day_windows(a: Analysis) -> list[dict]:
    """Each run of more than seven calls to one person within seven consecutive days."""
    case = a.case
    out = []
    for items in _counted_calls(a).values():
        days = [local_day(case, i) for i in items]
        seen_end = None
        end = 0
        for n, start in enumerate(days):  # two pointers: linear in the number of calls
            end = max(end, n)
            while end + 1 < len(days) and days[end + 1] <= start + timedelta(days=6):
                end += 1
            window = items[n:end + 1]
            if len(window) > 7 and (seen_end is None or days[end] > seen_end):
                seen_end = days[end]
                out.append({"person": person_label(items[n]), "start": start,
                            "end": start + timedelta(days=6), "calls": len(window),
                            "answered": sum(1 for i in window if i.answered is True),
                            "incidents": ids(window)})
    return out


def _conversation(i: Incident) -> bool:
    """A call that was answered (the reference says nothing of automated calls here)."""
    return i.answered is True


def after_conversation(a: Analysis) -> list[tuple[Incident, list[Incident]]]:
    case = a.case
    out = []
    for items in _counted_calls(a).values():
        last_end = None
        for n, talk in enumerate(items):
            if not _conversation(talk) or (last_end and talk.time <= last_end):
                continue
            limit = local_day(case, talk) + timedelta(days=6)
            later = []
            for i in islice(items, n + 1, None):
                if local_day(case, i) > limit:
                    break
                later.append(i)
            if later:
                out.append((talk, later))
                last_end = later[-1].time
    return out


def _aggravating(a: Analysis) -> list[str]:
    notes = []
    for items in _counted_calls(a).values():
        unanswered = [i for i in items if i.answered is False]
        quick = sum(1 for x, y in pairwise(unanswered) if y.time - x.time <= timedelta(minutes=5))
        if quick:
            notes.append(f"{plural(quick, 'pair')} of unanswered calls to "
                         f"{person_label(items[0])} came within five minutes of each other")
        per_day: dict = defaultdict(int)
        for i in items:
            per_day[local_day(a.case, i)] += 1
        heavy = sorted((d, n) for d, n in per_day.items() if n >= 7)
        if heavy:
            notes.append(f"seven or more calls a day to {person_label(items[0])}: "
                         + ", ".join(f"{n} on {us_date(d)}" for d, n in heavy))
    return notes


_FREQ_CITES = [c.REGF_14B, c.FDCPA_1692D_5, c.REGF_14B3, c.COMMENT_14B3II_1, c.COMMENT_14B4_1II]


def freq_calls(a: Analysis) -> list[Hit] | None:
    case = a.case
    hits = []
    windows = seven_day_windows(a)
    if windows:
        text = "; ".join(f"{w['calls']} calls to {w['person']} between {us_date(w['start'])} and "
                         f"{us_date(w['end'])} ({w['answered']} answered)" for w in windows)
        elements = [Element("more than seven calls to one person within seven consecutive "
                            "days", f"{w['calls']} calls to {w['person']} from "
                            f"{us_date(w['start'])} to {us_date(w['end'])}", w["incidents"])
                    for w in windows]
        hits.append(Hit([x for w in windows for x in w["incidents"]],
                        f"More than seven calls within seven consecutive days: {text}. Every "
                        f"call placed counts, including those that rang unanswered or went to "
                        f"voicemail.", _FREQ_CITES, elements={c.REGF_14B: elements}))
    after = after_conversation(a)
    if after:
        text = "; ".join(f"after a telephone conversation with {person_label(talk)} on "
                         f"{us_time(local(case, talk))}, "
                         f"{plural(len(later), 'more call')} by "
                         f"{us_date(local_day(case, talk) + timedelta(days=6))} "
                         f"({times(case, later, 3)})" for talk, later in after)
        elements = [Element("a call within seven days after a telephone conversation with the "
                            "person (the day of the conversation is day one)",
                            f"conversation with {person_label(talk)} on "
                            f"{us_time(local(case, talk))}, then {plural(len(later), 'call')} "
                            f"by {us_date(local_day(case, talk) + timedelta(days=6))}",
                            ids([talk, *later])) for talk, later in after]
        hits.append(Hit([x for talk, later in after for x in ids([talk, *later])],
                        f"Calls within seven days after a telephone conversation (the day of the "
                        f"conversation counts as day one): {text}.",
                        [c.REGF_14B, c.FDCPA_1692D_5, c.REGF_14B3, c.COMMENT_14B4_1II],
                        elements={c.REGF_14B: elements}))
    if not hits:
        return None
    if notes := _aggravating(a):
        hits.append(Hit((), "Also: " + "; ".join(notes) + ".",
                        [c.REGF_14B, c.FDCPA_1692D_5, c.COMMENT_REBUTTAL]))
    return hits


# --- US-TEXTS ------------------------------------------------------------------------------------

# The commentary says "numerous ... per day for several consecutive days" and gives no number.
# Three or more a day on three or more consecutive days is the kit's screening choice, not law.
TEXTS_PER_DAY = 3


TEXT_DAYS = 3


def texts(a: Analysis) -> Hit | None:
    """Per person reached: TEXTS_PER_DAY or more on TEXT_DAYS or more consecutive days."""
    people: dict[str, dict] = defaultdict(lambda: defaultdict(list))
    for i in a.incidents:
        if i.channel in ELECTRONIC and not i.consented:
            people[person_key(i)][local_day(a.case, i)].append(i)
    found: list[Incident] = []
    spans = []
    for per_day in people.values():
        busy = sorted(d for d, items in per_day.items() if len(items) >= TEXTS_PER_DAY)
        runs, run = [], []
        for d in busy:
            if run and d - run[-1] != timedelta(days=1):
                runs.append(run)
                run = []
            run.append(d)
        runs.append(run)
        for r in (r for r in runs if len(r) >= TEXT_DAYS):
            items = [i for d in r for i in per_day[d]]
            found += items
            spans.append(f"{len(items)} to {person_label(items[0])} from {us_date(r[0])} to "
                         f"{us_date(r[-1])}")
    if not found:
        return None
    return Hit(ids(sorted(found, key=lambda i: i.time)),
               f"{len(found)} text or electronic messages, {TEXTS_PER_DAY} or more a day on "
               f"{TEXT_DAYS} or more consecutive days ({'; '.join(spans)}).")
