"""Turning typed answers into case data: per-type parsing and the named validators.

Answers are read as people type them: ``5万`` and ``NT$80,000`` are amounts, ``民國115年3月1日`` a
Taiwan date, a national number is checked against the place's numbering plan, and a choice can
be given by its label in any language. What cannot be read whole is refused, never guessed.
What depends on the place (currency, phone region, local era) comes from the case's
``Jurisdiction``; nothing here names one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from .question import Question

if TYPE_CHECKING:
    from .jurisdiction import Jurisdiction

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
        from .i18n import localise

        text = localise(self.message, lang)
        if not self.params:
            return text
        return text.format(**{k: localise(v, lang) if isinstance(v, Mapping) else v
                              for k, v in self.params.items()})


def resolve_place(place: Jurisdiction | str | None) -> Jurisdiction | None:
    """The Jurisdiction of a code (None when it is not known)."""
    if place is None or not isinstance(place, str):
        return place
    from .registry import get_registry

    return get_registry().jurisdictions.get(place)


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


def unknown_words() -> set[str]:
    """Words that mean "I don't know", in every language the catalogs hold."""
    from .i18n import LANGUAGES, translator

    words = {"unknown"}
    for lang in LANGUAGES:
        found = translator(lang)("answer.unknown_words")
        if found != "answer.unknown_words":
            words.update(found.casefold().split())
    return words


# Any one non-digit between the parts, so that local ways of writing dates are read too.
DATE = r"(\d{4})\s*[^\d\s:]\s*(\d{1,2})\s*[^\d\s:]\s*(\d{1,2})[^\d\s:]?"
DATETIME = DATE + r"(?:\s*|T)(\d{1,2})[:\uff1a](\d{2})(?:[:\uff1a](\d{2}))?"
# A year in a local era (民國115年, 115/03/01): one to three digits, after the era's name if any.
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


# Amounts. A marker (sign, code or word) around the number says which currencies it may be in;
# "$" and "元" are each written for several.
_DOLLAR = frozenset({"USD", "TWD", "HKD"})
_MARKERS: dict[str, frozenset[str]] = {
    **{k: frozenset({"TWD"}) for k in ("NT$", "NTD", "TWD", "新臺幣", "新台幣", "新台币",
                                       "臺幣", "台幣", "台币")},
    **{k: frozenset({"HKD"}) for k in ("HK$", "HKD", "港幣", "港币", "港元", "蚊")},
    **{k: frozenset({"USD"}) for k in ("US$", "USD", "美元", "美金")},
    **{k: frozenset({"CNY"}) for k in ("RMB", "CNY", "人民币", "人民幣", "¥", "块钱", "块")},
    **{k: frozenset({"GBP"}) for k in ("£", "GBP", "英镑", "英鎊", "POUNDS", "POUND")},
    **{k: _DOLLAR for k in ("$", "DOLLARS", "DOLLAR")},
    **{k: frozenset({"TWD", "HKD"}) for k in ("塊錢", "塊", "圓")},
    "元": frozenset({"CNY", "TWD", "HKD"}), "圆": frozenset({"CNY"}),
    "YUAN": frozenset({"CNY"}),
}
_MARKER_ORDER = sorted(_MARKERS, key=len, reverse=True)
_UNITS = {"亿": 10**8, "億": 10**8, "万": 10**4, "萬": 10**4, "千": 1000, "仟": 1000,
          "百": 100, "佰": 100, "K": 1000}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_TERM = re.compile(r"(" + _NUMBER + r")([亿億万萬千仟百佰K]?)")
# The currency's name as the Chinese interview writes it, "人民币 50,000 元".
_CURRENCY_ZH = {"CNY": ("人民币", "人民幣"), "TWD": ("新台币", "新臺幣"), "HKD": ("港币", "港幣"),
                "USD": ("美元", "美元"), "GBP": ("英镑", "英鎊")}


_CJK_DIGITS = {ch: n for n, chars in enumerate(("零〇", "一壹", "二两兩贰貳", "三叁參", "四肆",
                                                 "五伍", "六陆陸", "七柒", "八捌", "九玖"))
               for ch in chars}
_CJK_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CJK_LARGE = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}


def _cjk_number(text: str) -> int | None:
    """An amount in Chinese numerals (五万, 两千五百, 十二万) as an integer; None if it is not
    one, or if a digit stands where the next must be a unit (五五万)."""
    if not text or any(ch not in _CJK_DIGITS and ch not in _CJK_SMALL and ch not in _CJK_LARGE
                       for ch in text):
        return None
    total = section = 0
    digit: int | None = None
    for ch in text:
        if ch in _CJK_DIGITS:
            if digit not in (None, 0) and _CJK_DIGITS[ch] != 0:
                return None
            digit = _CJK_DIGITS[ch]
        elif ch in _CJK_SMALL:
            section += (1 if digit is None else digit) * _CJK_SMALL[ch]
            digit = None
        else:  # 万 scales its own group; 亿 everything before it (一亿两千万)
            group = section + (digit or 0)
            unit = _CJK_LARGE[ch]
            total = (total + group) * unit if unit > 10**4 else total + group * unit
            section, digit = 0, None
    return total + section + (digit or 0)


def _strip_markers(text: str) -> tuple[str, list[frozenset[str]]]:
    found: list[frozenset[str]] = []
    changed = True
    while changed and text:
        changed = False
        for marker in _MARKER_ORDER:
            if text.startswith(marker):
                text, changed = text[len(marker):].strip(), True
            elif text.endswith(marker):
                text, changed = text[:-len(marker)].strip(), True
            else:
                continue
            found.append(_MARKERS[marker])
            break
    return text, found


def parse_money(text: str, place: Jurisdiction | str | None = None) -> str:
    """An amount as typed ("5万", "1.5万", "¥50,000", "NT$80,000", "50000元") as a plain number
    ("50000"). The currency a marker names must be the place's; a wrong one is refused."""
    bad = AnswerError("Enter an amount as a number, e.g. 8000 or 8000.50.")
    clean = unicodedata.normalize("NFKC", str(text)).strip().upper()
    clean = re.sub(r"(?<=\d) (?=\d{3}\b)", ",", clean)  # 50 000
    body, markers = _strip_markers(clean)
    body = body.replace(" ", "")
    if not body:
        raise bad
    if (cjk := _cjk_number(body)) is not None:
        body = str(cjk)
    terms = []
    at = 0
    for m in _TERM.finditer(body):
        if m.start() != at:
            raise bad
        terms.append((Decimal(m.group(1).replace(",", "")), _UNITS.get(m.group(2), 1)))
        at = m.end()
    if at != len(body) or not terms:
        raise bad
    units = [unit for _n, unit in terms]
    # 5万3千 adds up; a bare number after a unit (1万2) or units out of order are not read.
    if len(terms) > 1 and (1 in units or units != sorted(set(units), reverse=True)):
        raise bad
    try:
        amount = sum((n * u for n, u in terms), Decimal(0))
    except InvalidOperation:
        raise bad from None
    if not amount.is_finite():
        raise bad
    currency = getattr(resolve_place(place), "currency", None)
    if currency and any(currency not in m for m in markers):
        raise AnswerError("This amount seems to be in another currency; give it in {currency}.",
                          currency=_currency_names(currency))
    if units == [1]:
        return str(terms[0][0])  # as typed: 8000.50 stays 8000.50
    return str(amount.quantize(Decimal(1)) if amount == amount.to_integral_value()
               else amount.normalize())


