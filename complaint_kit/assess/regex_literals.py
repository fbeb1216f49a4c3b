"""The literal strings a regular expression needs: every match contains one of them.

Python's ``re`` tries a pattern at every position of the text, and a long alternation tries each
of its branches there: a lexicon of a few hundred patterns reads only about a thousand messages a
second. Most patterns cannot match a given message, because each needs words the message does
not contain ("jail", "prison"). :func:`needed_literals` finds those words by reading the pattern,
and ``prefilter.Prefilter`` says which patterns have theirs in a message: the tagger runs only
those. ``branches.branches`` first splits a pattern that begins with an alternation
("\\b(?:jail|prison)\\b") into one pattern per branch, which match as it does: each needs fewer
words, and runs faster.

The reader knows the syntax of ``re`` (its documented grammar, not the standard library's private
parser) and is cautious: a construct it does not know (a backreference, an inline flag, a
conditional) gives no literals, and the pattern then always runs. So the prefilter may run a
pattern that cannot match, never skip one that can.

Literals are compared in ``fold``-ed form on both sides. For a case-insensitive pattern a literal
character counts only if ``re`` matches it with nothing that ``fold`` maps elsewhere: ASCII, whose
case-insensitive partners ``fold`` maps together, and characters without case (Chinese).
"""

from __future__ import annotations

import functools
import itertools
import re

_MAX_STRINGS = 16  # the most strings a set of alternatives may hold; beyond, it is not kept
_MAX_RANGE = 8  # a class range of up to this many characters is read as its characters

# Characters that ``re`` matches with an ASCII letter when ignoring case: ASCII capitals, and
# four others (U+0130, U+0131, U+017F, U+212A). tests/test_tagging_speed.py checks the list
# against ``re`` on every code point.
_FOLD = {**{c: c + 32 for c in range(ord("A"), ord("Z") + 1)},
         0x130: ord("i"), 0x131: ord("i"), 0x17F: ord("s"), 0x212A: ord("k")}


def fold(text: str) -> str:
    """``text`` with every character that matches an ASCII letter, ignoring case, as that
    letter in lower case; one character for one, so containment is kept."""
    return text.lower() if text.isascii() else text.translate(_FOLD)  # lower(): the same, faster


class Unreadable(Exception):
    """A construct the reader does not know: the pattern gets no literals."""


# In a literal, a word boundary: where ``\b`` stands, or beside what ``\s`` or ``\W`` matches.
# It stands for no character: a literal's text (``core``) is the literal without it.
BOUNDARY = "\x00"


def core(literal: str) -> str:
    """The text of ``literal``: without its boundaries."""
    return literal.replace(BOUNDARY, "")


def needed_literals(pattern: str, ignore_case: bool) -> list[frozenset[str]]:
    """Sets of folded literals, every match of ``pattern`` containing one of each set (the most
    telling set first); empty when unknown."""
    try:
        _, needs, _ = _read(pattern, ignore_case)
    except Unreadable:
        return []
    return [_fewest(s) for s in needs]


def _fewest(literals: set[str]) -> frozenset[str]:
    """``literals`` without those that hold another: "scum" says as much as "scum" or "scumbag"."""
    if len(literals) > _MAX_STRINGS // 4:
        return frozenset(literals)  # not worth the time
    kept: list[str] = []
    for literal in sorted(literals, key=len):
        if not any(k in literal for k in kept):
            kept.append(literal)
    return frozenset(kept)


# What the reader knows of a piece of a pattern: ``exact``, the set of all the strings it can
# consume, if few and known (else None); ``needs``, sets of which every match of the piece
# contains a string of each, the most telling first; ``edge``, what a match of a piece without
# ``exact`` begins and ends with ({""}: nothing known).
Piece = tuple[set[str] | None, list[set[str]], set[str]]
_NOTHING = {""}
_BRACES = re.compile(r"\{(\d*)(,?)(\d*)\}")


def _telling(strings: set[str]) -> tuple[int, int]:
    """How rarely a set of literals is met by chance: longer ones, and fewer, are rarer."""
    return min(len(core(s)) for s in strings), -len(strings)


