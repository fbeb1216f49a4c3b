"""Issue 14, the values of a case file: personal numbers are never echoed in an error, and an
implausible date is refused or warned about, with its line."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime

import pytest

from complaint_kit.casefile import checks
from complaint_kit.casefile.checks import validate
from complaint_kit.casefile.load import load_case
from complaint_kit.casefile.problems import CaseFileError, Problem
from complaint_kit.plugins.registry import get_registry
from tests.casefile_attacks import (
    CASE,
    ID_NUMBER,
    PHONE,
    cli,
    refused,
    write,
    yaml_data,
)


@pytest.fixture(scope="module")
def registry():
    return get_registry()


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
