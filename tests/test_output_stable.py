"""What the drafted documents say, kept as readable snapshots: a change to a template, a rule or
the builder shows as a diff a reviewer can read, line by line.

Every document kind is drafted for every example case (what the case calls for, plus any kind
it does not call for, addressed to the first channel that kind can go to), with a fixed date,
and the checklist beside them. Each document's snapshot, tests/snapshots/<example>/<file>.txt,
is its body in order: one line per paragraph with its style and layout ("[Heading 1]",
"[Normal right keep]"), each table with its column widths and one line per row. Media (the
charts) are named only: their bytes depend on the installed matplotlib and fonts.

When a change to the output is intended, regenerate the snapshots and review their diff with
the change:

    python tests/test_output_stable.py --update
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table

from complaint_kit.casefile.load import load_case
from complaint_kit.docx.basedoc import default_base, open_base
from complaint_kit.draft.pipeline import draft_case
from complaint_kit.model.jurisdiction import Typography
from complaint_kit.plugins.registry import get_registry

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CASES = sorted(EXAMPLES.glob("*.yaml"))
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
TODAY = date(2025, 3, 14)


def snapshot(path: Path) -> str:
    """A document's body as text: paragraphs with their style and layout, tables with their
    column widths, and the media it holds."""
    document = docx.Document(str(path))
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            widths = " ".join(str(c.width.twips if c.width else "auto") for c in block.columns)
            lines.append(f"[table: {widths}]")
            lines += ["| " + " | ".join(c.text.replace("\n", " / ") for c in row.cells) + " |"
                      for row in block.rows]
            continue
        fmt = block.paragraph_format
        marks = [block.style.name if block.style is not None else "?"]
        if block.alignment is not None:
            marks.append(block.alignment.name.lower())
        if fmt.keep_with_next:
            marks.append("keep")
        if fmt.page_break_before:
            marks.append("new page")
        lines.append(f"[{' '.join(marks)}] {block.text}".rstrip())
    with zipfile.ZipFile(path) as package:
        lines += [f"[media] {name}" for name in sorted(package.namelist())
                  if name.startswith("word/media/")]
    return "\n".join(lines) + "\n"


def draft_all(out: Path) -> dict[str, str]:
    """``<example>/<file>.txt`` → the snapshot, for every document drafted from every example,
    and the checklist beside them."""
    registry = get_registry()
    snapshots: dict[str, str] = {}
    for case_file in CASES:
        case = load_case(case_file, registry)
        target = out / case_file.stem
        _assessment, drafts = draft_case(case, registry, target, base_dir=case_file.parent,
                                         case_stem=case_file.stem, today=TODAY)
        drafted = {d.kind.id for d in drafts}
        for kind in registry.documents_for(case.jurisdiction):
            if kind.id in drafted:
                continue
            to = None
            if kind.channels:
                to = next(c.id for c in registry.channels_for(case.jurisdiction)
                          if kind.addresses(c.id, c.kind))
            _assessment, more = draft_case(case, registry, target, doc=kind.id, to=to,
                                           base_dir=case_file.parent, case_stem=case_file.stem,
                                           today=TODAY)
            drafts.extend(more)
        for draft in drafts:
            assert draft.path is not None
            snapshots[f"{case_file.stem}/{draft.path.stem}.txt"] = snapshot(draft.path)
        for checklist in target.glob("*-checklist.txt"):
            snapshots[f"{case_file.stem}/{checklist.name}"] = checklist.read_text(
                encoding="utf-8")
    return snapshots


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> dict[str, str]:
    return draft_all(tmp_path_factory.mktemp("stable"))


def test_every_kind_is_drafted_for_every_example(drafted):
    registry = get_registry()
    for case_file in CASES:
        case = load_case(case_file, registry)
        names = [n for n in drafted if n.startswith(f"{case_file.stem}/")]
        for kind in registry.documents_for(case.jurisdiction):
            assert any(f"-{kind.id}" in n for n in names), f"{case_file.name}: no {kind.id}"


def test_output_matches_the_snapshots(drafted):
    stored = {str(p.relative_to(SNAPSHOTS)): p.read_text(encoding="utf-8")
              for p in SNAPSHOTS.rglob("*.txt")}
    assert sorted(drafted) == sorted(stored), "a different set of documents was drafted"
    changed = [name for name, text in drafted.items() if stored[name] != text]
    assert not changed, ("drafted output differs from tests/snapshots (if intended: python "
                         "tests/test_output_stable.py --update, and review the diff):\n  "
                         + "\n  ".join(changed))


def _saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_documents_on_one_base_are_independent():
    """open_base shares the base's parsed parts between documents until one changes them."""
    base = default_base(Typography(page_label="{page}"))
    changed = open_base(base)
    changed.styles["Normal"].font.size = Pt(20)
    changed.sections[0].footer.paragraphs[0].add_run("changed")
    other = open_base(base)
    assert other.styles["Normal"].font.size != Pt(20)
    assert "changed" not in other.sections[0].footer.paragraphs[0].text
    # An untouched document saves the base's parts as they were, in a sound zip.
    with (zipfile.ZipFile(io.BytesIO(base)) as original,
          zipfile.ZipFile(io.BytesIO(_saved(open_base(base)))) as untouched):
        assert untouched.testzip() is None
        for name in ("word/styles.xml", "word/footer1.xml", "word/settings.xml"):
            assert untouched.read(name) == original.read(name)
    reopened = docx.Document(io.BytesIO(_saved(changed)))
    assert reopened.styles["Normal"].font.size == Pt(20)
    assert "changed" in reopened.sections[0].footer.paragraphs[0].text


def test_the_base_keeps_the_styles_it_uses_and_its_language_and_zoom():
    """The base is trimmed to the styles drafts use, their chains and the defaults; the
    language of its text and the zoom percentage stay."""
    from complaint_kit.docx.basedoc import STYLES

    base = default_base(Typography(page_label="{page}"), "zh-CN")
    document = open_base(base)
    names = {style.name for style in document.styles}
    assert {name for name, _ in STYLES} | {"Normal", "Footer"} <= names
    assert len(names) < 30 and "Intense Quote" not in names
    styles = document.styles.element
    assert styles.find(qn("w:latentStyles")) is None
    ids = {style.get(qn("w:styleId")) for style in styles.iterchildren(qn("w:style"))}
    for style in styles.iterchildren(qn("w:style")):  # every chain ends in the base
        for link in style.iterchildren(qn("w:basedOn"), qn("w:link"), qn("w:next")):
            assert link.get(qn("w:val")) in ids
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:eastAsia")) == "zh-CN"
    assert document.settings.element.find(qn("w:zoom")).get(qn("w:percent")) == "100"
    with zipfile.ZipFile(io.BytesIO(base)) as package:
        assert "word/stylesWithEffects.xml" not in package.namelist()


def _update() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        snapshots = draft_all(Path(tmp))
    shutil.rmtree(SNAPSHOTS, ignore_errors=True)
    for name, text in snapshots.items():
        (SNAPSHOTS / name).parent.mkdir(parents=True, exist_ok=True)
        (SNAPSHOTS / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(snapshots)} snapshots to {SNAPSHOTS}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit(__doc__)
    _update()
