"""Checks only Taiwan cases need: the 國民身分證統一編號 / 居留證 number and the Taiwan facts."""

from __future__ import annotations

import re
from datetime import date

from complaint_kit.api import Case, Problem, id_number_problems

# Letter values of the 統一編號 check (A=10 ... Z=33, with I, O, W, X, Y, Z out of order).
_LETTERS = {ch: n for n, ch in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", start=10)}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 1)

COLLECTOR_TYPES = ("original_creditor", "third_party_agency", "debt_buyer", "law_firm",
                   "in_house_FI", "unlicensed_lender")
PRINCIPAL_TYPES = ("bank", "card_issuer", "insurer", "money_lender", "fintech", "other")
DATE_FACTS = ("bank_complaint_date", "bank_reply_date", "asked_to_stop_on",
              "following_warned_on")
BOOL_FACTS = ("pre_outsourcing_notice_received", "agency_on_bank_list", "agency_licensed",
              "sub_outsourced", "third_party_data_used", "debt_sold", "debt_sale_notice_received",
              "refused_agency", "agency_prosecuted", "recordings_refused", "secret_recording",
              "sexual_or_gender_element", "off_hours_consent")


def id_number_problem(number: str) -> str | None:
    """Why a 身分證字號 (A123456789) or new-style 居留證 number (A800000000) is invalid."""
    value = number.strip().upper()
    if not re.fullmatch(r"[A-Z][1289]\d{8}", value):
        return ("a 身分證字號 is one letter, then 1 or 2 (居留證: 8 or 9), then eight digits")
    letter = _LETTERS[value[0]]
    total = letter // 10 + (letter % 10) * 9
    total += sum(int(d) * w for d, w in zip(value[1:9], _WEIGHTS, strict=True))
    total += int(value[9])
    if total % 10:
        return "the check digit does not match: check the number for a typing error"
    return None


def _is_date(value) -> bool:
    if isinstance(value, date):
        return True
    try:
        date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return False
    return True


def validate(case: Case) -> list[Problem]:
    problems = id_number_problems(case, id_number_problem)
    facts = case.facts
    for key, allowed in (("collector_type", COLLECTOR_TYPES),
                         ("principal_type", PRINCIPAL_TYPES)):
        value = facts.get(key)
        if value is not None and value not in allowed:
            problems.append(Problem(f"facts.{key}", f"unknown value {value!r} (use one of: "
                                    f"{', '.join(allowed)})"))
    for key in DATE_FACTS:
        value = facts.get(key)
        if value not in (None, "") and not _is_date(value):
            problems.append(Problem(f"facts.{key}", f"not a date: {value!r} (use YYYY-MM-DD)"))
    for key in BOOL_FACTS:
        value = facts.get(key)
        if value is not None and not isinstance(value, bool):
            problems.append(Problem(f"facts.{key}", f"use true or false (got {value!r})"))
    return problems
