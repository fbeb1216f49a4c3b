"""Wrapping terminal lines at word (or, in Chinese, character) boundaries, by display width:
a Chinese character takes two columns, so ``textwrap`` (which counts characters) cannot."""

from __future__ import annotations

import re
import unicodedata

# One wide character with the closing punctuation that must not start a line, or one word
# with the spaces after it, or spaces.
_TOKEN = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\uac00-\ud7af]"
                    r"[，。、；：？！）」』”’》〉】,.;:?!)\]]*|[^\s\u2e80-\u9fff\uf900-\ufaff"
                    r"\u3000-\u303f\uff00-\uffef\uac00-\ud7af]+\s*|\s+")
# What a continuation line is indented under: the line's indent and a list marker after it.
_LEAD = re.compile(r"\s*(?:\d+\.\s+|[-*]\s+|\[\d+/\d+\]\s+)?")


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF"
               else 1 for c in text)


def wrap(line: str, columns: int) -> list[str]:
    """``line`` as lines of at most ``columns`` columns; continuations are indented under the
    text after a list marker. A word wider than a whole line is cut."""
    if width(line) <= columns:
        return [line]
    lead = _LEAD.match(line).group()  # type: ignore[union-attr]
    indent = " " * width(lead) if width(lead) < columns // 2 else ""
    lines: list[str] = []
    current = lead
    for token in _TOKEN.findall(line[len(lead):]):
        if width(current) + width(token.rstrip()) > columns and current.strip():
            lines.append(current.rstrip())
            current = indent
            token = token.lstrip()
        while width(current) + width(token.rstrip()) > columns and token.strip():
            room = columns - width(current)
            cut = max(1, next((i for i in range(len(token), 0, -1)
                               if width(token[:i]) <= room), 1))
            lines.append(current + token[:cut])
            current, token = indent, token[cut:]
        current += token
    if current.strip():
        lines.append(current.rstrip())
    return lines
