"""The interview as a frightened, non-technical user meets it: in a real terminal (tmux), in
简体中文, 繁體中文 and English, with Ctrl-C and resuming, the review that edits and the drafts.

Each test keeps every screen it sees; a Chinese run must show no English (only ids, numbers,
file names and key names)."""

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

from complaint_kit.casefile.load import load_case
from complaint_kit.draft.pipeline import assess
from complaint_kit.plugins.registry import get_registry

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None,
                       reason="tmux is not installed; these tests drive a real terminal"),
]


class Session:
    """One tmux session running the interview; ``screens`` keeps every screen captured."""

    def __init__(self, name: str, folder: Path):
        self.name, self.folder = name, folder
        self.screens: list[str] = []

    def start(self, *args: str) -> None:
        command = " ".join([sys.executable, "-m", "complaint_kit", "interview", *args])
        env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
        env.update(PYTHONIOENCODING="utf-8", LANG="C.UTF-8")  # English, unless told otherwise
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)
        subprocess.run(["tmux", "new-session", "-d", "-s", self.name, "-x", "100", "-y", "50",
                        "-c", str(self.folder), f"{command}; echo EXIT=$?; sleep 120"],
                       check=True, env=env)

    def screen(self) -> str:
        return subprocess.run(["tmux", "capture-pane", "-t", self.name, "-p", "-S", "-2000"],
                              capture_output=True, text=True, check=True).stdout

    def wait_for(self, text: str, timeout: float = 90) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen.replace("\n", ""):
                self.screens.append(screen)
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared:\n{self.screen()}")

    def type(self, *lines: str, expect: str | None = None) -> str:
        """Type each line and Enter, waiting for its echo (or for ``expect`` at the end)."""
        for line in lines:
            before = self.screen().rstrip()
            subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", line], check=True)
            subprocess.run(["tmux", "send-keys", "-t", self.name, "Enter"], check=True)
            deadline = time.monotonic() + 30
            while self.screen().rstrip() == before and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.15)
            self.screens.append(self.screen())
        return self.wait_for(expect) if expect else self.screen()

    def enter_until(self, text: str, most: int = 20) -> str:
        """Enter (don't know, or no answer) at each question until ``text`` shows."""
        screen = self.screen()
        for _ in range(most):
            if text in screen.replace("\n", ""):
                return screen
            screen = self.type("")
        raise AssertionError(f"{text!r} never appeared:\n{screen}")

    def key(self, key: str, expect: str) -> str:
        subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
        return self.wait_for(expect)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def session(tmp_path):
    s = Session(f"ck-tmux-{os.getpid()}-{time.monotonic_ns()}", tmp_path)
    yield s
    s.close()


# Latin words allowed in a Chinese run: key names, the place codes shown beside place names,
# file suffixes and the command to resume.
ALLOWED = {"enter", "ctrl", "complaint", "kit", "interview", "lang", "zh", "hans", "hant",
           "cn", "hk", "tw", "uk", "us", "yaml", "docx", "txt", "exit", "app"}


def english_words(screens: list[str], folder: Path) -> set[str]:
    """Latin words of two letters or more on the screens, apart from paths and ALLOWED."""
    found: set[str] = set()
    for screen in screens:
        text = screen.replace(str(folder), "")
        text = re.sub(r"[\w.-]+\.(?:yaml|docx|txt)", "", text)  # file names
        found |= {w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() not in ALLOWED}
    return found


def saved(folder: Path) -> dict:
    return yaml.safe_load((folder / "case.yaml").read_text(encoding="utf-8"))


def findings(folder: Path) -> dict:
    registry = get_registry()
    case = load_case(folder / "case.yaml", registry)
    return {f.rule_id: f for f in assess(case, registry).findings}


def crisis_numbers(code: str) -> list[str]:
    return [line.number for line in get_registry().jurisdiction(code).crisis_lines]


