"""Drafting speed, per document, against python-docx and docxtpl measured in the same run.

    python bench/bench_draft.py [CASE_FILE] [--doc KIND] [--repeat N] [--turn T] [--all]

For one document of the case (``--doc``, default the complaint letter, to its first channel) it
drafts N+1 variants of the case, each a different client as in a clinic's batch (the
complainant's name in every message, phone numbers, amounts and every incident's time differ),
and times each variant once. The pipelines take turns, T documents each (default 10), so that
the load of a shared machine falls on each alike; within a turn each drafts documents one
after another, as a batch does (``--turn 1`` alternates every document). The first variant
warms up each pipeline.

(a) complaint-kit's whole pipeline, as ``draft.pipeline.docx_bytes`` runs it: render context,
    Jinja2 render, Markdown parse, the body's blocks built (python-docx's element classes, lxml),
    and the .docx package written with zipfile from the base's members, to memory; and the
    split of (a) into render (context + Jinja2), parse+build and save. Blocks that an earlier
    document of the run also had (the law quoted for a finding, the channel's address...) are
    copied from the block cache, as in a batch; "(a) cold" is the same with the blocks
    dropped from the cache before each document, as for the first document of a batch or a
    single draft; "(a) plain" is the plain reference path (python-docx's API only,
    ``COMPLAINT_KIT_PLAIN_DOCX=1``);
(b) a plain python-docx build of the same content: the finished document's paragraphs and
    tables written straight into a fresh python-docx Document and saved;
(c) docxtpl rendering an equivalent Word template (bench/templates/complaint.docx: title,
    addressee, parties, a paragraph per finding with its citations, the incident table as one
    ``{%tr for %}`` row, signature) with the same render context, saved to memory. Building the
    context is timed in (c) as in (a): a batch has to build it for either.

It prints the median milliseconds per document and the ratios (a)/(c) and (a)/(b). ``--all``
times (a) and (b) for every document the case calls for instead. Run it by hand; it is not a
test.
"""

from __future__ import annotations

import argparse
import gc
import io
import runpy
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import docx

from complaint_kit.casefile.load import parse, validate
from complaint_kit.docx.basedoc import default_base
from complaint_kit.docx.build import DocxBuilder
from complaint_kit.docx.package import PreparedBase
from complaint_kit.draft import figures
from complaint_kit.draft.cache import CACHE, LruCache
from complaint_kit.draft.context import case_context, document_context
from complaint_kit.draft.pipeline import assess, build_document, plan, render_markdown
from complaint_kit.plugins.registry import get_registry

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = Path(__file__).resolve().parent / "templates"


def _content(data: bytes) -> tuple[list[str], list[list[list[str]]]]:
    """A finished document's paragraphs and tables, as text."""
    document = docx.Document(io.BytesIO(data))
    return ([paragraph.text for paragraph in document.paragraphs],
            [[[cell.text for cell in row.cells] for row in table.rows]
             for table in document.tables])


def _reference(content: tuple[list[str], list[list[list[str]]]]) -> bytes:
    """Write a document's paragraphs and tables into a fresh python-docx file."""
    paragraphs, tables = content
    out = docx.Document()
    for text in paragraphs:
        out.add_paragraph(text)
    for rows in tables:
        new = out.add_table(rows=len(rows), cols=len(rows[0]) if rows else 0)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                new.cell(r, c).text = text
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def variants(path: str, registry, count: int) -> list:
    """``count`` different clients' versions of the case in ``path``."""
    text = Path(path).read_text(encoding="utf-8")
    data, _lines = parse(text, path)
    name = data["complainant"]["name"]
    found = []
    for k in range(count):
        def vary(value, k=k):
            if isinstance(value, dict):
                return {key: vary(item) for key, item in value.items()}
            if isinstance(value, list):
                return [vary(item) for item in value]
            if isinstance(value, str):
                return value.replace(name, f"{name}{k}")
            return value
        copy = vary(data)
        copy["complainant"]["phone"] = f"1380000{k:04d}"
        if copy.get("debt", {}).get("principal"):
            copy["debt"]["principal"] = int(copy["debt"]["principal"]) + 100 * k
        for incident in copy.get("incidents", []):
            moment = datetime.fromisoformat(str(incident["time"])) + timedelta(minutes=k % 50)
            incident["time"] = moment.isoformat(sep=" ", timespec="minutes")
        found.append(validate(copy, path, None, registry))
    return found


