"""Tables written into a document: through python-docx's API (the reference path), or as
copies of a prototype row (the fast path); both write the same XML."""

from __future__ import annotations

import copy
from collections.abc import Callable

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Emu
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree
from markdown_it.token import Token

from complaint_kit.docx.markdown import Rows
from complaint_kit.docx.wordxml import new_style

_TCPR, _TCW, _TYPE, _W = qn("w:tcPr"), qn("w:tcW"), qn("w:type"), qn("w:w")
_TRPR, _CANT_SPLIT, _TBL_HEADER = qn("w:trPr"), qn("w:cantSplit"), qn("w:tblHeader")
_TC, _P, _GRID_COL = qn("w:tc"), qn("w:p"), qn("w:gridCol")

# Writes a cell's content into its paragraph: (paragraph, inline token, alignment, header?).
CellWriter = Callable[[Paragraph, Token, "str | None", bool], None]


def _lay_out(table: Table) -> None:
    """Centred, of fixed layout."""
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False


def add_plain_table(document, rows: Rows, header_rows: int, widths: list[int],
                    table_style: str | None, cell_style: str | None,
                    write_cell: CellWriter) -> None:
    """The table added with ``document.add_table``: each row kept on one page, header rows
    repeated on each page, each cell paragraph in ``cell_style``."""
    table = document.add_table(rows=0, cols=len(widths))
    table.style = table_style
    _lay_out(table)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Emu(width)
    for r, row in enumerate(rows):
        added = table.add_row()
        tr_pr = added._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if r < header_rows:
            tr_pr.append(OxmlElement("w:tblHeader"))
        for (inline, align), cell in zip(row, added.cells, strict=False):
            paragraph = cell.paragraphs[0]
            if cell_style is not None:
                paragraph.style = cell_style
            write_cell(paragraph, inline, align, r < header_rows)


def new_fast_table(parent, rows: Rows, header_rows: int, widths: list[int], text_width: int,
                   table_style_id: str | None, cell_style_id: str | None, styled: bool,
                   write_cell: CellWriter) -> CT_Tbl:
    """The ``w:tbl`` that ``add_plain_table`` writes, for the caller to insert; ``parent``
    (the document) gives its paragraphs their part."""
    tbl = CT_Tbl.new_tbl(0, len(widths), Emu(text_width))
    table = Table(tbl, parent)
    if table_style_id:
        tbl.tblStyle_val = table_style_id
    _lay_out(table)
    twips = [str(Emu(w).twips) for w in widths]
    for grid_col, width in zip(tbl.tblGrid.iterchildren(_GRID_COL), twips, strict=True):
        grid_col.set(_W, width)  # what ``column.width = …`` writes
    body, head = _prototype_rows(twips, cell_style_id, styled)
    for r, row in enumerate(rows):
        # a copy is one C call; python-docx's ``table.add_row`` and setters scan for each
        # element's place
        tr = copy.deepcopy(head if r < header_rows else body)
        tbl.append(tr)
        for (inline, align), tc in zip(row, tr.iterchildren(_TC), strict=False):
            paragraph = Paragraph(tc.find(_P), table)  # the table gives it its part
            write_cell(paragraph, inline, align, r < header_rows)
    return tbl


def _prototype_rows(twips: list[str], cell_style_id: str | None, styled: bool):
    """A body row and a header row, their cells empty paragraphs of the cell style."""
    body = OxmlElement("w:tr")
    etree.SubElement(etree.SubElement(body, _TRPR), _CANT_SPLIT)
    for width in twips:
        tc = etree.SubElement(body, _TC)
        etree.SubElement(etree.SubElement(tc, _TCPR), _TCW, {_W: width, _TYPE: "dxa"})
        p = etree.SubElement(tc, _P)
        if styled:
            new_style(p, cell_style_id)
    head = copy.deepcopy(body)
    etree.SubElement(head.find(_TRPR), _TBL_HEADER)
    return body, head
