"""The review screen: it clears, edits, adds and deletes, and asks what an edit opens."""

from __future__ import annotations

import copy
import re

from tests.interviewing import (
    AT_REVIEW,
    review_number,
    scripted,
)


def test_the_review_clears_an_optional_answer(tmp_path):
    code, saved, _ = scripted(tmp_path, [review_number(AT_REVIEW, "region"), "-", ""], AT_REVIEW)
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
    lines = [review_number(AT_REVIEW, "cn_police_warned"), "y", "2026-01-05", "测试派出所", ""]
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
    lines = [review_number(data, "lender_type"), "4", "示例银行股份有限公司", "1", ""]
    code, saved, _ = scripted(tmp_path, lines, data)
    assert code == 0
    funder = next(r for r in saved["respondents"] if r["id"] == "funder")
    assert (funder["name"], funder["type"]) == ("示例银行股份有限公司", "bank")


def test_a_required_follow_up_is_asked_again_after_back(tmp_path):
    lines = [review_number(AT_REVIEW, "cn_police_warned"), "y", "<", "2026-01-05", "测试派出所", ""]
    code, saved, _ = scripted(tmp_path, lines, AT_REVIEW)
    assert code == 0
    assert saved["prior_complaints"][0]["date"] == "2026-01-05"


def test_the_review_lists_and_deletes_a_contact(tmp_path, capsys):
    lines = [review_number(AT_REVIEW, "incidents"), "2", "2", "", ""]
    code, saved, _ = scripted(tmp_path, lines, AT_REVIEW)
    assert code == 0
    assert [i["content"] for i in saved["incidents"]] == ["打给我妈妈，说我欠钱不还"]
    out = capsys.readouterr().out
    assert "2. 2026-03-02 11:00 · 短信 · 我本人 · 10690000999 · 打错了的一条" in out
    assert "已删除" in out


def test_the_review_adds_a_contact(tmp_path):
    # +, then Enter (changed my mind), then + again: a text to me
    lines = [review_number(AT_REVIEW, "incidents"), "+", "", "+", "2026-03-04 08:00", "2", "", "",
             "还钱", "", "", ""]
    code, saved, _ = scripted(tmp_path, lines, AT_REVIEW)
    assert code == 0
    assert saved["incidents"][-1] == {"time": "2026-03-04 08:00", "channel": "sms",
                                      "content": "还钱"}
    assert len(saved["incidents"]) == 3


def test_the_review_edits_a_contact(tmp_path):
    # change contact 1: same time, same channel, whom: my employer, then Enter for the rest
    lines = [review_number(AT_REVIEW, "incidents"), "1", "1", "", "", "6", *[""] * 7, "", ""]
    code, saved, _ = scripted(tmp_path, lines, AT_REVIEW)
    assert code == 0
    assert saved["incidents"][0]["to"] == {"relation": "employer"}
    assert saved["incidents"][0]["content"] == "打给我妈妈，说我欠钱不还"


def test_enter_keeps_an_answer_only_where_the_screen_says_so(tmp_path, capsys):
    harm = review_number(AT_REVIEW, "harm")
    code, saved, _ = scripted(tmp_path, [harm, "", ""], AT_REVIEW)
    assert saved["harm"]["mental_health"] is True
    assert "目前：焦虑" in capsys.readouterr().out
    code, saved, _ = scripted(tmp_path, [harm, "0", ""], AT_REVIEW)  # 0: none
    assert code == 0 and saved["harm"]["mental_health"] is False


def test_back_from_the_list_of_documents_returns_to_the_review(tmp_path, capsys):
    code, _saved, _ = scripted(tmp_path, ["", ""], AT_REVIEW, documents=("<",))
    assert code == 0
    assert capsys.readouterr().out.count("您的回答") == 2
