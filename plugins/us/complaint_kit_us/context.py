"""Extra render context for US templates (the ``us`` variable): plain data only."""

from __future__ import annotations

import re
from typing import Any

from complaint_kit.api import Analysis, Case, InstitutionType, RespondentRole, formats

from . import citations as c
from .rules import COLLECTOR_DUTIES, FEDERAL, SCREENS, conduct
from .rules.contact import seven_day_windows
from .rules.notice import first_contact
from .rules.state import state
from .scope import scope

EN_US = formats("en_US")

# Debt-collection issue and sub-issue values observed in public CFPB complaint data
# (law-us.md §2.1, graded Medium: the live form's labels may differ).
CFPB_ISSUES = {
    "US-FREQ-CALLS": ("Communication tactics", "Frequent or repeated calls"),
    "US-HOURS": ("Communication tactics", "Called before 8am or after 9pm"),
    "US-OBSCENE": ("Communication tactics",
                   "Used obscene, profane, or other abusive language"),
    "US-CEASE": ("Communication tactics",
                 "You told them to stop contacting you, but they keep trying"),
    "US-TEXTS": ("Electronic communications", "Frequent or repeated messages"),
    "US-THIRD-PARTY": ("Threatened to contact someone or share information improperly",
                       "Talked to a third-party about your debt"),
    "US-WORKPLACE": ("Threatened to contact someone or share information improperly",
                     "Contacted your employer"),
    "US-ATTORNEY": ("Threatened to contact someone or share information improperly",
                    "Contacted you instead of your attorney"),
    "US-ARREST-THREAT": ("Took or threatened to take negative or legal action",
                         "Threatened to arrest you or take you to jail if you do not pay"),
    "US-FALSE-DEBT": ("False statements or representation", "Attempted to collect wrong amount"),
    "US-UNAUTHORISED-AMOUNT": ("False statements or representation",
                               "Attempted to collect wrong amount"),
    "US-CRIME-IMPLICATION": ("False statements or representation",
                             "Indicated you were committing crime by not paying debt"),
    "US-FALSE-GOV": ("False statements or representation",
                     "Impersonated attorney, law enforcement, or government official"),
    "US-FALSE-ATTORNEY": ("False statements or representation",
                          "Impersonated attorney, law enforcement, or government official"),
    "US-VALIDATION": ("Written notification about debt", None),
    "US-DISPUTE-CEASE": ("Written notification about debt", None),
}


# The provisions the letters name in their own words; only verified citations, by label.
CITE = {"cease": c.FDCPA_1692C_C, "third_party": c.FDCPA_1692C_B, "workplace": c.FDCPA_1692C_A3,
        "hours": c.FDCPA_1692C_A1, "verification": c.FDCPA_1692G_B, "validation": c.FDCPA_1692G_A,
        "credit": c.FDCPA_1692E_8, "remedies": c.FDCPA_1692K, "limitation": c.FDCPA_1692K_D,
        "rosenthal": c.CA_1788_17, "optout_medium": c.REGF_14H1, "presumption": c.REGF_14B}
assert all(x.verified for x in CITE.values())


# What a violation is, in the letters' words, where its title names more than the facts hold.
SHORT = {"US-FALSE-GOV": "falsely implying a link to the police, a court or a government agency",
         "US-FREQ-CALLS": "calling too often"}


def _what(finding: dict) -> str:
    """The violation in a few words, naming only what this finding's facts hold: a title such as
    "threats of arrest, jail, seizure or garnishment" covers more than one case may have."""
    rule, text = finding["rule"], finding.get("explanation") or ""
    if rule == "US-MEDIUM-OPTOUT":
        parts = (["messages through a medium I asked it not to use"] if "asked the collector "
                 "not to use" in text else []) + (["electronic messages without a way to opt "
                                                   "out"] if "opt out" in text else [])
        if parts:
            return " and ".join(parts)
    if rule == "US-ARREST-THREAT":
        parts = (["arrest or jail"] if "arrest, jail" in text else []) + (
            ["garnishment or seizure"] if "garnishment or seizure" in text else [])
        if parts:
            return "threats of " + " and of ".join(parts)
    if rule == "US-IMPOSSIBLE-THREAT":
        # Threats of arrest or garnishment are US-ARREST-THREAT's; this finding holds only its own.
        parts = (["reporting me to immigration authorities"] if "immigration" in text else []) + (
            ["telling others about the debt"] if "threatened to tell"
            in text else [])
        if parts:
            return "threats of action that cannot legally be taken: " + " and ".join(parts)
    title = SHORT.get(rule) or finding["title"].split(" (")[0]
    return title[:1].lower() + title[1:]


