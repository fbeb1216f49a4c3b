"""The `import` command: phone exports into a case's incidents, one export at a time, each all or
nothing. Only typer and the standard library load at module level, so that `complaint-kit
--help` stays fast; the readers load when the command runs."""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from complaint_kit.cli.common import case_label, console, fail, registry

if TYPE_CHECKING:
    from complaint_kit.assess.tagging import Tagger
    from complaint_kit.evidence.exports import ImportResult, Selection
    from complaint_kit.evidence.importing import Importer
    from complaint_kit.model.case import Case
    from complaint_kit.model.jurisdiction import Jurisdiction
    from complaint_kit.plugins.registry import Registry

MAX_WARNINGS = 20  # shown per export; the count says how many more


@dataclass(frozen=True)
class ImportOptions:
    """What `import` was asked to do with the exports, as the command line gave it."""

    fmt: str | None = None  # the importer; None: recognised from each file
    numbers: tuple[str, ...] = ()  # the collectors' numbers (--from)
    prefixes: tuple[str, ...] = ()
    everything: bool = False
    since: date | None = None
    until: date | None = None
    respondent: str | None = None
    columns: tuple[str, ...] = ()  # FIELD=HEADER pairs
    time_format: str | None = None
    encoding: str | None = None
    tag: bool = True
    dry_run: bool = False


def import_(
    case_file: Annotated[Path, typer.Argument(help="The case file to add incidents to.",
                                              show_default=False)],
    exports: Annotated[list[Path], typer.Argument(
        help="Phone exports: SMS Backup & Restore XML, or CSV.", show_default=False)],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="Importer to use (default: recognised from each file).")] = None,
    numbers: Annotated[list[str] | None, typer.Option(
        "--from", help="A collector's number (repeatable). Default: the numbers the case "
        "already holds.")] = None,
    prefixes: Annotated[list[str] | None, typer.Option(
        "--prefix", help="Take numbers starting with these digits, e.g. 106 short codes "
        "(repeatable).")] = None,
    everything: Annotated[bool, typer.Option(
        "--all", help="Take every incoming message and call, whoever sent it.")] = False,
    since: Annotated[str | None, typer.Option(
        "--since", help="First day to take, YYYY-MM-DD (local time).")] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Last day to take, YYYY-MM-DD (local time).")] = None,
    respondent: Annotated[str | None, typer.Option(
        "--respondent", help="Respondent id the imported contacts come from; numbers given "
        "with --from are added to its phones.")] = None,
    columns: Annotated[list[str] | None, typer.Option(
        "--column", help="CSV column for a field: time=Date, number=Phone, direction=Type, "
        "text=Body, duration=Seconds (repeatable).")] = None,
    time_format: Annotated[str | None, typer.Option(
        "--time-format", help="strptime format for CSV times the reader cannot guess.")] = None,
    encoding: Annotated[str | None, typer.Option(
        "--encoding", help="Encoding of CSV exports, e.g. big5 or cp1252 (default: UTF-8 or "
        "UTF-16 when the file is, else the jurisdiction's usual one).")] = None,
    no_tags: Annotated[bool, typer.Option(
        "--no-tags", help="Do not tag the imported messages.")] = False,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Show what would be added; leave the case file as it is.")] = False,
) -> None:
    """Add incidents from phone exports; importing the same export again adds nothing twice."""
    options = ImportOptions(
        fmt=fmt, numbers=tuple(numbers or ()), prefixes=tuple(prefixes or ()),
        everything=everything, since=_day(since, "--since"), until=_day(until, "--until"),
        respondent=respondent, columns=tuple(columns or ()), time_format=time_format,
        encoding=encoding, tag=not no_tags, dry_run=dry_run)
    raise typer.Exit(run(case_file, exports, options))


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date like 2024-03-01",
                                 param_hint=option) from None


