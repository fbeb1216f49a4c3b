"""The guided interview: questions as data, answers, pause and resume, the terminal."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from complaint_kit.answers import AnswerError, parse
from complaint_kit.i18n import LANGUAGES, _messages, pick_language, translator
from complaint_kit.interview import CORE_QUESTIONS, INTERVIEW_VERSION, Interview
from complaint_kit.interview_cli import run
from complaint_kit.pasted import split_messages
from complaint_kit.question import Question, get_path, holds, load_questions, set_path
from complaint_kit.registry import get_registry

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
    assert saved["interview"] == {"version": INTERVIEW_VERSION, "done": True}
    assert len(saved["incidents"]) == 3
    assert saved["prior_complaints"] == [{"kind": "police_warning", "date": "2026-01-05",
                                          "to": "测试派出所"}]
    assert [p.name for p in tmp_path.glob("*.docx")] == ["case-notice-lender.docx"]


def test_missing_answers_are_named_and_fail(tmp_path, capsys):
    answers = tmp_path / "answers.json"
    answers.write_text('{"jurisdiction": "cn", "complainant_name": "N"}', encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "complaint_kit", "interview", str(tmp_path / "c.yaml"),
         "--answers", str(answers), "--lang", "en"], stdin=subprocess.DEVNULL,
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 2
    assert "lender_name" in result.stderr and "complainant_name" not in result.stderr
    saved = yaml.safe_load((tmp_path / "c.yaml").read_text(encoding="utf-8"))
    assert saved["complainant"]["name"] == "N"


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
    assert saved["interview"] == {"version": INTERVIEW_VERSION, "next_question": "cn_id_number"}
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


# Languages


def test_language_from_option_or_locale():
    assert pick_language("zh-Hant", {}) == "zh-Hant"
    assert pick_language(None, {"LANG": "zh_CN.UTF-8"}) == "zh-Hans"
    assert pick_language(None, {"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"}) == "zh-Hant"
    assert pick_language(None, {"LANG": "C"}) == "en"
    assert pick_language(None, {}) == "en"


def _message_ids() -> set[str]:
    package = Path(__file__).resolve().parents[1] / "complaint_kit"
    ids: set[str] = set()
    for name in ("interview_cli.py", "answers.py", "interview.py"):
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
        _type(session, "", "Demo Lender", "4", "", "", "", "n", "n", "n",
              expect="contacts recorded")
        _type(session, "2026-01-02 23:41", "", "10690000123", "You will go to jail",
              "2026-01-02 23:45 10690000123 pay now or else",
              "2026-01-02 23:47 10690000123 deadbeat, pay", "", "", expect="affected you")
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
