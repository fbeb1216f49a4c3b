"""What a batch writes for each case: safe, distinct folders for hostile ids, a zip of each case,
and the PDF stage."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from complaint_kit.batch.jobs import folder_name
from tests.batchrun import (
    EXAMPLES,
    batch,
    make_case,
    report,
    run,
    write_jsonl,
)

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
