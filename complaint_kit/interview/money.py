"""Amounts as typed (unit words, numerals, a currency's sign or name around the number), and
an amount as the place writes it in the user's language."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.place import resolve_place
from complaint_kit.interview.question import Question
from complaint_kit.interview.words import amount_words

if TYPE_CHECKING:
    from complaint_kit.model.jurisdiction import Jurisdiction

# A mark around the number (sign, code or word) names the currency: each place's marks come
# from its Jurisdiction.currency, the words for numbers from the catalogs.
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _numeral_amount(text: str, numerals: Mapping[str, int]) -> int | None:
    """An amount in numerals (digits and units written as words, as Chinese writes them); None
    if it is not one, or if a digit stands where a unit must (two digits in a row)."""
    if not text or any(ch not in numerals for ch in text):
        return None
    total = section = 0
    digit: int | None = None
    for ch in text:
        value = numerals[ch]
        if value < 10:
            if digit not in (None, 0) and value != 0:
                return None
            digit = value
        elif value < 10**4:  # ten, hundred, thousand: times the digit before (or one)
            section += (1 if digit is None else digit) * value
            digit = None
        else:  # a group unit (ten thousand) scales its group; a larger one all before it
            group = section + (digit or 0)
            total = (total + group) * value if value > 10**4 else total + group * value
            section, digit = 0, None
    return total + section + (digit or 0)


def _all_marks() -> dict[str, set[str]]:
    """Every mark any loaded place writes around an amount → the currencies it may name."""
    from complaint_kit.plugins.registry import get_registry

    marks: dict[str, set[str]] = {}
    for j in get_registry().jurisdictions.values():
        if j.currency is not None:
            for mark in (*j.currency.marks, j.currency.code):
                key = unicodedata.normalize("NFKC", mark).upper()
                marks.setdefault(key, set()).add(j.currency.code)
    return marks


def _strip_marks(text: str) -> tuple[str, list[set[str]]]:
    marks = _all_marks()
    order = sorted(marks, key=len, reverse=True)
    found: list[set[str]] = []
    changed = True
    while changed and text:
        changed = False
        for mark in order:
            if text.startswith(mark):
                text, changed = text[len(mark):].strip(), True
            elif text.endswith(mark):
                text, changed = text[:-len(mark)].strip(), True
            else:
                continue
            found.append(marks[mark])
            break
    return text, found


def _terms(body: str) -> list[tuple[Decimal, int]]:
    """The amount's terms, each a number and its unit's value (5 ten-thousands and 3
    thousands); none when ``body`` is not made of them alone. A bare number after a unit (ten
    thousand 2) or units out of order are not read."""
    units, numerals = amount_words()
    if (whole := _numeral_amount(body, numerals)) is not None:
        body = str(whole)
    term = re.compile(r"(" + _NUMBER + r")(" + "|".join(
        re.escape(u) for u in sorted(units, key=len, reverse=True)) + r")?")
    terms: list[tuple[Decimal, int]] = []
    at = 0
    for m in term.finditer(body):
        if m.start() != at:
            return []
        terms.append((Decimal(m.group(1).replace(",", "")), units.get(m.group(2) or "", 1)))
        at = m.end()
    scales = [unit for _n, unit in terms]
    if at != len(body) or (len(terms) > 1 and (1 in scales
                                               or scales != sorted(set(scales), reverse=True))):
        return []
    return terms


def _total(terms: list[tuple[Decimal, int]]) -> Decimal | None:
    """The terms added up (5 x 10000 + 3 x 1000); None when that is no finite number."""
    try:
        amount = sum((n * u for n, u in terms), Decimal(0))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def _check_currency(marks: list[set[str]], place: Jurisdiction | str | None) -> None:
    """Every mark typed must be able to name the place's currency."""
    currency = getattr(resolve_place(place), "currency", None)
    if currency is not None and any(currency.code not in m for m in marks):
        raise AnswerError("This amount seems to be in another currency; give it in {currency}.",
                          currency=currency.names)


def parse_money(text: str, place: Jurisdiction | str | None = None) -> str:
    """An amount as typed, with unit words, numerals and currency marks (see the catalogs and
    the places' currencies), as a plain number ("50000"). The currency a mark names must be the
    place's; a wrong one is refused."""
    clean = unicodedata.normalize("NFKC", str(text)).strip().upper()
    clean = re.sub(r"(?<=\d) (?=\d{3}\b)", ",", clean)  # 50 000
    body, marks = _strip_marks(clean)
    terms = _terms(body.replace(" ", ""))
    amount = _total(terms) if terms else None
    if amount is None:
        raise AnswerError("Enter an amount as a number, e.g. 8000 or 8000.50.")
    _check_currency(marks, place)
    if [unit for _n, unit in terms] == [1]:
        return str(terms[0][0])  # as typed: 8000.50 stays 8000.50
    return str(amount.quantize(Decimal(1)) if amount == amount.to_integral_value()
               else amount.normalize())


def money_text(value: Any, jurisdiction: Jurisdiction | str | None, lang: str) -> str:
    """An amount with its currency as the place writes it in the user's language (its
    ``Currency.formats``); the bare number where the place has no currency."""
    from complaint_kit.draft.formats import formats, locale_id

    if value in (None, ""):
        return ""
    amount = Decimal(str(value))
    places = 0 if amount == amount.to_integral_value() else 2
    place = resolve_place(jurisdiction)
    number = formats(locale_id(lang)).money(amount, places)
    currency = getattr(place, "currency", None)
    if currency is None:
        return number
    pattern = currency.formats.get(lang) or "{amount} " + (currency.names.get(lang)
                                                            or currency.code)
    return pattern.format(amount=number)


def confirmation(question: Question, value: Any, lang: str,
                 data: Mapping[str, Any] | None = None) -> str | None:
    """What to ask the user to confirm after an answer was read, in their language, or None:
    an amount is echoed with its currency ("Recorded as $50,000 — is that right?")."""
    if question.type != "money" or value in (None, ""):
        return None
    from complaint_kit.i18n import translator

    money = money_text(value, (data or {}).get("jurisdiction"), lang)
    return translator(lang)("Recorded as {money} — is that right?").format(money=money)
