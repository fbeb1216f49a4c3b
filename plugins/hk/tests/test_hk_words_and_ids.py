"""Hong Kong words the lexicons tag (and leave alone), and the HKID check digit."""

from __future__ import annotations

import pytest
from complaint_kit_hk.lexicon import LEXICONS
from complaint_kit_hk.validation import hkid_problem
from hk_rule_cases import findings, make_case, msg

# -- lexicon and validation ----------------------------------------------------------------------

@pytest.mark.parametrize("text, tag", [
    ("再唔還錢就淋紅油", "threat_violence"),
    ("再唔還錢就淋紅油", "threat_injury"),
    ("我哋知你住邊", "veiled_threat"),
    ("今晚上你屋企搵你", "visit_announced"),
    ("今晚上你屋企搵你", "soon"),
    ("我哋會搵你阿媽", "third_party_contact"),
    ("喺你大廈貼街招", "disclosure"),
    ("唔還錢就入冊", "criminal_threat"),
    ("將你張相片post上群組", "doxxing"),
    ("你個仔欠銀行錢", "debt_mention"),
    ("We will call your referees", "third_party_contact"),
    ("We will post your HKID in the WhatsApp group", "doxxing"),
    ("We will splash red paint on your door", "threat_injury"),
    ("We know where you work", "veiled_threat"),
])
def test_hong_kong_words_are_tagged(text, tag):
    assert any(tag in lexicon.classify(text) for lexicon in LEXICONS)


_PRESSURE = {"threat_violence", "threat_visit", "third_party_contact", "disclosure",
             "criminal_threat", "impersonation", "insult", "threat_injury", "veiled_threat",
             "visit_announced", "doxxing", "public_notice", "obscene"}


@pytest.mark.parametrize("text", [
    "請聯絡公司客戶服務部查詢。", "閣下賬戶已逾期，請盡快繳款。", "如需更新個人資料，請致電本行。",
    "請小心保管你的密碼。", "We may take legal action to recover the debt.",
])
def test_lawful_messages_get_no_pressure_tag(text):
    assert not any(set(lexicon.classify(text)) & _PRESSURE for lexicon in LEXICONS)


@pytest.mark.parametrize("text", [
    "佢冇話過要淋紅油", "我哋唔會上你屋企", "來電者沒有提及欠款，只叫你覆電話",
    "The caller did not mention the debt.", "We will not come to your home.",
    "They never threatened to splash paint.",
])
def test_denied_words_are_not_tagged(text):
    assert not any(lexicon.classify(text) for lexicon in LEXICONS)


def test_the_english_lexicon_reads_cantonese_too():
    assert "visit_announced" in LEXICONS[1].classify("今晚上你屋企搵你")
    assert not LEXICONS[1].classify("我哋唔會上你屋企")


def test_an_english_visit_tonight_is_urgent_and_a_denied_one_no_threat():
    tonight = make_case([msg("2026-03-01 13:00", "If you do not pay we will come to your home "
                             "tonight.")], language="en")
    assert findings(tonight)["HK-INTIMIDATION"].urgent
    denied = make_case([msg("2026-03-01 13:00", "We will not come to your home.")],
                       language="en")
    assert "HK-INTIMIDATION" not in findings(denied)


@pytest.mark.parametrize("text, tag", [
    ("唔還錢就上你屋企", "visit_announced"),
    ("叫佢還錢，唔係打斷佢隻腳", "threat_injury"),  # 唔係 here is "or else"
    ("Tell Chris we will break his legs.", "threat_injury"),
])
def test_a_condition_is_not_a_denial(text, tag):
    assert any(tag in lexicon.classify(text) for lexicon in LEXICONS)


def test_a_call_home_is_no_visit():
    assert "去你公司" not in str(LEXICONS[0].classify("再唔覆我，就打去你公司搵你老細"))


def test_hkid_check_digit():
    assert hkid_problem("A123456(3)") is None
    assert hkid_problem("A1234563") is None
    assert "check digit" in hkid_problem("A123456(4)")
    assert hkid_problem("12345") is not None
