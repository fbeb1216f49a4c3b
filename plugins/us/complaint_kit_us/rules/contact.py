"""Rules about when, where, how often and whom the collector contacted (1692b, 1692c, 1692d;
12 CFR 1006.6, 1006.10, 1006.14, 1006.22)."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta
from itertools import islice, pairwise

from complaint_kit.analysis import is_night
from complaint_kit.case import Case, Channel, Incident, Relation
from complaint_kit.rules import Hit

from .. import citations as c
from ..jurisdiction import US
from .common import (
    CHANNEL_WORDS,
    DEBT_WORDS,
    ELECTRONIC,
    LOCATION_WORDS,
    NOT_CONNECTED_TAGS,
    day,
    fact_date,
    fact_time,
    has,
    ids,
    is_consumer,
    is_third_party,
    local,
    person_key,
    person_label,
    plural,
    times,
    us_date,
    us_time,
    words,
)

_WORK = re.compile(r"\b(?:work|office|job|workplace|employer|shift)\b", re.IGNORECASE)
_UNUSUAL_PLACE = re.compile(r"\b(?:hospital|funeral|church|mosque|synagogue|temple|courthouse|"
                            r"clinic)\b", re.IGNORECASE)
_CEASE_EXCEPTION = re.compile(
    r"\b(?:clos(?:e|ing) (?:your|this|the) (?:account|file)|(?:ending|terminat\w+|cease) "
    r"(?:our |all |further )?(?:collection )?(?:efforts|collection)|(?:may|will|intends? to) "
    r"(?:file (?:a )?(?:lawsuit|suit)|sue|invoke))\b", re.IGNORECASE)
_OPT_OUT = re.compile(r"\b(?:(?:reply|text|send) stop|opt[- ]?out|unsubscribe|stop to "
                      r"(?:end|cancel|quit|opt))\b", re.IGNORECASE)
_NO_IDENTITY = re.compile(
    r"\b(?:refused|would not|wouldn't|did not|didn't|won't|will not) (?:to )?(?:give|say|tell|"
    r"identify|state)\b[^.!?\n]{0,25}\b(?:name|company|who)\b|\bno (?:name|company) (?:was )?"
    r"given\b", re.IGNORECASE)


def _consumer_contacts(case: Case) -> list[Incident]:
    return [i for i in case.incidents if is_consumer(case, i)]


# --- US-HOURS ------------------------------------------------------------------------------------

def hours(case: Case) -> Hit | None:
    found = [i for i in _consumer_contacts(case) if is_night(case, US, i) and not i.consented]
    if not found:
        return None
    zone = case.timezone or US.timezone
    return Hit(ids(found), f"{plural(len(found), 'contact')} or attempted contacts came before "
               f"8 a.m. or after 9 p.m. local time where I live ({zone}), without my prior "
               f"consent: {times(case, found)}.")


# --- US-DESIGNATED-INCONVENIENT ------------------------------------------------------------------

def designated(case: Case) -> Hit | None:
    found: dict[str, Incident] = {}
    notes = []
    for d in case.facts.get("inconvenient_time_designations") or []:
        if not isinstance(d, dict):
            continue
        since, start, end = fact_date(_Facts(d), "since"), fact_time(d.get("from")), \
            fact_time(d.get("to"))
        if since is None or start is None or end is None:
            continue
        hit = []
        for i in _consumer_contacts(case):
            at = local(case, i)
            inside = (start <= at.time() < end) if start < end else \
                (at.time() >= start or at.time() < end)
            if at.date() > since and inside and not i.consented:
                hit.append(i)
        if hit:
            found.update((x.id or "", x) for x in hit)
            notes.append(f"On {us_date(since)} I told the collector that {start:%H:%M}–"
                         f"{end:%H:%M} is inconvenient; it still contacted me then "
                         f"{plural(len(hit), 'time')} ({times(case, hit)}).")
    for d in case.facts.get("inconvenient_place_designations") or []:
        if not isinstance(d, dict) or not d.get("place"):
            continue
        since = fact_date(_Facts(d), "since")
        place = str(d["place"]).lower()
        hit = [i for i in _consumer_contacts(case) if since and day(case, i) > since
               and not i.consented and ((i.location and place in i.location.lower())
                                        or (place in ("work", "workplace") and has(i, "at_work")))]
        if hit:
            found.update((x.id or "", x) for x in hit)
            notes.append(f"On {us_date(since)} I told the collector not to contact me at "
                         f"{d['place']}; it did so {plural(len(hit), 'time')} "
                         f"({times(case, hit)}).")
    if not found:
        return None
    return Hit(ids(sorted(found.values(), key=lambda i: i.time)), " ".join(notes))


class _Facts:
    """Lets fact_date read a designation's own dict."""

    def __init__(self, data: dict):
        self.facts = data


