"""What every batch input shares: the ``RawCase`` it yields, ``RowError``, ``BatchInput``.

And ``InputError``, for an input that cannot be read at all."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from complaint_kit.batch.columns import Cell


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


class InputError(Exception):
    """An input that cannot be read at all (no such file, not a workbook, missing sheet)."""


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


def reason(exc: BaseException) -> str:
    """An exception as one short line (a RecursionError's text is long and says nothing)."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, MemoryError):
        return "too large to read"
    return f"{type(exc).__name__}: {str(exc)[:300]}"
