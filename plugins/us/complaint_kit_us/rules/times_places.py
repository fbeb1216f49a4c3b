"""The US checks of when and where I was contacted: hours, times, places, work."""

from __future__ import annotations

import re
from datetime import time
from zoneinfo import ZoneInfo

from complaint_kit.api import (
    Analysis,
    Ask,
    Element,
    Hit,
    Incident,
    as_date,
    fact_date,
    local_day,
)

from .. import citations as c
from .common import (
    consumer_contacts,
    fact_time,
    given,
    ids,
    local,
    plural,
    times,
    us_date,
)

_WORK = re.compile(r"\b(?:work|office|job|workplace|employer|shift)\b", re.IGNORECASE)


_UNUSUAL_PLACE = re.compile(r"\b(?:hospital|funeral|church|mosque|synagogue|temple|courthouse|"
                            r"clinic)\b", re.IGNORECASE)


# 1692c(a)(1): convenient is after 8 a.m. and before 9 p.m., local time at the consumer's
# location. Where the case gives no time zone, a time with an offset is read in each of these.
US_ZONES = ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu")


_OPEN, _CLOSE = time(8), time(21)


def _night(t: time) -> bool:
    return t < _OPEN or t >= _CLOSE


# --- US-HOURS ------------------------------------------------------------------------------------

def _clock(a: Analysis, i: Incident) -> list[time]:
    """The consumer's local clock time of a contact: one, or one per US zone when unknown."""
    if a.case.timezone or i.time.tzinfo is None:
        return [local(a.case, i).time()]
    return [i.time.astimezone(ZoneInfo(z)).time() for z in US_ZONES]


def hours(a: Analysis) -> list[Hit | Ask] | None:
    contacts = [i for i in consumer_contacts(a) if not i.consented]
    found = [i for i in contacts if all(_night(t) for t in _clock(a, i))]
    maybe = [i for i in contacts if i not in found and any(_night(t) for t in _clock(a, i))]
    out: list[Hit | Ask] = []
    if found:
        where = f" ({a.case.timezone})" if a.case.timezone else ""
        element = Element("a communication or attempt before 8 a.m. or after 9 p.m. local time "
                          "at the consumer's location, without the consumer's prior consent",
                          f"{plural(len(found), 'contact')} at {times(a.case, found)}"
                          + (f" ({a.case.timezone})" if a.case.timezone else ""), ids(found))
        out.append(Hit(ids(found), f"{plural(len(found), 'contact')} or attempted contacts came "
                       f"before 8 a.m. or after 9 p.m. local time where I live{where}, without my "
                       f"prior consent: {times(a.case, found)}.",
                       elements={c.FDCPA_1692C_A1: [element], c.REGF_6B1I: [element]}))
    if maybe:
        out.append(Ask("In which time zone do you live (e.g. America/Chicago)? Whether a call "
                       "came before 8 a.m. or after 9 p.m. depends on the local time where you "
                       "live, not on the caller's.", (c.FDCPA_1692C_A1, c.REGF_6B1I), ids(maybe)))
    return out or None


# --- US-DESIGNATED-INCONVENIENT ------------------------------------------------------------------

def _at_work(a: Analysis, i: Incident) -> bool:
    return given(i, "at_work") or bool(i.location and _WORK.search(i.location))


def designated(a: Analysis) -> Hit | None:
    found: dict[str, Incident] = {}
    notes = []
    for hit, note in [*_inconvenient_times(a), *_inconvenient_places(a)]:
        found.update((x.id or "", x) for x in hit)
        notes.append(note)
    if not found:
        return None
    return Hit(ids(sorted(found.values(), key=lambda i: i.time)), " ".join(notes))


def _inconvenient_times(a: Analysis) -> list[tuple[list[Incident], str]]:
    """For each time of day the consumer said is inconvenient, the contacts made in it later,
    and the sentence saying so."""
    case = a.case
    out = []
    for d in case.facts.get("inconvenient_time_designations") or []:
        if not isinstance(d, dict):
            continue
        since, start, end = as_date(d.get("since")), fact_time(d.get("from")), \
            fact_time(d.get("to"))
        if since is None or start is None or end is None:
            continue
        hit = [i for i in consumer_contacts(a) if local(case, i).date() > since
               and _within(local(case, i).time(), start, end) and not i.consented]
        if hit:
            out.append((hit, f"On {us_date(since)} I told the collector that {start:%H:%M}–"
                             f"{end:%H:%M} is inconvenient; it still contacted me then "
                             f"{plural(len(hit), 'time')} ({times(case, hit)})."))
    return out


def _within(at, start, end) -> bool:
    """Whether a time of day falls from ``start`` to before ``end`` (across midnight when
    ``end`` comes first)."""
    return start <= at < end if start < end else (at >= start or at < end)


def _inconvenient_places(a: Analysis) -> list[tuple[list[Incident], str]]:
    """For each place the consumer said is inconvenient, the contacts made there later, and
    the sentence saying so."""
    case = a.case
    out = []
    for d in case.facts.get("inconvenient_place_designations") or []:
        if not isinstance(d, dict) or not d.get("place"):
            continue
        since = as_date(d.get("since"))
        place = str(d["place"]).lower()
        hit = [i for i in consumer_contacts(a) if since and local_day(case, i) > since
               and not i.consented and _at_place(a, i, place)]
        if hit:
            out.append((hit, f"On {us_date(since)} I told the collector not to contact me at "
                             f"{d['place']}; it did so {plural(len(hit), 'time')} "
                             f"({times(case, hit)})."))
    return out


def _at_place(a: Analysis, i: Incident, place: str) -> bool:
    """Whether the contact reached the consumer at the place (by its location, or at work)."""
    return bool((i.location and place in i.location.lower())
                or (place in ("work", "workplace") and _at_work(a, i)))


# --- US-PLACE ------------------------------------------------------------------------------------

def place(a: Analysis) -> Hit | None:
    found = [i for i in consumer_contacts(a) if not i.consented and (
        given(i, "unusual_place", "inconvenient_place")
        or (i.location and _UNUSUAL_PLACE.search(i.location)))]
    if not found:
        return None
    where = sorted({i.location for i in found if i.location})
    return Hit(ids(found), f"{plural(len(found), 'contact')} reached me at an unusual or "
               f"inconvenient place" + (f" ({', '.join(where)})" if where else "") + ".")


# --- US-WORKPLACE --------------------------------------------------------------------------------

def workplace(a: Analysis) -> Hit | None:
    case = a.case
    since = fact_date(case, "employer_prohibits_contact_date")
    if since is None:
        return None
    found = [i for i in consumer_contacts(a) if local_day(case, i) > since and _at_work(a, i)
             and not i.consented]
    if not found:
        return None
    return Hit(ids(found), f"On {us_date(since)} the collector was told that my employer does "
               f"not allow such calls, yet it contacted me at work {plural(len(found), 'time')} "
               f"({times(case, found)}).")
