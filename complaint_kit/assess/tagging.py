"""Message tagging: text to tags, each with the words that matched as its reason.

Classifiers come from plugins, one language each; every classifier of a message's language runs
and their tags are combined. A lawful reminder (a bill, a due date, a factual note that the
lender may report to the credit bureau or sue) must get no tag; it may carry features (what a
message contains, such as a mention of the debt), which rules read beside the tags.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from complaint_kit.assess import scripts
from complaint_kit.assess.branches import branches
from complaint_kit.assess.prefilter import Prefilter
from complaint_kit.assess.regex_literals import needed_literals

# The standard tags. Rules match on these names; a plugin may add its own.
TAGS: tuple[str, ...] = (
    "threat_violence",  # harm to the person, family or property
    "threat_visit",  # coming to the home, workplace or village
    "third_party_contact",  # says relatives, colleagues or contacts have been or will be told
    "disclosure",  # tells a third party or the public about the debt
    "criminal_threat",  # prison, arrest, a criminal case, for a civil debt
    "impersonation",  # poses as police, a court, a lawyer or another authority
    "insult",  # abuse, slurs, obscenity
)


_ORDER = {t: i for i, t in enumerate(TAGS)}


class Classifier(Protocol):
    name: str
    language: str  # BCP 47: "zh-Hans", "zh-Hant", "en"
    # Tags that say what a message contains rather than that it is abusive ("debt_mention",
    # "location_inquiry"): rules need them, and a lawful reminder may carry them. Optional.
    features: Collection[str]

    def classify(self, text: str) -> Mapping[str, Sequence[str]]:
        """Tag -> the words that matched (never empty for a tag that is returned)."""
        ...

    # Optional: ``scores(text) -> {tag: (confidence 0-1, reasons)}``. A classifier without it
    # gives its tags the confidence of its ``confidence`` attribute (default 1.0). A classifier
    # whose ``words_are_quotes`` is False (a statistical model, whose reasons are n-grams) gives
    # reasons that are not the message's words: they explain the tag but are never quoted.


@dataclass(frozen=True)
class Tagging:
    tags: list[str]  # what marks the message as abusive; a lawful reminder has none
    reasons: dict[str, list[str]]  # tag or feature -> matched words (empty: no words matched)
    features: list[str] = field(default_factory=list)  # what it contains, abusive or not
    confidence: dict[str, float] = field(default_factory=dict)  # tag or feature -> 0-1
    ngrams: dict[str, list[str]] = field(default_factory=dict)  # tag -> a model's n-grams
    language: str = ""  # the language whose classifiers read the message

    def reason(self, tag: str) -> list[str]:
        """What led to ``tag``: the matched words, else the model's n-grams."""
        return self.reasons.get(tag) or self.ngrams.get(tag, [])

    def as_dict(self, id: str | int | None = None) -> dict:
        return {"id": id, "tags": self.tags, "reasons": {t: self.reason(t) for t in self.tags},
                "features": {f: self.reasons[f] for f in self.features}}

    def explained(self, id: str | int | None = None) -> dict:
        """``as_dict`` with the language read, each tag's confidence and where its reason is
        from ("words" matched or "ngrams" of the model)."""
        return {"id": id, "lang": self.language, "tags": self.tags,
                "confidence": {t: round(self.confidence.get(t, 1.0), 3) for t in self.tags},
                "reasons": {t: {"words": self.reasons.get(t, []),
                                "ngrams": self.ngrams.get(t, [])} for t in self.tags},
                "features": {f: self.reasons[f] for f in self.features}}


