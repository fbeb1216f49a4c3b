"""CSV records read so that one bad record (a stray quote, an oversized cell) costs that record
and not the file."""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


@dataclass(slots=True)
class CsvRecord:
    """One CSV record: the line it starts on, its cells, and what was wrong with it."""

    line: int  # 1-based physical line, as an editor shows it
    cells: list[str]
    # (cell index, kind, what was wrong); kind "quote": the cell where an unclosed quote
    # opened, read to the end of its line; "size": a cell left empty because it was too long;
    # "csv": a line the csv module cannot read at all.
    problems: list[tuple[int, str, str]] = field(default_factory=list)


class CsvRecords:
    """CSV records from lines, where one bad record costs that record and not the file.

    The rule, in one place: a quoted cell may run over several lines (a message with line
    breaks) only if it closes properly, as a strict reader checks. A quote that stays open to
    the end of the file, or closes in the middle of a cell on a later line, is a stray quote:
    the record is read from its first line alone (the quote runs to the end of that line), the
    cell is reported, and reading goes on with the next line, so the rows after it stay rows.
    A cell longer than ``csv.field_size_limit()`` (128 KiB) is left empty and reported, and
    the rest of its row is kept.
    """

    def __init__(self, lines: Iterable[str], delimiter: str = ",") -> None:
        self._lines = iter(lines)
        self._pending: deque[str] = deque()  # lines given back after a stray quote
        self._taken: list[str] = []  # the physical lines of the record being read
        self.delimiter = delimiter
        self.line = 0  # physical lines consumed

    def _feed(self) -> Iterator[str]:
        while True:
            if self._pending:
                line = self._pending.popleft()
            else:
                line = next(self._lines, None)
                if line is None:
                    return
            self._taken.append(line)
            yield line

    def __iter__(self) -> Iterator[CsvRecord]:
        reader = None
        while True:
            if reader is None:  # anew after lines were given back (the old one may be done)
                reader = csv.reader(self._feed(), delimiter=self.delimiter)
            self._taken = []
            start = self.line + 1
            try:
                cells = next(reader)
                error = None
            except StopIteration:
                return
            except csv.Error as exc:
                cells, error = None, exc
            taken = self._taken
            if cells is not None and (len(taken) == 1 or self._closes(taken)):
                self.line += len(taken)
                yield CsvRecord(start, cells)
                continue
            if len(taken) > 1 or error is None:
                # A stray quote: this line alone, the lines after it again from the start.
                self.line += 1
                self._pending.extendleft(reversed(taken[1:]))
                reader = None
                cells, problems = self._alone(taken[0])
                index = max(len(cells) - 1, 0)
                problems.append((index, "quote", "a quote opened in this cell does not close "
                                 "properly, so it would take in the lines after it; read to "
                                 "the end of its line"))
                yield CsvRecord(start, cells, problems)
                continue
            self.line += 1
            if "field larger than field limit" not in str(error):
                yield CsvRecord(start, [], [(0, "csv", f"not readable as CSV ({error})")])
                continue
            cells, problems = self._alone(taken[0])
            yield CsvRecord(start, cells, problems)

    def _closes(self, lines: list[str]) -> bool:
        try:
            return len(list(csv.reader(lines, delimiter=self.delimiter, strict=True))) == 1
        except csv.Error:
            return False

    def _alone(self, line: str) -> tuple[list[str], list[tuple[int, str, str]]]:
        """One line's cells, read without the size limit, with the oversized ones emptied."""
        limit = csv.field_size_limit()
        csv.field_size_limit(max(limit, len(line) + 1))
        try:
            cells = next(csv.reader([line], delimiter=self.delimiter), [])
        except csv.Error as exc:
            return [], [(0, "csv", f"not readable as CSV ({exc})")]
        finally:
            csv.field_size_limit(limit)
        problems = []
        for i, cell in enumerate(cells):
            if len(cell) > limit:
                cells[i] = ""
                problems.append((i, "size", f"a cell of {len(cell):,} characters, longer "
                                 f"than the {limit // 1024} KiB a cell may hold"))
        return cells, problems
