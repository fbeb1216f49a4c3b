"""Batch inputs: an Excel workbook, a pair of CSV files, a JSONL file or a folder of case files.

Every reader yields :class:`RawCase` items, one per case, in input order, without holding the
whole input in memory: JSONL lines and case files are read one at a time, and the incident and
evidence rows of tables are spooled into a temporary SQLite index on disk, keyed by case id, so
that each case row is joined with its rows as it streams past.

Tables use flat columns whose names are field paths of the case (``complainant.name``,
``debt.principal``, ``respondents.0.name``, ``incidents``' ``to.relation``); list indexes are
numbers in the path. A header may also be the column's label in any of the catalog languages
(what ``batch-template`` writes), with or without the second header row of field paths. Cells
that hold a list of text (``respondents.0.phones``, ``tags``, ``evidence``, ``requests``) take
several values separated by ``;`` or new lines. The cases sheet joins its rows by ``case_id``
(the case's ``id``); a repeated case id, and incident or evidence rows whose case id is not in
the cases sheet, are row errors.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from complaint_kit.batch.columns import (
    CASE_ID,
    Cell,
    fold,
    header_path,
    looks_like_paths,
    row_to_data,
    singular,
)
from complaint_kit.casefile.charsets import EncodingError, strict_encoding
from complaint_kit.evidence.csvlog import CsvRecords

PROBLEMS = "\0problems"  # in a row's values: [[column, message]] found while reading it
UNSAVED_FORMULA = ("a formula with no saved value (the program that wrote the workbook did not "
                   "calculate it): open and save the workbook in Excel or LibreOffice, or type "
                   "the value")


@dataclass
class RowError:
    source: str
    row: int | None
    column: str
    message: str
    case_id: str = ""


@dataclass
class RawCase:
    """One case read from the input: plain data, or the errors that stopped it being read."""

    source: str  # the file (and sheet) of the case's own row
    row: int  # its row (line) number, 1-based as a spreadsheet or editor shows it
    key: str  # the case id, or the file stem / row for inputs without one
    data: dict[str, Any] | None
    base_dir: Path  # what relative evidence paths are relative to
    errors: list[RowError] = field(default_factory=list)
    # field path (tuple of keys and indexes) → the cell it came from, for mapping errors back
    cells: dict[tuple, Cell] = field(default_factory=dict)

    def locate(self, loc: tuple) -> Cell:
        """The cell a pydantic error location or problem path points at (or its nearest one)."""
        for i in range(len(loc), 0, -1):
            if loc[:i] in self.cells:
                return self.cells[loc[:i]]
        column = ".".join(str(p) for p in loc)
        if loc and loc[0] in ("incidents", "evidence") and len(loc) > 1:
            # a field missing from a row of the incidents or evidence sheet: that row
            row = next((c for k, c in self.cells.items() if k[:2] == loc[:2]), None)
            if row is not None:
                return Cell(row.source, row.row, ".".join(str(p) for p in loc[2:]) or column)
        return Cell(self.source, self.row, column)


# ---------------------------------------------------------------------------------------------
# Readers


class InputError(Exception):
    """An input that cannot be read at all (no such file, not a workbook, missing sheet)."""


def open_input(path: Path, incidents: Path | None = None,
               evidence: Path | None = None, encoding: str | None = None) -> BatchInput:
    """The reader for a path: a folder, .jsonl, .xlsx, or a CSV of cases (with its partners);
    ``encoding`` is the CSV files' (default: detected, and checked: see ``casefile.charsets``)."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        return FolderInput(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return JsonlInput(path)
    if suffix in (".xlsx", ".xlsm"):
        return TableInput.from_workbook(path)
    if suffix == ".csv":
        return TableInput.from_csv(path, incidents, evidence, encoding)
    raise InputError(f"{path}: not a batch input (use .xlsx, .csv, .jsonl or a folder of case "
                     "files)")


class BatchInput:
    label: str

    def count(self) -> int | None:
        """How many cases (for the progress bar), or None when counting is as slow as reading."""
        return None

    def __iter__(self) -> Iterator[RawCase]:
        raise NotImplementedError

    def orphans(self) -> Iterator[RowError]:
        """Rows that belong to no case (incidents of an unknown case id)."""
        return iter(())

    def close(self) -> None:
        pass


