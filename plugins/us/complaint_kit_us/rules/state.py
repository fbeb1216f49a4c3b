"""State overlays keyed on the consumer's state (law-us.md §3.11): California and Massachusetts.

Federal rules are a floor, not a ceiling. Other states are not researched (UNVERIFIED) and have
no rules here.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from complaint_kit.api import Analysis, Ask, Case, Element, Hit, Incident, Medium, local_day

from .. import citations as c
from ..scope import COVERED, consumer_state, scope
from .common import (
    HOUSEHOLD,
    NOT_CONNECTED_TAGS,
    given,
    ids,
    is_consumer,
    local,
    plural,
    times,
)
from .common import us_date as _d


def state(case: Case) -> str:
    return consumer_state(case)


def rosenthal(case: Case, conduct: dict) -> Hit | None:
    """California: the Rosenthal Act makes 1692b–1692j binding on every debt collector,
    including original creditors. ``conduct`` maps rule ids to their hits, found whoever
    collects."""
    if state(case) != "CA" or scope(case).debt_purpose == "business" or not conduct:
        return None
    incidents = list(dict.fromkeys(x for hits in conduct.values() for h in hits
                                   for x in h.incidents))
    creditor = scope(case).collector_type not in COVERED
    text = ("I live in California. The Rosenthal Act requires every debt collector"
            + (", including a creditor collecting its own debt," if creditor else "")
            + " to comply with the federal rules of 15 U.S.C. 1692b to 1692j, which this "
            "conduct appears to break (" + ", ".join(conduct) + ").")
    cites = [c.CA_1788_17, c.CA_1788_30B] + ([c.CA_REACH] if creditor else [])
    return Hit(incidents, text, cites)


def _calls_and_texts(case: Case) -> list[Incident]:
    return sorted((i for i in case.incidents if is_consumer(case, i)
                   and ((i.channel == Medium.call and not given(i, *NOT_CONNECTED_TAGS))
                        or i.channel in (Medium.sms, Medium.im))), key=lambda i: i.time)


def massachusetts(a: Analysis) -> list[Hit] | None:
    case = a.case
    if state(case) != "MA":
        return None
    collector = scope(case).collector_type in COVERED
    hits = [h for h in (_ma_call_cap(case, collector), _ma_visits(case, collector),
                        _ma_household(case)) if h is not None]
    return hits or None


def _over_two_in_seven_days(case: Case) -> list[Incident]:
    """The calls and texts beyond the second within seven days, in time order."""
    items = _calls_and_texts(case)
    over: dict[str, Incident] = {}
    days = [local_day(case, i) for i in items]
    end = 0
    for n, start in enumerate(days):  # two pointers: linear in the number of contacts
        end = max(end, n)
        while end + 1 < len(days) and days[end + 1] <= start + timedelta(days=6):
            end += 1
        if end - n + 1 > 2:
            over.update((x.id or "", x) for x in items[n + 2:end + 1])
    return sorted(over.values(), key=lambda i: i.time)


def _ma_call_cap(case: Case, collector: bool) -> Hit | None:
    """At most two telephone communications in seven days for each debt."""
    found = _over_two_in_seven_days(case)
    if not found:
        return None
    recorded = sum(1 for i in found if i.automated is True)
    cap = c.MA_209_1816 if collector else c.MA_940_704
    element = Element("more than two telephone communications (calls, texts, recorded "
                      "messages) in a seven-day period for each debt",
                      f"{plural(len(found), 'communication')} beyond the second within "
                      f"seven days ({times(case, found)})", ids(found))
    return Hit(ids(found), f"I live in Massachusetts, where at most two telephone "
               f"communications (calls, texts and recorded messages) in seven days are "
               f"allowed for each debt; {plural(len(found), 'communication')} went "
               f"beyond that" + (f", {recorded} of them recorded messages" if recorded
                                 else "") + f" ({times(case, found)}).",
               [cap], elements={cap: [element]})


def _ma_visits(case: Case, collector: bool) -> Hit | None:
    """A collector's visits only from 8 a.m. to 9 p.m., and 30 days apart."""
    visits = sorted((i for i in case.incidents if i.channel == Medium.visit), key=lambda i: i.time)
    bad_visits = [v for n, v in enumerate(visits)
                  if not time(8) <= local(case, v).time() < time(21)
                  or any(local_day(case, v) - local_day(case, p) < timedelta(days=30)
                         for p in visits[:n])]
    if not (bad_visits and collector):
        return None
    return Hit(ids(bad_visits), f"{plural(len(bad_visits), 'visit')} to my home came "
               f"outside 8 a.m.–9 p.m. or within 30 days of an earlier visit "
               f"({times(case, bad_visits)}).", [c.MA_209_1817])


def _ma_household(case: Case) -> Hit | None:
    """Calls to the household only from 8 a.m. to 9 p.m. Eastern time."""
    eastern = ZoneInfo("America/New_York")
    household = [i for i in case.incidents if i.channel == Medium.call
                 and i.to.relation in HOUSEHOLD and not _daytime(
                     i.time.astimezone(eastern) if i.time.tzinfo else i.time)]
    if not household:
        return None
    return Hit(ids(household), f"{plural(len(household), 'call')} to members of my "
               f"household came before 8 a.m. or after 9 p.m. Eastern time "
               f"(first on {_d(local_day(case, household[0]))}).", [c.MA_940_705])


def _daytime(at: datetime) -> bool:
    return time(8) <= at.time() < time(21)


def by_rule(result) -> list[Hit]:
    """A rule's hits, without its questions."""
    if result is None:
        return []
    items = [result] if isinstance(result, Hit | Ask) else list(result)
    return [h for h in items if isinstance(h, Hit)]

