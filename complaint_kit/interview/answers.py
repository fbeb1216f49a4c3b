"""Turning answers into case data: each question type read as people type it, then the named
validators.

Answers are read as people type them: an amount with the words for ten thousand or a
thousand, a currency's sign or name around it; a date in a local era; a national number checked
against the place's numbering plan; a choice by its label in any language. What cannot be read
whole is refused, never guessed. What depends on the place (its currency, phone region, local
era) comes from the case's ``Jurisdiction``, and the words of a language (numerals, units) from
the gettext catalogs (``answer.*`` entries); nothing here names a place or a language's words.
Each kind of answer is read in its own module (money, dates, phones, choices).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.choices import choice_value, choice_values, parse_yes_no
from complaint_kit.interview.dates import format_datetime, parse_date, parse_datetime
from complaint_kit.interview.money import parse_money
from complaint_kit.interview.phones import parse_phone, phone_region
from complaint_kit.interview.question import Question

if TYPE_CHECKING:
    from complaint_kit.model.jurisdiction import Jurisdiction

# A check returns why the value is wrong (an English message id, or {language: text}), a
# Normalised value to store instead, or None.
Validator = Callable[[str], "str | Mapping[str, str] | Normalised | None"]


@dataclass(frozen=True)
class Normalised:
    """What a validator returns when the answer is right but is stored in another form
    ("Pacific" → "America/Los_Angeles")."""

    value: Any


def _typed(question: Question, text: str, place: Jurisdiction | str | None) -> Any:
    """Typed text read as its question's type."""
    kind = question.type
    if kind == "yes_no":
        return parse_yes_no(text)
    if kind in ("multi_choice", "flags"):
        return choice_values(question, text)
    if kind == "text_list":
        return [t.strip() for t in re.split(r"[;；\n]", text) if t.strip()]
    if kind == "date":
        return parse_date(text, place).isoformat()
    if kind == "datetime":
        return format_datetime(parse_datetime(text, place))
    if kind == "phone":
        return parse_phone(text, phone_region(place))
    if kind == "money":
        return parse_money(text, place)
    if kind == "national_id":
        return unicodedata.normalize("NFKC", text).replace(" ", "").upper()
    return text


def _value(question: Question, raw: Any, place: Jurisdiction | str | None) -> Any:
    """``raw`` read as its question's type: a value an answers file gives as such (true, a
    list) as it is, anything else as typed text."""
    kind = question.type
    if kind == "choice":
        return choice_value(question, raw)
    if kind == "yes_no" and isinstance(raw, bool):
        return raw
    if kind in ("multi_choice", "flags") and isinstance(raw, list):
        return [choice_value(question, str(r)) for r in raw]
    if kind == "text_list" and isinstance(raw, list):
        return [str(r) for r in raw if str(r).strip()]
    return _typed(question, str(raw).strip(), place)


def _validated(value: Any, name: str, validators: Mapping[str, Validator]) -> Any:
    """``value`` as the validator called ``name`` stores it; AnswerError with its reason if it
    refuses it."""
    check = validators.get(name)
    if check is None:
        raise AnswerError(f"unknown validator {name!r}")
    reason = check(value if isinstance(value, str) else str(value))
    if isinstance(reason, Normalised):
        return reason.value
    if reason:
        raise AnswerError(reason)
    return value


def parse(question: Question, raw: Any, validators: Mapping[str, Validator],
          place: Jurisdiction | str | None = None) -> Any:
    """The value to store for ``raw`` (typed text, or a value from an answers file).
    ``place`` is the case's jurisdiction: it picks the currency, the phone numbering plan and
    a local era for dates."""
    value = _value(question, raw, place)
    if question.validator and value is not None:
        value = _validated(value, question.validator, validators)
    return value


def translated(check: Callable[[str], str | None],
               texts: Mapping[str, Mapping[str, str]]) -> Validator:
    """A check whose English reasons (kept for case validation and logs) the interview shows
    in the user's language: ``texts`` maps each reason to {language: text}."""

    def run(value: str) -> str | Mapping[str, str] | None:
        reason = check(value)
        return texts.get(reason, reason) if isinstance(reason, str) else reason

    return run


def _nonempty(value: str) -> str | None:
    return None if value.strip() else "This answer cannot be empty."


CORE_VALIDATORS: dict[str, Validator] = {"nonempty": _nonempty}