def test_zh_hans_mainland_mother_and_employer(session, tmp_path):
    session.start("case.yaml", "--lang", "zh-Hans")
    session.wait_for("大约需要")  # the opening screen: how long, saved as it goes, Ctrl-C
    screen = session.wait_for("[1/")
    assert "Ctrl-C" in screen and "保存" in screen
    session.type("1", "张测试", "13800000000", "", "", "广东省深圳市", "示例小额贷款有限公司", "4",
                 "", "", expect="您借了多少钱")
    session.type("5万", expect="已记为 人民币 50,000 元，对吗？")
    session.type("", expect="还欠多少")
    assert saved(tmp_path)["debt"]["principal"] in ("50000", 50000)
    screen = session.key("C-c", "EXIT=130")
    assert "complaint-kit interview case.yaml --lang zh-Hans" in screen.replace("\n", "")

    session.start("case.yaml")  # the case file remembers the language
    session.wait_for("继续填写")
    session.type("", "", "1", "n", "n", "1", expect="目前已记录 0 次联系")
    # a call to my mother (her name), a call to my workplace, then a text typed by mistake
    session.type("2026-03-02 09:10", "1", "2", "李母", "", "", "", "打给我妈妈，说我欠钱不还",
                 "", "", expect="已记下")
    session.type("2026-03-02 10:30", "1", "6", "", "", "2", "", "打到我单位前台，说我是老赖",
                 "", "2", expect="已记下")
    session.type("2026-03-02 11:00", "2", "", "", "打错了的一条", "", expect="已记下")
    session.type("", "", "1", expect="造成了哪些影响")
    screen = session.type("1 2", expect="12356")  # thoughts of self-harm: the crisis line
    session.type("", "", expect="输入要修改的回答编号")
    screen = session.screens[-1]
    assert "人民币 50,000 元" in screen and "?:" not in screen and "？:" not in screen

    # the review: the contacts, by number; the mistyped one is deleted
    number = re.search(r"(\d+)\. [^\n]*3 次联系", screen)
    assert number, screen
    session.type(number.group(1), expect="输入要修改或删除的联系编号")
    session.type("3", "2", expect="已删除")
    session.type("", expect="输入要修改的回答编号")
    screen = session.type("", expect="可起草的文书")
    assert "向与债务无关的第三人催收" in screen and "CN-" not in screen  # no rule codes
    session.type("<", expect="输入要修改的回答编号")  # < goes back from the document list
    screen = session.type("", expect="可起草的文书")
    notice = re.findall(r"(\d+)\. 停止违规催收告知函", screen)[-1]
    report = re.findall(r"(\d+)\. 骚扰情况报告", screen)[-1]  # with charts (matplotlib)
    session.type(f"{notice} {report}", expect="EXIT=")
    screen = session.wait_for("EXIT=0")
    assert "您的文书（按提交顺序）" in screen and "提交给" in screen
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == [
        "case-harassment-report.docx", "case-notice-lender.docx"]
    assert str(tmp_path) in screen.replace("\n", "")  # each file with its folder
    assert "Warning" not in screen and "matplotlib" not in screen

    data = saved(tmp_path)
    assert [i["to"]["relation"] for i in data["incidents"]] == ["parent", "employer"]
    assert data["incidents"][0]["to"]["name"] == "李母"
    assert data["interview"]["lang"] == "zh-Hans"
    assert set(findings(tmp_path)["CN-THIRD-PARTY"].incidents) == {"I1", "I2"}
    assert not english_words(session.screens, tmp_path), english_words(session.screens,
                                                                       tmp_path)