def _currency_names(code: str) -> dict[str, str]:
    from babel.numbers import get_currency_name

    hans, hant = _CURRENCY_ZH.get(code, (code, code))
    return {"zh-Hans": hans, "zh-Hant": hant, "en": get_currency_name(code, locale="en")}


def money_text(value: Any, jurisdiction: Jurisdiction | str | None, lang: str) -> str:
    """An amount with its currency in the user's language: "人民币 50,000 元", "新臺幣 80,000
    元", "$50,000"; the bare number where the place has no currency."""
    from .formats import formats

    if value in (None, ""):
        return ""
    amount = Decimal(str(value))
    places = 0 if amount == amount.to_integral_value() else 2
    place = resolve_place(jurisdiction)
    currency = getattr(place, "currency", None)
    region = getattr(place, "phone_region", None)
    if lang.startswith("zh"):
        number = formats(f"zh_{lang[3:]}").money(amount, places)
        if currency is None:
            return number
        name = _currency_names(currency)[lang]
        return f"{name} {number} 元" if currency in ("CNY", "TWD", "HKD") else f"{number} {name}"
    if currency is None:
        return formats("en").money(amount, places)
    from babel.numbers import format_currency

    from .formats import locale_id

    pattern = "¤#,##0.00" if places else "¤#,##0"
    return format_currency(amount, currency, format=pattern, locale=locale_id("en", region),
                           currency_digits=False)


def confirmation(question: Question, value: Any, lang: str,
                 data: Mapping[str, Any] | None = None) -> str | None:
    """What to ask the user to confirm after an answer was read, in their language, or None:
    an amount is echoed with its currency ("已记为 人民币 50,000 元，对吗？")."""
    if question.type != "money" or value in (None, ""):
        return None
    from .i18n import translator

    money = money_text(value, (data or {}).get("jurisdiction"), lang)
    return translator(lang)("Recorded as {money} — is that right?").format(money=money)


def _key(text: str) -> str:
    """A label compared as typed: width, case, spaces and 臺/台 do not matter."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("臺", "台")
    return re.sub(r"\s+", "", text)


def _by_label(question: Question, text: str) -> list[Any]:
    """The choice values whose label, in any language, is ``text`` (without the code in
    brackets some labels end with: "中国大陆 (cn)")."""
    from .i18n import LANGUAGES, localise

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
