"""The documents United Kingdom cases can draft (layouts follow law-uk.md §4)."""

from __future__ import annotations

from complaint_kit.documents import DocumentKind


def _has_findings(case, findings) -> bool:
    return bool(findings)


def _has_evidence(case, findings) -> bool:
    return bool(case.evidence)


def _has_pattern(case, findings) -> bool:
    return bool(case.incidents) and bool(findings)


DOCUMENTS = [
    DocumentKind(id="complaint", jurisdiction="uk", title="Formal complaint",
                 template="uk/complaint.md.j2", channels=("firm",), wanted=_has_findings,
                 description="To the firm: a formal complaint with the dated log, the rules "
                             "broken, how to put things right, and the 8-week final-response "
                             "duty."),
    DocumentKind(id="fos-summary", jurisdiction="uk",
                 title="Financial Ombudsman Service referral summary",
                 template="uk/fos-summary.md.j2", channels=("fos",), formats=("docx", "txt"),
                 wanted=_has_findings,
                 description="For the Ombudsman's complaint form: personal details, the business, "
                             "the product, the complaint and final-response dates against the "
                             "6-month limit, what happened and the outcome wanted (also as "
                             "text to paste)."),
    DocumentKind(id="police-report", jurisdiction="uk", title="Harassment report to the police",
                 template="uk/police-report.md.j2", channels=("police",), wanted=_has_findings,
                 description="To the police: the course of conduct, the offences it points to "
                             "(Protection from Harassment Act 1997, with the facts that meet its "
                             "elements), any urgent threat, and the evidence."),
    DocumentKind(id="harassment-report", jurisdiction="uk", title="Contact log and pattern",
                 template="uk/harassment-report.md.j2", wanted=_has_pattern,
                 description="Every contact in order, contacts per day with a chart, contacts "
                             "outside 8 am to 9 pm, third parties reached and numbers used."),
    DocumentKind(id="evidence-index", jurisdiction="uk", title="Evidence index",
                 template="uk/evidence-index.md.j2", wanted=_has_evidence,
                 description="Each piece of evidence with what it shows and its file's SHA-256."),
]
