"""`batch --pdf` under attack (issue 14): a relative --out, a converter that fails or crashes,
and converters side by side, each with its own profile."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.batchrun import batch, make_case, report, rows, run, write_jsonl

HAS_SOFFICE = shutil.which("soffice") is not None


# -- 1. the PDF stage: a relative --out, and a stage that fails


@pytest.mark.slow
@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_pdf_with_a_relative_out_folder(tmp_path, monkeypatch):
    # Before: ValueError "relative path can't be expressed as a file URI" in the PDF thread,
    # no PDFs, no manifests, an empty report and exit code 0.
    write_jsonl(tmp_path / "cases.jsonl", [make_case(1), make_case(2)])
    monkeypatch.chdir(tmp_path)
    result = run("batch", "cases.jsonl", "--out", "drafts/", "--pdf", "--doc", "notice",
                 "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    rep = report(tmp_path / "drafts")
    assert {k: r["status"] for k, r in rep.items()} == {"case-001": "drafted",
                                                        "case-002": "drafted"}
    for r in rep.values():
        pdfs = [f for f in r["files"].split(";") if f.endswith(".pdf")]
        assert len(pdfs) == 1
        assert (tmp_path / "drafts" / r["folder"] / pdfs[0]).read_bytes().startswith(b"%PDF")
        assert (tmp_path / "drafts" / r["folder"] / ".complaint-kit.json").is_file()


def _fake_soffice(tmp_path: Path, script: str) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    soffice = bin_dir / "soffice"
    soffice.write_text(f"#!/bin/sh\n{script}\n")
    soffice.chmod(soffice.stat().st_mode | stat.S_IEXEC)
    return {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}


@pytest.mark.skipif(os.name == "nt", reason="a shell-script stand-in for soffice")
def test_a_failing_pdf_stage_fails_the_run_and_every_case_is_reported(tmp_path):
    env = _fake_soffice(tmp_path, "echo 'soffice: cannot start' >&2; exit 3")
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(1), make_case(2), make_case(3)])
    out = tmp_path / "out"
    result = batch(src, "--out", out, "--pdf", "--doc", "notice", env=env, code=1)
    assert "error: the PDF stage failed: soffice: cannot start" in result.stderr
    rep = report(out)
    assert sorted(rep) == ["case-001", "case-002", "case-003"]
    assert {r["status"] for r in rep.values()} == {"failed"}
    errors = rows(out / "errors.csv")
    assert [(e["source"], e["row"], e["case"]) for e in errors] == [
        ("cases.jsonl", str(n), f"case-00{n}") for n in (1, 2, 3)]
    assert all("PDF conversion failed" in e["message"] for e in errors)
    assert not list(out.rglob(".complaint-kit.json"))  # a rerun drafts them again
    assert not list(out.glob(".pdf-work-*"))


def test_a_pdf_stage_that_crashes_still_reports_every_case(tmp_path, monkeypatch):
    """Whatever breaks inside the stage's thread fails its cases and the run, never hangs."""
    from complaint_kit.batch import run as batch_module
    from complaint_kit.batch.inputs import open_input

    def crash(self, items):
        raise RuntimeError("the stage broke")

    monkeypatch.setattr(batch_module.PdfStage, "_convert", crash)
    monkeypatch.setattr(batch_module, "find_soffice", lambda: "/nonexistent/soffice")
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(n) for n in range(1, 5)])
    out = tmp_path / "out"
    source = open_input(src)
    summary = batch_module.run_batch(source, batch_module.Options(
        out=out, pdf=True, doc="notice", progress=False, chunk_size=1))
    assert not summary.ok
    assert summary.failed == 4 and summary.drafted == 0
    assert summary.stage_errors == ["the PDF stage failed (RuntimeError: the stage broke)"]
    assert {k: r["status"] for k, r in report(out).items()} == {
        f"case-00{n}": "failed" for n in range(1, 5)}
    assert len(rows(out / "errors.csv")) == 4


STAND_IN = r"""
import sys, time, pathlib
args = sys.argv[1:]
profile = next(a for a in args if a.startswith("-env:UserInstallation="))
outdir = pathlib.Path(args[args.index("--outdir") + 1])
files = [a for a in args if a.endswith(".docx")]
log = pathlib.Path(sys.argv[0]).with_name("runs.log")
started = time.time()
time.sleep(0.6)
for f in files:
    (outdir / (pathlib.Path(f).stem + ".pdf")).write_bytes(b"%PDF-1.4 stand-in")
with log.open("a") as handle:
    handle.write(f"{started} {time.time()} {len(files)} {profile}\n")
"""


@pytest.mark.skipif(os.name == "nt", reason="a Python stand-in for soffice on PATH")
def test_pdf_converters_run_side_by_side_each_with_its_own_profile(tmp_path, monkeypatch):
    """Conversion is LibreOffice's time: chunks go to parallel processes (issue 14's PDF
    throughput), and two LibreOffice processes never share a user profile."""
    import sys

    from complaint_kit.batch import pdf as pdf_module
    from complaint_kit.batch import run as batch_module
    from complaint_kit.batch.inputs import open_input

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    soffice = bin_dir / "soffice"
    soffice.write_text(f"#!{sys.executable}\n{STAND_IN}")
    soffice.chmod(soffice.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(batch_module, "find_soffice", lambda: str(soffice))
    monkeypatch.setattr(pdf_module, "PDF_CHUNK", 2)  # one chunk per two cases
    monkeypatch.setattr(pdf_module, "pdf_converters", lambda: 2)
    src = write_jsonl(tmp_path / "cases.jsonl", [make_case(n) for n in range(1, 9)])
    out = tmp_path / "out"
    summary = batch_module.run_batch(open_input(src), batch_module.Options(
        out=out, pdf=True, doc="notice", progress=False))
    assert summary.ok and summary.drafted == 8
    for r in report(out).values():
        assert [f for f in r["files"].split(";") if f.endswith(".pdf")]
    runs = [line.split() for line in (bin_dir / "runs.log").read_text().splitlines()]
    assert len(runs) == 4 and sum(int(n) for _, _, n, _ in runs) == 8
    spans = sorted((float(a), float(b), profile) for a, b, _, profile in runs)
    overlapping = [(x, y) for i, x in enumerate(spans) for y in spans[i + 1:] if y[0] < x[1]]
    assert overlapping, "no two conversions ran at the same time"
    assert all(x[2] != y[2] for x, y in overlapping), "two running converters shared a profile"
    assert len({profile for *_, profile in spans}) == 2
