"""The base document every draft is built on: page, margins, styles, footer with page numbers.

By default it is made from python-docx's template and the jurisdiction's Typography. A clinic
may pass its own .docx (letterhead, styles, header and footer): its body is emptied and any
style the builder needs but the clinic's file lacks is added; nothing else is changed.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .jurisdiction import Typography

PAGE_SIZES_CM = {"A4": (21.0, 29.7), "Letter": (21.59, 27.94)}
# Styles the Markdown builder uses; each is (name, based on).
STYLES = [("Body Text", "Normal"), ("Title", "Normal"), ("Heading 1", "Normal"),
          ("Heading 2", "Normal"), ("Heading 3", "Normal"), ("List Paragraph", "Normal"),
          ("Table Grid", None), ("Caption", "Normal"), ("Table Text", "Normal")]


class ReferenceDocxError(Exception):
    pass


def set_fonts(rpr_owner, latin: str | None, east_asia: str | None) -> None:
    """Set both the Latin and the East Asian font slots of a style or run.

    python-docx's ``font.name`` sets only ascii/hAnsi; CJK text is drawn with ``w:eastAsia``.
    Theme attributes take precedence over explicit names, so they are removed.
    """
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    if latin:
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attr), latin)
    if east_asia:
        fonts.set(qn("w:eastAsia"), east_asia)


def _first_line_chars(style, chars: int, size_pt: float) -> None:
    ind = style.element.get_or_add_pPr().get_or_add_ind()  # keeps the schema's element order
    ind.set(qn("w:firstLineChars"), str(chars * 100))
    ind.set(qn("w:firstLine"), str(int(chars * size_pt * 20)))


def _style_text(style, typography: Typography, size: float, *, bold: bool = False,
                heading: bool = False, title: bool = False) -> None:
    font = style.font
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = RGBColor(0, 0, 0)
    latin = (typography.heading_font if heading else None) or typography.body_font
    east = ((typography.title_font_east_asia if title else None)
            or (typography.heading_font_east_asia if heading else None)
            or typography.body_font_east_asia)
    set_fonts(style.element, latin, east)
    rpr = style.element.get_or_add_rPr()
    color = rpr.find(qn("w:color"))
    if color is not None:
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            color.attrib.pop(qn(attr), None)


def _apply_typography(document: docx.document.Document, typography: Typography) -> None:
    width, height = PAGE_SIZES_CM.get(typography.page, PAGE_SIZES_CM["A4"])
    top, right, bottom, left = typography.margins_cm
    for section in document.sections:
        section.page_width, section.page_height = Cm(width), Cm(height)
        section.top_margin, section.right_margin = Cm(top), Cm(right)
        section.bottom_margin, section.left_margin = Cm(bottom), Cm(left)
    styles = document.styles
    normal = styles["Normal"]
    _style_text(normal, typography, typography.body_size_pt)
    normal.paragraph_format.line_spacing = typography.line_spacing
    normal.paragraph_format.space_after = Pt(0)
    body = styles["Body Text"]
    body.base_style = normal
    _style_text(body, typography, typography.body_size_pt)
    body.paragraph_format.space_after = Pt(typography.body_size_pt * 0.3)
    body.paragraph_format.line_spacing = typography.line_spacing
    if typography.first_line_indent_chars:
        _first_line_chars(body, typography.first_line_indent_chars, typography.body_size_pt)
    title = styles["Title"]
    _style_text(title, typography, typography.title_size_pt, bold=True, heading=True, title=True)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(typography.body_size_pt)
    ppr = title.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):  # python-docx's Title has a rule under it
        ppr.remove(border)
    for level, name in enumerate(("Heading 1", "Heading 2", "Heading 3")):
        heading = styles[name]
        size = typography.heading_size_pt - level
        _style_text(heading, typography, size, bold=True, heading=True)
        heading.paragraph_format.space_before = Pt(typography.body_size_pt * 0.6)
        heading.paragraph_format.space_after = Pt(typography.body_size_pt * 0.3)
        heading.paragraph_format.keep_with_next = True
    cells = styles["Table Text"]  # smaller, single-spaced: a wide table stays readable
    _style_text(cells, typography, typography.table_size)
    cells.paragraph_format.line_spacing = 1.0
    cells.paragraph_format.space_after = Pt(0)
    caption = styles["Caption"]
    _style_text(caption, typography, typography.body_size_pt - 1.5)
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for name in ("Header", "Footer"):
        if name in [s.name for s in styles]:
            _style_text(styles[name], typography, typography.body_size_pt - 2)
    _page_footer(document, typography.page_label)


def _field(paragraph, instruction: str) -> None:
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _page_footer(document: docx.document.Document, label: str) -> None:
    footer = document.sections[0].footer
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.text = ""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rest = label
    while rest:
        before, marker, rest = _split_marker(rest)
        if before:
            paragraph.add_run(before)
        if marker:
            _field(paragraph, "PAGE" if marker == "{page}" else "NUMPAGES")


def _split_marker(text: str) -> tuple[str, str, str]:
    positions = [(text.find(m), m) for m in ("{page}", "{pages}") if m in text]
    if not positions:
        return text, "", ""
    at, marker = min(positions)
    return text[:at], marker, text[at + len(marker):]


def _ensure_styles(document: docx.document.Document, typography: Typography) -> None:
    existing = {s.name for s in document.styles}
    for name, based_on in STYLES:
        if name in existing:
            continue
        kind = WD_STYLE_TYPE.TABLE if name == "Table Grid" else WD_STYLE_TYPE.PARAGRAPH
        style = document.styles.add_style(name, kind)
        if based_on:
            style.base_style = document.styles[based_on]
        if name == "Title":
            _style_text(style, typography, typography.title_size_pt, bold=True, heading=True,
                        title=True)
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif name.startswith("Heading"):
            _style_text(style, typography, typography.heading_size_pt, bold=True, heading=True)
        elif name == "Table Grid":
            _table_borders(style)
        elif name == "Table Text":
            style.font.size = Pt(typography.table_size)


def _table_borders(style) -> None:
    tblpr = style.element.find(qn("w:tblPr"))
    if tblpr is None:
        tblpr = OxmlElement("w:tblPr")
        style.element.append(tblpr)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto")
        borders.append(el)
    tblpr.append(borders)


def _clear_body(document: docx.document.Document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


@lru_cache(maxsize=16)
def default_base(typography: Typography) -> bytes:
    document = docx.Document()
    _clear_body(document)
    document.core_properties.author = ""
    document.core_properties.comments = ""
    _ensure_styles(document, typography)
    _apply_typography(document, typography)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def reference_base(path: str | Path, typography: Typography) -> bytes:
    return _reference_base(str(Path(path).resolve()), Path(path).stat().st_mtime_ns, typography)


@lru_cache(maxsize=16)
def _reference_base(path: str, mtime: int, typography: Typography) -> bytes:
    try:
        document = docx.Document(path)
    except Exception as exc:  # python-docx raises several types for a bad package
        raise ReferenceDocxError(f"{path}: not a usable .docx ({exc})") from None
    _clear_body(document)
    _ensure_styles(document, typography)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def open_base(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))
