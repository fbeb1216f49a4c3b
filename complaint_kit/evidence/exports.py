"""Phone exports into a case: choose the collectors' records, skip what the case holds, tag the
messages, and add the rest as incidents with the export as their evidence."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from complaint_kit.assess.tagging import Tagger
from complaint_kit.evidence.importing import Direction, Importer, ReadOptions, Record
from complaint_kit.evidence.phones import national_digits, normalise
from complaint_kit.model.case import Case, Evidence, Incident, Medium

EXPORT_KIND = "phone_export"
# How an export is described in the evidence list, unless the jurisdiction's labels say
# (key "evidence.phone_export"; fields {file}, {importer}, {count}).
EXPORT_DESCRIPTION = "{importer}: {file} ({count} contacts imported)"


@dataclass
class Selection:
    """Which records to take: the collectors' numbers and a time range.

    With no numbers and no prefixes, the numbers the case already knows (the respondents'
    phones and the numbers of earlier incidents) are the collectors'; ``everything`` takes every
    inbound record.
    """

    numbers: set[str] = field(default_factory=set)  # normalised
    prefixes: tuple[str, ...] = ()  # national digits, e.g. "106"
    since: date | None = None  # local dates, inclusive
    until: date | None = None
    everything: bool = False

    def wants(self, number: str, region: str | None, local_day: date) -> bool:
        if self.since and local_day < self.since:
            return False
        if self.until and local_day > self.until:
            return False
        if self.everything or number in self.numbers:
            return True
        return bool(self.prefixes) and national_digits(number, region).startswith(self.prefixes)


@dataclass
class ImportResult:
    file: Path
    importer: str
    read: int = 0  # records in the export
    inbound: int = 0  # of those, contacts that reached the phone's owner
    selected: int = 0  # of those, from the collectors in the time range
    duplicates: int = 0  # of those, already in the case
    added: list[Incident] = field(default_factory=list)
    tags: Counter = field(default_factory=Counter)
    evidence_id: str | None = None
    evidence_new: bool = False  # the evidence item was added by this import
    warnings: list[str] = field(default_factory=list)


def known_numbers(case: Case, region: str | None) -> set[str]:
    numbers = {p for r in case.respondents for p in r.phones}
    numbers |= {i.from_number for i in case.incidents if i.from_number}
    return {normalise(n, region) for n in numbers}


def incident_key(kind: str, number: str | None, at: datetime, text: str,
                 duration: int | None) -> tuple:
    """What makes a contact the same contact on a second import: channel, number, the second
    it happened (in UTC) and what it said or how long it lasted."""
    return (kind, number or "", int(at.timestamp()), text.strip(), duration or 0)


def _key_of(incident: Incident, region: str | None) -> tuple:
    number = normalise(incident.from_number, region) if incident.from_number else None
    return incident_key(str(incident.channel), number, incident.time, incident.content,
                        incident.duration_seconds)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _evidence_for(case: Case, path: Path, base_dir: Path) -> tuple[Evidence, bool]:
    """The case's evidence item for this export, added the first time it is imported; and
    whether it is new."""
    digest = sha256_of(path)
    for item in case.evidence:
        if item.kind == EXPORT_KIND and item.sha256 == digest:
            return item, False
    try:
        shown = os.path.relpath(path.resolve(), base_dir.resolve())
    except ValueError:  # another drive on Windows
        shown = str(path.resolve())
    taken = {e.id for e in case.evidence}
    n = 1
    while f"X{n}" in taken:
        n += 1
    item = Evidence(id=f"X{n}", file=Path(shown).as_posix(), description=path.name,
                    kind=EXPORT_KIND, sha256=digest)
    case.evidence.append(item)
    return item, True


def _incident(record: Record, number: str, zone, tagger: Tagger | None,
              respondent: str | None, evidence_id: str) -> Incident:
    is_call = record.kind == "call"
    answered = None
    if is_call and record.direction == Direction.INCOMING:
        answered = True
    elif is_call and record.direction in Direction.UNANSWERED:
        answered = False
    tags = tagger.tag(record.text).tags if (tagger and record.text) else []
    return Incident(
        time=record.time.astimezone(zone),
        channel=Medium.call if is_call else Medium.sms,
        respondent=respondent,
        from_number=number or None,
        content=record.text,
        answered=answered,
        duration_seconds=record.duration_seconds if is_call else None,
        tags=tags,
        evidence=[evidence_id],
    )


def import_records(case: Case, records: Iterable[Record], *, region: str | None,
                   selection: Selection, tagger: Tagger | None = None,
                   respondent: str | None = None, evidence_id: str,
                   result: ImportResult) -> None:
    """Add the selected, new records to ``case.incidents``; counts go into ``result``.

    Records are consumed one by one, so an export of any size is read in constant memory.
    """
    zone = case.zone
    seen = {_key_of(i, region) for i in case.incidents}
    used_ids = {i.id for i in case.incidents}
    next_id = len(case.incidents) + 1
    by_number = {normalise(p, region): r.id for r in case.respondents for p in r.phones}
    for record in records:
        result.read += 1
        if record.direction not in Direction.INBOUND:
            continue
        result.inbound += 1
        number = normalise(record.number, region)
        if not selection.wants(number, region, record.time.astimezone(zone).date()):
            continue
        result.selected += 1
        key = incident_key(record.kind if record.kind == "call" else "sms", number or None,
                           record.time, record.text, record.duration_seconds
                           if record.kind == "call" else None)
        if key in seen:
            result.duplicates += 1
            continue
        seen.add(key)
        incident = _incident(record, number, zone, tagger,
                             respondent or by_number.get(number), evidence_id)
        while f"I{next_id}" in used_ids:
            next_id += 1
        incident.id = f"I{next_id}"
        used_ids.add(incident.id)
        case.incidents.append(incident)
        result.added.append(incident)
        result.tags.update(incident.tags)


def import_export(case: Case, path: Path, importer: Importer, *, base_dir: Path,
                  region: str | None, selection: Selection, options: ReadOptions,
                  tagger: Tagger | None = None, respondent: str | None = None,
                  description: str = EXPORT_DESCRIPTION) -> ImportResult:
    """Read one export into the case (in memory; the caller saves the case)."""
    result = ImportResult(path, importer.name)
    evidence, new = _evidence_for(case, path, base_dir)
    result.evidence_id = evidence.id
    start = len(options.warnings)
    import_records(case, importer.read(path, options), region=region,
                   selection=selection, tagger=tagger, respondent=respondent,
                   evidence_id=evidence.id, result=result)
    result.warnings = options.warnings[start:]
    if new:
        evidence.description = description.format(
            file=path.name, importer=importer.description, count=len(result.added))
    if new and not result.added:
        case.evidence.remove(evidence)  # nothing came from it: no evidence entry either
        result.evidence_id = None
    result.evidence_new = new and bool(result.added)
    case.incidents.sort(key=lambda i: i.time)
    return result
