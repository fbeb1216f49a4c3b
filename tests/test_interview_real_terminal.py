"""The interview in a real terminal (tmux), typed key by key: pausing, resuming and drafting,
and contacts to the mother and the employer."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.clirun import run_cli
from tests.interviewing import (
    VALID_ID,
)


@contextlib.contextmanager
def _interview(session: str, case_file: Path, lang: str) -> Iterator[None]:
    """`complaint-kit interview` of the case file in a detached tmux session (it prints its exit
    code as EXIT=n), killed on leaving."""
    command = (f"{sys.executable} -m complaint_kit interview {case_file} --lang {lang}; "
               f"echo EXIT=$?; sleep 60")
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "200", "-y", "50",
                    "-c", str(case_file.parent), command], check=True,
                   env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    try:
        yield
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)


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
    with _interview(session, case_file, "en"):
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

    with _interview(session, case_file, "en"):
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
    with _interview(session, case_file, "zh-Hans"):
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

    with _interview(session, case_file, "zh-Hans"):
        _wait_for(session, "接着填写 2026-03-02 10:30 的那次联系")
        _type(session, "", "", "2", "", "打到我单位前台，说我是老赖", "", "2", expect="已记下")
        _type(session, "", "", expect="能直接联系上您吗")  # no more; none checked
        _type(session, "1", "", "", "", expect="输入要修改的回答编号")
        assert "2 次联系（其中 2 次联系了其他人）" in _screen(session)
        _type(session, "", expect="向与债务无关的第三人催收")
        _type(session, "0", expect="EXIT=")
        assert "EXIT=0" in _screen(session)
    saved = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    assert [i["to"]["relation"] for i in saved["incidents"]] == ["parent", "employer"]
    assert saved["incidents"][1]["to"]["asked_to_stop"] is False
    assert saved["debtor_reachable"] is True and saved["debt"]["funder"] == "funder"
    check = run_cli("check", case_file, "--json")
    assert check.returncode == 0, check.stderr
    findings = {f["rule"]: f for f in json.loads(check.stdout)["findings"]}
    assert "CN-THIRD-PARTY" in findings, sorted(findings)
    assert set(findings["CN-THIRD-PARTY"]["incidents"]) == {"I1", "I2"}
