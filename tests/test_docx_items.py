"""A list not in the block cache is built item by item, and each item is cached: an item copied
from the cache builds what the reference path builds, at its place in its list."""

from __future__ import annotations

import pytest

from complaint_kit.docx.basedoc import default_base
from complaint_kit.draft import pipeline as drafting
from complaint_kit.draft.cache import CACHE
from complaint_kit.plugins.registry import get_registry
from tests.test_docx_equivalence import assert_same_package

FIRST = "Asked:\n\n1. alpha\n2. beta\n    - one\n    - two\n3. gamma\n\n- x\n- y\n"
# Items 1 and 3 as before, item 2 changed (its nested list as before); the bullets in another
# order (an item's place is part of its key).
SECOND = "Asked:\n\n1. alpha\n2. BETA\n    - one\n    - two\n3. gamma\n\n- y\n- x\n"
# The same items at other places: other numbers, and an item after a page break.
THIRD = "1. gamma\n2. alpha\n\n---\n\n- x\n"


@pytest.mark.parametrize("numbered", [False, True])
def test_items_taken_from_the_cache_build_what_the_reference_builds(numbered, monkeypatch):
    monkeypatch.delenv("COMPLAINT_KIT_PLAIN_DOCX", raising=False)
    base = default_base(get_registry().jurisdiction("cn").typography, "zh-CN")
    CACHE.clear()
    drafting.docx_bytes(FIRST, base, "T", numbered=numbered)
    for markdown in (SECOND, THIRD):
        hits = CACHE.hits
        fast, _ = drafting.docx_bytes(markdown, base, "T", numbered=numbered)
        plain, _ = drafting.docx_bytes(markdown, base, "T", numbered=numbered, plain=True)
        assert_same_package(fast, plain, markdown)
        if markdown == SECOND:  # the base, the paragraph, items 1 and 3 of the list
            assert CACHE.hits - hits == 4
