"""The fast drafting path writes the documents the plain reference path writes.

The reference builds with python-docx's API only (``document.add_paragraph``, ``add_run``,
``add_table``, …) and saves with ``document.save``; the fast path writes the same elements with
lxml, copies blocks it built before from the cache, and writes the package with zipfile from
the base's members. For every document kind of every example case, the two packages hold the
same members, every XML member the same canonical XML (C14N: attribute order and namespace
declarations aside), first with an empty cache and again with every block taken from it.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from complaint_kit.casefile.load import load_case
from complaint_kit.docx.basedoc import default_base
from complaint_kit.draft import figures
from complaint_kit.draft import pipeline as drafting
from complaint_kit.draft.cache import CACHE
from complaint_kit.draft.formats import language_tag
from complaint_kit.plugins.registry import get_registry

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"))


def members(data: bytes) -> dict[str, bytes]:
    """A package's members; XML ones canonicalised."""
    found = {}
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        for name in package.namelist():
            content = package.read(name)
            if name.endswith((".xml", ".rels")):
                content = etree.tostring(etree.fromstring(content), method="c14n")
            found[name] = content
    return found


def assert_same_package(fast: bytes, plain: bytes, what: str = "") -> None:
    ours, reference = members(fast), members(plain)
    assert sorted(ours) == sorted(reference), what
    for name, content in reference.items():
        assert ours[name] == content, f"{what}: {name} differs from the reference"


def _drafts(case_file: Path):
    """(name, Markdown, images, base, title, numbered) of every document kind for the case,
    each addressed to the first channel it can go to, as draft_case would write it."""
    registry = get_registry()
    case = load_case(case_file, registry)
    jurisdiction = registry.jurisdiction(case.jurisdiction)
    assessment = drafting.assess(case, registry)
    base = default_base(jurisdiction.typography,
                        language_tag(jurisdiction.locale(case.language)))
    for kind in registry.documents_for(case.jurisdiction):
        to = None
        if kind.channels:
            to = next(c.id for c in registry.channels_for(case.jurisdiction)
                      if kind.addresses(c.id, c.kind))
        draft = drafting.plan(case, registry, assessment, doc=kind.id, to=to)[0]
        markdown = drafting.render_markdown(case, registry, assessment, draft,
                                            base_dir=case_file.parent, today=date(2025, 3, 14))
        images = figures.draw(figures.wanted(markdown), assessment.pattern,
                              jurisdiction.labels_for(case.language),
                              case.language or jurisdiction.language, jurisdiction.chart_font)
        yield (kind.id, markdown, images, base, kind.title_for(case.language),
               jurisdiction.typography.numbered_lists)


@pytest.mark.parametrize("case_file", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_fast_path_writes_what_the_reference_writes(case_file, monkeypatch):
    monkeypatch.delenv("COMPLAINT_KIT_PLAIN_DOCX", raising=False)
    for kind, markdown, images, base, title, numbered in _drafts(case_file):
        plain, _ = drafting.docx_bytes(markdown, base, title, images, numbered=numbered,
                                       plain=True)
        CACHE.clear()
        for state in ("cold", "warm"):
            hits = CACHE.hits
            fast, _ = drafting.docx_bytes(markdown, base, title, images, numbered=numbered)
            if state == "warm":
                assert CACHE.hits > hits, f"{kind}: no block was taken from the cache"
            assert_same_package(fast, plain, f"{case_file.stem}:{kind} ({state})")


def test_the_switch_chooses_the_reference_path(monkeypatch):
    """COMPLAINT_KIT_PLAIN_DOCX=1: python-docx writes the package (its member order)."""
    base = default_base(get_registry().jurisdiction("us").typography)
    fast, _ = drafting.docx_bytes("Text.\n", base, "T")
    monkeypatch.setenv("COMPLAINT_KIT_PLAIN_DOCX", "1")
    plain, _ = drafting.docx_bytes("Text.\n", base, "T")
    assert_same_package(fast, plain)
    order = [zipfile.ZipFile(io.BytesIO(data)).namelist() for data in (fast, plain)]
    assert order[0] != order[1] and order[1][2] == "docProps/core.xml"
