"""Rules about when, where, how often and whom the collector contacted (1692b, 1692c, 1692d;
12 CFR 1006.6, 1006.10, 1006.14, 1006.22)."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import time, timedelta
from itertools import islice, pairwise
from zoneinfo import ZoneInfo

from complaint_kit.api import (
    Analysis,
    Ask,
    Audience,
    Element,
    Hit,
    Incident,
    Medium,
    Relation,
    fact_date,
    local_day,
)

from .. import citations as c
from .common import (
    CHANNEL_WORDS,
    ELECTRONIC,
    NOT_CONNECTED_TAGS,
    consumer_contacts,
    fact_time,
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
        since, start, end = fact_date(_Facts(d), "since"), fact_time(d.get("from")), \
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
        since = fact_date(_Facts(d), "since")
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


class _Facts:
    """Lets fact_date read a designation's own dict."""

    def __init__(self, data: dict):
        self.facts = data


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


# --- US-ATTORNEY ---------------------------------------------------------------------------------

def attorney(a: Analysis) -> Hit | None:
    case, facts = a.case, a.case.facts
    since = fact_date(case, "attorney_notice_date")
    if not facts.get("attorney_represented") or since is None:
        return None
    if facts.get("attorney_consented") or facts.get("attorney_unresponsive"):
        return None
    found = [i for i in consumer_contacts(a) if local_day(case, i) > since]
    if not found:
        return None
    return Hit(ids(found), f"The collector knew from {us_date(since)} that an attorney "
               f"represents me, yet contacted me directly {plural(len(found), 'time')} "
               f"({times(case, found)}).")


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


# --- US-CEASE ------------------------------------------------------------------------------------

def cease(a: Analysis) -> list[Hit | Ask] | None:
    """1692c(c): the duty runs from the collector's receipt of the written request. Without the
    day it arrived, contacts after the day it was sent count, and the day of receipt is asked."""
    case = a.case
    sent = fact_date(case, "written_cease_notice_date")
    if sent is None:
        asked = [i for i in consumer_contacts(a) if i.to.asked_to_stop]
        if asked:
            return [Ask("You had asked the collector to stop contacting you. Did you ask in "
                        "writing? Only a written request obliges a debt collector to stop "
                        "(answer facts.written_cease_notice_date with the day you sent it).",
                        (c.FDCPA_1692C_C,), ids(asked))]
        return None
    received = fact_date(case, "written_cease_notice_received_date")
    since = received or sent
    found = [i for i in consumer_contacts(a) if local_day(case, i) > since
             and not (i.channel == Medium.letter and said(a, i, "cease_exception"))]
    if not found:
        return None
    how = (f"On {us_date(sent)} I asked the collector in writing to stop contacting me"
           + (f"; it received my letter on {us_date(received)}" if received else "") + ".")
    out: list[Hit | Ask] = [Hit(
        ids(found), f"{how} It contacted me {plural(len(found), 'more time')} "
        f"({times(case, found)}), and not only to say that collection was ending or that a "
        f"specific remedy may or will be used.")]
    if received is None:
        out.append(Ask("On what day did the collector receive your written request to stop "
                       "(see the return receipt)? Its duty to stop runs from then "
                       "(answer facts.written_cease_notice_received_date).",
                       (c.FDCPA_1692C_C,), ids(found)))
    return out


# --- US-THIRD-PARTY and US-LOCATION-CONTACT ------------------------------------------------------

def _others(a: Analysis) -> list[Incident]:
    """Contacts with a person other than the consumer (the public is judged apart)."""
    return [i for i in a.incidents if is_third_party(a.case, i)
            and i.to.relation != Relation.public and i.audience not in _SEEN]


_SEEN = (Audience.public, Audience.group)


def _in_view(a: Analysis) -> list[Incident]:
    """Posts, group messages and notices that others than the consumer could see."""
    return [i for i in a.incidents if i.audience in _SEEN
            or (i.to.relation == Relation.public and i.audience is None)]