def parse_columns(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    columns = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise ValueError(f"--column {pair!r}: write it as FIELD=HEADER, e.g. time=Date")
        columns[field.strip().lower()] = header.strip()
    return columns


def run(case_file: Path, exports: list[Path], options: ImportOptions) -> int:
    """Import ``exports`` into the case file; the exit code (1 if an export failed)."""
    session = _Session.open(case_file, options)
    phones = session.add_phones()
    session.prepare()
    results = [session.import_one(path) for path in exports]
    done = [r for r in results if r is not None]
    failed = len(done) < len(results)
    _report(session.case, done)
    if done and not options.dry_run and any(r.added for r in done):
        if not _save(session, done, phones):
            failed = True
    elif options.dry_run:
        print("Dry run: the case file was not changed.")
    return 1 if failed else 0


@dataclass
class _Session:
    """One run of `import`: the case as the exports go into it, and what each is read with."""

    case_file: Path
    options: ImportOptions
    reg: Registry
    as_read: bytes  # the case file's bytes, to see whether it changed before saving
    original: Case  # the case as read
    case: Case
    jurisdiction: Jurisdiction
    columns: dict[str, str]
    fixed: Importer | None  # the importer --format names
    wanted: set[str]  # the --from numbers, normalised
    selection: Selection | None = None
    tagger: Tagger | None = None

    @classmethod
    def open(cls, case_file: Path, options: ImportOptions) -> _Session:
        """Read the case file and check the options against it; a usage error exits."""
        from complaint_kit.casefile.load import load_case
        from complaint_kit.casefile.problems import CaseFileError
        from complaint_kit.evidence.phones import normalise
        from complaint_kit.plugins.registry import UnknownName

        reg = registry()
        try:
            as_read = case_file.read_bytes()
            case = load_case(case_file, reg)
            original = case.model_copy(deep=True)
            jurisdiction = reg.jurisdiction(case.jurisdiction)
            columns = parse_columns(options.columns)
            fixed = reg.importer(options.fmt) if options.fmt else None
        except (CaseFileError, UnknownName, ValueError, OSError) as exc:
            raise fail(str(exc).strip("'\"")) from None
        _check_encoding(options.encoding)
        if options.respondent is not None and case.respondent(options.respondent) is None:
            known = ", ".join(r.id for r in case.respondents) or "none"
            raise fail(f"--respondent {options.respondent!r}: no such respondent in "
                       f"{case_file} (known: {known})", 2)
        wanted = {normalise(n, jurisdiction.phone_region) for n in options.numbers}
        return cls(case_file, options, reg, as_read, original, case, jurisdiction, columns,
                   fixed, wanted)

    def add_phones(self) -> dict[str, list[str]]:
        """The --from numbers that --respondent's phones lack, added to them: respondent id ->
        the numbers added (none without both options)."""
        from complaint_kit.evidence.phones import normalise

        respondent = self.options.respondent
        if not (respondent and self.wanted):
            return {}
        owner = self.case.respondent(respondent)
        have = {normalise(p, self.jurisdiction.phone_region) for p in owner.phones}
        added = sorted(self.wanted - have)
        owner.phones += added
        return {respondent: added}

    def prepare(self) -> None:
        """Which records to take, and the tagger; exits if nothing says whose contacts."""
        from complaint_kit.evidence.exports import Selection, known_numbers

        options = self.options
        self.selection = Selection(
            numbers=self.wanted or known_numbers(self.case, self.jurisdiction.phone_region),
            prefixes=tuple(p.lstrip("+") for p in options.prefixes), since=options.since,
            until=options.until, everything=options.everything)
        if not (self.selection.numbers or self.selection.prefixes or options.everything):
            raise fail(f"{self.case_file} holds no collector's number yet: name them with "
                       f"--from (or --prefix), or take every incoming contact with --all", 2)
        if options.tag:
            self.tagger = self.reg.tagger(self.case.language or self.jurisdiction.language)

    def import_one(self, path: Path) -> ImportResult | None:
        """One export into the case, all or nothing; None (and the error shown) if it fails."""
        from complaint_kit.evidence.exports import EXPORT_DESCRIPTION, import_export
        from complaint_kit.evidence.importing import ExportError, ReadOptions

        options, jurisdiction = self.options, self.jurisdiction
        try:
            importer = self.fixed if self.fixed is not None else self._importer_for(path)
            # Each export goes into a copy, so a file that fails half-way adds nothing.
            trial = self.case.model_copy(deep=True)
            read = ReadOptions(timezone=trial.zone, columns=self.columns,
                               time_format=options.time_format, encoding=options.encoding,
                               fallback_encoding=jurisdiction.text_encoding)
            result = import_export(
                trial, path, importer, base_dir=self.case_file.parent,
                region=jurisdiction.phone_region, selection=self.selection, options=read,
                tagger=self.tagger or None, respondent=options.respondent,
                description=jurisdiction.labels.get("evidence.phone_export",
                                                    EXPORT_DESCRIPTION))
        except (ExportError, OSError) as exc:
            message = str(exc) if isinstance(exc, ExportError) else (
                f"{path}: {getattr(exc, 'strerror', None) or exc}")
            print(f"error: {message} (nothing imported from it)", file=sys.stderr)
            return None
        self.case = trial
        return result

    def _importer_for(self, path: Path) -> Importer:
        from complaint_kit.evidence.importing import ExportError

        importer = self.reg.importer_for(path)
        if importer is None:
            known = ", ".join(i.name for i in self.reg.importers)
            raise ExportError(f"{path}: not a phone export this version reads "
                              f"(importers: {known}); choose one with --format")
        return importer


def _check_encoding(encoding: str | None) -> None:
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise fail(f"--encoding {encoding!r}: no such encoding (try utf-8, gb18030, big5 "
                   f"or cp1252)", 2) from None


def _save(session: _Session, results: list[ImportResult],
          phones: dict[str, list[str]]) -> bool:
    """Add what was imported to the case file in place, keeping its format and comments; if
    that cannot be done, leave it as it is and write the whole case beside it."""
    from complaint_kit.casefile.update import CaseFileUpdateError, add_to_case_file

    case_file, case = session.case_file, session.case
    new_evidence = {r.evidence_id for r in results if r.evidence_new}
    try:
        if case_file.read_bytes() != session.as_read:
            raise CaseFileUpdateError("it changed while the exports were read")
        add_to_case_file(case_file, session.original,
                         incidents=[i for r in results for i in r.added],
                         evidence=[e for e in case.evidence if e.id in new_evidence],
                         phones=phones)
    except (CaseFileUpdateError, OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        beside = _save_beside(case_file, case)
        print(f"error: {case_file}: not changed ({reason}); the case with the imported "
              f"contacts is in {beside}", file=sys.stderr)
        return False
    print(f"Saved {case_file}.")
    return True


def _save_beside(case_file: Path, case: Case) -> Path:
    """The whole case, in the case file's format, in a new file beside it."""
    import json

    from complaint_kit.casefile.atomic import atomic_write_text
    from complaint_kit.casefile.dump import dump_case

    beside = case_file.with_name(f"{case_file.stem}.imported{case_file.suffix}")
    if case_file.suffix.lower() == ".json":
        data = case.model_dump(mode="json", exclude_defaults=True)
        text = json.dumps({"schema_version": case.schema_version, **data},
                          ensure_ascii=False, indent=2) + "\n"
    else:
        text = dump_case(case)
    atomic_write_text(beside, text)
    return beside


def _report(case: Case, results: list[ImportResult]) -> None:
    from rich.table import Table

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
