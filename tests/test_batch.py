"""Bulk drafting: `complaint-kit batch` run as a clinic runs it (in this process): its inputs, and
bad rows named by file, row and column."""

from __future__ import annotations

import json
import shutil

from docx import Document

from complaint_kit.batch.manifest import MANIFEST
from tests.batchrun import (
    EXAMPLES,
    REPO,
    batch,
    make_case,
    report,
    rows,
    run,
    write_csv,
    write_jsonl,
)

# -- inputs


def test_jsonl_example_drafts_every_case(tmp_path):
    out = tmp_path / "out"
    result = batch(EXAMPLES / "cases.jsonl", "--out", out)
    assert "3 drafted" in result.stderr
    rep = report(out)
    assert set(rep) == {"clinic-2026-001", "clinic-2026-002", "clinic-2026-003"}
    assert rep["clinic-2026-001"]["status"] == rep["clinic-2026-002"]["status"] == "drafted"
    assert rep["clinic-2026-003"]["status"] == "nothing to draft"  # polite reminders only
    assert rep["clinic-2026-003"]["files"] == ""
    assert int(rep["clinic-2026-002"]["findings"]) > 0
    for case_id, r in rep.items():
        for name in filter(None, r["files"].split(";")):
            Document(str(out / r["folder"] / name))
        assert (out / r["folder"] / MANIFEST).is_file(), case_id
    assert rows(out / "errors.csv") == []


def test_csv_pair_drafts_the_same_documents_as_jsonl(tmp_path):
    batch(EXAMPLES / "cases.jsonl", "--out", tmp_path / "j", "--doc", "notice")
    batch(EXAMPLES / "cases.csv", "--out", tmp_path / "c", "--doc", "notice")
    j, c = report(tmp_path / "j"), report(tmp_path / "c")
    assert {k: (v["findings"], v["files"]) for k, v in j.items()} == \
        {k: (v["findings"], v["files"]) for k, v in c.items()}
    assert c["clinic-2026-001"]["source"] == "cases.csv"
    assert c["clinic-2026-001"]["row"] == "2"


def test_csv_pair_saved_as_utf16_reads_as_utf8(tmp_path):
    folder = tmp_path / "utf16"
    folder.mkdir()
    for source in EXAMPLES.glob("*.csv"):  # as "CSV (Unicode)" saves them: UTF-16 with a BOM
        (folder / source.name).write_text(source.read_text(encoding="utf-8-sig"),
                                          encoding="utf-16")
    batch(EXAMPLES / "cases.csv", "--out", tmp_path / "u8", "--doc", "notice")
    batch(folder / "cases.csv", "--out", tmp_path / "u16", "--doc", "notice")
    u8, u16 = report(tmp_path / "u8"), report(tmp_path / "u16")
    assert {k: (v["status"], v["findings"], v["files"]) for k, v in u8.items()} == \
        {k: (v["status"], v["findings"], v["files"]) for k, v in u16.items()}
    assert rows(tmp_path / "u16" / "errors.csv") == []


def test_folder_of_case_files(tmp_path):
    folder = tmp_path / "cases"
    folder.mkdir()
    shutil.copy(REPO / "examples" / "cn-lawful-reminders.yaml", folder)
    shutil.copy(REPO / "examples" / "cn-fake-summons.yaml", folder)
    (folder / "broken.yaml").write_text(
        "jurisdiction: cn\ncomplainant:\n  name: 测试\nincidents:\n  - time: yesterday\n"
        "    channel: sms\n", encoding="utf-8")
    out = tmp_path / "out"
    batch(folder, "--out", out, "--doc", "notice", code=1)
    rep = report(out)
    assert rep["cn-fake-summons"]["status"] == "drafted"
    assert rep["broken"]["status"] == "invalid"
    errors = rows(out / "errors.csv")
    assert [(e["source"], e["row"], e["column"]) for e in errors] == [
        ("cases/broken.yaml", "5", "incidents.0.time")]
    assert "yesterday" in errors[0]["message"]


# -- errors


def test_bad_rows_are_reported_and_good_rows_drafted(tmp_path):
    bad_time = make_case(2)
    bad_time["incidents"][0]["time"] = "last night"
    unknown = make_case(3)
    unknown["complainant"]["nickname"] = "x"
    bad_ref = make_case(6)
    bad_ref["incidents"][0]["respondent"] = "nobody"
    src = write_jsonl(tmp_path / "cases.jsonl", [
        make_case(1), bad_time, unknown, "{not json", make_case("dup"), make_case("dup"),
        bad_ref, make_case(8)])
    out = tmp_path / "out"
    result = batch(src, "--out", out, "--doc", "notice", code=1)
    assert "errors.csv" in result.stderr
    rep = {(r["row"], r["case"]): r["status"] for r in rows(out / "report.csv")}
    assert rep == {("1", "case-001"): "drafted", ("2", "case-002"): "invalid",
                   ("3", "case-003"): "invalid", ("4", "line-4"): "invalid",
                   ("5", "dup"): "invalid", ("6", "dup"): "invalid",
                   ("7", "case-006"): "invalid", ("8", "case-008"): "drafted"}
    errors = [(e["row"], e["column"], e["message"]) for e in rows(out / "errors.csv")]
    assert errors[0][:2] == ("2", "incidents.0.time") and "last night" in errors[0][2]
    assert errors[1] == ("3", "complainant.nickname",
                         "unknown field (check the spelling; see `complaint-kit schema`)")
    assert errors[2][:2] == ("4", "") and "not valid JSON" in errors[2][2]
    assert errors[3] == ("5", "id", "case id 'dup' is also used on line 6")
    assert errors[4] == ("6", "id", "case id 'dup' is also used on line 5")
    assert errors[5] == ("7", "incidents.0.respondent", "no respondent has the id 'nobody'")
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["case-001", "case-008"]


