"""The batch workbook: `batch-template` writes it (headers, field paths, drop-downs), a clinic
fills it in, and the batch reads it back, with or without the row of field paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.batchrun import (
    batch,
    report,
    rows,
    run,
)

# -- the workbook


@pytest.fixture
def template_book(tmp_path) -> Path:
    """A fresh cn workbook in Simplified Chinese, as `batch-template` writes it."""
    book_path = tmp_path / "cases.xlsx"
    result = run("batch-template", "--jurisdiction", "cn", "--lang", "zh-Hans", "-o", book_path)
    assert result.returncode == 0, result.stderr
    return book_path


def _field_paths(ws) -> list[str]:
    """A sheet's second row: the field path of each column."""
    return [c.value for c in ws[2]]


def _choices(book) -> dict[tuple[str, str], list]:
    """Each drop-down's choices, by (sheet, field path of its column)."""
    lists = {}
    for ws in (book["cases"], book["incidents"]):
        paths = _field_paths(ws)
        for dv in ws.data_validations.dataValidation:
            sheet, cells = dv.formula1.lstrip("=").split("!")
            first, last = cells.replace("$", "").split(":")
            values = [c.value for row in book[sheet][first:last] for c in row]
            for ref in str(dv.sqref).split():
                lists[(ws.title, paths[ws[ref.split(":")[0]].column - 1])] = values
    return lists


def test_batch_template_has_translated_headers_over_field_paths(template_book):
    from openpyxl import load_workbook

    book = load_workbook(template_book)
    assert {"cases", "incidents", "evidence"} <= set(book.sheetnames)
    cases, incidents = book["cases"], book["incidents"]
    assert [c.value for c in cases[1]][:5] == ["案件编号", "适用地区", "语言", "时区", "投诉人姓名"]
    assert _field_paths(cases)[:5] == [
        "case_id", "jurisdiction", "language", "timezone", "complainant.name"]
    assert [c.value for c in incidents[1]][3] == "联系方式"


def test_batch_template_offers_jurisdictions_channels_relations_and_parties(template_book):
    from openpyxl import load_workbook

    lists = _choices(load_workbook(template_book))
    assert "cn" in lists[("cases", "jurisdiction")]
    assert "sms" in lists[("incidents", "channel")]
    assert "parent" in lists[("incidents", "to.relation")]
    assert "collection_agency" in lists[("cases", "respondents.1.type")]
    assert "funder" in lists[("cases", "respondents.1.role")]
    assert lists[("incidents", "answered")] == ["是", "否"]


def test_batch_template_offers_yes_no_and_dont_know_where_a_fact_may_be_unknown(template_book):
    from openpyxl import load_workbook

    lists = _choices(load_workbook(template_book))
    assert lists[("incidents", "wording")] == ["verbatim", "described"]
    assert lists[("incidents", "audience")] == ["private", "group", "public"]
    assert lists[("incidents", "automated")] == ["是", "否", "不清楚"]
    assert lists[("incidents", "to.asked_to_stop")] == ["是", "否", "不清楚"]
    assert lists[("cases", "debt.purpose")] == ["consumer", "business"]
    assert lists[("cases", "debtor_reachable")] == ["是", "否", "不清楚"]


def _fill_in_two_cases(book_path: Path) -> int:
    """A clinic fills in two more cases, one with a mistake: the bad incident's row."""
    from datetime import datetime

    from openpyxl import load_workbook

    book = load_workbook(book_path)
    cases, incidents = book["cases"], book["incidents"]
    col = {p: n for n, p in enumerate(_field_paths(cases), 1)}
    for r, (cid, name) in enumerate([("clinic-a", "甲测试"), ("clinic-b", "乙测试")], 4):
        cases.cell(r, col["case_id"], cid)
        cases.cell(r, col["jurisdiction"], "cn")
        cases.cell(r, col["complainant.name"], name)
        cases.cell(r, col["respondents.0.id"], "lender")
        cases.cell(r, col["respondents.0.name"], "示例贷")
        cases.cell(r, col["debt.principal"], 5000)
        cases.cell(r, col["complainant.phone"], 13800000000)
    icol = {p: n for n, p in enumerate(_field_paths(incidents), 1)}

    def add_incident(**cells) -> None:
        row = incidents.max_row + 1
        for path, value in cells.items():
            incidents.cell(row, icol[path], value)

    add_incident(case_id="clinic-a", time=datetime(2026, 3, 1, 23, 15), channel="sms",
                 respondent="lender", content="明天上门")
    add_incident(case_id="clinic-b", time=datetime(2026, 3, 1, 23, 15), channel="fax",
                 respondent="lender")
    book.save(book_path)
    return incidents.max_row


def test_a_filled_in_workbook_drafts_its_cases_and_names_the_bad_row(template_book, tmp_path):
    bad_row = _fill_in_two_cases(template_book)
    out = tmp_path / "out"
    batch(template_book, "--out", out, "--doc", "notice", code=1)
    rep = report(out)
    assert rep["clinic-a"]["status"] == "drafted"
    assert rep["clinic-a"]["row"] == "4"
    assert rep["clinic-b"]["status"] == "invalid"
    assert rep["demo-cn-001"]["status"] == "drafted"  # the example row itself
    errors = rows(out / "errors.csv")
    assert [(e["source"], e["row"], e["column"], e["case"]) for e in errors] == [
        ("cases.xlsx:incidents", str(bad_row), "联系方式", "clinic-b")]
    assert "fax" in errors[0]["message"]


def test_the_row_of_field_paths_may_be_deleted(template_book, tmp_path):
    from openpyxl import load_workbook

    bad_row = _fill_in_two_cases(template_book)
    batch(template_book, "--out", tmp_path / "out", "--doc", "notice", code=1)
    book = load_workbook(template_book)  # the translated headers alone are enough
    for ws in (book["cases"], book["incidents"], book["evidence"]):
        ws.delete_rows(2)
    book.save(template_book)
    out2 = tmp_path / "out2"
    batch(template_book, "--out", out2, "--doc", "notice", code=1)
    assert {k: r["status"] for k, r in report(out2).items()} == {
        k: r["status"] for k, r in report(tmp_path / "out").items()}
    assert rows(out2 / "errors.csv")[0]["row"] == str(bad_row - 1)


def test_batch_template_asks_whose_cases_rather_than_assuming_a_place(tmp_path):
    result = run("batch-template", "-o", tmp_path / "t.xlsx")
    assert result.returncode == 2
    assert "--jurisdiction" in result.stderr and not (tmp_path / "t.xlsx").exists()


def test_batch_template_english_headers(tmp_path):
    from openpyxl import load_workbook

    result = run("batch-template", "-j", "cn", "--lang", "en", "-o", tmp_path / "t.xlsx")
    assert result.returncode == 0, result.stderr
    headers = [c.value for c in load_workbook(tmp_path / "t.xlsx")["cases"][1]]
    assert headers[:2] == ["Case ID", "Jurisdiction"] and "Respondent 2: name" in headers
