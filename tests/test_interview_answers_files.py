"""The interview run from an answers file: drafting without a terminal, missing and bad answers,
the new facts."""

from __future__ import annotations

import pytest
import typer
import yaml

from complaint_kit.interview.engine import INTERVIEW_VERSION
from complaint_kit.interview.session import run
from tests.clirun import run_cli
from tests.interviewing import (
    ANSWERS,
)


def test_answers_file_drafts_without_a_terminal(tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump({**ANSWERS, "documents": ["notice"]},
                                      allow_unicode=True), encoding="utf-8")
    case_file = tmp_path / "case.yaml"
    assert run(case_file, lang="en", answers_file=answers, interactive=False) == 0
    saved = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    assert saved["interview"] == {"version": INTERVIEW_VERSION, "done": True, "lang": "en",
                                  "documents": ["notice"]}
    assert len(saved["incidents"]) == 3
    assert saved["prior_complaints"] == [{"kind": "police_warning", "date": "2026-01-05",
                                          "to": "测试派出所"}]
    assert [p.name for p in tmp_path.glob("*.docx")] == ["case-notice-lender.docx"]


def test_a_finished_case_run_again_redrafts_only_the_documents_chosen(tmp_path):
    case_file = tmp_path / "case.yaml"
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump({**ANSWERS, "documents": ["notice"]},
                                      allow_unicode=True), encoding="utf-8")
    assert run(case_file, lang="en", answers_file=answers, interactive=False) == 0
    (tmp_path / "case-notice-lender.docx").unlink()
    assert run(case_file, lang="en", interactive=False) == 0  # no --doc, no answers file
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == ["case-notice-lender.docx"]


def test_a_failed_run_from_an_answers_file_leaves_no_case_file(tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump({"jurisdiction": "cn", "complainant_name": "张测试"},
                                      allow_unicode=True), encoding="utf-8")
    case_file = tmp_path / "case.yaml"
    with pytest.raises(typer.Exit):  # the missing answers are named, the exit code is 2
        run(case_file, lang="en", answers_file=answers, interactive=False)
    assert not case_file.exists()
    # a case file that was there before stays
    case_file.write_text("schema_version: 1\njurisdiction: cn\n", encoding="utf-8")
    with pytest.raises(typer.Exit):
        run(case_file, lang="en", answers_file=answers, interactive=False)
    assert case_file.exists()


def test_missing_answers_are_named_and_fail(tmp_path, capsys):
    answers = tmp_path / "answers.json"
    answers.write_text('{"jurisdiction": "cn", "complainant_name": "N"}', encoding="utf-8")
    result = run_cli("interview", tmp_path / "c.yaml", "--answers", answers, "--lang", "en")
    assert result.returncode == 2
    assert "lender_name" in result.stderr and "complainant_name" not in result.stderr
    assert not (tmp_path / "c.yaml").exists()  # the answers stay in their own file


def test_with_an_answers_file_a_terminal_is_asked_only_what_is_required(tmp_path):
    answers = tmp_path / "answers.yaml"
    given = {k: v for k, v in ANSWERS.items() if k != "lender_name"}
    answers.write_text(yaml.safe_dump({**given, "documents": ["notice"]}, allow_unicode=True),
                       encoding="utf-8")
    asked = []

    def read(prompt: str) -> str:
        asked.append(prompt)
        return "示例贷"

    assert run(tmp_path / "case.yaml", lang="en", answers_file=answers, read=read,
               interactive=True) == 0
    assert len(asked) == 1
    assert list(tmp_path.glob("case-notice-*.docx"))


def test_answers_file_takes_the_new_facts(tmp_path):
    answers = {
        **ANSWERS, "region": "广东省深圳市", "funder_name": "示例银行股份有限公司",
        "funder_type": "bank", "debt_outstanding": 6000, "debt_demanded": "9,800",
        "debt_purpose": "consumer", "others_contacted": True, "debtor_reachable": False,
        "incidents": [
            {"time": "2026-01-03 10:00", "channel": "call", "to": {"relation": "parent",
                                                               "name": "张母",
                                                               "asked_to_stop": True},
             "text": "打给我妈妈说我欠钱不还", "wording": "described", "automated": False},
            {"time": "2026-01-03 11:00", "channel": "im", "to": "employer",
             "text": "法院已立案", "audience": "group", "verified_false": "12368: 无此案"},
        ],
        "documents": ["notice"],
    }
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    assert run(tmp_path / "case.yaml", lang="en", answers_file=path, interactive=False) == 0
    saved = yaml.safe_load((tmp_path / "case.yaml").read_text(encoding="utf-8"))
    assert (saved["region"], saved["debtor_reachable"]) == ("广东省深圳市", False)
    assert saved["debt"] == {"principal": "8000", "outstanding": "6000", "demanded": "9800",
                             "purpose": "consumer", "funder": "funder"}
    assert {"id": "funder", "role": "funder", "name": "示例银行股份有限公司",
            "type": "bank"} in saved["respondents"]
    call, post = saved["incidents"]
    assert call["to"] == {"relation": "parent", "name": "张母", "asked_to_stop": True}
    assert (call["wording"], call["automated"]) == ("described", False)
    assert (post["to"], post["audience"], post["verified_false"]) == (
        {"relation": "employer"}, "group", "12368: 无此案")


@pytest.mark.parametrize(("incident", "reason"), [
    ({"wording": "exact"}, "verbatim"), ({"audience": "everyone"}, "private, group"),
    ({"to": "mother"}, "relation"),
])
def test_a_bad_contact_fact_in_an_answers_file_is_named(tmp_path, incident, reason):
    answers = {**ANSWERS, "incidents": [{"time": "2026-01-03 10:00", "channel": "call",
                                         **incident}]}
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    result = run_cli("interview", tmp_path / "c.yaml", "--answers", path, "--lang", "en")
    assert result.returncode != 0
    assert "incidents" in result.stderr and reason in result.stderr, result.stderr
