"""Taiwan rules: lawful reminders, the contact pattern and what was said; the conduct of visits
and calls in test_tw_conduct.py."""

from __future__ import annotations

import pytest
from complaint_kit_tw import citations as c
from tw_rule_cases import (
    FEAR,
    OUTSOURCING,
    articles,
    asks,
    findings,
    make_case,
    sms,
)

from complaint_kit.assess.rules import Basis
from complaint_kit.draft.pipeline import assess
from complaint_kit.plugins.registry import get_registry

# -- lawful reminders ---------------------------------------------------------------------------

def test_lawful_reminders_raise_no_findings():
    case = make_case([
        sms("2026-03-01 10:00", "【示例銀行】您本期信用卡帳單應繳金額32,000元，請於3月15日前繳款。",
            respondent="lender"),
        sms("2026-03-17 14:30", "您的帳款已逾期，請儘速繳款；逾期將依法陳報聯徵中心。",
            respondent="lender"),
        {"time": "2026-03-20 11:00", "channel": "call", "respondent": "agency", "answered": True,
         "content": "提醒您帳款已逾期，如有困難可申請分期。本公司將依法聲請支付命令。"},
        {"time": "2026-03-25 15:00", "channel": "letter", "respondent": "lender",
         "content": "催繳通知：如未繳款，本行將依法聲請強制執行。"},
    ])
    assert findings(case) == {}


# -- contact pattern ----------------------------------------------------------------------------

def test_hours_follow_the_seven_to_ten_window():
    case = make_case([sms("2026-03-01 06:59", "還錢"), sms("2026-03-01 07:00", "還錢"),
                      sms("2026-03-01 21:59", "還錢"), sms("2026-03-01 22:00", "還錢")])
    f = findings(case)["TW-HOURS"]
    assert f.incidents == ["I1", "I4"]
    assert (OUTSOURCING, "第14條第1項第3款") in articles(f)
    assert (OUTSOURCING, "第14條第3項第1款") in articles(f)


def test_hours_with_consent_do_not_fire():
    case = make_case([sms("2026-03-01 23:00", "還錢", consented=True)])
    assert "TW-HOURS" not in findings(case)
    case = make_case([sms("2026-03-01 23:00", "還錢")], facts={"off_hours_consent": True})
    assert "TW-HOURS" not in findings(case)


def test_time_zone_is_taipei_even_for_offset_times():
    # 15:30 UTC is 23:30 in Taipei.
    case = make_case([sms("2026-03-01T15:30:00+00:00", "還錢")])
    assert findings(case)["TW-HOURS"].incidents == ["I1"]


def test_unregulated_lender_gets_only_statutes():
    case = make_case([sms("2026-03-01 23:30", "再不還錢，你家人出門小心一點"),
                      sms("2026-03-02 10:00", "你兒子欠錢不還，是個騙子",
                          to={"relation": "parent", "name": "陳測父"})],
                     principal="money_lender", harm=FEAR)
    f = findings(case)
    assert set(f) == {"TW-THREAT-CRIMINAL", "TW-DATA-MISUSE", "TW-TORT"}
    # One text to the father is not 公然: the rule asks whether it was in a group or public.
    assert "TW-INSULT-CRIMINAL" in asks(case)
    for finding in f.values():
        assert not any(OUTSOURCING in x.instrument for x in finding.citations)


def test_persistent_threshold_is_the_kits_own_and_says_so():
    ten = [sms(f"2026-03-02 {h:02d}:00", "還錢") for h in range(9, 19)]
    f = findings(make_case(ten))["TW-PERSISTENT"]
    assert len(f.incidents) == 10 and "篩選標準" in f.explanation
    assert "TW-PERSISTENT" not in findings(make_case(ten[:9]))


def test_persistent_after_asking_to_stop():
    items = [sms(f"2026-03-0{d} 10:00", "還錢") for d in range(1, 6)]
    f = findings(make_case(items, facts={"asked_to_stop_on": "2026-03-02"}))
    assert f["TW-PERSISTENT"].incidents == ["I3", "I4", "I5"]


