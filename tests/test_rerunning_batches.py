"""A batch run again: skipped, forced or redrafted cases; two workers; a batch killed mid-way (a
process of its own) leaves whole files and a rerun completes it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from docx import Document

from complaint_kit.batch.manifest import MANIFEST
from tests.batchrun import (
    all_docx_open,
    batch,
    make_case,
    report,
    rows,
    write_jsonl,
)

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
