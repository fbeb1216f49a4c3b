"""The analysis of a case that rules read, and the pattern of contacts the harassment report
shows: per day, at night, third parties reached, numbers used.

It knows no jurisdiction beyond the contact hours that the jurisdiction declares and the
classifiers that plugins register.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from complaint_kit.assess.tagging import Tagger
from complaint_kit.model.case import Case, Incident, InstitutionType, Medium
from complaint_kit.model.jurisdiction import Jurisdiction


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


def is_night(case: Case, jurisdiction: Jurisdiction, incident: Incident) -> bool:
    return jurisdiction.is_night(case.local_time(incident).time())


def redial_runs(case: Case, gap: timedelta = REDIAL_GAP,
                minimum: int = REDIAL_MIN) -> list[RedialRun]:
    """Runs of unanswered calls to the same person, longest first, then by time."""
    calls: dict[str, list[Incident]] = defaultdict(list)
    for i in sorted(case.incidents, key=lambda i: i.time):
        if i.channel == Medium.call and i.answered is False:
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
    days = _day_counts(case, jurisdiction, incidents)
    return Pattern(
        total=len(incidents),
        first=case.local_time(incidents[0]) if incidents else None,
        last=case.local_time(incidents[-1]) if incidents else None,
        days=days,
        night=[i.id or "" for i in incidents if is_night(case, jurisdiction, i)],
        third_parties=_third_parties(incidents),
        numbers=sorted({i.from_number for i in incidents if i.from_number}),
        by_channel=dict(Counter(str(i.channel) for i in incidents)),
        max_per_day=max((d.total for d in days), default=0),
        unanswered_calls=sum(1 for i in incidents if i.channel == Medium.call
                             and i.answered is False),
        redial_runs=redial_runs(case),
        tags=dict(Counter(t for i in incidents for t in dict.fromkeys(i.tags)).most_common()),
    )


def _day_counts(case: Case, jurisdiction: Jurisdiction, incidents: list[Incident]
                ) -> list[DayCount]:
    """Each local day with incidents: how many, how many at night, and by channel."""
    per_day: dict[date, list[Incident]] = defaultdict(list)
    for incident in incidents:
        per_day[case.local_time(incident).date()].append(incident)
    return [DayCount(day, len(items), sum(is_night(case, jurisdiction, i) for i in items),
                     dict(Counter(str(i.channel) for i in items)))
            for day, items in sorted(per_day.items())]


def _third_parties(incidents: list[Incident]) -> list[ThirdParty]:
    """Each third party reached, with how many contacts reached them, in order of the first."""
    reached: dict[tuple, ThirdParty] = {}
    for incident in incidents:
        target = incident.to
        if target.relation.is_third_party:
            key = (str(target.relation), target.name, target.number)
            party = reached.setdefault(key, ThirdParty(str(target.relation), target.name,
                                                       target.number, 0))
            party.contacts += 1
    return list(reached.values())


class Analysis:
    """Everything a rule reads about a case, built once by the core before the rules run.

    Every incident, typed, pasted or imported, is tagged here by the classifiers of the case's
    language, on top of the tags the case gives it; rules read the tags, never the raw text, so
    negation and reported speech are handled in one place (the classifiers). The words that led
    to a tag are its reasons; only those of verbatim incidents may be quoted.
    """

    def __init__(self, case: Case, jurisdiction: Jurisdiction, tagger: Tagger | None = None):
        self.case = case
        self.jurisdiction = jurisdiction
        self.incidents: list[Incident] = sorted(case.incidents, key=lambda i: i.time)
        self._tags: dict[str, dict[str, list[str]]] = {}
        for incident in self.incidents:
            reasons: dict[str, list[str]] = {}
            if tagger and incident.content:
                reasons.update(tagger.tag(incident.content).reasons)
            for given in incident.tags:  # given by the user or an earlier import: no words
                reasons.setdefault(given.strip().lower(), [])
            self._tags[incident.id or ""] = reasons

    # --- Tags ------------------------------------------------------------------------------------

    def tags(self, incident: Incident) -> dict[str, list[str]]:
        """Tag -> the words that led to it (empty for a tag the case gives)."""
        return self._tags.get(incident.id or "", {})

    def has(self, incident: Incident, *tags: str) -> bool:
        found = self.tags(incident)
        return any(t in found for t in tags)

    def tagged(self, *tags: str, among: Iterable[Incident] | None = None) -> list[Incident]:
        """The incidents (of ``among``, default all) carrying any of ``tags``, in time order."""
        return [i for i in (self.incidents if among is None else among) if self.has(i, *tags)]

    def words(self, incident: Incident, *tags: str) -> list[str]:
        found = self.tags(incident)
        return list(dict.fromkeys(w for t in tags for w in found.get(t, ())))

    def quotable_words(self, incidents: Iterable[Incident], *tags: str) -> list[str]:
        """The words behind ``tags`` in incidents whose text is the collector's own."""
        return list(dict.fromkeys(w for i in incidents if i.verbatim
                                  for w in self.words(i, *tags)))

    # --- Time --------------------------------------------------------------------------------

    def local_time(self, incident: Incident) -> datetime:
        return self.case.local_time(incident)

    def local_day(self, incident: Incident) -> date:
        return local_day(self.case, incident)

    def is_night(self, incident: Incident) -> bool:
        return is_night(self.case, self.jurisdiction, incident)

    def by_day(self, incidents: Iterable[Incident]) -> dict[date, list[Incident]]:
        days: dict[date, list[Incident]] = defaultdict(list)
        for incident in incidents:
            days[self.local_day(incident)].append(incident)
        return dict(sorted(days.items()))

    # --- Parties and facts ---------------------------------------------------------------------

    @property
    def lender_type(self) -> InstitutionType:
        lender = self.case.lender
        return lender.type if lender else InstitutionType.unknown

    def third_party(self, incidents: Iterable[Incident] | None = None) -> list[Incident]:
        """The contacts that reached someone other than the debtor or a guarantor."""
        return [i for i in (self.incidents if incidents is None else incidents)
                if i.to.relation.is_third_party]

    def fact(self, name: str, default: Any = None) -> Any:
        """A value of ``case.facts`` (answers only one jurisdiction's plugin defines)."""
        return self.case.facts.get(name, default)

    @cached_property
    def pattern(self) -> Pattern:
        return analyse(self.case, self.jurisdiction)


def as_date(value: Any) -> date | None:
    """A date given as a date, a date and time, or text beginning YYYY-MM-DD; else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def fact_date(case: Case, name: str) -> date | None:
    """The case's fact ``name`` as a date (see ``as_date``); None if it is missing or not one."""
    return as_date(case.facts.get(name))


def local_day(case: Case, incident: Incident) -> date:
    """The day an incident happened where the case happens. A time without an offset (in a
    case without a time zone) is the clock time as recorded, kept as it is."""
    if incident.time.tzinfo is None:
        return incident.time.date()
    return case.local_time(incident).date()


def ids(incidents: Sequence[Incident]) -> list[str]:
    """The ids of incidents, for a hit."""
    return [i.id or "" for i in incidents]
