"""PDF conversion: `batch --pdf` against one LibreOffice run per document, in the same run.

    python bench/bench_pdf.py [--cases N] [--doc KIND] [--reference-docs M]

It writes N synthetic mainland cases (default 60; invented names and numbers, from
``bench_batch``) and drafts one document kind for each (default ``notice``, the lender's
notice: the typical letter), then measures:

1. ``batch --pdf --doc KIND``, end to end (drafting included), in a fresh output folder;
2. ``batch --doc KIND`` without ``--pdf``, to show the drafting's share;
3. the reference: the first M of the same .docx files (default 12) each converted by its own
   ``soffice --headless --convert-to pdf`` call, one after the other, with one warmed profile
   (a fresh profile per call would add its creation, about 3 s, and flatter the batch).

It prints documents per second and CPU seconds per document for each (on a shared virtual
machine the wall time varies with the neighbours' load; the CPU time varies less), and the
ratio of (1) to (3). Needs LibreOffice. Run it by hand; it is not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import write_cases


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of a command and everything it starts."""
    cpu, started = _cpu_seconds(), time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode:
        raise SystemExit(f"{args[0]} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return wall, _cpu_seconds() - cpu


def batch(jsonl: Path, out: Path, doc: str, pdf: bool) -> tuple[float, float, int]:
    args = [sys.executable, "-m", "complaint_kit", "batch", str(jsonl), "--out", str(out),
            "--doc", doc, "--no-progress"] + (["--pdf"] if pdf else [])
    wall, cpu = timed(args)
    made = sorted(out.rglob("*.pdf" if pdf else "*.docx"))
    return wall, cpu, len(made)


def reference(docs: list[Path], outdir: Path, soffice: str) -> tuple[float, float]:
    profile = (outdir / "profile").as_uri()
    warm = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", str(outdir / "warm"), str(docs[0])]
    timed(warm)  # creates the profile, which the batch's converters also do only once
    wall = cpu = 0.0
    for doc in docs:
        w, c = timed([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                      "--convert-to", "pdf", "--outdir", str(outdir / "pdf"), str(doc)])
        wall, cpu = wall + w, cpu + c
    return wall, cpu


def line(label: str, docs: int, wall: float, cpu: float) -> None:
    print(f"  {label:<38} {docs:>4} docs {wall:>7.1f} s  {docs / wall:>6.2f} docs/s  "
          f"{cpu / docs:>5.2f} CPU s/doc")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--doc", default="notice")
    parser.add_argument("--reference-docs", type=int, default=12)
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        root = Path(tmp)
        jsonl = root / "cases.jsonl"
        write_cases(jsonl, args.cases)
        print(f"PDF conversion of `{args.doc}` for {args.cases} cases, "
              f"{len(os.sched_getaffinity(0))} cores")
        wall, cpu, made = batch(jsonl, root / "pdf", args.doc, pdf=True)
        line("batch --pdf (drafting included)", made, wall, cpu)
        fast = made / wall
        d_wall, d_cpu, docx = batch(jsonl, root / "docx", args.doc, pdf=False)
        line("batch without --pdf (drafting only)", docx, d_wall, d_cpu)
        docs = sorted((root / "docx").rglob("*.docx"))[:args.reference_docs]
        r_wall, r_cpu = reference(docs, root / "ref", soffice)
        line("reference: one soffice per document", len(docs), r_wall, r_cpu)
        print(f"  batch --pdf / reference: {fast / (len(docs) / r_wall):.1f}x")


if __name__ == "__main__":
    main()
