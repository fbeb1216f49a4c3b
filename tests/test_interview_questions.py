"""The interview's questions as data: conditions, target paths, the hook, validators, pasted
messages, and which questions are asked where."""

from __future__ import annotations

import re

import pytest

from complaint_kit.evidence.pasted import split_messages
from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.answers import parse
from complaint_kit.interview.engine import CORE_QUESTIONS
from complaint_kit.interview.question import Question, get_path, holds, load_questions, set_path
from tests.interviewing import (
    VALID_ID,
    interview,
)

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
