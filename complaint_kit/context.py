"""The render context: plain data that templates read. Case data goes in as data, never code."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from .analysis import Pattern, is_night
from .case import Case
from .channels import Channel
from .documents import DocumentKind
from .jurisdiction import Jurisdiction
from .rules import Finding


def citation_data(finding: Finding) -> list[dict[str, Any]]:
    """The citations a letter may quote (never an unverified one), binding law first."""
    return [{"label": c.label, "instrument": c.instrument, "article": c.article,
             "binding": str(c.binding), "gist": c.gist, "grade": c.grade, "source": c.source}
            for c in finding.quotable]


def finding_data(finding: Finding) -> dict[str, Any]:
    return {"rule": finding.rule_id, "title": finding.title, "incidents": finding.incidents,
            "explanation": finding.explanation, "verified": finding.verified,
            "citations": citation_data(finding)}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def evidence_data(case: Case, base_dir: Path | None, warnings: list[str]) -> list[dict]:
    """Each evidence item, with the SHA-256 of its file computed when the file is at hand."""
    out = []
    for item in case.evidence:
        data = item.model_dump()
        path = (base_dir / item.file) if (base_dir and item.file) else None
        data["exists"] = bool(path and path.is_file())
        if data["exists"]:
            digest = sha256_file(path)  # type: ignore[arg-type]
            if item.sha256 and item.sha256.lower() != digest:
                warnings.append(f"evidence {item.id}: {item.file} has changed since its "
                                f"SHA-256 was recorded")
            data["sha256"] = digest
        elif item.file and not item.sha256:
            warnings.append(f"evidence {item.id}: {item.file} not found; no SHA-256 listed")
        data["incidents"] = [i.id for i in case.incidents if item.id in i.evidence]
        out.append(data)
    return out


def incident_data(case: Case, jurisdiction: Jurisdiction, findings: list[Finding]) -> list[dict]:
    labels = jurisdiction.labels_for(case.language)
    out = []
    for incident in sorted(case.incidents, key=lambda i: i.time):
        local = case.local_time(incident)
        respondent = case.respondent(incident.respondent)
        data = incident.model_dump()
        data.update(
            time=local,
            date=local.date(),
            clock=local.strftime("%H:%M"),
            channel_label=labels.get(f"channel.{incident.channel}", str(incident.channel)),
            relation_label=labels.get(f"relation.{incident.to.relation}",
                                      str(incident.to.relation)),
            third_party=incident.to.relation.is_third_party,
            respondent_name=respondent.name if respondent else None,
            night=is_night(case, jurisdiction, incident),
            findings=[f.rule_id for f in findings if incident.id in f.incidents],
        )
        out.append(data)
    return out


def case_context(case: Case, jurisdiction: Jurisdiction, *, findings: list[Finding],
                 routes: list[Channel], pattern: Pattern, base_dir: Path | None,
                 warnings: list[str], today: date | None = None) -> dict[str, Any]:
    """What every document of a case reads: built once per case (evidence files are hashed
    here)."""
    today = today or date.today()
    return {
        "case": case.model_dump(),
        "case_id": case.id,
        "language": case.language or jurisdiction.language,
        "jurisdiction": {"code": jurisdiction.code, "name": jurisdiction.name},
        "labels": jurisdiction.labels_for(case.language),
        "complainant": case.complainant.model_dump(),
        "respondents": [r.model_dump() for r in case.respondents],
        "lender": case.lender.model_dump() if case.lender else None,
        "debt": case.debt.model_dump() if case.debt else None,
        "incidents": incident_data(case, jurisdiction, findings),
        "evidence": evidence_data(case, base_dir, warnings),
        "prior_complaints": [p.model_dump() for p in case.prior_complaints],
        "requests": list(case.requests),
        "harm": case.harm.model_dump(),
        "facts": dict(case.facts),
        "findings": [finding_data(f) for f in findings],
        "routes": [c.as_dict() for c in routes],
        "pattern": asdict(pattern),
        "signed_on": case.signed_on or today,
        "today": today,
    }


def document_context(shared: dict[str, Any], case: Case, kind: DocumentKind,
                     channel: Channel | None) -> dict[str, Any]:
    """One document's context: the case's, with the document and its addressee."""
    return {**shared, "document": {"id": kind.id, "title": kind.title_for(case.language)},
            "addressee": channel.as_dict() if channel else None}
