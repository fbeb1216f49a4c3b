"""The facts that decide a finding's strength (issue 12) as batch columns: read the same from CSV,
JSON Lines and the workbook, by label, and named when bad."""

from __future__ import annotations

import json
from pathlib import Path

from tests.batchrun import (
    EXAMPLES,
    batch,
    rows,
    write_csv,
)

# -- the facts that decide a finding's strength (issue 12)


def _read(path: Path) -> dict:
    """Each case of an input as a validated Case, by case id (read as the batch reads it)."""
    from complaint_kit.batch.inputs import open_input
    from complaint_kit.model.case import Case

    source = open_input(path)
    try:
        found = {}
        for raw in source:
            assert not raw.errors, raw.errors
            found[raw.key] = Case.model_validate(raw.data)
        return found
    finally:
        source.close()


def test_new_fact_columns_read_the_same_from_csv_and_jsonl():
    from_csv, from_jsonl = _read(EXAMPLES / "cases.csv"), _read(EXAMPLES / "cases.jsonl")
    assert {k: c.model_dump() for k, c in from_csv.items()} == \
        {k: c.model_dump() for k, c in from_jsonl.items()}
    case = from_csv["clinic-2026-001"]
    assert (case.region, case.debtor_reachable) == ("上海市", True)
    assert (str(case.debt.demanded), case.debt.purpose, case.debt.funder) == (
        "5200", "consumer", "funder")
    assert case.respondent("funder").role == "funder"
    call = case.incidents[1]
    assert (call.to.relation, call.wording, call.audience, call.automated) == (
        "parent", "described", "private", False)
    assert call.to.asked_to_stop is None  # an empty cell is unknown, not "no"
    assert from_csv["clinic-2026-003"].debtor_reachable is None
    assert from_csv["clinic-2026-003"].debt.purpose is None


def test_new_fact_columns_by_label_with_yes_no_and_dont_know(tmp_path):
    from complaint_kit.batch.columns import label
    from complaint_kit.i18n import translator

    t = translator("zh-Hans")
    case_paths = ["case_id", "jurisdiction", "complainant.name", "respondents.0.id",
                  "respondents.0.name", "debt.demanded", "debt.purpose", "region",
                  "debtor_reachable"]
    incident_paths = ["case_id", "time", "channel", "to.relation", "to.asked_to_stop",
                      "content", "wording", "audience", "automated", "verified_false"]
    write_csv(tmp_path / "cases.csv", [label(p, "cases", t) for p in case_paths], [
        ["x", "cn", "甲", "lender", "示例贷", "9800", "business", "广东省深圳市", "否"],
        ["y", "cn", "乙", "lender", "示例贷", "", "", "", "不清楚"]])
    write_csv(tmp_path / "incidents.csv", [label(p, "incidents", t) for p in incident_paths], [
        ["x", "2026-03-01 10:00", "call", "employer", "是", "说我欠钱不还", "described", "",
         "否", ""],
        ["x", "2026-03-02 10:00", "sms", "", "", "法院已立案，明天传唤你", "verbatim", "", "",
         "12368 查询：没有此案"],
        ["y", "2026-03-01 10:00", "im", "public", "", "群里发我的照片", "", "group", "不清楚",
         ""]])
    cases = _read(tmp_path / "cases.csv")
    x, y = cases["x"], cases["y"]
    assert (str(x.debt.demanded), x.debt.purpose, x.region, x.debtor_reachable) == (
        "9800", "business", "广东省深圳市", False)
    assert y.debtor_reachable is None and y.region is None and y.debt is None
    call, sms = x.incidents
    assert (call.to.relation, call.to.asked_to_stop, call.wording, call.automated) == (
        "employer", True, "described", False)
    assert not call.verbatim and sms.verbatim
    assert sms.verified_false == "12368 查询：没有此案"
    (post,) = y.incidents
    assert (post.audience, post.automated, post.to.relation) == ("group", None, "public")