def _laws(finding: dict) -> list[dict]:
    """The violation, by what it is and its first binding provision; a finding whose parts rest
    on different provisions gives one entry a part: a message through a medium the person refused
    is 12 C.F.R. 1006.14(h)(1), an electronic message with no opt-out notice 1006.6(e)."""
    rule, text = finding["rule"], finding.get("explanation") or ""
    if rule == "US-MEDIUM-OPTOUT":
        parts = [(what, cite.article) for what, cite, found in (
            ("messages through a medium I asked it not to use", c.REGF_14H1,
             "asked the collector not to use" in text),
            ("electronic messages without a way to opt out", c.REGF_6E, "opt out" in text))
            if found]
        if parts:
            return [{"rule": rule, "what": what, "cite": cite} for what, cite in parts]
    return [{"rule": rule, "what": _what(finding),
             "cite": next((ct["article"] or ct["instrument"] for ct in finding["citations"]
                           if ct["binding"] == "binding"), None)}]


# The states whose overlays the plugin knows, by name, for "the ... Attorney General".
STATE_NAMES = {"CA": "California", "MA": "Massachusetts"}

# Days a creditor is given to confirm in writing (mail both ways and a little time to act).
REPLY_DAYS = 21


def _reply_by(signed) -> str:
    from datetime import date, timedelta

    return long_date(signed + timedelta(days=REPLY_DAYS)) if isinstance(signed, date) else ""


def long_date(value) -> str:
    return EN_US.date(value, "MMMM d, y") if value else ""


def _collector(case: Case) -> dict | None:
    collecting = (RespondentRole.collection_agency, RespondentRole.collector)
    kinds = (InstitutionType.collection_agency, InstitutionType.debt_buyer,
             InstitutionType.law_firm)
    for r in case.respondents:
        if r.role in collecting or r.type in kinds:
            return r.model_dump()
    lender = case.lender or (case.respondents[0] if case.respondents else None)
    return lender.model_dump() if lender else None


def _fact(case: Case, name: str):
    from complaint_kit.api import fact_date

    return fact_date(case, name)


def _deadline(case: Case):
    """30 days from the day the validation notice arrived, as the consumer records it."""
    from datetime import timedelta

    from complaint_kit.api import fact_date

    received = fact_date(case, "validation_notice_received_date")
    return received + timedelta(days=30) if received else None


