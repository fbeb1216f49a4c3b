"""Saving every answer, resuming where it stopped (and in the same language), and going back."""

from __future__ import annotations

import yaml

from complaint_kit.interview.engine import INTERVIEW_VERSION
from complaint_kit.interview.session import run
from tests.interviewing import (
    EOF,
    interview,
    scripted,
)


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


def test_resuming_keeps_the_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    code, saved, _ = scripted(tmp_path, ["1", EOF], {})
    assert code == 130 and saved["interview"]["lang"] == "zh-Hans"
    assert "--lang zh-Hans" in capsys.readouterr().out
    code, _saved, _ = scripted(tmp_path, [EOF], lang=None)
    assert "继续填写" in capsys.readouterr().out
