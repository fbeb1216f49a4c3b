"""The `classify` command: plain and JSON lines, from stdin or a file, a language per line or
for all, each tag's confidence and reason; bad lines are named and the others still tagged."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from complaint_kit.cli.app import app

# --- The classify command ----------------------------------------------------------------------

runner = CliRunner()

MIXED = ('你已被立案，警察马上上门抓你\n'
         '{"id": "a1", "text": "您本期账单已出，请于15日前还款，逾期将依法报送征信。"}\n'
         '{"id": "a2", "text": \n'
         '\n'
         '老赖，再不还钱爆你通讯录\n')


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_classify_plain_and_json_lines_from_stdin():
    lines = '你已被立案，警察马上上门抓你\n{"id": "a1", "text": "请于15日前还款"}\n'
    result = runner.invoke(app, ["classify", "-j", "cn"], input=lines)
    assert result.exit_code == 0, result.output
    rows = _jsonl(result.stdout)
    assert rows[0]["id"] == 1 and rows[0]["tags"] == ["threat_visit", "criminal_threat"]
    assert rows[0]["lang"] == "zh-Hans"
    assert rows[0]["reasons"]["threat_visit"]["words"] == ["上门"]
    assert {"已被立案", "抓你"} <= set(rows[0]["reasons"]["criminal_threat"]["words"])
    assert all(0 < c <= 1 for c in rows[0]["confidence"].values())
    assert set(rows[0]["confidence"]) == set(rows[0]["tags"])
    # a lawful reminder: no tag, though it says what it is about
    assert rows[1] == {"id": "a1", "lang": "zh-Hans", "tags": [], "confidence": {},
                       "reasons": {}, "features": {"debt_mention": ["还款"]}}
    assert "上门" in result.stdout  # ensure_ascii=False


def test_classify_bad_json_line_reports_it_and_goes_on():
    result = runner.invoke(app, ["classify", "--lang", "zh-Hans"], input=MIXED)
    assert result.exit_code == 1
    assert [r["id"] for r in _jsonl(result.stdout)] == [1, "a1", 5]
    assert "<stdin>:3: bad JSON" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("line, message", [
    ('{"id": 1}', 'missing "text"'),
    ('{"id": 1, "text": 5}', '"text" must be a string'),
    ('{"id": [1], "text": "x"}', '"id" must be a string or a number'),
    ('{"text": "x"} trailing', "bad JSON"),
])
def test_classify_names_what_is_wrong_with_a_json_line(line, message):
    result = runner.invoke(app, ["classify", "--lang", "en"], input=f"fine\n{line}\n")
    assert result.exit_code == 1
    assert f"<stdin>:2: {message}" in result.stderr
    assert _jsonl(result.stdout) == [{"id": 1, "lang": "en", "tags": [], "confidence": {},
                                      "reasons": {}, "features": {}}]


def test_classify_reads_a_file(tmp_path):
    path = tmp_path / "messages.txt"
    path.write_text("We will come to your house, deadbeat.\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", str(path), "--lang", "en"])
    assert result.exit_code == 0
    assert _jsonl(result.stdout)[0]["tags"] == ["threat_visit", "insult"]


def test_classify_needs_a_language_for_lines_without_lang():
    lines = 'x\n{"id": "b", "text": "We will come to your house", "lang": "en"}\n'
    result = runner.invoke(app, ["classify"], input=lines)
    assert result.exit_code == 1
    assert "<stdin>:1: no language" in result.stderr and "--lang" in result.stderr
    assert [(r["id"], r["tags"]) for r in _jsonl(result.stdout)] == [("b", ["threat_visit"])]


@pytest.mark.parametrize("args, message", [
    (["--lang", "fr"], "no classifier for the language 'fr'"),
    (["-j", "xx"], "unknown jurisdiction 'xx'"),
])
def test_classify_unknown_language_or_jurisdiction(args, message):
    result = runner.invoke(app, ["classify", *args], input="x\n")
    assert result.exit_code == 2
    assert message in result.stderr


def test_classify_as_a_real_process(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(MIXED, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("COMPLAINT_KIT_PLUGINS", None)
    result = subprocess.run([sys.executable, "-m", "complaint_kit", "classify", str(path), "-j",
                             "cn"], capture_output=True, text=True, encoding="utf-8", env=env,
                            timeout=120)
    assert result.returncode == 1
    rows = _jsonl(result.stdout)
    assert [r["id"] for r in rows] == [1, "a1", 5]
    assert rows[2]["reasons"]["insult"]["words"] == ["老赖"]
    assert f"{path}:3: bad JSON" in result.stderr
    assert "Traceback" not in result.stderr
    stdin = subprocess.run([sys.executable, "-m", "complaint_kit", "classify", "--lang", "en"],
                           input="You will go to jail.\n", capture_output=True, text=True,
                           encoding="utf-8", env=env, timeout=120)
    assert stdin.returncode == 0, stdin.stderr
    row = _jsonl(stdin.stdout)[0]
    assert (row["id"], row["lang"], row["tags"]) == (1, "en", ["criminal_threat"])
    assert "jail" in row["reasons"]["criminal_threat"]["words"]


# --- classify: one file, several languages; confidence and reason in JSON and text -------------

MULTI = ('{"id": "s", "lang": "zh-Hans", "text": "你已被立案，警察马上上门抓你"}\n'
         '{"id": "t", "lang": "zh-Hant", "text": "你已被立案，警察馬上上門抓你"}\n'
         '{"id": "e", "lang": "en", "text": "You will go to jail, deadbeat."}\n'
         '{"id": "x", "lang": "fr", "text": "Payez"}\n'
         '{"id": "y", "lang": 5, "text": "Payez"}\n')


def test_classify_reads_each_lines_lang():
    result = runner.invoke(app, ["classify"], input=MULTI)
    assert result.exit_code == 1  # the two bad lines
    rows = {r["id"]: r for r in _jsonl(result.stdout)}
    assert {i: r["lang"] for i, r in rows.items()} == {"s": "zh-Hans", "t": "zh-Hant", "e": "en"}
    assert "threat_visit" in rows["s"]["tags"] and "threat_visit" in rows["t"]["tags"]
    assert rows["t"]["reasons"]["threat_visit"]["words"][0] == "上門"
    assert rows["e"]["tags"] == ["criminal_threat", "insult"]
    assert "<stdin>:4: no classifier for the language 'fr'" in result.stderr
    assert '<stdin>:5: "lang" must be a string' in result.stderr


def test_classify_as_text_gives_confidence_and_reason():
    result = runner.invoke(app, ["classify", "--lang", "en", "--format", "text"],
                           input="You will go to jail.\nPlease pay by Friday.\n")
    assert result.exit_code == 0, result.output
    first, second = result.stdout.splitlines()
    assert first.startswith("1\ten\tcriminal_threat 0.") and "words: jail" in first
    assert second == "2\ten\tno tag"
