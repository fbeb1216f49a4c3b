"""Paragraph formatting the builder applies: the layout classes, list items' indents and
markers, and run text with Word's special characters, by the plain path (python-docx's API)
or, where the paragraph allows, by appending the same elements with lxml."""

from __future__ import annotations

from collections.abc import Mapping

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from complaint_kit.docx.wordxml import NO_BREAK_HYPHEN, pieces

ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
LIST_INDENT_CM = 0.75
_PSTYLE, _VAL, _R, _T = qn("w:pStyle"), qn("w:val"), qn("w:r"), qn("w:t")
_TABS, _TAB, _POS = qn("w:tabs"), qn("w:tab"), qn("w:pos")
_IND, _LEFT, _HANGING = qn("w:ind"), qn("w:left"), qn("w:hanging")
_PAGE_BREAK, _JC = qn("w:pageBreakBefore"), qn("w:jc")
_FIRST_LINE_CHARS, _FIRST_LINE = qn("w:firstLineChars"), qn("w:firstLine")


def _classes(attrs: Mapping | None) -> list[str]:
    return str((attrs or {}).get("class", "")).split()


def apply_classes(paragraph: Paragraph, attrs: Mapping | None, plain: bool) -> None:
    """The layout classes, on a new paragraph: ``.left`` ``.center`` ``.right``,
    ``.noindent``, ``.keep`` (``.small`` needs its runs: ``small``)."""
    classes = _classes(attrs)
    align = next((name for name in reversed(classes) if name in ALIGN), None)
    keep = "keep" in classes  # on the same page as the next paragraph (a signature block)
    if align is None and "noindent" not in classes and not keep:
        return
    if keep:
        paragraph.paragraph_format.keep_with_next = True
    ppr = paragraph._p.pPr
    if not plain and ppr is not None and all(
            child.tag in (_PSTYLE, _PAGE_BREAK) for child in ppr):
        # The pPr holds only what comes before w:ind and w:jc in the schema: append what
        # ``paragraph.alignment = …`` and ``no_first_line`` would insert.
        etree.SubElement(ppr, _IND, {_FIRST_LINE_CHARS: "0", _FIRST_LINE: "0"})
        if align is not None:
            etree.SubElement(ppr, _JC, {_VAL: ALIGN[align].xml_value})
        return
    for name in classes:
        if name in ALIGN:
            paragraph.alignment = ALIGN[name]
            no_first_line(paragraph)
        elif name == "noindent":
            no_first_line(paragraph)


def small(paragraph: Paragraph, attrs: Mapping | None) -> None:
    """``.small``: the paragraph's runs in 9 pt."""
    if "small" in _classes(attrs):
        for run in paragraph.runs:
            run.font.size = Pt(9)


def format_list_item(paragraph: Paragraph, level: int, marker: str | None, plain: bool) -> None:
    """A list paragraph indented to its level; ``marker`` (on an item's first paragraph) is
    written before a tab, hanging out to the left."""
    ppr = paragraph._p.pPr
    if not plain and ppr is not None and all(child.tag == _PSTYLE for child in ppr):
        # The usual case, no page break or class before the item: write the XML the
        # python-docx calls below write, directly (they took ~0.4 ms per item).
        indent = str(Cm(LIST_INDENT_CM * level).twips)
        if marker is not None:
            etree.SubElement(etree.SubElement(ppr, _TABS), _TAB, {_POS: indent, _VAL: "left"})
        ind = etree.SubElement(ppr, _IND, {_LEFT: indent})
        if marker is not None:
            ind.set(_HANGING, str(Cm(LIST_INDENT_CM).twips))
            r = etree.SubElement(paragraph._p, _R)
            etree.SubElement(r, _T).text = marker
            etree.SubElement(r, _TAB)
        return
    fmt = paragraph.paragraph_format
    fmt.left_indent = Cm(LIST_INDENT_CM * level)
    if marker is not None:
        fmt.first_line_indent = Cm(-LIST_INDENT_CM)
        paragraph.add_run(f"{marker}\t")
        fmt.tab_stops.add_tab_stop(Cm(LIST_INDENT_CM * level))


def run_text(run: Run, text: str) -> None:
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


def no_first_line(paragraph: Paragraph) -> None:
    ind = paragraph._p.get_or_add_pPr().get_or_add_ind()  # keeps the schema's element order
    ind.set(_FIRST_LINE_CHARS, "0")
    ind.set(_FIRST_LINE, "0")
