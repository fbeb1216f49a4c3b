"""A prefilter for many regular expressions over one short text: the literals each needs.

Python's ``re`` tries every alternative at every position, so a lexicon of long alternations runs
at a few thousand messages a second. Most of a lexicon's patterns cannot match a given message:
each needs one of a few literal strings ("jail", "your "), found by reading the parsed
pattern. :class:`LiteralGate` scans the text once for all of them (one regular expression built
as a trie of the literals) and says which patterns may match; only those are run.

The parse uses ``re._parser``, the standard library's own reader of the syntax (not a public
API): a pattern it cannot read, or a construct it does not know, gets no literals and always
runs, so the gate can only let more through, never drop a match.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping

try:  # the standard library's regular-expression parser (private; see the module docstring)
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - a Python that moved it: every pattern runs
    _parser = None

_MAX_CLASS = 8  # a character class of up to this many literals counts as alternatives


def needed_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Casefolded strings one of which every match of ``pattern`` contains, or None (unknown)."""
    if _parser is None:
        return None
    fold = bool(pattern.flags & re.IGNORECASE)
    try:
        found = _needs(_parser.parse(pattern.pattern, pattern.flags), fold)
    except Exception:  # an unexpected construct: no gate for this pattern
        return None
    return frozenset(found) if found and all(found) else None


def _needs(items: Iterable, fold: bool) -> set[str] | None:
    """For a parsed sequence: the best set of which one literal is in every match."""
    candidates: list[set[str]] = []
    run: list[str] = []  # consecutive literal characters
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append({_fold("".join(run), fold)})
            run = []
        found: set[str] | None = None
        if op is _c.SUBPATTERN:
            # An inline (?i:...) in a case-sensitive pattern: unknown.
            found = None if not fold and av[1] & re.IGNORECASE else _needs(av[-1], fold)
        elif op is _c.BRANCH:
            branches = [_needs(b, fold) for b in av[1]]
            if all(b is not None for b in branches):
                found = set().union(*branches)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                found = _needs(av[2], fold)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            found = _needs(av, fold)
        elif op is _c.IN and len(av) <= _MAX_CLASS and all(o is _c.LITERAL for o, _ in av):
            found = {_fold(chr(a), fold) for _, a in av}
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append({_fold("".join(run), fold)})
    if not candidates:
        return None
    # The most selective: the longest shortest literal, then the fewest literals.
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _fold(text: str, fold: bool) -> str:
    return text.casefold() if fold else text


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first at a position, as a trie
    (one branch per next character: fast in ``re``, unlike a flat alternation)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a word ends here; a longer one may go on
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


class LiteralGate:
    """Which of some keyed patterns may match a text, from the literals each needs.

    ``patterns`` maps a key to a compiled pattern; keys whose pattern has no known literals
    always pass. Case-insensitive patterns are checked against the casefolded text, others
    against the text itself.
    """

    def __init__(self, patterns: Mapping[Hashable, re.Pattern]):
        self.always: set[Hashable] = set()
        owners: dict[tuple[bool, str], set[Hashable]] = {}
        for key, pattern in patterns.items():
            literals = needed_literals(pattern)
            if literals is None:
                self.always.add(key)
                continue
            fold = bool(pattern.flags & re.IGNORECASE)
            for literal in literals:
                owners.setdefault((fold, literal), set()).add(key)
        self._scanners: list[tuple[bool, re.Pattern, dict[str, frozenset]]] = []
        for fold in (True, False):
            own = {lit: keys for (f, lit), keys in owners.items() if f is fold}
            if not own:
                continue
            # A literal found also means every literal inside it is there: the scan reports
            # only the longest literal at each position.
            keys_of = {}
            for lit in own:
                keys: set[Hashable] = set()
                for i in range(len(lit)):
                    for j in range(i + 1, len(lit) + 1):
                        keys |= own.get(lit[i:j], set())
                keys_of[lit] = frozenset(keys)
            # A lookahead finds the literal starting at every position, overlapping or not.
            scanner = re.compile("(?=(" + trie_pattern(own) + "))")
            self._scanners.append((fold, scanner, keys_of))

    def candidates(self, text: str) -> set[Hashable]:
        """The keys whose pattern may match ``text``."""
        found = set(self.always)
        for fold, scanner, keys_of in self._scanners:
            for literal in set(scanner.findall(text.casefold() if fold else text)):
                found |= keys_of[literal]
        return found
