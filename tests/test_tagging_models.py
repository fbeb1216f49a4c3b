"""The n-gram models: loading a model file once, scoring tags with their heaviest n-grams as the
reasons, and how a model's tags are explained beside the lexicons' quoted words."""

from __future__ import annotations

import json
import math

import pytest

from complaint_kit.assess.ngram_model import NgramModel
from complaint_kit.assess.tagging import Lexicon, Tagger
from complaint_kit.plugins.registry import get_registry

# --- The n-gram model: loading, scoring, explanations --------------------------------------------

def _toy_model(**over) -> dict:
    data = {"format": 1, "language": "en", "sizes": [3], "mask": r"\bnever\b(?:\s+\S+){0,4}",
            "tags": ["threat_visit", "insult"], "bias": [-2.0, -3.0], "threshold": [0.6, 0.5],
            "weights": {"doo": [[0, 1.5]], "oor": [[0, 1.4]], "bum": [[1, 9.0]],
                        "ste": [[0, 0.5], [1, -1.0]]}}
    return {**data, **over}


def test_model_scores_tags_with_their_heaviest_ngrams_as_reasons():
    model = NgramModel.from_data("toy", _toy_model())
    scores = model.scores("See you at your doorstep")
    assert list(scores) == ["threat_visit"]
    confidence, grams = scores["threat_visit"]
    assert confidence == pytest.approx(1 / (1 + math.exp(-1.4)))  # -2 + 1.5 + 1.4 + 0.5
    assert grams == ["doo", "oor", "ste"]  # the heaviest first
    assert model.scores("pay by friday") == {}
    assert model.scores("we will never be at your doorstep") == {}  # masked: a denial


def test_model_loads_its_file_once_when_first_used(tmp_path):
    path = tmp_path / "en.json"
    path.write_text(json.dumps(_toy_model()), encoding="utf-8")
    model = NgramModel("toy", "en", path)
    assert model._model is None  # nothing read at start-up
    assert model.classify("you bum") == {"insult": ["bum"]}
    path.unlink()
    assert model.classify("you bum") == {"insult": ["bum"]}  # read once
    with pytest.raises(ValueError, match="not a format-1 zh-Hans model"):
        NgramModel("toy", "zh-Hans", tmp_path / "x.json").from_data("x", _toy_model(
            language="zh-Hans", format=2))


def test_a_model_tag_is_explained_by_ngrams_never_quoted_as_words():
    lexicon = Lexicon("lex", "en", {"insult": [r"\bbum\b"]})
    model = NgramModel.from_data("toy", _toy_model())
    tagging = Tagger("en", [lexicon, model]).tag("you bum, we are at your doorstep")
    assert tagging.tags == ["threat_visit", "insult"]
    assert tagging.reasons["threat_visit"] == []  # nothing to quote
    assert tagging.ngrams["threat_visit"] == ["doo", "oor", "ste"]
    assert tagging.reason("threat_visit") == ["doo", "oor", "ste"]
    assert tagging.reasons["insult"] == ["bum"]
    # the lexicon (0.9) and the model agree: the confidences add up (noisy-or)
    assert 0.99 < tagging.confidence["insult"] < 1.0


def test_every_shipped_model_loads_and_explains_what_it_gives():
    for model in get_registry().classifiers:
        if isinstance(model, NgramModel):
            assert model.path.is_file() and model.tags, model.name
            for text in ("x", "你", "你你你你你你你你你你你"):
                for _, (confidence, grams) in model.scores(text).items():
                    assert 0 <= confidence <= 1 and grams
