"""Which incidents each Hong Kong rule is about, shared by checks, citing and documents."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from complaint_kit.api import Analysis, Incident, Medium, fact_date, redial_runs

from .matching import (
    ANONYMOUS,
    ARREST,
    CLAIMS_THIRD_PARTY,
    COURT_PAPERS,
    DEBT,
    DOXXING_FROM,
    FALSE_NAME,
    IMPERSONATION,
    INJURY,
    INSULT,
    OBSCENE,
    PERSISTENT_PER_DAY,
    PERSISTENT_PER_WEEK,
    PERSONAL_DATA,
    PHONE,
    POSTER,
    VEILED,
    ids,
    late,
    shown_to_many,
    to_person,
    visit,
)


def target_key(i: Incident) -> str:
    return i.to.number or f"{i.to.relation}:{i.to.name or ''}"


def find_late_calls(a: Analysis) -> list[Incident]:
    return [i for i in a.incidents
            if i.channel == Medium.call and not i.consented and late(a.case, i)]


def find_persistent(a: Analysis) -> tuple[list[Incident], int, list]:
    """The calls that make the pattern (many to one person in a day or in seven days, or
    redialled in runs), the most to one person in a day, and the runs."""
    calls = [i for i in a.incidents if i.channel == Medium.call]
    chosen: dict[str, Incident] = {}
    per_day: dict[tuple, list[Incident]] = defaultdict(list)
    per_target: dict[str, list[Incident]] = defaultdict(list)
    for i in calls:
        per_day[(a.local_day(i), target_key(i))].append(i)
        per_target[target_key(i)].append(i)
    for items in per_day.values():
        if len(items) >= PERSISTENT_PER_DAY:
            chosen.update((i.id or "", i) for i in items)
    for items in per_target.values():
        chosen.update((i.id or "", i) for i in _in_busy_weeks(items))
    runs = redial_runs(a.case)
    by_id = {i.id: i for i in a.incidents}
    for run in runs:
        chosen.update((x, by_id[x]) for x in run.incidents if x in by_id)
    found = sorted(chosen.values(), key=lambda i: i.time)
    busiest = max((len(v) for k, v in per_day.items()
                   if any(i.id in chosen for i in v)), default=0)
    return found, busiest, runs


def _in_busy_weeks(items: list[Incident]) -> list[Incident]:
    """The calls (to one person, in time order) in any seven days that hold
    PERSISTENT_PER_WEEK of them or more."""
    busy: list[Incident] = []
    start = 0
    for end in range(len(items)):
        while items[end].time - items[start].time >= timedelta(days=7):
            start += 1
        if end - start + 1 >= PERSISTENT_PER_WEEK:
            busy += items[start:end + 1]
    return busy


def find_third_party(a: Analysis) -> tuple[list[Incident], list[Incident], list[Incident]]:
    """(contacts with third persons that break the rules, verbatim claims to the debtor that
    others were or will be told, contacts whose purpose turns on whether I was reachable)."""
    contacts = [i for i in a.incidents if to_person(i)]
    counts: dict[str, int] = defaultdict(int)
    for i in contacts:
        counts[target_key(i)] += 1
    reachable = a.case.debtor_reachable
    wrong, open_ = [], []
    for i in contacts:
        recovery = a.has(i, *DEBT)  # the debt spoken of: recovery through them, not tracing
        pestering = counts[target_key(i)] >= 2 or bool(i.to.asked_to_stop)
        if recovery or pestering or reachable is True:
            wrong.append(i)
        elif reachable is None:
            open_.append(i)
    claims = [i for i in a.incidents if not i.to.relation.is_third_party and i.verbatim
              and a.has(i, *CLAIMS_THIRD_PARTY)]
    return wrong, claims, open_


def find_humiliating(a: Analysis) -> list[Incident]:
    return [i for i in a.incidents
            if (shown_to_many(i) and a.has(i, *DEBT, *POSTER, *PERSONAL_DATA))
            or (i.channel in (Medium.visit, Medium.letter, Medium.other)
                and a.has(i, *POSTER) and i.to.relation.is_third_party)]


def find_threats(a: Analysis) -> tuple[list[Incident], list[Incident]]:
    injury = a.tagged(*INJURY)
    other = [i for i in a.tagged(*VEILED, *visit(a)) if i not in injury]
    return injury, other


def find_abuse(a: Analysis) -> list[Incident]:
    injury, other = find_threats(a)
    return [i for i in a.tagged(*INSULT, *OBSCENE) if i not in injury and i not in other]


def find_false_identity(a: Analysis) -> list[Incident]:
    return a.tagged(*FALSE_NAME, *ANONYMOUS)


def find_misleading(a: Analysis) -> tuple[list[Incident], list[Incident]]:
    found = [i for i in a.incidents if a.has(i, *IMPERSONATION, *ARREST)
             or (a.has(i, *COURT_PAPERS) and i.verified_false)]
    unchecked = [i for i in a.tagged(*COURT_PAPERS) if i not in found]
    return found, unchecked


def find_doxxing_candidates(a: Analysis) -> list[Incident]:
    return [i for i in a.incidents
            if (shown_to_many(i) or to_person(i)) and a.has(i, *PERSONAL_DATA)
            and a.local_day(i) >= DOXXING_FROM]


def find_doxxing(a: Analysis) -> list[Incident]:
    """The disclosures that meet every element of s.64(3A), when the case holds them all."""
    found = find_doxxing_candidates(a)
    if not found or a.fact("disclosure_consented") is not False:
        return []
    return found if any(a.has(i, *DEBT, *POSTER) for i in found) else []


def find_confidential(a: Analysis) -> list[Incident]:
    doxxed = set(ids(find_doxxing(a)))
    return [i for i in a.incidents
            if (to_person(i) or shown_to_many(i)) and a.has(i, *DEBT)
            and (i.id or "") not in doxxed]


def find_after_bankruptcy(a: Analysis) -> list[Incident]:
    since = fact_date(a.case, "adjudged_bankrupt_on")
    if since is None:
        return []
    return [i for i in a.incidents if a.local_day(i) > since]


def misleading_known_false(a: Analysis) -> bool:
    return any(i.channel in PHONE and (a.has(i, *IMPERSONATION) or i.verified_false)
               for i in find_misleading(a)[0])
