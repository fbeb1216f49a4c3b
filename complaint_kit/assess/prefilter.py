"""Which of a language's lexicons' patterns may match a message: those whose needed literals
(``regex_literals.needed_literals``) it holds. The tagger runs only those, and reads a message
once for all the lexicons of its language."""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Sequence

from complaint_kit.assess.regex_literals import core, fold

_KEY = 3  # a literal that begins or ends a word is looked up by this many of its letters
# English letters, the most common first: the rarest of a literal's is its best key.
_LETTERS = "etaoinsrhldcumfpgwybvkxjqz"


def keys_of(folded: str) -> set[str]:
    """The keys a ``fold``-ed text holds: its characters, its words, the first and last ``_KEY``
    letters of its words, and, if it is not all ASCII, its pairs of characters."""
    words = _WORD.findall(folded)
    keys = {*folded, *words, *[w[:_KEY] for w in words], *[w[-_KEY:] for w in words]}
    if not folded.isascii():
        keys.update(map(str.__add__, folded, folded[1:]))
    return keys


_WORD = re.compile(r"\w+")


def _keys(literal: str) -> list[str]:
    """The keys that a text holding ``literal`` holds: its whole words, the beginning or end of
    a word it begins or ends, its characters, and its pairs of characters that are not both
    ASCII (a Chinese word's: one character, "I" or "you", is in most Chinese messages)."""
    text = core(literal)
    return [*re.findall(r"(?<=\W)\w+(?=\W)", literal),
            *(w[:_KEY] for w in re.findall(rf"(?<=\W)\w{{{_KEY},}}$", literal)),
            *(w[-_KEY:] for w in re.findall(rf"^\w{{{_KEY},}}(?=\W)", literal)),
            *{a + b for a, b in itertools.pairwise(text) if not (a + b).isascii()},
            *set(text)]


class Prefilter:
    """Which of many patterns may match a text: those that have, in it, a literal of each set
    they need (``needed_literals``); patterns without literals always may.

    Every literal has a key (``_keys``): a word, the beginning or end of one, a character, which
    any text holding the literal holds; the key that the fewest literals share is taken, as the
    likeliest to be rare in a text. One set of each pattern, the one whose keys are rarest, is
    indexed: the keys of a text give the literals to look for in it, and so the patterns; their
    other sets need only one of their keys in the text.
    """

    def __init__(self, needs: Sequence[Sequence[frozenset[str]]]):
        literals = sorted(set().union(*itertools.chain.from_iterable(needs)))
        keys = {literal: _keys(literal) for literal in literals}
        shared = collections.Counter(k for found in keys.values() for k in set(found))

        def rarity(k: str) -> tuple:
            # A single letter or digit is met everywhere: the rarest letter, if no other key;
            # a single character is met more often than a word or a pair.
            return (len(k) == 1 and k.isascii(), len(k) == 1,
                    -_LETTERS.find(k) if len(k) == 1 else 0, shared[k], -len(k), k)

        rank = {k: rarity(k) for k in shared}
        key = {literal: min(keys[literal], key=rank.__getitem__) for literal in literals}

        def cost(literals: frozenset[str]) -> tuple:
            return (max(rank[key[x]][0] for x in literals),
                    sum(shared[key[x]] for x in literals))

        self._always = frozenset(i for i, sets in enumerate(needs) if not sets)
        self._cores: dict[str, list[str]] = {}  # key -> the texts of the literals it finds
        self._owners: dict[str, set[int]] = {}  # a literal's text -> the patterns it may pass
        self._others: dict[int, list[frozenset[str]]] = {}  # pattern -> its other sets' keys
        for i, sets in enumerate(needs):
            if not sets:
                continue
            indexed = min(sets, key=cost)
            for literal in indexed:
                text = core(literal)
                self._owners.setdefault(text, set()).add(i)
                if text not in self._cores.setdefault(key[literal], []):
                    self._cores[key[literal]].append(text)
            if len(sets) > 1:
                self._others[i] = [frozenset(key[x] for x in s) for s in sets if s is not indexed]
        self._keys = frozenset(self._cores)

    def candidates(self, text: str) -> set[int]:
        folded = fold(text)
        keys = keys_of(folded)
        found = set(self._always)
        looked_up = itertools.chain.from_iterable(map(self._cores.__getitem__,
                                                      keys & self._keys))
        for literal in filter(folded.__contains__, looked_up):
            found |= self._owners[literal]
        others = self._others
        return {i for i in found if i not in others
                or not any(map(keys.isdisjoint, others[i]))}