@dataclass(frozen=True)
class Lexicon:
    """A classifier made of regular expressions per tag.

    ``patterns[tag]`` are alternatives; any match tags the message and the matched text is the
    reason. ``unless[tag]`` are patterns that, when they match the same message, show the words
    are being used lawfully ("we may file a lawsuit" beside "lawsuit") and withdraw the tag.

    ``negation`` is searched in the clause before each match (from the last ``clause_breaks``
    character): where it matches, the words are denied, not said ("the caller did not mention
    the debt"), and that match does not count. Anchor it with ``$`` so that only a negation
    right before the words counts ("if you do not pay, we will visit" is still a threat).
    """

    name: str
    language: str
    patterns: Mapping[str, Sequence[str]]
    unless: Mapping[str, Sequence[str]] = field(default_factory=dict)
    negation: str | None = None
    features: Collection[str] = frozenset()
    clause_breaks: str = ",.;:!?\n\uff0c\u3002\uff1b\uff1a\uff01\uff1f\u3001"
    ignore_case: bool = True
    # How far a match is trusted: about the precision the shipped lexicons reach on the
    # corpus's development split (bench/bench_tagging.py --split dev).
    confidence: float = 0.9
    _compiled: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = re.IGNORECASE if self.ignore_case else 0
        self._compiled.update(
            # Compiled now, so that a pattern in error is told at once, as the plain engine's.
            tags={tag: _alternation(alternatives, flags)
                  for tag, alternatives in self.patterns.items()},
            unless={tag: _alternation(self.unless.get(tag, ()), flags) for tag in self.patterns},
            negation=re.compile(self.negation, flags) if self.negation else None,
            # Up to the last clause break: its end is where the clause of a match begins.
            clause=re.compile(f"(?s).*[{re.escape(self.clause_breaks)}]")
            if self.clause_breaks else None)

    def _branched(self) -> tuple[list[tuple[str, str]], list[re.Pattern | None]]:
        """The patterns split in their branches (``branches.branches``, which match as the
        pattern does), tag by tag, and each branch compiled when first needed: made on the first
        message, not at start-up."""
        if "branches" not in self._compiled:
            branched = [(tag, branch) for tag, alternatives in self.patterns.items()
                        for a in alternatives for branch in branches(a)]
            self._compiled.update(branches=branched, patterns=[None] * len(branched),
                                  tag_of=[tag for tag, _ in branched])
        return self._compiled["branches"], self._compiled["patterns"]

    def needs(self) -> list[list[frozenset[str]]]:
        """What each branch needs (``needed_literals``), in the order of the branches: what a
        ``Prefilter`` is made of. The tagger makes one for all the lexicons of a language."""
        return [needed_literals(b, self.ignore_case) for _, b in self._branched()[0]]

    def classify(self, text: str) -> dict[str, list[str]]:
        if "prefilter" not in self._compiled:
            self._compiled["prefilter"] = Prefilter(self.needs())
        return self.matched(text, self._compiled["prefilter"].candidates(text))

    def matched(self, text: str, candidates: Collection[int]) -> dict[str, list[str]]:
        """``classify``, given the branches that may match (a ``Prefilter``'s candidates over
        ``needs``); the others are not run."""
        found: dict[str, list[str]] = {}
        if not candidates:
            return found
        negation = self._compiled["negation"]
        patterns = self._branched()[1]
        # The candidates in the patterns' order, by tag, as the alternatives were listed.
        for tag, group in itertools.groupby(sorted(candidates),
                                            key=self._compiled["tag_of"].__getitem__):
            matches = self._matches(tag, [patterns[i] or self._compile(i) for i in group], text)
            if matches and negation is not None:
                matches = [m for m in matches if not self.denied(text, m.start(), negation)]
            if not matches:
                continue
            words = _unique([m.group(0) for m in matches])
            unless = self._compiled["unless"][tag]
            if words and not (unless is not None and unless.search(text)):
                found[tag] = words
        return found

    def _compile(self, branch: int) -> re.Pattern:
        branched, patterns = self._branched()
        patterns[branch] = re.compile(branched[branch][1], re.IGNORECASE if self.ignore_case else 0)
        return patterns[branch]

    def _matches(self, tag: str, patterns: list[re.Pattern], text: str) -> list[re.Match]:
        """The matches of the alternation of ``tag``'s patterns (``finditer``: leftmost first,
        at a place the first pattern listed that matches there, then on from its end), given
        that the others cannot match: from each pattern's own search."""
        if len(patterns) == 1:
            return list(patterns[0].finditer(text))
        found = []
        ahead = [p.search(text) for p in patterns]  # each pattern's next match
        while True:
            first = None
            for m in ahead:
                if m is not None and (first is None or m.start() < first.start()):
                    first = m
            if first is None:
                return found
            if first.end() == first.start():  # finditer's rules for empty matches: let it
                return list(self._compiled["tags"][tag].finditer(text))
            found.append(first)
            end = first.end()
            ahead = [m if m is None or m.start() >= end else p.search(text, end)
                     for p, m in zip(patterns, ahead, strict=True)]

    def denied(self, text: str, start: int, negation: re.Pattern) -> bool:
        """Whether the words at ``start`` are negated within their clause."""
        clause = self._compiled["clause"]
        before = clause.match(text, 0, start) if clause is not None else None
        return negation.search(text, before.end() if before else 0, start) is not None


def _alternation(alternatives: Iterable[str], flags: int) -> re.Pattern | None:
    alternatives = list(alternatives)
    if not alternatives:
        return None
    return re.compile("|".join(f"(?:{a})" for a in alternatives), flags)


def _unique(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(filter(None, map(str.strip, words))))


