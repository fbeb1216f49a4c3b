"""The pattern of contacts in a case: per day, at night, third parties reached, numbers used.

Rules and the harassment report both read this; it knows no jurisdiction beyond the contact
hours that the jurisdiction declares.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .case import Case, Channel, Incident
from .jurisdiction import Jurisdiction


@dataclass
class DayCount:
    day: date
    total: int
    night: int
    by_channel: dict[str, int]


@dataclass
class ThirdParty:
    relation: str
    name: str | None
    number: str | None
    contacts: int


@dataclass
class RedialRun:
    """Unanswered calls to one person in quick succession: the collector redialling."""

    target: str  # the number called, or the relation called when no number is recorded
    start: datetime  # local
    end: datetime
    calls: int
    numbers: list[str]  # the numbers the calls came from (collectors rotate them)
    incidents: list[str]


# A redial run: at least REDIAL_MIN unanswered calls to one person, each within REDIAL_GAP of
# the one before. The kit's own screening choice to make the pattern visible, not a legal test.
REDIAL_GAP = timedelta(minutes=15)
REDIAL_MIN = 3


@dataclass
class Pattern:
    total: int
    first: datetime | None
    last: datetime | None
    days: list[DayCount]
    night: list[str]  # incident ids
    third_parties: list[ThirdParty]
    numbers: list[str]  # distinct numbers and accounts the contacts came from
    by_channel: dict[str, int]
    max_per_day: int
    unanswered_calls: int = 0
    redial_runs: list[RedialRun] = field(default_factory=list)
    tags: dict[str, int] = field(default_factory=dict)  # tag -> incidents carrying it
    notes: list[str] = field(default_factory=list)

    @property
    def active_days(self) -> int:
        return len(self.days)


def is_night(case: Case, jurisdiction: Jurisdiction, incident: Incident) -> bool:
    return jurisdiction.is_night(case.local_time(incident).time())


def redial_runs(case: Case, gap: timedelta = REDIAL_GAP,
                minimum: int = REDIAL_MIN) -> list[RedialRun]:
    """Runs of unanswered calls to the same person, longest first, then by time."""
    calls: dict[str, list[Incident]] = defaultdict(list)
    for i in sorted(case.incidents, key=lambda i: i.time):
        if i.channel == Channel.call and i.answered is False:
            calls[i.to.number or str(i.to.relation)].append(i)
    runs = []
    for target, items in calls.items():
        current = [items[0]]
        for incident in [*items[1:], None]:
            if incident is not None and incident.time - current[-1].time <= gap:
                current.append(incident)
                continue
            if len(current) >= minimum:
                runs.append(RedialRun(
                    target, case.local_time(current[0]), case.local_time(current[-1]),
                    len(current), sorted({i.from_number for i in current if i.from_number}),
                    [i.id or "" for i in current]))
            if incident is not None:
                current = [incident]
    return sorted(runs, key=lambda r: (-r.calls, r.start))


def analyse(case: Case, jurisdiction: Jurisdiction) -> Pattern:
    incidents = sorted(case.incidents, key=lambda i: i.time)
    per_day: dict[date, list[Incident]] = defaultdict(list)
    for incident in incidents:
        per_day[case.local_time(incident).date()].append(incident)
    days = [DayCount(day, len(items), sum(is_night(case, jurisdiction, i) for i in items),
                     dict(Counter(str(i.channel) for i in items)))
            for day, items in sorted(per_day.items())]
    reached: dict[tuple, ThirdParty] = {}
    for incident in incidents:
        target = incident.to
        if target.relation.is_third_party:
            key = (str(target.relation), target.name, target.number)
            party = reached.setdefault(key, ThirdParty(str(target.relation), target.name,
                                                       target.number, 0))
            party.contacts += 1
    numbers = sorted({i.from_number for i in incidents if i.from_number})
    return Pattern(
        total=len(incidents),
        first=case.local_time(incidents[0]) if incidents else None,
        last=case.local_time(incidents[-1]) if incidents else None,
        days=days,
        night=[i.id or "" for i in incidents if is_night(case, jurisdiction, i)],
        third_parties=list(reached.values()),
        numbers=numbers,
        by_channel=dict(Counter(str(i.channel) for i in incidents)),
        max_per_day=max((d.total for d in days), default=0),
        unanswered_calls=sum(1 for i in incidents if i.channel == Channel.call
                             and i.answered is False),
        redial_runs=redial_runs(case),
        tags=dict(Counter(t for i in incidents for t in dict.fromkeys(i.tags)).most_common()),
    )