# --- US-PLACE ------------------------------------------------------------------------------------

def place(case: Case) -> Hit | None:
    found = [i for i in _consumer_contacts(case) if not i.consented and (
        has(i, "unusual_place", "inconvenient_place")
        or (i.location and _UNUSUAL_PLACE.search(i.location)))]
    if not found:
        return None
    where = sorted({i.location for i in found if i.location})
    return Hit(ids(found), f"{plural(len(found), 'contact')} reached me at an unusual or "
               f"inconvenient place" + (f" ({', '.join(where)})" if where else "") + ".")


# --- US-ATTORNEY ---------------------------------------------------------------------------------

def attorney(case: Case) -> Hit | None:
    facts = case.facts
    since = fact_date(case, "attorney_notice_date")
    if not facts.get("attorney_represented") or since is None:
        return None
    if facts.get("attorney_consented") or facts.get("attorney_unresponsive"):
        return None
    found = [i for i in _consumer_contacts(case) if day(case, i) > since]
    if not found:
        return None
    return Hit(ids(found), f"The collector knew from {us_date(since)} that an attorney "
               f"represents me, yet contacted me directly {plural(len(found), 'time')} "
               f"({times(case, found)}).")


# --- US-WORKPLACE --------------------------------------------------------------------------------

def _at_work(i: Incident) -> bool:
    return has(i, "at_work") or bool(i.location and _WORK.search(i.location))


def workplace(case: Case) -> Hit | None:
    since = fact_date(case, "employer_prohibits_contact_date")
    if since is None:
        return None
    found = [i for i in _consumer_contacts(case) if day(case, i) > since and _at_work(i)
             and not i.consented]
    if not found:
        return None
    return Hit(ids(found), f"On {us_date(since)} the collector was told that my employer does "
               f"not allow such calls, yet it contacted me at work {plural(len(found), 'time')} "
               f"({times(case, found)}).")


# --- US-CEASE ------------------------------------------------------------------------------------

def cease(case: Case) -> Hit | None:
    since = fact_date(case, "written_cease_notice_date")
    if since is None:
        return None
    found = [i for i in _consumer_contacts(case) if day(case, i) > since
             and not (i.channel == Channel.letter and _CEASE_EXCEPTION.search(i.content))]
    if not found:
        return None
    return Hit(ids(found), f"On {us_date(since)} I asked the collector in writing to stop "
               f"contacting me. It contacted me {plural(len(found), 'more time')} "
               f"({times(case, found)}), and not only to say that collection was ending or "
               f"that a specific remedy may or will be used.")


# --- US-THIRD-PARTY and US-LOCATION-CONTACT ------------------------------------------------------

def _mentions_debt(i: Incident) -> bool:
    return has(i, "disclosure", "third_party_contact", "debt_disclosure") or bool(
        DEBT_WORDS.search(i.content))


def _location_inquiry(i: Incident) -> bool:
    return has(i, "location_inquiry") or bool(LOCATION_WORDS.search(i.content))


def third_party(case: Case) -> Hit | None:
    found = [i for i in case.incidents if is_third_party(case, i)
             and (_mentions_debt(i) or not _location_inquiry(i))]
    if not found:
        return None
    told = [i for i in found if _mentions_debt(i)]
    people = sorted({person_label(i) for i in found})
    text = (f"The collector contacted {plural(len(people), 'other person', 'other people')} "
            f"about my debt ({'; '.join(people)}), {plural(len(found), 'time')}")
    text += f"; {len(told)} of these contacts told them about the debt." if told else "."
    return Hit(ids(found), text)


