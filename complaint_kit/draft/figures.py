"""Figures that templates embed by name, drawn with matplotlib (loaded only when one is used).

A template writes ``![caption](contacts-per-day.png)``; drafting draws each figure the Markdown
names once per case and hands the PNG to the document builder.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import timedelta
from functools import cache
from pathlib import Path

from complaint_kit.assess.analysis import Pattern

CONTACTS_PER_DAY = "contacts-per-day.png"

# Chart text: Latin from the first font, CJK characters from the first CJK font installed
# (matplotlib falls back glyph by glyph along the list). Traditional-Chinese fonts first for
# zh-Hant, so that shared characters take their Traditional forms.
_LATIN = "DejaVu Sans"
_CJK = {
    "zh-Hant": ("Noto Sans CJK TC", "Noto Sans CJK HK", "Source Han Sans TC",
                "Microsoft JhengHei", "PingFang TC"),
    "": ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei", "PingFang SC",
         "Noto Sans CJK JP", "WenQuanYi Zen Hei", "Arial Unicode MS"),
}

# Font files that may hold CJK glyphs, by name (Noto/Source Han CJK, WenQuanYi, ...).
_CJK_FILE = re.compile(r"cjk|wqy|sourcehan|msyh|simhei|pingfang|jhenghei", re.I)

_IMAGE_SRC = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?")

# Wording when the jurisdiction gives none.
_DEFAULT_LABELS = {
    "figure.contacts_per_day": "Contacts per day",
    "figure.daytime": "Daytime",
    "figure.night": "Night",
    "figure.contacts": "Contacts",
}


def wanted(markdown: str) -> set[str]:
    """The figures a rendered document refers to."""
    return {src for src in _IMAGE_SRC.findall(markdown) if src in FIGURES}


def draw(names: Iterable[str], pattern: Pattern, labels: Mapping[str, str],
         language: str, font: Path | None = None) -> dict[str, bytes]:
    """PNG images of the named figures, with wording from the document's ``labels``.

    ``font``: a font file the jurisdiction ships with the glyphs of its chart wording
    (``Jurisdiction.chart_font``), so that the chart reads the same on a machine without CJK
    fonts; used when it has every character of the wording.
    """
    text = {**_DEFAULT_LABELS, **labels}
    chars = {ch for key in _DEFAULT_LABELS for ch in text[key]}
    if font is not None and chars <= _charset(font):
        families = [_register(font), _LATIN]
    elif _needs_cjk(chars) and not _cjk_font(language):
        text = dict(_DEFAULT_LABELS)  # no font here draws the wording: numbers and English
        families = _fonts(language)
    else:
        families = _fonts(language)
    return {name: FIGURES[name](pattern, text, families) for name in names}


def _needs_cjk(chars: Iterable[str]) -> bool:
    return any("\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in chars)


@cache
def _charset(font: Path) -> frozenset[str]:
    from matplotlib.ft2font import FT2Font

    return frozenset(chr(code) for code in FT2Font(str(font)).get_charmap())


@cache
def _register(font: Path) -> str:
    """Add the font file to matplotlib's fonts (for this process) and give its family name."""
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(font))
    return font_manager.FontProperties(fname=str(font)).get_name()


@cache
def _fonts(language: str) -> list[str]:
    import logging

    from matplotlib import font_manager

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    installed = {f.name for f in font_manager.fontManager.ttflist}
    cjk = _cjk_font(language)
    return [name for name in (_LATIN, cjk) if name and name in installed] or ["sans-serif"]


@cache
def _cjk_font(language: str) -> str | None:
    """The first CJK font installed. matplotlib's font list is cached on disk and misses fonts
    installed after it was made: then the system's fonts are looked at once more."""
    from matplotlib import font_manager

    preferred = (*_CJK.get(language, ()), *_CJK[""])
    manager = font_manager.fontManager
    for rescan in (False, True):
        if rescan:
            known = {f.fname for f in manager.ttflist}
            for path in font_manager.findSystemFonts():
                if path not in known and _CJK_FILE.search(path):
                    try:
                        manager.addfont(path)
                    except (OSError, RuntimeError, ValueError):
                        continue  # a font file matplotlib cannot read
        installed = {f.name for f in manager.ttflist}
        found = next((name for name in preferred if name in installed), None)
        if found:
            return found
    return None


def contacts_per_day(pattern: Pattern, labels: Mapping[str, str], families: list[str]) -> bytes:
    """Stacked bars: contacts per day within the jurisdiction's contact hours, and at night."""
    import matplotlib  # the Figure API draws with Agg and needs no pyplot or display
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure

    days = [d.day for d in pattern.days]
    night = [d.night for d in pattern.days]
    daytime = [d.total - d.night for d in pattern.days]
    with matplotlib.rc_context({"font.family": families, "font.size": 9,
                                "axes.unicode_minus": False, "svg.hashsalt": "ck",
                                "path.simplify": True}):
        # Fixed margins, not a layout engine: "constrained" lays the text out twice, which
        # doubled the time a batch spends on each case's chart. 150 dpi prints sharply at
        # the page's width.
        figure = Figure(figsize=(6.3, 2.9), dpi=150)
        figure.subplots_adjust(left=0.09, right=0.98, top=0.9,
                               bottom=0.25 if any(night) else 0.14)
        axes = figure.add_subplot()
        axes.bar(days, daytime, width=0.8, color="#7f99b2", label=labels["figure.daytime"])
        axes.bar(days, night, width=0.8, bottom=daytime, color="#b22222",
                 label=labels["figure.night"])
        axes.set_title(labels["figure.contacts_per_day"])
        axes.set_ylabel(labels["figure.contacts"])
        axes.yaxis.get_major_locator().set_params(integer=True)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        axes.xaxis.set_major_locator(locator)
        # Numeric dates read the same in every language (no English month names).
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(
            locator, formats=["%Y", "%m", "%m-%d", "%H:%M", "%H:%M", "%S"],
            zero_formats=["", "%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y", "%Y-%m", "%Y-%m-%d", "%Y-%m-%d", "%Y-%m-%d %H:%M"]))
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="y", alpha=0.3)
        if any(night):
            # below the plot, where it covers no bar
            figure.legend(frameon=False, loc="lower center", ncols=2)
        if len(days) == 1:  # one bar would otherwise fill the whole width
            axes.set_xlim(days[0] - timedelta(days=3), days[0] + timedelta(days=3))
        buffer = io.BytesIO()
        # zlib's fastest level: a chart of a few flat colours compresses nearly as well
        figure.savefig(buffer, format="png", metadata={"Software": None},
                       pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


# Name -> draw(pattern, labels, font families): PNG bytes.
FIGURES: Mapping[str, Callable[[Pattern, Mapping[str, str], list[str]], bytes]] = {
    CONTACTS_PER_DAY: contacts_per_day,
}
