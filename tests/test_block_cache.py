"""The block cache: a block of a document seen before is copied from the cache, never
reused where it would build differently.

The fast path keeps what each top-level block built, keyed by the block's tokens, the page
break waiting for it, the base and the list numbering (``docx.build``, ``docx.blocks``). Blocks
made by hand are built cold, warm and on the plain reference path and the packages compared
(every example document is compared in ``test_docx_equivalence``).
"""

from __future__ import annotations

import io
import zipfile

import pytest

from complaint_kit.docx.basedoc import default_base
from complaint_kit.docx.blocks import top_level_blocks
from complaint_kit.docx.markdown import markdown_parser
from complaint_kit.draft import pipeline as drafting
from complaint_kit.draft.cache import CACHE, LruCache
from complaint_kit.model.jurisdiction import Typography
from complaint_kit.plugins.registry import get_registry
from tests.test_docx_equivalence import assert_same_package


def _base() -> bytes:
    return default_base(get_registry().jurisdiction("cn").typography)


def _document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read("word/document.xml")


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
# table cells: what XML escapes, edge spaces, line breaks, a tab
HAND_MADE += ["| a & b | <c> |\n|---|---|\n| &#32;x&#32; | y\u2028z |\n| \\<w:p\\> | |\n",
              "| a | b |\n|---|---|\n| t\tab | x |\n"]




@pytest.mark.parametrize("markdown", HAND_MADE)
def test_blocks_made_by_hand_build_as_the_reference_cold_and_warm(markdown):
    base = _base()
    plain, _ = drafting.docx_bytes(markdown, base, "Title", plain=True)
    CACHE.clear()
    for _state in ("cold", "warm"):
        fast, _ = drafting.docx_bytes(markdown, base, "Title", plain=False)
        assert_same_package(fast, plain, markdown)
    assert CACHE.hits


def test_a_page_break_before_a_cached_block_stays_with_this_document():
    base = _base()
    with_break = "Shared text.\n\n---\n\nShared text.\n"
    without = "Shared text.\n\nShared text.\n"
    for _ in range(2):
        for markdown in (with_break, without):
            fast, _ = drafting.docx_bytes(markdown, base, "T", plain=False)
            plain, _ = drafting.docx_bytes(markdown, base, "T", plain=True)
            assert_same_package(fast, plain, markdown)
    assert b"pageBreakBefore" not in _document_xml(
        drafting.docx_bytes(without, base, "T", plain=False)[0])


@pytest.mark.parametrize(("first", "then"), [
    ("{.center}\nSame words\n", "{.right}\nSame words\n"),  # the class line is the key's
    ("**Same** words\n", "*Same* words\n"),
    ("1. a\n2. b\n", "3. a\n4. b\n"),  # the list's start
    ("| a | b |\n|---|---|\n| 1 | 2 |\n", "| a | b |\n|---|--:|\n| 1 | 2 |\n"),
])
def test_blocks_that_build_differently_never_share_an_entry(first, then):
    base = _base()
    drafting.docx_bytes(first, base, "T", plain=False)
    fast, _ = drafting.docx_bytes(then, base, "T", plain=False)
    plain, _ = drafting.docx_bytes(then, base, "T", plain=True)
    assert_same_package(fast, plain, then)


def test_the_base_and_the_numbering_are_part_of_the_key():
    markdown = "- item\n"
    letter = default_base(Typography(page="Letter"))
    for base in (_base(), letter):
        for numbered in (False, True, False):
            fast, _ = drafting.docx_bytes(markdown, base, "T", numbered=numbered, plain=False)
            plain, _ = drafting.docx_bytes(markdown, base, "T", numbered=numbered, plain=True)
            assert_same_package(fast, plain, f"numbered={numbered}")


@pytest.mark.parametrize("markdown", [*HAND_MADE, "1. one\n\n2. two\n\n   more\n\nAfter.\n",
                                      "> quote\n\n> another\n", "    code\n\nText\n"])
def test_top_level_blocks_hold_every_token_once(markdown):
    tokens = markdown_parser().parse(markdown)
    blocks = list(top_level_blocks(tokens))
    assert [t for block in blocks for t in block] == tokens
    for block in blocks:
        assert block[0].level == 0 and block[-1].level == 0
        assert block[0].nesting == 0 or block[-1].nesting == -1


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