def location_contact(case: Case) -> Hit | None:
    parties: dict[str, list[Incident]] = defaultdict(list)
    for i in sorted(case.incidents, key=lambda i: i.time):
        if is_third_party(case, i) and i.to.relation != Relation.public:
            parties[person_key(i)].append(i)
    found: dict[str, Incident] = {}
    notes = []
    for items in parties.values():
        if not any(_location_inquiry(i) for i in items):
            continue
        repeat = [i for i in items[1:] if not has(i, "requested", "requested_callback")]
        if repeat:
            found.update((x.id or "", x) for x in repeat)
            notes.append(f"{_cap(person_label(items[0]))} was contacted {len(items)} times, "
                         f"though asked for my location once at most.")
        debt = [i for i in items if _location_inquiry(i) and _mentions_debt(i)]
        if debt:
            found.update((x.id or "", x) for x in debt)
            notes.append(f"While asking {person_label(items[0])} where to find me, the "
                         f"collector said that I owe a debt.")
    if not found:
        return None
    return Hit(ids(sorted(found.values(), key=lambda i: i.time)), " ".join(notes))


# --- US-HARASS -----------------------------------------------------------------------------------

def harass(case: Case) -> Hit | None:
    found = [i for i in case.incidents if has(i, "threat_visit", "third_party_contact",
                                              "harassment")]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'contact')} threatened to come to my "
               f"home or work or to tell my family, employer or contacts"
               f"{words(found, 'threat_visit', 'third_party_contact')}: conduct whose natural "
               f"consequence is to harass, oppress or abuse.")


# --- US-FREQ-CALLS -------------------------------------------------------------------------------

def _counted_calls(case: Case) -> dict[str, list[Incident]]:
    """Calls per person called, oldest first, leaving out those 1006.14(b)(3) excludes."""
    calls: dict[str, list[Incident]] = defaultdict(list)
    for i in sorted(case.incidents, key=lambda i: i.time):
        if i.channel == Channel.call and not i.consented and not has(i, *NOT_CONNECTED_TAGS):
            calls[person_key(i)].append(i)
    return calls


def seven_day_windows(case: Case) -> list[dict]:
    """Each run of more than seven calls to one person within seven consecutive days."""
    out = []
    for items in _counted_calls(case).values():
        days = [day(case, i) for i in items]
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
                            "incidents": ids(window)})
    return out


def _after_conversation(case: Case) -> list[tuple[Incident, list[Incident]]]:
    out = []
    for items in _counted_calls(case).values():
        last_end = None
        for n, talk in enumerate(items):
            if talk.answered is not True or (last_end and talk.time <= last_end):
                continue
            limit = day(case, talk) + timedelta(days=6)
            later = []
            for i in islice(items, n + 1, None):
                if day(case, i) > limit:
                    break
                later.append(i)
            if later:
                out.append((talk, later))
                last_end = later[-1].time
    return out


def _aggravating(case: Case) -> list[str]:
    notes = []
    for items in _counted_calls(case).values():
        unanswered = [i for i in items if i.answered is False]
        quick = sum(1 for a, b in pairwise(unanswered)
                    if b.time - a.time <= timedelta(minutes=5))
        if quick:
            notes.append(f"{plural(quick, 'pair')} of unanswered calls to "
                         f"{person_label(items[0])} came within five minutes of each other")
        per_day: dict = defaultdict(int)
        for i in items:
            per_day[day(case, i)] += 1
        heavy = sorted(d for d, n in per_day.items() if n >= 7)
        if heavy:
            notes.append(f"seven or more calls a day to {person_label(items[0])} on "
                         + ", ".join(us_date(d) for d in heavy))
    return notes


def freq_calls(case: Case) -> list[Hit] | None:
    hits = []
    windows = seven_day_windows(case)
    if windows:
        text = "; ".join(f"{w['calls']} calls to {w['person']} between {us_date(w['start'])} and "
                         f"{us_date(w['end'])}" for w in windows)
        hits.append(Hit([x for w in windows for x in w["incidents"]],
                        f"More than seven calls within seven consecutive days: {text}. Calls "
                        f"that rang unanswered or went to voicemail are counted.",
                        [c.REGF_14B, c.FDCPA_1692D_5, c.REGF_14B3, c.COMMENT_14B3II_1,
                         c.COMMENT_14B4_1II]))
    after = _after_conversation(case)
    if after:
        text = "; ".join(f"after a telephone conversation on {us_time(local(case, talk))}, "
                         f"{plural(len(later), 'more call')} by "
                         f"{us_date(day(case, talk) + timedelta(days=6))} "
                         f"({times(case, later, 3)})" for talk, later in after)
        hits.append(Hit([x for talk, later in after for x in ids([talk, *later])],
                        f"Calls within seven days after a telephone conversation (the day of the "
                        f"conversation counts as day one): {text}.",
                        [c.REGF_14B, c.FDCPA_1692D_5, c.REGF_14B3, c.COMMENT_14B4_1II]))
    if not hits:
        return None
    if notes := _aggravating(case):
        hits.append(Hit((), "Also: " + "; ".join(notes) + ".",
                        [c.REGF_14B, c.FDCPA_1692D_5, c.COMMENT_REBUTTAL]))
    return hits


