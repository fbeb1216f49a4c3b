"""Build a .docx from the Markdown a template produced: markdown-it-py tokens → python-docx.

Supported: headings (``#`` is the document title), paragraphs, emphasis, strong, strikethrough,
bullet and numbered lists (two levels), tables, images from the render's image map
(``![caption](name)``), ``---`` as a page break, and block classes written on the line before a
block: ``{.center}``, ``{.right}``, ``{.noindent}``, ``{.small}``.

``build`` builds into a python-docx document. ``serialize`` gives the body's blocks as XML for
``basedoc.save_assembled`` to write the .docx around, without a document of their own: with a
cache, each top-level block is built once and its XML reused (see ``_chunk``).
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser
from docx.oxml.table import CT_Tbl
from docx.section import Section
from docx.shared import Cm, Emu, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin

from .docxstyles import style_ids
from .lru import LruCache
from .mdblocks import TableCell, simple_table, split_blocks
from .templating import LINE_BREAK
from .textclean import clean_xml_text
from .wordxml import fill_table, new_style, runs, runs_xml, unbreakable

_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_HEADINGS = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3"}
_LIST_INDENT_CM = 0.75
# Tags the hot paths write with plain lxml; the elements still get python-docx's classes.
_PSTYLE, _VAL, _R, _T = qn("w:pStyle"), qn("w:val"), qn("w:r"), qn("w:t")
_TABS, _TAB, _POS = qn("w:tabs"), qn("w:tab"), qn("w:pos")
_IND, _LEFT, _HANGING = qn("w:ind"), qn("w:left"), qn("w:hanging")
_TCPR, _TCW, _TYPE, _W = qn("w:tcPr"), qn("w:tcW"), qn("w:type"), qn("w:w")
_TRPR, _CANT_SPLIT, _TBL_HEADER = qn("w:trPr"), qn("w:cantSplit"), qn("w:tblHeader")
_TC, _P, _GRID_COL = qn("w:tc"), qn("w:p"), qn("w:gridCol")
_PAGE_BREAK, _JC = qn("w:pageBreakBefore"), qn("w:jc")
_FIRST_LINE_CHARS, _FIRST_LINE = qn("w:firstLineChars"), qn("w:firstLine")


def markdown_parser() -> MarkdownIt:
    return (MarkdownIt("commonmark", {"html": False, "typographer": False})
            .enable(["table", "strikethrough"]).use(attrs_block_plugin))


_PARSER = markdown_parser()
# Blocks are parsed without their inline content, which is parsed as it is written: most of it
# is plain text with backslash escapes (all that case data ever is), which needs no parser.
_BLOCK_PARSER = markdown_parser()
_BLOCK_PARSER.core.ruler.disable("inline")
_PUNCT = r"!-/:-@\[-`{-~"  # ASCII punctuation, each of which CommonMark lets be escaped
# Plain inline text: no character that can begin inline markup (with linkify, typographer and
# HTML off, the rest of the punctuation is text wherever it stands), escapes allowed. The parser
# makes such text one text token, its escapes resolved.
_PLAIN = re.compile(rf"(?:[^\\*_~`\[\]!<&\n]|\\[{_PUNCT}])*")
_ESCAPED = re.compile(rf"\\([{_PUNCT}])")
# What may begin a block (or an indented code block) at the start of a line.
_BLOCK_START = re.compile(rf"[{_PUNCT}\s]|\d{{1,9}}[.)](?:\s|$)")
_CLASS_LINE = re.compile(r"\{\.([a-z]+)\}")  # an attribute line of one class: {.right}
_WIDE = re.compile("[\u1100-\U0010ffff]")  # counted twice in a column's display width


@dataclass
class BuildReport:
    # characters XML cannot hold and unbalanced bidi controls, dropped from the text
    removed_characters: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class _List:
    ordered: bool
    number: int


# (table style?, its id, columns, text width) → an empty table to copy (see DocxBuilder._shell)
_SHELLS: dict[tuple, CT_Tbl] = {}

# What a block built into: its serialized XML, and whether a page break waits for the next block.
Built = tuple[bytes, bool]


class DocxBuilder:
    """Builds Markdown into a document. With a ``cache`` (one per base document: what a block
    builds into depends on the base's styles and page), blocks seen before are copied."""

    def __init__(self, document: docx.document.Document, images: Mapping[str, bytes] | None = None,
                 cache: LruCache[tuple[bool, str], Built] | None = None, *, numbered: bool = False):
        self.doc = document
        self.numbered = numbered  # every list numbered, 1. then （1）: no bullet glyphs
        self.images = images or {}
        self.cache = cache
        self.report = BuildReport()
        self._ids = style_ids(document)
        self._styles = {name for name, _kind in self._ids}
        self._body = document.element.body
        # New blocks go before the body's sectPr, as python-docx puts them; it finds the sectPr
        # by scanning the body for each block, which grows with the document.
        self._sect_pr = self._page = self._body.find(qn("w:sectPr"))
        self._width: int | None = None
        self._unit: int | None = None  # see _table_em
        self._lists: list[_List] = []
        self._item_started = False
        self._pending_break = False
        self._declarations: bytes | None = None  # see _xml
        self._in_place = True  # building into the document (not serialize)
        self._unfilled: dict[object, tuple[list[list[bytes]], int]] = {}  # see _build_table

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
        """``document.add_paragraph(style=…)``: the same XML, a ``w:pPr`` (empty for the default
        style) whenever a style is given, built without python-docx's per-call lookups."""
        p = OxmlElement("w:p")
        name = self._style(style)
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
        if ppr is not None and all(child.tag in (_PSTYLE, _PAGE_BREAK) for child in ppr):
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
        if not (fmt.get("strike") or fmt.get("code")):
            runs(paragraph._p, text, bool(fmt.get("bold")), bool(fmt.get("italic")))
            return
        for n, piece in enumerate(text.split(LINE_BREAK)):  # seldom: python-docx orders the rPr
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
        children = token.children
        if not children and token.content:  # not parsed yet (see _BLOCK_PARSER)
            if _PLAIN.fullmatch(token.content):  # what the parser would make one text token
                self._text(paragraph, _unescape(token.content), fmt)
                return
            children = _PARSER.parseInline(token.content)[0].children
        for child in children or []:
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
        paragraph.add_run().add_picture(io.BytesIO(self.images[src]), width=self._text_width)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # an exact line height (formal Chinese letters) would crop the picture to one line
        paragraph.paragraph_format.line_spacing = 1.0
        _no_first_line(paragraph)

    # -- blocks ------------------------------------------------------------------------------

    def build(self, markdown: str) -> BuildReport:
        """Build the Markdown into the document's body."""
        self._each_block(markdown)
        return self.report

    def serialize(self, markdown: str) -> list[bytes]:
        """The body XML the Markdown builds into, as serialized blocks to join, leaving the
        document as it was: blocks are built into a body element of their own, which is
        dropped whole (taking them out of the document's tree one by one would have lxml
        walk each to redeclare its namespaces). ``drafting`` writes a document's package
        around the blocks (``basedoc.save_assembled``) without a document object of its own.
        The Markdown must hold no image: an image adds a part to the document."""
        self._body = oxml_parser.makeelement(self._body.tag, nsmap=self._body.nsmap)
        self._sect_pr, self._in_place = None, False
        return self._each_block(markdown)

    def _each_block(self, markdown: str) -> list[bytes]:
        """Build the Markdown block by block; what each block built, serialized (nothing
        when there is no cache: the whole Markdown is then built at once, in place)."""
        # Before parsing: markdown-it would turn NUL into U+FFFD, and XML cannot hold the rest.
        markdown, self.report.removed_characters = clean_xml_text(markdown)
        chunks = split_blocks(markdown) if self.cache is not None else None
        if chunks is None:
            if self._in_place:  # nothing to serialize
                self._tokens(_BLOCK_PARSER.parse(markdown))
                return []
            return [self._built(lambda: self._tokens(_BLOCK_PARSER.parse(markdown)))]
        return [self._chunk(chunk) for chunk in chunks]

    def _tokens(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            i = self._block(tokens, i)

    def _built(self, build) -> bytes:
        """Run ``build`` and serialize the blocks it adds."""
        before = len(self._body)
        build()
        end = len(self._body) - (self._sect_pr is not None)
        return b"".join(self._xml(element)
                        for element in self._body[end - (len(self._body) - before):end])

    def _xml(self, element) -> bytes:
        """An element's XML as it stands in the serialized document: lxml declares every
        namespace in scope on the element serialized alone, which the document declares once,
        on its root."""
        declarations = self._namespaces()
        xml = etree.tostring(element, encoding="UTF-8")
        start = xml.index(b" ")
        if not xml.startswith(declarations, start):
            raise AssertionError(f"unexpected namespace declarations in {xml[:200]!r}")
        xml = xml[:start] + xml[start + len(declarations):]
        if (table := self._unfilled.pop(element, None)) is not None:
            xml = fill_table(xml, *table)
        return xml

    def _namespaces(self) -> bytes:
        """The namespace declarations lxml writes on an element of the body serialized alone."""
        if self._declarations is None:
            probe = etree.SubElement(self._body, _P)
            self._declarations = etree.tostring(probe, encoding="UTF-8")[len(b"<w:p"):-2]
            self._body.remove(probe)
        return self._declarations

    def _parsed(self, xml: bytes) -> list:
        """Serialized blocks (``_xml``) as elements again, of python-docx's classes."""
        wrapper = b"<w:body" + self._namespaces() + b">" + xml + b"</w:body>"
        return list(etree.fromstring(wrapper, oxml_parser))

    def _chunk(self, chunk: str) -> bytes:
        """One top-level block: taken from the cache, or built and kept there."""
        key = (self._pending_break, chunk)
        cached = self.cache.get(key)
        if cached is not None:
            xml, self._pending_break = cached
            if self._in_place:
                for element in self._parsed(xml):
                    self._insert(element)
            return xml
        xml = self._built(lambda: self._build_chunk(chunk))
        # An image adds a relationship to this document: what it builds is not reusable.
        if "![" not in chunk:
            self.cache.put(key, (xml, self._pending_break))
        return xml

    def _build_chunk(self, chunk: str) -> None:
        lines = chunk[:-1].split("\n")
        attrs = _CLASS_LINE.fullmatch(lines[0]) if len(lines) == 2 else None
        line = lines[-1]
        if (table := simple_table(lines)) is not None:
            self._build_table(*table)
        elif len(lines) == (2 if attrs else 1) and line and not _BLOCK_START.match(line) \
                and _PLAIN.fullmatch(line):
            # One line of plain text that cannot begin a block, perhaps after a one-class
            # attribute line: a paragraph. Most blocks that hold a client's facts are such;
            # they are written as _block would write them.
            classes = {"class": attrs.group(1)} if attrs else {}
            paragraph = self._paragraph("Body Text", classes)
            self._text(paragraph, _unescape(line.strip()), {})
            self._small(paragraph, classes)
        else:
            self._tokens(_BLOCK_PARSER.parse(chunk))

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
        if ppr is not None and all(child.tag == _PSTYLE for child in ppr):
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
            _tab_stop(paragraph, Cm(_LIST_INDENT_CM * level))
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
            # the body's own sectPr is the last section's (``document.sections`` would find it
            # with an XPath query compiled for each call)
            section = (Section(self._page, self.doc.part) if self._page is not None
                       else self.doc.sections[-1])
            self._width = section.page_width - section.left_margin - section.right_margin
        return self._width

    def _column_widths(self, rows, columns: int) -> list[int]:
        """The text width shared by how much the columns hold (equal widths would give a long
        message column as little room as a number column); then a column narrower than its
        longest unbroken word (a phone number, a date, an id, a heading's word must never
        break) is widened, with the room taken from the columns that have more than they need.
        A column of running text keeps at least a third of the width."""
        lengths: list[list[int]] = [[] for _ in range(columns)]
        words = [0.0] * columns  # the widest unbroken word of each column, in em
        for row in rows:
            for c, (inline, _align) in enumerate(row):
                text = inline.content or ""
                lengths[c].append(_display_width(text))
                # the words as printed: Markdown escapes (02\/03) and entities (&#32;) undone
                words[c] = max(words[c],
                               _longest_word(unbreakable(html.unescape(_unescape(text)))))
        weights = []
        for found in lengths:
            longest = max(found, default=0)
            average = sum(found) / len(found) if found else 0
            # Short columns get what they need up to a cap; columns of running text the rest.
            weights.append(max(9, min(longest, 16)) + (min(average, 60) if longest > 40 else 0))
        width = self._text_width
        shares = [width * weight / sum(weights) for weight in weights]
        # A longer word (a web address, a checksum) may break; every column keeps room for a
        # few characters, and the column of running text (the heaviest, past the short
        # columns' cap) up to a third of the width, as far as the others' words leave room.
        floors = [(max(w, _NARROWEST_EM) + _PAD_EM) * self._table_em + _CELL_MARGINS
                  for w in words]
        main = max(range(columns), key=weights.__getitem__)
        if weights[main] > 16:
            room = width - sum(floors) + floors[main]
            floors[main] = max(floors[main], min(width / 3, room))
        if sum(floors) >= width:  # too many columns for their words: shrink them alike
            return [int(f * width / sum(floors)) for f in floors]
        deficit = sum(max(0, f - s) for f, s in zip(floors, shares, strict=True))
        surplus = [max(0, s - f) for f, s in zip(floors, shares, strict=True)]
        return [int(f if s <= f else s - deficit * extra / sum(surplus))
                for f, s, extra in zip(floors, shares, surplus, strict=True)]

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

    def _shell(self, columns: int) -> CT_Tbl:
        """A ``w:tbl`` without rows, as ``document.add_table(0, columns)`` writes it with the
        table style, centred and of fixed layout (``table.autofit = False``). Made through
        python-docx once per base and column count; each table is a copy (python-docx parses
        a template for each new table, and each setter searches for its element's place)."""
        grid = "Table Grid" in self._styles
        style = self._style_id("Table Grid", WD_STYLE_TYPE.TABLE) if grid else None
        key = (grid, style, columns, self._text_width)
        shell = _SHELLS.get(key)
        if shell is None:
            shell = CT_Tbl.new_tbl(0, columns, Emu(self._text_width))
            if grid:
                shell.tblStyle_val = style
            table = Table(shell, self.doc)
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            table.autofit = False
            _SHELLS[key] = shell
        return shell.__copy__()

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
        self._build_table(rows, header_rows)
        return j + 1

    def _build_table(self, rows: list[list[tuple[Token | TableCell, str | None]]],
                     header_rows: int) -> None:
        """A table of rows of (cell, alignment), the first ``header_rows`` of them headers."""
        if self._pending_break:  # a table cannot break the page itself: an empty paragraph
            self._paragraph("Normal")
        columns = max((len(r) for r in rows), default=0)
        if not rows or not columns:
            return
        tbl = self._shell(columns)  # the rows are added below
        self._insert(tbl)
        table = Table(tbl, self.doc)
        widths = [str(Emu(w).twips) for w in self._column_widths(rows, columns)]
        for grid_col, twips in zip(tbl.tblGrid.iterchildren(_GRID_COL), widths, strict=True):
            grid_col.set(_W, twips)  # what ``column.width = …`` writes
        style_name = self._style("Table Text")
        cell_style = self._style_id(style_name) if style_name else None
        # The rows are made as elements holding what python-docx's setters would write: each
        # row kept on one page (w:cantSplit), header rows repeated (w:tblHeader), each cell its
        # width and each cell paragraph the table-text style; one prototype row is copied for
        # each row (a copy is one C call). Going through python-docx's ``table.rows[r].cells``
        # lays out the whole grid on each call (quadratic), and its setters scan for each
        # element's place. markdown-it gives every row of a table the header's cell count.
        body = OxmlElement("w:tr")
        etree.SubElement(etree.SubElement(body, _TRPR), _CANT_SPLIT)
        for twips in widths:
            tc = etree.SubElement(body, _TC)
            etree.SubElement(etree.SubElement(tc, _TCPR), _TCW, {_TYPE: "dxa", _W: twips})
            p = etree.SubElement(tc, _P)
            if style_name is not None:
                new_style(p, cell_style)
        head = body.__copy__()
        etree.SubElement(head.find(_TRPR), _TBL_HEADER)
        if not self._in_place and cell_style and (cells := _plain_cells(rows, header_rows)):
            # Serializing, with every cell plain text: one header row and one body row go into
            # the table, for _xml to write each row from, with its cells' runs (wordxml.fill_table).
            tbl.extend([row.__copy__() for row, n in ((head, header_rows),
                                                      (body, len(rows) - header_rows)) if n])
            self._unfilled[tbl] = (cells, header_rows)
        else:
            self._fill_rows(table, rows, header_rows, head, body)
        # Word needs a paragraph between two adjacent tables, and one after the last.
        self._add_p("Normal")

    def _fill_rows(self, table: Table, rows, header_rows: int, head, body) -> None:
        """A row element for each row (a copy of ``head`` or ``body``), its cells written."""
        trs = [(head if r < header_rows else body).__copy__() for r in range(len(rows))]
        table._tbl.extend(trs)
        for r, (row, tr) in enumerate(zip(rows, trs, strict=True)):
            for (inline, align), tc in zip(row, tr.iterchildren(_TC), strict=False):
                content = inline.content
                if align is None and not inline.children and _PLAIN.fullmatch(content):
                    # what _inline writes for plain text, without its objects
                    runs(tc[-1], _unescape(content), r < header_rows, False)
                    continue
                paragraph = Paragraph(tc.find(_P), _Cell(tc, table))
                if align in _ALIGN:
                    paragraph.alignment = _ALIGN[align]
                self._inline(paragraph, inline, {"bold": r < header_rows})


def _unescape(plain: str) -> str:
    """Text that ``_PLAIN`` matches, its backslash escapes resolved. There every backslash
    begins an escape of the character after it: unless one escapes a backslash, dropping
    every backslash resolves them all."""
    if "\\\\" in plain:
        return _ESCAPED.sub(r"\1", plain)
    return plain.replace("\\", "")


# The longest word a column is made wide enough for: an international phone number, a date
# and time, a contract number. Longer ones (web addresses, checksums) may break.
_UNBROKEN = 18
_NARROWEST_EM = 2.5  # every column keeps room for a few characters
_PAD_EM = 0.6  # what Word's line fitting takes beyond the glyphs' widths
# Word's default cell margins, left and right (0.08 inch each), in EMU.
_CELL_MARGINS = 2 * 73152
# A run that Word keeps on one line: Latin letters, digits and punctuation without spaces, with
# the CJK punctuation after it that no line may begin with ("I11、" stays whole). No-break
# spaces and hyphens join their word (``wordxml.unbreakable``).
_LATIN = "(?:[^\\s\u1100-\U0010ffff]|[\u00a0\u2011])+"
_WORD = re.compile("\\d+\u5e74\\d+\u6708\\d+\u65e5|"  # a Chinese date (year, month, day)
                   f"{_LATIN}(?:\u3001{_LATIN})*"  # ids listed with the ideographic comma
                   "[\u3001\u3002\uff0c\uff1b\uff1a\uff09]?")


def _longest_word(text: str) -> float:
    """The width in em of the widest piece that must not break: a Latin word or number of up
    to ``_UNBROKEN`` characters (a longer one, a web or e-mail address, a checksum, may), or a
    wide character."""
    words = [piece for w in _WORD.findall(text)  # a long list of ids may break after a comma
             for piece in ((w,) if _display_width(w) <= _UNBROKEN else w.split("\u3001"))]
    longest = max((_em(w) for w in words if _display_width(w) <= _UNBROKEN), default=0.0)
    return max(longest, 1.0) if not text.isascii() and _WIDE.search(text) else longest


# Widths in em of the widest fonts a table may be drawn in (bold DejaVu Serif, which stands in
# for Times New Roman where it is missing, and CJK fonts), by kind of character: a phone
# number's parentheses, space and hyphen take far less room than its digits.
_NARROW = frozenset(" .,:;'!|()[]-/\u00a0\u2011ijlft")
# Word and LibreOffice put a quarter em between Chinese characters and Latin letters or digits.
_AUTOSPACE_EM = 0.25
_WIDE_LATIN = frozenset("mwMW@%&")


def _em(word: str) -> float:
    width = 0.0
    wide = None
    for ch in word:
        if ch not in "\u00a0\u2011" and wide is not None and wide != (ch >= "\u1100"):
            width += _AUTOSPACE_EM
        wide = ch >= "\u1100"
        if ch in _NARROW:
            width += 0.4
        elif ch in _WIDE_LATIN or ch >= "\u1100":  # a CJK character is as wide as an "m"
            width += 1.0
        elif ch.isupper():
            width += 0.8
        else:
            width += 0.68
    return width


def _display_width(text: str) -> int:
    """Characters, wide ones counted twice (without a list of the wide ones: cells of Chinese
    text are mostly wide)."""
    if text.isascii():
        return len(text)
    return 2 * len(text) - len(_WIDE.sub("", text)) - text.count("\u2011")


def _no_first_line(paragraph: Paragraph) -> None:
    ind = paragraph._p.get_or_add_pPr().get_or_add_ind()  # keeps the schema's element order
    ind.set(qn("w:firstLineChars"), "0")
    ind.set(qn("w:firstLine"), "0")


def _tab_stop(paragraph: Paragraph, position) -> None:
    paragraph.paragraph_format.tab_stops.add_tab_stop(position)


def _plain_cells(rows: list[list[tuple[Token | TableCell, str | None]]], header_rows: int
                 ) -> list[list[bytes]] | None:
    """Each cell's runs as XML (``runs_xml``), if every cell is plain text, not aligned."""
    found = []
    for r, row in enumerate(rows):
        cells = []
        for inline, align in row:
            content = inline.content
            if align is not None or inline.children or not _PLAIN.fullmatch(content):
                return None
            xml = runs_xml(_unescape(content), r < header_rows)
            if xml is None:
                return None
            cells.append(xml)
        found.append(cells)
    return found
