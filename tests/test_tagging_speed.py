"""The fast tagging engine gives what the plain one gives.

Lexicons run only the patterns whose literals are in a message (assess/regex_literals.py),
each alone, and the tagger reads a message once for all the lexicons of its language (one
prefilter); the n-gram models make their n-grams in C and search their mask only in a text
that holds what it needs. The references here are the plain engines, kept in this file: every
pattern of a tag as one alternation run over the whole text, and a model that prepares the text
as it did and sums its weights n-gram by n-gram. Every lexicon, model and tagger installed (the
quality helpers' new patterns and models too) is checked on every message of the corpus and of
bench/data/messages.jsonl, in both Chinese scripts: the same tags, features, words and
confidence. The speed itself is measured by bench/bench_tagging.py.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

import pytest

from complaint_kit.assess import scripts
from complaint_kit.assess.branches import branches
from complaint_kit.assess.ngram_model import NgramModel, _sigmoid, _top, ngrams
from complaint_kit.assess.prefilter import Prefilter
from complaint_kit.assess.regex_literals import BOUNDARY, core, fold, needed_literals
from complaint_kit.assess.tagging import Lexicon, Tagger
from complaint_kit.plugins.registry import get_registry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
import split as corpus_split  # noqa: E402  (bench/corpus/split.py)


def _texts() -> list[str]:
    messages = (corpus_split.load(ROOT / "bench" / "corpus")
                + corpus_split.read(ROOT / "bench" / "data" / "messages.jsonl"))
    texts = {m["text"] for m in messages}
    for text in list(texts):
        if scripts.is_chinese(text):
            texts |= {scripts.convert(text, s) for s in (scripts.ZH_HANS, scripts.ZH_HANT)}
    return sorted(texts)


TEXTS = _texts()


def _lexicons() -> list[Lexicon]:
    from complaint_kit_cn.lexicon import PLACES  # read by the CN rules, not registered

    return [c for c in get_registry().classifiers if isinstance(c, Lexicon)] + [PLACES]


def _models() -> list[NgramModel]:
    return [c for c in get_registry().classifiers if isinstance(c, NgramModel)]


# --- The references ----------------------------------------------------------------------------

def reference_classify(lexicon: Lexicon, text: str) -> dict[str, list[str]]:
    """Lexicon.classify as it was: each tag's patterns one alternation, run over the text."""
    negation, tags = _plain(lexicon)
    found = {}
    for tag, (pattern, unless) in tags.items():
        words = []
        for m in pattern.finditer(text):
            if negation is not None:
                clause = max(text.rfind(ch, 0, m.start()) for ch in lexicon.clause_breaks) + 1
                if negation.search(text, clause, m.start()):
                    continue
            if m.group(0).strip() and m.group(0).strip() not in words:
                words.append(m.group(0).strip())
        if words and not (unless is not None and unless.search(text)):
            found[tag] = words
    return found


_PLAIN: dict[int, tuple] = {}


def _plain(lexicon: Lexicon) -> tuple:
    """The lexicon's negation, and per tag its patterns and its ``unless`` as alternations."""
    if id(lexicon) not in _PLAIN:
        flags = re.IGNORECASE if lexicon.ignore_case else 0

        def alternation(patterns):
            return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None

        _PLAIN[id(lexicon)] = (
            re.compile(lexicon.negation, flags) if lexicon.negation else None,
            {tag: (alternation(patterns), alternation(lexicon.unless.get(tag, ())))
             for tag, patterns in lexicon.patterns.items() if patterns})
    return _PLAIN[id(lexicon)]


_DATA: dict[Path, dict] = {}


def reference_prepare(text: str, mask: re.Pattern | None) -> str:
    """ngram_model.prepare as it was: the mask searched in every text, spaces by ``\\s+``."""
    text = text.casefold()
    if mask is not None:
        text = mask.sub(" | ", text)
    return " " + re.sub(r"\s+", " ", re.sub(r"\d", "0", text)).strip() + " "


def reference_scores(model: NgramModel, text: str) -> dict[str, tuple[float, list[str]]]:
    """NgramModel.scores as it was: the text's n-grams as a set, weights summed one by one."""
    if model.path not in _DATA:
        _DATA[model.path] = json.loads(model.path.read_text(encoding="utf-8"))
    data = _DATA[model.path]
    mask = re.compile(data["mask"]) if data.get("mask") else None
    grams = ngrams(reference_prepare(text, mask), data["sizes"], data.get("unit", "char"))
    sums = list(data["bias"])
    hits = [(g, data["weights"][g]) for g in grams if g in data["weights"]]
    for _, pairs in hits:
        for i, w in pairs:
            sums[i] += w
    out = {}
    for i, (tag, s, t) in enumerate(zip(data["tags"], sums, data["threshold"], strict=True)):
        if s >= (math.inf if t >= 1 else -math.inf if t <= 0 else math.log(t / (1 - t))):
            top = _top([(w, g) for g, pairs in hits for j, w in pairs if j == i and w > 0])
            if top:
                out[tag] = (_sigmoid(s), top)
    return out


