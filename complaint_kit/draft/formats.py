"""Numbers, amounts, dates and plurals as a document's language writes them, through Babel
(CLDR data): "1,234.50" in English and Chinese alike, "4 March 2026" in Britain and
"March 4, 2026" in the US, "1 call" but "2 calls", where Chinese has one form for all.

Templates reach these as filters (``date``, ``money``, ``number``, ``plural``), which read the
document's locale from the render context; plugin code calls ``formats(locale)``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

DATE_WIDTHS = frozenset({"short", "medium", "long", "full"})


def locale_id(language: str, region: str | None = None) -> str:
    """A Babel locale for a BCP 47 language and an ISO 3166 region: ("zh-Hant", "TW") →
    "zh_Hant_TW"; a region CLDR does not pair with the language is dropped."""
    parts = language.replace("-", "_")
    for candidate in ((f"{parts}_{region}",) if region else ()) + (parts, "en"):
        try:
            Locale.parse(candidate)
        except (ValueError, UnknownLocaleError):
            continue
        return candidate
    return "en"


def language_tag(locale: str) -> str:
    """The BCP 47 tag a Word document gives its text for a Babel locale: "zh_Hant_TW" →
    "zh-TW", "en_GB" → "en-GB" (the script is left out, as Word writes it)."""
    parsed = Locale.parse(locale)
    return "-".join(filter(None, (parsed.language, parsed.territory)))


class Formats:
    """What ``formats(locale)`` gives: formatting for one locale."""

    def __init__(self, locale: str):
        self.locale = Locale.parse(locale)

    def number(self, value: int | float | Decimal) -> str:
        """A count or a quantity with the locale's grouping: 12,345."""
        return format_decimal(value, locale=self.locale)

    def money(self, value: int | float | Decimal | None, places: int = 2) -> str:
        """An amount with ``places`` decimals and the locale's grouping, without a currency
        sign (letters write it as their place does: "£", or Taiwan's currency name around it)."""
        if value is None:
            return ""
        pattern = "#,##0." + "0" * places if places else "#,##0"
        return format_decimal(Decimal(str(value)), format=pattern, locale=self.locale,
                              decimal_quantization=True)

    def date(self, value: date | datetime | str | None, pattern: str = "medium") -> str:
        """A date, or a date and time, by a CLDR pattern ("dd/MM/y HH:mm"; Chinese puts its
        year, month and day signs after "y", "M" and "d") or a width ("short", "medium",
        "long", "full"). Times print as their wall-clock time: incident times are already the
        jurisdiction's local time."""
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        try:
            return _format(value.replace(tzinfo=None) if isinstance(value, datetime) else value,
                           pattern, str(self.locale))
        except (AttributeError, KeyError, ValueError):  # a time field for a date, a bad letter
            raise ValueError(f"the date pattern {pattern!r} does not fit a "
                             f"{type(value).__name__} (see CLDR date patterns)") from None

    def plural(self, n: int, one: str, other: str | None = None) -> str:
        """The form for ``n`` with ``{n}`` filled in: ``plural(2, "{n} call", "{n} calls")`` is
        "2 calls"; a language with one form (Chinese) takes ``one`` for every number."""
        form = one if other is None or self.locale.plural_form(n) == "one" else other
        return form.replace("{n}", self.number(n))


@lru_cache(maxsize=4096)  # a case prints each incident's time in several documents
def _format(value: date | datetime, pattern: str, locale: str) -> str:
    if isinstance(value, datetime):
        return format_datetime(value, pattern, tzinfo=None, locale=locale)
    return format_date(value, pattern, locale=locale)


@cache
def formats(locale: str) -> Formats:
    """The formats of a Babel locale ("en_GB", "zh_Hant_TW"), made once."""
    return Formats(locale)
