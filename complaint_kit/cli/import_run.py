"""Running an import for the command line: one export at a time, each all or nothing."""

from __future__ import annotations

import codecs
import json
import sys
from datetime import date
from pathlib import Path

from complaint_kit.casefile.load import load_case
from complaint_kit.casefile.problems import CaseFileError
from complaint_kit.cli.common import case_label, fail, registry
from complaint_kit.evidence.exports import (
    EXPORT_DESCRIPTION,
    ImportResult,
    Selection,
    import_export,
)
from complaint_kit.evidence.importing import ExportError, ReadOptions
from complaint_kit.evidence.phones import normalise
from complaint_kit.plugins.registry import UnknownName

MAX_WARNINGS = 20  # shown per export; the count says how many more


def parse_columns(pairs: list[str]) -> dict[str, str]:
    columns = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise ValueError(f"--column {pair!r}: write it as FIELD=HEADER, e.g. time=Date")
        columns[field.strip().lower()] = header.strip()
    return columns


def run(case_file: Path, exports: list[Path], *, fmt: str | None, numbers: list[str],
        prefixes: list[str], everything: bool, since: date | None, until: date | None,
        respondent: str | None, columns: list[str], time_format: str | None, tag: bool,
        dry_run: bool, encoding: str | None = None) -> int:
    reg = registry()
    try:
        as_read = case_file.read_bytes()
        case = load_case(case_file, reg)
        original = case.model_copy(deep=True)
        jurisdiction = reg.jurisdiction(case.jurisdiction)
        mapping = parse_columns(columns)
        fixed = reg.importer(fmt) if fmt else None
    except (CaseFileError, UnknownName, ValueError, OSError) as exc:
        raise fail(str(exc).strip("'\"")) from None
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise fail(f"--encoding {encoding!r}: no such encoding (try utf-8, gb18030, big5 "
                       f"or cp1252)", 2) from None
    region = jurisdiction.phone_region
    if respondent is not None and case.respondent(respondent) is None:
        known = ", ".join(r.id for r in case.respondents) or "none"
        raise fail(f"--respondent {respondent!r}: no such respondent in {case_file} "
                   f"(known: {known})", 2)
    wanted = {normalise(n, region) for n in numbers}
    phones: dict[str, list[str]] = {}
    if respondent and wanted:
        owner = case.respondent(respondent)
        have = {normalise(p, region) for p in owner.phones}
        phones[respondent] = sorted(wanted - have)
        owner.phones += phones[respondent]
    from complaint_kit.evidence.exports import known_numbers

    selection = Selection(numbers=wanted or known_numbers(case, region),
                          prefixes=tuple(p.lstrip("+") for p in prefixes), since=since,
                          until=until, everything=everything)
    if not (selection.numbers or selection.prefixes or everything):
        raise fail(f"{case_file} holds no collector's number yet: name them with --from "
                   f"(or --prefix), or take every incoming contact with --all", 2)
    tagger = reg.tagger(case.language or jurisdiction.language) if tag else None
    failed = False
    results: list[ImportResult] = []
    for path in exports:
        importer = fixed
        try:
            if importer is None:
                importer = reg.importer_for(path)
            if importer is None:
                known = ", ".join(i.name for i in reg.importers)
                raise ExportError(f"{path}: not a phone export this version reads "
                                  f"(importers: {known}); choose one with --format")
            # Each export goes into a copy, so a file that fails half-way adds nothing.
            trial = case.model_copy(deep=True)
            options = ReadOptions(timezone=case.zone, columns=mapping, time_format=time_format,
                                  encoding=encoding, fallback_encoding=jurisdiction.text_encoding)
            result = import_export(trial, path, importer, base_dir=case_file.parent,
                                   region=region, selection=selection, options=options,
                                   tagger=tagger or None, respondent=respondent,
                                   description=jurisdiction.labels.get(
                                       "evidence.phone_export", EXPORT_DESCRIPTION))
        except (ExportError, OSError) as exc:
            failed = True
            message = str(exc) if isinstance(exc, ExportError) else (
                f"{path}: {getattr(exc, 'strerror', None) or exc}")
            print(f"error: {message} (nothing imported from it)", file=sys.stderr)
            continue
        case = trial
        results.append(result)
    _report(case, results)
    if results and not dry_run and any(r.added for r in results):
        if not _save(case_file, as_read, original, case, results, phones):
            failed = True
    elif dry_run:
        print("Dry run: the case file was not changed.")
    return 1 if failed else 0


def _save(case_file: Path, as_read: bytes, original, case, results: list[ImportResult],
          phones: dict[str, list[str]]) -> bool:
    """Add what was imported to the case file in place, keeping its format and comments; if
    that cannot be done, leave it as it is and write the whole case beside it."""
    from complaint_kit.casefile.update import CaseFileUpdateError, add_to_case_file

    new_evidence = {r.evidence_id for r in results if r.evidence_new}
    try:
        if case_file.read_bytes() != as_read:
            raise CaseFileUpdateError("it changed while the exports were read")
        add_to_case_file(case_file, original,
                         incidents=[i for r in results for i in r.added],
                         evidence=[e for e in case.evidence if e.id in new_evidence],
                         phones=phones)
    except (CaseFileUpdateError, OSError, ValueError) as exc:
        from complaint_kit.casefile.atomic import atomic_write_text
        from complaint_kit.casefile.dump import dump_case

        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        beside = case_file.with_name(f"{case_file.stem}.imported{case_file.suffix}")
        if case_file.suffix.lower() == ".json":
            data = case.model_dump(mode="json", exclude_defaults=True)
            text = json.dumps({"schema_version": case.schema_version, **data},
                              ensure_ascii=False, indent=2) + "\n"
        else:
            text = dump_case(case)
        atomic_write_text(beside, text)
        print(f"error: {case_file}: not changed ({reason}); the case with the imported "
              f"contacts is in {beside}", file=sys.stderr)
        return False
    print(f"Saved {case_file}.")
    return True


def _report(case, results: list[ImportResult]) -> None:
    from rich.table import Table

    from complaint_kit.cli.common import console

    screen = console()
    if not results:
        return
    table = Table(title=f"{case_label(case)}: import", title_justify="left")
    for header in ("Export", "Importer", "Records", "Incoming", "From collectors",
                   "Already in case", "Added", "Evidence"):
        table.add_column(header, justify="left" if header in ("Export", "Importer") else "right")
    for r in results:
        table.add_row(r.file.name, r.importer, str(r.read), str(r.inbound), str(r.selected),
                      str(r.duplicates), str(len(r.added)), r.evidence_id or "")
    screen.print(table)
    tags = sum((r.tags for r in results), start=type(results[0].tags)())
    if tags:
        screen.print("Tagged: " + ", ".join(f"{t} {n}" for t, n in tags.most_common()))
    for r in results:
        for line in r.warnings[:MAX_WARNINGS]:
            screen.print(f"warning: {line}")
        if len(r.warnings) > MAX_WARNINGS:
            screen.print(f"warning: … and {len(r.warnings) - MAX_WARNINGS} more in {r.file}")
    total = sum(len(r.added) for r in results)
    screen.print(f"{total} incidents added; the case now has {len(case.incidents)}.")
