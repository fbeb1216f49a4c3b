"""What a jurisdiction plugin declares about its place: language, time zone, typography."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path


@dataclass(frozen=True)
class Typography:
    """How the jurisdiction's formal documents look; applied to the default base document."""

    page: str = "A4"  # "A4" or "Letter"
    margins_cm: tuple[float, float, float, float] = (2.54, 2.54, 2.54, 2.54)  # top, right, ...
    body_font: str = "Times New Roman"
    body_font_east_asia: str | None = None
    heading_font: str | None = None
    heading_font_east_asia: str | None = None
    title_font_east_asia: str | None = None
    body_size_pt: float = 12
    title_size_pt: float = 16
    heading_size_pt: float = 13
    table_size_pt: float | None = None  # default: two points below the body text
    line_spacing: float = 1.15
    first_line_indent_chars: int = 0  # formal Chinese letters indent two characters
    # Every list numbered, 1. then （1）, never a bullet glyph (formal Chinese letters).
    numbered_lists: bool = False
    page_label: str = "{page}"  # footer text; {page} and {pages} become fields

    @property
    def table_size(self) -> float:
        return self.table_size_pt or self.body_size_pt - 2


@dataclass(frozen=True)
class CrisisLine:
    """A line a person with thoughts of self-harm can call now. ``name`` and ``hours`` are
    mappings of language to text (or one text for all); ``source`` is the public page that
    gives the number, so that whoever maintains the plugin can check it again."""

    name: str | Mapping[str, str]
    number: str
    source: str
    hours: str | Mapping[str, str] | None = None


@dataclass(frozen=True)
class Currency:
    """The money a place's amounts are in, as its people write it."""

    code: str  # ISO 4217: "CNY"
    names: Mapping[str, str]  # by language, as refusals name it: {"en": "US dollars"}
    # Signs, codes and words written before or after an amount here ("$", "USD", "dollars");
    # a mark of another place's currency only is refused.
    marks: tuple[str, ...] = ()
    # How an amount is shown back, by language: {"en": "${amount}"}; else "{amount} <name>".
    formats: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Era:
    """A local way of counting years, as Taiwan's Minguo years (year 1 = 1912): ``offset`` is
    added to
    a year written in it; ``names`` are the words that may come before such a year."""

    names: tuple[str, ...]
    offset: int


@dataclass(frozen=True)
class Jurisdiction:
    code: str  # "cn", "tw", "us-ca"...
    name: str  # in its own language
    language: str  # BCP 47: "zh-Hans", "zh-Hant", "en"
    timezone: str  # IANA
    # ISO 3166 region of the place ("CN"): national phone numbers belong to it, and with the
    # language it is the locale that dates and numbers are written in (``locale``).
    phone_region: str | None = None
    # What text files made here are in when they are not UTF-8 (Excel's "CSV", phone and
    # carrier exports): "gb18030", "cp950", "big5hkscs", "cp1252"... None: the user names the
    # encoding of such a file (``import --encoding``).
    text_encoding: str | None = None
    languages: tuple[str, ...] = ()
    typography: Typography = field(default_factory=Typography)
    # Hours in which collection contact is acceptable; contact outside them is "at night".
    contact_hours: tuple[time, time] | None = None
    # Strings the shared base templates need, in the jurisdiction's language.
    labels: dict[str, str] = field(default_factory=dict)
    # The same strings in the jurisdiction's other languages ("en" for Hong Kong), by language.
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    # A font file with every character of the chart's wording (labels "figure.*"): a small
    # subset a plugin ships, so that charts in its script read the same on a machine without
    # such fonts (see tools/subset_chart_font.py). None: the fonts installed.
    chart_font: Path | None = None
    # The case `complaint-kit demo` drafts: a plugin's own path, or a file in examples/.
    demo_example: str | None = None
    # The place's name in each language the interview speaks ({"en": "United States", ...});
    # ``name`` where a language is missing.
    names: Mapping[str, str] = field(default_factory=dict)
    # The money amounts are in; None: amounts are read and shown as bare numbers.
    currency: Currency | None = None
    # Dates people here may write in a local era (Taiwan's Minguo years).
    era: Era | None = None
    # Lines to call at once when the user says they have had thoughts of harming themselves.
    crisis_lines: tuple[CrisisLine, ...] = ()

    def labels_for(self, language: str | None) -> dict[str, str]:
        """The labels in a case's language: a translation where there is one, else ``labels``."""
        if language and language != self.language and language in self.translations:
            return {**self.labels, **self.translations[language]}
        return dict(self.labels)

    def display_name(self, language: str) -> str:
        return self.names.get(language) or self.name

    def choice_label(self) -> dict[str, str]:
        """How the interview lists the place, by language: "United States (us)"."""
        from complaint_kit.i18n import LANGUAGES

        return {lang: f"{self.display_name(lang)} ({self.code})" for lang in LANGUAGES}

    def locale(self, language: str | None = None) -> str:
        """The Babel locale of documents in ``language`` (default: the jurisdiction's own):
        "zh_Hant_TW", "en_GB", "en_HK"."""
        from complaint_kit.draft.formats import locale_id

        return locale_id(language or self.language, self.phone_region)

    def is_night(self, at: time) -> bool:
        if self.contact_hours is None:
            return False
        start, end = self.contact_hours
        return not (start <= at < end)
