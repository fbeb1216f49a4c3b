"""The guided interview: questions as data, answers, pause and resume, the terminal."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer
import yaml

from complaint_kit.evidence.pasted import split_messages
from complaint_kit.i18n import LANGUAGES, _messages, pick_language, translator
from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.answers import parse
from complaint_kit.interview.engine import CORE_QUESTIONS, INTERVIEW_VERSION, Interview
from complaint_kit.interview.question import Question, get_path, holds, load_questions, set_path
from complaint_kit.interview.session import run
from complaint_kit.plugins.registry import get_registry
from tests.clirun import run_cli

VALID_ID = "110105199001011232"  # fictitious, with a valid GB 11643 check digit

ANSWERS = {
    "jurisdiction": "cn", "complainant_name": "张测试", "complainant_phone": "13800000000",
    "cn_id_number": VALID_ID, "lender_name": "示例网络小额贷款有限公司",
    "lender_type": "online_platform", "debt_principal": 8000, "cn_police_warned": True,
    "cn_police_warning_date": "2026-01-05", "cn_police_station": "测试派出所",
    "incidents": [
        {"time": "2026-01-02 23:41", "channel": "sms", "number": "10690000123",
         "text": "再不还，就把你欠钱的事告诉你全部通讯录！"},
        "2026-01-02 23:45 10690000123 老赖，今晚不还款后果自负！\n"
        "2026-01-02 23:47 10690000123 别装死，马上还钱！",
    ],
}


def interview(data: dict | None = None) -> Interview:
    return Interview.for_registry(data if data is not None else {}, get_registry())


# Conditions and target paths


def test_conditions_are_data_not_code():
    answers = {"a": True, "b": "x", "m": ["p", "q"]}
    assert holds(None, answers)
    assert holds({"field": "a", "equals": True}, answers)
    assert not holds({"field": "b", "equals": "y"}, answers)
    assert holds({"field": "b", "in": ["x", "z"]}, answers)
    assert holds({"field": "m", "contains": "q"}, answers)
    assert holds({"field": "missing", "is_set": False}, answers)
    assert holds({"all": [{"field": "a", "equals": True}, {"not": {"field": "b",
                                                                   "equals": "y"}}]}, answers)
    assert holds({"any": [{"field": "b", "equals": "y"}, {"field": "a", "is_set": True}]},
                 answers)
    with pytest.raises(ValueError):
        holds({"field": "a", "__import__": "os"}, answers)


def test_target_paths_create_and_select_list_items():
    data: dict = {}
    set_path(data, "respondents[id=lender,role=lender].name", "L")
    set_path(data, "respondents[id=lender,role=lender].type", "bank")
    set_path(data, "prior_complaints[kind=police_warning].date", "2026-01-05")
    set_path(data, "complainant.name", "N")
    assert data["respondents"] == [{"id": "lender", "role": "lender", "name": "L",
                                    "type": "bank"}]
    assert get_path(data, "prior_complaints[kind=police_warning].date") == "2026-01-05"
    assert get_path(data, "respondents[id=agency].name") is None
    set_path(data, "complainant.name", None)
    assert data["complainant"] == {}


def test_core_questions_load_and_hold_nothing_jurisdiction_specific():
    questions = load_questions(CORE_QUESTIONS)
    assert questions[0].id == "jurisdiction"
    assert all(q.jurisdiction is None for q in questions)
    text = CORE_QUESTIONS.read_text(encoding="utf-8")
    assert not re.search(r"[\u4e00-\u9fff]", text)


def test_cn_questions_come_through_the_hook_and_follow_jurisdiction():
    iv = interview()
    assert "cn_id_number" not in [q.id for q in iv.applicable()]
    iv.answer("cn")
    ids = [q.id for q in iv.applicable()]
    assert ids.index("cn_id_number") == ids.index("complainant_phone") + 1
    assert "cn_police_warning_date" not in ids  # only when the police warned


# Validators


@pytest.mark.parametrize(("kind", "raw", "value"), [
    ("phone", "138 0000-0000", "13800000000"),
    ("date", "2026-3-1", "2026-03-01"),
    ("date", "2026年3月1日", "2026-03-01"),
    ("datetime", "2026-03-01 23:15", "2026-03-01 23:15"),
    ("money", "8,000.50", "8000.50"),
    ("yes_no", "y", True),
    ("yes_no", "否", False),
])
def test_answers_are_parsed_by_type(kind, raw, value):
    assert parse(Question(id="q", prompt="Q", target="x", type=kind), raw, {}) == value


@pytest.mark.parametrize(("kind", "raw"), [
    ("phone", "12ab"), ("date", "2026-02-30"), ("date", "tomorrow"),
    ("datetime", "2026-03-01"), ("money", "lots"), ("yes_no", "maybe"),
])
def test_bad_answers_say_why(kind, raw):
    with pytest.raises(AnswerError) as exc:
        parse(Question(id="q", prompt="Q", target="x", type=kind), raw, {})
    assert str(exc.value)


def test_national_id_check_digit_validator():
    iv = interview({"jurisdiction": "cn", "complainant": {"name": "N", "phone": "1"}})
    question = iv.question("cn_id_number")
    assert iv.parse(question, VALID_ID.lower()) == VALID_ID
    with pytest.raises(AnswerError, match="check digit"):
        iv.parse(question, VALID_ID[:-1] + "3")
    with pytest.raises(AnswerError):
        iv.parse(question, "123")


# Pasted messages


def test_a_pasted_block_splits_into_incidents():
    block = ("2026-03-01 23:15 10690000000 第一条\n"
             "续行\n"
             "2026/03/02 08:01:30 第二条没有号码\n"
             "\n"
             "2026-03-02 09:00 +8613800000000 third")
    found = split_messages(block)
    assert [i["time"] for i in found] == ["2026-03-01 23:15", "2026-03-02 08:01:30",
                                          "2026-03-02 09:00"]
    assert found[0] == {"time": "2026-03-01 23:15", "channel": "sms",
                        "from_number": "10690000000", "content": "第一条\n续行"}
    assert "from_number" not in found[1]
    assert found[2]["from_number"] == "+8613800000000"


# Answers files, saving and resuming


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


def test_every_answer_is_saved_and_resumes_where_it_stopped(tmp_path):
    case_file = tmp_path / "case.yaml"
    lines = iter(["1", "Jane Roe", "12ab", "13800000000"])

    def read(prompt: str) -> str:
        try:
            return next(lines)
        except StopIteration:
            raise KeyboardInterrupt from None

    assert run(case_file, lang="en", read=read, interactive=True) == 130
    saved = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    assert saved["complainant"] == {"name": "Jane Roe", "phone": "13800000000"}
    assert saved["interview"] == {"version": INTERVIEW_VERSION, "next_question": "cn_id_number",
                                  "lang": "en"}
    assert interview(saved).current.id == "cn_id_number"


def test_a_file_from_an_older_interview_resumes_sensibly():
    data = {"jurisdiction": "cn", "complainant": {"name": "N"},
            "interview": {"version": INTERVIEW_VERSION - 1, "next_question": "gone_question"}}
    iv = interview(data)
    assert iv.current.id == "complainant_phone"  # first unanswered; the unknown id is skipped
    iv.skip()
    assert iv.current.id == "cn_id_number"


def test_back_returns_to_the_previous_question():
    iv = interview()
    iv.answer("cn")
    iv.answer("N")
    assert iv.current.id == "complainant_phone"
    assert iv.back() and iv.current.id == "complainant_name"


# Contacts typed one by one: whom each reached, and the facts that decide a finding's strength

EOF = object()  # Ctrl-D
AT_CONTACTS = {
    "schema_version": 1, "jurisdiction": "cn",
    "complainant": {"name": "张测试", "phone": "13800000000"},
    "respondents": [{"id": "lender", "role": "lender", "type": "online_platform",
                     "name": "示例网络小额贷款有限公司"}],
    "facts": {"others_contacted": True},
    "interview": {"version": INTERVIEW_VERSION, "next_question": "incidents"},
}
TO_MOTHER = ["2026-03-02 09:10", "1", "2", "李母", "", "", "", "打给我妈妈，说我欠钱不还",
             "", ""]  # call; my mother; name; her number, asked to stop, number: unknown
TO_EMPLOYER = ["2026-03-02 10:30", "1", "6", "", "", "2", "", "打到我单位，说我是老赖", "", "2"]
# no more contacts, none checked and found untrue, reachable?, harm..., review
TO_THE_END = ["", "", "", "", "", "", ""]


def scripted(tmp_path: Path, lines: list, data: dict | None = None,
             lang: str | None = "zh-Hans", documents: tuple[str, ...] = ()
             ) -> tuple[int, dict, list[str]]:
    """Run the interview at a pretend terminal that types ``lines`` (EOF: Ctrl-D); at the
    list of documents it types ``documents``, then 0 (none)."""
    case_file = tmp_path / "case.yaml"
    if data is not None:
        case_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    feed, prompts = iter(lines), []
    picks = iter(documents)

    def read(prompt: str) -> str:
        if prompt.startswith(translator(lang or "en")("Numbers of the documents to draft "
                                                      "(Enter = all, 0 = none)")):
            return next(picks, "0")
        prompts.append(prompt)
        line = next(feed, EOF)
        if line is EOF:
            raise EOFError
        return line

    code = run(case_file, lang=lang, read=read, interactive=True)
    return code, yaml.safe_load(case_file.read_text(encoding="utf-8")), prompts


def test_contacts_to_the_mother_and_the_employer_are_recorded(tmp_path):
    code, saved, prompts = scripted(tmp_path, TO_MOTHER + TO_EMPLOYER + TO_THE_END,
                                    AT_CONTACTS)
    assert code == 0
    mother, employer = saved["incidents"]
    assert mother == {"time": "2026-03-02 09:10", "channel": "call",
                      "to": {"relation": "parent", "name": "李母"},
                      "content": "打给我妈妈，说我欠钱不还"}  # unknowns stored as nothing
    assert employer["to"] == {"relation": "employer", "asked_to_stop": False}
    assert employer["automated"] is False and "wording" not in employer
    assert saved["interview"] == {"version": INTERVIEW_VERSION, "done": True, "lang": "zh-Hans",
                                  "documents": []}  # 0: none drafted
    assert "debtor_reachable" not in saved  # asked, and left unknown
    assert any("直接回车 = 我本人" in p for p in prompts)


def test_the_third_party_finding_follows_from_the_recorded_contacts(tmp_path):
    from complaint_kit.casefile.load import load_case
    from complaint_kit.draft.pipeline import assess

    code, _saved, _ = scripted(tmp_path, TO_MOTHER + TO_EMPLOYER + TO_THE_END, AT_CONTACTS)
    assert code == 0
    registry = get_registry()
    case = load_case(tmp_path / "case.yaml", registry)
    assert [str(i.to.relation) for i in case.incidents] == ["parent", "employer"]
    found = {f.rule_id: f for f in assess(case, registry).findings}
    assert "CN-THIRD-PARTY" in found
    assert set(found["CN-THIRD-PARTY"].incidents) == {"I1", "I2"}


def test_enter_leaves_every_fact_of_a_contact_unknown(tmp_path):
    data = {**AT_CONTACTS, "facts": {}}
    lines = ["2026-03-02 23:10", "", "", "", "再不还钱就去你家", ""]
    code, saved, _ = scripted(tmp_path, lines + TO_THE_END, data)
    assert code == 0
    assert saved["incidents"] == [{"time": "2026-03-02 23:10", "channel": "sms",
                                   "content": "再不还钱就去你家"}]
    call = ["2026-03-03 09:00", "1", "", "", "他说要去我单位闹", "", ""]
    code, saved, _ = scripted(tmp_path, call + TO_THE_END, {**data, "incidents": []})
    assert saved["incidents"] == [{"time": "2026-03-03 09:00", "channel": "call",
                                   "content": "他说要去我单位闹"}]


def test_ctrl_d_in_the_middle_of_a_contact_keeps_it_and_resuming_finishes_it(tmp_path):
    code, saved, _ = scripted(tmp_path, [*TO_MOTHER[:3], EOF], AT_CONTACTS)
    assert code == 130
    assert saved["incidents"] == [{"time": "2026-03-02 09:10", "channel": "call",
                                   "to": {"relation": "parent"}}]
    assert saved["interview"]["next_question"] == "incidents#0:name"
    code, saved, prompts = scripted(tmp_path, TO_MOTHER[3:] + TO_THE_END)
    assert code == 0
    assert saved["incidents"][0]["to"] == {"relation": "parent", "name": "李母"}
    assert saved["incidents"][0]["content"] == "打给我妈妈，说我欠钱不还"
    assert prompts[0].startswith("这个人的姓名")


def test_back_within_a_contact_keeps_what_was_typed(tmp_path):
    # call, another relative, back (the relative stays the choice), a colleague instead
    lines = ["2026-03-02 09:10", "1", "5", "<", "7", "", "", "", "", "", "", ""]
    code, saved, prompts = scripted(tmp_path, lines + TO_THE_END, AT_CONTACTS)
    assert code == 0
    assert saved["incidents"][0]["to"] == {"relation": "colleague"}
    assert "直接回车保留：其他亲属（兄弟姐妹等）" in prompts[4]  # whom again, after which
    # < at the first question of a contact goes to its time, which Enter keeps
    lines = ["2026-03-02 09:10", "<", "", "", "", "", "", ""]
    code, saved, _ = scripted(tmp_path, lines + TO_THE_END, {**AT_CONTACTS, "incidents": []})
    assert saved["incidents"][0]["time"] == "2026-03-02 09:10"


def test_pasted_messages_stay_texts_to_me_unless_i_say_otherwise(tmp_path):
    paste = ["2026-03-01 23:15 10690000000 老赖，今晚不还后果自负", "2026-03-01 23:20 第二条", ""]
    code, saved, _ = scripted(tmp_path, [*paste, "", *TO_THE_END],
                              {**AT_CONTACTS, "facts": {}})
    assert code == 0
    assert [set(i) for i in saved["incidents"]] == [
        {"time", "channel", "from_number", "content"}, {"time", "channel", "content"}]
    assert {i["channel"] for i in saved["incidents"]} == {"sms"}
    # "1": change them all: WeChat, into a group chat that others could see
    code, saved, _ = scripted(tmp_path, [*paste, "1", "3", "10", "3", "", "2", *TO_THE_END],
                              {**AT_CONTACTS, "facts": {}})
    assert code == 0
    for incident in saved["incidents"]:
        assert (incident["channel"], incident["to"], incident["audience"]) == (
            "im", {"relation": "public"}, "group")
    assert saved["facts"]["others_contacted"] is True  # a contact with others says so


def test_a_claim_checked_and_found_false_is_recorded_on_its_contact(tmp_path):
    text = ["2026-03-02 23:10", "", "", "", "法院已立案，明天来抓你", ""]
    lines = [*TO_MOTHER, *text, "", "2", "打12368查询，没有此案", "", *TO_THE_END]
    code, saved, _ = scripted(tmp_path, lines, AT_CONTACTS)
    assert code == 0
    assert "verified_false" not in saved["incidents"][0]
    assert saved["incidents"][1]["verified_false"] == "打12368查询，没有此案"


def test_ctrl_d_while_pasting_keeps_the_lines_pasted(tmp_path):
    code, saved, _ = scripted(tmp_path, ["2026-03-01 23:15 第一条", "2026-03-01 23:16 第二条",
                                         EOF], AT_CONTACTS)
    assert code == 130
    assert [i["content"] for i in saved["incidents"]] == ["第一条", "第二条"]


def test_others_contacted_but_none_recorded_is_pointed_out_once(tmp_path, capsys):
    lines = ["2026-03-02 23:10", "", "", "", "", "", ""]  # a text to me, then Enter twice
    code, _saved, _ = scripted(tmp_path, lines + TO_THE_END, AT_CONTACTS)
    assert code == 0
    assert capsys.readouterr().out.count("以上记录里还没有联系其他人的") == 1


# The review: it edits, and asks what an edit opens


AT_REVIEW = {
    **AT_CONTACTS, "region": "广东省深圳市", "debt": {"principal": "8000"},
    "harm": {"mental_health": True},
    "incidents": [
        {"time": "2026-03-02 09:10", "channel": "call", "to": {"relation": "parent"},
         "content": "打给我妈妈，说我欠钱不还"},
        {"time": "2026-03-02 11:00", "channel": "sms", "from_number": "10690000999",
         "content": "打错了的一条"}],
    "interview": {"version": INTERVIEW_VERSION, "done": True},
}


def _number(data: dict, question_id: str) -> str:
    """The number the review shows beside a question."""
    return str([q.id for q in interview(copy.deepcopy(data)).applicable()].index(
        question_id) + 1)


def test_the_review_clears_an_optional_answer(tmp_path):
    code, saved, _ = scripted(tmp_path, [_number(AT_REVIEW, "region"), "-", ""], AT_REVIEW)
    assert code == 0
    assert "region" not in saved


def test_the_review_shows_short_labels_and_amounts_with_their_currency(tmp_path, capsys):
    code, _saved, _ = scripted(tmp_path, [""], AT_REVIEW)
    assert code == 0
    out = capsys.readouterr().out
    assert "人民币 8,000 元" in out
    assert not re.search(r"[？。）]:", out)  # no ASCII colon after Chinese punctuation
    assert "（不知道" not in out.split("您的回答")[1]  # the instructions are not repeated
    assert "CN-" not in out  # findings without rule codes


def test_an_edit_in_the_review_asks_its_follow_ups_at_once(tmp_path, capsys):
    lines = [_number(AT_REVIEW, "cn_police_warned"), "y", "2026-01-05", "测试派出所", ""]
    code, saved, _ = scripted(tmp_path, lines, AT_REVIEW)
    assert code == 0
    assert saved["prior_complaints"] == [{"kind": "police_warning", "date": "2026-01-05",
                                          "to": "测试派出所"}]
    out = capsys.readouterr().out
    asked = out.index("警告的日期")
    assert asked < out.index("您的回答", asked)  # before the review is shown again


def test_follow_ups_opened_by_follow_ups_are_asked_too(tmp_path):
    data = copy.deepcopy(AT_REVIEW)
    data["respondents"][0]["type"] = "bank"
    lines = [_number(data, "lender_type"), "4", "示例银行股份有限公司", "1", ""]
    code, saved, _ = scripted(tmp_path, lines, data)
    assert code == 0
    funder = next(r for r in saved["respondents"] if r["id"] == "funder")
    assert (funder["name"], funder["type"]) == ("示例银行股份有限公司", "bank")


def test_a_required_follow_up_is_asked_again_after_back(tmp_path):
    lines = [_number(AT_REVIEW, "cn_police_warned"), "y", "<", "2026-01-05", "测试派出所", ""]
    code, saved, _ = scripted(tmp_path, lines, AT_REVIEW)
    assert code == 0
    assert saved["prior_complaints"][0]["date"] == "2026-01-05"


def test_the_review_lists_and_deletes_a_contact(tmp_path, capsys):
    lines = [_number(AT_REVIEW, "incidents"), "2", "2", "", ""]
    code, saved, _ = scripted(tmp_path, lines, AT_REVIEW)
    assert code == 0
    assert [i["content"] for i in saved["incidents"]] == ["打给我妈妈，说我欠钱不还"]
    out = capsys.readouterr().out
    assert "2. 2026-03-02 11:00 · 短信 · 我本人 · 10690000999 · 打错了的一条" in out
    assert "已删除" in out


def test_the_review_adds_a_contact(tmp_path):
    # +, then Enter (changed my mind), then + again: a text to me
    lines = [_number(AT_REVIEW, "incidents"), "+", "", "+", "2026-03-04 08:00", "2", "", "",
             "还钱", "", "", ""]
    code, saved, _ = scripted(tmp_path, lines, AT_REVIEW)
    assert code == 0
    assert saved["incidents"][-1] == {"time": "2026-03-04 08:00", "channel": "sms",
                                      "content": "还钱"}
    assert len(saved["incidents"]) == 3


def test_the_review_edits_a_contact(tmp_path):
    # change contact 1: same time, same channel, whom: my employer, then Enter for the rest
    lines = [_number(AT_REVIEW, "incidents"), "1", "1", "", "", "6", *[""] * 7, "", ""]
    code, saved, _ = scripted(tmp_path, lines, AT_REVIEW)
    assert code == 0
    assert saved["incidents"][0]["to"] == {"relation": "employer"}
    assert saved["incidents"][0]["content"] == "打给我妈妈，说我欠钱不还"


def test_enter_keeps_an_answer_only_where_the_screen_says_so(tmp_path, capsys):
    harm = _number(AT_REVIEW, "harm")
    code, saved, _ = scripted(tmp_path, [harm, "", ""], AT_REVIEW)
    assert saved["harm"]["mental_health"] is True
    assert "目前：焦虑" in capsys.readouterr().out
    code, saved, _ = scripted(tmp_path, [harm, "0", ""], AT_REVIEW)  # 0: none
    assert code == 0 and saved["harm"]["mental_health"] is False


def test_back_from_the_list_of_documents_returns_to_the_review(tmp_path, capsys):
    code, _saved, _ = scripted(tmp_path, ["", ""], AT_REVIEW, documents=("<",))
    assert code == 0
    assert capsys.readouterr().out.count("您的回答") == 2


@pytest.mark.parametrize("code", ["cn", "hk", "tw", "uk", "us"])
def test_thoughts_of_self_harm_show_the_places_crisis_lines(tmp_path, capsys, code):
    lines = get_registry().jurisdiction(code).crisis_lines
    assert lines  # every place has at least one line to call
    data = {"schema_version": 1, "jurisdiction": code,
            "interview": {"version": INTERVIEW_VERSION, "next_question": "harm"}}
    harm = interview(dict(data)).question("harm")
    self_harm = str([v for v, _ in harm.choices].index("self_harm") + 1)
    exit_code, saved, _ = scripted(tmp_path, [self_harm, EOF], data, lang="en")
    assert exit_code == 130 and saved["harm"]["self_harm"] is True
    out = capsys.readouterr().out
    for line in lines:
        assert line.number in out


def test_resuming_keeps_the_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    code, saved, _ = scripted(tmp_path, ["1", EOF], {})
    assert code == 130 and saved["interview"]["lang"] == "zh-Hans"
    assert "--lang zh-Hans" in capsys.readouterr().out
    code, _saved, _ = scripted(tmp_path, [EOF], lang=None)
    assert "继续填写" in capsys.readouterr().out


def test_the_progress_total_never_grows():
    iv = interview()
    seen = []
    while iv.current is not None:
        seen.append(iv.progress())
        question = iv.current
        if question.id in ANSWERS:
            iv.answer(ANSWERS[question.id])
        else:
            iv.skip()
    totals = [total for _n, total in seen]
    assert totals == sorted(totals, reverse=True), seen
    assert [n for n, _t in seen] == sorted({n for n, _t in seen}), seen
    assert all(n <= total for n, total in seen)


def test_the_opening_screen_says_how_long_and_how_to_pause(tmp_path, capsys):
    scripted(tmp_path, [EOF], {})
    out = capsys.readouterr().out
    assert "15 到 30 分钟" in out and "Ctrl-C" in out and "立即保存" in out


def test_long_lines_wrap_at_words_and_between_chinese_characters():
    from complaint_kit.interview.termwrap import width, wrap

    english = ("[13/34] Whose money did the app lend? The bank or company named as the funder "
               "in the contract or the app (Enter if you don't know)")
    lines = wrap(english, 40)
    assert all(width(line) <= 40 for line in lines)
    assert " ".join(line.strip() for line in lines) == english  # no word cut
    assert lines[1].startswith(" " * 8)  # under the text, not the counter
    chinese = "  1. 借钱给您的是哪家公司？请填写借款合同或者App上的全称，只知道品牌名也可以。"
    lines = wrap(chinese, 30)
    assert all(width(line) <= 30 for line in lines)
    assert "".join(line.strip() for line in lines) == chinese.strip()
    assert not any(line.strip()[0] in "，。？" for line in lines)  # no line starts with these


def test_list_questions_names_the_ids_without_a_case_file(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from complaint_kit.cli.app import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["interview", "--list-questions", "-j", "cn", "--lang",
                                      "zh-Hans"])
    assert result.exit_code == 0, result.output
    assert "cn_police_warning_date:" in result.output and "您借了多少钱" in result.output
    assert "us_timezone" not in result.output
    assert not list(tmp_path.iterdir())  # no case file is written
    result = CliRunner().invoke(app, ["interview", "--list-questions", "-j", "xx"])
    assert result.exit_code == 1 and "unknown jurisdiction" in result.output


def test_a_long_prompt_wraps_and_the_answer_follows_its_last_line():
    from complaint_kit.interview.terminal import Terminal
    from complaint_kit.interview.termwrap import width

    shown, asked = [], []
    term = Terminal("zh-Hans", read=lambda p: asked.append(p) or "2", write=shown.append,
                    columns=20)
    assert term.ask("联系的是谁（输入编号，直接回车 = 我本人）> ") == "2"
    assert len(shown) >= 1 and all(width(line) <= 19 for line in shown + asked)
    assert asked[0].endswith("）> ")
    assert "".join(shown) + asked[0] == "联系的是谁（输入编号，直接回车 = 我本人）> "


def test_where_to_turn_is_in_the_users_language_where_the_plugin_has_it(tmp_path, capsys):
    """A Hong Kong case drafted in English, read by a user of 繁體中文: the bodies by their
    Chinese names (the hk plugin translates its channels)."""
    example = Path(__file__).resolve().parents[1] / "examples" / "answers" / "hk.yaml"
    case_file = tmp_path / "case.yaml"
    assert run(case_file, lang="en", answers_file=example, interactive=False) == 0
    data = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    data["language"] = "en"
    case_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    capsys.readouterr()
    assert run(case_file, lang="zh-Hant", interactive=False) == 0
    out = capsys.readouterr().out
    assert "香港金融管理局投訴處理中心" in out and "Hong Kong Monetary Authority" not in out


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


def test_dont_know_stores_nothing_and_yes_no_choices_take_words():
    iv = interview({"jurisdiction": "cn"})
    question = iv.question("debtor_reachable")
    assert iv.parse(question, "3") is None
    assert iv.parse(question, "n") is False and iv.parse(question, False) is False
    assert iv.parse(iv.question("debt_purpose"), None) is None
    iv.data["debtor_reachable"] = True
    iv.set_answer(question, "3")
    assert "debtor_reachable" not in iv.data


def test_case_questions_are_asked_where_they_matter():
    iv = interview({"jurisdiction": "cn", "respondents": [{"id": "lender", "role": "lender",
                                                           "type": "bank", "name": "B"}]})
    ids = [q.id for q in iv.applicable()]
    assert "funder_name" not in ids and "debtor_reachable" not in ids
    assert {"region", "debt_demanded", "debt_purpose", "others_contacted"} <= set(ids)
    assert "cn_contacts_reached" not in ids
    iv.data["respondents"][0]["type"] = "online_platform"
    iv.data["facts"] = {"others_contacted": True}
    ids = [q.id for q in iv.applicable()]
    assert ids.index("funder_name") == ids.index("cn_lender_licence") + 1
    assert ids.index("debtor_reachable") == ids.index("incidents") + 1
    hk = interview({"jurisdiction": "hk", "facts": {"others_contacted": True}})
    ids = [q.id for q in hk.applicable()]
    assert ids[ids.index("incidents") + 1:][:2] == ["debtor_reachable", "hk_unreasonable_hours"]
    # the US asks its own questions instead, and their answers fill the case's fields too
    us = interview({"jurisdiction": "us"})
    ids = [q.id for q in us.applicable()]
    assert "debt_purpose" not in ids and "region" not in ids
    us.set_answer(us.question("us_debt_purpose"), "2")
    us.set_answer(us.question("us_state"), "CA")
    assert us.data["debt"] == {"purpose": "business"} and us.data["region"] == "CA"
    assert us.data["facts"] == {"debt_purpose": "business", "consumer_state": "CA"}


# Languages


def test_language_from_option_or_locale():
    assert pick_language("zh-Hant", {}) == "zh-Hant"
    assert pick_language(None, {"LANG": "zh_CN.UTF-8"}) == "zh-Hans"
    assert pick_language(None, {"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"}) == "zh-Hant"
    assert pick_language(None, {"LANG": "C"}) == "en"
    assert pick_language(None, {}) == "en"


def _message_ids() -> set[str]:
    package = Path(__file__).resolve().parents[1] / "complaint_kit" / "interview"
    ids: set[str] = set()
    speaks = ("terminal.py", "asking.py", "crisis.py", "contacts.py", "contact_form.py",
              "contact_choices.py", "review.py", "findings.py", "drafting.py", "session.py",
              "engine.py", "choices.py", "dates.py", "money.py", "phones.py", "words.py")
    for name in speaks:  # what speaks to the user
        src = (package / name).read_text(encoding="utf-8")
        for match in re.findall(r'(?:_\(|AnswerError\(|else ")\s*((?:"[^"]*"\s*)+)', src):
            ids.add("".join(re.findall(r'"([^"]*)"', match)))
    for q in load_questions(CORE_QUESTIONS):
        ids.update(q.prompt for q in [q] if q.prompt)
        ids.update([q.help] if q.help else [])
        ids.update(label for _value, label in q.choices)
    ids.update(f"channel.{c}" for c in ("call", "sms", "im", "visit", "letter", "email",
                                        "social_post", "other"))
    return {i for i in ids if i and not i.startswith("unknown validator")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang):
    catalog = _messages(lang)
    missing = sorted(_message_ids() - set(catalog))
    assert not missing, missing
    _ = translator(lang)
    assert _("Added {n} contacts.").format(n=2)


# A real terminal


def _screen(session: str) -> str:
    return subprocess.run(["tmux", "capture-pane", "-t", session, "-p", "-S", "-300"],
                          capture_output=True, text=True, check=True).stdout


def _wait_for(session: str, text: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = _screen(session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared:\n{_screen(session)}")


def _type(session: str, *keys: str, expect: str | None = None) -> None:
    for key in keys:
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", key], check=True)
        subprocess.run(["tmux", "send-keys", "-t", session, "Enter"], check=True)
        time.sleep(0.3)
    if expect:
        _wait_for(session, expect)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed; the real-"
                    "terminal interview test needs it")
def test_interview_in_a_real_terminal_pauses_resumes_and_drafts(tmp_path):
    session = f"ck-interview-{os.getpid()}"
    case_file = tmp_path / "case.yaml"
    command = (f"{sys.executable} -m complaint_kit interview {case_file} --lang en; "
               f"echo EXIT=$?; sleep 60")

    def start() -> None:
        subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "200", "-y", "50",
                        "-c", str(tmp_path), command], check=True,
                       env={**os.environ, "PYTHONIOENCODING": "utf-8"})

    start()
    try:
        _wait_for(session, "[1/")
        _type(session, "1", expect="Your full name")
        _type(session, "Jane Roe", expect="Your phone number")
        _type(session, "12ab", expect="digits only")
        _type(session, "13800000000", expect="identity card")
        _type(session, "123", expect="check digit")
        _type(session, VALID_ID, expect="postal address")
        subprocess.run(["tmux", "send-keys", "-t", session, "C-c"], check=True)
        screen = _wait_for(session, "EXIT=130")
        assert f"complaint-kit interview {case_file}" in screen.replace("\n", "")
        saved = yaml.safe_load(case_file.read_text(encoding="utf-8"))
        assert saved["complainant"]["id_number"] == VALID_ID
        assert saved["interview"]["next_question"] == "complainant_address"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)

    start()
    try:
        _wait_for(session, "Resuming")
        # licence, funder, borrowed, owed, demanded, purpose: unknown; disputed, police: no;
        # anyone else contacted: don't know
        _type(session, "", "Demo Lender", "4", "", "", "", "", "", "", "n", "n", "",
              expect="contacts recorded")
        # a text to me (Enter: a text message, to me; the words are exact by default)
        _type(session, "2026-01-02 23:41", "", "", "10690000123", "You will go to jail", "",
              expect="Added:")
        _type(session, "2026-01-02 23:45 10690000123 pay now or else",
              "2026-01-02 23:47 10690000123 deadbeat, pay", "", expect="word for word")
        _type(session, "", "", "", expect="affected you")  # right; no more; none checked
        _type(session, "1", "", "", expect="Number of an answer to change")
        screen = _screen(session)
        assert "3 contacts" in screen
        _type(session, "", expect="Numbers of the documents")
        _type(session, "", expect="EXIT=")
        screen = _screen(session)
        assert "EXIT=0" in screen, screen
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
    assert list(tmp_path.glob("*.docx"))
    saved = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    assert saved["interview"]["done"] is True and len(saved["incidents"]) == 3


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed; the real-"
                    "terminal interview test needs it")
def test_contacts_to_the_mother_and_the_employer_in_a_real_terminal(tmp_path):
    """A user in zh-Hans records a call to her mother and one to her employer (with Ctrl-D
    half-way through the second), and `check` finds the contact with third parties."""
    session = f"ck-contacts-{os.getpid()}"
    case_file = tmp_path / "case.yaml"
    command = (f"{sys.executable} -m complaint_kit interview {case_file} --lang zh-Hans; "
               f"echo EXIT=$?; sleep 60")

    def start() -> None:
        subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "200", "-y", "50",
                        "-c", str(tmp_path), command], check=True,
                       env={**os.environ, "PYTHONIOENCODING": "utf-8"})

    start()
    try:
        _wait_for(session, "[1/")
        _type(session, "1", "张测试", "13800000000", VALID_ID, "", "广东省深圳市",
              expect="借款给您的是谁")
        _type(session, "示例借贷App", "4", "", expect="资金方")
        _type(session, "示例银行股份有限公司", "1", "5000", "6000", "", "1", "n", "n",
              expect="联系过别人")
        _type(session, "1", expect="目前已记录 0 次联系")
        # a call to my mother, described in my words
        _type(session, "2026-03-02 09:10", "1", "2", "李母", "", "", "",
              "打给我妈妈，说我欠钱不还", "", "", expect="已记下")
        # a call to my workplace: Ctrl-D after saying whom it reached
        _type(session, "2026-03-02 10:30", "1", "6", expect="这个人的姓名")
        subprocess.run(["tmux", "send-keys", "-t", session, "C-d"], check=True)
        screen = _wait_for(session, "EXIT=130")
        assert "2026-03-02 10:30 的那次联系已保存" in screen  # Ctrl-D says what became of it
        saved = yaml.safe_load(case_file.read_text(encoding="utf-8"))
        assert saved["incidents"][1]["to"] == {"relation": "employer"}
        assert saved["interview"]["next_question"] == "incidents#1:name"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)

    start()
    try:
        _wait_for(session, "接着填写 2026-03-02 10:30 的那次联系")
        _type(session, "", "", "2", "", "打到我单位前台，说我是老赖", "", "2", expect="已记下")
        _type(session, "", "", expect="能直接联系上您吗")  # no more; none checked
        _type(session, "1", "", "", "", expect="输入要修改的回答编号")
        assert "2 次联系（其中 2 次联系了其他人）" in _screen(session)
        _type(session, "", expect="向与债务无关的第三人催收")
        _type(session, "0", expect="EXIT=")
        assert "EXIT=0" in _screen(session)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
    saved = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    assert [i["to"]["relation"] for i in saved["incidents"]] == ["parent", "employer"]
    assert saved["incidents"][1]["to"]["asked_to_stop"] is False
    assert saved["debtor_reachable"] is True and saved["debt"]["funder"] == "funder"
    check = run_cli("check", case_file, "--json")
    assert check.returncode == 0, check.stderr
    findings = {f["rule"]: f for f in json.loads(check.stdout)["findings"]}
    assert "CN-THIRD-PARTY" in findings, sorted(findings)
    assert set(findings["CN-THIRD-PARTY"]["incidents"]) == {"I1", "I2"}