def test_csv_errors_name_the_file_row_and_column(tmp_path):
    cases = write_csv(tmp_path / "cases.csv", [
        "case_id", "jurisdiction", "complainant.name", "respondents.0.id", "respondents.0.name",
        "debt.principal"], [
        ["a", "cn", "甲", "lender", "示例贷", "5000"],
        ["b", "cn", "乙", "lender", "示例贷", "five thousand"],
        ["c", "cn", "", "lender", "示例贷", ""],
        ["a", "cn", "丁", "lender", "示例贷", ""],
        ["e", "cn", "戊", "lender", "示例贷", ""],
    ])
    write_csv(tmp_path / "incidents.csv", ["case_id", "time", "channel", "respondent",
                                            "content"], [
        ["e", "2026-03-01 23:15", "sms", "lender", "明天上门"],
        ["e", "2026-03-02 23:15", "pigeon", "lender", "明天上门"],
        ["zzz", "2026-03-02 23:15", "sms", "lender", "明天上门"],
        ["b", "2026-03-01 23:15", "sms", "lender", "明天上门"],
    ])
    out = tmp_path / "out"
    batch(cases, "--out", out, "--doc", "notice", code=1)
    errors = {(e["source"], e["row"], e["column"]): e["message"]
              for e in rows(out / "errors.csv")}
    assert errors.pop(("incidents.csv", "4", "case_id")) == \
        "no case in the cases sheet has the id 'zzz'"
    assert "five thousand" in errors.pop(("cases.csv", "3", "debt.principal"))
    assert errors.pop(("cases.csv", "4", "complainant.name")) == "required field is missing"
    assert errors.pop(("cases.csv", "2", "case_id")) == "case id 'a' is also used on row 5"
    assert errors.pop(("cases.csv", "5", "case_id")) == "case id 'a' is also used on row 2"
    assert "pigeon" in errors.pop(("incidents.csv", "3", "channel"))
    assert errors == {}
    rep = report(out)
    assert rep["a"]["status"] == rep["b"]["status"] == rep["e"]["status"] == "invalid"


def test_check_validates_without_drafting(tmp_path):
    bad = make_case(2)
    bad["incidents"][0]["channel"] = "pigeon"
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(1), bad])
    out = tmp_path / "out"
    result = batch(src, "--out", out, "--check", code=1)
    assert "1 valid, 1 invalid" in result.stderr
    assert {k: r["status"] for k, r in report(out).items()} == {
        "case-001": "valid", "case-002": "invalid"}
    assert [(e["row"], e["column"]) for e in rows(out / "errors.csv")] == [
        ("2", "incidents.0.channel")]
    assert not list(out.rglob("*.docx"))


def test_csv_saved_as_gb18030_and_a_jsonl_line_that_is_not_utf8(tmp_path):
    # Excel on a Chinese-language Windows saves "CSV" in GB 18030
    (tmp_path / "cases.csv").write_bytes(
        "案件编号,适用地区,投诉人姓名\ngb-1,cn,王测试\n".encode("gb18030"))
    out = tmp_path / "out"
    batch(tmp_path / "cases.csv", "--out", out, "--check")
    assert report(out)["gb-1"]["status"] == "valid"
    src = tmp_path / "cases.jsonl"
    src.write_bytes(json.dumps(make_case(1)).encode() + b"\n" + b'{"id": "\xff"}\n')
    batch(src, "--out", out, "--check", code=1)
    assert [(e["row"], e["message"][:14]) for e in rows(out / "errors.csv")] == [
        ("2", "not UTF-8 text")]


def test_usage_errors_exit_2(tmp_path):
    assert run("batch", tmp_path / "missing.jsonl", "--out", tmp_path).returncode == 2
    (tmp_path / "cases.txt").write_text("x")
    result = run("batch", tmp_path / "cases.txt", "--out", tmp_path / "o")
    assert result.returncode == 2 and "not a batch input" in result.stderr
    result = run("batch", EXAMPLES / "cases.jsonl", "--out", tmp_path / "o", "--doc", "nope")
    assert result.returncode == 2 and "--doc nope" in result.stderr
    assert run("batch", EXAMPLES / "cases.jsonl").returncode == 2  # --out is required
