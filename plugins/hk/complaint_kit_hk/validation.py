"""Checks only Hong Kong cases need: the HKID check digit and the types of the Hong Kong facts."""

from __future__ import annotations

import re
from datetime import date

from complaint_kit.api import Case, Problem, id_number_problems

from .rules.matching import parse_hours

_HKID = re.compile(r"([A-Z]{1,2})(\d{6})\(?([0-9A])\)?")

BOOL_FACTS = ("dca_advance_notice_received", "data_transfer_notice_given",
              "money_lender_licensed", "money_claim", "doxxing_harm", "disclosure_consented",
              "anonymous_calls", "collector_false_name")
DATE_FACTS = ("adjudged_bankrupt_on", "complained_to_bank_date", "first_known_on")
LENDER_KINDS = ("bank", "money_lender", "other")
NOTICE_ITEMS = ("overdue_amount", "default_length", "recovery_costs", "lender_contact",
                "illegal_tactics")


def hkid_problem(number: str) -> str | None:
    """Why a Hong Kong identity card number is invalid (letters, 6 digits, check digit), or None."""
    value = number.strip().upper().replace(" ", "")
    m = _HKID.fullmatch(value)
    if not m:
        return "an HKID number is one or two letters, six digits and a check digit, e.g. A123456(3)"
    letters, digits, check = m.groups()
    chars = letters.rjust(2)  # a single letter counts as a leading space (value 36)
    values = [36 if ch == " " else ord(ch) - 55 for ch in chars] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    expected = {10: "A", 11: "0"}.get(11 - total % 11, str(11 - total % 11))
    if check != expected:
        return "the check digit does not match: check the number for a typing error"
    return None


def hours_problem(value: str) -> str | None:
    if parse_hours(value) is None:
        return "give the hours as HH:MM-HH:MM, e.g. 22:00-08:00"
    return None


def _is_date(value) -> bool:
    if isinstance(value, date):
        return True
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def validate(case: Case) -> list[Problem]:
    problems = id_number_problems(case, hkid_problem)
    if case.language not in (None, "zh-Hant", "en"):
        problems.append(Problem("language", f"Hong Kong documents are drafted in zh-Hant or en, "
                                f"not {case.language!r}"))
    return problems + _typed_problems(case.facts) + _choice_problems(case.facts)


def _typed_problems(facts: dict) -> list[Problem]:
    """The facts that hold a yes/no or a date."""
    problems = []
    for key in BOOL_FACTS:
        if key in facts and facts[key] is not None and not isinstance(facts[key], bool):
            problems.append(Problem(f"facts.{key}", "should be true or false"))
    for key in DATE_FACTS:
        if facts.get(key) is not None and not _is_date(facts[key]):
            problems.append(Problem(f"facts.{key}", "should be a date (YYYY-MM-DD)"))
    return problems


def _choice_problems(facts: dict) -> list[Problem]:
    """The lender's kind, the items missing from the notice, and the unreasonable hours."""
    problems = []
    if facts.get("lender_kind") is not None and facts["lender_kind"] not in LENDER_KINDS:
        problems.append(Problem("facts.lender_kind", f"should be one of {', '.join(LENDER_KINDS)}"))
    missing = facts.get("dca_notice_missing")
    if missing is not None:
        unknown = [m for m in (missing if isinstance(missing, list) else [missing])
                   if m not in NOTICE_ITEMS]
        if not isinstance(missing, list) or unknown:
            problems.append(Problem("facts.dca_notice_missing",
                                    f"should be a list of: {', '.join(NOTICE_ITEMS)}"))
    if facts.get("unreasonable_hours") is not None:
        reason = hours_problem(str(facts["unreasonable_hours"]))
        if reason:
            problems.append(Problem("facts.unreasonable_hours", reason))
    return problems