def render_context(analysis: Analysis, context: dict[str, Any]) -> dict[str, Any]:
    case = analysis.case
    s = scope(case)
    findings = context["findings"]
    violations = [f for f in findings if f["rule"] not in SCREENS]
    if s.covered is False:  # the creditor's conduct, described without claiming the FDCPA
        conduct_ids = [r for r in conduct(analysis) if r not in COLLECTOR_DUTIES]
    else:
        conduct_ids = [f["rule"] for f in violations]
    issues: list[dict] = []
    for rule_id in conduct_ids:
        if rule_id in CFPB_ISSUES:
            issue, sub = CFPB_ISSUES[rule_id]
            if not any(i["issue"] == issue and i["sub_issue"] == sub for i in issues):
                issues.append({"issue": issue, "sub_issue": sub})
    titles = {spec.id: spec.title for spec in FEDERAL}
    when = {i["id"]: i["time"] for i in context["incidents"]}
    # A short form of each violation for the CFPB narrative, which has little room.
    short = [{"rule": f["rule"], "title": f["title"].split(" (")[0],
              "times": sorted(when[x] for x in f["incidents"] if x in when)[:4],
              "more": max(0, len([x for x in f["incidents"] if x in when]) - 4),
              "cites": [ct["article"] or ct["instrument"] for ct in f["citations"]
                        if ct["binding"] == "binding"][:2]}
             for f in violations]
    first = first_contact(case)
    collector = _collector(case)
    # Each violation once, by what it is and its first binding provision (the letters' law line).
    laws = [law for f in violations if f["rule"] != "US-CA-ROSENTHAL" for law in _laws(f)]
    return {
        "scope": s.as_dict(),
        "state": state(case),
        "collector": collector,
        "story": story(analysis, context, collector),
        "story_you": story(analysis, context, collector, you=True),
        "laws": [x for x in laws if x["cite"]],
        "whats": {f["rule"]: _what(f) for f in violations},
        "law_line": grouped([x["cite"] for x in laws if x["cite"]]),
        "violations": violations,
        "short": short,
        "scope_finding": next((f for f in findings if f["rule"] == "US-SCOPE"), None),
        "limitation": next((f for f in findings if f["rule"] == "US-LIMITATION"), None),
        "conduct": [titles[r].split(" (")[0] for r in conduct_ids if r in titles],
        "conduct_text": join([t[:1].lower() + t[1:] for t in
                              (titles[r].split(" (")[0] for r in conduct_ids if r in titles)]),
        "windows": seven_day_windows(analysis),
        "cfpb_issues": issues,
        "first_contact": first,
        "first_contact_long": long_date(first),
        "validation_received_long": long_date(_fact(case, "validation_notice_received_date")),
        "signed_long": long_date(context["signed_on"]),
        "reply_by_long": _reply_by(context["signed_on"]),
        "attorney_general": (f"the {STATE_NAMES[state(case)]} Attorney General"
                             if state(case) in STATE_NAMES else "my state's Attorney General"),
        "timezone": case.timezone or "America/New_York",
        "narrative_limit": 4000,
        "cite": {k: v.article for k, v in CITE.items()},
        "dispute_deadline": _deadline(case),
        "asks_you": [ask(r, "you") for r in case.requests if r.strip()],
        "asks_it": [ask(r, "it") for r in case.requests if r.strip()],
        "ma": _massachusetts(findings, context["incidents"]),
        # Each finding's explanation without the rule ids it may name.
        "plain": {f["rule"]: re.sub(r" \((?:US-[A-Z-]+(?:, )?)+\)", "", f.get("explanation") or "")
                  for f in violations},
    }


def ask(request: str, whom: str) -> str:
    """A request the user typed, as a sentence of the letter: an imperative ("Remove the fees
    ...") becomes "I also ask you to remove the fees ..." (to the CFPB: "I also want it to ...");
    a sentence that already speaks for me stays as it is."""
    import re

    text = request.strip()
    if not text.endswith((".", "!", "?")):
        text += "."
    if whom != "you" and text.startswith("Please "):
        text = text[len("Please "):]
    elif re.match(r"(I|I'm|I've|My|Please|We)\b", text):
        return text
    lead = "I also ask you to " if whom == "you" else "I also want it to "
    return lead + text[:1].lower() + text[1:]


def _massachusetts(findings: list[dict], incidents: list[dict]) -> dict | None:
    """The Massachusetts call cap in the letters' own words: the contacts beyond two in seven
    days, by date and time, and the provision."""
    f = next((f for f in findings if f["rule"] == "US-MA-CALLS"), None)
    if not f:
        return None
    when = sorted(i["time"] for i in incidents if i["id"] in f["incidents"])
    shown = [f"{day(t)} at {clock(t)}" for t in when]
    at = (join(shown) if len(shown) <= 4 else ", ".join(shown[:3]) + f", and {len(shown) - 3} more")
    cite = next((ct["article"] for ct in f["citations"] if ct["binding"] == "binding"
                 and ct["article"]), None)
    return {"count": len(when), "times": times(len(when)), "at": at, "cite": cite}


# -- the letters' sentences, written here where number and plural agreement is plain Python ------

