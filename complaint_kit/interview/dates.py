"""Dates and times as typed: any one separator between the parts, or a year in a local era."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.place import resolve_place

if TYPE_CHECKING:
    from complaint_kit.model.jurisdiction import Jurisdiction

# Any one non-digit between the parts, so that local ways of writing dates are read too.
DATE = r"(\d{4})\s*[^\d\s:]\s*(\d{1,2})\s*[^\d\s:]\s*(\d{1,2})[^\d\s:]?"
DATETIME = DATE + r"(?:\s*|T)(\d{1,2})[:\uff1a](\d{2})(?:[:\uff1a](\d{2}))?"
# A year in a local era (Taiwan's 115/03/01): one to three digits, after the era's name if any.
_ERA_YEAR = r"(\d{1,3})"


def _era_match(pattern: str, text: str, place: Jurisdiction | str | None) -> re.Match | None:
    """``pattern`` with its four-digit year, or else (where the place has a local era) with an
    era year; the year of the match is then the common one."""
    m = re.fullmatch(r"\s*" + pattern + r"\s*", text)
    if m:
        return m
    era = getattr(resolve_place(place), "era", None)
    if era is None:
        return None
    names = "|".join(re.escape(n) for n in era.names)
    return re.fullmatch(r"\s*(?:" + names + r")?\s*" + pattern.replace(r"(\d{4})", _ERA_YEAR, 1)
                        + r"\s*", text)


def _groups(m: re.Match, place: Jurisdiction | str | None) -> list[int]:
    values = [int(g) for g in m.groups() if g is not None]
    if len(m.group(1)) < 4:
        values[0] += resolve_place(place).era.offset  # type: ignore[union-attr]
    return values


def parse_date(text: str, place: Jurisdiction | str | None = None) -> date:
    m = _era_match(DATE, text, place)
    if not m:
        raise AnswerError("Enter a date as YYYY-MM-DD, e.g. 2026-03-01.")
    try:
        return date(*_groups(m, place))
    except ValueError:
        raise AnswerError("That date does not exist.") from None


def parse_datetime(text: str, place: Jurisdiction | str | None = None) -> datetime:
    m = _era_match(DATETIME, text, place)
    if not m:
        raise AnswerError("Enter a date and time as YYYY-MM-DD HH:MM, e.g. 2026-03-01 23:15.")
    try:
        return datetime(*_groups(m, place))
    except ValueError:
        raise AnswerError("That date or time does not exist.") from None


def format_datetime(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M" if not value.second else "%Y-%m-%d %H:%M:%S")
