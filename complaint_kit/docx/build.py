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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from markdown_it.token import Token

from complaint_kit.docx.blocks import block_key, top_level_blocks
from complaint_kit.docx.markdown import (
    BLOCK_PARSER,
    PARSER,
    Rows,
    inline_children,
    printed,
    table_rows,
)
from complaint_kit.docx.paragraphs import (
    ALIGN,
    apply_classes,
    format_list_item,
    no_first_line,
    run_text,
    small,
)
from complaint_kit.docx.styles import style_ids
from complaint_kit.docx.tables import add_plain_table, new_fast_table
from complaint_kit.docx.tablewidths import column_widths
from complaint_kit.docx.wordxml import (
    add_break,
    add_run,
    new_style,
    unbreakable,
)
from complaint_kit.draft.cache import LruCache
from complaint_kit.draft.templating import LINE_BREAK
from complaint_kit.textclean import clean_xml_text

_HEADINGS = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3"}
_SECT_PR = qn("w:sectPr")


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
        apply_classes(paragraph, attrs, self.plain)
        return paragraph

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
            run_text(run, line)

    def _inline(self, paragraph: Paragraph, token: Token, base: dict[str, bool] | None = None
                ) -> None:
        fmt = dict(base or {})
        for child in inline_children(token):
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
        no_first_line(paragraph)

    # -- blocks ------------------------------------------------------------------------------

    def build(self, markdown: str) -> BuildReport:
        """Build the Markdown into the body."""
        # Before parsing: markdown-it would turn NUL into U+FFFD, and XML cannot hold the rest.
        markdown, self.report.removed_characters = clean_xml_text(markdown)
        if self.cache is None:
            self._tokens(PARSER.parse(markdown))
            return self.report
        env: dict = {}
        tokens = BLOCK_PARSER.parse(markdown, env)
        if env.get("references"):  # link definitions apply document-wide: parse it whole
            self._tokens(PARSER.parse(markdown))
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
        (the base's styles and page, the list numbering). A list not in the cache is built
        item by item, each item cached too: most lists share most of their items with other
        documents' (what the law forbids, what is asked), and differ in one or two."""
        key = ("block", *self.scope, self._pending_break, block_key(block))
        if block[0].type in ("bullet_list_open", "ordered_list_open"):
            self._cached(key, block, self._list_by_items)
        else:
            self._cached(key, block, self._tokens)

    def _list_by_items(self, block: list[Token]) -> None:
        self._block(block, 0)  # the list opens
        for item in top_level_blocks(block[1:-1], level=1):
            # An item's build depends also on its list: bulleted or numbered, and its number.
            current = self._lists[-1]
            key = ("item", *self.scope, self._pending_break, current.ordered, current.number,
                   block_key(item))
            self._cached(key, item, self._tokens, item=True)
        self._block(block, len(block) - 1)  # and closes

    def _cached(self, key: tuple, tokens: list[Token], build, item: bool = False) -> None:
        """Copy what ``tokens`` built from the cache under ``key``, or ``build`` them and keep
        what they built there, with the state they leave (a page break still waiting; for a
        list item, its number taken and whether it wrote a paragraph)."""
        cached = self.cache.get(key)
        if cached is not None:
            elements, self._pending_break, started = cached
            for element in elements:
                self._insert(copy.deepcopy(element))
            if item:
                self._lists[-1].number += 1
                self._item_started = started
            return
        before = len(self._body)
        build(tokens)
        end = len(self._body) - (self._sect_pr is not None)
        built = self._body[end - (len(self._body) - before):end]
        # An image adds a relationship to this document: what it builds is not reusable.
        if not any(t.type == "inline" and "![" in t.content for t in tokens):
            self.cache.put(key, ([copy.deepcopy(e) for e in built], self._pending_break,
                                 self._item_started))

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
            small(paragraph, token.attrs)  # now that the runs exist
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
        marker = None if self._item_started else self._marker(level)
        format_list_item(paragraph, level, marker, self.plain)
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
        rows, header_rows, end = table_rows(tokens, i)
        self._build_table(rows, header_rows)
        return end

    def _build_table(self, rows: Rows, header_rows: int) -> None:
        """A table of rows of (cell, alignment), the first ``header_rows`` of them headers:
        centred, of fixed layout and the table style, each row kept on one page, header rows
        repeated on each page, each cell paragraph in the table-text style."""
        if self._pending_break:  # a table cannot break the page itself: an empty paragraph
            self._paragraph("Normal")
        columns = max((len(r) for r in rows), default=0)
        if not rows or not columns:
            return
        widths = column_widths([[(inline.content or "", printed(inline)) for inline, _ in row]
                                for row in rows], columns, self._text_width, self._table_em)
        style = "Table Grid" if "Table Grid" in self._styles else None
        name = self._style("Table Text")
        if self.plain:
            add_plain_table(self.doc, rows, header_rows, widths, style, name, self._cell)
        else:
            self._insert(new_fast_table(
                self.doc, rows, header_rows, widths, self._text_width,
                self._style_id(style, WD_STYLE_TYPE.TABLE) if style else None,
                self._style_id(name) if name else None, name is not None, self._cell))
        # Word needs a paragraph between two adjacent tables, and one after the last.
        self._add_p("Normal")

    def _cell(self, paragraph: Paragraph, inline: Token, align: str | None, header: bool
              ) -> None:
        if align in ALIGN:
            paragraph.alignment = ALIGN[align]
        self._inline(paragraph, inline, {"bold": header})