def _told_of_debt(a: Analysis, i: Incident) -> bool:
    return said(a, i, "debt_mention", "disclosure", "debt_disclosure")


def _location(a: Analysis, i: Incident) -> bool:
    return said(a, i, "location_inquiry")


def _location_excuse(a: Analysis) -> bool:
    """Whether 1692b can explain a contact with others: not when the collector could reach me."""
    return a.case.debtor_reachable is not True


def third_party(a: Analysis) -> list[Hit | Ask] | None:
    others = _others(a)
    excuse = _location_excuse(a)
    told = [i for i in others if _told_of_debt(a, i) and not (excuse and _location(a, i))]
    told = sorted(told + [i for i in _in_view(a) if _told_of_debt(a, i)], key=lambda i: i.time)
    unclear = [i for i in others if not _told_of_debt(a, i) and not _location(a, i)]
    out: list[Hit | Ask] = []
    if told:
        out.append(Hit(ids(told), _told_text(a, told)))
    if unclear:
        out.append(Ask("What did the collector say to "
                       + "; ".join(sorted({person_label(i) for i in unclear}))
                       + f" ({times(a.case, unclear, 4)})? Record whether it said or hinted that "
                       "you owe a debt (add the tag disclosure to that contact); a request to "
                       "have you call back that says nothing about a debt is not a finding.",
                       (c.FDCPA_1692C_B, c.REGF_6D), ids(unclear)))
    return out or None


def _told_text(a: Analysis, told: list[Incident]) -> str:
    """Whom the collector told about the debt: the people, and everyone who could see a post."""
    seen = [i for i in told if i in _in_view(a)]
    people = sorted({person_label(i) for i in told if i not in seen})
    whom = []
    if people:
        whom.append(f"{plural(len(people), 'other person', 'other people')} "
                    f"({'; '.join(people)})")
    if seen:
        posts = plural(len(seen), "post or group message", "posts or group messages")
        whom.append(f"everyone who could see {posts}")
    text = (f"The collector told {' and '.join(whom)} about my debt, in "
            f"{plural(len(told), 'contact')} ({times(a.case, told)}).")
    if a.case.debtor_reachable is True and any(_location(a, i) for i in told):
        text += (" The collector could reach me directly, so asking where I live or work "
                 "did not make these calls to find me.")
    return text


def location_contact(a: Analysis) -> list[Hit | Ask] | None:
    parties: dict[str, list[Incident]] = defaultdict(list)
    for i in _others(a):
        parties[person_key(i)].append(i)
    asking = [items for items in parties.values() if any(_location(a, i) for i in items)]
    if not asking:
        return None
    if not _location_excuse(a):
        return None  # the collector could reach me: US-THIRD-PARTY judges these contacts
    found: dict[str, Incident] = {}
    notes = []
    for items in asking:
        hit, said = _beyond_location(a, items)
        found.update((x.id or "", x) for x in hit)
        notes += said
    out: list[Hit | Ask] = []
    if found:
        out.append(Hit(ids(sorted(found.values(), key=lambda i: i.time)), " ".join(notes)))
    if a.case.debtor_reachable is None:
        out.append(Ask("When the collector asked others where to find you, could it already "
                       "reach you directly (did it have your current phone number or "
                       "address)? If it could, these were not calls to find you.",
                       (c.FDCPA_1692B, c.FDCPA_1692C_B),
                       ids([i for items in asking for i in items if _location(a, i)])))
    return out or None


def _beyond_location(a: Analysis, items: list[Incident]) -> tuple[list[Incident], list[str]]:
    """What went beyond asking one person where to find me: contacting them again unasked,
    and saying that I owe a debt; the contacts and the sentences."""
    who = person_label(items[0])
    hit: list[Incident] = []
    notes = []
    repeat = [i for i in items[1:] if not given(i, "requested", "requested_callback")]
    if repeat:
        hit += repeat
        stop = [i for i in repeat if i.to.asked_to_stop]
        notes.append(f"{_cap(who)} was contacted {plural(len(items), 'time')} "
                     f"({times(a.case, items, 4)}) without having asked to be contacted "
                     f"again" + (f", {len(stop)} of them after asking the collector to stop"
                                 if stop else "") + ".")
    debt = [i for i in items if _location(a, i) and _told_of_debt(a, i)]
    if debt:
        hit += debt
        notes.append(f"While asking {who} where to find me, the collector said that I owe "
                     f"a debt ({times(a.case, debt, 4)}).")
    return hit, notes


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
               and not _location(a, i)]
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


