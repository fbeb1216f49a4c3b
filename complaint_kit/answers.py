"""Turning typed answers into case data: per-type parsing and the named validators."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .question import Question

Validator = Callable[[str], "str | None"]  # returns why the value is wrong, or None


class AnswerError(ValueError):
    """An answer that cannot be used; the message (an English message id) says why."""


def yes_no_words() -> tuple[set[str], set[str]]:
    """Words that mean yes and no, in every language the catalogs hold."""
    from .i18n import LANGUAGES, translator

    yes, no = {"y", "yes", "true", "1"}, {"n", "no", "false", "0"}
    for lang in LANGUAGES:
        _ = translator(lang)
        yes.update(_("answer.yes_words").lower().split() if _("answer.yes_words") !=
                   "answer.yes_words" else ())
        no.update(_("answer.no_words").lower().split() if _("answer.no_words") !=
                  "answer.no_words" else ())
    return yes, no


# Any one non-digit between the parts, so that local ways of writing dates are read too.
DATE = r"(\d{4})\s*[^\d\s:]\s*(\d{1,2})\s*[^\d\s:]\s*(\d{1,2})[^\d\s:]?"
DATETIME = DATE + r"(?:\s*|T)(\d{1,2})[:\uff1a](\d{2})(?:[:\uff1a](\d{2}))?"


def parse_date(text: str) -> date:
    m = re.fullmatch(r"\s*" + DATE + r"\s*", text)
    if not m:
        raise AnswerError("Enter a date as YYYY-MM-DD, e.g. 2026-03-01.")
    try:
        return date(*map(int, m.groups()))
    except ValueError:
        raise AnswerError("That date does not exist.") from None


def parse_datetime(text: str) -> datetime:
    m = re.fullmatch(r"\s*" + DATETIME + r"\s*", text)
    if not m:
        raise AnswerError("Enter a date and time as YYYY-MM-DD HH:MM, e.g. 2026-03-01 23:15.")
    try:
        return datetime(*(int(g) for g in m.groups() if g is not None))
    except ValueError:
        raise AnswerError("That date or time does not exist.") from None


def format_datetime(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M" if not value.second else "%Y-%m-%d %H:%M:%S")


def parse_phone(text: str) -> str:
    value = re.sub(r"[\s\-()]", "", text)
    if not re.fullmatch(r"\+?\d{3,20}", value):
        raise AnswerError("Enter a phone number using digits only (3 to 20), e.g. 13800000000.")
    return value


def parse_money(text: str) -> str:
    value = re.sub(r"[^\d.\-]", "", text)  # thousands separators, currency signs and words
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise AnswerError("Enter an amount as a number, e.g. 8000 or 8000.50.") from None
    if amount < 0 or not amount.is_finite():
        raise AnswerError("Enter an amount as a number, e.g. 8000 or 8000.50.")
    return str(amount)


def _choice(question: Question, raw: Any) -> Any:
    """The value of a numbered choice: its number, or the value itself (an answers file may give
    true/false/null for a choice whose values are those)."""
    values = [v for v, _ in question.choices]
    if not isinstance(raw, str):
        if any(raw is v or (raw == v and type(raw) is type(v)) for v in values):
            return raw
        raw = str(raw)
    text = raw.strip()
    if text.isdigit() and 1 <= int(text) <= len(values):
        return values[int(text) - 1]
    if text in values:
        return text
    if any(isinstance(v, bool) for v in values):
        yes, no = yes_no_words()
        if text.lower() in yes and True in values:
            return True
        if text.lower() in no and False in values:
            return False
    raise AnswerError("Choose one of the numbers shown.")


def parse(question: Question, raw: Any, validators: dict[str, Validator]) -> Any:
    """The value to store for ``raw`` (typed text, or a value from an answers file)."""
    kind = question.type
    if kind == "yes_no" and isinstance(raw, bool):
        value: Any = raw
    elif kind == "choice" and not isinstance(raw, str):
        value = _choice(question, raw)
    elif kind in ("multi_choice", "flags", "text_list") and isinstance(raw, list):
        value = [_choice(question, str(r)) for r in raw] if kind != "text_list" else [
            str(r) for r in raw if str(r).strip()]
    else:
        text = str(raw).strip()
        if kind == "yes_no":
            yes, no = yes_no_words()
            if text.lower() not in yes | no:
                raise AnswerError("Answer y (yes) or n (no).")
            value = text.lower() in yes
        elif kind == "choice":
            value = _choice(question, raw)
        elif kind in ("multi_choice", "flags"):
            value = [_choice(question, t) for t in re.split(r"[\s,，、]+", text) if t]
        elif kind == "text_list":
            value = [t.strip() for t in re.split(r"[;；\n]", text) if t.strip()]
        elif kind == "date":
            value = parse_date(text).isoformat()
        elif kind == "datetime":
            value = format_datetime(parse_datetime(text))
        elif kind == "phone":
            value = parse_phone(text)
        elif kind == "money":
            value = parse_money(text)
        elif kind == "national_id":
            value = text.replace(" ", "").upper()
        else:
            value = text
    if question.validator and value is not None:
        check = validators.get(question.validator)
        if check is None:
            raise AnswerError(f"unknown validator {question.validator!r}")
        reason = check(value if isinstance(value, str) else str(value))
        if reason:
            raise AnswerError(reason)
    return value


def _nonempty(value: str) -> str | None:
    return None if value.strip() else "This answer cannot be empty."


CORE_VALIDATORS: dict[str, Validator] = {"nonempty": _nonempty}
