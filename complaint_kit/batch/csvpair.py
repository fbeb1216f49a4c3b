"""The CSV input: a cases .csv, with the incidents and evidence .csv files beside it."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from complaint_kit.batch.source import InputError
from complaint_kit.batch.table import Table, TableInput
from complaint_kit.casefile.charsets import EncodingError, strict_encoding
from complaint_kit.evidence.csvlog import CsvRecords


def open_csv(path: Path, incidents: Path | None = None, evidence: Path | None = None,
             encoding: str | None = None) -> TableInput:
    """``cases.csv``; ``incidents.csv`` and ``evidence.csv`` beside it unless named. Each
    is decoded strictly, in ``encoding`` or the one detected: a bad byte is an error."""
    partners = {}
    for kind, given in (("incidents", incidents), ("evidence", evidence)):
        candidate = given or path.with_name(f"{kind}.csv")
        if given is not None and not given.exists():
            raise InputError(f"{given}: no such file")
        partners[kind] = _csv_table(candidate, encoding) if candidate.exists() and \
            candidate.resolve() != path.resolve() else None
    return TableInput(path.name, _csv_table(path, encoding), partners["incidents"],
                      partners["evidence"], path.parent)


def _csv_table(path: Path, given: str | None = None) -> Table:
    table = Table(path.name, lambda: iter(()))
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
