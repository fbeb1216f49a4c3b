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
"""

from __future__ import annotations

import re

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
