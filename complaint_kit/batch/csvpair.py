"""The CSV input: a cases .csv, with the incidents and evidence .csv files beside it."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import suppress
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
        partners[kind] = _csv_table(candidate, kind, encoding) if candidate.exists() and \
            candidate.resolve() != path.resolve() else None
    return TableInput(path.name, _csv_table(path, "cases", encoding), partners["incidents"],
                      partners["evidence"], path.parent)


def header_encoding(path: Path, sheet: str) -> str | None:
    """The installed places' usual encoding (``Jurisdiction.text_encoding``) in which the file's
    header row reads as the sheet's column labels, the cases' places being unknown until the
    rows are read; None when no one does, or several do equally well (a header of field paths,
    or of English labels, reads alike in every such encoding)."""
    from complaint_kit.batch.columns import header_path
    from complaint_kit.plugins.registry import get_registry

    with path.open("rb") as file:
        head = file.readline(1 << 16)
    scores: dict[str, int] = {}
    for jurisdiction in get_registry().jurisdictions.values():
        encoding = jurisdiction.text_encoding
        if not encoding or encoding in scores:
            continue
        try:
            cells = next(csv.reader([head.decode(encoding)]), [])
        except (UnicodeDecodeError, LookupError):
            continue
        labels = sum(header_path(c, sheet) != c.strip() for c in cells)  # a label, not a path
        if labels * 2 >= len(cells) > 0:
            scores[encoding] = labels
    best = max(scores.values(), default=0)
    fits = [e for e, n in scores.items() if n == best]
    if not best:
        return None
    if len(fits) > 1:  # e.g. Big5 and Big5-HKSCS: one if the file reads alike in all of them
        data = path.read_bytes()
        with suppress(UnicodeDecodeError):
            if len({data.decode(e) for e in fits}) == 1:
                return fits[0]
        return None
    return fits[0]


def _csv_table(path: Path, sheet: str, given: str | None = None) -> Table:
    table = Table(path.name, lambda: iter(()))
    try:
        encoding = strict_encoding(path, given, header_encoding(path, sheet) if not given
                                   else None)
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