def test_new_fact_columns_round_trip_through_the_workbook(tmp_path):
    from openpyxl import load_workbook

    from complaint_kit.batch.template import flatten, write_template

    book_path = write_template(tmp_path / "cases.xlsx", "cn", "zh-Hans")
    book = load_workbook(book_path)
    original = json.loads(next(line for line in (EXAMPLES / "cases.jsonl").read_text(
        encoding="utf-8").splitlines() if line.startswith("{")))
    original["incidents"][0].update(to={"relation": "spouse", "asked_to_stop": True},
                                    verified_false="12368: no case")
    incidents = original.pop("incidents")
    for sheet, filled in (("cases", [flatten(original)]),
                        ("incidents", [{"case_id": original["id"], **flatten(i)}
                                       for i in incidents])):
        ws = book[sheet]
        col = {c.value: c.column for c in ws[2]}
        ws.delete_rows(3, ws.max_row)  # the example rows go
        for r, row in enumerate(filled, 3):
            for path, value in row.items():
                path = "case_id" if path == "id" else path
                assert path in col, path
                if isinstance(value, bool):  # as the drop-down offers them
                    value = "是" if value else "否"
                ws.cell(r, col[path], value)
    book["evidence"].delete_rows(3, book["evidence"].max_row)
    book.save(book_path)
    from complaint_kit.model.case import Case

    (case,) = _read(book_path).values()
    assert case.model_dump() == Case.model_validate({**original, "incidents": incidents}
                                                    ).model_dump()
    assert case.incidents[0].to.asked_to_stop is True
    assert case.incidents[1].automated is False


def test_bad_new_fact_values_are_named_by_file_row_and_column(tmp_path):
    cases = write_csv(tmp_path / "cases.csv", [
        "case_id", "jurisdiction", "complainant.name", "respondents.0.id", "respondents.0.name",
        "debt.purpose", "debtor_reachable", "debt.demanded"], [
        ["a", "cn", "甲", "lender", "示例贷", "personal", "", ""],
        ["b", "cn", "乙", "lender", "示例贷", "", "sometimes", "lots"],
    ])
    write_csv(tmp_path / "incidents.csv", [
        "case_id", "time", "channel", "to.relation", "to.asked_to_stop", "content", "wording",
        "audience", "automated"], [
        ["a", "2026-03-01 23:15", "sms", "", "", "明天上门", "原话", "", ""],
        ["a", "2026-03-02 23:15", "im", "mother", "maybe", "明天上门", "", "everyone", "也许"],
    ])
    out = tmp_path / "out"
    batch(cases, "--out", out, "--check", code=1)
    errors = {(e["source"], e["row"], e["column"]): e["message"]
              for e in rows(out / "errors.csv")}
    assert set(errors) == {
        ("cases.csv", "2", "debt.purpose"), ("cases.csv", "3", "debtor_reachable"),
        ("cases.csv", "3", "debt.demanded"), ("incidents.csv", "2", "wording"),
        ("incidents.csv", "3", "to.relation"), ("incidents.csv", "3", "to.asked_to_stop"),
        ("incidents.csv", "3", "audience"), ("incidents.csv", "3", "automated")}, errors
    assert "personal" in errors[("cases.csv", "2", "debt.purpose")]
    assert "原话" in errors[("incidents.csv", "2", "wording")]


def test_headers_of_earlier_templates_still_read():
    from complaint_kit.batch.columns import header_path

    # "amount claimed" was what is owed; "exact words" the text of a contact
    assert header_path("Debt: amount claimed", "cases") == "debt.outstanding"
    assert header_path("借款：对方主张的欠款", "cases") == "debt.outstanding"
    assert header_path("原话", "incidents") == "content"
    assert header_path("借款：催收方索要的金额", "cases") == "debt.demanded"
    assert header_path("可見範圍（private 私下 / group 群組 / public 公開）", "incidents") == \
        "audience"