def test_zh_hant_taiwan_with_a_minguo_date(session, tmp_path):
    session.start("case.yaml", "--lang", "zh-Hant")
    session.wait_for("[1/")
    session.type("3", "王測試", "0912345678", "", "", "臺北市", "示例商業銀行", "1", "1")
    session.enter_until("您借了多少錢")
    session.type("80萬", expect="已記為 新臺幣 800,000 元")
    session.type("", expect="還欠多少")
    screen = session.key("C-c", "EXIT=130")
    assert "--lang zh-Hant" in screen.replace("\n", "")
    session.start("case.yaml")
    session.wait_for("繼續填寫")
    # owed, demanded, purpose, disputed, night consent, written request, following,
    # sexual content: unknown; then: they contacted others
    session.enter_until("聯絡過別人")
    session.type("1", expect="目前已記錄 0 次聯繫")
    # a call to my mother, the time in 民國 years
    session.type("115/03/02 09:10", "1", "2", "王母", "", "", "", "打給我媽媽說我欠錢不還",
                 "", "", expect="已記下")
    session.type("2026-03-02 10:30", "1", "6", "", "", "2", "", "打到我公司說我是老賴",
                 "", "2", expect="已記下")
    session.type("2026-03-02 11:00", "2", "", "", "打錯的一筆", "", expect="已記下")
    session.type("", "", expect="能直接聯絡上您嗎")
    session.type("1")
    session.enter_until("造成了哪些影響")
    session.type("1 2", expect=crisis_numbers("tw")[0])
    screen = session.type("", "", expect="輸入要修改的回答編號")
    assert "新臺幣 800,000 元" in screen
    number = re.search(r"(\d+)\. [^\n]*3 次聯絡", screen)
    assert number, screen
    session.type(number.group(1), "3", "2", expect="已刪除")
    session.type("", "", expect="可起草的文書")
    session.type("0", expect="EXIT=0")

    data = saved(tmp_path)
    assert data["incidents"][0]["time"] == "2026-03-02 09:10"  # 民國115年 = 2026
    assert data["debt"]["principal"] in ("800000", 800000)
    assert [i["to"]["relation"] for i in data["incidents"]] == ["parent", "employer"]
    assert any(f.rule_id.startswith("TW-") and set(f.incidents) & {"I1", "I2"}
               for f in findings(tmp_path).values())
    assert not english_words(session.screens, tmp_path), english_words(session.screens,
                                                                       tmp_path)


def test_english_us_answering_pacific(session, tmp_path):
    session.start("case.yaml", "--lang", "en")
    session.wait_for("[1/")
    session.type("5", "Jane Roe", "555-1234", expect="not a complete phone number")
    session.type("(415) 555-0123", "", "Demo Lending LLC", "4", "1", "Acme Recovery", "", "",
                 "CA", expect="time zone")
    session.type("Pacific")
    session.enter_until("How much did you borrow")
    session.type("$5,000", expect="is that right")
    session.type("", expect="still owe")
    screen = session.key("C-c", "EXIT=130")
    assert "--lang en" in screen.replace("\n", "")
    assert saved(tmp_path)["timezone"] == "America/Los_Angeles"
    session.start("case.yaml")
    session.wait_for("Resuming")
    session.enter_until("anyone else")
    session.type("1", expect="0 contacts recorded")
    session.type("2026-03-02 09:10", "1", "2", "Mary Roe", "", "", "", "Told my mother I "
                 "owe money", "", "", expect="Added:")
    session.type("2026-03-02 10:30", "1", "6", "", "", "2", "", "Called my office front desk",
                 "", "2", expect="Added:")
    session.type("2026-03-02 11:00", "2", "", "", "a mistake", "", expect="Added:")
    session.type("", "", expect="reach you directly")
    session.type("1")
    session.enter_until("affected you")
    session.type("2", expect="988")
    screen = session.type("", "", expect="Number of an answer to change")
    number = re.search(r"(\d+)\. [^\n]*3 contacts", screen)
    assert number, screen
    session.type(number.group(1), "3", "2", expect="Deleted")
    session.type("", "", expect="Documents to draft")
    session.type("0", expect="EXIT=0")
    data = saved(tmp_path)
    assert [i["to"]["relation"] for i in data["incidents"]] == ["parent", "employer"]
    assert data["timezone"] == "America/Los_Angeles"
    assert any(set(f.incidents) & {"I1", "I2"} for f in findings(tmp_path).values())
