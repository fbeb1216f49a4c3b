"""Answers as people type them: amounts, dates, phone numbers, time zones, choice labels; and
what the plugins declare for the interview (crisis lines, Taiwan's questions, the ID help)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from complaint_kit.i18n import localise
from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.answers import Normalised, parse
from complaint_kit.interview.money import confirmation, money_text
from complaint_kit.interview.phones import parse_phone
from complaint_kit.interview.question import Question
from complaint_kit.interview.question_list import questions_for
from complaint_kit.plugins.registry import get_registry

MONEY = Question(id="q", prompt="Q", target="x", type="money")
DATE = Question(id="q", prompt="Q", target="x", type="date")
PHONE = Question(id="q", prompt="Q", target="x", type="phone")
LATIN = re.compile(r"[A-Za-z]")


def question(qid: str, place: str | None = None) -> Question:
    """A question as the interview asks it (the jurisdiction list filled in)."""
    registry = get_registry()
    found = next(q for q in questions_for(registry, place) if q.id == qid)
    if found.choices_from == "jurisdictions":
        found = dataclasses.replace(found, choices=tuple(
            (code, j.choice_label()) for code, j in sorted(registry.jurisdictions.items())))
    return found


def validators() -> dict:
    return get_registry().answer_validators


# Amounts


@pytest.mark.parametrize(("typed", "place", "stored"), [
    ("5万", "cn", "50000"), ("80萬", "tw", "800000"), ("3千", "cn", "3000"),
    ("1.5万", "cn", "15000"), ("¥50,000", "cn", "50000"), ("50000元", "cn", "50000"),
    ("人民币5万元", "cn", "50000"), ("５万", "cn", "50000"), ("5万3千", "cn", "53000"),
    ("NT$80,000", "tw", "80000"), ("新臺幣8萬元", "tw", "80000"), ("$80,000", "tw", "80000"),
    ("HK$12,000", "hk", "12000"), ("$50,000", "us", "50000"), ("£600", "uk", "600"),
    ("8,000.50", None, "8000.50"), ("3k", "us", "3000"),
    ("五万", "cn", "50000"), ("两千五百元", "cn", "2500"), ("八萬", "tw", "80000"),
    ("十二万", "cn", "120000"), ("一亿两千万", "cn", "120000000"),
])
def test_amounts_are_read_as_typed(typed, place, stored):
    assert parse(MONEY, typed, {}, place=place) == stored


@pytest.mark.parametrize(("typed", "place"), [
    ("1万2", "cn"),  # 12000 or 10002: not guessed
    ("5万万", "cn"), ("五五万", "cn"), ("五万3千", "cn"), ("50,00", "cn"), ("-5", None),
    ("lots", None), ("5万块钱左右", "cn"),
    ("$500", "cn"), ("£60", "tw"), ("HK$1,000", "us"),  # another currency than the place's
])
def test_amounts_that_cannot_be_read_whole_are_refused(typed, place):
    with pytest.raises(AnswerError):
        parse(MONEY, typed, {}, place=place)


def test_a_refused_amount_says_why_in_the_users_language():
    with pytest.raises(AnswerError) as exc:
        parse(MONEY, "$500", {}, place="cn")
    assert exc.value.text("zh-Hans") == "这个金额似乎是另一种货币，请以人民币填写。"
    assert "US" not in exc.value.text("zh-Hans")
    assert "Chinese yuan" in exc.value.text("en")


def test_the_amount_read_is_echoed_for_confirmation_with_its_currency():
    assert confirmation(MONEY, parse(MONEY, "5万", {}, place="cn"), "zh-Hans",
                        {"jurisdiction": "cn"}) == "已记为 人民币 50,000 元，对吗？"
    assert confirmation(MONEY, parse(MONEY, "8萬", {}, place="tw"), "zh-Hant",
                        {"jurisdiction": "tw"}) == "已記為 新臺幣 80,000 元，對嗎？"
    assert confirmation(MONEY, "50000", "en", {"jurisdiction": "us"}) == (
        "Recorded as $50,000 — is that right?")
    assert confirmation(DATE, "2026-03-01", "en", {"jurisdiction": "us"}) is None


def test_amounts_are_shown_with_their_currency():
    assert money_text("1234.5", "hk", "en") == "HK$1,234.50"
    assert money_text("80000", "tw", "en") == "NT$80,000"
    assert money_text("600", "uk", "zh-Hans") == "600 英镑"
    assert money_text("600", None, "en") == "600"


# Dates, phone numbers


@pytest.mark.parametrize("typed", ["115/03/01", "民國115年3月1日", "115年3月1日", "2026-03-01"])
def test_taiwan_dates_in_minguo_years(typed):
    assert parse(DATE, typed, {}, place="tw") == "2026-03-01"


def test_minguo_years_are_read_only_where_they_are_used():
    with pytest.raises(AnswerError, match="YYYY-MM-DD"):
        parse(DATE, "115/03/01", {}, place="cn")


@pytest.mark.parametrize(("typed", "place"), [
    ("12345", "cn"), ("1381234567", "cn"), ("555-1234", "us"), ("0912-000", "tw")])
def test_phone_numbers_are_checked_for_the_place(typed, place):
    with pytest.raises(AnswerError) as exc:
        parse(PHONE, typed, {}, place=place)
    assert not LATIN.search(exc.value.text("zh-Hans"))


@pytest.mark.parametrize(("typed", "place", "stored"), [
    ("138 0000-0000", "cn", "13800000000"), ("0912-000-001", "tw", "0912000001"),
    ("(212) 555-0100", "us", "2125550100"), ("+44 7400 123456", "cn", "+447400123456")])
def test_valid_numbers_are_kept_without_separators(typed, place, stored):
    assert parse(PHONE, typed, {}, place=place) == stored


def test_collectors_short_and_service_numbers_pass_as_senders():
    assert parse_phone("10690000123", "CN", service=True) == "10690000123"
    assert parse_phone("95588", "CN", service=True) == "95588"
    with pytest.raises(AnswerError):
        parse_phone("95588", "CN")


# Time zones


@pytest.mark.parametrize(("typed", "zone"), [
    ("Pacific", "America/Los_Angeles"), ("PST", "America/Los_Angeles"),
    ("Pacific Time", "America/Los_Angeles"), ("pacific standard time", "America/Los_Angeles"),
    ("Eastern", "America/New_York"), ("Central", "America/Chicago"),
    ("Mountain", "America/Denver"), ("Alaska", "America/Anchorage"),
    ("Hawaii", "Pacific/Honolulu"), ("CA", "America/Los_Angeles"),
    ("California", "America/Los_Angeles"), ("ny", "America/New_York"),
    ("America/Chicago", "America/Chicago"),
])
def test_time_zones_from_plain_names_and_states(typed, zone):
    assert parse(question("us_timezone", "us"), typed, validators(), place="us") == zone


@pytest.mark.parametrize("typed", ["America", "Pacific/", "Mars/Olympus", "TX", "Texas"])
def test_a_bare_area_or_a_split_state_is_refused_with_a_reason(typed):
    with pytest.raises(AnswerError) as exc:
        parse(question("us_timezone", "us"), typed, validators(), place="us")
    text = exc.value.text("en")
    assert ("Central or Mountain" in text) if typed in ("TX", "Texas") else "Pacific" in text


@pytest.mark.parametrize(("typed", "code"), [("CA", "CA"), ("ca", "CA"), ("California", "CA"),
                                            ("new york", "NY"), ("D.C.", "DC")])
def test_the_state_by_its_code_or_its_name(typed, code):
    assert parse(question("us_state", "us"), typed, validators(), place="us") == code


def test_the_time_zone_question_speaks_plainly():
    asked = question("us_timezone", "us")
    assert "IANA" not in localise(asked.prompt, "en") + localise(asked.help, "en")
    assert "Pacific" in localise(asked.prompt, "en")
    assert validators()["us_timezone"]("Pacific") == Normalised("America/Los_Angeles")


# Choices


@pytest.mark.parametrize(("typed", "value"), [
    ("中国大陆", "cn"), ("中國大陸", "cn"), ("台灣", "tw"), ("臺灣", "tw"), ("台湾", "tw"),
    ("United States", "us"), ("united states", "us"), ("美國", "us"), ("香港", "hk"),
    ("1", "cn"), ("uk", "uk"),
])
def test_choice_labels_are_accepted_as_typed(typed, value):
    assert parse(question("jurisdiction"), typed, {}) == value


@pytest.mark.parametrize(("typed", "value"), [
    ("有过自我伤害的念头", ["self_harm"]), ("Thoughts of harming myself", ["self_harm"]),
    ("1 2", ["mental_health", "self_harm"]), ("1，3", ["mental_health", "job_loss"])])
def test_several_choices_by_numbers_or_one_by_its_label(typed, value):
    assert parse(question("harm"), typed, {}) == value


def test_i_dont_know_is_a_choice_where_there_is_one():
    purpose = question("debt_purpose")
    assert parse(purpose, "不知道", {}) is None
    assert parse(purpose, "I don't know", {}) is None
    with pytest.raises(AnswerError):
        parse(question("jurisdiction"), "不知道", {})


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_the_region_list_names_places_in_the_users_script(lang):
    for _code, label in question("jurisdiction").choices:
        name = localise(label, lang)
        assert not LATIN.search(re.sub(r"\s*\([a-z]{2}\)$", "", name)), name
    hans = {localise(label, "zh-Hans") for _c, label in question("jurisdiction").choices}
    assert "中国大陆 (cn)" in hans and "美国 (us)" in hans
    hant = {localise(label, "zh-Hant") for _c, label in question("jurisdiction").choices}
    assert "中國大陸 (cn)" in hant and "臺灣 (tw)" in hant


@pytest.mark.parametrize(("qid", "place", "typed"), [
    ("cn_id_number", "cn", "12345"), ("cn_id_number", "cn", "110105199001011233"),
    ("tw_id_number", "tw", "A100000002"), ("tw_id_number", "tw", "123"),
    ("hk_id_number", "hk", "Z98"), ("hk_unreasonable_hours", "hk", "late"),
    ("uk_final_response_date", "uk", "2999-01-01"),
])
def test_validator_messages_are_in_the_users_language(qid, place, typed):
    with pytest.raises(AnswerError) as exc:
        parse(question(qid, place), typed, validators(), place=place)
    for lang in ("zh-Hans", "zh-Hant"):
        text = exc.value.text(lang)
        assert text and not LATIN.search(re.sub(r"A123456\(3\)|HH:MM|X", "", text)), text
    assert typed not in str(exc.value)  # an ID number is never echoed


@pytest.mark.parametrize(("qid", "typed"), [("us_state", "Atlantis"), ("us_timezone", "America"),
                                           ("us_timezone", "TX")])
def test_us_reasons_are_in_chinese_too_naming_only_what_to_type(qid, typed):
    with pytest.raises(AnswerError) as exc:
        parse(question(qid, "us"), typed, validators(), place="us")
    for lang in ("zh-Hans", "zh-Hant"):
        text = exc.value.text(lang)
        assert re.search(r"[\u4e00-\u9fff]", text) and text != exc.value.text("en")
        # the only Latin letters are the answers to type (codes, zone names)
        assert not re.search(r"\b(?!(?:CA|NY|TX|PST|Pacific|Mountain|Central|Eastern|Alaska|"
                             r"Hawaii)\b)[A-Za-z]+\b", text), text


# Taiwan


def test_taiwan_asks_the_lender_type_once_in_its_own_categories():
    asked = [q for q in questions_for(get_registry(), "tw")]
    ids = [q.id for q in asked]
    assert "tw_principal_type" in ids and "lender_type" not in ids
    assert "funder_type" not in ids and "tw_funder_type" in ids
    labels = " ".join(localise(label, "zh-Hant") for q in asked for _v, label in q.choices)
    assert "消費金融" not in labels and "小額貸款" not in labels
    principal = next(q for q in asked if q.id == "tw_principal_type")
    assert principal.replaces == "lender_type"
    assert principal.sets_from["respondents[id=lender,role=lender].type"]["card_issuer"] == "bank"


def test_hong_kong_asks_the_lender_type_once_in_its_own_categories():
    ids = [q.id for q in questions_for(get_registry(), "hk")]
    assert "hk_lender_kind" in ids and "lender_type" not in ids
    kind = question("hk_lender_kind", "hk")
    assert kind.sets_from == {"respondents[id=lender,role=lender].type": {"bank": "bank"}}


@pytest.mark.parametrize("qid", ["tw_agency_on_list", "tw_debt_sold", "tw_pre_notice"])
def test_what_a_borrower_cannot_know_has_an_i_dont_know(qid):
    asked = question(qid, "tw")
    assert parse(asked, "不知道", {}, place="tw") is None
    assert parse(asked, "是", {}, place="tw") is True
    assert parse(asked, True, {}, place="tw") is True  # an answers file's true/false still works


# The ID number: what its help says is what the documents do


@pytest.mark.parametrize(("qid", "place", "police"), [
    ("cn_id_number", "cn", "公安机关"), ("tw_id_number", "tw", "警察機關"),
    ("hk_id_number", "hk", "警方")])
def test_the_id_help_says_where_the_number_is_printed_and_that_it_can_be_skipped(
        qid, place, police):
    asked = question(qid, place)
    assert not asked.required
    help_zh = localise(asked.help, "zh-Hant" if place != "cn" else "zh-Hans")
    assert police in help_zh and "--with-id-number" in help_zh and "Enter" in help_zh
    assert "只寫入" not in help_zh and "只写入" not in help_zh
    assert "Enter" in localise(asked.prompt, "en") or place == "hk"
    channels = {c.id: c for c in get_registry().channels if c.jurisdiction == place}
    assert channels["police"].takes_id_number
    assert not any(c.takes_id_number for c in channels.values() if c.kind == "lender")


# Crisis lines


@pytest.mark.parametrize(("place", "number"), [
    ("cn", "12356"), ("tw", "1925"), ("hk", "2389 2222"), ("us", "988"), ("uk", "116 123")])
def test_each_place_declares_its_crisis_lines_with_a_source(place, number):
    lines = get_registry().jurisdiction(place).crisis_lines
    assert number in [line.number for line in lines]
    for line in lines:
        assert line.source.startswith(("https://", "http://"))
        assert re.fullmatch(r"[\d ]+", line.number)
        for lang in ("zh-Hans", "zh-Hant", "en"):
            assert localise(line.name, lang)
            if line.hours is not None:
                assert localise(line.hours, lang)


@pytest.mark.parametrize("place", ["cn", "tw", "hk"])
def test_the_review_has_a_short_label_for_each_question_in_each_language(place):
    for asked in questions_for(get_registry(), place):
        assert asked.label, asked.id
        for lang in ("zh-Hans", "zh-Hant"):
            label = localise(asked.label, lang)
            assert label and not LATIN.search(label), (asked.id, lang, label)
            assert len(label) < len(localise(asked.prompt, lang)) or len(label) <= 8