def test_third_party_and_location_inquiry():
    items = [
        sms("2026-03-01 10:00", "你兒子欠錢不還，叫他還錢", to={"relation": "parent"}),
        {"time": "2026-03-01 11:00", "channel": "call", "respondent": "agency",
         "to": {"relation": "friend"}, "tags": ["location_inquiry"], "answered": True,
         "content": "您好，我是示例資產管理公司，想請問陳先生的聯絡電話。"},
        {"time": "2026-03-01 12:00", "channel": "call", "respondent": "agency",
         "to": {"relation": "friend"}, "tags": ["location_inquiry", "no_identity"],
         "answered": True, "content": "陳測試在哪？"},
    ]
    # A contact that asks only for the debtor's contact details, while the debtor cannot be
    # reached, is not collection through a third party; one that omits who is calling breaks
    # the location-inquiry rule instead.
    for reachable in (False, None):
        case = make_case(items, debtor_reachable=reachable)
        f = findings(case)
        assert f["TW-THIRD-PARTY"].incidents == ["I1"]
        assert (OUTSOURCING, "第14條第1項第4款") in articles(f["TW-THIRD-PARTY"])
        assert f["TW-LOCATION-CONTACT"].incidents == ["I3"]
        assert ("TW-THIRD-PARTY" in asks(case)) is (reachable is None)
    # The debtor could be reached: every third-party contact is interference.
    f = findings(make_case(items, debtor_reachable=True))
    assert f["TW-THIRD-PARTY"].incidents == ["I1", "I2", "I3"]
    assert "TW-LOCATION-CONTACT" not in f


def test_card_issuer_collecting_itself_cites_the_card_rules():
    case = make_case([sms("2026-03-01 10:00", "你兒子欠卡費", respondent="lender",
                          to={"relation": "parent"})], principal="card_issuer", agency=False)
    cited = articles(findings(case)["TW-THIRD-PARTY"])
    assert ("信用卡業務機構管理辦法", "第51條第2款") in cited
    assert (OUTSOURCING, "第14條第1項第4款") not in cited


def test_insurer_agency_cites_the_insurers_rule():
    case = make_case([sms("2026-03-01 10:00", "你兒子欠錢", to={"relation": "parent"})],
                     principal="insurer")
    cited = articles(findings(case)["TW-THIRD-PARTY"])
    assert ("保險業作業委託他人處理應注意事項", "第12點") in cited


def test_postcard_and_public_notice():
    case = make_case([
        {"time": "2026-03-01 10:00", "channel": "letter", "respondent": "agency",
         "content": "明信片：陳測試欠款催繳"},
        {"time": "2026-03-02 10:00", "channel": "social_post", "respondent": "agency",
         "to": {"relation": "public"}, "content": "公告：陳測試欠債不還"},
    ])
    f = findings(case)
    assert f["TW-POSTCARD-ENVELOPE"].incidents == ["I1"]
    assert f["TW-PUBLIC-NOTICE"].incidents == ["I2"]
    assert ("個人資料保護法", "第20條") in articles(f["TW-PUBLIC-NOTICE"])


def test_a_threat_to_post_a_notice_is_abuse_not_a_notice():
    f = findings(make_case([sms("2026-03-01 10:00", "再不還錢就在你家門口張貼公告")]))
    assert "TW-PUBLIC-NOTICE" not in f and "TW-ABUSE" in f
    assert "揚言通知親友、同事或公開債務1次" in f["TW-ABUSE"].explanation


def test_lunar_new_year_is_voluntary_and_only_for_the_listed_window():
    case = make_case([sms("2026-02-13 10:00", "還款提醒"), sms("2026-02-14 10:00", "還款提醒"),
                      sms("2026-02-22 10:00", "還款提醒"), sms("2026-02-23 10:00", "還款提醒")])
    f = findings(case)["TW-LUNAR-NEW-YEAR"]
    assert f.incidents == ["I2", "I3"]
    assert [x.binding.value for x in f.citations] == ["self-regulation"]
    assert "並非法律規定" in f.explanation


# -- content ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rule", "article"), [
    ("不還錢就等著被抓去關", "TW-FALSE-ARREST", "第14條第2項第1款"),
    ("再不還，法院明天就來查封你的房子", "TW-FALSE-COURT", "第14條第2項第4款"),
    ("不還錢就扣光你的薪水", "TW-EXEMPT-PROPERTY", "第14條第2項第2款"),
    ("把錢匯到我的帳戶，今天就要", "TW-PAYMENT-TO-AGENCY", "第14條第1項第6款"),
])
def test_deemed_false_statements(text, rule, article):
    f = findings(make_case([sms("2026-03-01 10:00", text)]))
    assert (OUTSOURCING, article) in articles(f[rule])
    assert set(f) == {rule}  # the specific rule takes the act, not §14 I(1) again


def test_lawful_enforcement_notice_is_not_a_false_court_statement():
    f = findings(make_case([sms("2026-03-01 10:00", "如未繳款，本行將依法聲請法院強制執行。")]))
    assert "TW-FALSE-COURT" not in f


