"""The flat layout of batch tables: the columns of each sheet, their labels in the catalog
languages, and the conversion of a row's cells (field path -> text) into nested case data.

Columns are field paths of the case (``complainant.name``, ``respondents.0.name``, an incident's
``to.relation``); a header may also be the column's label. ``batch-template`` writes this layout
and ``batch.inputs`` reads it.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from functools import cache
from itertools import pairwise
from typing import Any

CASE_ID = "case_id"
LIST_SEPARATOR = re.compile("[;\uff1b\n]")  # ; or a full-width semicolon, or a new line
MAX_RESPONDENTS = 10


@dataclass(frozen=True)
class Cell:
    """Where a value came from: the file (and sheet), the row number and the column header."""

    source: str
    row: int
    column: str


# ---------------------------------------------------------------------------------------------
# Field paths and their labels


# The columns batch-template writes, per sheet: field paths; ``N`` stands for a respondent index.
CASE_COLUMNS = [
    CASE_ID, "jurisdiction", "language", "timezone",
    "complainant.name", "complainant.id_number", "complainant.phone", "complainant.address",
    "complainant.email",
]
RESPONDENT_FIELDS = ["id", "role", "type", "name", "licence", "address", "acting_for",
                     "employee_id", "phones", "accounts"]
DEBT_COLUMNS = [
    "debt.lender", "debt.product", "debt.contract_number", "debt.currency", "debt.principal",
    "debt.outstanding", "debt.annual_rate_percent", "debt.start_date", "debt.due_date",
    "debt.status", "debt.disputed", "debt.demanded", "debt.purpose", "debt.funder", "debt.note",
    "region", "debtor_reachable",
    "harm.description", "harm.mental_health", "harm.self_harm", "harm.job_loss",
    "requests", "signed_on",
]
INCIDENT_COLUMNS = [
    CASE_ID, "id", "time", "channel", "respondent", "from_number", "to.relation", "to.name",
    "to.number", "to.asked_to_stop", "content", "wording", "audience", "automated",
    "verified_false", "answered", "duration_seconds", "consented", "location", "tags",
    "evidence", "note",
]
EVIDENCE_COLUMNS = [CASE_ID, "id", "file", "description", "kind", "sha256"]

# English labels; they are the msgids of the gettext catalogs (complaint_kit/locale).
LABELS = {
    CASE_ID: "Case ID",
    "jurisdiction": "Jurisdiction",
    "language": "Language",
    "timezone": "Time zone",
    "complainant.name": "Complainant's name",
    "complainant.id_number": "Complainant's ID number",
    "complainant.phone": "Complainant's phone",
    "complainant.address": "Complainant's address",
    "complainant.email": "Complainant's email",
    "respondents.N.id": "Respondent {n}: key",
    "respondents.N.role": "Respondent {n}: role",
    "respondents.N.type": "Respondent {n}: type",
    "respondents.N.name": "Respondent {n}: name",
    "respondents.N.licence": "Respondent {n}: licence or registration number",
    "respondents.N.address": "Respondent {n}: address",
    "respondents.N.acting_for": "Respondent {n}: collects for (key)",
    "respondents.N.employee_id": "Respondent {n}: employee number",
    "respondents.N.phones": "Respondent {n}: phone numbers used",
    "respondents.N.accounts": "Respondent {n}: IM or social accounts used",
    "debt.lender": "Debt: lender (respondent key)",
    "debt.product": "Debt: loan product",
    "debt.contract_number": "Debt: contract number",
    "debt.currency": "Debt: currency",
    "debt.principal": "Debt: amount borrowed",
    "debt.outstanding": "Debt: amount still owed",
    "debt.annual_rate_percent": "Debt: annual rate (%)",
    "debt.start_date": "Debt: start date",
    "debt.due_date": "Debt: due date",
    "debt.status": "Debt: status",
    "debt.disputed": "Debt: amount disputed",
    "debt.demanded": "Debt: amount the collectors demanded",
    "debt.purpose": "Debt: purpose (consumer or business)",
    "debt.funder": "Debt: funder (respondent key)",
    "debt.note": "Debt: note",
    "region": "Province, state or city",
    "debtor_reachable": "Debtor could be reached directly",
    "harm.description": "Harm: description",
    "harm.mental_health": "Harm: mental health",
    "harm.self_harm": "Harm: thoughts of self-harm",
    "harm.job_loss": "Harm: lost job or work",
    "requests": "Extra requests",
    "signed_on": "Signed on",
    "incident.id": "Contact ID",
    "incident.time": "Time of contact",
    "incident.channel": "How (channel)",
    "incident.respondent": "From (respondent key)",
    "incident.from_number": "From number",
    "incident.to.relation": "Who was reached",
    "incident.to.name": "Name of the person reached",
    "incident.to.number": "Number reached",
    "incident.to.asked_to_stop": "That person had asked them to stop",
    "incident.content": "What was said or written",
    "incident.wording": "Exact words or a description (verbatim / described)",
    "incident.audience": "Who could see it (private / group / public)",
    "incident.automated": "Recorded or automatic call",
    "incident.verified_false": "Claim checked and found false (how)",
    "incident.answered": "Call answered",
    "incident.duration_seconds": "Call length (seconds)",
    "incident.consented": "Debtor agreed to this time",
    "incident.location": "Place",
    "incident.tags": "Tags",
    "incident.evidence": "Evidence IDs",
    "incident.note": "Note",
    "evidence.id": "Evidence ID",
    "evidence.file": "File",
    "evidence.description": "What it shows",
    "evidence.kind": "Kind of evidence",
    "evidence.sha256": "SHA-256",
}
# Labels of earlier versions, still read: (sheet, English label) -> field path. Their
# translations stay in the catalogs.
OLD_LABELS = {
    ("cases", "Debt: amount claimed"): "debt.outstanding",
    ("incidents", "Exact words"): "content",
}


def case_columns(respondents: int = 3) -> list[str]:
    return [*CASE_COLUMNS,
            *(f"respondents.{i}.{f}" for i in range(respondents) for f in RESPONDENT_FIELDS),
            *DEBT_COLUMNS]


def label(path: str, sheet: str, translate: Callable[[str], str] = lambda s: s) -> str:
    """A column's header in the clinic's language."""
    m = re.fullmatch(r"respondents\.(\d+)\.(\w+)", path)
    if m:
        msgid = LABELS.get(f"respondents.N.{m[2]}")
        return translate(msgid).format(n=int(m[1]) + 1) if msgid else path
    key = path if sheet == "cases" or path == CASE_ID else f"{singular(sheet)}.{path}"
    msgid = LABELS.get(key)
    return translate(msgid) if msgid else path


def singular(sheet: str) -> str:
    return {"incidents": "incident", "evidence": "evidence"}.get(sheet, sheet)


@cache
def _header_map(sheet: str) -> dict[str, str]:
    """Every known label (any catalog language, folded) → field path, for one sheet."""
    from complaint_kit.i18n import LANGUAGES, translator

    columns = {"cases": case_columns(MAX_RESPONDENTS), "incidents": INCIDENT_COLUMNS,
               "evidence": EVIDENCE_COLUMNS}[sheet]
    found: dict[str, str] = {}
    for lang in ("en", *LANGUAGES):
        t = translator(lang)
        for path in columns:
            found.setdefault(fold(label(path, sheet, t)), path)
            found.setdefault(fold(label(path, sheet)), path)
        for (old_sheet, msgid), path in OLD_LABELS.items():
            if old_sheet == sheet:
                found.setdefault(fold(t(msgid)), path)
                found.setdefault(fold(msgid), path)
    return found


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def header_path(header: Any, sheet: str) -> str:
    """The field path a header names: a path itself, or a label in one of the languages."""
    text = "" if header is None else str(header).strip()
    return _header_map(sheet).get(fold(text), text)


def looks_like_paths(cells: Iterable[Any]) -> bool:
    """Whether a row is the row of field paths that batch-template writes under the labels."""
    values = [str(c).strip() for c in cells if c not in (None, "")]
    return bool(values) and CASE_ID in values and all(
        re.fullmatch(r"[a-z_][a-z0-9_]*(\.[a-z0-9_]+)*", v) for v in values)


# ---------------------------------------------------------------------------------------------
# Field types, from the case model: which paths hold lists of text, booleans, dates and so on


def _field_type(path: tuple) -> Any:
    """The annotation at a field path of a Case (None when the path is unknown)."""
    from pydantic import BaseModel

    from complaint_kit.model.case import Case

    annotation: Any = Case
    for part in path:
        if isinstance(part, int):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if typing.get_origin(annotation) in (list, tuple) and args:
                annotation = args[0]
                continue
            return None
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(part)
            if info is None:
                return None
            annotation = _unwrap(info.annotation)
        elif typing.get_origin(annotation) is dict:
            return Any
        else:
            return None
    return annotation


def _unwrap(annotation: Any) -> Any:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return args[0] if len(args) == 1 else annotation
    return annotation


@cache
def _yes_no() -> tuple[frozenset[str], frozenset[str]]:
    """The words for yes and no in every catalog language (the interview's answer words)."""
    from complaint_kit.i18n import LANGUAGES, translator

    yes, no = {"true", "yes", "y", "1"}, {"false", "no", "n", "0"}
    for lang in LANGUAGES:
        t = translator(lang)
        yes |= {t("yes").casefold(), *t("answer.yes_words").casefold().split()}
        no |= {t("no").casefold(), *t("answer.no_words").casefold().split()}
    yes.discard("answer.yes_words")
    no.discard("answer.no_words")
    return frozenset(yes - no), frozenset(no - yes)


@cache
def _unknown() -> frozenset[str]:
    """Words for "I don't know" in every catalog language: the cell is left unknown."""
    from complaint_kit.i18n import LANGUAGES, translator

    words = {"unknown", "?", "don't know", "i don't know"}
    for lang in LANGUAGES:
        t = translator(lang)
        words.add(t("I don't know").casefold())
        if t("answer.unknown_words") != "answer.unknown_words":
            words |= set(t("answer.unknown_words").casefold().split())
    return frozenset(words)


def convert(value: Any, path: tuple) -> Any:
    """A cell's value as the case model wants it (lists split, yes/no words, dates as text)."""
    kind = _field_type(path)
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
    origin = typing.get_origin(kind)
    if origin is list:
        if isinstance(value, list):
            return value
        items = LIST_SEPARATOR.split(str(value)) if isinstance(value, str) else [value]
        return [_plain(i.strip() if isinstance(i, str) else i, None) for i in items
                if not (isinstance(i, str) and not i.strip())]
    if kind is bool and isinstance(value, str):
        folded = value.casefold()
        yes, no = _yes_no()
        if folded in yes:
            return True
        if folded in no:
            return False
        if folded in _unknown():
            return None
    return _plain(value, kind)


def _plain(value: Any, kind: Any) -> Any:
    """JSON-friendly plain data (the input's hash and the workers both take plain data)."""
    if isinstance(value, datetime):
        if kind is date or (kind is not datetime and value.time() == time(0)):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float):
        if kind in (str, None) and value.is_integer():
            return str(int(value))  # a phone number typed as a number
        return value if not value.is_integer() else int(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def _set(data: dict, path: tuple, value: Any) -> None:
    """Put a value at a path, creating mappings and lists on the way (lists grow as needed)."""
    node: Any = data
    for part, nxt in pairwise(path):
        child_default: Any = [] if isinstance(nxt, int) else {}
        if isinstance(part, int):
            while len(node) <= part:
                node.append(None)
            if node[part] is None:
                node[part] = child_default
            node = node[part]
        else:
            node = node.setdefault(part, child_default)
    last = path[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
        node[last] = value
    else:
        node[last] = value


def split_path(path: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in path.split("."))


def row_to_data(values: dict[str, Any], cell: Callable[[str], Cell],
                prefix: tuple = ()) -> tuple[dict, dict[tuple, Cell], list[tuple[str, str]]]:
    """A table row (field path → value) as nested case data, with each path's cell."""
    data: dict[str, Any] = {}
    cells: dict[tuple, Cell] = {}
    errors: list[tuple[str, str]] = []
    for column, raw in values.items():
        path = "id" if column == CASE_ID and not prefix else column
        parts = split_path(path)
        try:
            value = convert(raw, prefix + parts)
        except (TypeError, ValueError) as exc:
            errors.append((path, str(exc)))
            continue
        if value is None:
            continue
        if parts[0] == "respondents" and len(parts) > 1 and isinstance(parts[1], int) and \
                parts[1] >= MAX_RESPONDENTS * 10:
            errors.append((path, "respondent index too large"))
            continue
        try:
            _set(data, parts, value)
        except (TypeError, AttributeError):
            errors.append((path, "this column clashes with another column's field"))
            continue
        cells[prefix + parts] = cell(column)
    # Respondents left out in the middle (respondents.0 and .2 filled, .1 empty) close up.
    if isinstance(data.get("respondents"), list):
        kept = [(i, r) for i, r in enumerate(data["respondents"]) if r]
        data["respondents"] = [r for _, r in kept]
        moved = {old: new for new, (old, _) in enumerate(kept)}
        cells = {(k[0], moved.get(k[1], k[1]), *k[2:]) if k[:1] == ("respondents",)
                 and len(k) > 1 and isinstance(k[1], int) else k: c for k, c in cells.items()}
    return data, cells, errors
