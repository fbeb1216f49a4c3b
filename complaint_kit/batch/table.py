"""The tables of a workbook or CSV pair: cases joined by ``case_id`` with their other rows.

The incident and evidence rows are spooled to a temporary SQLite index on disk, keyed by case
id, so that no table is held in memory and each case row is joined with its rows as it streams
past.

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

import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from complaint_kit.batch.columns import (
    CASE_ID,
    Cell,
    header_path,
    looks_like_paths,
    row_to_data,
    singular,
)
from complaint_kit.batch.source import BatchInput, InputError, RawCase, RowError, reason

PROBLEMS = "\0problems"  # in a row's values: [[column, message]] found while reading it


@dataclass
class Table:
    """One sheet or CSV file: its label, where data rows start, and a row iterator factory."""

    label: str
    rows: Callable[[], Iterator[tuple[int, list[Any]]]]  # (row number, cells), header included
    headers: dict[str, str] = field(default_factory=dict)  # field path → header as written
    # row number → [(cell index, what was wrong)], filled by ``rows`` as it reads: a cell too
    # long for the CSV reader, a formula with no saved value. Each becomes an error of its row.
    problems: dict[int, list[tuple[int, str]]] = field(default_factory=dict)


class TableInput(BatchInput):
    """A cases table, with optional incidents and evidence tables joined by ``case_id``."""

    def __init__(self, label: str, cases: Table, incidents: Table | None,
                 evidence: Table | None, base_dir: Path, closer: Callable[[], None] | None = None):
        self.label = label
        self.tables = {"cases": cases, "incidents": incidents, "evidence": evidence}
        self.base_dir = base_dir
        self._closer = closer
        self._db: sqlite3.Connection | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._count = 0
        self._header_errors: list[RowError] = []

    # -- construction
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
        header: list[str] | None = None
        header_row = 0
        for number, cells in table.rows():
            if header is None:
                if not all(c in (None, "") for c in cells):
                    header, header_row = self._header(table, kind, number, cells), number
                continue
            if number == header_row + 1 and looks_like_paths(cells):
                header = [str(c).strip() if c not in (None, "") else h
                          for c, h in zip(cells, header, strict=False)]
                continue
            problems = table.problems.pop(number, None)
            if problems or not _blank(cells):
                yield number, _values(table, header, cells, problems), table.label

    def _header(self, table: Table, kind: str, number: int, cells: list[Any]) -> list[str]:
        """A table's header row as field paths; a column named twice is an error of the
        cases table."""
        header = [header_path(c, kind) for c in cells]
        if kind == "cases" and CASE_ID not in header and "id" in header:
            header[header.index("id")] = CASE_ID  # the case's own field name
        table.headers = {h: str(c).strip() for c, h in zip(cells, header, strict=False) if h}
        if CASE_ID not in header:
            raise InputError(f"{table.label}: row {number}: no {CASE_ID!r} column (the header "
                             f"row names the columns by field path or label)")
        seen: set[str] = set()
        for c, text in zip(cells, header, strict=False):
            if text and text in seen and kind == "cases":
                self._header_errors.append(RowError(
                    table.label, number, str(c), "this column appears twice"))
            seen.add(text)
        return header

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
                    source, number, "", f"cannot read the row: {reason(exc)}", cid)])
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


def _blank(cells: list[Any]) -> bool:
    """A row with nothing in it but empty cells and spaces."""
    return all(c in (None, "") or (isinstance(c, str) and not c.strip()) for c in cells)


def _values(table: Table, header: list[str], cells: list[Any],
            problems: list[tuple[int, str]] | None) -> dict[str, Any]:
    """A data row as {field path: value}, with what was wrong with its cells under PROBLEMS."""
    values = {h: v for h, v in zip(header, cells, strict=False) if h and v not in (None, "")}
    if problems:
        names = [header[i] if i < len(header) and header[i] else f"#{i + 1}"
                 for i, _ in problems]
        values[PROBLEMS] = [[table.headers.get(n, n), message]
                            for n, (_, message) in zip(names, problems, strict=True)]
    return values