def test_excess_amount_from_the_facts():
    case = make_case([sms("2026-03-01 10:00", "請繳98,000元")],
                     debt={"lender": "lender", "outstanding": 62000, "demanded": 98000})
    f = findings(case)["TW-EXCESS-AMOUNT"]
    assert "98,000" in f.explanation and "62,000" in f.explanation


def test_a_threat_of_harm_is_cited_with_its_elements_and_quoted_verbatim():
    case = make_case([sms("2026-03-01 10:00", "你家人出門小心一點")], harm=FEAR)
    result = assess(case, get_registry())
    f = {x.rule_id: x for x in result.findings}["TW-THREAT-CRIMINAL"]
    assert articles(f) == {("中華民國刑法", "第305條")} and f.basis == Basis.criminal
    elements = f.elements[c.CRIM_305]
    assert len(elements) == 3 and "「你家人出門小心一點」" in elements[0].fact
    assert FEAR["description"] in elements[2].fact
    assert f.urgent and result.routes[0].id == "police"


def test_fear_from_the_whole_campaign_is_not_the_threats_effect():
    # 致生危害於安全 rests on what the threat did: an account of months of calls and of
    # colleagues' talk is not it, so the element states the threat itself.
    harm = {"description": "連續一個多月之深夜電話及簡訊使本人長期失眠、焦慮，公司同事議論紛紛。"}
    case = make_case([sms("2026-03-01 10:00", "我們知道你住哪，你家人出門小心一點")], harm=harm)
    f = findings(case)["TW-THREAT-CRIMINAL"]
    fact = f.elements[c.CRIM_305][2].fact
    assert "議論紛紛" not in fact and "失眠" not in fact
    assert "「我們知道你住哪，你家人出門小心一點」" in fact


def test_a_described_threat_is_asked_about_not_quoted_or_charged():
    call = {"time": "2026-03-01 10:00", "channel": "call", "respondent": "agency",
            "answered": True, "content": "他說你家人出門小心一點"}
    case = make_case([call], harm=FEAR)
    f = findings(case)
    assert "TW-THREAT-CRIMINAL" not in f and "TW-THREAT-CRIMINAL" in asks(case)
    assert "TW-ABUSE" in f and "「" not in f["TW-ABUSE"].explanation


def test_a_vague_threat_is_abuse_not_a_crime():
    f = findings(make_case([sms("2026-03-01 10:00", "不還錢後果自負")], harm=FEAR))
    assert "TW-ABUSE" in f and "TW-THREAT-CRIMINAL" not in f


def test_coercion_and_extortion_are_asked_about():
    case = make_case([sms("2026-03-01 10:00", "你家人出門小心一點", tags=["extortion"]),
                      sms("2026-03-01 11:00", "今天就去簽本票", tags=["coercion"])], harm=FEAR)
    cited = articles(findings(case)["TW-THREAT-CRIMINAL"])
    assert cited == {("中華民國刑法", "第305條")}
    questions = assess(case, get_registry()).questions
    would = {x.label for q in questions for x in q.would_cite}
    assert {c.CRIM_304.label, c.CRIM_346.label} <= would


def test_a_visit_tonight_is_urgent():
    result = assess(make_case([sms("2026-03-01 10:00", "今晚去你家找你")]), get_registry())
    f = {x.rule_id: x for x in result.findings}
    assert "TW-ABUSE" in f and f["TW-ABUSE"].urgent
    assert result.routes[0].id == "police" and "110" in result.urgent[0]
    denied = assess(make_case([sms("2026-03-01 10:00", "我們沒有說要去你家，請放心")]),
                    get_registry())
    assert denied.findings == [] and not denied.urgent


def test_insult_to_the_debtor_alone_is_not_public_insult():
    case = make_case([sms("2026-03-01 10:00", "你這個廢物、騙子")])
    only_debtor = findings(case)
    assert "TW-INSULT-CRIMINAL" not in only_debtor and "TW-ABUSE" in only_debtor
    assert "TW-INSULT-CRIMINAL" in asks(case)
    private = make_case([sms("2026-03-01 10:00", "你這個廢物", audience="private")])
    assert "TW-INSULT-CRIMINAL" not in asks(private)
    in_group = findings(make_case([sms("2026-03-01 10:00", "陳測試欠錢不還，是個騙子",
                                       to={"relation": "colleague"}, audience="group")]))
    f = in_group["TW-INSULT-CRIMINAL"]
    assert articles(f) == {("中華民國刑法", "第309條"), ("中華民國刑法", "第310條")}
    assert all(f.elements[x] for x in f.citations)
