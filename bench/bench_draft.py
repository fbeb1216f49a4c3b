"""Drafting speed, per document, against python-docx and docxtpl measured in the same run.

    python bench/bench_draft.py [CASE_FILE] [--doc KIND] [--repeat N] [--all]

For one document of the case (``--doc``, default the complaint letter, to its first channel) it
times, as the median of N runs taken in turns so that the load of a shared machine falls on
each alike:

(a) complaint-kit's whole pipeline: render context, Jinja2 render, Markdown parse, python-docx
    build on the base document, save to memory; and the split of (a) into render (context +
    Jinja2), parse+build (opening the base included) and save;
(b) a plain python-docx build of the same content: the finished document's paragraphs and
    tables written straight into a fresh python-docx Document and saved;
(c) docxtpl rendering an equivalent Word template (bench/templates/complaint.docx: title,
    addressee, parties, a paragraph per finding with its citations, the incident table as one
    ``{%tr for %}`` row, signature) with the same render context, saved to memory. Building the
    context is timed in (c) as in (a): a batch has to build it for either.

It prints milliseconds per document and the ratios (a)/(c) and (a)/(b). ``--all`` times (a) and
(b) for every document the case calls for instead. Run it by hand; it is not a test.
"""

from __future__ import annotations

import argparse
import io
import runpy
import statistics
import sys
import time
from pathlib import Path

import docx

from complaint_kit import figures
from complaint_kit.basedoc import default_base
from complaint_kit.caseio import load_case
from complaint_kit.context import build_context
from complaint_kit.drafting import assess, build_document, plan, render_markdown
from complaint_kit.registry import get_registry

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = Path(__file__).resolve().parent / "templates"


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


def _medians(fns: dict[str, object], repeat: int) -> dict[str, float]:
    """Median milliseconds of each function, run in turns (one warm-up each, as in a batch)."""
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for fn in fns.values():
        fn()
    for _ in range(repeat):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(found) * 1000 for name, found in samples.items()}


class Pipeline:
    """complaint-kit's pipeline for one draft, timing its three stages on each run."""

    def __init__(self, case, registry, assessment, draft, base: bytes, base_dir: Path):
        self.args = case, registry, assessment, draft
        self.base, self.base_dir = base, base_dir
        self.stages: dict[str, list[float]] = {"render": [], "parse+build": [], "save": []}
        # Figures are drawn once per case (as draft_case does), not per document: not timed.
        markdown = render_markdown(case, registry, assessment, draft, base_dir=base_dir)
        jurisdiction = registry.jurisdiction(case.jurisdiction)
        self.images = figures.draw(figures.wanted(markdown), assessment.pattern,
                                   jurisdiction.labels_for(case.language),
                                   case.language or jurisdiction.language)
        self.title = draft.kind.title_for(case.language)

    def __call__(self) -> docx.document.Document:
        case, registry, assessment, draft = self.args
        t0 = time.perf_counter()
        markdown = render_markdown(case, registry, assessment, draft, base_dir=self.base_dir)
        t1 = time.perf_counter()
        document, _ = build_document(markdown, self.base, self.images)
        document.core_properties.title = self.title
        t2 = time.perf_counter()
        document.save(io.BytesIO())
        t3 = time.perf_counter()
        for name, took in zip(self.stages, (t1 - t0, t2 - t1, t3 - t2), strict=True):
            self.stages[name].append(took)
        return document

    def split(self) -> dict[str, float]:
        return {name: statistics.median(found) * 1000 for name, found in self.stages.items()}


def _docxtpl(case, registry, assessment, draft, base_dir: Path):
    """(c): the render context complaint-kit's templates get, rendered into the Word template."""
    from docxtpl import DocxTemplate

    template = TEMPLATES / "complaint.docx"
    if not template.is_file():
        runpy.run_path(str(TEMPLATES / "make_complaint_template.py"))["main"]([])
    jurisdiction = registry.jurisdiction(case.jurisdiction)

    def run() -> bytes:
        context = build_context(case, jurisdiction, findings=assessment.findings,
                                routes=assessment.routes, pattern=assessment.pattern,
                                kind=draft.kind, channel=draft.channel, base_dir=base_dir,
                                warnings=[])
        context.update(registry.extra_context(case, draft.kind.id, context))
        document = DocxTemplate(str(template))
        document.render(context, autoescape=True)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", nargs="?", default=str(ROOT / "examples/cn-sms-harassment.yaml"))
    parser.add_argument("--doc", default="complaint", help="document kind (default: complaint)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--all", action="store_true",
                        help="time (a) and (b) for every document the case calls for")
    args = parser.parse_args(argv)
    registry = get_registry()
    case = load_case(args.case, registry)
    base = default_base(registry.jurisdiction(case.jurisdiction).typography)
    base_dir = Path(args.case).parent
    assessment = assess(case, registry)
    if args.all:
        return _all(case, registry, assessment, base, base_dir, args.repeat)
    draft = plan(case, registry, assessment, doc=args.doc)[0]
    name = draft.kind.id + (f" → {draft.channel.id}" if draft.channel else "")
    print(f"case {args.case}: {len(case.incidents)} incidents; {name}; "
          f"median of {args.repeat} runs taken in turns")
    ours = Pipeline(case, registry, assessment, draft, base, base_dir)
    finished = ours()
    fns = {"a": ours, "b": lambda: _reference(finished)}
    if args.doc == "complaint":
        fns["c"] = _docxtpl(case, registry, assessment, draft, base_dir)
    ms = _medians(fns, args.repeat)
    split = ours.split()
    print(f"(a) complaint-kit pipeline      {ms['a']:8.1f} ms/doc  (render "
          f"{split['render']:.1f}, parse+build {split['parse+build']:.1f}, "
          f"save {split['save']:.1f})")
    print(f"(b) plain python-docx build     {ms['b']:8.1f} ms/doc")
    if "c" in ms:
        print(f"(c) docxtpl, Word template      {ms['c']:8.1f} ms/doc")
        print(f"a/c {ms['a'] / ms['c']:.2f}  (docxtpl ÷ complaint-kit: {ms['c'] / ms['a']:.2f}×)")
    print(f"a/b {ms['a'] / ms['b']:.2f}")
    return 0


def _all(case, registry, assessment, base: bytes, base_dir: Path, repeat: int) -> int:
    drafts = plan(case, registry, assessment)
    print(f"{len(case.incidents)} incidents, {len(drafts)} documents, median of {repeat} runs")
    print(f"{'document':38} {'complaint-kit ms':>17} {'plain python-docx ms':>21} {'ratio':>6}")
    totals = [0.0, 0.0]
    for draft in drafts:
        ours = Pipeline(case, registry, assessment, draft, base, base_dir)
        finished = ours()
        ms = _medians({"a": ours, "b": lambda finished=finished: _reference(finished)}, repeat)
        totals[0] += ms["a"]
        totals[1] += ms["b"]
        name = draft.kind.id + (f" → {draft.channel.id}" if draft.channel else "")
        print(f"{name:38} {ms['a']:17.1f} {ms['b']:21.1f} {ms['a'] / ms['b']:6.2f}")
    print(f"{'all documents':38} {totals[0]:17.1f} {totals[1]:21.1f} "
          f"{totals[0] / totals[1]:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
