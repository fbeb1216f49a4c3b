"""Extra render context for US templates (the ``us`` variable): plain data only."""

from __future__ import annotations

import re
from typing import Any

from complaint_kit.api import Analysis, Case, InstitutionType, RespondentRole, series

from . import citations as c
from .rules import COLLECTOR_DUTIES, FEDERAL, SCREENS, conduct
from .rules.frequency import seven_day_windows
from .rules.notice import first_contact
from .rules.state import state
from .scope import scope
from .story import story
from .words import clock, day, join, long_date, times, up_to_four

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
    conduct_ids = _conduct_ids(analysis, s.covered, violations)
    conduct_titles = _federal_titles(conduct_ids)
    first = first_contact(case)
    collector = _collector(case)
    # Each violation once, by what it is and its first binding provision (the letters' law line).
    laws = [law for f in violations if f["rule"] != "US-CA-ROSENTHAL" for law in _laws(f)]
    cited = [x for x in laws if x["cite"]]
    return {
        "scope": s.as_dict(),
        "state": state(case),
        "collector": collector,
        "story": story(analysis, context, collector),
        "story_you": story(analysis, context, collector, you=True),
        "laws": cited,
        "whats": {f["rule"]: _what(f) for f in violations},
        "law_line": grouped([x["cite"] for x in cited]),
        "violations": violations,
        "short": _short(violations, context["incidents"]),
        "scope_finding": _finding(findings, "US-SCOPE"),
        "limitation": _finding(findings, "US-LIMITATION"),
        "conduct": conduct_titles,
        "conduct_text": join([t[:1].lower() + t[1:] for t in conduct_titles]),
        "windows": seven_day_windows(analysis),
        "cfpb_issues": _cfpb_issues(conduct_ids),
        "first_contact": first,
        "first_contact_long": long_date(first),
        "validation_received_long": long_date(_fact(case, "validation_notice_received_date")),
        "signed_long": long_date(context["signed_on"]),
        "reply_by_long": _reply_by(context["signed_on"]),
        "attorney_general": _attorney_general(state(case)),
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


def _conduct_ids(analysis: Analysis, covered: bool | None, violations: list[dict]
                 ) -> list[str]:
    """The rules whose conduct the documents describe: the violations, or, where the FDCPA
    does not cover the creditor, its conduct described without claiming the FDCPA."""
    if covered is False:
        return [r for r in conduct(analysis) if r not in COLLECTOR_DUTIES]
    return [f["rule"] for f in violations]


def _federal_titles(rule_ids: list[str]) -> list[str]:
    """The titles of the federal rules among ``rule_ids``, without their parenthesis."""
    titles = {spec.id: spec.title for spec in FEDERAL}
    return [titles[r].split(" (")[0] for r in rule_ids if r in titles]


def _cfpb_issues(conduct_ids: list[str]) -> list[dict]:
    """The CFPB form's issue and sub-issue for each kind of conduct, each pair once."""
    issues: list[dict] = []
    for rule_id in conduct_ids:
        if rule_id in CFPB_ISSUES:
            issue, sub = CFPB_ISSUES[rule_id]
            if not any(i["issue"] == issue and i["sub_issue"] == sub for i in issues):
                issues.append({"issue": issue, "sub_issue": sub})
    return issues


def _short(violations: list[dict], incidents: list[dict]) -> list[dict]:
    """A short form of each violation for the CFPB narrative, which has little room."""
    when = {i["id"]: i["time"] for i in incidents}
    return [{"rule": f["rule"], "title": f["title"].split(" (")[0],
             "times": sorted(when[x] for x in f["incidents"] if x in when)[:4],
             "more": max(0, len([x for x in f["incidents"] if x in when]) - 4),
             "cites": [ct["article"] or ct["instrument"] for ct in f["citations"]
                       if ct["binding"] == "binding"][:2]}
            for f in violations]


def _finding(findings: list[dict], rule: str) -> dict | None:
    return next((f for f in findings if f["rule"] == rule), None)


def _attorney_general(code: str | None) -> str:
    if code in STATE_NAMES:
        return f"the {STATE_NAMES[code]} Attorney General"
    return "my state's Attorney General"


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
    at = up_to_four(shown)
    cite = next((ct["article"] for ct in f["citations"] if ct["binding"] == "binding"
                 and ct["article"]), None)
    return {"count": len(when), "times": times(len(when)), "at": at, "cite": cite}


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
    return series(parts, "; and ", "; ")