class Reader:
    """Reads a pattern by ``re``'s grammar, from ``at``, one piece at a time."""

    def __init__(self, pattern: str, ignore_case: bool):
        self.p = pattern
        self.at = 0
        self.ignore_case = ignore_case

    def _peek(self, n: int = 1) -> str:
        return self.p[self.at:self.at + n]

    def _take(self) -> str:
        if self.at >= len(self.p):
            raise Unreadable
        self.at += 1
        return self.p[self.at - 1]

    def alternation(self) -> Piece:
        branches = [self.sequence()]
        while self._peek() == "|":
            self.at += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        exact: set[str] | None = set()
        for branch_exact, _, _ in branches:
            exact = exact | branch_exact if exact is not None and branch_exact is not None else None
        if exact is not None and len(exact) > _MAX_STRINGS:
            exact = None
        # A match holds a literal of the most telling set of one of the branches.
        if all(needs for _, needs, _ in branches):
            return exact, [set().union(*(needs[0] for _, needs, _ in branches))], _NOTHING
        return exact, [], _NOTHING

    def sequence(self) -> Piece:
        needs: list[set[str]] = []
        run = _NOTHING  # what the pieces since the last unknown one consume: one of these
        exact: set[str] | None = _NOTHING  # what the whole sequence consumes, while known

        def flush() -> None:
            if all(core(s) for s in run):
                needs.append(run)

        while self.at < len(self.p) and self._peek() not in "|)":
            piece_exact, piece_needs, edge = self.quantified(*self.atom())
            if piece_exact is not None:
                joined = _product(run, piece_exact)
                if joined is None:
                    flush()
                    joined = piece_exact
                run = joined
                exact = _product(exact, piece_exact) if exact is not None else None
                continue
            exact = None
            joined = _product(run, edge)
            if joined is None:
                flush()
                joined = edge
            run = joined
            flush()
            if edge == _NOTHING:  # else the run just flushed holds what the piece needs
                needs.extend(piece_needs)
            run = edge
        flush()
        # A set is redundant beside one whose every literal contains one of its literals.
        if len(needs) > 1:
            needs = [s for s in needs if not any(t != s and _implies(t, s) for t in needs)]
        needs.sort(key=_telling, reverse=True)
        return exact, needs, _NOTHING

    def quantified(self, exact: set[str] | None, needs: list[set[str]], edge: set[str]) -> Piece:
        """The piece read with the quantifier that follows it, if any."""
        low, high = self._quantifier()
        if (low, high) == (1, 1):
            return exact, needs, edge
        if exact is not None and high is not None:
            repeated = _power(exact, low, high)
            if repeated is not None:
                return repeated, [], _NOTHING
        if low == 0:
            return None, [], _NOTHING
        if exact is None:
            return None, needs, edge
        # One or more of a known piece: its match begins and ends with ``low`` of them.
        ends = _power(exact, low, low) or exact
        return None, [ends] if all(map(core, ends)) else [], ends

    def _quantifier(self) -> tuple[int, int | None]:
        ch = self._peek()
        if ch == "*":
            low, high = 0, None
        elif ch == "+":
            low, high = 1, None
        elif ch == "?":
            low, high = 0, 1
        elif ch == "{":
            braces = _BRACES.match(self.p, self.at)
            if braces is None or not (braces[1] or braces[3]):
                raise Unreadable  # a literal "{", or "{,}": rare enough not to read
            lo, comma, hi = braces.groups()
            low = int(lo or 0)
            high = (int(hi) if hi else None) if comma else low
            self.at = braces.end() - 1
        else:
            return 1, 1
        self.at += 1
        if self._peek() in ("?", "+"):  # lazy or possessive: the same strings
            self.at += 1
        return low, high

    def atom(self) -> Piece:
        ch = self._take()
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            return self.escape()
        if ch in "^$":
            return _NOTHING, [], _NOTHING
        if ch == ".":
            return None, [], _NOTHING
        if ch in "*+?{)":
            raise Unreadable
        # Plain characters that follow read as one piece, but the last before a quantifier.
        start, end = self.at - 1, self.at
        while (end < len(self.p) and self.p[end] not in _SPECIAL
               and self.p[end + 1:end + 2] not in _QUANTIFIERS):
            end += 1
        if end > self.at and self._plain(self.p[start:end]):
            self.at = end
            return {fold(self.p[start:end])}, [], _NOTHING
        return self.literal(ch)

    def literal(self, ch: str) -> Piece:
        """A character that matches itself (and, ignoring case, its other case)."""
        return ({fold(ch)}, [], _NOTHING) if self._plain(ch) else (None, [], _NOTHING)

    def _plain(self, chars: str) -> bool:
        """Whether ``chars`` can be literals: ignoring case, a cased character beyond ASCII
        cannot (``fold`` does not map its many partners together)."""
        return BOUNDARY not in chars and (not self.ignore_case or chars.isascii()
                                          or chars.lower() == chars == chars.upper())

    def group(self) -> Piece:
        lookaround = False
        if self._peek() == "?":
            kind = self._peek(3)
            if kind[:2] in ("?:", "?>"):
                self.at += 2
            elif kind[:2] in ("?=", "?!") or kind in ("?<=", "?<!"):
                self.at += len(kind) if kind[1] == "<" else 2
                lookaround = True
            elif kind == "?P<":
                end = self.p.find(">", self.at)
                if end < 0:
                    raise Unreadable
                self.at = end + 1
            else:  # inline flags, a comment, a named backreference, a conditional
                raise Unreadable
        end = _group_end(self.p, self.at)
        piece = _read(self.p[self.at:end], self.ignore_case)
        self.at = end + 1
        return (_NOTHING, [], _NOTHING) if lookaround else piece  # a lookaround consumes nothing

    def escape(self) -> Piece:
        ch = self._take()
        if ch == "b":
            return {BOUNDARY}, [], _NOTHING
        if ch in "BAZ":
            return _NOTHING, [], _NOTHING
        if ch in "sW":  # one character that is not a word's
            return None, [], {BOUNDARY}
        if ch in "dDwS":
            return None, [], _NOTHING
        return self.literal(self._escaped(ch))

    def _escaped(self, ch: str) -> str:
        """The character an escape other than a class or an assertion stands for."""
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
        if ch in simple:
            return simple[ch]
        if ch in "xuU":
            size = {"x": 2, "u": 4, "U": 8}[ch]
            digits = self.p[self.at:self.at + size]
            if len(digits) != size or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise Unreadable
            self.at += size
            return chr(int(digits, 16))
        if ch.isascii() and ch.isalnum():  # a backreference, an octal, \N{...}
            raise Unreadable
        return ch

    def char_class(self) -> Piece:
        chars: set[str] = set()
        known = True
        if self._peek() == "^":
            self.at += 1
            known = False
        first = True
        while True:
            ch = self._take()
            if ch == "]" and not first:
                break
            first = False
            if ch == "[":
                raise Unreadable  # a nested set, which later Pythons may read differently
            if ch == "\\":
                ch = self._take()
                if ch in "dDwWsS":
                    known = False
                    continue
                ch = "\b" if ch == "b" else self._escaped(ch)
            if self._peek() == "-" and len(self._peek(2)) == 2 and self._peek(2) != "-]":
                self.at += 1
                end = self._take()
                if end == "\\":
                    end = self._escaped(self._take())
                if not ch <= end < chr(ord(ch) + _MAX_RANGE):
                    known = False
                    continue
                chars.update(map(chr, range(ord(ch), ord(end) + 1)))
            else:
                chars.add(ch)
        if not known or len(chars) > _MAX_STRINGS:
            return None, [], _NOTHING
        exact: set[str] = set()
        for ch in chars:
            piece = self.literal(ch)[0]
            if piece is None:
                return None, [], _NOTHING
            exact |= piece
        return exact, [], _NOTHING


