"""Case files: YAML round-trip, one clear message per problem, and YAML 1.1's traps."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from complaint_kit.casefile.checks import validate
from complaint_kit.casefile.dump import dump_case
from complaint_kit.casefile.load import load_case, parse
from complaint_kit.casefile.problems import CaseFileError
from complaint_kit.plugins.registry import get_registry

BAD_ID = "110105194912310021"  # the valid number ends in X


@pytest.fixture
def registry():
    return get_registry()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "case.yaml"
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def problems(path: Path, registry) -> list[str]:
    with pytest.raises(CaseFileError) as info:
        load_case(path, registry)
    lines = str(info.value).splitlines()
    assert len(lines) == len(info.value.problems)
    return lines


def test_example_round_trips_through_yaml(example_path, tmp_path, registry):
    case = load_case(example_path, registry)
    text = dump_case(case)
    again = tmp_path / "again.yaml"
    again.write_text(text, encoding="utf-8")
    assert load_case(again, registry) == case
    assert dump_case(load_case(again, registry)) == text


def test_each_problem_gets_one_line_with_field_path_and_line(tmp_path, registry):
    path = write(tmp_path, """
        schema_version: 1
        jurisdiction: cn
        complainant:
          nickname: 小张
        respondents:
          - id: lender
            name: 示例网络小额贷款有限公司
        incidents:
          - time: yesterday evening
            channel: sms
            content: 再不还款明天上门
        """)
    lines = problems(path, registry)
    assert len(lines) == 3
    name, unknown, time = lines
    assert re.match(rf"{re.escape(str(path))}:[34]: complainant\.name: required field", name)
    assert unknown.startswith(f"{path}:4: complainant.nickname: unknown field")
    assert time.startswith(f"{path}:9: incidents[0].time: ")
    assert "yesterday evening" in time


def test_references_and_id_check_digit_are_reported_without_the_number(tmp_path, registry):
    path = write(tmp_path, f"""
        jurisdiction: cn
        complainant:
          name: 张测试
          id_number: "{BAD_ID}"
        respondents:
          - id: lender
            name: 示例网络小额贷款有限公司
        incidents:
          - time: 2026-03-01 23:15
            channel: sms
            respondent: ghost
            content: 再不还款明天上门
        """)
    lines = problems(path, registry)
    assert len(lines) == 2
    text = "\n".join(lines)
    assert f"{path}:11: incidents[0].respondent: no respondent has the id 'ghost'" in text
    assert f"{path}:4: complainant.id_number: the check digit does not match" in text
    assert BAD_ID not in text and BAD_ID[:10] not in text


def test_broken_yaml_names_the_line(tmp_path, registry):
    path = write(tmp_path, "jurisdiction: cn\ncomplainant: [\n")
    (line,) = problems(path, registry)
    assert line.startswith(f"{path}:")
    assert "not valid YAML" in line


def test_missing_file_is_one_clear_problem(tmp_path, registry):
    (line,) = problems(tmp_path / "nowhere.yaml", registry)
    assert "no such file" in line


def test_yaml_11_traps_stay_strings(tmp_path, registry):
    path = write(tmp_path, """
        jurisdiction: cn
        complainant:
          name: 张测试
          phone: 0755123456
        respondents:
          - id: lender
            name: 示例
            phones: [075512345678, 010-12345678]
        incidents:
          - time: 2026-03-01 23:15
            channel: sms
            from_number: 0755123
            content: no
            note: off
        """)
    case = load_case(path, registry)
    assert case.complainant.phone == "0755123456"
    assert case.respondents[0].phones == ["075512345678", "010-12345678"]
    incident = case.incidents[0]
    assert incident.content == "no"
    assert incident.note == "off"
    assert incident.from_number == "0755123"
    assert incident.time.utcoffset() is not None  # naive time read in the jurisdiction's zone
    assert "content: 'no'" in dump_case(case) or "content: \"no\"" in dump_case(case)


def test_parse_maps_paths_to_lines():
    data, lines = parse("a: 1\nb:\n  - x: 2\n")
    assert data == {"a": 1, "b": [{"x": 2}]}
    assert lines[("a",)] == 1 and lines[("b", 0, "x")] == 3


def test_validate_without_registry_and_not_a_mapping():
    with pytest.raises(CaseFileError, match="a case must be a mapping"):
        validate(["not", "a", "case"])


def test_the_readme_case_example_is_valid(repo_root, tmp_path, registry):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    path = tmp_path / "readme.yaml"
    path.write_text(example, encoding="utf-8")
    case = load_case(path, registry)
    assert case.jurisdiction == "cn" and len(case.incidents) == 2
    assert case.complainant.phone == "13800000000"
    assert case.incidents[0].time.utcoffset() is not None


def test_the_debts_lender_and_funder_must_be_respondents(tmp_path, registry):
    path = tmp_path / "case.yaml"
    path.write_text(textwrap.dedent("""\
        jurisdiction: cn
        complainant: {name: 张测试}
        respondents:
          - {id: app, name: 示例借款App, type: online_platform}
        debt: {lender: app, funder: bank}
        """), encoding="utf-8")
    assert problems(path, registry) == [f"{path}:5: debt.funder: no respondent has the id 'bank'"]