_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NOUNS = {"call": "calls", "text message": "text messages", "email": "emails", "letter": "letters",
          "visit": "visits", "message": "messages", "contact": "contacts", "day": "days",
          "number": "numbers", "chat message": "chat messages", "social media post":
          "social media posts", "other contact": "other contacts", "person": "people"}
_CHANNEL_NOUN = {"call": "call", "sms": "text message", "email": "email", "letter": "letter",
                 "visit": "visit", "im": "chat message", "social_post": "social media post",
                 "other": "other contact"}
_RELATION = {"spouse": "my spouse", "parent": "my parent", "child": "my child",
             "sibling": "my sibling", "relative": "a relative", "friend": "a friend",
             "colleague": "a co-worker", "employer": "my employer", "contact": "a phone contact",
             "emergency_contact": "my emergency contact", "guarantor": "my co-signer",
             "public": "the public", "other": "another person"}
# The tags that make a message one of the worst, most serious first.
_SEVERITY = ("threat_violence", "criminal_threat", "impersonation", "fake_legal_document",
             "threat_seizure", "false_attorney", "third_party_contact", "threat_visit", "insult",
             "disclosure")


def count(n: int, noun: str) -> str:
    """'one call', 'three calls', '17 calls' (numbers under ten in words, as US prose has them)."""
    many = _NOUNS.get(noun, noun + "s")
    return f"{_WORDS[n] if n < 10 else n} {noun if n == 1 else many}"


def _spell(n: int) -> str:
    return _WORDS[n] if n < 10 else str(n)


def _night(n: int, total: int) -> str:
    """The subject of the night sentence, never a sentence that opens with a numeral."""
    if n == total:
        return f"All {_spell(n)} of them" if n > 2 else ("Both" if n == 2 else "It")
    return f"Of the {_spell(total)} contacts, {_spell(n)}"


def times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{_WORDS[n] if n < 10 else n} times")


def day(value) -> str:
    return EN_US.date(value, "MMMM d")


def clock(value) -> str:
    """'9:05 p.m.', as US style guides write a time (CLDR's "PM" has no periods)."""
    return EN_US.date(value, "h:mm a").replace("AM", "a.m.").replace("PM", "p.m.")


