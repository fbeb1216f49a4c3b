"""Build a .docx from the Markdown a template produced: markdown-it-py tokens → python-docx.

Supported: headings (``#`` is the document title), paragraphs, emphasis, strong, strikethrough,
bullet and numbered lists (two levels), tables, images from the render's image map
(``![caption](name)``), ``---`` as a page break, and block classes written on the line before a
block: ``{.center}``, ``{.right}``, ``{.noindent}``, ``{.small}``.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin

from .templating import LINE_BREAK
from .textclean import clean_xml_text

_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_HEADINGS = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3"}
_LIST_INDENT_CM = 0.75


def markdown_parser() -> MarkdownIt:
    return (MarkdownIt("commonmark", {"html": False, "typographer": False})
            .enable(["table", "strikethrough"]).use(attrs_block_plugin))


_PARSER = markdown_parser()


@dataclass
class BuildReport:
    removed_characters: int = 0  # characters XML cannot hold, dropped from the text
    warnings: list[str] = field(default_factory=list)


@dataclass
class _List:
    ordered: bool
    number: int


class DocxBuilder:
    def __init__(self, document: docx.document.Document, images: Mapping[str, bytes] | None = None):
        self.doc = document
        self.images = images or {}
        self.report = BuildReport()
        names = {s.name for s in document.styles}
        self._styles = names
        self._lists: list[_List] = []
        self._item_started = False
        self._pending_break = False

    # -- helpers -----------------------------------------------------------------------------

    def _style(self, name: str, fallback: str = "Normal") -> str | None:
        if name in self._styles:
            return name
        return fallback if fallback in self._styles else None

    def _paragraph(self, style: str, attrs: Mapping | None = None) -> Paragraph:
        paragraph = self.doc.add_paragraph(style=self._style(style))
        if self._pending_break:
            paragraph.paragraph_format.page_break_before = True
            self._pending_break = False
        self._apply_classes(paragraph, attrs)
        return paragraph

    def _apply_classes(self, paragraph: Paragraph, attrs: Mapping | None) -> None:
        classes = str((attrs or {}).get("class", "")).split()
        for name in classes:
            if name in _ALIGN:
                paragraph.alignment = _ALIGN[name]
                _no_first_line(paragraph)
            elif name == "noindent":
                _no_first_line(paragraph)
            elif name == "small":  # applied again once the runs exist
                for run in paragraph.runs:
                    run.font.size = Pt(9)

    def _text(self, paragraph: Paragraph, text: str, fmt: dict[str, bool]) -> None:
        for n, piece in enumerate(text.split(LINE_BREAK)):
            if n:
                paragraph.add_run().add_break()
            if piece:
                run = paragraph.add_run(piece)
                if fmt.get("bold"):
                    run.bold = True
                if fmt.get("italic"):
                    run.italic = True
                if fmt.get("strike"):
                    run.font.strike = True
                if fmt.get("code"):
                    run.font.name = "Courier New"

    def _inline(self, paragraph: Paragraph, token: Token, base: dict[str, bool] | None = None
                ) -> None:
        fmt = dict(base or {})
        for child in token.children or []:
            kind = child.type
            if kind == "text":
                self._text(paragraph, child.content, fmt)
            elif kind == "code_inline":
                self._text(paragraph, child.content, {**fmt, "code": True})
            elif kind in ("softbreak",):
                self._text(paragraph, " ", fmt)
            elif kind == "hardbreak":
                paragraph.add_run().add_break()
            elif kind in ("strong_open", "strong_close"):
                fmt["bold"] = kind == "strong_open"
            elif kind in ("em_open", "em_close"):
                fmt["italic"] = kind == "em_open"
            elif kind in ("s_open", "s_close"):
                fmt["strike"] = kind == "s_open"
            elif kind == "image":
                self._image(paragraph, child)
            elif kind in ("link_open", "link_close"):
                continue  # the link text is written; addresses are spelled out by templates
            elif child.content:
                self._text(paragraph, child.content, fmt)

    def _image(self, paragraph: Paragraph, token: Token) -> None:
        src = str(token.attrs.get("src", ""))
        if src not in self.images:
            raise KeyError(f"the template refers to an image {src!r} that the render lacks")
        section = self.doc.sections[-1]
        width = section.page_width - section.left_margin - section.right_margin
        paragraph.add_run().add_picture(io.BytesIO(self.images[src]), width=width)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _no_first_line(paragraph)

    # -- blocks ------------------------------------------------------------------------------

    def build(self, markdown: str) -> BuildReport:
        # Before parsing: markdown-it would turn NUL into U+FFFD, and XML cannot hold the rest.
        markdown, self.report.removed_characters = clean_xml_text(markdown)
        tokens = _PARSER.parse(markdown)
        i = 0
        while i < len(tokens):
            i = self._block(tokens, i)
        return self.report

    def _block(self, tokens: list[Token], i: int) -> int:
        token = tokens[i]
        kind = token.type
        if kind == "heading_open":
            style = _HEADINGS.get(token.tag, "Heading 3")
            paragraph = self._paragraph(style, token.attrs)
            self._inline(paragraph, tokens[i + 1])
            return i + 3
        if kind == "paragraph_open":
            if self._lists:
                paragraph = self._list_paragraph(token.attrs)
            else:
                paragraph = self._paragraph("Body Text", token.attrs)
            self._inline(paragraph, tokens[i + 1])
            self._apply_classes(paragraph, token.attrs)  # again, now that runs exist
            return i + 3
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrs.get("start", 1) or 1)
            self._lists.append(_List(kind == "ordered_list_open", start - 1))
            return i + 1
        if kind in ("bullet_list_close", "ordered_list_close"):
            self._lists.pop()
            return i + 1
        if kind == "list_item_open":
            self._lists[-1].number += 1
            self._item_started = False
            return i + 1
        if kind == "table_open":
            if self._pending_break:  # a table cannot break the page itself: an empty paragraph
                self._paragraph("Normal")
            return self._table(tokens, i)
        if kind == "hr":
            self._pending_break = True
            return i + 1
        if kind in ("fence", "code_block"):
            paragraph = self._paragraph("Normal")
            self._text(paragraph, token.content.rstrip("\n").replace("\n", LINE_BREAK),
                       {"code": True})
            return i + 1
        return i + 1  # *_close tokens, blockquote markers, html (disabled)

    def _list_paragraph(self, attrs: Mapping | None) -> Paragraph:
        paragraph = self._paragraph("List Paragraph", attrs)
        level = len(self._lists)
        fmt = paragraph.paragraph_format
        fmt.left_indent = Cm(_LIST_INDENT_CM * level)
        if not self._item_started:
            current = self._lists[-1]
            fmt.first_line_indent = Cm(-_LIST_INDENT_CM)
            marker = f"{current.number}." if current.ordered else ("•" if level == 1 else "◦")
            paragraph.add_run(f"{marker}\t")
            _tab_stop(paragraph, Cm(_LIST_INDENT_CM * level))
            self._item_started = True
        return paragraph

    def _column_widths(self, table, rows, columns: int) -> list[int]:
        """Share the text width among columns by how much they hold (equal widths would give
        a long message column as little room as a number column). The caller sets each cell's
        width as it fills the row, so the grid is walked once."""
        section = self.doc.sections[-1]
        total = section.page_width - section.left_margin - section.right_margin
        lengths: list[list[int]] = [[] for _ in range(columns)]
        for row in rows:
            for c, (inline, _align) in enumerate(row):
                lengths[c].append(_display_width(inline.content or ""))
        weights = []
        for found in lengths:
            longest = max(found, default=0)
            average = sum(found) / len(found) if found else 0
            # Short columns get what they need up to a cap; columns of running text the rest.
            weights.append(max(9, min(longest, 16)) + (min(average, 60) if longest > 40 else 0))
        table.autofit = False
        widths = [int(total * weight / sum(weights)) for weight in weights]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        return widths

    def _table(self, tokens: list[Token], i: int) -> int:
        rows: list[list[tuple[Token, str | None]]] = []
        header_rows = 0
        in_head = False
        j = i + 1
        while tokens[j].type != "table_close":
            t = tokens[j]
            if t.type == "thead_open":
                in_head = True
            elif t.type == "thead_close":
                in_head = False
            elif t.type == "tr_open":
                rows.append([])
                header_rows += in_head
            elif t.type in ("th_open", "td_open"):
                style = str(t.attrs.get("style", ""))
                align = style.split(":", 1)[1] if style.startswith("text-align:") else None
                rows[-1].append((tokens[j + 1], align))
            j += 1
        columns = max((len(r) for r in rows), default=0)
        if not rows or not columns:
            return j + 1
        table = self.doc.add_table(rows=len(rows), cols=columns)
        if "Table Grid" in self._styles:
            table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = self._column_widths(table, rows, columns)
        style_name = self._style("Table Text")
        cell_style = self.doc.styles[style_name] if style_name else None
        for r, row in enumerate(rows):
            cells = table.rows[r].cells
            _keep_row_together(table.rows[r])
            for c, (inline, align) in enumerate(row):
                cells[c].width = widths[c]
                paragraph = cells[c].paragraphs[0]
                if cell_style is not None:
                    paragraph.style = cell_style
                if align in _ALIGN:
                    paragraph.alignment = _ALIGN[align]
                self._inline(paragraph, inline, {"bold": r < header_rows})
            if r < header_rows:
                _repeat_header(table.rows[r])
        # Word needs a paragraph between two adjacent tables, and one after the last.
        self.doc.add_paragraph(style=self._style("Normal"))
        return j + 1


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) >= 0x1100 else 1 for ch in text)


def _no_first_line(paragraph: Paragraph) -> None:
    ind = paragraph._p.get_or_add_pPr().get_or_add_ind()  # keeps the schema's element order
    ind.set(qn("w:firstLineChars"), "0")
    ind.set(qn("w:firstLine"), "0")


def _tab_stop(paragraph: Paragraph, position) -> None:
    paragraph.paragraph_format.tab_stops.add_tab_stop(position)


def _keep_row_together(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.append(header)
