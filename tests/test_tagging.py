"""Message tagging: the Lexicon engine, the zh-Hans, zh-Hant and English lexicons, and the labelled
set in bench/data/messages.jsonl (the `classify` command: test_classify_command.py; the n-gram
models: test_tagging_models.py).

Thresholds, per language, on the labelled set in bench/data/messages.jsonl:

- the part the lexicons were written and tuned on (ids without "-h"): micro precision >= 0.95,
  micro recall >= 0.85, no lawful reminder tagged. These figures are optimistic by construction.
- the held-out part (ids with "-h", never used to tune the lexicons): no lawful reminder tagged
  and micro precision >= 0.70. Its recall is low (0.08-0.38 when last measured: keyword lexicons
  miss paraphrases) and is reported by bench/bench_tagging.py, not enforced.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from complaint_kit.assess.ngram_model import NgramModel
from complaint_kit.assess.tagging import TAGS, Lexicon, Tagger
from complaint_kit.plugins.registry import get_registry

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
        if isinstance(classifier, NgramModel):  # the models give standard tags only
            assert set(classifier.tags) <= set(TAGS), classifier.name
            continue
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
    from complaint_kit_cn import words
    from complaint_kit_cn.rules import matching

    assert matching.INSULT_WORDS is words.INSULT_WORDS
    assert matching.AUTHORITY_WORDS is words.AUTHORITY_WORDS
    assert matching.IMPERSONATION_RE.pattern == words.IMPERSONATION
    assert set(words.VISIT_THREATS + words.PRISON_THREATS) <= set(matching.THREAT_WORDS)
    assert set(words.CRIMINAL_CLAIMS) <= set(matching.MISLEADING_WORDS)


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


# --- Either Chinese script, in every jurisdiction; each message by its own language ------------

@pytest.mark.parametrize(("language", "text", "tag_", "word"), [
    ("zh-Hans", "你已被立案，警察馬上上門抓你", "threat_visit", "上門"),  # 繁體 in a CN case
    ("zh-Hant", "你已被立案，警察马上上门抓你", "threat_visit", "上门"),  # 简体 in TW/HK
    ("zh-Hant", "We will come to your house tonight.", "threat_visit", "come to your house"),
    ("en", "再不还钱就去你家", "threat_visit", "去你家"),
])
def test_a_message_is_read_in_its_own_script_and_quoted_as_written(language, text, tag_, word):
    tagging = get_registry().tagger(language).tag(text)
    assert tag_ in tagging.tags
    assert word in tagging.reasons[tag_]  # the message's own words, not the converted ones


def test_the_language_read_follows_the_script():
    from complaint_kit.assess import scripts

    tagger = get_registry().tagger("zh-Hant")
    assert tagger.language_of("Pay by Friday, Mr 陳.") == "en"
    assert tagger.language_of("请还款") == "zh-Hant"  # the case's Chinese classifiers
    assert get_registry().tagger("en").language_of("請還款") == "zh-Hant"
    assert get_registry().tagger("en").language_of("请还款") == "zh-Hans"
    assert scripts.chinese_script("還款") == "zh-Hant"
    assert scripts.chinese_script("还款") == "zh-Hans"
    assert scripts.in_original("上门", "我们上门", "我們上門") == "上門"
    # Traditional text is not converted again (s2t would turn 痴 into 癡)
    assert scripts.to_script("痴線，還錢", "zh-Hant") == "痴線，還錢"
    assert scripts.to_script("还钱", "zh-Hant") == "還錢"
    assert scripts.to_script("還錢", "zh-Hans") == "还钱"


# --- Negation and reported speech: denials, warnings and victims' accounts of what was not said

@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "【某某银行】谨防冒充公检法的诈骗电话，本行不会要求您转账到安全账户。"),
    ("zh-Hans", "他没有威胁我，也没有说要上门。"),
    ("zh-Hant", "本行提醒您：謹防有人冒充警察或法院人員要求轉帳。"),
    ("zh-Hant", "催收人員並沒有說要上門，也沒有聯絡我的家人。"),
    ("en", "We will never call your employer or your family about this account."),
    ("en", "He did not threaten me and never said he would come to my house."),
    ("en", "Beware of scammers pretending to be police officers demanding payment."),
])
def test_denials_warnings_and_reports_of_nothing_said_get_no_tag(language, text):
    assert get_registry().tagger(language).tag(text).tags == []


# --- Rules read these tags for every incident: typed, pasted or imported -----------------------

def _cn_case(*incidents: dict):
    from complaint_kit.model.case import Case

    return Case.model_validate({"jurisdiction": "cn", "timezone": "Asia/Shanghai",
                                "complainant": {"name": "Test Person"},
                                "incidents": list(incidents)})


def _analysis(case):
    from complaint_kit.assess.analysis import Analysis

    reg = get_registry()
    return Analysis(case, reg.jurisdiction("cn"), reg.tagger("zh-Hans"))


def test_a_typed_incident_in_either_script_is_tagged_for_the_rules():
    a = _analysis(_cn_case({"time": "2026-03-02 10:00", "channel": "sms",
                            "content": "今晚我們就上門找你"}))
    [incident] = a.incidents
    assert a.has(incident, "threat_visit")
    assert a.words(incident, "threat_visit") == ["上門"]


def test_a_pasted_block_is_tagged_for_the_rules():
    from complaint_kit.evidence.pasted import split_messages

    block = "2026-03-01 23:15 10690000000 老赖，再不还钱爆你通讯录\n2026-03-02 09:00 请按时还款\n"
    a = _analysis(_cn_case(*split_messages(block)))
    first, second = a.incidents
    assert a.has(first, "insult") and a.has(first, "disclosure")
    assert not a.has(second, "insult", "disclosure", "threat_visit")


def test_an_imported_message_is_tagged_at_import_and_for_the_rules():
    from datetime import datetime
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from complaint_kit.evidence.exports import ImportResult, Selection, import_records
    from complaint_kit.evidence.importing import Record

    case = _cn_case()
    record = Record(time=datetime(2026, 3, 2, 10, tzinfo=ZoneInfo("Asia/Shanghai")),
                    kind="sms", direction="incoming", number="10690000000",
                    text="你等著，我們明天去你家")
    reg = get_registry()
    import_records(case, [record], region="CN", selection=Selection(everything=True),
                   tagger=reg.tagger("zh-Hans"), evidence_id="X1",
                   result=ImportResult(Path("x.xml"), "test"))
    [incident] = case.incidents
    assert "threat_visit" in incident.tags  # stored in the case at import
    a = _analysis(case)
    assert a.has(a.incidents[0], "threat_visit", "threat_violence")
