"""The pattern of contacts in a case: per day, at night, third parties reached, numbers used.

Rules and the harassment report both read this; it knows no jurisdiction beyond the contact
hours that the jurisdiction declares.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

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
    notes: list[str] = field(default_factory=list)

    @property
    def active_days(self) -> int:
        return len(self.days)


def is_night(case: Case, jurisdiction: Jurisdiction, incident: Incident) -> bool:
    return jurisdiction.is_night(case.local_time(incident).time())


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
    )
