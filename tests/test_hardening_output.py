"""Issue 14, reference documents and output safety: a hostile --reference-docx, control
characters on the terminal, bidi controls in what we write, and a quadratic safe_name.

Each test builds the attack as an attacker would (python-docx and zipfile, or a hand-made zip
for a bomb) and shows what complaint-kit does with it now."""

from __future__ import annotations

import time

import pytest

# --- safe_name --------------------------------------------------------------------------

@pytest.mark.parametrize("char", ["x", "汉", "😀"])
def test_safe_name_is_linear_in_the_length_of_the_id(char):
    from complaint_kit.drafting import MAX_NAME_BYTES, safe_name

    started = time.perf_counter()
    name = safe_name(char * 100_000)
    assert time.perf_counter() - started < 0.5  # was 22 s
    assert 0 < len(name.encode()) <= MAX_NAME_BYTES and set(name) == {char}
    assert len((name + char).encode()) > MAX_NAME_BYTES  # the longest prefix that fits


def test_safe_name_is_linear_for_a_long_run_of_combining_marks():
    from complaint_kit.drafting import safe_name

    started = time.perf_counter()
    name = safe_name("a" + "\u0301\u0316" * 50_000)  # NFC reorders such a run: 12 s
    assert time.perf_counter() - started < 0.5 and name.startswith("\u00e1")


def test_safe_name_keeps_names_as_before():
    from complaint_kit.drafting import safe_name

    assert safe_name("wang-2026-01") == "wang-2026-01"
    assert safe_name(" a/b:c*d?.. ") == "a_b_c_d"
    assert safe_name("con.txt") == "_con.txt"
    assert safe_name("张 三\t王") == "张_三_王"
    assert safe_name("\u202eexe.docx\x7f\x9b") == "exe.docx"
    assert safe_name("...") == "case"
