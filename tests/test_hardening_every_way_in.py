"""Issue 14: one loader for every way a case comes in (a folder batch, JSON, without libyaml),
with the same guards."""

from __future__ import annotations

import json
import re
import time

import pytest

from complaint_kit.casefile import load as caseio
from complaint_kit.casefile.checks import validate
from complaint_kit.casefile.load import load_case, parse
from complaint_kit.casefile.problems import CaseFileError
from complaint_kit.plugins.registry import get_registry
from tests.casefile_attacks import (
    CASE,
    alias_bomb,
    write,
)

# -- One loader for every way in -----------------------------------------------------------------


def test_a_folder_batch_reads_each_file_with_the_same_guards(tmp_path):
    from complaint_kit.batch.inputs import open_input

    folder = tmp_path / "cases"
    folder.mkdir()
    write(folder, alias_bomb(), "a-bomb.yaml")
    write(folder, "jurisdiction: cn\ncomplainant: !!python/object/apply:os.system [ls]\n",
          "b-python.yaml")
    write(folder, CASE + "incidents: []\n", "c-twice.yaml")
    write(folder, CASE, "d-good.yaml")
    start = time.perf_counter()
    rows = {raw.source: [e.message for e in raw.errors] for raw in open_input(folder)}
    assert time.perf_counter() - start < 10
    assert rows["cases/d-good.yaml"] == []
    assert "aliases (*name) stand for more than" in rows["cases/a-bomb.yaml"][0]
    assert "!!python/object/apply:os.system is not allowed" in rows["cases/b-python.yaml"][0]
    assert "given twice, on lines 5 and 7" in rows["cases/c-twice.yaml"][0]


def test_a_folder_batch_bounds_each_file_by_the_size_limit(tmp_path, monkeypatch):
    """A folder batch reads its files as `check` does, at most MAX_BYTES each: an oversized
    file is that row's error, and the next file is read."""
    from complaint_kit.batch.inputs import open_input
    from complaint_kit.casefile import load as caseio

    monkeypatch.setattr(caseio, "MAX_BYTES", 1024)
    folder = tmp_path / "cases"
    folder.mkdir()
    write(folder, CASE + "# " + "x" * 2000 + "\n", "a-large.yaml")
    write(folder, CASE, "b-good.yaml")
    rows = {raw.source: [e.message for e in raw.errors] for raw in open_input(folder)}
    assert "larger than" in rows["cases/a-large.yaml"][0]
    assert rows["cases/b-good.yaml"] == []


def test_a_key_with_a_line_break_still_gives_one_line_per_problem():
    data = {"jurisdiction": "cn", "complainant": {"name": "x"}, "a\nb": 1, "\x1b[2J": 2}
    with pytest.raises(CaseFileError) as info:
        validate(data, "case.jsonl:3")
    assert str(info.value).splitlines() == [
        "case.jsonl:3: a\\nb: unknown field (check the spelling; see `complaint-kit schema`)",
        "case.jsonl:3: \\x1b[2J: unknown field (check the spelling; see `complaint-kit schema`)",
    ]


def test_without_libyaml_the_same_guards_hold(monkeypatch, tmp_path):
    fast = parse(CASE)
    monkeypatch.setattr(caseio, "_FastLoader", caseio._Loader)
    assert parse(CASE) == fast
    for text, message in ((alias_bomb(), "aliases (*name) stand for more than"),
                          ("a: " + "[" * 100 + "]" * 100, "nested more than 64 deep"),
                          ("a: !!python/name:os.system ''", "is not allowed"),
                          ("a: 1\na: 2\n", "given twice, on lines 1 and 2")):
        with pytest.raises(CaseFileError, match=re.escape(message)):
            parse(text)


def test_a_case_written_by_json_dump_keeps_its_emoji(tmp_path):
    """json.dump writes 🔪 as the surrogate-pair escapes \\ud83d\\udd2a, which YAML refuses: the
    pair is read as the one character; a lone surrogate is still one error line; an escaped
    backslash before "u" stays as written."""
    data, _ = parse(CASE)
    data["incidents"][0]["content"] = "🔪 明天上门 \\ud83d\\udd2a"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # ensure_ascii: every non-ASCII escaped
    assert "\\ud83d\\udd2a" in path.read_text(encoding="utf-8")
    case = load_case(path, get_registry())
    assert case.incidents[0].content == "🔪 明天上门 \\ud83d\\udd2a"
    path.write_text('{"id": "x \\ud800"}', encoding="utf-8")
    with pytest.raises(CaseFileError) as info:
        load_case(path, get_registry())
    assert len(str(info.value).splitlines()) == 1
