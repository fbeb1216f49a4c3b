"""The builder's shortcuts make the documents it would make without them.

Blocks are cut at blank lines and built from a cache when seen before (mdblocks), and inline
text is written without the inline parser when it is plain (docxbuild). Every example case of
every jurisdiction, every document kind, is built three ways and the document XML compared:
the whole Markdown parsed at once with markdown-it's inline pass (no shortcut), the blocks
built the first time, and the blocks copied from a warm cache.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from complaint_kit import docxbuild, drafting
from complaint_kit.basedoc import default_base, open_base, save_assembled
from complaint_kit.caseio import load_case
from complaint_kit.docxbuild import DocxBuilder
from complaint_kit.lru import LruCache
from complaint_kit.mdblocks import split_blocks
from complaint_kit.registry import get_registry

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _markdowns() -> list[tuple[str, str, bytes]]:
    """(name, Markdown, base) of every document kind for every example case."""
    registry = get_registry()
    found = []
    for case_file in sorted(EXAMPLES.glob("*.yaml")):
        case = load_case(case_file, registry)
        jurisdiction = registry.jurisdiction(case.jurisdiction)
        assessment = drafting.assess(case, registry)
        for kind in registry.documents_for(case.jurisdiction):
            to = None
            if kind.channels:
                to = next(c.id for c in registry.channels_for(case.jurisdiction)
                          if kind.addresses(c.id, c.kind))
            draft = drafting.plan(case, registry, assessment, doc=kind.id, to=to)[0]
            markdown = drafting.render_markdown(case, registry, assessment, draft,
                                                base_dir=case_file.parent,
                                                today=date(2025, 3, 14))
            if "![" in markdown:  # charts: drawn by matplotlib, not what is compared here
                markdown = "\n".join(line for line in markdown.split("\n") if "![" not in line)
            found.append((f"{case_file.stem}:{kind.id}", markdown,
                          default_base(jurisdiction.typography)))
    return found


MARKDOWNS = _markdowns()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def _assert_assembled_as_built(markdown: str, base: bytes) -> None:
    """Written from serialized blocks (``drafting.docx_bytes``), cold and from the cache: the
    package a python-docx document built in place saves, member for member."""
    document = open_base(base)
    DocxBuilder(document).build(markdown)
    document.core_properties.title = "Title"
    buffer = io.BytesIO()
    document.save(buffer)
    built = _members(buffer.getvalue())
    for _ in ("cold", "warm"):
        body = drafting.build_body(markdown, base)
        assert body is not None
        buffer = io.BytesIO()
        save_assembled(base, body[0], "Title", buffer)
        assembled = _members(buffer.getvalue())
        assert list(assembled) == list(built)
        for name, data in built.items():
            assert assembled[name] == data, name


@pytest.mark.parametrize(("name", "markdown", "base"), MARKDOWNS, ids=[m[0] for m in MARKDOWNS])
def test_assembled_documents_are_those_built_in_place(name, markdown, base, monkeypatch):
    monkeypatch.setattr(drafting, "_BASES", {})
    _assert_assembled_as_built(markdown, base)


def _xml(markdown: str, base: bytes, cache: LruCache | None) -> bytes:
    document = open_base(base)
    DocxBuilder(document, cache=cache).build(markdown)
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        return package.read("word/document.xml")


def _assert_shortcuts_build_as_plain(markdown: str, base: bytes, monkeypatch) -> None:
    cache: LruCache = LruCache()
    cold = _xml(markdown, base, cache)
    assert len(cache), "no block was kept"
    warm = _xml(markdown, base, cache)
    assert cache.hits
    monkeypatch.setattr(docxbuild, "_BLOCK_PARSER", docxbuild._PARSER)  # inline parsed, too
    plain = _xml(markdown, base, None)
    assert cold == plain, "the first build differs from a plain build"
    assert warm == plain, "a build from the cache differs from a plain build"


@pytest.mark.parametrize(("name", "markdown", "base"), MARKDOWNS, ids=[m[0] for m in MARKDOWNS])
def test_shortcuts_build_the_same_xml(name, markdown, base, monkeypatch):
    _assert_shortcuts_build_as_plain(markdown, base, monkeypatch)


HAND_MADE = [
    "{.small}\nSmall print\\.\n",
    "{.right}\n签名：张三\n\n{.center}\n居中\n\n{.noindent}\n\\- not a list\n",
    "{.right .small}\nTwo classes\n\n{.bogus}\nAn unknown class\n",
    "{.keep}\n此致\n\n{.noindent .keep}\n敬礼\n\n{.right .keep}\n签名：张三\n",
    "# Title\n{.center}\nSub\n\n## Heading \\#\n",
    "Trailing spaces   \n\n\u3000Ideographic space first\n\nA\u2028break\n",
    "Escapes: a\\*b \\\\ c\\_d &#32;\n\n1\\. not a list\n\n1\\) nor this\n",
    "| a | b |\n|---|---:|\n| 1\\|2 | **3** |\n| x |\n",
    # punctuation that begins no inline markup is text, wherever it stands
    "Time: 22:00 (local), 50% + $5 = ok; a/b? #1 - x @y ^z {w} \"q\" 'r' a|b\n",
    "Ends with a backslash \\\n\nA \\q that escapes nothing\n\nnot_a_link] [x]\n",
    "#1 is a heading\n\n1) a list\n\n2025 is a year\n\n+ a list\n\n= text\n",
    "| a: b | c (d) |\n|---|---|\n| 22:00 | 50% |\n",
    # tables: alignments, ragged rows, a header alone, empty cells, markup, a page break before
    "| l | c | r | n |\n|:---|:---:|---:| --- |\n| 1 | 2 | 3 | 4 |\n| short |\n"
    "| 1 | 2 | 3 | 4 | 5 | 6 |\n",
    "| only | a header |\n|---|---|\n",
    "|  | **b** |\n|---|---|\n| |   x   |\n",
    "---\n\n| a |\n|---|\n| 1 |\n",
    # shapes left to the parser: not a table, or one it reads its own way
    "| a | b |\n|---|\n| 1 | 2 |\n",
    "| a |\n---|\n| 1 |\n",
    "| a |\n|---|\n| 1 |\nno pipe\n",
    "| a\\|b | c |\n|---|---|\n| 1 | 2 |\n",
    "|a|b|\n|-|-|\n|1|2|\n",
]
# a table's cells written as XML text: what lxml escapes, edge spaces, line breaks, a tab
HAND_MADE += ["| a & b | <c> |\n|---|---|\n| &#32;x&#32; | y\u2028z |\n| \\<w:p\\> | |\n",
              "| a | b |\n|---|---|\n| t\tab | x |\n"]


@pytest.mark.parametrize("markdown", HAND_MADE)
def test_shortcuts_on_blocks_made_by_hand(markdown, monkeypatch):
    base = default_base(get_registry().jurisdiction("cn").typography)
    _assert_shortcuts_build_as_plain(markdown, base, monkeypatch)


def _tokens(markdown: str) -> list[tuple]:
    return [(t.type, t.tag, t.nesting, t.content, t.markup, t.info, sorted(t.attrs.items()),
             [(c.type, c.content) for c in t.children or []])
            for t in docxbuild._PARSER.parse(markdown)]


def _assert_blocks_parse_as_in_place(markdown: str) -> None:
    chunks = split_blocks(markdown)
    assert chunks is not None
    assert _tokens(markdown) == [t for chunk in chunks for t in _tokens(chunk)]


@pytest.mark.parametrize(("name", "markdown", "base"), MARKDOWNS, ids=[m[0] for m in MARKDOWNS])
def test_blocks_parse_as_they_do_in_place(name, markdown, base):
    _assert_blocks_parse_as_in_place(markdown)


@pytest.mark.parametrize("markdown", [
    # a loose list: one block across its blank lines, numbering included
    "1. one\n\n2. two\n\n   more of two\n\n3. three\n\nAfter.\n",
    "- a\n\n  - nested\n\n- b\n",
    # an attribute line belongs to the block after it, even across a blank line
    "{.center}\n\nCentred?\n\nNext.\n",
    # indented code after a paragraph; a table; a heading; a page break
    "Para.\n\n    code\n\n    more code\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
    "## H\n\n---\n\nEnd.\n",
    "> quote\n\n> another quote\n",
    # a line of other white space is no blank line: the paragraph goes on
    "One\n\u3000\nstill the same paragraph\n\n\u2028\n\nAnd\xa0\n",
])
def test_hard_cases_split_safely(markdown):
    _assert_blocks_parse_as_in_place(markdown)


@pytest.mark.parametrize("markdown", [
    "```\ncode\n\nstill code\n```\n",
    "~~~\ncode\n\n~~~\n",
    "A [link][x].\n\n[x]: https://example.org\n",
])
def test_documents_whose_blocks_reach_further_are_not_split(markdown):
    assert split_blocks(markdown) is None


@pytest.mark.parametrize("markdown", HAND_MADE)
def test_assembled_blocks_made_by_hand(markdown, monkeypatch):
    monkeypatch.setattr(drafting, "_BASES", {})
    _assert_assembled_as_built(markdown, default_base(get_registry().jurisdiction("cn").typography))


def test_a_page_break_before_a_cached_block_stays_with_this_document():
    base = default_base(get_registry().jurisdiction("cn").typography)
    cache: LruCache = LruCache()
    with_break = "Shared text.\n\n---\n\nShared text.\n"
    without = "Shared text.\n\nShared text.\n"
    for _ in range(2):
        _xml(with_break, base, cache)
        _xml(without, base, cache)
    assert _xml(with_break, base, cache) == _xml(with_break, base, None)
    assert _xml(without, base, cache) == _xml(without, base, None)


def test_the_cache_is_bounded_and_keeps_what_is_asked_for_again():
    cache: LruCache[str, int] = LruCache(size=3, probation=2)
    cache.put("a", 1)
    assert cache.get("a") == 1  # asked for again: into the main segment
    for key in "bcd":  # never asked for again: only the last two stay on probation
        cache.put(key, 2)
    assert cache.get("b") is None and cache.get("c") == 2 and cache.get("a") == 1
    for key in "efgh":
        cache.put(key, 3)
        cache.get(key)
    assert cache.get("a") is None and cache.get("h") == 3  # "a" was the least recently used
    assert len(cache) <= 3 + 2