class _Language:
    """The classifiers of one language, as the tagger runs them on a message: its lexicons
    through one prefilter over all their branches (the message is read once, not once a
    lexicon), each classifier's confidence, features and kind of reason looked up once."""

    def __init__(self, classifiers: Sequence[Classifier]):
        self.classifiers = list(classifiers)
        self._lexicons = [c for c in self.classifiers if isinstance(c, Lexicon)]
        self._prefilter: Prefilter | None = None
        self._where: list[tuple[int, int]] = []  # prefilter's branch -> (lexicon, its branch)

    def _candidates(self, text: str) -> list[list[int]]:
        """Per lexicon, the branches that may match ``text``; the prefilter is made on the
        first message."""
        if self._prefilter is None:
            needs = [lexicon.needs() for lexicon in self._lexicons]
            self._where = [(k, i) for k, own in enumerate(needs) for i in range(len(own))]
            self._prefilter = Prefilter([n for own in needs for n in own])
        per: list[list[int]] = [[] for _ in self._lexicons]
        for i in self._prefilter.candidates(text):
            lexicon, branch = self._where[i]
            per[lexicon].append(branch)
        return per

    def read(self, text: str) -> list[tuple[Classifier, Mapping[str, tuple[float, Sequence[str]]]]]:
        """Each classifier that found something, with what: tag -> (confidence, reasons)."""
        per = self._candidates(text) if self._lexicons else []
        out = []
        lexicon = 0
        for classifier in self.classifiers:
            if isinstance(classifier, Lexicon):
                words = classifier.matched(text, per[lexicon])
                lexicon += 1
                found = {t: (classifier.confidence, w) for t, w in words.items()}
            elif (scored := getattr(classifier, "scores", None)) is not None:
                found = scored(text)
            else:
                level = getattr(classifier, "confidence", 1.0)
                found = {t: (level, w) for t, w in classifier.classify(text).items()}
            if found:
                out.append((classifier, found))
        return out


class Tagger:
    """The classifiers that read a case's messages, run together.

    ``language`` is the case's; a message is read by the classifiers of the language it is
    written in (``language_of``): English in a Hong Kong or mainland case by the English ones,
    Chinese in either script by the case's Chinese classifiers (or, in an English case, those of
    the message's script), after converting it to their script. The words that matched are given
    back as the message writes them.
    """

    def __init__(self, language: str, classifiers: Sequence[Classifier]):
        self.language = language
        self.classifiers = list(classifiers)
        self._by_language: dict[str, list[Classifier]] = {}
        for classifier in self.classifiers:
            self._by_language.setdefault(classifier.language, []).append(classifier)
        self._readers: dict[str, _Language] = {}

    def __bool__(self) -> bool:
        return bool(self._by_language.get(self.language))

    def language_of(self, text: str, chinese: bool | None = None) -> str:
        """The language whose classifiers read ``text`` (``chinese``: whether it is, if known)."""
        have = self._by_language
        if not (scripts.is_chinese(text) if chinese is None else chinese):
            if scripts.is_chinese_language(self.language) and "en" in have:
                return "en"
            return self.language
        if scripts.is_chinese_language(self.language) and have.get(self.language):
            return self.language
        script = scripts.chinese_script(text)
        other = scripts.ZH_HANT if script == scripts.ZH_HANS else scripts.ZH_HANS
        return next((s for s in (script, other) if have.get(s)), self.language)

    def tag(self, text: str) -> Tagging:
        chinese = scripts.is_chinese(text)
        language = self.language_of(text, chinese)
        subject = text
        if chinese and scripts.is_chinese_language(language):
            subject = scripts.to_script(text, language)
        read = self._reader(language).read(subject)
        if not read:
            return Tagging([], {}, language=language)
        reasons: dict[str, list[str]] = {}
        ngrams: dict[str, list[str]] = {}
        confidence: dict[str, float] = {}
        features: set[str] = set()
        for classifier, found in read:
            features.update(t for t in found if t in getattr(classifier, "features", ()))
            quotes = getattr(classifier, "words_are_quotes", True)
            for tag, (level, words) in found.items():
                if subject != text and quotes:
                    words = [scripts.in_original(w, subject, text) for w in words]
                into = reasons if quotes else ngrams
                into[tag] = _unique([*into.get(tag, ()), *words])
                reasons.setdefault(tag, [])
                # Independent evidence adds up (noisy-or): two classifiers at 0.8 give 0.96.
                confidence[tag] = 1 - (1 - confidence.get(tag, 0.0)) * (1 - level)
        tags = sorted(reasons, key=lambda t: (_ORDER.get(t, len(_ORDER)), t))
        return Tagging([t for t in tags if t not in features], {t: reasons[t] for t in tags},
                       [t for t in tags if t in features], confidence, ngrams, language)

    def _reader(self, language: str) -> _Language:
        if language not in self._readers:
            self._readers[language] = _Language(self._by_language.get(language, ()))
        return self._readers[language]
