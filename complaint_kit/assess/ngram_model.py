"""A small linear model over character n-grams: one logistic regression per tag.

Word lists miss paraphrase ("we know which building you sleep in" says no "visit"); a linear
model over character n-grams, trained offline (``tools/train_tagger.py``) on the labelled corpus,
catches families of wording the lexicons never listed. Its weights ship as a JSON file in a
plugin, pruned to the n-grams that weigh; it loads on the first message it reads. Nothing here
knows a language: the file gives the n-gram sizes, the tags, and a ``mask``, a regular
expression for the words to drop before reading (denials such as "we will never", so that "we
will never call your employer" is not read as a threat to call the employer).

The reason it gives for a tag is the n-grams that weighed most for it in the message.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from complaint_kit.assess.regex_literals import core, fold, needed_literals

FORMAT = 1
_DIGITS = re.compile(r"\d")
_WORD = re.compile(r"\w+(?:'\w+)?")
TOP_NGRAMS = 3  # n-grams given as a tag's reason


def prepare(text: str, mask: re.Pattern | None) -> str:
    """The text the n-grams are read from: casefolded, denials masked, digits as 0 (a number is
    never a feature, nor shown as a reason), runs of space as one, padded with a space."""
    text = text.casefold()
    if mask is not None:
        text = mask.sub(" | ", text)
    # split() and re's \s agree on what a space is (both Py_UNICODE_ISSPACE).
    return " " + " ".join(_DIGITS.sub("0", text).split()) + " "


def _mask_needs(mask: re.Pattern | None) -> list[tuple[str, ...]]:
    """What every match of ``mask`` needs (``needed_literals``, as text), to leave it out of
    texts that cannot hold one: the English mask, with its look-behinds, is slow to search."""
    if mask is None:
        return []
    return [tuple(map(core, literals)) for literals in needed_literals(mask.pattern, False)]


def _may_match(needs: list[tuple[str, ...]], text: str) -> bool:
    folded = fold(text)
    return all(any(map(folded.__contains__, literals)) for literals in needs)


def ngrams(text: str, sizes: Iterable[int], unit: str = "char") -> set[str]:
    """The n-grams of a prepared text (the training script reads the same ones): of characters,
    or of words (runs of letters and digits, joined by a space)."""
    if unit == "word":
        words = _WORD.findall(text)
        return {" ".join(words[i:i + n]) for n in sizes for i in range(len(words) - n + 1)}
    return {text[i:i + n] for n in sizes for i in range(len(text) - n + 1)}


class NgramModel:
    """A classifier (see ``complaint_kit.assess.tagging.Classifier``) from a model file.

    The file (JSON): ``format``, ``language``, ``unit`` ("char" or "word") and ``sizes`` (n-gram
    lengths), ``mask`` (a pattern or null), ``tags``, per tag ``bias`` and ``threshold`` (the
    probability from which the tag is given, chosen on the development split), and ``weights``:
    n-gram -> [[tag index, weight]...].
    """

    features: frozenset[str] = frozenset()
    words_are_quotes = False  # its reasons are n-grams: they explain, they are not quoted

    def __init__(self, name: str, language: str, path: Path):
        self.name = name
        self.language = language
        self.path = path
        self._model: dict | None = None

    @classmethod
    def from_data(cls, name: str, data: dict) -> NgramModel:
        """A model from the file's content (the training script checks what it will write)."""
        model = cls(name, data["language"], Path("<memory>"))
        model._model = model._read(data)
        return model

    def _load(self) -> dict:
        if self._model is None:
            with open(self.path, encoding="utf-8") as f:
                self._model = self._read(json.load(f))
        return self._model

    def _read(self, data: dict) -> dict:
        if data.get("format") != FORMAT or data.get("language") != self.language:
            raise ValueError(f"{self.path}: not a format-{FORMAT} {self.language} model")
        return {
            "sizes": tuple(data["sizes"]),
            "unit": data.get("unit", "char"),
            "mask": (mask := re.compile(data["mask"]) if data.get("mask") else None),
            "mask_needs": _mask_needs(mask),
            "tags": list(data["tags"]),
            "bias": list(data["bias"]),
            "threshold": list(data["threshold"]),
            # The thresholds as log-odds: a tag is given when its sum reaches them.
            "cut": [_logit(t) for t in data["threshold"]],
            # n-gram -> its weight for each tag, in the order of ``tags`` (0.0 where it has none:
            # adding it changes no sum).
            "weights": {g: _dense(pairs, len(data["tags"]))
                        for g, pairs in data["weights"].items()},
            "vocabulary": frozenset(data["weights"]),
        }

    @property
    def tags(self) -> list[str]:
        return list(self._load()["tags"])

    def _sums(self, text: str) -> tuple[list[float], list[str], list[tuple[float, ...]]]:
        """Each tag's score (log-odds), and the n-grams of the text that have weights, with
        their weights."""
        model = self._model or self._load()
        # The mask is searched in the casefolded text, only if that holds what it needs.
        mask = model["mask"] if _may_match(model["mask_needs"], text.casefold()) else None
        # The n-grams are made and looked up in C (``_ngrams``); most have no weight.
        grams = list(model["vocabulary"].intersection(itertools.chain.from_iterable(
            _ngrams(prepare(text, mask), model["sizes"], model["unit"]))))
        if not grams:
            return list(model["bias"]), grams, []
        vectors = list(map(model["weights"].__getitem__, grams))
        # Each tag's bias plus its weights, added in the order of the n-grams.
        return list(map(sum, zip(*vectors, strict=True), model["bias"])), grams, vectors

    def probabilities(self, text: str) -> dict[str, float]:
        """Every tag's probability."""
        sums, _, _ = self._sums(text)
        return {tag: _sigmoid(s) for tag, s in zip(self._load()["tags"], sums, strict=True)}

    def scores(self, text: str) -> dict[str, tuple[float, list[str]]]:
        """The tags given (probability at or above the tag's threshold): the probability and
        the n-grams that weighed most for the tag."""
        model = self._load()
        sums, grams, vectors = self._sums(text)
        out = {}
        for i, (tag, s, cut) in enumerate(zip(model["tags"], sums, model["cut"], strict=True)):
            if s >= cut:
                top = _top([(v[i], g) for g, v in zip(grams, vectors, strict=True) if v[i] > 0])
                if top:
                    out[tag] = (_sigmoid(s), top)
        return out

    def classify(self, text: str) -> Mapping[str, Sequence[str]]:
        return {tag: grams for tag, (_, grams) in self.scores(text).items()}