def join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


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
    case = analysis.case
    incidents = context["incidents"]
    name = "you" if you else (collector["name"] if collector else "the collector")
    it, It = ("you", "You") if you else ("it", "It")
    out: dict[str, Any] = {"pattern": "", "brief": "", "people": "", "events": [], "quotes": [],
                           "accounts": [], "night": 0}
    if not incidents:
        return out
    first, last = incidents[0]["time"], incidents[-1]["time"]
    span = (f"On {day(first)}, {first.year}" if first.date() == last.date() else
            f"Between {day(first)} and {day(last)}, {last.year}" if first.year == last.year else
            f"Between {long_date(first)} and {long_date(last)}")
    by: dict[str, int] = {}
    for i in incidents:
        noun = _CHANNEL_NOUN.get(str(i["channel"]), "other contact")
        by[noun] = by.get(noun, 0) + 1
    kinds = join([count(n, noun) for noun, n in by.items()])
    others = [i for i in incidents if i["third_party"]]
    whom = "me or other people" if others else "me"
    total = len(incidents)
    text = (f"{span}, {name} contacted {whom} about this debt {times(total)}"
            + (f": {kinds}" if len(by) > 1 else "") + ".")
    sources = sorted({i["from_number"] for i in incidents if i.get("from_number")})
    phones = [s for s in sources if "@" not in s]
    if len(phones) > 1:
        text += f" {It} used {count(len(phones), 'number')}."
    calls = [i for i in incidents if str(i["channel"]) == "call"]
    unanswered = sum(1 for i in calls if i.get("answered") is False)
    if calls and unanswered:
        text += (f" Of the {_spell(len(calls))} calls, {_spell(unanswered)} went unanswered."
                 if len(calls) > 1 else " The call went unanswered.")
    windows = sorted(seven_day_windows(analysis), key=lambda w: -w["calls"])[:1]
    for w in windows:
        text += (f" From {day(w['start'])} to {day(w['end'])} alone, {it} placed {w['calls']} "
                 f"calls to {w['person']}: more than seven in seven days.")
    # Without more than seven calls in seven days, the other presumption: calls again within
    # seven days after a telephone conversation (12 C.F.R. 1006.14(b)(2)(i)(B)).
    again = "" if windows else _after_talk(analysis, it)
    text += again
    night = [i for i in incidents if i["night"]]
    if night:
        shown = [day(i["time"]) + " at " + clock(i["time"]) for i in night]
        at = (join(shown) if len(shown) <= 4
              else ", ".join(shown[:3]) + f", and {len(shown) - 3} more")
        text += (f" {_night(len(night), total)} came before 8 a.m. or after 9 p.m. my time "
                 f"({at}).")
    busiest = max(analysis.pattern.days, key=lambda d: d.total, default=None)
    if busiest and busiest.total >= 5 and len(analysis.pattern.days) > 1:
        text += f" On {day(busiest.day)} alone {it} contacted {whom} {times(busiest.total)}."
    out["pattern"], out["night"] = text, len(night)
    brief = (f"{span}, {name} contacted {whom} about this debt {times(total)}"
             + (f": {kinds}" if len(by) > 1 else "") + ".")
    if night:
        brief += f" {_night(len(night), total)} came before 8 a.m. or after 9 p.m. my time."
    for w in windows:
        brief += (f" From {day(w['start'])} to {day(w['end'])} alone, {it} placed {w['calls']} "
                  f"calls to {w['person']}.")
    brief += again
    out["brief"] = brief
    # Other people, each with how often, and what the caller did there (my account).
    people: dict[tuple, list[dict]] = {}
    for i in others:
        to = i.get("to") or {}
        people.setdefault((str(to.get("relation")), to.get("name")), []).append(i)
    if people:
        parts = [f"{_who(items[0], named=you)} {times(len(items))}"
                 for items in people.values()]
        out["people"] = f"{It} also contacted {join(parts)}."
    # Dated events from the facts I recorded.
    facts = case.facts
    events = out["events"]
    by_rule = {f["rule"]: f for f in context["findings"]}
    when = {i["id"]: i["time"] for i in incidents}

    def after(rule: str) -> list:
        f = by_rule.get(rule)
        return sorted(when[x] for x in (f["incidents"] if f else []) if x in when)

    from complaint_kit.api import fact_date

    told = fact_date(case, "employer_prohibits_contact_date")
    if told and after("US-WORKPLACE"):
        hits = after("US-WORKPLACE")
        events.append(f"On {day(told)} I told the caller that my employer does not allow these "
                      f"calls; {it} called me at work again {times(len(hits))} after that "
                      f"({join([day(t) for t in hits[:4]])}).")
    for request in facts.get("medium_optout_requests") or []:
        if not isinstance(request, dict) or not request.get("date"):
            continue
        asked = fact_date_value(request["date"])
        noun = _CHANNEL_NOUN.get(str(request.get("channel")), "message")
        hits = [i["time"] for i in incidents if str(i["channel"]) == str(request.get("channel"))
                and i["time"].date() > asked]
        if hits:
            events.append(f"On {day(asked)} I asked {it} to stop sending me "
                          f"{_NOUNS.get(noun, noun + 's')}; {it} sent me {count(len(hits), noun)}"
                          f" after that ({join([day(t) for t in hits[:4]])}).")
    sent = fact_date(case, "written_cease_notice_date")
    if sent:
        got = fact_date(case, "written_cease_notice_received_date")
        hits = after("US-CEASE")
        line = f"On {day(sent)} I asked {name} in writing to stop contacting me"
        line += f"; {it} received my letter on {day(got)}" if got else ""
        line += (f", and {it} contacted me again {times(len(hits))} after that "
                 f"({join([day(t) for t in hits[:4]])})." if hits else ".")
        events.append(line)
    disputed = fact_date(case, "dispute_sent_date")
    if disputed:
        hits = after("US-DISPUTE-CEASE")
        events.append(f"On {day(disputed)} I disputed the debt in writing"
                      + (f"; {it} went on collecting without first sending me verification "
                         f"({join([day(t) for t in hits[:4]])})." if hits else "."))
    if "US-VALIDATION" in by_rule:
        events.append(f"I have never received a written validation notice from {it}.")
    # The worst messages, quoted exactly; serious calls, in my own words.
    def rank(i: dict) -> tuple:
        tags = tagged.get(i["id"], ())
        return (min((_SEVERITY.index(t) for t in tags if t in _SEVERITY), default=99),
                -len(i["findings"]))

    tagged = {i.id: analysis.tags(i) for i in case.incidents}
    serious = sorted((i for i in incidents if i.get("content") and i["findings"]
                      and rank(i)[0] < 99), key=rank)
    quotes = [i for i in serious if i["verbatim"]][:3]
    out["quotes"] = [{"when": f"{day(i['time'])} at {clock(i['time'])}",
                      "how": _CHANNEL_NOUN.get(str(i["channel"]), "message"),
                      "from": i.get("from_number"), "text": i["content"]}
                     for i in sorted(quotes, key=lambda i: i["time"])]
    accounts = [i for i in serious if not i["verbatim"]][:2]
    out["accounts"] = [{"when": day(i["time"]),
                        "to": _who(i, named=you) if i["third_party"] else None,
                        "text": i["content"]} for i in sorted(accounts, key=lambda i: i["time"])]
    return out


