"""The workbook a clinic fills in for `complaint-kit batch`.

Three sheets, ``cases``, ``incidents`` and ``evidence``, joined by ``case_id``. Row 1 holds the
column labels in the clinic's language (from the gettext catalogs), row 2 the field paths that
the reader maps them to (either row alone is enough for the reader), row 3 one example case
(with a few of its contacts and evidence items on the other sheets). Choice fields have
drop-down lists, kept on a hidden ``lists`` sheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from complaint_kit.batch.columns import (
    CASE_ID,
    EVIDENCE_COLUMNS,
    INCIDENT_COLUMNS,
    case_columns,
    label,
)
from complaint_kit.model.case import (
    Audience,
    InstitutionType,
    LoanPurpose,
    Medium,
    Relation,
    RespondentRole,
    Wording,
)

FIRST_DATA_ROW = 3
VALIDATED_ROWS = 5000
RESPONDENTS = 3
EXAMPLE_INCIDENTS = 4
BOOLEAN_PATHS = {"debt.disputed", "harm.mental_health", "harm.self_harm", "harm.job_loss",
                 "answered", "consented"}
# Facts that may be unknown: yes, no, or "I don't know" (or an empty cell).
TRISTATE_PATHS = {"debtor_reachable", "to.asked_to_stop", "automated"}
CHOICE_PATHS = {"wording": Wording, "audience": Audience, "debt.purpose": LoanPurpose,
                "channel": Medium, "to.relation": Relation}


def _choices(path: str, jurisdictions: list[str], yes_no: list[str]) -> list[str] | None:
    from complaint_kit.i18n import LANGUAGES

    last = path.rsplit(".", 1)[-1]
    if path == "jurisdiction":
        return jurisdictions
    if path == "language":
        return list(LANGUAGES)
    if path.startswith("respondents.") and last == "role":
        return [v.value for v in RespondentRole]
    if path.startswith("respondents.") and last == "type":
        return [v.value for v in InstitutionType]
    if path in CHOICE_PATHS:
        return [v.value for v in CHOICE_PATHS[path]]
    if path in BOOLEAN_PATHS:
        return yes_no[:2]
    if path in TRISTATE_PATHS:
        return yes_no
    return None


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """Nested case data as {field path: cell value}; lists of text joined with "; "."""
    flat: dict[str, Any] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            flat.update(flatten(value, f"{prefix}{key}."))
    elif isinstance(data, list) and data and all(isinstance(v, dict) for v in data):
        for i, value in enumerate(data):
            flat.update(flatten(value, f"{prefix}{i}."))
    elif isinstance(data, list):
        flat[prefix[:-1]] = "; ".join(str(v) for v in data)
    elif data is not None:
        flat[prefix[:-1]] = data
    return flat


def example(jurisdiction: str) -> tuple[dict, list[dict], list[dict]]:
    """The example case as flat rows: the jurisdiction's demo case, cut to a few contacts."""
    from complaint_kit.casefile.load import parse
    from complaint_kit.draft.paths import example_path
    from complaint_kit.plugins.registry import get_registry

    code = get_registry().jurisdiction(jurisdiction)
    data: dict[str, Any] = {}
    if code.demo_example:
        path = example_path(code.demo_example)
        data, _ = parse(path.read_text(encoding="utf-8"), str(path))
    if not data:
        data = {"id": "example-001", "jurisdiction": jurisdiction,
                "complainant": {"name": "Example Name"},
                "respondents": [{"id": "lender", "role": "lender", "name": "Example Lender"}],
                "incidents": [{"time": "2026-03-01 23:15", "channel": "sms",
                               "respondent": "lender", "content": "Pay now or else."}]}
    case_id = str(data.get("id") or "example-001")
    incidents = data.get("incidents", [])[:EXAMPLE_INCIDENTS]
    wanted = {e for i in incidents for e in i.get("evidence", [])}
    evidence = [e for e in data.get("evidence", []) if e.get("id") in wanted]
    for i in incidents:
        i.pop("tags", None)
    for e in evidence:  # the workbook is not beside the example's files
        e.pop("file", None)
    case = {k: v for k, v in data.items()
            if k not in ("incidents", "evidence", "prior_complaints", "facts", "interview",
                         "schema_version", "id")}
    case["respondents"] = case.get("respondents", [])[:RESPONDENTS]
    keep = {r["id"] for r in case["respondents"]}
    for r in case["respondents"]:
        if r.get("acting_for") not in keep:
            r.pop("acting_for", None)
    for i in incidents:
        if i.get("respondent") not in keep:
            i.pop("respondent", None)
    row = {CASE_ID: case_id, **flatten(case)}
    return (row, [{CASE_ID: case_id, **flatten(i)} for i in incidents],
            [{CASE_ID: case_id, **flatten(e)} for e in evidence])


def write_template(out: Path, jurisdiction: str, lang: str | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from complaint_kit.casefile.atomic import atomic_save
    from complaint_kit.i18n import pick_language, translator
    from complaint_kit.plugins.registry import get_registry

    registry = get_registry()
    code = registry.jurisdiction(jurisdiction)
    lang = pick_language(lang) if lang else pick_language(code.language)
    t = translator(lang)
    yes_no = [t("yes"), t("no"), t("I don't know")]
    case_row, incident_rows, evidence_rows = example(jurisdiction)
    book = Workbook()
    lists = book.active
    lists.title = "lists"
    lists.sheet_state = "hidden"
    list_ranges: dict[tuple, str] = {}
    bold = Font(bold=True)
    path_font = Font(italic=True, color="808080", size=9)
    fill = PatternFill("solid", fgColor="DDEBF7")

    def list_range(values: list[str]) -> str:
        key = tuple(values)
        if key not in list_ranges:
            col = get_column_letter(len(list_ranges) + 1)
            for n, v in enumerate(values, 1):
                lists[f"{col}{n}"] = v
            list_ranges[key] = f"lists!${col}$1:${col}${len(values)}"
        return list_ranges[key]

    sheets = [("cases", case_columns(RESPONDENTS), [case_row]),
              ("incidents", INCIDENT_COLUMNS, incident_rows),
              ("evidence", EVIDENCE_COLUMNS, evidence_rows)]
    for name, columns, rows in sheets:
        ws = book.create_sheet(name)
        for n, path in enumerate(columns, 1):
            header = ws.cell(1, n, label(path, name, t))
            header.font = bold
            header.fill = fill
            header.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(2, n, path).font = path_font
            letter = get_column_letter(n)
            ws.column_dimensions[letter].width = max(14, min(40, len(header.value) * 2 + 2))
            choices = _choices(path, sorted(registry.jurisdictions), yes_no)
            if choices:
                dv = DataValidation(type="list", formula1=f"={list_range(choices)}",
                                    allow_blank=True, showErrorMessage=True,
                                    errorTitle=label(path, name, t),
                                    error=" / ".join(choices)[:255])
                dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{VALIDATED_ROWS}")
                ws.add_data_validation(dv)
                header.comment = Comment(" / ".join(choices), "complaint-kit")
            for r, row in enumerate(rows, FIRST_DATA_ROW):
                value = row.get(path)
                if path in BOOLEAN_PATHS | TRISTATE_PATHS and isinstance(value, bool):
                    value = yes_no[0] if value else yes_no[1]
                if value is not None:
                    ws.cell(r, n, str(value) if not isinstance(value, int | float) else value)
        ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 2)
    # Text cells stay text: numbers such as phone numbers and IDs are written as strings above.
    book.move_sheet("lists", offset=len(book.sheetnames))
    book.active = 0
    out = Path(out)
    atomic_save(out, book.save)
    return out