def _ngrams(text: str, sizes: Iterable[int], unit: str) -> list[Iterable[str]]:
    """What ``ngrams`` gives (repeats aside), as iterables made in C, one per size."""
    if unit == "word":
        words = _WORD.findall(text)
        return [map(" ".join, zip(*(words[k:] for k in range(n)), strict=False)) for n in sizes]
    return [map(text.__getitem__, _slices(len(text), n)) for n in sizes]


@functools.lru_cache(maxsize=1024)
def _slices(length: int, n: int) -> tuple[slice, ...]:
    """The places of the n-grams of a text of ``length`` characters."""
    return tuple(slice(i, i + n) for i in range(length - n + 1))


def _dense(pairs: Sequence[Sequence], size: int) -> tuple[float, ...]:
    vector = [0.0] * size
    for i, w in pairs:
        vector[int(i)] = float(w)
    return tuple(vector)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x > -50 else 0.0


def _logit(p: float) -> float:
    return math.inf if p >= 1 else -math.inf if p <= 0 else math.log(p / (1 - p))


def _top(weighed: list[tuple[float, str]]) -> list[str]:
    """The heaviest n-grams, none inside one already chosen, trimmed of the padding space."""
    chosen: list[str] = []
    for _, gram in sorted(weighed, reverse=True):
        gram = gram.strip()
        if gram and gram != "|" and not any(gram in c or c in gram for c in chosen):
            chosen.append(gram)
            if len(chosen) == TOP_NGRAMS:
                break
    return chosen
