"""Drafting speed, per document, against a plain python-docx build measured in the same run.

    python bench/bench_draft.py [CASE_FILE] [--repeat N]

For each document the case calls for it times (a) complaint-kit's whole pipeline — Jinja2
render, Markdown parse, python-docx build on the base document, save to memory — and (b) a
reference: the same paragraphs and tables written straight into a fresh python-docx Document
and saved. It prints milliseconds per document and the ratio (a)/(b). Run it by hand; it is
not a test.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

import docx

from complaint_kit.basedoc import default_base
from complaint_kit.caseio import load_case
from complaint_kit.drafting import assess, build_document, plan, render_markdown
from complaint_kit.registry import get_registry

ROOT = Path(__file__).resolve().parents[1]


def _timed(fn, repeat: int) -> float:
    fn()  # warm caches (templates compiled, base document parsed) as a batch would
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def _reference(document_text: docx.document.Document) -> bytes:
    """Write the finished document's paragraphs and tables into a fresh python-docx file."""
    out = docx.Document()
    for paragraph in document_text.paragraphs:
        out.add_paragraph(paragraph.text)
    for table in document_text.tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        new = out.add_table(rows=len(rows), cols=len(rows[0]) if rows else 0)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                new.cell(r, c).text = text
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", nargs="?", default=str(ROOT / "examples/cn-sms-harassment.yaml"))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    registry = get_registry()
    case = load_case(args.case, registry)
    base = default_base(registry.jurisdiction(case.jurisdiction).typography)
    assessment = assess(case, registry)
    drafts = plan(case, registry, assessment)
    print(f"case {args.case}: {len(case.incidents)} incidents, {len(drafts)} documents, "
          f"median of {args.repeat} runs")
    print(f"{'document':38} {'complaint-kit ms':>17} {'plain python-docx ms':>21} {'ratio':>6}")
    totals = [0.0, 0.0]
    for draft in drafts:
        def ours(draft=draft):
            markdown = render_markdown(case, registry, assessment, draft,
                                       base_dir=Path(args.case).parent)
            document, _ = build_document(markdown, base)
            document.save(io.BytesIO())
            return document

        finished = ours()
        mine = _timed(ours, args.repeat)
        ref = _timed(lambda finished=finished: _reference(finished), args.repeat)
        totals[0] += mine
        totals[1] += ref
        name = draft.kind.id + (f" → {draft.channel.id}" if draft.channel else "")
        print(f"{name:38} {mine:17.1f} {ref:21.1f} {mine / ref:6.2f}")
    print(f"{'all documents':38} {totals[0]:17.1f} {totals[1]:21.1f} "
          f"{totals[0] / totals[1]:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
