"""Jinja2, sandboxed and strict, producing Markdown in which case data is always literal text.

Case data is data: it is inserted through ``finalize``, which escapes every Markdown and HTML
character, so ``{{ 7*7 }}``, ``**``, ``|`` or ``</w:t>`` in a message come out as written.
Template text itself is not escaped (autoescape leaves literals alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from .paths import core_templates

# Markdown output breaks lines only where the template does; a line break inside a value becomes
# U+2028, which the builders turn into a line break inside the same paragraph or table cell.
LINE_BREAK = "\u2028"
# Every ASCII punctuation character is backslash-escaped (CommonMark lets any of them be).
# A translation table does it in one pass; md_escape runs for every value a template prints.
_ESCAPES = str.maketrans({c: "\\" + c for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"})
_NEWLINES = re.compile(r"\r\n|\r|\n")
_EDGE_SPACES = re.compile(r"^[ \t]+|[ \t]+$")


def md_escape(value: Any) -> str:
    """Make any text literal in CommonMark, on one line."""
    text = str(value).translate(_ESCAPES)
    if "\n" in text or "\r" in text:
        text = _NEWLINES.sub(LINE_BREAK, text)
    # Leading spaces would start a code block, trailing ones a hard break: write them as entities.
    if text and (text[0] in " \t" or text[-1] in " \t"):
        text = _EDGE_SPACES.sub(lambda m: "&#32;" * len(m.group().expandtabs(4)), text)
    return text


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    return Markup(md_escape(value))


def fmt_date(value: date | datetime | str | None, pattern: str = "{year:04d}-{month:02d}-{day:02d}"
             ) -> str:
    """Format a date with a pattern such as ``{day:02d}/{month:02d}/{year}``."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    fields = {"year": value.year, "month": value.month, "day": value.day}
    if isinstance(value, datetime):
        fields |= {"hour": value.hour, "minute": value.minute, "second": value.second}
    return pattern.format(**fields)


def fmt_money(value: Decimal | float | int | None, places: int = 2) -> str:
    if value is None:
        return ""
    return f"{Decimal(value):,.{places}f}"


def fmt_duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


def make_environment(template_dirs: Sequence[Path]) -> SandboxedEnvironment:
    """Plugin template folders first, then the shared ``templates/``."""
    loader = ChoiceLoader([FileSystemLoader([str(p) for p in template_dirs]),
                           FileSystemLoader(str(core_templates()))])
    env = SandboxedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=True,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=md_escape, date=fmt_date, money=fmt_money, duration=fmt_duration)
    return env
