"""The workbook input: an .xlsx file's ``cases``, ``incidents`` and ``evidence`` sheets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from complaint_kit.batch.columns import fold
from complaint_kit.batch.source import InputError
from complaint_kit.batch.table import Table, TableInput

UNSAVED_FORMULA = ("a formula with no saved value (the program that wrote the workbook did not "
                   "calculate it): open and save the workbook in Excel or LibreOffice, or type "
                   "the value")


def open_workbook(path: Path) -> TableInput:
    """The workbook's sheet ``cases``, with ``incidents`` and ``evidence`` if it has them."""
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        # The formulas too: a formula cell whose result was never saved reads as empty.
        formulas = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise InputError(f"{path}: not an Excel workbook ({exc})") from None
    names = {fold(n): n for n in book.sheetnames}

    def sheet(kind: str, required: bool) -> Table | None:
        name = names.get(kind)
        if name is None:
            if required:
                raise InputError(f"{path}: the workbook has no sheet named {kind!r} "
                                 f"(sheets: {', '.join(book.sheetnames)})")
            return None
        return _sheet_table(f"{path.name}:{name}", book[name], formulas[name])

    def close() -> None:
        book.close()
        formulas.close()

    return TableInput(path.name, sheet("cases", True), sheet("incidents", False),  # type: ignore
                      sheet("evidence", False), path.parent, close)


def _sheet_table(label: str, ws: Any, fs: Any) -> Table:
    """A sheet as a table, read from its values (``ws``) and formulas (``fs``): a formula cell
    with no saved value is a problem of its row."""
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

    table = Table(label, rows)
    return table


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