# --- The engine against them -------------------------------------------------------------------

@pytest.mark.parametrize("lexicon", _lexicons(), ids=lambda lexicon: lexicon.name)
def test_lexicon_gives_what_the_plain_engine_gives(lexicon):
    differ = [(text, fast, plain) for text in TEXTS
              if (fast := lexicon.classify(text)) != (plain := reference_classify(lexicon, text))]
    assert not differ, differ[:3]


@pytest.mark.parametrize("model", _models(), ids=lambda model: model.name)
def test_model_gives_what_the_plain_sum_gives(model):
    for text in TEXTS:
        fast, plain = model.scores(text), reference_scores(model, text)
        assert fast.keys() == plain.keys(), text
        for tag, (confidence, grams) in fast.items():
            # The order of a sum over a set follows the set's hashing: the last bit may differ.
            assert math.isclose(confidence, plain[tag][0], rel_tol=1e-12), text
            assert grams == plain[tag][1], text


def test_every_alternatives_matches_hold_the_literals_it_needs():
    """The reader's own promise, pattern by pattern, on every message it matches."""
    for lexicon in _lexicons():
        flags = re.IGNORECASE if lexicon.ignore_case else 0
        for patterns in lexicon.patterns.values():
            for pattern in patterns:
                needs = needed_literals(pattern, lexicon.ignore_case)
                compiled = re.compile(pattern, flags)
                for text in TEXTS:
                    for m in compiled.finditer(text):
                        matched = fold(m.group(0))
                        for literals in needs:
                            assert any(core(x) in matched for x in literals), (pattern, text)


def test_lexicons_read_most_of_their_patterns():
    """A pattern the reader cannot read always runs: few should."""
    unread = [p for lexicon in _lexicons() for ps in lexicon.patterns.values() for p in ps
              if not needed_literals(p, lexicon.ignore_case)]
    total = sum(len(ps) for lexicon in _lexicons() for ps in lexicon.patterns.values())
    assert len(unread) <= total // 20, unread


def test_tagger_gives_what_it_gave():
    """Every message, in a case of each language: the lexicons of a language share one
    prefilter here, which ``Lexicon.classify`` alone does not."""
    reg = get_registry()
    for language in ("zh-Hans", "zh-Hant", "en"):
        tagger = Tagger(language, reg.classifiers)
        for text in TEXTS:
            fast, plain = tagger.tag(text), reference_tag(tagger, text)
            assert (fast.tags, fast.reasons, fast.features, fast.ngrams, fast.language) == (
                plain.tags, plain.reasons, plain.features, plain.ngrams, plain.language), text
            assert fast.confidence.keys() == plain.confidence.keys(), text
            assert all(math.isclose(fast.confidence[t], plain.confidence[t], rel_tol=1e-12)
                       for t in fast.confidence), text


def reference_tag(tagger: Tagger, text: str):
    """Tagger.tag as it was, over the reference engines."""
    from complaint_kit.assess.tagging import TAGS, Tagging

    chinese = scripts.is_chinese(text)
    language = tagger.language_of(text, chinese)
    subject = scripts.to_script(text, language) if chinese and scripts.is_chinese_language(
        language) else text
    reasons, grams, confidence, features = {}, {}, {}, set()
    for classifier in tagger._by_language.get(language, ()):
        if isinstance(classifier, NgramModel):
            found = reference_scores(classifier, subject)
        else:
            found = {t: (getattr(classifier, "confidence", 1.0), w)
                     for t, w in reference_classify(classifier, subject).items()}
        features |= set(getattr(classifier, "features", ())) & set(found)
        quotes = getattr(classifier, "words_are_quotes", True)
        for tag, (level, words) in found.items():
            if subject != text and quotes:
                words = [scripts.in_original(w, subject, text) for w in words]
            into = reasons if quotes else grams
            into[tag] = list(dict.fromkeys(w.strip() for w in [*into.get(tag, ()), *words]
                                           if w.strip()))
            reasons.setdefault(tag, [])
            confidence[tag] = 1 - (1 - confidence.get(tag, 0.0)) * (1 - level)
    order = {t: i for i, t in enumerate(TAGS)}
    tags = sorted(reasons, key=lambda t: (order.get(t, len(order)), t))
    return Tagging([t for t in tags if t not in features], {t: reasons[t] for t in tags},
                   [t for t in tags if t in features], confidence, grams, language)


# --- The reader and the prefilter --------------------------------------------------------------