def _after_talk(analysis: Analysis, it: str) -> str:
    """' After we spoke by phone on April 6, you called me twice more within seven days (April 7
    and April 9).': the first conversation with me that calls followed within seven days."""
    from .rules.contact import _after_conversation

    for talk, later in _after_conversation(analysis):
        if talk.to.relation.is_third_party:
            continue
        when = [i.time for i in later]
        days = [day(t) for t in when]
        shown = ([f"{d} at {clock(t)}" for d, t in zip(days, when, strict=True)]
                 if len(set(days)) < len(days) else days)
        listed = (join(shown) if len(shown) <= 4
                  else ", ".join(shown[:3]) + f", and {len(shown) - 3} more")
        more = {1: "once more", 2: "twice more"}.get(len(later), f"{_spell(len(later))} more times")
        return (f" After we spoke by phone on {day(talk.time)}, {it} called me {more} within "
                f"seven days ({listed}).")
    return ""


def fact_date_value(value):
    from datetime import date, datetime

    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def grouped(cites: list[str]) -> str:
    """'15 U.S.C. §§ 1692c(a)(1), 1692e(4); and 12 C.F.R. §§ 1006.14(b)(1)–(2), 1006.14(h)(1)':
    each code once, its sections in order, a run of paragraphs as a range; semicolons between
    codes, and between sections only where a section still holds a comma."""
    import re

    codes: dict[str, list[str]] = {}
    for cite in dict.fromkeys(cites):
        match = re.match(r"(.*?)§ (.*)", cite)
        if not match:
            codes.setdefault(cite, [])
            continue
        codes.setdefault(match.group(1).strip(), []).append(match.group(2))

    def key(section: str) -> list:
        return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", section)]

    def span(section: str) -> str:  # "1006.14(b)(1), (b)(2)" -> "1006.14(b)(1)–(2)"
        return re.sub(r"\((\w+)\)\((\w+)\), \(\1\)\((\w+)\)$", r"(\1)(\2)–(\3)", section)

    parts = []
    for code, sections in codes.items():
        sections = [span(x) for x in sorted(sections, key=key)]
        if not sections:
            parts.append(code)
        elif len(sections) == 1:
            parts.append(f"{code} § {sections[0]}")
        else:
            sep = "; " if any("," in x for x in sections) else ", "
            parts.append(f"{code} §§ {sep.join(sections)}")
    if len(parts) <= 1 or (len(parts) == 2 and not any("," in x for x in parts)):
        return " and ".join(parts)
    return "; ".join(parts[:-1]) + "; and " + parts[-1]
