"""Markdown split into top-level blocks that parse alone exactly as they parse in place.

Documents drafted in a batch share most of their text (headings, the law quoted for each
finding, channel details, closing lines); only the blocks holding case facts differ. The builder
keeps what it made of each block, keyed by the block's text, and copies it instead of parsing
and building the same text again.

A document is cut at blank lines, where CommonMark closes every open block but lists and code.
So a chunk is joined to the one before it when it is indented (a list item's continuation or
an indented code block), when it continues a list, or when the one before ends with an
attribute line (``{.center}``) that belongs to it. Documents whose blocks can reach further
(fenced code, which may hold blank lines; link reference definitions, which apply document-wide)
are not split at all.

``simple_table`` reads a table of the plain shape templates write as markdown-it's table rule
reads it, so that the builder needs no parser for it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from markdown_it.common.utils import mdTrim

_LIST_ITEM = re.compile(r" {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
_ATTRS = re.compile(r"\s*\{[^{}]*\}\s*$")
_UNSPLITTABLE = re.compile(r"^ {0,3}(?:```|~~~|\[[^\]]+\]:)", re.MULTILINE)


def split_blocks(markdown: str) -> list[str] | None:
    """The top-level chunks of ``markdown``, or None where the document cannot be split safely.

    Joined back with the blank lines between them, the chunks are the document again; each
    parses to the tokens the whole document gives for its lines (line numbers apart).
    """
    if _UNSPLITTABLE.search(markdown):
        return None
    lines = markdown.split("\n")
    chunks: list[tuple[int, int]] = []  # [start, end) line ranges
    start: int | None = None
    for n, line in enumerate([*lines, ""]):
        if line.strip(" \t"):  # blank is spaces and tabs only: U+3000 and the like are text
            if start is None:
                start = n
            continue
        if start is None:
            continue
        if chunks and _continues(lines, chunks[-1], start):
            chunks[-1] = (chunks[-1][0], n)
        else:
            chunks.append((start, n))
        start = None
    return ["\n".join(lines[a:b]) + "\n" for a, b in chunks]


def _continues(lines: list[str], previous: tuple[int, int], start: int) -> bool:
    first = lines[start]
    if first[:1] in (" ", "\t"):
        return True
    if _ATTRS.match(lines[previous[1] - 1]):
        return True
    return bool(_LIST_ITEM.match(first)) and any(
        _LIST_ITEM.match(line) for line in lines[previous[0]:previous[1]])


class TableCell(NamedTuple):
    """A table cell's text as markdown-it's table rule gives it, its inline content unparsed."""

    content: str
    children: list | None = None


_DELIMITER_ROW = re.compile(r"\|(?:[ \t]*:?-+:?[ \t]*\|)+")


def simple_table(lines: list[str]) -> tuple[list[list[tuple[TableCell, str | None]]], int] | None:
    """The rows of a table of the plain shape templates write (every line between pipes, no
    escaped pipe, a delimiter row of dashes) as markdown-it's table rule reads them: cells
    trimmed, body rows cut or padded to the header's width, alignments from the colons.
    None for anything else, which the parser reads instead."""
    if len(lines) < 2 or not _DELIMITER_ROW.fullmatch(lines[1]) or any(
            not line.startswith("|") or "\\|" in line for line in lines):
        return None
    aligns: list[str | None] = []
    for dashes in lines[1].split("|")[1:-1]:
        dashes = mdTrim(dashes)
        if dashes.endswith(":"):
            aligns.append("center" if dashes.startswith(":") else "right")
        else:
            aligns.append("left" if dashes.startswith(":") else None)
    if len(_split_row(lines[0])) != len(aligns):  # then it is no table
        return None
    rows = [_table_cells(line, len(aligns)) for line in lines[:1] + lines[2:]]
    return [list(zip(row, aligns, strict=True)) for row in rows], 1


def _split_row(line: str) -> list[str]:
    cells = mdTrim(line).split("|")
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return cells


def _table_cells(line: str, count: int) -> list[TableCell]:
    cells = _split_row(line)
    return [TableCell(mdTrim(cells[i]) if i < len(cells) else "") for i in range(count)]
