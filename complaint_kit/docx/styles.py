"""Which style id python-docx writes for a style name, worked out once per build."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.styles import BabelFish

_TYPES = {"paragraph": WD_STYLE_TYPE.PARAGRAPH, "character": WD_STYLE_TYPE.CHARACTER,
          "table": WD_STYLE_TYPE.TABLE, "numbering": WD_STYLE_TYPE.LIST}


def style_ids(document: docx.document.Document) -> dict[tuple[str, WD_STYLE_TYPE], str | None]:
    """(UI name, type) → the id to write in ``w:pStyle``/``w:tblStyle``, or None for the
    type's default style (which is left implicit).

    It gives what python-docx's ``paragraph.style = name`` writes. python-docx finds the
    default style by walking every style and parsing its type for each assignment; this is
    one pass over the styles for a whole build.
    """
    return _style_ids(document.styles.element)


def _style_ids(styles) -> dict[tuple[str, WD_STYLE_TYPE], str | None]:
    """One pass over ``w:styles``, as python-docx resolves a style name."""
    defaults: dict[WD_STYLE_TYPE, object] = {}
    first: dict[str, object] = {}  # python-docx takes the first style of a name
    for style in styles.iterchildren(qn("w:style")):
        kind = _TYPES.get(style.get(qn("w:type"), "paragraph"), WD_STYLE_TYPE.PARAGRAPH)
        if style.get(qn("w:default")) in ("1", "true", "on"):
            defaults[kind] = style  # "the last default in document order" (the spec)
        name = style.find(qn("w:name"))
        if name is not None:
            first.setdefault(BabelFish.internal2ui(name.get(qn("w:val"))), style)
    ids: dict[tuple[str, WD_STYLE_TYPE], str | None] = {}
    for name, style in first.items():
        kind = _TYPES.get(style.get(qn("w:type"), "paragraph"), WD_STYLE_TYPE.PARAGRAPH)
        ids[name, kind] = None if defaults.get(kind) is style else style.get(qn("w:styleId"))
    return ids
