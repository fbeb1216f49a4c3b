"""Issue 14, the case-file reader: every attack on it is refused with one line naming the file
and the line, quickly, in bounded memory, and without repeating personal numbers.

One reader serves them all: ``casefile.load.read_case_file``/``parse`` (``check``, ``draft``, the
folders of a batch) and ``casefile.checks.validate`` (every case, whatever it was read from: a JSONL
line, a spreadsheet row).
"""

from __future__ import annotations

import json
import re
import subprocess
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from complaint_kit.casefile import checks
from complaint_kit.casefile import load as caseio
from complaint_kit.casefile.checks import validate
from complaint_kit.casefile.load import load_case, parse
from complaint_kit.casefile.problems import CaseFileError, Problem
from complaint_kit.plugins.registry import get_registry
from tests.clirun import run_cli

ID_NUMBER = "110105199001011232"
PHONE = "13800000000"

CASE = """\
jurisdiction: cn
complainant: {name: 张测试}
respondents:
  - {id: lender, name: 示例网络小额贷款有限公司}
incidents:
  - {time: "2026-01-02 23:41", channel: sms, respondent: lender, content: 再不还款明天上门}
"""


@pytest.fixture(scope="module")
def registry():
    return get_registry()


def write(tmp_path: Path, text: str, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def refused(path: Path, registry=None) -> list[str]:
    """The lines of the error a case file is refused with; each names the file and a line."""
    with pytest.raises(CaseFileError) as info:
        load_case(path, registry)
    lines = str(info.value).splitlines()
    assert len(lines) == len(info.value.problems)
    for line in lines:
        assert re.match(rf"{re.escape(str(path))}:\d+: ", line), line
    return lines


def cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=cwd)


def clean_failure(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("error: ") for line in lines), result.stderr
    return lines


def alias_bomb(levels: int = 9) -> str:
    """A billion-laughs file: each level is ten aliases of the one before (10**levels)."""
    rows = ["  a: &a [x,x,x,x,x,x,x,x,x,x]"]
    for previous, name in zip("abcdefghij", "bcdefghijk"[:levels - 1], strict=False):
        rows.append(f"  {name}: &{name} [" + ",".join([f"*{previous}"] * 10) + "]")
    return "jurisdiction: cn\ncomplainant: {name: x}\nfacts:\n" + "\n".join(rows) + "\n"


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


def yaml_data(text: str):
    return parse(text)[0]


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


# -- 9. Personal numbers are never echoed ---------------------------------------------------------


@pytest.mark.parametrize("field, value", [
    ("complainant", {"name": "张测试", "id_number": [ID_NUMBER]}),
    ("complainant", {"name": "张测试", "phone": {"mobile": PHONE}}),
    ("complainant", {"name": ["张测试"]}),
    ("respondents", [{"id": "lender", "name": "x", "phones": {"a": PHONE}}]),
    ("incidents", [{"time": "2026-01-02 23:41", "channel": "sms", "from_number": [PHONE]}]),
    ("incidents", [{"time": "2026-01-02 23:41", "channel": PHONE}]),  # a number anywhere
    ("incidents", [{"time": "2026-01-02 23:41", "channel": "sms", "respondent": PHONE}]),
    ("incidents", [{"time": "2026-01-02 23:41", "channel": "sms", "to": {"number": [PHONE]}}]),
])
def test_personal_numbers_of_the_wrong_type_are_not_echoed(registry, field, value):
    # Before: `complainant.id_number: Input should be a valid string (got ['1101051990…'])`.
    data = yaml_data(CASE)
    data[field] = value
    with pytest.raises(CaseFileError) as info:
        validate(data, "case.yaml", registry=registry)
    text = str(info.value)
    for secret in (ID_NUMBER, PHONE, ID_NUMBER[:7], PHONE[:7], "张测试"):
        assert secret not in text
    assert all(p.message for p in info.value.problems)


def test_values_that_are_not_personal_are_still_shown(registry):
    data = yaml_data(CASE)
    data["incidents"][0]["time"] = "yesterday evening"
    data["incidents"][0]["channel"] = "smss"
    with pytest.raises(CaseFileError) as info:
        validate(data, "case.yaml", registry=registry)
    assert "(got 'yesterday evening')" in str(info.value)
    assert "(got 'smss')" in str(info.value)


def test_shown_is_the_one_rule():
    assert checks.shown("smss") == "'smss'"
    assert checks.shown("smss", ("complainant", "phone")) is None
    assert checks.shown("138 0000 0000") is None
    assert checks.shown("2026-03-01 25:00") == "'2026-03-01 25:00'"


# -- 10. Implausible dates -----------------------------------------------------------------------


def test_a_date_in_9999_is_refused(tmp_path, registry):
    # Before: accepted without a word.
    path = write(tmp_path, CASE + "debt: {due_date: 9999-01-01}\n")
    (line,) = refused(path, registry)
    assert line.startswith(f"{path}:7: debt.due_date: the year 9999 cannot be right")


def test_possible_but_unlikely_dates_are_warnings_with_their_lines(tmp_path, registry):
    path = write(tmp_path, CASE.replace("2026-01-02", "2062-01-02") + textwrap.dedent("""\
        debt: {start_date: 2063-05-01, due_date: 2150-01-01}
        prior_complaints:
          - {date: 2064-01-01, to: 12378}
        signed_on: 2026-01-05
        """))
    warnings: list[Problem] = []
    load_case(path, registry, warnings)
    now = datetime(2026, 12, 3, tzinfo=UTC)
    assert now.year < 2062 <= now.year + checks.FAR_AHEAD_YEARS < 2150
    assert [w.format(str(path)) for w in warnings] == [
        f"{path}:6: incidents[0].time: 2062-01-02 is in the future: check the date",
        f"{path}:9: prior_complaints[0].date: 2064-01-01 is in the future: check the date",
        f"{path}:7: debt.start_date: 2063-05-01 is in the future: check the date",
        f"{path}:7: debt.due_date: 2150-01-01 is more than 50 years ahead: check the year",
    ]


def test_todays_dates_are_not_warned_about(registry):
    case = validate(yaml_data(CASE), registry=registry)
    assert checks.implausible_dates(case) == []
    later = datetime(2026, 1, 3, 12, tzinfo=UTC)  # the incident was a day earlier
    assert checks.implausible_dates(case, later) == []
    earlier = datetime(2025, 12, 1, tzinfo=UTC)
    assert [p.path for p in checks.implausible_dates(case, earlier)] == ["incidents[0].time"]


def test_check_prints_the_warning_and_goes_on(tmp_path):
    path = write(tmp_path, CASE.replace("2026-01-02", "2062-01-02"))
    result = cli("check", path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"warning: {path}:6: incidents[0].time: 2062-01-02 is in the future: check the date"]


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
