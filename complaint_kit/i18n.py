"""Messages in the user's language: gettext catalogs (.po, read with Babel at first use), and
lists written out in running text."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path

LANGUAGES = ("zh-Hans", "zh-Hant", "en")
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "complaint_kit"


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang.replace("-", "_") / "LC_MESSAGES" / f"{DOMAIN}.po"


def pick_language(requested: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """``--lang`` if given, else the locale (LC_ALL, LC_MESSAGES, LANG); English by default."""
    environ = os.environ if environ is None else environ
    for value in (requested, environ.get("LC_ALL"), environ.get("LC_MESSAGES"),
                  environ.get("LANG")):
        if not value:
            continue
        v = value.replace("_", "-").split(".")[0].lower()
        if v in ("zh-hant", "zh-tw", "zh-hk", "zh-mo") or v.startswith("zh-hant"):
            return "zh-Hant"
        if v.startswith("zh"):
            return "zh-Hans"
        if v.startswith("en") or v in ("c", "posix"):
            return "en"
        if requested and value == requested:
            raise ValueError(f"unknown language {requested!r} (use one of {', '.join(LANGUAGES)})")
    return "en"


@cache
def _messages(lang: str) -> dict[str, str]:
    path = catalog_path(lang)
    if not path.exists():
        return {}
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {m.id: m.string for m in catalog if m.id and isinstance(m.id, str) and m.string}


def translator(lang: str) -> Callable[[str], str]:
    messages = _messages(lang)
    return lambda text: messages.get(text, text)


def localise(text: str | Mapping[str, str] | None, lang: str) -> str:
    """A question's own text: a mapping by language, or a message id for the catalogs."""
    if text is None:
        return ""
    if isinstance(text, Mapping):
        return text.get(lang) or text.get("en") or next(iter(text.values()), "")
    return translator(lang)(text)


def series(items: Sequence[str], last: str, separator: str = ", ") -> str:
    """Items written out in running text, the last joined by ``last``: ``series(["a", "b", "c"],
    " and ")`` is "a, b and c", ``series(["a", "b", "c"], " or ", "; ")`` is "a; b or c"; one
    item is itself, none is "". The words are the caller's: each language has its own."""
    if len(items) <= 1:
        return "".join(items)
    return separator.join(items[:-1]) + last + items[-1]
