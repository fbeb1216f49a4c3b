"""Batch inputs: an Excel workbook, a pair of CSV files, a JSONL file or a folder of case files.

Every reader yields ``RawCase`` items (``batch.source``), one per case, in input order, without
holding the whole input in memory: JSONL lines and case files are read one at a time, and the
incident and evidence rows of tables are spooled into a temporary SQLite index on disk, keyed
by case id, so that each case row is joined with its rows as it streams past (``batch.table``).
"""

from __future__ import annotations

from pathlib import Path

from complaint_kit.batch.csvpair import open_csv
from complaint_kit.batch.folder import FolderInput
from complaint_kit.batch.jsonl import JsonlInput
from complaint_kit.batch.source import BatchInput, InputError
from complaint_kit.batch.workbook import open_workbook


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
        return open_workbook(path)
    if suffix == ".csv":
        return open_csv(path, incidents, evidence, encoding)
    raise InputError(f"{path}: not a batch input (use .xlsx, .csv, .jsonl or a folder of case "
                     "files)")
