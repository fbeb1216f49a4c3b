"""What the interview shows: crisis lines, progress, the opening screen, wrapping, the list of
questions and where to turn."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from complaint_kit.interview.engine import INTERVIEW_VERSION
from complaint_kit.interview.session import run
from complaint_kit.plugins.registry import get_registry
from tests.interviewing import (
    ANSWERS,
    EOF,
    interview,
    scripted,
)


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
