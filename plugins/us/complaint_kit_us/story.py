"""The case as first-person prose for the US letters and the CFPB narrative: the pattern in
counts, the dated events from the facts recorded, and the worst messages."""

from __future__ import annotations

from typing import Any

from complaint_kit.api import Analysis

from .rules.frequency import seven_day_windows
from .words import (
    CHANNEL_NOUN,
    clock,
    count,
    day,
    join,
    long_date,
    plural,
    spell,
    times,
    up_to_four,
)

_RELATION = {"spouse": "my spouse", "parent": "my parent", "child": "my child",
             "sibling": "my sibling", "relative": "a relative", "friend": "a friend",
             "colleague": "a co-worker", "employer": "my employer", "contact": "a phone contact",
             "emergency_contact": "my emergency contact", "guarantor": "my co-signer",
             "public": "the public", "other": "another person"}
# The tags that make a message one of the worst, most serious first.
_SEVERITY = ("threat_violence", "criminal_threat", "impersonation", "fake_legal_document",
             "threat_seizure", "false_attorney", "third_party_contact", "threat_visit", "insult",
             "disclosure")


def _night(n: int, total: int) -> str:
    """The subject of the night sentence, never a sentence that opens with a numeral."""
    if n == total:
        return f"All {spell(n)} of them" if n > 2 else ("Both" if n == 2 else "It")
    return f"Of the {spell(total)} contacts, {spell(n)}"


def _who(incident: dict, named: bool = True) -> str:
    """'my employer (Example Widgets Inc. front desk)'; without the name where the text may be
    published (the CFPB narrative), which should hold no one's personal data."""
    to = incident.get("to") or {}
    who = _RELATION.get(str(to.get("relation")), "another person")
    return f"{who} ({to['name']})" if to.get("name") and named else who


def story(analysis: Analysis, context: dict[str, Any], collector: dict | None,
          you: bool = False) -> dict:
    """The pattern in counts, the dated events and the worst messages, as first-person prose;
    ``you``: addressed to the collector itself (a letter), else naming it (the CFPB)."""
    incidents = context["incidents"]
    name = "you" if you else (collector["name"] if collector else "the collector")
    it, It = ("you", "You") if you else ("it", "It")
    out: dict[str, Any] = {"pattern": "", "brief": "", "people": "", "events": [], "quotes": [],
                           "accounts": [], "night": 0}
    if not incidents:
        return out
    others = [i for i in incidents if i["third_party"]]
    whom = "me or other people" if others else "me"
    opening = _opening(incidents, name, whom)
    windows = sorted(seven_day_windows(analysis), key=lambda w: -w["calls"])[:1]
    # Without more than seven calls in seven days, the other presumption: calls again within
    # seven days after a telephone conversation (12 C.F.R. 1006.14(b)(2)(i)(B)).
    again = "" if windows else _after_talk(analysis, it)
    night = [i for i in incidents if i["night"]]
    out["pattern"] = (opening + _sources_and_calls(incidents, It)
                      + "".join(f"{_window(w, it)}: more than seven in seven days."
                                for w in windows)
                      + again + _night_sentence(night, len(incidents), timed=True)
                      + _busiest(analysis, it, whom))
    out["night"] = len(night)
    out["brief"] = (opening + _night_sentence(night, len(incidents), timed=False)
                    + "".join(_window(w, it) + "." for w in windows) + again)
    out["people"] = _people(others, you, It)
    out["events"] = _events(analysis, context, name, it)
    out["quotes"], out["accounts"] = _worst(analysis, incidents, you)
    return out


