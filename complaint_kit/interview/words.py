"""The words answers are read with, from the catalogs of every language (``answer.*``): yes,
no, unknown, the numerals and units of amounts, characters written either way."""

from __future__ import annotations

import unicodedata
from functools import cache


def yes_no_words() -> tuple[set[str], set[str]]:
    """Words that mean yes and no, in every language the catalogs hold."""
    from complaint_kit.i18n import LANGUAGES, translator

    yes, no = {"y", "yes", "true", "1"}, {"n", "no", "false", "0"}
    for lang in LANGUAGES:
        _ = translator(lang)
        yes.update(_("answer.yes_words").lower().split() if _("answer.yes_words") !=
                   "answer.yes_words" else ())
        no.update(_("answer.no_words").lower().split() if _("answer.no_words") !=
                  "answer.no_words" else ())
    return yes, no


def unknown_words() -> set[str]:
    """Words that mean "I don't know", in every language the catalogs hold."""
    from complaint_kit.i18n import LANGUAGES, translator

    words = {"unknown"}
    for lang in LANGUAGES:
        found = translator(lang)("answer.unknown_words")
        if found != "answer.unknown_words":
            words.update(found.casefold().split())
    return words


def _catalog_table(key: str) -> dict[str, int]:
    """A catalog entry "word=value word=value ..." of every language, as one table."""
    from complaint_kit.i18n import LANGUAGES, translator

    table: dict[str, int] = {}
    for lang in LANGUAGES:
        found = translator(lang)(key)
        if found != key:
            for item in found.split():
                word, _, value = item.partition("=")
                table[unicodedata.normalize("NFKC", word).upper()] = int(value)
    return table


@cache
def amount_words() -> tuple[dict[str, int], dict[str, int]]:
    """(units written after a number: "k" = 1000...; numerals written alone: digits, tens...)."""
    return _catalog_table("answer.amount_units"), _catalog_table("answer.numerals")


@cache
def same_characters() -> dict[int, str]:
    """Characters written either way in labels (the catalogs' ``answer.same_characters``:
    "variant=usual ...")."""
    from complaint_kit.i18n import LANGUAGES, translator

    table: dict[int, str] = {}
    for lang in LANGUAGES:
        found = translator(lang)("answer.same_characters")
        if found != "answer.same_characters":
            for pair in found.split():
                variant, _, usual = pair.partition("=")
                if len(variant) == 1 and usual:
                    table[ord(variant)] = usual
    return table
