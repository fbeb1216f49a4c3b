"""The documents US cases can draft (law-us.md §4)."""

from __future__ import annotations

from complaint_kit.api import DocumentKind

from .channels import has_grievance
from .scope import scope


def _disputable(case, findings) -> bool:
    """A 1692g dispute and validation request: only to a covered debt collector."""
    if scope(case).covered is False:
        return False
    fired = {f.rule_id for f in findings}
    return bool(case.debt and case.debt.disputed) or bool(
        fired & {"US-VALIDATION", "US-DISPUTE-CEASE", "US-FALSE-DEBT", "US-UNAUTHORISED-AMOUNT"}
    ) or bool(case.facts.get("request_validation"))


def _has_log(case, findings) -> bool:
    return bool(case.incidents) and has_grievance(case, findings)


DOCUMENTS = [
    DocumentKind(
        id="cfpb-narrative", jurisdiction="us", title="CFPB complaint: what happened",
        template="us/cfpb-narrative.md.j2", channels=("cfpb",), formats=("docx", "txt"),
        wanted=has_grievance,
        description="The complaint narrative to paste into the CFPB portal (also as .txt), "
                    "with the form choices and what to upload."),
    DocumentKind(
        id="dispute-letter", jurisdiction="us", title="Debt dispute and request for validation",
        template="us/dispute-letter.md.j2", channels=("collector",), wanted=_disputable,
        description="To the debt collector: disputes the debt and asks for verification under "
                    "15 U.S.C. 1692g(b); send within 30 days of the validation notice."),
    DocumentKind(
        id="cease-letter", jurisdiction="us", title="Request to stop contacting me",
        template="us/cease-letter.md.j2", channels=("collector",), wanted=has_grievance,
        description="To the collector (or creditor): a written demand to stop contacting you "
                    "and others, listing the violations with dates."),
    DocumentKind(
        id="harassment-log", jurisdiction="us", title="Debt collection harassment log",
        template="us/harassment-log.md.j2", wanted=_has_log,
        description="Every contact in order, calls per 7-day window, contacts before 8 a.m. or "
                    "after 9 p.m., people contacted, a chart, and the evidence list."),
]
