"""Turning typed answers into case data: per-type parsing and the named validators.

Answers are read as people type them: an amount with the words for ten thousand or a
thousand, a currency's sign or name around it; a date in a local era; a national number checked
against the place's numbering plan; a choice by its label in any language. What cannot be read
whole is refused, never guessed. What depends on the place (its currency, phone region, local
era) comes from the case's ``Jurisdiction``, and the words of a language (numerals, units) from
the gettext catalogs (``answer.*`` entries); nothing here names a place or a language's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING, Any

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


class AnswerError(ValueError):
    """An answer that cannot be used. ``message`` says why: an English message id (translated
    through the catalogs) or a mapping of language to text (plugins carry their own);
    ``params`` fill its ``{placeholders}`` and may be such mappings too."""

    def __init__(self, message: str | Mapping[str, str], **params: Any):
        self.message = message
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The message in the user's language."""
        from complaint_kit.i18n import localise

        text = localise(self.message, lang)
        if not self.params:
            return text
        return text.format(**{k: localise(v, lang) if isinstance(v, Mapping) else v
                              for k, v in self.params.items()})


def resolve_place(place: Jurisdiction | str | None) -> Jurisdiction | None:
    """The Jurisdiction of a code (None when it is not known)."""
    if place is None or not isinstance(place, str):
        return place
    from complaint_kit.plugins.registry import get_registry

    return get_registry().jurisdictions.get(place)


def yes_no_words() -> tuple[set[str], set[str]]:
    """Words that mean yes and no, in every language the catalogs hold."""
    from complaint_kit.i18n import LANGUAGES, translator

    yes, no = {"y", "yes", "true", "1"}, {"n", "no", "false", "0"}
    for lang in LANGUAGES:
        _ = translator(lang)
        yes.update(_("answer.yes_words").lower().split() if _("answer.yes_words") !=
                   "answer.yes_words" else ())
        no.update(_("answer.no_words").lower().split() if _("answer.no_words") !=
                  "answer.no_words" else ())
    return yes, no


def unknown_words() -> set[str]:
    """Words that mean "I don't know", in every language the catalogs hold."""
    from complaint_kit.i18n import LANGUAGES, translator

    words = {"unknown"}
    for lang in LANGUAGES:
        found = translator(lang)("answer.unknown_words")
        if found != "answer.unknown_words":
            words.update(found.casefold().split())
    return words


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


def phone_region(place: Jurisdiction | str | None) -> str | None:
    """The ISO region whose numbering plan a place's phone numbers follow ("CN")."""
    return getattr(resolve_place(place), "phone_region", None)


def parse_phone(text: str, region: str | None = None, *, service: bool = False) -> str:
    """The number with its separators removed. With ``region``, a number must be a complete,
    valid one there (or a valid international one, ``+…``), checked with phonenumbers;
    ``service`` also lets through the short and service numbers collectors send from (106…,
    95588), which no numbering plan lists."""
    value = re.sub(r"[\s\-().]", "", unicodedata.normalize("NFKC", text))
    if not re.fullmatch(r"\+?\d{3,20}", value):
        raise AnswerError("Enter a phone number using digits only (3 to 20), e.g. 13800000000.")
    if region is None or service:
        return value
    import phonenumbers

    try:
        valid = phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        valid = False
    if not valid:
        example = phonenumbers.example_number_for_type(region,
                                                       phonenumbers.PhoneNumberType.MOBILE)
        shown = example and phonenumbers.format_number(example,
                                                       phonenumbers.PhoneNumberFormat.NATIONAL)
        raise AnswerError("That is not a complete phone number here; check the digits "
                          "(e.g. {example}).", example=shown or "")
    return value


# Amounts. A mark around the number (sign, code or word) names the currency: each place's
# marks come from its Jurisdiction.currency, the words for numbers from the catalogs.
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _catalog_table(key: str) -> dict[str, int]:
    """A catalog entry "word=value word=value ..." of every language, as one table."""
    from complaint_kit.i18n import LANGUAGES, translator

    table: dict[str, int] = {}
    for lang in LANGUAGES:
        found = translator(lang)(key)
        if found != key:
            for item in found.split():
                word, _, value = item.partition("=")
                table[unicodedata.normalize("NFKC", word).upper()] = int(value)
    return table


@cache
def _words() -> tuple[dict[str, int], dict[str, int]]:
    """(units written after a number: "k" = 1000...; numerals written alone: digits, tens...)."""
    return _catalog_table("answer.amount_units"), _catalog_table("answer.numerals")


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


