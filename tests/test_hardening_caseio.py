"""Issue 14, the case-file reader: every attack on it is refused with one line naming the file
and the line, quickly, in bounded memory, and without repeating personal numbers.

One reader serves them all: ``casefile.load.read_case_file``/``parse`` (``check``, ``draft``, the
folders of a batch) and ``casefile.checks.validate`` (every case, whatever it was read from: a JSONL
line, a spreadsheet row).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from complaint_kit.casefile import checks
from complaint_kit.casefile import load as caseio
from complaint_kit.casefile.checks import validate
from complaint_kit.casefile.load import load_case, parse
from complaint_kit.casefile.problems import CaseFileError
from complaint_kit.plugins.registry import get_registry
from tests.casefile_attacks import (
    CASE,
    alias_bomb,
    clean_failure,
    cli,
    refused,
    write,
    yaml_data,
)


@pytest.fixture(scope="module")
def registry():
    return get_registry()


# -- 4. YAML alias bomb --------------------------------------------------------------------------


def test_an_alias_bomb_is_refused_at_once_naming_its_line(tmp_path):
    # Before: 393 bytes took 43 s and 2.4 GB in `check`; 9 levels ended in MemoryError.
    path = write(tmp_path, alias_bomb())
    assert len(path.read_bytes()) < 400
    start = time.perf_counter()
    (line,) = refused(path)
    assert time.perf_counter() - start < 5
    assert "aliases (*name) stand for more than 100,000 values" in line


def test_an_alias_bomb_in_check_is_one_error_line(tmp_path):
    path = write(tmp_path, alias_bomb())
    (line,) = clean_failure(cli("check", path))
    assert line.startswith(f"error: {path}:") and "aliases" in line


def test_aliases_within_the_bound_still_work(tmp_path, registry):
    incidents = "".join(
        f'  - {{time: "2026-01-02 23:{n:02d}", channel: sms, content: 还钱, to: *mother}}\n'
        for n in range(1, 40))
    path = write(tmp_path, "jurisdiction: cn\ncomplainant: {name: 张测试}\n"
                           "facts:\n  mother: &mother {relation: parent, name: 母亲}\n"
                           "incidents:\n" + incidents)
    case = load_case(path, registry)
    assert len(case.incidents) == 39
    assert all(i.to.name == "母亲" for i in case.incidents)


def test_a_recursive_alias_is_refused(tmp_path):
    path = write(tmp_path, "jurisdiction: cn\nfacts:\n  a: &a [1, *a]\n")
    (line,) = refused(path)
    assert line.startswith(f"{path}:3: ") and "*a is used inside the value it names" in line


# -- 7. A duplicate key --------------------------------------------------------------------------


def test_a_duplicate_key_is_an_error_naming_both_lines(tmp_path, registry):
    # Before: the second `incidents:` silently replaced the first.
    path = write(tmp_path, CASE + "incidents:\n  - {time: 2026-01-03 10:00, channel: call}\n")
    (line,) = refused(path, registry)
    assert line == (f"{path}:7: incidents: this key is given twice, on lines 5 and 7: keep one "
                    "(they would not be merged)")


def test_duplicate_keys_deep_in_the_file_are_each_reported(tmp_path):
    path = write(tmp_path, """\
        jurisdiction: cn
        complainant:
          name: 张测试
          phone: "1"
          name: 张三
        incidents:
          - {time: "2026-01-02 23:41", channel: sms, channel: call}
        """)
    lines = refused(path)
    assert lines == [
        f"{path}:5: complainant.name: this key is given twice, on lines 3 and 5: keep one "
        "(they would not be merged)",
        f"{path}:7: incidents[0].channel: this key is given twice, on lines 7 and 7: keep one "
        "(they would not be merged)",
    ]


# -- 8. Tracebacks, not error lines --------------------------------------------------------------


@pytest.mark.parametrize("when", ["0001-01-01 00:00+14:00", "9999-12-31 23:59-14:00",
                                  "0001-01-01 00:00", "9999-12-31"])
def test_dates_at_the_edge_of_the_range_are_an_error_line(tmp_path, registry, when):
    # Before: OverflowError in a rule ("a bug in a plugin"), or a traceback.
    path = write(tmp_path, CASE.replace("2026-01-02 23:41", when))
    (line,) = refused(path, registry)
    year = int(when[:4])
    assert line.startswith(f"{path}:6: incidents[0].time: the year {year} cannot be right")


def test_an_edge_date_in_check_is_an_error_line_not_an_overflow(tmp_path):
    path = write(tmp_path, CASE.replace("2026-01-02 23:41", "0001-01-01 00:00+14:00"))
    (line,) = clean_failure(cli("check", path))
    assert "incidents[0].time: the year 1 cannot be right" in line
    assert "OverflowError" not in line


@pytest.mark.parametrize("text, message", [
    ("complainant: !!python/object/apply:os.system [echo pwned]\n",
     "the tag !!python/object/apply:os.system is not allowed"),
    ("complainant: !!python/name:os.system ''\n", "the tag !!python/name:os.system is not allowed"),
    ("signed_on: !!timestamp 2026-01-01\n", "the tag !!timestamp is not allowed"),
    ("facts: !!binary aGk=\n", "the tag !!binary is not allowed"),
    ("facts: !local {}\n", "the tag !local is not allowed"),
    ("facts: {a: !!int twelve}\n", "the value does not fit its tag !!int"),
    ("facts: {a: !!bool maybe}\n", "the value does not fit its tag !!bool"),
    ("facts: {a: !!float x}\n", "the value does not fit its tag !!float"),
])
def test_tags_other_than_plain_data_are_an_error_line(tmp_path, text, message):
    # Before: `!!python/...` gave a ConstructorError traceback; `!!int x` a ValueError.
    path = write(tmp_path, "jurisdiction: cn\n" + text)
    (line,) = refused(path)
    assert line.startswith(f"{path}:2: (case): {message}"), line


def test_a_python_tag_in_check_is_an_error_line(tmp_path):
    path = write(tmp_path, "jurisdiction: cn\ncomplainant: !!python/object/apply:os.system "
                           "[echo pwned]\n")
    result = cli("check", path)
    (line,) = clean_failure(result)
    assert "pwned" not in result.stdout and "is not allowed" in line


@pytest.mark.parametrize("name, text", [
    ("deep.yaml", "jurisdiction: cn\nfacts:\n  a: " + "[" * 5000 + "]" * 5000 + "\n"),
    ("deep-block.yaml", "jurisdiction: cn\nfacts:\n" + "".join(
        "  " * (n + 1) + f"k{n}:\n" for n in range(200)) + "  " * 201 + "v\n"),
    ("deep.json", '{"jurisdiction": "cn", "facts": {"a": ' + "[" * 100000 + "]" * 100000 +
     "}}"),
])
def test_deep_nesting_in_a_file_is_an_error_line(tmp_path, name, text):
    # Before: RecursionError with a traceback.
    path = write(tmp_path, text, name)
    (line,) = refused(path)
    assert "lists and mappings are nested more than 64 deep" in line


def test_nesting_just_within_the_limit_is_read(tmp_path):
    depth = checks.MAX_DEPTH - 1  # the facts mapping is the first level
    path = write(tmp_path, "facts: " + "[" * (depth - 1) + "]" * (depth - 1) + "\n")
    data, _ = parse(path.read_text(encoding="utf-8"))
    assert "facts" in data


def test_a_deep_jsonl_line_is_that_rows_error(tmp_path):
    # A batch row goes through caseio.validate, whatever it was read from. Before: a line
    # nested 500 deep was read, and RecursionError came later, in validation or drafting.
    from complaint_kit.batch.inputs import open_input

    deep = {"jurisdiction": "cn", "complainant": {"name": "x"}, "facts": {}}
    value: list = []
    deep["facts"]["a"] = value
    for _ in range(500):
        value.append([])
        value = value[0]
    source = tmp_path / "cases.jsonl"
    source.write_text(json.dumps(deep) + "\n" + json.dumps(json.loads(
        json.dumps(yaml_data(CASE)))) + "\n", encoding="utf-8")
    outcomes = []
    for raw in open_input(source):
        assert not raw.errors
        try:
            validate(raw.data, f"{raw.source}:{raw.row}", registry=get_registry())
            outcomes.append("ok")
        except CaseFileError as exc:
            (line,) = str(exc).splitlines()
            outcomes.append(line)
    assert outcomes == [
        "cases.jsonl:1: facts.a" + "[0]" * 62 + ": lists and mappings are nested more than 64 "
        "deep", "ok"]


def test_dev_zero_is_refused_by_its_size(tmp_path):
    # Before: `check /dev/zero` read until MemoryError (2.7 GB).
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    (line,) = clean_failure(cli("check", "/dev/zero"))
    assert line == "error: /dev/zero: (case): the file is larger than 32 MiB: not a case file"


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(caseio, "MAX_BYTES", 1000)
    path = write(tmp_path, CASE + "# " + "x" * 1000 + "\n")
    with pytest.raises(CaseFileError, match="the file is larger than"):
        load_case(path)
    with pytest.raises(CaseFileError, match="the file is larger than"):
        parse(path.read_text(encoding="utf-8"))


def test_a_file_of_too_many_values_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(caseio, "MAX_VALUES", 1000)
    path = write(tmp_path, "jurisdiction: cn\nfacts:\n  a: [" + ", ".join(["1"] * 2000) + "]\n")
    (line,) = refused(path)
    assert line == f"{path}:3: (case): more than 1,000 values in one case file"


@pytest.mark.parametrize("text", [
    "jurisdiction: cn\ncomplainant: [\n",  # unclosed
    "jurisdiction: cn\n\tcomplainant: {}\n",  # a tab
    "jurisdiction: cn\ncomplainant: {name: \x07}\n",  # a control character
    "jurisdiction: cn\n---\njurisdiction: tw\n",  # two documents
    "jurisdiction: cn\nfacts: *nowhere\n",  # an undefined alias
    "jurisdiction: cn\nfacts: &a 1\nrequests: &a 2\n",  # an anchor twice
    "jurisdiction: cn\nfacts: {[1, 2]: x}\n",  # a key that is a list
    "jurisdiction: cn\nfacts: {? {a: 1} : x}\n",  # a key that is a mapping
    "jurisdiction: cn\ncomplainant: \"unclosed\n",
])
def test_every_reader_error_is_one_line_naming_the_file_and_line(tmp_path, text):
    path = write(tmp_path, text)
    (line,) = refused(path)
    assert "Error" not in line and "\n" not in line


def test_invalid_utf8_names_the_line_and_byte(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_bytes(b"jurisdiction: cn\ncomplainant: {name: \xff}\n")
    (line,) = refused(path)
    assert line == (f"{path}:2: (case): not UTF-8 text (invalid start byte at byte 37)")


def test_a_huge_integer_is_text_not_a_crash(tmp_path):
    # Python refuses to turn more than 4,300 digits into an int: a ValueError traceback.
    data, _ = parse("facts: {a: " + "7" * 5000 + "}\n")
    assert data["facts"]["a"] == "7" * 5000


def test_a_lone_surrogate_in_text_given_to_parse_is_an_error_line():
    with pytest.raises(CaseFileError) as info:
        parse("a: 1\nb: \ud83d\n", "case.yaml")
    assert str(info.value) == ("case.yaml:2: (case): not valid YAML: the character U+D83D is "
                               "not allowed (special characters are not allowed)")
