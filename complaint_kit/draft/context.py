"""The render context: plain data that templates read. Case data goes in as data, never code."""

from __future__ import annotations

import copy
import hashlib
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from complaint_kit.assess.analysis import Pattern
from complaint_kit.assess.routing import Channel
from complaint_kit.assess.rules import Citation, Finding
from complaint_kit.draft.documents import DocumentKind
from complaint_kit.model.case import Case
from complaint_kit.model.jurisdiction import Jurisdiction


def citation_data(finding: Finding) -> list[dict[str, Any]]:
    """The citations a letter may quote (never an unverified one), binding law first."""
    return [dict(_citation(c)) for c in finding.quotable]


@lru_cache(maxsize=1024)
def _citation(c: Citation) -> dict[str, Any]:
    """A citation as templates read it; made once per citation (the plugins' rules hold a few
    hundred), and copied for each document."""
    return {"label": c.label, "instrument": c.instrument, "article": c.article,
            "binding": str(c.binding), "basis": str(c.basis) if c.basis else None,
            "gist": c.gist, "grade": c.grade, "source": c.source}


def finding_data(finding: Finding) -> dict[str, Any]:
    return {"rule": finding.rule_id, "title": finding.title, "incidents": finding.incidents,
            "explanation": finding.explanation, "verified": finding.verified,
            "basis": str(finding.basis) if finding.basis else None, "urgent": finding.urgent,
            "elements": {c.label: [e.as_dict() for e in found]
                         for c, found in finding.elements.items()},
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


def incident_data(case: Case, jurisdiction: Jurisdiction, findings: list[Finding],
                  dumped: list[dict] | None = None) -> list[dict]:
    """Each incident in time order, with what templates show of it. ``dumped``: the case's
    incidents as ``model_dump`` gives them, when the caller has them already."""
    labels = jurisdiction.labels_for(case.language)
    if dumped is None:
        dumped = [incident.model_dump() for incident in case.incidents]
    found: dict[str, list[str]] = {}  # incident id → the rules found in it, in order
    for finding in findings:
        for incident_id in dict.fromkeys(finding.incidents):
            found.setdefault(incident_id, []).append(finding.rule_id)
    out = []
    for incident, dump in sorted(zip(case.incidents, dumped, strict=True),
                                 key=lambda pair: pair[0].time):
        local = case.local_time(incident)
        respondent = case.respondent(incident.respondent)
        data = dict(dump)
        data.update(
            time=local,
            date=local.date(),
            clock=local.strftime("%H:%M"),
            channel_label=labels.get(f"channel.{incident.channel}", str(incident.channel)),
            relation_label=labels.get(f"relation.{incident.to.relation}",
                                      str(incident.to.relation)),
            third_party=incident.to.relation.is_third_party,
            verbatim=incident.verbatim,  # only then may a document quote it as their words
            respondent_name=respondent.name if respondent else None,
            night=jurisdiction.is_night(local.time()),  # analysis.is_night, from its local time
            findings=list(found.get(incident.id, ())),
        )
        out.append(data)
    return out


def case_context(case: Case, jurisdiction: Jurisdiction, *, findings: list[Finding],
                 routes: list[Channel], pattern: Pattern, base_dir: Path | None,
                 warnings: list[str], today: date | None = None) -> dict[str, Any]:
    """What every document of a case reads: built once per case (evidence files are hashed
    here)."""
    today = today or date.today()
    dumped = case.model_dump()
    return {
        "case": dumped,
        "case_id": case.id,
        "language": case.language or jurisdiction.language,
        "locale": jurisdiction.locale(case.language),  # for the date, money and plural filters
        "jurisdiction": {"code": jurisdiction.code, "name": jurisdiction.name},
        "labels": jurisdiction.labels_for(case.language),
        "complainant": case.complainant.model_dump(),
        "respondents": [r.model_dump() for r in case.respondents],
        "lender": case.lender.model_dump() if case.lender else None,
        "debt": case.debt.model_dump() if case.debt else None,
        "incidents": incident_data(case, jurisdiction, findings, dumped["incidents"]),
        "evidence": evidence_data(case, base_dir, warnings),
        "prior_complaints": [p.model_dump() for p in case.prior_complaints],
        "requests": list(case.requests),
        "harm": case.harm.model_dump(),
        "facts": dict(case.facts),
        "findings": [finding_data(f) for f in findings],
        "routes": [c.as_dict() for c in routes],
        "pattern": plain_data(pattern),
        "signed_on": case.signed_on or today,
        "today": today,
    }


_ATOMS = frozenset({str, int, float, bool, type(None), date, datetime, Decimal})


def plain_data(value: Any) -> Any:
    """``dataclasses.asdict`` for what analysis returns (dataclasses, lists, dicts and atoms):
    the same dicts and lists, made without a deep copy of each atom."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is list:
        return [plain_data(v) for v in value]
    if kind is dict:
        return {k: plain_data(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain_data(getattr(value, f.name)) for f in fields(value)}
    if kind is tuple:
        return tuple(plain_data(v) for v in value)
    return copy.deepcopy(value)


def document_context(shared: dict[str, Any], case: Case, kind: DocumentKind,
                     channel: Channel | None, *, with_id_number: bool = False
                     ) -> dict[str, Any]:
    """One document's context: the case's, with the document and its addressee. The
    complainant's ID number is left out unless the addressee needs it or ``with_id_number``."""
    context = {**shared, "document": {"id": kind.id, "title": kind.title_for(case.language)},
               "addressee": channel.as_dict() if channel else None}
    if (case.complainant.id_number and not with_id_number
            and not (channel is not None and channel.takes_id_number)):
        complainant = {**shared["complainant"], "id_number": None}
        context["complainant"] = complainant
        context["case"] = {**shared["case"], "complainant": complainant}
    return context
