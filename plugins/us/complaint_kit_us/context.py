"""Extra render context for US templates (the ``us`` variable): plain data only."""

from __future__ import annotations

from typing import Any

from complaint_kit.analysis import Analysis
from complaint_kit.case import Case, InstitutionType, RespondentRole

from . import citations as c
from .rules import COLLECTOR_DUTIES, FEDERAL, SCREENS, conduct
from .rules.contact import seven_day_windows
from .rules.notice import first_contact
from .rules.state import state
from .scope import scope

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

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


def long_date(value) -> str:
    return f"{MONTHS[value.month - 1]} {value.day}, {value.year}" if value else ""


def _collector(case: Case) -> dict | None:
    collecting = (RespondentRole.collection_agency, RespondentRole.collector)
    kinds = (InstitutionType.collection_agency, InstitutionType.debt_buyer,
             InstitutionType.law_firm)
    for r in case.respondents:
        if r.role in collecting or r.type in kinds:
            return r.model_dump()
    lender = case.lender or (case.respondents[0] if case.respondents else None)
    return lender.model_dump() if lender else None


def _deadline(case: Case):
    """30 days from the day the validation notice arrived, as the consumer records it."""
    from datetime import timedelta

    from .rules.common import fact_date

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
    return {
        "scope": s.as_dict(),
        "state": state(case),
        "collector": _collector(case),
        "violations": violations,
        "short": short,
        "scope_finding": next((f for f in findings if f["rule"] == "US-SCOPE"), None),
        "limitation": next((f for f in findings if f["rule"] == "US-LIMITATION"), None),
        "conduct": [titles[r] for r in conduct_ids if r in titles],
        "windows": seven_day_windows(analysis),
        "cfpb_issues": issues,
        "first_contact": first,
        "signed_long": long_date(context["signed_on"]),
        "timezone": case.timezone or "America/New_York",
        "narrative_limit": 4000,
        "cite": {k: v.article for k, v in CITE.items()},
        "dispute_deadline": _deadline(case),
    }