def _medians(fns: dict[str, object], runs: int, turn: int = 1) -> dict[str, float]:
    """Median milliseconds of each function over runs 1..N, taken in turns of ``turn``
    consecutive runs each; run 0 warms up.

    Turns spread the load of a shared machine over the pipelines alike. A turn of several
    documents measures each pipeline as a batch runs it, one document after another; a
    turn of one measures each document just after the other pipelines' work (python-docx
    and docxtpl, tens of milliseconds each) has filled the CPU caches with theirs.
    As timeit does, the cyclic garbage collector does not run during a turn: it runs between
    turns, untimed, so that no pipeline pays for a collection of what another left (python-docx
    and docxtpl leave much)."""
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for fn in fns.values():
        fn(0)
    for first in range(1, runs + 1, turn):
        for name, fn in fns.items():
            gc.collect()
            gc.disable()
            try:
                for k in range(first, min(first + turn, runs + 1)):
                    start = time.perf_counter()
                    fn(k)
                    samples[name].append(time.perf_counter() - start)
            finally:
                gc.enable()
    return {name: statistics.median(found) * 1000 for name, found in samples.items()}


class Pipeline:
    """complaint-kit's pipeline for one draft of variant k, timing its three stages: the
    steps of ``draft.pipeline.docx_bytes``, each timed."""

    def __init__(self, cases, registry, kind: str, channel: str | None, base: bytes,
                 base_dir: Path, cold: bool = False, plain: bool = False):
        self.registry, self.base, self.base_dir = registry, base, base_dir
        self.cold, self.plain = cold, plain
        self.stages: dict[str, list[float]] = {"render": [], "parse+build": [], "save": []}
        self.jobs = []
        for case in cases:
            assessment = assess(case, registry)
            draft = plan(case, registry, assessment, doc=kind, to=channel)[0]
            # Figures are drawn once per case (as draft_case does), not per document: not timed.
            markdown = render_markdown(case, registry, assessment, draft, base_dir=base_dir)
            jurisdiction = registry.jurisdiction(case.jurisdiction)
            images = figures.draw(figures.wanted(markdown), assessment.pattern,
                                  jurisdiction.labels_for(case.language),
                                  case.language or jurisdiction.language)
            self.jobs.append((case, assessment, draft, images))
        self.finished: dict[int, bytes] = {}

    def __call__(self, k: int) -> bytes:
        case, assessment, draft, images = self.jobs[k]
        # cold: blocks go to a cache of their own, emptied for each document
        blocks = LruCache() if self.cold else CACHE
        t0 = time.perf_counter()
        markdown = render_markdown(case, self.registry, assessment, draft,
                                   base_dir=self.base_dir)
        t1 = time.perf_counter()
        title = draft.kind.title_for(case.language)
        buffer = io.BytesIO()
        if self.plain or "![" in markdown:
            document, _ = build_document(markdown, self.base, images, plain=self.plain)
            document.core_properties.title = title
            t2 = time.perf_counter()
            document.save(buffer)
        else:
            prepared = CACHE.get_or_make(("prepared base", self.base),
                                         lambda: PreparedBase(self.base))
            root = prepared.new_document()
            DocxBuilder(prepared.document, cache=blocks, body=prepared.body(root),
                        scope=(self.base, False), ids=prepared.style_ids).build(markdown)
            t2 = time.perf_counter()
            prepared.write(root, title, buffer)
        t3 = time.perf_counter()
        if k:
            for name, took in zip(self.stages, (t1 - t0, t2 - t1, t3 - t2), strict=True):
                self.stages[name].append(took)
        self.finished[k] = buffer.getvalue()
        return self.finished[k]

    def split(self) -> dict[str, float]:
        return {name: statistics.median(found) * 1000 for name, found in self.stages.items()}


