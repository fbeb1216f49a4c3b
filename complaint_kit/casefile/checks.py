"""Checking plain case data into a Case: the model's own checks, ids that point at nothing, and
dates that are possible but unlikely; each problem located by field path and file line."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from complaint_kit.casefile.problems import CaseFileError, Problem, format_path
from complaint_kit.model.case import PERSONAL_FIELDS, Case

if TYPE_CHECKING:
    from complaint_kit.plugins.registry import Registry

# Lists and mappings inside one another: the case file reader stops there too (see
# ``casefile.load``), and data from any other reader (a JSONL line) is checked here.
MAX_DEPTH = 64


def validate(data: Any, source: str = "<case>", lines: dict[tuple, int] | None = None,
             registry: Registry | None = None, warnings: list[Problem] | None = None) -> Case:
    """Turn plain data into a checked Case, or raise CaseFileError listing every problem.
    Data from any reader (a case file, a JSONL line, a spreadsheet row) gets the same checks;
    dates that are possible but unlikely (``implausible_dates``) go to ``warnings``, if given.
    """
    lines = lines or {}
    if not isinstance(data, dict):
        raise CaseFileError(source, [Problem("", "a case must be a mapping of fields")])
    deep = _too_deep(data)
    if deep is not None:
        raise CaseFileError(source, [Problem(format_path(deep), f"lists and mappings are "
                                             f"nested more than {MAX_DEPTH} deep",
                                             _line_for_loc(deep, lines))])
    if registry is not None and isinstance(data.get("jurisdiction"), str):
        data = registry.apply_defaults(data)
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            problems.append(Problem(format_path(loc), _message(err), _line_for_loc(loc, lines)))
        raise CaseFileError(source, problems) from None
    problems = check_references(case)
    if registry is not None:
        problems += registry.validate_case(case)
    if problems:
        raise CaseFileError(source, [
            Problem(p.path, p.message, p.line or _line_for(p.path, lines)) for p in problems
        ])
    if warnings is not None:
        warnings += [Problem(p.path, p.message, _line_for(p.path, lines))
                     for p in implausible_dates(case)]
    return case


def _too_deep(data: Any) -> tuple | None:
    """The path of a value nested more than MAX_DEPTH lists and mappings deep, if any."""
    stack = [(data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict | list):
            if len(path) >= MAX_DEPTH:
                return path
            items = value.items() if isinstance(value, dict) else enumerate(value)
            stack.extend((item, (*path, key)) for key, item in items)
    return None


def _line_for_loc(loc: tuple, lines: dict[tuple, int]) -> int | None:
    return next((lines[loc[:i]] for i in range(len(loc), -1, -1) if loc[:i] in lines), None)


# Seven digits or more (a phone, ID or account number), maybe in groups: never repeated.
_NUMBER = re.compile(r"\d(?: ?\d){6,}")


def shown(value: Any, loc: tuple = ()) -> str | None:
    """A value as an error message may quote it, or None when it must not be quoted: it is in
    a personal field (``model.case.PERSONAL_FIELDS``) or holds a number like a phone or ID
    number."""
    if any(part in PERSONAL_FIELDS for part in loc if isinstance(part, str)):
        return None
    text = repr(value)
    if _NUMBER.search(text):
        return None
    return text[:60] + "…" if len(text) > 60 else text


def _message(err: dict) -> str:
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        return "unknown field (check the spelling; see `complaint-kit schema`)"
    if err["type"] == "missing":
        return "required field is missing"
    if "input" in err and err["type"] not in ("model_type", "dict_type", "value_error"):
        quoted = shown(err["input"], tuple(err["loc"]))
        msg += f" (got {quoted})" if quoted else " (the value is not repeated here)"
    return msg.removeprefix("Value error, ")


def _line_for(path: str, lines: dict[tuple, int]) -> int | None:
    parts: list[Any] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        parts.append(int(index) if index else name)
    key = tuple(parts)
    while key and key not in lines:
        key = key[:-1]
    return lines.get(key)


def check_references(case: Case) -> list[Problem]:
    """Ids that point at nothing: respondents, evidence, the lender."""
    problems = []
    respondents = {r.id for r in case.respondents}
    evidence = {e.id for e in case.evidence}
    seen: set[str] = set()
    for i, r in enumerate(case.respondents):
        if r.id in seen:
            problems.append(Problem(f"respondents[{i}].id", f"duplicate respondent id {_id(r.id)}"))
        seen.add(r.id)
        if r.acting_for and r.acting_for not in respondents:
            problems.append(Problem(f"respondents[{i}].acting_for",
                                    f"no respondent has the id {_id(r.acting_for)}"))
    for field in ("lender", "funder"):
        key = getattr(case.debt, field) if case.debt else None
        if key and key not in respondents:
            problems.append(Problem(f"debt.{field}", f"no respondent has the id {_id(key)}"))
    for i, inc in enumerate(case.incidents):
        if inc.respondent and inc.respondent not in respondents:
            problems.append(Problem(f"incidents[{i}].respondent",
                                    f"no respondent has the id {_id(inc.respondent)}"))
        for ref in inc.evidence:
            if ref not in evidence:
                problems.append(Problem(f"incidents[{i}].evidence",
                                        f"no evidence item has the id {_id(ref)}"))
        if inc.time.tzinfo is None:
            problems.append(Problem(f"incidents[{i}].time",
                                    "time has no UTC offset and the case has no timezone"))
    return problems


def _id(value: str) -> str:
    return shown(value) or "given (not repeated here: it looks like a phone or ID number)"


FAR_AHEAD_YEARS = 50  # a due date or a signing date further ahead than this is a typo


def implausible_dates(case: Case, now: datetime | None = None) -> list[Problem]:
    """Dates that are possible but hardly right: an incident, an earlier complaint or the
    loan's start in the future; a due date or signing date decades ahead. Warnings, not
    errors: the user checks them."""
    now = now or datetime.now(UTC)
    soon = now + timedelta(days=1)  # time zones ahead of this machine's
    problems = []

    def future(path: str, value: date | datetime) -> None:
        moment = value if isinstance(value, datetime) else datetime.combine(
            value, datetime.min.time(), UTC)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=case.zone)
        if moment > soon:
            problems.append(Problem(path, f"{value:%Y-%m-%d} is in the future: check the date"))

    for i, incident in enumerate(case.incidents):
        future(f"incidents[{i}].time", incident.time)
    for i, prior in enumerate(case.prior_complaints):
        future(f"prior_complaints[{i}].date", prior.date)
    if case.debt and case.debt.start_date:
        future("debt.start_date", case.debt.start_date)
    far = now.year + FAR_AHEAD_YEARS
    for path, value in (("debt.due_date", case.debt.due_date if case.debt else None),
                        ("signed_on", case.signed_on)):
        if value is not None and value.year > far:
            problems.append(Problem(path, f"{value:%Y-%m-%d} is more than {FAR_AHEAD_YEARS} "
                                          "years ahead: check the year"))
    return problems
