"""Choices as typed: by number, by label in any language, by value, or as yes or no."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.question import Question
from complaint_kit.interview.words import same_characters, unknown_words, yes_no_words


def parse_yes_no(text: str) -> bool:
    """A yes or a no, in any language the catalogs hold."""
    yes, no = yes_no_words()
    if text.lower() not in yes | no:
        raise AnswerError("Answer y (yes) or n (no).")
    return text.lower() in yes


def _key(text: str) -> str:
    """A label compared as typed: width, case, spaces and variant characters do not matter."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(same_characters())
    return re.sub(r"\s+", "", text)


def values_labelled(question: Question, text: str) -> list[Any]:
    """The choice values whose label, in any language, is ``text`` (without the code in
    brackets some labels end with: "<name> (cn)")."""
    from complaint_kit.i18n import LANGUAGES, localise

    typed = _key(text)
    found: list[Any] = []
    for value, label in question.choices:
        for lang in LANGUAGES:
            shown = localise(label, lang)
            short = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", shown)
            if typed in (_key(shown), _key(short)) and value not in found:
                found.append(value)
    return found


def _given_as_value(raw: Any, values: list[Any]) -> bool:
    """Whether ``raw`` is one of the values itself, of the same type (true is not 1)."""
    return any(raw is v or (raw == v and type(raw) is type(v)) for v in values)


def _yes_or_no(text: str, values: list[Any]) -> bool | None:
    """True or False for a yes or a no typed for a choice that has that value; else None."""
    if not any(isinstance(v, bool) for v in values):
        return None
    yes, no = yes_no_words()
    if text.lower() in yes and True in values:
        return True
    if text.lower() in no and False in values:
        return False
    return None


def choice_value(question: Question, raw: Any) -> Any:
    """The value of a choice: its number, its label as shown in any language, or the value
    itself (an answers file may give true/false/null for a choice whose values are those)."""
    values = [v for v, _ in question.choices]
    if not isinstance(raw, str):
        if _given_as_value(raw, values):
            return raw
        raw = str(raw)
    text = raw.strip()
    if text.isdigit() and 1 <= int(text) <= len(values):
        return values[int(text) - 1]
    if text in values:
        return text
    matches = values_labelled(question, text) if text else []
    if len(matches) == 1:
        return matches[0]
    if None in values and text.casefold() in unknown_words():
        return None
    said = _yes_or_no(text, values)
    if said is None:
        raise AnswerError("Choose one of the numbers shown.")
    return said


def choice_values(question: Question, text: str) -> list[Any]:
    """Several choices in one answer, apart by spaces, commas or semicolons; or one label that
    has spaces in it."""
    whole = values_labelled(question, text) if text else []
    if len(whole) == 1:
        return whole
    return [choice_value(question, t) for t in re.split(r"[\s,，、;；]+", text) if t]
