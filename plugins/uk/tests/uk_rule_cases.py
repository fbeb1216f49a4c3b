"""What the UK rule tests share: a case of given contacts and facts, its findings and questions,
contacts written briefly, and lawful reminders."""

from __future__ import annotations

from pathlib import Path

from complaint_kit.draft.pipeline import assess
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry

REFERENCE = Path(__file__).resolve().parents[4] / "shared" / "reference" / "law-uk.md"


def make_case(incidents, facts=None, **extra) -> Case:
    data = {
        "jurisdiction": "uk", "timezone": "Europe/London",
        "complainant": {"name": "Sam Example"},
        "respondents": [{"id": "bank", "role": "lender", "type": "bank",
                         "name": "Example Bank plc"}],
        "incidents": incidents, "facts": facts or {},
    }
    data.update(extra)
    return Case.model_validate(data)


def findings(case: Case) -> dict:
    return {f.rule_id: f for f in assess(case, get_registry()).findings}


def asks(case: Case) -> set:
    return {q.rule_id for q in assess(case, get_registry()).questions}


def sms(time, content, **kw):
    return {"time": time, "channel": "sms", "respondent": "bank", "content": content, **kw}


def call(time, content="", answered=True, **kw):
    return {"time": time, "channel": "call", "respondent": "bank", "content": content,
            "answered": answered, **kw}


def articles(finding) -> set:
    return {c.article for c in finding.citations}


LAWFUL = [
    sms("2026-03-01 10:00", "Example Bank: your credit card payment of £75 is due on 15/03/2026. "
        "Please ignore this message if you have already paid."),
    call("2026-03-17 11:30", "Hello, this is Example Bank about your credit card, which is now one "
         "payment behind. Can we help you set up a payment plan? If the arrears are not cleared "
         "we may apply to the county court for a judgment."),
    {"time": "2026-03-20 09:00", "channel": "letter", "respondent": "bank",
     "content": "Statement: arrears £75, balance £895.60 including interest. If you are "
                "struggling, free debt advice is available."},
    {"time": "2026-03-25 14:00", "channel": "email", "respondent": "bank",
     "content": "Reminder: your account is in arrears. We may report missed payments to credit "
                "reference agencies. Contact us to agree a plan."},
]
