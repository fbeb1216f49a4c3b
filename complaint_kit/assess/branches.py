"""A pattern split in the patterns that, tried in order, match as it does: each needs fewer
literals (``regex_literals``) and runs faster."""

from __future__ import annotations

from complaint_kit.assess.regex_literals import Reader, Unreadable

_MAX_BRANCHES = 256  # a pattern is split in at most this many


def branches(pattern: str) -> list[str]:
    """``pattern`` as patterns that, listed in this order as alternatives, match just as it does,
    each smaller: its top-level alternatives, and for one that begins with an alternation
    group (after characters and assertions only, which match in one way, and with no
    quantifier after it) one pattern per branch of the group, the same before and after it.
    Each then needs fewer literals, and runs faster. A pattern the reader cannot read whole is
    kept as it is."""
    try:
        out = [piece for part in _split(pattern) for piece in _unfold(part)]
    except Unreadable:
        return [pattern]
    return out if len(out) <= _MAX_BRANCHES else [pattern]


def _split(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``."""
    reader = Reader(pattern, ignore_case=False)
    parts, start = [], 0
    reader.sequence()
    while reader.at < len(pattern):
        if pattern[reader.at] != "|":
            raise Unreadable  # an unbalanced ")"
        parts.append(pattern[start:reader.at])
        start = reader.at = reader.at + 1
        reader.sequence()
    return [*parts, pattern[start:]]


def _unfold(pattern: str, depth: int = 0) -> list[str]:
    """``pattern`` with its first alternation group, if it can be, as one pattern per branch."""
    reader = Reader(pattern, ignore_case=False)
    while reader.at < len(pattern):
        start = reader.at
        reader.atom()
        end = reader.at
        quantified = reader._quantifier() != (1, 1)
        head = pattern[start:start + 4]
        if head[:1] != "(" or head[1:3] in ("?=", "?!") or head[1:4] in ("?<=", "?<!"):
            if quantified:
                return [pattern]
            continue  # one character, or an assertion: matched in one way only
        if quantified or head[1:3] == "?>" or depth > 8:
            return [pattern]  # an atomic group does not backtrack into another branch
        inner = (start + 3 if head[1:3] == "?:" else pattern.index(">", start) + 1
                 if head[1:3] == "?P" else start + 1)
        alternatives = _split(pattern[inner:end - 1])
        # The group's branches in its place: one branch does not need the group's parentheses,
        # its pattern being whole (no "|" at its top) and nothing quantifying it.
        before, after = pattern[:start], pattern[end:]
        return [piece for branch in alternatives
                for piece in _unfold(before + branch + after, depth + 1)]
    return [pattern]
