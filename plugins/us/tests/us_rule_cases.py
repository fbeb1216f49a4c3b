"""What the US rule tests share: a case of given contacts and facts, its findings and questions,
contacts written briefly, and a lawful text."""

from __future__ import annotations

from pathlib import Path

from complaint_kit.draft.pipeline import assess
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry

REFERENCE = Path(__file__).resolve().parents[4] / "shared" / "reference" / "law-us.md"
GRADES = {"High", "Medium", "Medium-High", "Low", "UNVERIFIED"}


def make_case(incidents, facts=None, **extra) -> Case:
    data = {
        "jurisdiction": "us", "timezone": extra.pop("timezone", "America/Chicago"),
        "complainant": {"name": "Test Example"},
        "respondents": [
            {"id": "bank", "role": "lender", "type": "bank", "name": "Example Bank"},
            {"id": "agency", "role": "collection_agency", "type": "collection_agency",
             "name": "Example Agency", "acting_for": "bank"}],
        "facts": {"collector_type": "third_party_agency", "debt_purpose": "consumer",
                  **(facts or {})},
        "incidents": incidents,
    }
    data.update(extra)
    return Case.model_validate(data)


def findings(case: Case) -> dict:
    return {f.rule_id: f for f in assess(case, get_registry()).findings}


def asks(case: Case) -> dict:
    return {q.rule_id: q for q in assess(case, get_registry()).questions}


def call(time, **kw):
    return {"time": time, "channel": "call", "respondent": "agency", **kw}


def sms(time, content, **kw):
    return {"time": time, "channel": "sms", "respondent": "agency", "content": content, **kw}


OK_TEXT = "Example Agency, a debt collector. Please call us. Reply STOP to opt out."


def articles(finding) -> set:
    return {c.article for c in finding.citations}