class JsonlInput(BatchInput):
    """One case (a JSON object) per line; blank lines and lines starting with # are skipped."""

    def __init__(self, path: Path):
        self.path = path
        self.label = path.name

    def count(self) -> int:
        return sum(1 for _ in self._lines())

    def _ids(self) -> _IdIndex:
        index = _IdIndex()
        for number, line in self._lines():
            try:
                data = json.loads(line)
            except Exception:  # the row's own error is reported by _cases
                continue
            if isinstance(data, dict) and isinstance(data.get("id"), str | int):
                index.add(str(data["id"]), number)
        return index

    def _lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) of each case line; for a line that is not UTF-8, the reason
        after a NUL (which JSON text cannot start with)."""
        with self.path.open("rb") as f:
            for number, raw in enumerate(f, 1):
                if number == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip() or raw.lstrip().startswith(b"#"):
                    continue
                try:
                    yield number, raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield number, f"\0not UTF-8 text ({exc.reason} at byte {exc.start})"

    def __iter__(self) -> Iterator[RawCase]:
        ids = self._ids()
        try:
            yield from self._cases(ids)
        finally:
            ids.close()

    def _cases(self, ids: _IdIndex) -> Iterator[RawCase]:
        base = self.path.parent
        for number, line in self._lines():
            key = f"line-{number}"
            if line.startswith("\0"):
                yield RawCase(self.label, number, key, None, base, [RowError(
                    self.label, number, "", line[1:])])
                continue
            try:
                data = json.loads(line)
            except ValueError as exc:
                yield RawCase(self.label, number, key, None, base, [RowError(
                    self.label, number, "", f"not valid JSON: {exc}")])
                continue
            except Exception as exc:  # e.g. RecursionError: nested too deep
                yield RawCase(self.label, number, key, None, base, [RowError(
                    self.label, number, "", f"cannot read the line: {_reason(exc)}")])
                continue
            if not isinstance(data, dict):
                yield RawCase(self.label, number, key, None, base, [RowError(
                    self.label, number, "", "a case must be a JSON object")])
                continue
            errors = []
            if data.get("id") not in (None, ""):
                key = str(data["id"])
                others = ", ".join(str(n) for n in ids.others(key, number))
                if others:
                    errors.append(RowError(self.label, number, "id",
                                           f"case id {key!r} is also used on line {others}", key))
            yield RawCase(self.label, number, key, None if errors else data, base, errors)


class _IdIndex:
    """Case ids and their rows, in a temporary SQLite file: repeated ids without holding them."""

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="complaint-kit-batch-")
        self.db = sqlite3.connect(Path(self._tmp.name) / "spool.sqlite")
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE ids (case_id TEXT, row INTEGER)")
        self._indexed = False

    def add(self, case_id: str, row: int) -> None:
        self.db.execute("INSERT INTO ids VALUES (?, ?)", (_key(case_id), row))

    def others(self, case_id: str, row: int) -> list[int]:
        if not self._indexed:
            self.db.execute("CREATE INDEX ids_by_id ON ids (case_id)")
            self._indexed = True
        return [r for (r,) in self.db.execute(
            "SELECT row FROM ids WHERE case_id = ? AND row != ? ORDER BY row",
            (_key(case_id), row))]

    def close(self) -> None:
        self.db.close()
        self._tmp.cleanup()


class FolderInput(BatchInput):
    """Every case file (.yaml, .yml, .json) in a folder, in name order; not its sub-folders."""

    SUFFIXES = (".yaml", ".yml", ".json")

    def __init__(self, path: Path):
        self.path = path
        self.label = path.name or str(path)

    def _files(self) -> list[Path]:
        return sorted(p for p in self.path.iterdir()
                      if p.suffix.lower() in self.SUFFIXES and p.is_file()
                      and not p.name.startswith("."))

    def count(self) -> int:
        return len(self._files())

    def __iter__(self) -> Iterator[RawCase]:
        from complaint_kit.casefile.load import CaseFileError, read_case_file

        files = self._files()
        stems = Counter(f.stem.casefold() for f in files)
        for file in files:
            source = f"{self.label}/{file.name}"
            key = file.stem if stems[file.stem.casefold()] == 1 else file.name
            try:
                # the reader every command uses: bounded in size, one line per problem
                data, lines = read_case_file(file, source)
            except CaseFileError as exc:
                yield RawCase(source, 1, key, None, file.parent, [
                    RowError(source, p.line, p.path, p.message) for p in exc.problems])
                continue
            except (OSError, UnicodeDecodeError) as exc:
                yield RawCase(source, 1, key, None, file.parent,
                              [RowError(source, None, "", f"cannot read: {exc}")])
                continue
            except Exception as exc:  # one file's failure is its own row's
                yield RawCase(source, 1, key, None, file.parent,
                              [RowError(source, None, "", f"cannot read: {_reason(exc)}")])
                continue
            # A case file's "row" is its line: errors name the file, line and field path.
            cells = {k: Cell(source, v, ".".join(str(p) for p in k)) for k, v in lines.items()
                     if k}
            yield RawCase(source, 1, key, data if isinstance(data, dict) else None,
                          file.parent, [] if isinstance(data, dict) else [
                              RowError(source, 1, "", "a case must be a mapping of fields")],
                          cells)


@dataclass
class _Table:
    """One sheet or CSV file: its label, where data rows start, and a row iterator factory."""

    label: str
    rows: Callable[[], Iterator[tuple[int, list[Any]]]]  # (row number, cells), header included
    headers: dict[str, str] = field(default_factory=dict)  # field path → header as written
    # row number → [(cell index, what was wrong)], filled by ``rows`` as it reads: a cell too
    # long for the CSV reader, a formula with no saved value. Each becomes an error of its row.
    problems: dict[int, list[tuple[int, str]]] = field(default_factory=dict)


class TableInput(BatchInput):
    """A cases table, with optional incidents and evidence tables joined by ``case_id``."""

    def __init__(self, label: str, cases: _Table, incidents: _Table | None,
                 evidence: _Table | None, base_dir: Path, closer: Callable[[], None] | None = None):
        self.label = label
        self.tables = {"cases": cases, "incidents": incidents, "evidence": evidence}
        self.base_dir = base_dir
        self._closer = closer
        self._db: sqlite3.Connection | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._count = 0
        self._header_errors: list[RowError] = []

    # -- construction

    @classmethod
    def from_workbook(cls, path: Path) -> TableInput:
        try:
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True, data_only=True)
            # The formulas too: a formula cell whose result was never saved reads as empty.
            formulas = load_workbook(path, read_only=True, data_only=False)
        except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
            raise InputError(f"{path}: not an Excel workbook ({exc})") from None
        names = {fold(n): n for n in book.sheetnames}

        def sheet(kind: str, required: bool) -> _Table | None:
            name = names.get(kind)
            if name is None:
                if required:
                    raise InputError(f"{path}: the workbook has no sheet named {kind!r} "
                                     f"(sheets: {', '.join(book.sheetnames)})")
                return None
            ws, fs = book[name], formulas[name]
            for each in (ws, fs):
                if hasattr(each, "reset_dimensions"):
                    each.reset_dimensions()  # some writers store no or wrong sheet dimensions

            def rows() -> Iterator[tuple[int, list[Any]]]:
                written = fs.iter_rows(values_only=True)
                for number, values in enumerate(ws.iter_rows(values_only=True), 1):
                    cells = next(written, ())
                    unsaved = [(i, f"cell {_column_letter(i)}{number}: {UNSAVED_FORMULA}")
                               for i, v in enumerate(values)
                               if v is None and i < len(cells) and cells[i] is not None]
                    if unsaved:
                        table.problems[number] = unsaved
                    yield number, list(values)

            table = _Table(f"{path.name}:{name}", rows)
            return table

        def close() -> None:
            book.close()
            formulas.close()

        return cls(path.name, sheet("cases", True), sheet("incidents", False),  # type: ignore
                   sheet("evidence", False), path.parent, close)

    @classmethod
    def from_csv(cls, path: Path, incidents: Path | None = None,
                 evidence: Path | None = None, encoding: str | None = None) -> TableInput:
        """``cases.csv``; ``incidents.csv`` and ``evidence.csv`` beside it unless named. Each
        is decoded strictly, in ``encoding`` or the one detected: a bad byte is an error."""
        partners = {}
        for kind, given in (("incidents", incidents), ("evidence", evidence)):
            candidate = given or path.with_name(f"{kind}.csv")
            if given is not None and not given.exists():
                raise InputError(f"{given}: no such file")
            partners[kind] = _csv_table(candidate, encoding) if candidate.exists() and \
                candidate.resolve() != path.resolve() else None
        return cls(path.name, _csv_table(path, encoding), partners["incidents"],
                   partners["evidence"], path.parent)

    # -- the spool: incidents and evidence by case id, case ids with their rows

    def _spool(self) -> None:
        if self._db is not None:
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="complaint-kit-batch-")
        db = sqlite3.connect(Path(self._tmp.name) / "spool.sqlite")
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("CREATE TABLE ids (case_id TEXT, row INTEGER)")
        db.execute("CREATE TABLE rows (kind TEXT, case_id TEXT, source TEXT, row INTEGER, "
                   "data TEXT)")
        self._db = db
        count = 0
        for _number, values, _source in self._records("cases"):
            count += 1
            cid = _text(values.get(CASE_ID))
            if cid:
                db.execute("INSERT INTO ids VALUES (?, ?)", (cid, _number))
        self._count = count
        for kind in ("incidents", "evidence"):
            batch = []
            for number, values, source in self._records(kind):
                batch.append((kind, _text(values.get(CASE_ID)), source, number,
                              json.dumps(values, ensure_ascii=False, default=_json_default)))
                if len(batch) >= 1000:
                    db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?)", batch)
                    batch = []
            db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?)", batch)
        db.execute("CREATE INDEX ids_by_id ON ids (case_id)")
        db.execute("CREATE INDEX rows_by_case ON rows (case_id, kind, row)")
        db.commit()

    def _records(self, kind: str) -> Iterator[tuple[int, dict[str, Any], str]]:
        """A table's data rows as (row number, {field path: value}, source label)."""
        table = self.tables[kind]
        if table is None:
            return
        rows = table.rows()
        header: list[str] | None = None
        header_row = 0
        for number, cells in rows:
            if header is None:
                if all(c in (None, "") for c in cells):
                    continue
                header = [header_path(c, kind) for c in cells]
                if kind == "cases" and CASE_ID not in header and "id" in header:
                    header[header.index("id")] = CASE_ID  # the case's own field name
                header_row = number
                table.headers = {h: str(c).strip() for c, h in zip(cells, header, strict=False)
                                 if h}
                if CASE_ID not in header:
                    raise InputError(f"{table.label}: row {number}: no {CASE_ID!r} column "
                                     f"(the header row names the columns by field path or "
                                     f"label)")
                seen: set[str] = set()
                for c, text in zip(cells, header, strict=False):
                    if text and text in seen and kind == "cases":
                        self._header_errors.append(RowError(
                            table.label, number, str(c), "this column appears twice"))
                    seen.add(text)
                continue
            if number == header_row + 1 and looks_like_paths(cells):
                header = [str(c).strip() if c not in (None, "") else h
                          for c, h in zip(cells, header, strict=False)]
                continue
            problems = table.problems.pop(number, None)
            if not problems and all(c in (None, "") or (isinstance(c, str) and not c.strip())
                                    for c in cells):
                continue
            values = {h: v for h, v in zip(header, cells, strict=False)
                      if h and v not in (None, "")}
            if problems:
                names = [header[i] if i < len(header) and header[i] else f"#{i + 1}"
                         for i, _ in problems]
                values[PROBLEMS] = [[table.headers.get(n, n), message]
                                    for n, (_, message) in zip(names, problems, strict=True)]
            yield number, values, table.label

    # -- BatchInput

    def count(self) -> int:
        self._spool()
        return self._count

    def orphans(self) -> Iterator[RowError]:
        self._spool()
        assert self._db is not None
        query = ("SELECT kind, case_id, source, row FROM rows WHERE case_id = '' OR case_id "
                 "NOT IN (SELECT case_id FROM ids) ORDER BY kind, row")
        for kind, cid, source, row in self._db.execute(query):
            message = (f"no case id (every {singular(kind)} row names its case)" if not cid
                       else f"no case in the cases sheet has the id {cid!r}")
            yield RowError(source, row, CASE_ID, message, cid)

    def __iter__(self) -> Iterator[RawCase]:
        self._spool()
        assert self._db is not None
        for error in self._header_errors:
            yield RawCase(error.source, error.row or 0, f"header-{error.row}", None,
                          self.base_dir, [error])
        cases = self.tables["cases"]
        assert cases is not None
        for number, values, source in self._records("cases"):
            cid = _text(values.get(CASE_ID))
            key = cid or f"row-{number}"
            headers = cases.headers

            def cell(path: str, source=source, number=number, headers=headers) -> Cell:
                return Cell(source, number, headers.get(path, path))

            if not cid:
                yield RawCase(source, number, key, None, self.base_dir, [RowError(
                    source, number, CASE_ID, "every case needs a case id")])
                continue
            others = [r for (r,) in self._db.execute(
                "SELECT row FROM ids WHERE case_id = ? AND row != ? ORDER BY row",
                (cid, number))]
            if others:
                yield RawCase(source, number, key, None, self.base_dir, [RowError(
                    source, number, CASE_ID, f"case id {cid!r} is also used on row "
                    f"{', '.join(map(str, others))}", cid)])
                continue
            try:
                raw = self._case(source, number, cid, values, cell, headers)
            except Exception as exc:  # one row's failure stays in its row
                raw = RawCase(source, number, key, None, self.base_dir, [RowError(
                    source, number, "", f"cannot read the row: {_reason(exc)}", cid)])
            yield raw

    def _case(self, source: str, number: int, cid: str, values: dict[str, Any],
              cell: Callable[[str], Cell], headers: dict[str, str]) -> RawCase:
        assert self._db is not None
        errors = [RowError(source, number, c, m, cid) for c, m in values.pop(PROBLEMS, [])]
        data, cells, bad = row_to_data(values, cell)
        data.setdefault("complainant", {})  # so that a missing name names its column
        errors += [RowError(source, number, headers.get(p, p), m, cid) for p, m in bad]
        for kind in ("incidents", "evidence"):
            items = []
            for i, (row_source, row, text) in enumerate(self._db.execute(
                    "SELECT source, row, data FROM rows WHERE case_id = ? AND kind = ? "
                    "ORDER BY row", (cid, kind))):
                row_values = json.loads(text)
                row_values.pop(CASE_ID, None)
                errors += [RowError(row_source, row, c, m, cid)
                           for c, m in row_values.pop(PROBLEMS, [])]
                table = self.tables[kind]
                names = table.headers if table else {}

                def row_cell(path: str, s=row_source, r=row, names=names) -> Cell:
                    return Cell(s, r, names.get(path, path))

                item, item_cells, item_bad = row_to_data(row_values, row_cell, (kind, i))
                items.append(item)
                cells.update(item_cells)
                # a row with no value still points at its row, for "required" errors
                cells.setdefault((kind, i, "\0row"), row_cell(""))
                errors += [RowError(row_source, row, names.get(p, p), m, cid)
                           for p, m in item_bad]
            if items:
                data[kind] = items
        return RawCase(source, number, cid, None if errors else data, self.base_dir,
                       errors, cells)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
        if self._closer is not None:
            self._closer()
            self._closer = None