def _docxtpl(pipeline: Pipeline):
    """(c): the render context complaint-kit's templates get, rendered into the Word template."""
    from docxtpl import DocxTemplate

    template = TEMPLATES / "complaint.docx"
    if not template.is_file():
        runpy.run_path(str(TEMPLATES / "make_complaint_template.py"))["main"]([])
    registry = pipeline.registry

    def run(k: int) -> bytes:
        case, assessment, draft, _images = pipeline.jobs[k]
        jurisdiction = registry.jurisdiction(case.jurisdiction)
        shared = case_context(case, jurisdiction, findings=assessment.findings,
                              routes=assessment.routes, pattern=assessment.pattern,
                              base_dir=pipeline.base_dir, warnings=[])
        context = document_context(shared, case, draft.kind, draft.channel)
        context.update(registry.extra_context(assessment.analysis, draft.kind.id, context))
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
    parser.add_argument("--repeat", type=int, default=20, help="variants timed (default 20)")
    parser.add_argument("--turn", type=int, default=10,
                        help="documents each pipeline drafts in a row, in turns (default 10)")
    parser.add_argument("--all", action="store_true",
                        help="time (a) and (b) for every document the case calls for")
    args = parser.parse_args(argv)
    registry = get_registry()
    cases = variants(args.case, registry, args.repeat + 1)
    base = default_base(registry.jurisdiction(cases[0].jurisdiction).typography)
    base_dir = Path(args.case).parent
    if args.all:
        return _all(cases, registry, base, base_dir, args.repeat)
    first = cases[0]
    draft = plan(first, registry, assess(first, registry), doc=args.doc)[0]
    channel = draft.channel.id if draft.channel else None
    name = draft.kind.id + (f" → {channel}" if channel else "")
    print(f"case {args.case}: {len(first.incidents)} incidents; {name}; median of "
          f"{args.repeat} different clients' documents, taken in turns of {args.turn}")
    ours = Pipeline(cases, registry, args.doc, channel, base, base_dir)
    cold = Pipeline(cases, registry, args.doc, channel, base, base_dir, cold=True)
    plain = Pipeline(cases, registry, args.doc, channel, base, base_dir, plain=True)
    contents = _contents(cases, registry, args.doc, channel, base, base_dir, args.repeat)
    fns = {"a": ours, "cold": cold, "plain": plain, "b": lambda k: _reference(contents[k])}
    if args.doc == "complaint":
        fns["c"] = _docxtpl(ours)
    ms = _medians(fns, args.repeat, args.turn)
    for label, pipeline, key in (("(a) complaint-kit pipeline     ", ours, "a"),
                                 ("(a) cold, no block reused      ", cold, "cold"),
                                 ("(a) plain reference path       ", plain, "plain")):
        split = pipeline.split()
        print(f"{label} {ms[key]:8.1f} ms/doc  (render {split['render']:.1f}, "
              f"parse+build {split['parse+build']:.1f}, save {split['save']:.1f})")
    print(f"(b) plain python-docx build     {ms['b']:8.1f} ms/doc")
    if "c" in ms:
        print(f"(c) docxtpl, Word template      {ms['c']:8.1f} ms/doc")
        print(f"a/c {ms['a'] / ms['c']:.2f}  (docxtpl ÷ complaint-kit: {ms['c'] / ms['a']:.2f}×;"
              f" cold: {ms['c'] / ms['cold']:.2f}×; plain: {ms['c'] / ms['plain']:.2f}×)")
    print(f"a/b {ms['a'] / ms['b']:.2f}")
    return 0


def _contents(cases, registry, kind: str, channel: str | None, base: bytes, base_dir: Path,
              repeat: int) -> list:
    """What (b) writes for each variant: the text of complaint-kit's document, drafted before
    the timing (with a cache of its own) and read back with python-docx."""
    pipeline = Pipeline(cases, registry, kind, channel, base, base_dir, cold=True)
    return [_content(pipeline(k)) for k in range(repeat + 1)]


def _all(cases, registry, base: bytes, base_dir: Path, repeat: int) -> int:
    first = cases[0]
    drafts = plan(first, registry, assess(first, registry))
    print(f"{len(first.incidents)} incidents, {len(drafts)} documents, median of {repeat} "
          f"different clients' documents")
    print(f"{'document':38} {'complaint-kit ms':>17} {'plain python-docx ms':>21} {'ratio':>6}")
    totals = [0.0, 0.0]
    for draft in drafts:
        channel = draft.channel.id if draft.channel else None
        ours = Pipeline(cases, registry, draft.kind.id, channel, base, base_dir)
        contents = _contents(cases, registry, draft.kind.id, channel, base, base_dir, repeat)
        ms = _medians({"a": ours, "b": lambda k, c=contents: _reference(c[k])}, repeat)
        totals[0] += ms["a"]
        totals[1] += ms["b"]
        name = draft.kind.id + (f" → {channel}" if channel else "")
        print(f"{name:38} {ms['a']:17.1f} {ms['b']:21.1f} {ms['a'] / ms['b']:6.2f}")
    print(f"{'all documents':38} {totals[0]:17.1f} {totals[1]:21.1f} "
          f"{totals[0] / totals[1]:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
