"""Build a .docx from the Markdown a template produced: markdown-it-py tokens → python-docx.

Supported: headings (``#`` is the document title), paragraphs, emphasis, strong, strikethrough,
bullet and numbered lists (two levels), tables, images from the render's image map
(``![caption](name)``), ``---`` as a page break, and block classes written on the line before a
block: ``{.center}``, ``{.right}``, ``{.noindent}``, ``{.small}``, ``{.keep}``.

Two paths build the same XML. The plain one (``plain=True``) uses python-docx's API only
(``document.add_paragraph``, ``add_run``, ``add_table``, …, and the oxml recipes for what it has
no API for); it is the reference. The fast one writes the same elements with lxml, and with a
cache keeps what each top-level block built, keyed by the block's tokens, and copies it the
next time a document has that block. ``tests/test_docx_equivalence.py`` holds them equal.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Mapping
from dataclasses import dataclass, field

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Emu, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin

from complaint_kit.docx.blocks import block_key, top_level_blocks
from complaint_kit.docx.styles import style_ids
from complaint_kit.docx.tablewidths import column_widths
from complaint_kit.docx.wordxml import (
    NO_BREAK_HYPHEN,
    add_break,
    add_run,
    new_style,
    pieces,
    unbreakable,
)
from complaint_kit.draft.cache import LruCache
from complaint_kit.draft.templating import LINE_BREAK
from complaint_kit.textclean import clean_xml_text

_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_HEADINGS = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3"}
_LIST_INDENT_CM = 0.75
# Tags the fast path writes with lxml; the elements still get python-docx's classes.
_PSTYLE, _VAL, _R, _T = qn("w:pStyle"), qn("w:val"), qn("w:r"), qn("w:t")
_TABS, _TAB, _POS = qn("w:tabs"), qn("w:tab"), qn("w:pos")
_IND, _LEFT, _HANGING = qn("w:ind"), qn("w:left"), qn("w:hanging")
_TCPR, _TCW, _TYPE, _W = qn("w:tcPr"), qn("w:tcW"), qn("w:type"), qn("w:w")
_TRPR, _CANT_SPLIT, _TBL_HEADER = qn("w:trPr"), qn("w:cantSplit"), qn("w:tblHeader")
_TC, _P, _GRID_COL, _SECT_PR = qn("w:tc"), qn("w:p"), qn("w:gridCol"), qn("w:sectPr")
_PAGE_BREAK, _JC = qn("w:pageBreakBefore"), qn("w:jc")
_FIRST_LINE_CHARS, _FIRST_LINE = qn("w:firstLineChars"), qn("w:firstLine")


def markdown_parser() -> MarkdownIt:
    return (MarkdownIt("commonmark", {"html": False, "typographer": False})
            .enable(["table", "strikethrough"]).use(attrs_block_plugin))


_PARSER = markdown_parser()
# The fast path parses blocks first and a block's inline content only when it builds the block
# (``MarkdownIt.parseInline``): a block taken from the cache needs no inline parse.
_BLOCK_PARSER = markdown_parser()
_BLOCK_PARSER.core.ruler.disable("inline")


@dataclass
class BuildReport:
    # characters XML cannot hold and unbalanced bidi controls, dropped from the text
    removed_characters: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class _List:
    ordered: bool
    number: int


class DocxBuilder:
    """Builds Markdown into a document's body.

    ``document`` gives the styles and the page; the blocks go into ``body`` (by default the
    document's own). ``plain``: python-docx's API only (the reference path), into the
    document. Otherwise, with a ``cache``, blocks seen before are copied from it; ``scope``
    is what else a block's build depends on (the base and the list numbering), part of each
    key. ``ids``: the document's ``docx.styles.style_ids``, when the caller has them."""

    def __init__(self, document: docx.document.Document, images: Mapping[str, bytes] | None = None,
                 cache: LruCache | None = None, *, numbered: bool = False, plain: bool = False,
                 body=None, scope: tuple = (),
                 ids: dict[tuple[str, WD_STYLE_TYPE], str | None] | None = None):
        self.doc = document
        self.numbered = numbered  # every list numbered, 1. then （1）: no bullet glyphs
        self.images = images or {}
        self.plain = plain
        self.cache = None if plain else cache
        self.scope = scope
        self.report = BuildReport()
        self._ids = style_ids(document) if ids is None else ids
        self._styles = {name for name, _kind in self._ids}
        self._body = document.element.body if body is None else body
        if plain and self._body is not document.element.body:
            raise ValueError("the plain path builds into the document itself")
        # New blocks go before the body's sectPr, as python-docx puts them.
        self._sect_pr = self._body.find(_SECT_PR)
        self._width: int | None = None
        self._unit: int | None = None  # see _table_em
        self._lists: list[_List] = []
        self._item_started = False
        self._pending_break = False

    # -- helpers -----------------------------------------------------------------------------

    def _style(self, name: str, fallback: str = "Normal") -> str | None:
        if name in self._styles:
            return name
        return fallback if fallback in self._styles else None

    def _style_id(self, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH) -> str | None:
        if (name, kind) not in self._ids:
            raise ValueError(f"style {name!r} is not a {kind} style")
        return self._ids[name, kind]

    def _add_p(self, style: str) -> Paragraph:
        """``document.add_paragraph(style=…)``: a ``w:pPr`` (empty for the default style)
        whenever a style is given."""
        name = self._style(style)
        if self.plain:
            return self.doc.add_paragraph(style=name)
        p = OxmlElement("w:p")
        if name is not None:
            new_style(p, self._style_id(name))
        self._insert(p)
        return Paragraph(p, self.doc)

    def _insert(self, block) -> None:
        if self._sect_pr is not None:
            self._sect_pr.addprevious(block)
        else:
            self._body.append(block)

    def _paragraph(self, style: str, attrs: Mapping | None = None) -> Paragraph:
        paragraph = self._add_p(style)
        if self._pending_break:
            paragraph.paragraph_format.page_break_before = True
            self._pending_break = False
        self._apply_classes(paragraph, attrs)
        return paragraph

    def _apply_classes(self, paragraph: Paragraph, attrs: Mapping | None) -> None:
        """The layout classes, on a new paragraph: ``.left`` ``.center`` ``.right``,
        ``.noindent``, ``.keep`` (``.small`` needs its runs: ``_small``)."""
        classes = str((attrs or {}).get("class", "")).split()
        align = next((name for name in reversed(classes) if name in _ALIGN), None)
        keep = "keep" in classes  # on the same page as the next paragraph (a signature block)
        if align is None and "noindent" not in classes and not keep:
            return
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        ppr = paragraph._p.pPr
        if not self.plain and ppr is not None and all(
                child.tag in (_PSTYLE, _PAGE_BREAK) for child in ppr):
            # The pPr holds only what comes before w:ind and w:jc in the schema: append what
            # ``paragraph.alignment = …`` and ``_no_first_line`` would insert.
            etree.SubElement(ppr, _IND, {_FIRST_LINE_CHARS: "0", _FIRST_LINE: "0"})
            if align is not None:
                etree.SubElement(ppr, _JC, {_VAL: _ALIGN[align].xml_value})
            return
        for name in classes:
            if name in _ALIGN:
                paragraph.alignment = _ALIGN[name]
                _no_first_line(paragraph)
            elif name == "noindent":
                _no_first_line(paragraph)

    @staticmethod
    def _small(paragraph: Paragraph, attrs: Mapping | None) -> None:
        if "small" in str((attrs or {}).get("class", "")).split():
            for run in paragraph.runs:
                run.font.size = Pt(9)

    def _text(self, paragraph: Paragraph, text: str, fmt: dict[str, bool]) -> None:
        """Text in runs of the format: a run for each line, and between lines a run holding a
        ``w:br``. Grouped numbers are kept on one line (``unbreakable``), but in code and
        struck-through text."""
        special = fmt.get("strike") or fmt.get("code")
        if not special:
            text = unbreakable(text)
        for n, line in enumerate(text.split(LINE_BREAK)):
            if n:
                if self.plain:
                    paragraph.add_run().add_break()
                else:
                    add_break(paragraph._p)
            if not line:
                continue
            if not (self.plain or special):
                add_run(paragraph._p, line, bool(fmt.get("bold")), bool(fmt.get("italic")))
                continue
            run = paragraph.add_run()
            if fmt.get("bold"):
                run.bold = True
            if fmt.get("italic"):
                run.italic = True
            if fmt.get("strike"):
                run.font.strike = True
            if fmt.get("code"):
                run.font.name = "Courier New"
            _run_text(run, line)

    def _children(self, token: Token) -> list[Token]:
        """An inline token's children, parsed now if the block parse left them out."""
        if not token.children and token.content:
            token.children = _PARSER.parseInline(token.content)[0].children
        return token.children or []

    def _inline(self, paragraph: Paragraph, token: Token, base: dict[str, bool] | None = None
                ) -> None:
        fmt = dict(base or {})
        for child in self._children(token):
            kind = child.type
            if kind == "text":
                self._text(paragraph, child.content, fmt)
            elif kind == "code_inline":
                self._text(paragraph, child.content, {**fmt, "code": True})
            elif kind == "softbreak":
                self._text(paragraph, " ", fmt)
            elif kind == "hardbreak":
                self._text(paragraph, LINE_BREAK, fmt)
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
        paragraph.add_run().add_picture(io.BytesIO(self.images[src]), width=self._text_width)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # an exact line height (formal Chinese letters) would crop the picture to one line
        paragraph.paragraph_format.line_spacing = 1.0
        _no_first_line(paragraph)

    # -- blocks ------------------------------------------------------------------------------

    def build(self, markdown: str) -> BuildReport:
        """Build the Markdown into the body."""
        # Before parsing: markdown-it would turn NUL into U+FFFD, and XML cannot hold the rest.
        markdown, self.report.removed_characters = clean_xml_text(markdown)
        if self.cache is None:
            self._tokens(_PARSER.parse(markdown))
            return self.report
        env: dict = {}
        tokens = _BLOCK_PARSER.parse(markdown, env)
        if env.get("references"):  # link definitions apply document-wide: parse it whole
            self._tokens(_PARSER.parse(markdown))
            return self.report
        for block in top_level_blocks(tokens):
            self._cached_block(block)
        return self.report

    def _tokens(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            i = self._block(tokens, i)

    def _cached_block(self, block: list[Token]) -> None:
        """One top-level block: copied from the cache, or built and kept there. What a block
        builds depends on its tokens, on whether a page break waits for it, and on the scope
        (the base's styles and page, the list numbering)."""
        key = ("block", *self.scope, self._pending_break, block_key(block))
        cached = self.cache.get(key)
        if cached is not None:
            elements, self._pending_break = cached
            for element in elements:
                self._insert(copy.deepcopy(element))
            return
        before = len(self._body)
        self._tokens(block)
        end = len(self._body) - (self._sect_pr is not None)
        built = self._body[end - (len(self._body) - before):end]
        # An image adds a relationship to this document: what it builds is not reusable.
        if not any(t.type == "inline" and "![" in t.content for t in block):
            self.cache.put(key, ([copy.deepcopy(e) for e in built], self._pending_break))

    def _block(self, tokens: list[Token], i: int) -> int:
        token = tokens[i]
        kind = token.type
        if kind == "heading_open":
            if not tokens[i + 1].content.strip():  # a template left its title blank: no line
                return i + 3
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
            self._small(paragraph, token.attrs)  # now that the runs exist
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
        ppr = paragraph._p.pPr
        if not self.plain and ppr is not None and all(child.tag == _PSTYLE for child in ppr):
            # The usual case, no page break or class before the item: write the XML the
            # python-docx calls below write, directly (they took ~0.4 ms per item).
            indent = str(Cm(_LIST_INDENT_CM * level).twips)
            if not self._item_started:
                etree.SubElement(etree.SubElement(ppr, _TABS), _TAB,
                                 {_POS: indent, _VAL: "left"})
            ind = etree.SubElement(ppr, _IND, {_LEFT: indent})
            if not self._item_started:
                ind.set(_HANGING, str(Cm(_LIST_INDENT_CM).twips))
                r = etree.SubElement(paragraph._p, _R)
                etree.SubElement(r, _T).text = self._marker(level)
                etree.SubElement(r, _TAB)
                self._item_started = True
            return paragraph
        fmt = paragraph.paragraph_format
        fmt.left_indent = Cm(_LIST_INDENT_CM * level)
        if not self._item_started:
            fmt.first_line_indent = Cm(-_LIST_INDENT_CM)
            paragraph.add_run(f"{self._marker(level)}\t")
            fmt.tab_stops.add_tab_stop(Cm(_LIST_INDENT_CM * level))
            self._item_started = True
        return paragraph

    def _marker(self, level: int) -> str:
        current = self._lists[-1]
        if self.numbered:
            return f"{current.number}." if level == 1 else f"\uff08{current.number}\uff09"
        return f"{current.number}." if current.ordered else ("•" if level == 1 else "◦")

    @property
    def _text_width(self) -> int:
        """The width between the margins of the last section, in EMU (looked up once)."""
        if self._width is None:
            section = self.doc.sections[-1]
            self._width = section.page_width - section.left_margin - section.right_margin
        return self._width

    @property
    def _table_em(self) -> int:
        """The size of table text, in EMU: the width of 1 em."""
        if self._unit is None:
            size = None
            name = self._style("Table Text")
            for style in (name, "Normal"):
                if style and style in self._styles:
                    size = self.doc.styles[style].font.size
                    if size:
                        break
            self._unit = int(size or Pt(10.5))
        return self._unit

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
                self._children(tokens[j + 1])
                rows[-1].append((tokens[j + 1], align))
            j += 1
        self._build_table(rows, header_rows)
        return j + 1

    def _build_table(self, rows: list[list[tuple[Token, str | None]]], header_rows: int) -> None:
        """A table of rows of (cell, alignment), the first ``header_rows`` of them headers:
        centred, of fixed layout and the table style, each row kept on one page, header rows
        repeated on each page, each cell paragraph in the table-text style."""
        if self._pending_break:  # a table cannot break the page itself: an empty paragraph
            self._paragraph("Normal")
        columns = max((len(r) for r in rows), default=0)
        if not rows or not columns:
            return
        widths = column_widths([[(inline.content or "", _printed(inline)) for inline, _ in row]
                                for row in rows], columns, self._text_width, self._table_em)
        style = "Table Grid" if "Table Grid" in self._styles else None
        name = self._style("Table Text")
        if self.plain:
            table = self.doc.add_table(rows=0, cols=columns)
            table.style = style
        else:
            tbl = CT_Tbl.new_tbl(0, columns, Emu(self._text_width))
            self._insert(tbl)
            table = Table(tbl, self.doc)
            if style:
                tbl.tblStyle_val = self._style_id(style, WD_STYLE_TYPE.TABLE)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        if self.plain:
            for column, width in zip(table.columns, widths, strict=True):
                column.width = Emu(width)
            self._plain_rows(table, rows, header_rows, name)
        else:
            twips = [str(Emu(w).twips) for w in widths]
            for grid_col, width in zip(table._tbl.tblGrid.iterchildren(_GRID_COL), twips,
                                       strict=True):
                grid_col.set(_W, width)  # what ``column.width = …`` writes
            self._fast_rows(table, rows, header_rows, twips,
                            self._style_id(name) if name else None, name is not None)
        # Word needs a paragraph between two adjacent tables, and one after the last.
        self._add_p("Normal")

    def _plain_rows(self, table: Table, rows, header_rows: int, style: str | None) -> None:
        for r, row in enumerate(rows):
            added = table.add_row()
            tr_pr = added._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:cantSplit"))
            if r < header_rows:
                tr_pr.append(OxmlElement("w:tblHeader"))
            for (inline, align), cell in zip(row, added.cells, strict=False):
                self._cell(cell.paragraphs[0], inline, align, r < header_rows, style)

    def _fast_rows(self, table: Table, rows, header_rows: int, twips: list[str],
                   cell_style: str | None, styled: bool) -> None:
        """What ``_plain_rows`` writes, each row a copy of a prototype row (a copy is one C
        call; python-docx's ``table.add_row`` and setters scan for each element's place)."""
        body = OxmlElement("w:tr")
        etree.SubElement(etree.SubElement(body, _TRPR), _CANT_SPLIT)
        for width in twips:
            tc = etree.SubElement(body, _TC)
            etree.SubElement(etree.SubElement(tc, _TCPR), _TCW, {_W: width, _TYPE: "dxa"})
            p = etree.SubElement(tc, _P)
            if styled:
                new_style(p, cell_style)
        head = copy.deepcopy(body)
        etree.SubElement(head.find(_TRPR), _TBL_HEADER)
        for r, row in enumerate(rows):
            tr = copy.deepcopy(head if r < header_rows else body)
            table._tbl.append(tr)
            for (inline, align), tc in zip(row, tr.iterchildren(_TC), strict=False):
                paragraph = Paragraph(tc.find(_P), table)  # the table gives it its part
                self._cell(paragraph, inline, align, r < header_rows, None)

    def _cell(self, paragraph: Paragraph, inline: Token, align: str | None, header: bool,
              style: str | None) -> None:
        if style is not None:
            paragraph.style = style
        if align in _ALIGN:
            paragraph.alignment = _ALIGN[align]
        self._inline(paragraph, inline, {"bold": header})


def _run_text(run: Run, text: str) -> None:
    """``run.text = text`` as appended content, with no-break hyphens as Word's element."""
    for piece in pieces(text):
        if piece == "\t":
            run.add_tab()
        elif piece in ("\r", "\n"):
            run.add_break()
        elif piece == NO_BREAK_HYPHEN:
            run._r.append(OxmlElement("w:noBreakHyphen"))
        else:
            run.add_text(piece)


def _printed(inline: Token) -> str:
    """A cell's text as it is printed: its text tokens' content (markdown-it has resolved
    the escapes and entities)."""
    return "".join(" " if child.type == "softbreak" else child.content
                   for child in inline.children or [] if child.type != "image")


def _no_first_line(paragraph: Paragraph) -> None:
    ind = paragraph._p.get_or_add_pPr().get_or_add_ind()  # keeps the schema's element order
    ind.set(_FIRST_LINE_CHARS, "0")
    ind.set(_FIRST_LINE, "0")