def _opening(incidents: list[dict], name: str, whom: str) -> str:
    """'Between March 2 and March 9, 2026, it contacted me about this debt 11 times: …'."""
    first, last = incidents[0]["time"], incidents[-1]["time"]
    span = (f"On {day(first)}, {first.year}" if first.date() == last.date() else
            f"Between {day(first)} and {day(last)}, {last.year}" if first.year == last.year else
            f"Between {long_date(first)} and {long_date(last)}")
    by: dict[str, int] = {}
    for i in incidents:
        noun = CHANNEL_NOUN.get(str(i["channel"]), "other contact")
        by[noun] = by.get(noun, 0) + 1
    kinds = join([count(n, noun) for noun, n in by.items()])
    return (f"{span}, {name} contacted {whom} about this debt {times(len(incidents))}"
            + (f": {kinds}" if len(by) > 1 else "") + ".")


def _sources_and_calls(incidents: list[dict], It: str) -> str:
    """How many phone numbers were used, and how many calls went unanswered."""
    text = ""
    sources = sorted({i["from_number"] for i in incidents if i.get("from_number")})
    phones = [s for s in sources if "@" not in s]
    if len(phones) > 1:
        text += f" {It} used {count(len(phones), 'number')}."
    calls = [i for i in incidents if str(i["channel"]) == "call"]
    unanswered = sum(1 for i in calls if i.get("answered") is False)
    if calls and unanswered:
        text += (f" Of the {spell(len(calls))} calls, {spell(unanswered)} went unanswered."
                 if len(calls) > 1 else " The call went unanswered.")
    return text


def _window(w: dict, it: str) -> str:
    return (f" From {day(w['start'])} to {day(w['end'])} alone, {it} placed {w['calls']} "
            f"calls to {w['person']}")


def _night_sentence(night: list[dict], total: int, timed: bool) -> str:
    """The contacts before 8 a.m. or after 9 p.m.; ``timed``: with their dates and times."""
    if not night:
        return ""
    text = f" {_night(len(night), total)} came before 8 a.m. or after 9 p.m. my time"
    if not timed:
        return text + "."
    at = up_to_four([day(i["time"]) + " at " + clock(i["time"]) for i in night])
    return text + f" ({at})."


def _busiest(analysis: Analysis, it: str, whom: str) -> str:
    """The busiest day, when it had five contacts or more and was not the only day."""
    busiest = max(analysis.pattern.days, key=lambda d: d.total, default=None)
    if busiest and busiest.total >= 5 and len(analysis.pattern.days) > 1:
        return f" On {day(busiest.day)} alone {it} contacted {whom} {times(busiest.total)}."
    return ""


def _people(others: list[dict], you: bool, It: str) -> str:
    """Other people, each with how often."""
    people: dict[tuple, list[dict]] = {}
    for i in others:
        to = i.get("to") or {}
        people.setdefault((str(to.get("relation")), to.get("name")), []).append(i)
    if not people:
        return ""
    parts = [f"{_who(items[0], named=you)} {times(len(items))}" for items in people.values()]
    return f"{It} also contacted {join(parts)}."


def _events(analysis: Analysis, context: dict[str, Any], name: str, it: str) -> list[str]:
    """Dated events from the facts I recorded, each with the contacts that came after it."""
    when = {i["id"]: i["time"] for i in context["incidents"]}
    by_rule = {f["rule"]: f for f in context["findings"]}

    def after(rule: str) -> list:
        f = by_rule.get(rule)
        return sorted(when[x] for x in (f["incidents"] if f else []) if x in when)

    events = [*_workplace(analysis, after("US-WORKPLACE"), it),
              *_optouts(analysis, context["incidents"], it),
              *_cease(analysis, after("US-CEASE"), name, it),
              *_dispute(analysis, after("US-DISPUTE-CEASE"), it)]
    if "US-VALIDATION" in by_rule:
        events.append(f"I have never received a written validation notice from {it}.")
    return events


def _dates(hits: list) -> str:
    return join([day(t) for t in hits[:4]])


def _workplace(analysis: Analysis, hits: list, it: str) -> list[str]:
    from complaint_kit.api import fact_date

    told = fact_date(analysis.case, "employer_prohibits_contact_date")
    if not (told and hits):
        return []
    return [f"On {day(told)} I told the caller that my employer does not allow these "
            f"calls; {it} called me at work again {times(len(hits))} after that "
            f"({_dates(hits)})."]