def parse_money(text: str, place: Jurisdiction | str | None = None) -> str:
    """An amount as typed, with unit words, numerals and currency marks (see the catalogs and
    the places' currencies), as a plain number ("50000"). The currency a mark names must be the
    place's; a wrong one is refused."""
    bad = AnswerError("Enter an amount as a number, e.g. 8000 or 8000.50.")
    clean = unicodedata.normalize("NFKC", str(text)).strip().upper()
    clean = re.sub(r"(?<=\d) (?=\d{3}\b)", ",", clean)  # 50 000
    body, marks = _strip_marks(clean)
    body = body.replace(" ", "")
    if not body:
        raise bad
    units, numerals = _words()
    if (whole := _numeral_amount(body, numerals)) is not None:
        body = str(whole)
    terms = []
    at = 0
    term = re.compile(r"(" + _NUMBER + r")(" + "|".join(
        re.escape(u) for u in sorted(units, key=len, reverse=True)) + r")?")
    for m in term.finditer(body):
        if m.start() != at:
            raise bad
        terms.append((Decimal(m.group(1).replace(",", "")), units.get(m.group(2) or "", 1)))
        at = m.end()
    if at != len(body) or not terms:
        raise bad
    scales = [unit for _n, unit in terms]
    # 5 x 10000 + 3 x 1000 adds up; a bare number after a unit (ten thousand 2) or units out
    # of order are not read.
    if len(terms) > 1 and (1 in scales or scales != sorted(set(scales), reverse=True)):
        raise bad
    try:
        amount = sum((n * u for n, u in terms), Decimal(0))
    except InvalidOperation:
        raise bad from None
    if not amount.is_finite():
        raise bad
    currency = getattr(resolve_place(place), "currency", None)
    if currency is not None and any(currency.code not in m for m in marks):
        raise AnswerError("This amount seems to be in another currency; give it in {currency}.",
                          currency=currency.names)
    if scales == [1]:
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


@cache
def _same_characters() -> dict[int, str]:
    """Characters written either way in labels (the catalogs' ``answer.same_characters``:
    "variant=usual ...")."""
    from complaint_kit.i18n import LANGUAGES, translator

    table: dict[int, str] = {}
    for lang in LANGUAGES:
        found = translator(lang)("answer.same_characters")
        if found != "answer.same_characters":
            for pair in found.split():
                variant, _, usual = pair.partition("=")
                if len(variant) == 1 and usual:
                    table[ord(variant)] = usual
    return table


def _key(text: str) -> str:
    """A label compared as typed: width, case, spaces and variant characters do not matter."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_same_characters())
    return re.sub(r"\s+", "", text)


def _by_label(question: Question, text: str) -> list[Any]:
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


def _choice(question: Question, raw: Any) -> Any:
    """The value of a choice: its number, its label as shown in any language, or the value
    itself (an answers file may give true/false/null for a choice whose values are those)."""
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
    matches = _by_label(question, text) if text else []
    if len(matches) == 1:
        return matches[0]
    if None in values and text.casefold() in unknown_words():
        return None
    if any(isinstance(v, bool) for v in values):
        yes, no = yes_no_words()
        if text.lower() in yes and True in values:
            return True
        if text.lower() in no and False in values:
            return False
    raise AnswerError("Choose one of the numbers shown.")


def parse(question: Question, raw: Any, validators: Mapping[str, Validator],
          place: Jurisdiction | str | None = None) -> Any:
    """The value to store for ``raw`` (typed text, or a value from an answers file).
    ``place`` is the case's jurisdiction: it picks the currency, the phone numbering plan and
    a local era for dates."""
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
            whole = _by_label(question, text) if text else []  # one label with spaces in it
            value = whole if len(whole) == 1 else [
                _choice(question, t) for t in re.split(r"[\s,，、;；]+", text) if t]
        elif kind == "text_list":
            value = [t.strip() for t in re.split(r"[;；\n]", text) if t.strip()]
        elif kind == "date":
            value = parse_date(text, place).isoformat()
        elif kind == "datetime":
            value = format_datetime(parse_datetime(text, place))
        elif kind == "phone":
            value = parse_phone(text, phone_region(place))
        elif kind == "money":
            value = parse_money(text, place)
        elif kind == "national_id":
            value = unicodedata.normalize("NFKC", text).replace(" ", "").upper()
        else:
            value = text
    if question.validator and value is not None:
        check = validators.get(question.validator)
        if check is None:
            raise AnswerError(f"unknown validator {question.validator!r}")
        reason = check(value if isinstance(value, str) else str(value))
        if isinstance(reason, Normalised):
            value = reason.value
        elif reason:
            raise AnswerError(reason)
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