@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_one_prefilter_for_a_language_skips_no_branch_that_matches(language):
    """The prefilter's own promise, branch by branch, for all the lexicons of a language at
    once (as the tagger makes it): a branch that matches a message is among its candidates."""
    lexicons = [c for c in get_registry().classifiers
                if isinstance(c, Lexicon) and c.language == language]
    branches_, flags = [], []
    for lexicon in lexicons:
        needs = lexicon.needs()
        branches_ += [b for _, alternatives in lexicon.patterns.items() for a in alternatives
                      for b in branches(a)]
        flags += [re.IGNORECASE if lexicon.ignore_case else 0] * len(needs)
    prefilter = Prefilter([n for lexicon in lexicons for n in lexicon.needs()])
    compiled = [re.compile(b, f) for b, f in zip(branches_, flags, strict=True)]
    for text in TEXTS:
        candidates = prefilter.candidates(text)
        missed = [b.pattern for i, b in enumerate(compiled)
                  if i not in candidates and b.search(text)]
        assert not missed, (text, missed[:3])


def test_reader_finds_the_words_a_pattern_needs():
    b = BOUNDARY
    assert needed_literals(r"\bjail\b", True) == [{f"{b}jail{b}"}]
    assert needed_literals("(?:打|弄)(?:死|残)", True) == [{"打死", "打残", "弄死", "弄残"}]
    assert needed_literals(r"(?:家人|孩子)[^，。]{0,6}(?:出事|遭殃)", True) == [
        {"家人", "孩子"}, {"出事", "遭殃"}]
    assert needed_literals("Bum", True) == [{"bum"}]
    assert needed_literals("scum(?:bag)?", True) == [{"scum"}]  # "scumbag" has "scum"


@pytest.mark.parametrize("pattern", [
    r"(a)\1",  # a backreference
    "(?i:jail)",  # an inline flag
    r"[^a]+",  # anything
    r"\w+",
    "a*",
    "(?(1)a|b)",  # a conditional
])
def test_reader_gives_nothing_it_cannot_be_sure_of(pattern):
    assert needed_literals(pattern, True) == []


def test_alternatives_that_overlap_match_as_one_alternation_does():
    """At a place the first alternative listed wins, and the search goes on from its end."""
    lexicon = Lexicon("t", "zh-Hans", {"threat_violence": ["打断", "打断你的腿", "你的腿"]})
    text = "打断你的腿，你的腿"
    assert lexicon.classify(text) == reference_classify(lexicon, text) == {
        "threat_violence": ["打断", "你的腿"]}
    lexicon = Lexicon("t", "en", {"insult": [r"\bbum", r"\bbummer\b", "mer"]})
    text = "what a bummer, bum"
    assert lexicon.classify(text) == reference_classify(lexicon, text)


def test_fold_maps_together_what_re_matches_ignoring_case():
    """Characters that ``re`` matches with an ASCII letter ignoring case fold to that letter."""
    for code in range(0x110000):
        ch = chr(code)
        if ch.lower() == ch == ch.upper() and ch.casefold() == ch:
            continue  # no case: re matches it with itself alone
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(letter, ch, re.IGNORECASE):
                assert fold(ch) == letter, hex(code)


@pytest.mark.parametrize(("pattern", "split"), [
    (r"\b(?:jail|prison)\b", [r"\bjail\b", r"\bprison\b"]),
    ("a|b(?:c|d)e", ["a", "bce", "bde"]),
    ("(?:打|弄)(?:死|残)(?:你)?", ["打死(?:你)?", "打残(?:你)?", "弄死(?:你)?", "弄残(?:你)?"]),
    ("(?:x|y)+z", ["(?:x|y)+z"]),  # a quantified group: kept
    ("(?>a|ab)c", ["(?>a|ab)c"]),  # atomic: "ab" is never tried after "a", so kept
    ("a*(?:b|c)", ["a*(?:b|c)"]),  # after a quantifier, which may match in several ways
    (r"(a)\1|b", [r"(a)\1|b"]),  # a backreference: not read
])
def test_branches_match_as_the_pattern_does(pattern, split):
    assert branches(pattern) == split
    texts = ["abce", "bde", "jail prison", "打死你 弄残", "xyz", "abc", "aaac", "aab"]
    whole = re.compile(pattern)
    parts = re.compile("|".join(f"(?:{b})" for b in split))
    for text in texts:
        assert [m.span() for m in whole.finditer(text)] == [m.span() for m in parts.finditer(text)]


def test_the_tagger_is_prepared_once_for_every_case_not_once_a_case(monkeypatch):
    """A language's prefilter over all its lexicons' branches takes a third of a second to make:
    the registry keeps one tagger a language, so a batch makes it once (a batch drafted eight
    times slower when each case made its own)."""
    from complaint_kit.assess import tagging
    from complaint_kit.casefile.load import load_case
    from complaint_kit.draft.pipeline import assess
    from complaint_kit.testing import make_registry

    made = []

    class Counted(Prefilter):
        def __init__(self, *args, **kwargs):
            made.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(tagging, "Prefilter", Counted)
    registry = make_registry(installed=["cn", "lexicons"])
    case = load_case(ROOT / "examples" / "cn-sms-harassment.yaml", registry)
    findings = [assess(case, registry).findings for _ in range(3)]
    assert findings[0] and findings[0] == findings[1] == findings[2]
    assert registry.tagger("zh-Hans") is registry.tagger("zh-Hans")
    assert len(made) == 1  # the zh-Hans tagger's, made on the first case's first message
