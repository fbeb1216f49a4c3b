"""Message lexicons by language, not by place: Traditional Chinese (Taiwan and Hong Kong
collection vocabulary) and English (FDCPA-style abuse). Every jurisdiction that speaks the
language shares them; a jurisdiction plugin may add a lexicon of its own for the same language.

Beside them, one n-gram model per language (models/<language>.json, trained offline by
tools/train_tagger.py on bench/corpus), which catches the paraphrases the word lists miss. A
model file loads on the first message of its language.
"""

from __future__ import annotations

from pathlib import Path

from complaint_kit.api import NgramModel, hookimpl

from .en import LEXICON as EN
from .zh_hant import LEXICON as ZH_HANT

__version__ = "0.1.0"

LEXICONS = (ZH_HANT, EN)
MODELS_DIR = Path(__file__).parent / "models"
MODELS = tuple(NgramModel(f"model-{language}", language, MODELS_DIR / f"{language}.json")
               for language in ("zh-Hans", "zh-Hant", "en")
               if (MODELS_DIR / f"{language}.json").exists())


@hookimpl
def register_classifiers(register):
    for classifier in (*LEXICONS, *MODELS):
        register(classifier)