def _after_conversation(a: Analysis) -> list[tuple[Incident, list[Incident]]]:
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
    after = _after_conversation(a)
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


# --- US-CALLER-ID --------------------------------------------------------------------------------

def caller_id(a: Analysis) -> Hit | None:
    found = [i for i in a.incidents if i.channel == Medium.call and (
        given(i, "no_caller_id", "refused_identity", "no_identity")
        or a.has(i, "no_identity"))]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'call')} without meaningful disclosure of who "
               f"was calling ({times(a.case, found)}).")


# --- US-MEDIUM-OPTOUT ----------------------------------------------------------------------------

def medium_optout(a: Analysis) -> list[Hit] | None:
    hits = []
    found: dict[str, Incident] = {}
    notes = []
    for hit, note in _after_optouts(a):
        found.update((x.id or "", x) for x in hit)
        notes.append(note)
    if found:
        hits.append(Hit(ids(sorted(found.values(), key=lambda i: i.time)), " ".join(notes),
                        [c.REGF_14H1]))
    # Only a message's own text can show that it lacks the notice, not a description of it.
    bare = [i for i in consumer_contacts(a) if i.channel in ELECTRONIC and i.content
            and i.verbatim and not a.has(i, "opt_out_notice")]
    if bare:
        hits.append(Hit(ids(bare), f"{plural(len(bare), 'electronic message')} gave no way to "
                    f"opt out of further messages ({times(a.case, bare, 4)}).", [c.REGF_6E]))
    return hits or None


def _after_optouts(a: Analysis) -> list[tuple[list[Incident], str]]:
    """For each request not to use a medium (or one address of it), the contacts by it later,
    and the sentence saying so."""
    case = a.case
    out = []
    for req in case.facts.get("medium_optout_requests") or []:
        if not isinstance(req, dict) or not req.get("channel"):
            continue
        since = fact_date(_Facts(req), "date")
        if since is None:
            continue
        address = str(req.get("address") or "")
        hit = [i for i in consumer_contacts(a) if str(i.channel) == req["channel"]
               and local_day(case, i) > since and (not address or address in (i.to.number or "")
                                            or not i.to.number)]
        if hit:
            out.append((hit, f"On {us_date(since)} I asked the collector not to use "
                             f"{CHANNEL_WORDS.get(req['channel'], req['channel'])}"
                             f"{f' to {address}' if address else ''}; it "
                             f"used them {plural(len(hit), 'more time')}."))
    return out


# --- US-SOCIAL-MEDIA -----------------------------------------------------------------------------

def social_media(a: Analysis) -> list[Hit | Ask] | None:
    seen = _SEEN
    social = [i for i in a.incidents if i.channel == Medium.social_post or given(i, "public_post")
              or (i.to.relation == Relation.public and i.channel in (Medium.im, Medium.other))]
    found = [i for i in social if i.audience in seen
             or (i.audience is None and i.to.relation == Relation.public)]
    unclear = [i for i in social if i.audience is None and i not in found]
    out: list[Hit | Ask] = []
    if found:
        out.append(Hit(ids(found), f"{plural(len(found), 'message')} through social media that "
                       f"the public or my social media contacts could see "
                       f"({times(a.case, found)})."))
    if unclear:
        out.append(Ask("Could the public or your social media contacts see the social media "
                       f"message(s) of {times(a.case, unclear, 4)}, or were they private "
                       "messages to one person? (Set audience: public, group or private.)",
                       (c.REGF_22F4,), ids(unclear)))
    return out or None


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