# --- US-TEXTS ------------------------------------------------------------------------------------

# The commentary says "numerous ... per day for several consecutive days" and gives no number.
# Three or more a day on three or more consecutive days is the kit's screening choice, not law.
TEXTS_PER_DAY = 3
TEXT_DAYS = 3


def texts(case: Case) -> Hit | None:
    per_day: dict = defaultdict(list)
    for i in case.incidents:
        if i.channel in ELECTRONIC and not i.consented:
            per_day[day(case, i)].append(i)
    busy = sorted(d for d, items in per_day.items() if len(items) >= TEXTS_PER_DAY)
    runs, run = [], []
    for d in busy:
        if run and d - run[-1] != timedelta(days=1):
            runs.append(run)
            run = []
        run.append(d)
    runs.append(run)
    runs = [r for r in runs if len(r) >= TEXT_DAYS]
    if not runs:
        return None
    found = [i for r in runs for d in r for i in per_day[d]]
    spans = "; ".join(f"{us_date(r[0])} to {us_date(r[-1])}" for r in runs)
    return Hit(ids(sorted(found, key=lambda i: i.time)),
               f"{len(found)} text or electronic messages, {TEXTS_PER_DAY} or more a day on "
               f"{TEXT_DAYS} or more consecutive days ({spans}).")


# --- US-CALLER-ID --------------------------------------------------------------------------------

def caller_id(case: Case) -> Hit | None:
    found = [i for i in case.incidents if i.channel == Channel.call and (
        has(i, "no_caller_id", "refused_identity", "no_identity")
        or bool(_NO_IDENTITY.search(i.content)))]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'call')} without meaningful disclosure of who "
               f"was calling ({times(case, found)}).")


# --- US-MEDIUM-OPTOUT ----------------------------------------------------------------------------

def medium_optout(case: Case) -> list[Hit] | None:
    hits = []
    found: dict[str, Incident] = {}
    notes = []
    for req in case.facts.get("medium_optout_requests") or []:
        if not isinstance(req, dict) or not req.get("channel"):
            continue
        since = fact_date(_Facts(req), "date")
        if since is None:
            continue
        address = str(req.get("address") or "")
        hit = [i for i in _consumer_contacts(case) if str(i.channel) == req["channel"]
               and day(case, i) > since and (not address or address in (i.to.number or "")
                                            or not i.to.number)]
        if hit:
            found.update((x.id or "", x) for x in hit)
            notes.append(f"On {us_date(since)} I asked the collector not to use "
                         f"{CHANNEL_WORDS.get(req['channel'], req['channel'])}"
                         f"{f' to {address}' if address else ''}; it "
                         f"used them {plural(len(hit), 'more time')}.")
    if found:
        hits.append(Hit(ids(sorted(found.values(), key=lambda i: i.time)), " ".join(notes),
                        [c.REGF_14H1]))
    bare = [i for i in _consumer_contacts(case) if i.channel in ELECTRONIC and i.content
            and not _OPT_OUT.search(i.content)]
    if bare:
        hits.append(Hit(ids(bare), f"{plural(len(bare), 'electronic message')} gave no way to "
                    f"opt out of further messages ({times(case, bare, 4)}).", [c.REGF_6E]))
    return hits or None


# --- US-SOCIAL-MEDIA -----------------------------------------------------------------------------

def social_media(case: Case) -> Hit | None:
    found = [i for i in case.incidents if i.channel == Channel.social_post
             or (i.to.relation == Relation.public and i.channel in (Channel.im, Channel.other))
             or has(i, "public_post")]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'message')} through social media that the "
               f"public or my social media contacts could see ({times(case, found)}).")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
