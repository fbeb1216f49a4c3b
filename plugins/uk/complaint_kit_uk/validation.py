"""Checks only United Kingdom cases need: the facts this plugin reads have the right form."""

from __future__ import annotations

from complaint_kit.api import Case, Problem, as_date

from .facts import (
    BOOL_FACTS,
    BOOL_OR_DATE_FACTS,
    CHOICE_FACTS,
    DATE_FACTS,
    as_bool,
    fact_money,
)


def validate(case: Case) -> list[Problem]:
    problems = []
    facts = case.facts
    for name in DATE_FACTS:
        if facts.get(name) not in (None, "") and as_date(facts[name]) is None:
            problems.append(Problem(f"facts.{name}", "enter a date as YYYY-MM-DD"))
    for name in BOOL_FACTS:
        if facts.get(name) not in (None, "") and as_bool(facts[name]) is None:
            problems.append(Problem(f"facts.{name}", "answer yes or no (true or false)"))
    for name in BOOL_OR_DATE_FACTS:
        value = facts.get(name)
        if value not in (None, "") and as_bool(value) is None and as_date(value) is None:
            problems.append(Problem(f"facts.{name}", "answer yes or no, or give the date as "
                                    "YYYY-MM-DD"))
    for name, allowed in CHOICE_FACTS.items():
        value = facts.get(name)
        if isinstance(value, bool) and name != "debt_type":
            continue
        if value not in (None, "") and str(value).strip().lower() not in allowed:
            problems.append(Problem(f"facts.{name}", f"use one of: {', '.join(allowed)}"))
    if facts.get("collection_charges") not in (None, "") and \
            fact_money(case, "collection_charges") is None:
        problems.append(Problem("facts.collection_charges", "enter an amount, e.g. 60 or 60.00"))
    return problems
