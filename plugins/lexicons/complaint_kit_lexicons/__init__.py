"""Message lexicons by language, not by place: Traditional Chinese (Taiwan and Hong Kong
collection vocabulary) and English (FDCPA-style abuse). Every jurisdiction that speaks the
language shares them; a jurisdiction plugin may add a lexicon of its own for the same language.
"""

from __future__ import annotations

from complaint_kit.api import hookimpl

from .en import LEXICON as EN
from .zh_hant import LEXICON as ZH_HANT

__version__ = "0.1.0"

LEXICONS = (ZH_HANT, EN)


@hookimpl
def register_classifiers(register):
    for lexicon in LEXICONS:
        register(lexicon)
