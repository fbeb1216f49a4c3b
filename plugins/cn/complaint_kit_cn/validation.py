"""Checks only mainland-China cases need: the 居民身份证 number and its check digit."""

from __future__ import annotations

import re

from complaint_kit.api import Case, Problem, id_number_problems

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def id_number_problem(number: str) -> str | None:
    """Why an 18-digit 居民身份证号码 is invalid (GB 11643-1999, ISO 7064 MOD 11-2), or None."""
    value = number.strip().upper()
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return "a 居民身份证 number has 17 digits and a check digit (0-9 or X)"
    expected = _CHECK[sum(int(d) * w for d, w in zip(value[:17], _WEIGHTS, strict=True)) % 11]
    if value[17] != expected:
        return "the check digit does not match: check the number for a typing error"
    return None


def validate(case: Case) -> list[Problem]:
    return id_number_problems(case, id_number_problem)
