"""Answers files: the example for each place drafts without a terminal, with its answers read
as typed; `--list-questions` gives the ids an answers file uses."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from complaint_kit.casefile.load import load_case
from complaint_kit.interview.question_list import questions_for, render
from complaint_kit.interview.session import run
from complaint_kit.plugins.registry import UnknownName, get_registry

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "answers"


@pytest.mark.parametrize("code", ["cn", "tw", "hk", "us", "uk"])
def test_each_example_answers_file_drafts_without_a_terminal(code, tmp_path):
    answers = EXAMPLES / f"{code}.yaml"
    given = yaml.safe_load(answers.read_text(encoding="utf-8"))
    ids = {q.id for q in questions_for(get_registry(), code)} | {"documents"}
    assert set(given) <= ids, set(given) - ids  # every key is a question of the place
    case_file = tmp_path / "case.yaml"
    assert run(case_file, lang="en", answers_file=answers, out_dir=tmp_path / "out",
               interactive=False) == 0
    case = load_case(case_file, get_registry())
    assert case.jurisdiction == code
    assert list((tmp_path / "out").glob("*.docx"))
    relations = {str(i.to.relation) for i in case.incidents}
    assert {"parent", "employer"} & relations  # others were reached: the findings need it


def test_the_examples_answers_are_stored_as_read(tmp_path):
    stored = {}
    for code in ("cn", "tw", "us"):
        case_file = tmp_path / f"{code}.yaml"
        assert run(case_file, lang="en", answers_file=EXAMPLES / f"{code}.yaml",
                   out_dir=tmp_path / code, docs=[], interactive=False) == 0
        stored[code] = load_case(case_file, get_registry())
    cn, tw, us = stored["cn"], stored["tw"], stored["us"]
    assert (cn.debt.principal, cn.debt.outstanding, cn.debt.demanded) == (50000, 42000, 68000)
    assert cn.complainant.phone == "13800000000"
    assert tw.debt.outstanding == 80000
    assert tw.facts["asked_to_stop_on"] == "2026-03-03"  # 民國115年3月3日
    assert tw.facts["bank_complaint_date"] == "2026-03-05"  # 115/03/05
    assert "agency_on_bank_list" not in tw.facts  # 不知道 stores nothing
    assert us.timezone == "America/Los_Angeles" and us.facts["consumer_state"] == "CA"
    assert us.debt.outstanding == 2480


# The question list


def test_the_question_list_names_ids_prompts_types_and_conditions():
    text = render(get_registry(), "cn", "zh-Hans")
    assert "cn_police_warning_date:" in text and "tw_id_number" not in text
    assert "# 警告的日期" in text
    assert "# type: date (required); when: cn_police_warned = true" in text
    assert "中国大陆 (cn)" in text
    skeleton = yaml.safe_load(text)
    assert list(skeleton) == [q.id for q in questions_for(get_registry(), "cn")]
    everything = render(get_registry(), None, "en")
    assert "only in tw cases" in everything and "asked instead of lender_type" in everything
    with pytest.raises(UnknownName):
        render(get_registry(), "xx", "en")


@pytest.mark.parametrize(("key", "bad"), [("debt_principal", "lots"), ("jurisdiction", "火星"),
                                          ("complainant_phone", "12345")])
def test_a_failed_run_names_the_answer_and_leaves_no_case_file(tmp_path, key, bad):
    from typer.testing import CliRunner

    from complaint_kit.cli.app import app

    given = yaml.safe_load((EXAMPLES / "cn.yaml").read_text(encoding="utf-8"))
    given[key] = bad
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump(given, allow_unicode=True), encoding="utf-8")
    case_file = tmp_path / "case.yaml"
    result = CliRunner().invoke(app, ["interview", str(case_file), "--answers", str(answers),
                                      "--lang", "zh-Hans"])
    assert result.exit_code != 0
    assert key in result.output and "Traceback" not in result.output
    assert not case_file.exists()


def test_list_questions_on_the_command_line():
    from typer.testing import CliRunner

    from complaint_kit.cli.app import app

    result = CliRunner().invoke(app, ["interview", "--list-questions", "-j", "tw",
                                      "--lang", "zh-Hant"])
    assert result.exit_code == 0, result.output
    skeleton = yaml.safe_load(result.output)
    assert "tw_principal_type" in skeleton and "lender_type" not in skeleton
    assert "# 您欠款的對象是哪一類機構？" in result.output
    # the skeleton, filled in with the example's answers, is an answers file that drafts
    assert set(yaml.safe_load((EXAMPLES / "tw.yaml").read_text(encoding="utf-8"))) <= set(
        skeleton)
