"""Message tagging: the Lexicon engine, the zh-Hans, zh-Hant and English lexicons, the labelled
set in bench/data/messages.jsonl, and the `classify` command.

Thresholds, per language, on the labelled set in bench/data/messages.jsonl:

- the part the lexicons were written and tuned on (ids without "-h"): micro precision >= 0.95,
  micro recall >= 0.85, no lawful reminder tagged. These figures are optimistic by construction.
- the held-out part (ids with "-h", never used to tune the lexicons): no lawful reminder tagged
  and micro precision >= 0.70. Its recall is low (0.08-0.38 when last measured: keyword lexicons
  miss paraphrases) and is reported by bench/bench_tagging.py, not enforced.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from complaint_kit.cli import app
from complaint_kit.registry import get_registry
from complaint_kit.tagging import TAGS, Lexicon, Tagger

DATA = Path(__file__).resolve().parents[1] / "bench" / "data" / "messages.jsonl"
MIN_PRECISION = 0.95
MIN_RECALL = 0.85
MIN_HELD_OUT_PRECISION = 0.70


def tag(language: str, text: str) -> dict[str, list[str]]:
    """The tags that mark abuse, with their words (features, which lawful text may carry, left
    out)."""
    tagging = get_registry().tagger(language).tag(text)
    return {t: tagging.reasons[t] for t in tagging.tags}


# --- The Lexicon engine ------------------------------------------------------------------------

def test_lexicon_reasons_are_the_matched_words_once_each():
    lex = Lexicon("t", "en", {"insult": [r"\bbum\b", r"loser"], "criminal_threat": ["jail"]})
    assert lex.classify("Bum! you bum, you LOSER") == {"insult": ["Bum", "bum", "LOSER"]}
    assert lex.classify("pay by Friday") == {}


def test_lexicon_unless_withdraws_only_its_own_tag():
    lex = Lexicon("t", "en", {"criminal_threat": ["jail"], "insult": ["idiot"]},
                  unless={"criminal_threat": [r"not (?:go to )?jail"]})
    assert lex.classify("you will go to jail") == {"criminal_threat": ["jail"]}
    assert lex.classify("you will not go to jail, idiot") == {"insult": ["idiot"]}


def test_lexicon_ignore_case_can_be_turned_off():
    assert Lexicon("t", "en", {"insult": ["Bum"]}).classify("bum") == {"insult": ["bum"]}
    assert Lexicon("t", "en", {"insult": ["Bum"]}, ignore_case=False).classify("bum") == {}


def test_tagger_combines_classifiers_in_standard_tag_order():
    a = Lexicon("a", "en", {"insult": ["bum"], "criminal_threat": ["jail"]})
    b = Lexicon("b", "en", {"insult": ["loser"], "threat_visit": ["your house"]})
    tagging = Tagger("en", [a, b]).tag("bum, loser, jail, your house")
    assert tagging.tags == ["threat_visit", "criminal_threat", "insult"]
    assert tagging.reasons["insult"] == ["bum", "loser"]


def test_every_language_has_its_classifier_and_its_own_tags_are_features():
    """The shared lexicons cover every standard tag; what else a plugin's lexicon tags says
    what a message contains (features), for its rules, or is a standard tag."""
    reg = get_registry()
    names = {(c.language, c.name) for c in reg.classifiers}
    base = {("zh-Hans", "cn"), ("zh-Hant", "lexicons-zh-Hant"), ("en", "lexicons-en")}
    assert base <= names
    for classifier in reg.classifiers:
        if (classifier.language, classifier.name) in base:
            assert set(TAGS) <= set(classifier.patterns), classifier.name
        own = set(classifier.patterns) - set(TAGS) - set(getattr(classifier, "features", ()))
        assert own <= US_ABUSE, classifier.name


# Abuse the FDCPA names one by one, beyond the standard tags.
US_ABUSE = {"crime_accusation", "debtor_list", "false_attorney", "threat_deportation",
            "threat_repossession", "threat_seizure", "threat_third_party"}


# --- The lexicons ------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text, expected", [
    ("zh-Hans", "你已被立案，警察马上上门抓你", {"threat_visit", "criminal_threat"}),
    ("zh-Hans", "【XX派出所】你涉嫌信用卡诈骗罪", {"impersonation", "criminal_threat"}),
    ("zh-Hans", "今天不还钱就爆你通讯录，老赖", {"third_party_contact", "disclosure", "insult"}),
    ("zh-Hans", "小心点，出门被车撞了别怪我们", {"threat_violence"}),
    ("zh-Hans", "明天我们就联系你的紧急联系人和你单位的同事", {"third_party_contact"}),
    ("zh-Hant", "再不還錢，我要讓你家破人亡", {"threat_violence"}),
    ("zh-Hant", "我係XX財務公司收數嘅，聽日上你屋企搵你", {"threat_visit"}),
    ("zh-Hant", "我是XX分局的警官，明天會拘提你", {"impersonation", "criminal_threat"}),
    ("zh-Hant", "我們會打電話給你主管，讓他知道你欠錢", {"third_party_contact", "disclosure"}),
    ("zh-Hant", "仆街，收埋唔聽電話？", {"insult"}),
    ("en", "We will come to your house tonight, deadbeat.", {"threat_visit", "insult"}),
    ("en", "A warrant has been issued for your arrest.", {"criminal_threat"}),
    ("en", "This is Officer Smith with the sheriff's office.", {"impersonation"}),
    ("en", "We will tell your employer about this debt.", {"third_party_contact", "disclosure"}),
    ("en", "We know where you live. Watch your back.", {"threat_violence"}),
])
def test_abusive_messages_are_tagged(language, text, expected):
    reasons = {t: w for t, w in tag(language, text).items() if t in TAGS}  # the standard ones
    assert set(reasons) == expected
    for words in reasons.values():
        assert words and all(w in text for w in words)


@pytest.mark.parametrize("language, text", [
    ("zh-Hans", "【XX银行】您尾号0000的信用卡本期账单3,256.00元，最后还款日11月15日。"),
    ("zh-Hans", "您的借款已逾期3天，请于15日前还款，逾期将依法报送征信。"),
    ("zh-Hans", "若仍未还款，我司将依法起诉，请于本月20日前处理。"),
    ("zh-Hans", "欠款属于民事纠纷，只要您积极协商还款，不会坐牢，请放心。"),
    ("zh-Hans", "本行不会要求您向个人账户转账，谨防骗子冒充本行工作人员。"),
    ("zh-Hant", "您的貸款已逾期，逾期將依法陳報財團法人金融聯合徵信中心。"),
    ("zh-Hant", "如閣下未能於14天內清還欠款，本公司或會採取法律行動追討。"),
    ("zh-Hant", "您的欠款屬民事債務，不會因此坐牢，請與我們協商分期還款方案。"),
    ("en", "Your account is 60 days past due. We may report this account to the credit bureaus."),
    ("en", "If the balance is not resolved, our client may file a lawsuit."),
    ("en", "Please repay by the 15th. This is an attempt to collect a debt."),
    ("en", "You will not be arrested or go to jail for a consumer debt; this is a civil matter."),
])
def test_lawful_reminders_get_no_tag(language, text):
    assert tag(language, text) == {}


def test_the_cn_rules_and_the_lexicon_share_their_words():
    from complaint_kit_cn import lexicon
    from complaint_kit_cn.rules import matching

    assert matching.INSULT_WORDS is lexicon.INSULT_WORDS
    assert matching.AUTHORITY_WORDS is lexicon.AUTHORITY_WORDS
    assert matching.IMPERSONATION_RE.pattern == lexicon.IMPERSONATION
    assert set(lexicon.VISIT_THREATS + lexicon.PRISON_THREATS) <= set(matching.THREAT_WORDS)
    assert set(lexicon.CRIMINAL_CLAIMS) <= set(matching.MISLEADING_WORDS)


# --- The labelled set --------------------------------------------------------------------------

def _labelled() -> list[dict]:
    with open(DATA, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_the_labelled_set_is_well_formed():
    messages = _labelled()
    assert len({m["id"] for m in messages}) == len(messages)
    counts = Counter(m["language"] for m in messages)
    assert counts["zh-Hans"] >= 80 and counts["zh-Hant"] >= 40 and counts["en"] >= 40
    lawful = sum(1 for m in messages if not m["tags"])
    assert 0.25 <= lawful / len(messages) <= 0.45
    for m in messages:
        assert set(m) == {"id", "language", "text", "tags", "source"}
        assert set(m["tags"]) <= set(TAGS) and m["text"].strip() and m["source"].strip()
        assert m["source"].startswith(("http://", "https://", "composed: ")), m["id"]


def _micro(messages: list[dict]) -> dict[str, tuple[float, float, int]]:
    reg = get_registry()
    counts: dict[str, Counter] = {}
    for m in messages:
        gold = set(m["tags"])  # labelled with the standard tags
        pred = set(reg.tagger(m["language"]).tag(m["text"]).tags) & set(TAGS)
        c = counts.setdefault(m["language"], Counter())
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["tp"] += len(gold & pred)
        c["lawful_tagged"] += bool(pred and not gold)
    return {lang: (c["tp"] / c["pred"] if c["pred"] else 1.0,
                   c["tp"] / c["gold"] if c["gold"] else 1.0, c["lawful_tagged"])
            for lang, c in counts.items()}


def test_the_tuned_part_meets_the_thresholds():
    tuned = [m for m in _labelled() if "-h" not in m["id"]]
    for language, (precision, recall, lawful_tagged) in _micro(tuned).items():
        assert precision >= MIN_PRECISION, (language, precision)
        assert recall >= MIN_RECALL, (language, recall)
        assert lawful_tagged == 0, language


def test_the_held_out_part_keeps_precision():
    held_out = [m for m in _labelled() if "-h" in m["id"]]
    assert held_out
    for language, (precision, _, lawful_tagged) in _micro(held_out).items():
        assert precision >= MIN_HELD_OUT_PRECISION, (language, precision)
        assert lawful_tagged == 0, language


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
    assert rows[0]["reasons"]["threat_visit"] == ["上门"]
    assert {"已被立案", "抓你"} <= set(rows[0]["reasons"]["criminal_threat"])
    # a lawful reminder: no tag, though it says what it is about
    assert rows[1] == {"id": "a1", "tags": [], "reasons": {},
                       "features": {"debt_mention": ["还款"]}}
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
    assert _jsonl(result.stdout) == [{"id": 1, "tags": [], "reasons": {}, "features": {}}]


def test_classify_reads_a_file(tmp_path):
    path = tmp_path / "messages.txt"
    path.write_text("We will come to your house, deadbeat.\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", str(path), "--lang", "en"])
    assert result.exit_code == 0
    assert _jsonl(result.stdout)[0]["tags"] == ["threat_visit", "insult"]


def test_classify_needs_a_language():
    result = runner.invoke(app, ["classify"], input="x\n")
    assert result.exit_code == 2
    assert "--lang" in result.stderr


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
    assert rows[2]["reasons"]["insult"] == ["老赖"]
    assert f"{path}:3: bad JSON" in result.stderr
    assert "Traceback" not in result.stderr
    stdin = subprocess.run([sys.executable, "-m", "complaint_kit", "classify", "--lang", "en"],
                           input="You will go to jail.\n", capture_output=True, text=True,
                           encoding="utf-8", env=env, timeout=120)
    assert stdin.returncode == 0, stdin.stderr
    assert _jsonl(stdin.stdout) == [{"id": 1, "tags": ["criminal_threat"],
                                     "reasons": {"criminal_threat": ["jail"]}, "features": {}}]


# --- The literal gate: only patterns whose literals are in the text run ------------------------

def test_literal_gate_never_drops_a_pattern_that_matches():
    """Every pattern of every installed lexicon that matches a labelled message is among the
    gate's candidates for it (the gate may only let more through)."""
    messages = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    texts = [m["text"] for m in messages] + [m["text"].upper() for m in messages]
    for classifier in get_registry().classifiers:
        compiled = getattr(classifier, "_compiled", {}).get("tags")
        if not compiled:
            continue
        gate = classifier._compiled["gate"]
        for text in texts:
            matching = {t for t, (pattern, _) in compiled.items() if pattern.search(text)}
            assert matching <= gate.candidates(text), (classifier.name, text)


def test_needed_literals_reads_alternations_repeats_and_classes():
    import re

    from complaint_kit.regex_literals import LiteralGate, needed_literals
    assert needed_literals(re.compile(r"(?:打死|弄残)了?你")) == {"打死", "弄残"}
    assert needed_literals(re.compile(r"\bJail\b|prison", re.I)) == {"jail", "prison"}
    assert needed_literals(re.compile(r"a*")) is None  # may match the empty string
    gate = LiteralGate({"x": re.compile(r"上门|找你"), "y": re.compile(r"[^a]+")})
    assert gate.candidates("明天找你") == {"x", "y"}
    assert gate.candidates("明天") == {"y"}  # no literal known for y: it always runs