def _optouts(analysis: Analysis, incidents: list[dict], it: str) -> list[str]:
    """Each request to stop using a medium that the collector used again afterwards."""
    events = []
    for request in analysis.case.facts.get("medium_optout_requests") or []:
        if not isinstance(request, dict) or not request.get("date"):
            continue
        asked = fact_date_value(request["date"])
        noun = CHANNEL_NOUN.get(str(request.get("channel")), "message")
        hits = [i["time"] for i in incidents if str(i["channel"]) == str(request.get("channel"))
                and i["time"].date() > asked]
        if hits:
            events.append(f"On {day(asked)} I asked {it} to stop sending me "
                          f"{plural(noun)}; {it} sent me {count(len(hits), noun)}"
                          f" after that ({_dates(hits)}).")
    return events


def _cease(analysis: Analysis, hits: list, name: str, it: str) -> list[str]:
    from complaint_kit.api import fact_date

    sent = fact_date(analysis.case, "written_cease_notice_date")
    if not sent:
        return []
    got = fact_date(analysis.case, "written_cease_notice_received_date")
    line = f"On {day(sent)} I asked {name} in writing to stop contacting me"
    line += f"; {it} received my letter on {day(got)}" if got else ""
    line += (f", and {it} contacted me again {times(len(hits))} after that "
             f"({_dates(hits)})." if hits else ".")
    return [line]


def _dispute(analysis: Analysis, hits: list, it: str) -> list[str]:
    from complaint_kit.api import fact_date

    disputed = fact_date(analysis.case, "dispute_sent_date")
    if not disputed:
        return []
    return [f"On {day(disputed)} I disputed the debt in writing"
            + (f"; {it} went on collecting without first sending me verification "
               f"({_dates(hits)})." if hits else ".")]


def _worst(analysis: Analysis, incidents: list[dict], you: bool) -> tuple[list, list]:
    """The worst messages, quoted exactly, and serious calls, in my own words."""
    tagged = {i.id: analysis.tags(i) for i in analysis.case.incidents}

    def rank(i: dict) -> tuple:
        tags = tagged.get(i["id"], ())
        return (min((_SEVERITY.index(t) for t in tags if t in _SEVERITY), default=99),
                -len(i["findings"]))

    serious = sorted((i for i in incidents if i.get("content") and i["findings"]
                      and rank(i)[0] < 99), key=rank)
    quotes = [i for i in serious if i["verbatim"]][:3]
    accounts = [i for i in serious if not i["verbatim"]][:2]
    return ([{"when": f"{day(i['time'])} at {clock(i['time'])}",
              "how": CHANNEL_NOUN.get(str(i["channel"]), "message"),
              "from": i.get("from_number"), "text": i["content"]}
             for i in sorted(quotes, key=lambda i: i["time"])],
            [{"when": day(i["time"]),
              "to": _who(i, named=you) if i["third_party"] else None,
              "text": i["content"]} for i in sorted(accounts, key=lambda i: i["time"])])


def _after_talk(analysis: Analysis, it: str) -> str:
    """' After we spoke by phone on April 6, you called me twice more within seven days (April 7
    and April 9).': the first conversation with me that calls followed within seven days."""
    from .rules.frequency import after_conversation

    for talk, later in after_conversation(analysis):
        if talk.to.relation.is_third_party:
            continue
        when = [i.time for i in later]
        days = [day(t) for t in when]
        shown = ([f"{d} at {clock(t)}" for d, t in zip(days, when, strict=True)]
                 if len(set(days)) < len(days) else days)
        more = {1: "once more", 2: "twice more"}.get(len(later), f"{spell(len(later))} more times")
        return (f" After we spoke by phone on {day(talk.time)}, {it} called me {more} within "
                f"seven days ({up_to_four(shown)}).")
    return ""


def fact_date_value(value):
    from datetime import date, datetime

    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
