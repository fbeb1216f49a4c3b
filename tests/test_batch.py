"""Bulk drafting: `complaint-kit batch` and `batch-template`, run as a clinic runs them (in this
process; a batch killed mid-way is a process of its own)."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document

from complaint_kit.batch.jobs import folder_name
from complaint_kit.batch.manifest import MANIFEST
from tests.clirun import run_cli

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "batch"


def run(*args: str | Path, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env=env)


def batch(*args: str | Path, code: int = 0, **kw) -> subprocess.CompletedProcess[str]:
    result = run("batch", *args, "--no-progress", **kw)
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def report(out: Path) -> dict[str, dict[str, str]]:
    return {r["case"]: r for r in rows(out / "report.csv")}


def make_case(n: int | str, **changes) -> dict:
    case = {
        "id": n if isinstance(n, str) else f"case-{n:03}",
        "jurisdiction": "cn",
        "complainant": {"name": f"测试{n}", "phone": "13800000000"},
        "respondents": [{"id": "lender", "role": "lender", "type": "small_loan",
                         "name": "示例小额贷款有限公司"}],
        "incidents": [{"time": "2026-03-01 23:15", "channel": "sms", "respondent": "lender",
                       "content": "再不还钱明天上门！"}],
    }
    case.update(changes)
    return case


def write_jsonl(path: Path, cases: list) -> Path:
    path.write_text("".join((c if isinstance(c, str) else json.dumps(c, ensure_ascii=False))
                            + "\n" for c in cases), encoding="utf-8")
    return path


def all_docx_open(out: Path) -> int:
    files = list(out.rglob("*.docx"))
    for f in files:
        Document(str(f))
    return len(files)


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


def _write_csv(path: Path, header: list[str], data: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(data)
    return path


def test_csv_errors_name_the_file_row_and_column(tmp_path):
    cases = _write_csv(tmp_path / "cases.csv", [
        "case_id", "jurisdiction", "complainant.name", "respondents.0.id", "respondents.0.name",
        "debt.principal"], [
        ["a", "cn", "甲", "lender", "示例贷", "5000"],
        ["b", "cn", "乙", "lender", "示例贷", "five thousand"],
        ["c", "cn", "", "lender", "示例贷", ""],
        ["a", "cn", "丁", "lender", "示例贷", ""],
        ["e", "cn", "戊", "lender", "示例贷", ""],
    ])
    _write_csv(tmp_path / "incidents.csv", ["case_id", "time", "channel", "respondent",
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


# -- reruns


def test_rerun_skips_force_redrafts_and_a_changed_row_is_redrafted(tmp_path):
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(n) for n in range(3)])
    out = tmp_path / "out"
    batch(src, "--out", out, "--doc", "notice")
    first = {p: p.stat().st_mtime_ns for p in out.rglob("*.docx")}
    assert len(first) == 3
    result = batch(src, "--out", out, "--doc", "notice")
    assert "0 drafted, 3 already drafted" in result.stderr
    assert {r["status"] for r in report(out).values()} == {"skipped"}
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.docx")} == first
    changed = make_case(1)
    changed["complainant"]["name"] = "改名"
    write_jsonl(src, [make_case(0), changed, make_case(2)])
    batch(src, "--out", out, "--doc", "notice")
    assert {k: r["status"] for k, r in report(out).items()} == {
        "case-000": "skipped", "case-001": "drafted", "case-002": "skipped"}
    batch(src, "--out", out, "--doc", "notice", "--force")
    assert {r["status"] for r in report(out).values()} == {"drafted"}
    # a deleted document is redrafted too
    victim = next(iter(first))
    victim.unlink()
    batch(src, "--out", out, "--doc", "notice")
    assert victim.exists()
    # and so is one cut short, as a power cut can leave a file the batch had not yet synced
    manifest = json.loads((victim.parent / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["sizes"][victim.name] == victim.stat().st_size
    victim.write_bytes(b"")
    batch(src, "--out", out, "--doc", "notice")
    assert victim.stat().st_size == manifest["sizes"][victim.name]
    assert Document(str(victim)).paragraphs


def test_two_workers_give_the_same_report_in_input_order(tmp_path):
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(n) for n in range(8)])
    batch(src, "--out", tmp_path / "one", "--doc", "notice")
    batch(src, "--out", tmp_path / "two", "--doc", "notice", "--workers", "2")
    one, two = rows(tmp_path / "one" / "report.csv"), rows(tmp_path / "two" / "report.csv")
    assert [r["case"] for r in two] == [f"case-{n:03}" for n in range(8)]
    assert one == two
    assert all_docx_open(tmp_path / "two") == 8


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_killed_batch_leaves_whole_files_and_a_rerun_completes(tmp_path):
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(n) for n in range(40)])
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-m", "complaint_kit", "batch", str(src), "--out",
                             str(out), "--no-progress", "--workers", "2"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not list(out.rglob("*.docx")) and time.monotonic() < deadline:
            assert proc.poll() is None, "the batch ended before it could be killed"
            time.sleep(0.02)
        time.sleep(0.1)  # let it get into the middle of writing something
        workers = _children(proc.pid)
        assert len(workers) >= 2, "no worker processes to check"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 15  # the workers notice and end too
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if Path(f"/proc/{w}").exists()], "orphaned workers"
    manifests = list(out.rglob(MANIFEST))
    assert len(manifests) < 40, "killed too late to test anything"
    all_docx_open(out)  # every .docx on disk is whole
    batch(src, "--out", out)
    rep = report(out)
    assert len(rep) == 40
    assert {r["status"] for r in rep.values()} <= {"drafted", "skipped"}
    assert sum(r["status"] == "skipped" for r in rep.values()) == len(manifests)
    assert len(list(out.rglob(MANIFEST))) == 40
    assert all_docx_open(out) == sum(len(r["files"].split(";")) for r in rep.values())
    assert not list(out.rglob("*.part"))


# -- names and bundles


HOSTILE = ["../x", "CON", "con.txt", "a/b", "a_b", "a\\b", "张三", "张" * 300, "..", "A", "a",
           "COM1", "x:y*z?", " trailing. ", "report.csv", ".hidden"]


def test_hostile_case_ids_get_safe_distinct_folders(tmp_path):
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(i) for i in HOSTILE])
    out = tmp_path / "out"
    batch(src, "--out", out, "--doc", "notice")
    rep = report(out)
    assert set(rep) == set(HOSTILE)
    folders = [r["folder"] for r in rep.values()]
    assert len({f.casefold() for f in folders}) == len(HOSTILE)
    reserved = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                *(f"lpt{i}" for i in range(10))}
    for case_id, r in rep.items():
        folder = out / r["folder"]
        assert folder.parent == out and folder.is_dir(), case_id
        assert r["status"] == "drafted", (case_id, r)
        for part in [r["folder"], *r["files"].split(";")]:
            assert len(part.encode()) <= 255
            assert not set(part) & set('<>:"/\\|?*')
            assert part.split(".")[0].lower() not in reserved
            assert part == part.strip(" .")
    assert not (tmp_path / "x").exists()
    assert sorted(folder_name(i) for i in HOSTILE) == sorted(folders)  # deterministic
    assert folder_name("张三") == folder_name("张三") != folder_name("张 三")


def test_zip_bundles_each_case(tmp_path):
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(1), make_case("张三")])
    out = tmp_path / "out"
    batch(src, "--out", out, "--zip", "--doc", "notice")
    for r in report(out).values():
        files = r["files"].split(";")
        zips = [f for f in files if f.endswith(".zip")]
        assert len(zips) == 1
        with zipfile.ZipFile(out / r["folder"] / zips[0]) as z:
            assert z.testzip() is None
            assert sorted(z.namelist()) == sorted(f for f in files if f.endswith(".docx"))


def test_pdf_without_libreoffice_is_a_clear_error(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    result = run("batch", EXAMPLES / "cases.jsonl", "--out", tmp_path / "out", "--pdf",
                 env={"PATH": str(empty)})
    assert result.returncode == 2
    assert "LibreOffice" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: --pdf cannot be tested")
def test_pdf_stage_converts_and_zips(tmp_path):
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(1), make_case(2)])
    out = tmp_path / "out"
    batch(src, "--out", out, "--pdf", "--zip", "--doc", "notice")
    for r in report(out).values():
        files = r["files"].split(";")
        docx = [f for f in files if f.endswith(".docx")]
        pdfs = [f for f in files if f.endswith(".pdf")]
        assert docx and len(pdfs) == len(docx)
        for p in pdfs:
            assert (out / r["folder"] / p).read_bytes().startswith(b"%PDF")
        with zipfile.ZipFile(out / r["folder"] / f"{r['folder']}.zip") as z:
            assert sorted(z.namelist()) == sorted(docx + pdfs)
    assert not list(out.glob(".pdf-work-*"))
    result = batch(src, "--out", out, "--pdf", "--zip", "--doc", "notice")
    assert "2 already drafted" in result.stderr


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
    _write_csv(tmp_path / "cases.csv", [label(p, "cases", t) for p in case_paths], [
        ["x", "cn", "甲", "lender", "示例贷", "9800", "business", "广东省深圳市", "否"],
        ["y", "cn", "乙", "lender", "示例贷", "", "", "", "不清楚"]])
    _write_csv(tmp_path / "incidents.csv", [label(p, "incidents", t) for p in incident_paths], [
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
    for sheet, rows in (("cases", [flatten(original)]),
                        ("incidents", [{"case_id": original["id"], **flatten(i)}
                                       for i in incidents])):
        ws = book[sheet]
        col = {c.value: c.column for c in ws[2]}
        ws.delete_rows(3, ws.max_row)  # the example rows go
        for r, row in enumerate(rows, 3):
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
    cases = _write_csv(tmp_path / "cases.csv", [
        "case_id", "jurisdiction", "complainant.name", "respondents.0.id", "respondents.0.name",
        "debt.purpose", "debtor_reachable", "debt.demanded"], [
        ["a", "cn", "甲", "lender", "示例贷", "personal", "", ""],
        ["b", "cn", "乙", "lender", "示例贷", "", "sometimes", "lots"],
    ])
    _write_csv(tmp_path / "incidents.csv", [
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