def _csv_table(path: Path, given: str | None = None) -> _Table:
    table = _Table(path.name, lambda: iter(()))
    try:
        encoding = strict_encoding(path, given)
    except EncodingError as exc:
        raise InputError(f"{path.name}: {exc}") from None
    except OSError as exc:
        raise InputError(f"{path.name}: cannot read: {exc.strerror or exc}") from None

    def rows() -> Iterator[tuple[int, list[Any]]]:
        start = 1
        try:
            with path.open(encoding=encoding, newline="") as f:  # strict: checked above
                # A cell too long, or a stray quote, costs its row (see csvlog.CsvRecords).
                for record in CsvRecords(f):
                    start = record.line
                    if record.problems:
                        table.problems[start] = [(i, m) for i, _, m in record.problems]
                    yield start, record.cells
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"{path.name}: line {start}: cannot read the file as CSV: "
                             f"{exc}") from None

    table.rows = rows
    return table


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _key(case_id: str) -> bytes:
    return case_id.encode("utf-8", "surrogatepass")


def _reason(exc: BaseException) -> str:
    """An exception as one short line (a RecursionError's text is long and says nothing)."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, MemoryError):
        return "too large to read"
    return f"{type(exc).__name__}: {str(exc)[:300]}"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat() if value.time() != time(0) or value.tzinfo else \
            value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)  # any other cell value (a duration...) as the text it shows
