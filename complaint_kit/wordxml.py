"""Runs, paragraph styles and table rows as python-docx writes them, written directly: as lxml
elements for the builder (python-docx's own setters search for each element's place and write
text character by character), or as XML text for a table of plain cells, the same bytes that
lxml would serialize for those elements."""

from __future__ import annotations

import re

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from .templating import LINE_BREAK

_PPR, _PSTYLE, _VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_R, _T, _XML_SPACE = qn("w:r"), qn("w:t"), qn("xml:space")
_RPR, _B, _I, _BR = qn("w:rPr"), qn("w:b"), qn("w:i"), qn("w:br")
_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")

# A phone number, an ISO date, an account number written in groups: digits joined by single
# spaces or hyphens ("(212) 555-0142", "138 0000 0101", "2026-03-14"). Its spaces become
# no-break spaces and its hyphens Word's no-break hyphens, so that no line breaks inside it.
_GROUPED_NUMBER = re.compile(r"\+?\(?\d[\d()]*(?:[ -]\(?\d[\d()]*)+")
_MIN_DIGITS = 7
NO_BREAK_HYPHEN = "\u2011"  # written as ``w:noBreakHyphen``, which Word draws as "-"


def unbreakable(text: str) -> str:
    """``text`` with each grouped number of 7 or more digits joined by no-break characters."""
    if not any(c.isdigit() for c in text):
        return text
    return _GROUPED_NUMBER.sub(_join, text)


def _join(match: re.Match) -> str:
    number = match.group()
    if sum(c.isdigit() for c in number) < _MIN_DIGITS:
        return number
    return number.replace(" ", "\u00a0").replace("-", NO_BREAK_HYPHEN)


def new_style(p, style_id: str | None) -> None:
    """Give a new, empty ``w:p`` the ``w:pPr`` python-docx's ``paragraph.style = …`` writes."""
    ppr = etree.SubElement(p, _PPR)
    if style_id is not None:
        etree.SubElement(ppr, _PSTYLE).set(_VAL, style_id)


def runs(p, text: str, bold: bool, italic: bool) -> None:
    """Text into the ``w:p`` element ``p`` as python-docx would write it: a run for each line,
    a run holding a ``w:br`` between lines (what ``paragraph.add_run().add_break()`` writes).
    Grouped numbers are kept on one line (``unbreakable``)."""
    for n, piece in enumerate(unbreakable(text).split(LINE_BREAK)):
        if n:
            etree.SubElement(etree.SubElement(p, _R), _BR)
        if piece:
            add_run(p, piece, bold, italic)


def add_run(p, text: str, bold: bool = False, italic: bool = False) -> None:
    """``paragraph.add_run(text)`` then ``run.bold = True``/``run.italic = True`` as asked: text
    without tabs or line breaks (nearly all of it) is written as one ``w:t`` at once instead of
    by python-docx's character-by-character appender, with a ``w:rPr`` of ``w:b``, ``w:i``."""
    if "\t" in text or "\n" in text or "\r" in text:
        run = Paragraph(p, None).add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        return
    r = etree.SubElement(p, _R)
    if bold or italic:
        rpr = etree.SubElement(r, _RPR)
        if bold:
            etree.SubElement(rpr, _B)
        if italic:
            etree.SubElement(rpr, _I)
    for n, piece in enumerate(text.split(NO_BREAK_HYPHEN)):
        if n:
            etree.SubElement(r, _NO_BREAK_HYPHEN)
        if piece:
            t = etree.SubElement(r, _T)
            t.text = piece
            if len(piece.strip()) < len(piece):  # python-docx's rule for keeping edge spaces
                t.set(_XML_SPACE, "preserve")


def runs_xml(text: str, bold: bool) -> bytes | None:
    """What ``runs(p, text, bold, False)`` writes, serialized as lxml serializes it (text
    escapes ``&``, ``<`` and ``>``); None for text ``add_run`` leaves to python-docx."""
    text = unbreakable(text)
    if "\t" in text or "\n" in text or "\r" in text:
        return None
    if LINE_BREAK not in text:
        return _run_xml(text, bold).encode() if text else b""
    found = []
    for n, piece in enumerate(text.split(LINE_BREAK)):
        if n:
            found.append("<w:r><w:br/></w:r>")
        if piece:
            found.append(_run_xml(piece, bold))
    return "".join(found).encode()


def _run_xml(text: str, bold: bool) -> str:
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    pieces = "<w:noBreakHyphen/>".join(_t_xml(p) if p else "" for p in text.split(NO_BREAK_HYPHEN))
    return f"<w:r>{_BOLD if bold else ''}{pieces}</w:r>"


def _t_xml(text: str) -> str:
    # python-docx's rule for keeping edge spaces (see add_run)
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f"<w:t{space}>{text}</w:t>"


_BOLD = "<w:rPr><w:b/></w:rPr>"


def fill_table(xml: bytes, cells: list[list[bytes]], header_rows: int) -> bytes:
    """A serialized table holding a header row and a body row with empty cells (each cell one
    paragraph, with a ``w:pPr`` and so an end tag), written with a row for each row of
    ``cells``, each cell's runs before its paragraph's end tag."""
    start, end = xml.index(b"<w:tr>"), xml.rindex(b"</w:tr>") + len(b"</w:tr>")
    kinds = [row.split(b"</w:p>") for row in xml[start:end].split(b"</w:tr>")[:-1]]
    head, body = (kinds[0], kinds[-1]) if header_rows else (None, kinds[0])
    out = [xml[:start]]
    for r, row in enumerate(cells):
        pieces = head if r < header_rows else body
        for piece, cell in zip(pieces, row, strict=False):
            out += (piece, cell, b"</w:p>")
        for piece in pieces[len(row):-1]:  # a short row: its last cells empty
            out += (piece, b"</w:p>")
        out += (pieces[-1], b"</w:tr>")
    out.append(xml[end:])
    return b"".join(out)
