"""The base document every draft is built on: page, margins, styles, footer with page numbers.

By default it is made from python-docx's template and the jurisdiction's Typography. A clinic
may pass its own .docx (letterhead, styles, header and footer): its body is emptied, what a
draft must not carry is taken out (``docx.reference.sanitise``) and any style the builder needs
but the clinic's file lacks is added; nothing else is changed.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.package import Package
from docx.shared import Cm, Pt, RGBColor

from complaint_kit.docx.reference import (
    STYLES_WITH_EFFECTS,
    ReferenceDocxError,
    reason,
    sanitise,
    unzip_bounded,
)
from complaint_kit.draft.cache import CACHE
from complaint_kit.model.jurisdiction import Typography

PAGE_SIZES_CM = {"A4": (21.0, 29.7), "Letter": (21.59, 27.94)}
# Styles the Markdown builder uses; each is (name, based on).
STYLES = [("Body Text", "Normal"), ("Title", "Normal"), ("Heading 1", "Normal"),
          ("Heading 2", "Normal"), ("Heading 3", "Normal"), ("List Paragraph", "Normal"),
          ("Table Grid", None), ("Caption", "Normal"), ("Table Text", "Normal")]


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


def set_language(document: docx.document.Document, tag: str) -> None:
    """Say in the document's defaults which language its text is in (``w:lang``; a BCP 47
    tag such as "zh-CN" or "en-GB"): the East Asian slot for a Chinese document, the Latin
    one otherwise. Word proofs by it, and it picks the fonts: LibreOffice, told the text is
    Chinese, takes a font with Chinese glyphs and its bold face at once, rather than a Latin
    font and a fallback for every glyph (a third of its time per page, and headings not
    bold)."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults", first=True)
    rpr = _child(_child(defaults, "w:rPrDefault", first=True), "w:rPr")
    lang = _child(rpr, "w:lang")  # late in w:rPr's sequence; python-docx's template has one
    lang.set(qn("w:eastAsia" if tag.split("-")[0] in ("zh", "ja", "ko") else "w:val"), tag)


def _child(parent, tag: str, first: bool = False):
    """``parent``'s ``tag`` child, added (first or last) when it has none."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        if first:
            parent.insert(0, child)
        else:
            parent.append(child)
    return child


def _zoom_percent(document: docx.document.Document) -> None:
    """python-docx's template zooms to "bestFit" without the percentage the schema requires
    (Word tolerates it; a strict reader need not)."""
    zoom = document.settings.element.find(qn("w:zoom"))
    if zoom is not None and zoom.get(qn("w:percent")) is None:
        zoom.set(qn("w:percent"), "100")


def default_base(typography: Typography, language: str = "") -> bytes:
    """The base for documents in ``language`` (a BCP 47 tag with its region: "zh-CN")."""
    return CACHE.get_or_make(("default base", typography, language),
                             lambda: _default_base(typography, language))


def _default_base(typography: Typography, language: str) -> bytes:
    document = docx.Document()
    _clear_body(document)
    document.core_properties.author = ""
    document.core_properties.comments = ""
    _ensure_styles(document, typography)
    _apply_typography(document, typography)
    return _finished(document, language)


def _finished(document: docx.document.Document, language: str) -> bytes:
    """What every base gets last: a valid zoom, its text's language, only the styles it
    uses; saved."""
    _zoom_percent(document)
    if language:
        set_language(document, language)
    _trim_styles(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def reference_base(path: str | Path, typography: Typography, language: str = "") -> bytes:
    """The base made of a clinic's .docx (read again when the file changes)."""
    key = (str(Path(path).resolve()), Path(path).stat().st_mtime_ns, typography, language)
    return CACHE.get_or_make(("reference base", *key), lambda: _reference_base(*key))


def _reference_base(path: str, mtime: int, typography: Typography, language: str) -> bytes:
    data = unzip_bounded(path)
    try:
        main = Package.open(io.BytesIO(data)).main_document_part
        if main.content_type != CT.WML_DOCUMENT_MAIN:  # a template, a macro-enabled file, …
            raise ReferenceDocxError(f"its content type is {main.content_type}, not a Word "
                                     f"document's (save it as .docx)")
        document = main.document
        _clear_body(document)
        sanitise(document)
        _ensure_styles(document, typography)
        return _finished(document, language)
    except Exception as exc:  # python-docx and lxml raise many types for a bad package
        raise ReferenceDocxError(f"{path}: not a usable .docx: {reason(exc)}") from None


def open_base(data: bytes) -> docx.document.Document:
    """A new python-docx Document on the base."""
    return docx.Document(io.BytesIO(data))


# Styles every base keeps besides the builder's (``STYLES``) and the defaults.
_STYLE_REFERENCES = tuple(qn(tag) for tag in ("w:pStyle", "w:rStyle", "w:tblStyle", "w:numStyle",
                                              "w:styleLink", "w:numStyleLink"))
_STYLE_CHAIN = tuple(qn(tag) for tag in ("w:basedOn", "w:link", "w:next"))
_STYLES_PARTS = (CT.WML_STYLES, "application/vnd.ms-word.stylesWithEffects+xml")


def _trim_styles(document: docx.document.Document) -> None:
    """Keep only the styles the base uses: the builder's, those its parts name (a footer's,
    a numbering's), the defaults, and the styles each of them is based on, linked to or
    followed by; the latent styles go (Word's own list, which it does not need). The
    stylesWithEffects part (Word 2010's copy of the styles) goes too: it would hold the
    styles taken out."""
    styles = document.styles
    root = styles.element
    for latent in root.findall(qn("w:latentStyles")):
        root.remove(latent)
    by_id = {style.get(qn("w:styleId")): style for style in root.iterchildren(qn("w:style"))}
    wanted = {styles[name].style_id for name, _ in STYLES if name in styles}
    wanted |= {style_id for style_id, style in by_id.items()
               if style.get(qn("w:default")) in ("1", "true", "on")}
    for part in document.part.package.iter_parts():
        if part.content_type in _STYLES_PARTS or not part.content_type.endswith("+xml"):
            continue
        element = part.element if isinstance(part, XmlPart) else parse_xml(part.blob)
        wanted |= {ref.get(qn("w:val")) for ref in element.iter(*_STYLE_REFERENCES)}
    todo = list(wanted)
    while todo:
        style = by_id.get(todo.pop())
        for link in () if style is None else style.iterchildren(*_STYLE_CHAIN):
            if (target := link.get(qn("w:val"))) not in wanted:
                wanted.add(target)
                todo.append(target)
    for style_id, style in by_id.items():
        if style_id not in wanted:
            root.remove(style)
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            document.part.drop_rel(rid)
