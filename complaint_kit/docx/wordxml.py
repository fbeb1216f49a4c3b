"""Runs and paragraph styles as python-docx writes them, built as lxml elements for the fast
path (python-docx's setters search for each element's place and write text character by
character): the same elements that ``paragraph.add_run(text)``, ``run.bold = True`` and
``paragraph.style = …`` make. ``docx.build``'s plain path makes them through python-docx."""

from __future__ import annotations

import re
from collections.abc import Iterator

from docx.oxml.ns import qn
from lxml import etree

_PPR, _PSTYLE, _VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_R, _T, _XML_SPACE = qn("w:r"), qn("w:t"), qn("xml:space")
_RPR, _B, _I, _BR, _TAB = qn("w:rPr"), qn("w:b"), qn("w:i"), qn("w:br"), qn("w:tab")
_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")

# A phone number, an ISO date, an account number written in groups: digits joined by single
# spaces or hyphens ("(212) 555-0142", "138 0000 0101", "2026-03-14"). Its spaces become
# no-break spaces and its hyphens Word's no-break hyphens, so that no line breaks inside it.
_GROUPED_NUMBER = re.compile(r"\+?\(?\d[\d()]*(?:[ -]\(?\d[\d()]*)+")
_MIN_DIGITS = 7
NO_BREAK_HYPHEN = "\u2011"  # written as ``w:noBreakHyphen``, which Word draws as "-"
_CONTROLS = re.compile("([\t\r\n\u2011])")


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


def pieces(text: str) -> Iterator[str]:
    """A run's text cut where it holds a tab, a line break or a no-break hyphen, each of
    which is an element of its own in the run (python-docx writes tabs and breaks so)."""
    if not _CONTROLS.search(text):
        yield text
        return
    yield from (piece for piece in _CONTROLS.split(text) if piece)


def new_style(p, style_id: str | None) -> None:
    """Give a new, empty ``w:p`` the ``w:pPr`` python-docx's ``paragraph.style = …`` writes."""
    ppr = etree.SubElement(p, _PPR)
    if style_id is not None:
        etree.SubElement(ppr, _PSTYLE).set(_VAL, style_id)


def add_break(p) -> None:
    """What ``paragraph.add_run().add_break()`` writes."""
    etree.SubElement(etree.SubElement(p, _R), _BR)


def add_run(p, text: str, bold: bool = False, italic: bool = False) -> None:
    """``paragraph.add_run(text)`` then ``run.bold = True``/``run.italic = True`` as asked:
    a ``w:rPr`` of ``w:b``, ``w:i``, and the text as ``w:t`` (edge spaces preserved, as
    python-docx does), tabs as ``w:tab``, line breaks as ``w:br``, no-break hyphens as
    ``w:noBreakHyphen``."""
    r = etree.SubElement(p, _R)
    if bold or italic:
        rpr = etree.SubElement(r, _RPR)
        if bold:
            etree.SubElement(rpr, _B)
        if italic:
            etree.SubElement(rpr, _I)
    for piece in pieces(text):
        if piece == "\t":
            etree.SubElement(r, _TAB)
        elif piece in ("\r", "\n"):
            etree.SubElement(r, _BR)
        elif piece == NO_BREAK_HYPHEN:
            etree.SubElement(r, _NO_BREAK_HYPHEN)
        else:
            t = etree.SubElement(r, _T)
            t.text = piece
            if len(piece.strip()) < len(piece):  # python-docx's rule for keeping edge spaces
                t.set(_XML_SPACE, "preserve")