_SPECIAL = frozenset("\\[](){}|*+?.^$")
_QUANTIFIERS = ("*", "+", "?", "{")


@functools.lru_cache(maxsize=4096)
def _read(pattern: str, ignore_case: bool) -> Piece:
    """What the reader knows of a whole pattern (or a group's content): groups recur, in the
    branches of one pattern (``branches``) and across patterns, and are read once."""
    reader = Reader(pattern, ignore_case)
    piece = reader.alternation()
    if reader.at < len(pattern):  # an unbalanced ")"
        raise Unreadable
    return piece


def _group_end(pattern: str, at: int) -> int:
    """Where the group whose content begins at ``at`` ends (its ")")."""
    depth = 0
    while at < len(pattern):
        ch = pattern[at]
        if ch == "\\":
            at += 2
            continue
        if ch == "[":  # a class: up to its "]" ("]" first is one of its characters)
            at += 2 if pattern[at + 1:at + 2] == "^" else 1
            at += 1 if pattern[at:at + 1] == "]" else 0
            while at < len(pattern) and pattern[at] != "]":
                at += 2 if pattern[at] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return at
            depth -= 1
        at += 1
    raise Unreadable


def _implies(strong: set[str], weak: set[str]) -> bool:
    """Whether a text with a literal of ``strong`` has one of ``weak`` (not looked into for
    many literals: then no)."""
    if len(strong) * len(weak) > _MAX_STRINGS:
        return False
    return all(any(core(w) in core(s) for w in weak) for s in strong)


def _product(left: set[str], right: set[str]) -> set[str] | None:
    """Every string of ``left`` followed by one of ``right``; None when too many."""
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return {a + b for a in left for b in right}


def _power(strings: set[str], low: int, high: int) -> set[str] | None:
    """The strings ``low`` to ``high`` repetitions of ``strings`` make; None when too many."""
    out: set[str] = set()
    for n in range(low, high + 1):
        if len(out) > _MAX_STRINGS or (n > 0 and len(strings) ** n > _MAX_STRINGS):
            return None
        out |= {"".join(parts) for parts in itertools.product(strings, repeat=n)}
    return out if len(out) <= _MAX_STRINGS else None
