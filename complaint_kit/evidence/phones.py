"""Phone numbers in one form, so that ``+86 138…``, ``86138…`` and ``138…`` are one number."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

_NOT_DIGITS = re.compile(r"[^\d+]")


@lru_cache(maxsize=65536)  # exports repeat a few numbers many times
def normalise(raw: str, region: str | None = None) -> str:
    """E.164 (``+8613800138000``) for a number that parses as valid in ``region`` or with its
    country code; otherwise the digits alone, as for short codes (``10690000``, ``95588``)."""
    text = _NOT_DIGITS.sub("", raw or "")
    digits = text.lstrip("+")
    if not digits:
        return (raw or "").strip()
    candidates = [text] if text.startswith("+") else [digits, "+" + digits]
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return digits


def national_digits(number: str, region: str | None = None) -> str:
    """The digits a person dials at home: ``+8610690000`` and ``10690000`` both give
    ``10690000``. Used to match prefixes such as 106 short codes."""
    normal = normalise(number, region)
    if normal.startswith("+"):
        try:
            parsed = phonenumbers.parse(normal, None)
        except phonenumbers.NumberParseException:
            return normal.lstrip("+")
        return str(parsed.national_number)
    return normal
