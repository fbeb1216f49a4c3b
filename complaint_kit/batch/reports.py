"""report.csv and errors.csv, written as results arrive, every cell safe in a spreadsheet."""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from complaint_kit.batch.columns import Cell
from complaint_kit.batch.source import RowError

REPORT_COLUMNS = ["case", "source", "row", "folder", "status", "findings", "files", "message"]
ERROR_COLUMNS = ["source", "row", "column", "case", "message"]
# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A cell for report.csv or errors.csv: text that a spreadsheet would run as a formula
    (``=HYPERLINK(...)``, ``@SUM(...)``, ``-2+3``) starts with a ``'``, as OWASP recommends, so
    that it is shown as the text it is; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class Reports:
    """report.csv and errors.csv, written as results arrive and put in place at the end.

    Every cell goes through ``csv_cell``; text that cannot be encoded (a lone surrogate) is
    written as its escape, never an error."""

    def __init__(self, out: Path):
        self.out = out
        self.lock = threading.Lock()
        self._files = {}
        self._writers = {}
        for name, columns in (("report", REPORT_COLUMNS), ("errors", ERROR_COLUMNS)):
            tmp = out / f".{name}.csv.part"
            handle = tmp.open("w", encoding="utf-8-sig", errors="backslashreplace",
                              newline="")
            self._files[name] = (handle, tmp)
            self._writers[name] = csv.writer(handle)
            self._writers[name].writerow(columns)

    def case(self, job: dict[str, Any], status: str, findings: int, files: Iterable[str],
             message: str = "") -> None:
        with self.lock:
            self._writers["report"].writerow(map(csv_cell, [
                job["key"], job["source"], job["row"], job.get("folder", ""), status,
                findings, ";".join(files), message]))

    def error(self, error: RowError | Cell, message: str = "", case: str = "") -> None:
        with self.lock:
            if isinstance(error, RowError):
                row = [error.source, error.row or "", error.column, error.case_id, error.message]
            else:
                row = [error.source, error.row, error.column, case, message]
            self._writers["errors"].writerow(map(csv_cell, row))

    def close(self) -> None:
        for handle, tmp in self._files.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(tmp, self.out / tmp.name.removeprefix(".").removesuffix(".part"))
        self._files = {}


def failure(exc: BaseException) -> str:
    """An exception as one line for report.csv and errors.csv."""
    if isinstance(exc, RecursionError):
        return "RecursionError: the case is nested too deeply"
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:500]}" if text else type(exc).__name__
