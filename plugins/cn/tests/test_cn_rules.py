"""Mainland-China rules: each rule fires on the facts it is meant for, and only on those."""

from __future__ import annotations

import pytest

from complaint_kit.assess.rules import Basis
from complaint_kit.draft.pipeline import assess
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry


def make_case(incidents, **extra) -> Case:
    data = {
        "jurisdiction": "cn", "timezone": "Asia/Shanghai",
        "complainant": {"name": "张测试"},
        "respondents": [{"id": "lender", "role": "lender", "type": extra.pop("lender_type", "bank"),
                         "name": "示例银行"}],
        "incidents": incidents,
    }
    data.update(extra)
    return Case.model_validate(data)


def findings(case: Case) -> dict:
    return {f.rule_id: f for f in assess(case, get_registry()).findings}


def questions(case: Case) -> dict:
    return {q.rule_id: q for q in assess(case, get_registry()).questions}


def articles(finding) -> set:
    return {(c.instrument, c.article) for c in finding.citations}


def sms(time, content, **kw):
    return {"time": time, "channel": "sms", "respondent": "lender", "content": content, **kw}


def test_lawful_reminders_raise_no_findings():
    case = make_case([
        sms("2025-05-10 10:00", "您的信用卡账单已出，请于15日前还款。"),
        sms("2025-05-12 14:00", "您已逾期，逾期将依法报送征信，请尽快还款。"),
        {"time": "2025-05-13 15:00", "channel": "call", "respondent": "lender", "answered": True,
         "content": "提醒还款，如有困难可申请分期。我们将依法提起诉讼。"},
        {"time": "2025-05-14 09:30", "channel": "letter", "respondent": "lender",
         "content": "对账单：本期应还1200元。"},
    ])
    assert findings(case) == {}


def test_night_sms():
    case = make_case([sms("2025-05-10 23:30", "还钱"), sms("2025-05-11 07:59", "还钱"),
                      sms("2025-05-11 08:00", "还钱")])
    f = findings(case)["CN-NIGHT"]
    assert f.incidents == ["I1", "I2"]
    assert "2次" in f.explanation
    assert ("《中华人民共和国民法典》", "第一千零三十三条第（一）项") in articles(f)


def test_night_with_consent_does_not_fire():
    case = make_case([sms("2025-05-10 23:30", "还钱", consented=True)])
    assert "CN-NIGHT" not in findings(case)


def test_contact_list_bombing_of_relatives():
    case = make_case([
        sms("2025-05-10 10:00", "你儿子欠款不还，是个老赖，请转告他还钱",
            to={"relation": "parent", "name": "张父", "number": "13900000001"}),
        sms("2025-05-10 10:05", "你同事逾期不还网贷",
            to={"relation": "contact", "name": "李四", "number": "13900000002"}),
        sms("2025-05-10 10:06", "你好，请问张测试在吗",
            to={"relation": "friend", "name": "王五", "number": "13900000003"}),
    ], debtor_reachable=True)  # so asking the friend where the debtor is was no exception
    f = findings(case)
    assert f["CN-THIRD-PARTY"].incidents == ["I1", "I2", "I3"]
    assert "3人" in f["CN-THIRD-PARTY"].explanation
    assert ("《商业银行信用卡业务监督管理办法》", "第六十八条") in articles(f["CN-THIRD-PARTY"])
    assert f["CN-DISCLOSURE"].incidents == ["I1", "I2"]
    # two persons told: 散布隐私 (2012 第42条(六)), with the facts; three items are far from the
    # 50 that 刑法 第253条之一 needs.
    assert ("《中华人民共和国刑法》", "第二百五十三条之一") not in articles(f["CN-DISCLOSURE"])
    ps = ("《中华人民共和国治安管理处罚法》（2012年修正）", "第四十二条第（六）项")
    assert ps in articles(f["CN-DISCLOSURE"])
    assert f["CN-DISCLOSURE"].basis == Basis.administrative
    assert f["CN-CONTACTS-DATA"].incidents == ["I2"]
    assert "CN-INSULT" in f  # 老赖 is an insult


def test_small_loan_cites_small_loan_rules_not_card_rules():
    case = make_case([sms("2025-05-10 10:00", "还钱", to={"relation": "colleague"})],
                     lender_type="small_loan")
    cited = articles(findings(case)["CN-THIRD-PARTY"])
    assert ("《小额贷款公司监督管理暂行办法》", "第三十七条第（五）项") in cited
    assert not any("信用卡" in inst for inst, _ in cited)


def test_a_message_that_mentions_a_summons_is_not_a_forged_document():
    case = make_case([sms("2025-06-01 11:00", "【某某区人民法院】你的传票已生成，明日开庭")])
    f = findings(case)
    fake = f["CN-FAKE-DOCUMENT"]
    assert fake.incidents == ["I1"]
    assert ("《中华人民共和国刑法》", "第二百八十条") not in articles(fake)
    assert "12368" in fake.explanation
    assert "CN-FAKE-DOCUMENT" in questions(case)  # was the document itself sent?
    # a header with a court's name is 冒用名义, not an official in person (刑法 第279条)
    assert ("《中华人民共和国刑法》", "第二百七十九条") not in articles(f["CN-IMPERSONATION"])


def test_a_forged_summons_sent_as_an_image_is_a_penal_finding():
    case = make_case([{"time": "2025-06-01 11:00", "channel": "im", "respondent": "lender",
                       "content": "[图片] 传票已经下来了，你自己看",
                       "verified_false": "12368：法院答复无此案件"}])
    fake = findings(case)["CN-FAKE-DOCUMENT"]
    crim = next(c for c in fake.citations if c.article == "第二百八十条")
    assert fake.basis == Basis.criminal
    assert [e.element for e in fake.elements[crim]] == [
        "伪造国家机关的公文（文书本身已发送）", "所称公文系伪造"]
    assert "12368" in fake.elements[crim][1].fact


def test_an_official_in_person_demanding_payment_is_impersonation_under_279():
    case = make_case([{"time": "2025-06-01 11:00", "channel": "call", "respondent": "lender",
                       "answered": True, "content": "我是XX派出所的民警，你欠款不还已经立案了"}])
    f = findings(case)["CN-IMPERSONATION"]
    assert ("《中华人民共和国刑法》", "第二百七十九条") in articles(f)
    assert f.basis == Basis.criminal


def test_mention_of_police_is_misleading_not_impersonation():
    case = make_case([sms("2025-06-01 11:00", "你已上黑名单，案件已移交公安")])
    f = findings(case)
    assert "CN-MISLEADING" in f
    assert "CN-IMPERSONATION" not in f


@pytest.mark.parametrize(("day", "article", "grade"), [
    ("2025-12-31 12:00", "第四十二条第（一）项", "A"),
    ("2026-01-01 12:00", "第五十条", "B−"),
])
def test_psapl_text_by_date(day, article, grade):
    f = findings(make_case([sms(day, "再不还钱就打断你的腿")]))["CN-THREAT"]
    psapl = [c for c in f.citations if "治安管理处罚法" in c.instrument]
    assert [(c.article, c.grade) for c in psapl] == [(article, grade)]
    assert f.elements[psapl[0]][0].element == "威胁他人人身安全"
    assert "打断" in f.elements[psapl[0]][0].fact


def test_a_visit_threat_is_no_threat_to_personal_safety_but_is_urgent():
    f = findings(make_case([sms("2025-12-31 12:00", "再不还钱明天上门，后果自负")]))["CN-THREAT"]
    assert not any("治安管理处罚法" in c.instrument for c in f.citations)
    assert f.basis == Basis.regulatory  # 信用卡办法 第68条 for a bank
    assert "即将上门" in f.urgent


def test_threat_spanning_both_texts_gives_two_hits():
    case = make_case([sms("2025-12-31 12:00", "弄死你"), sms("2026-01-02 12:00", "弄死你")])
    f = findings(case)["CN-THREAT"]
    assert f.incidents == ["I1", "I2"]
    arts = {c.article for c in f.citations if "治安管理处罚法" in c.instrument}
    assert arts == {"第四十二条第（一）项", "第五十条"}
    assert "2026年1月1日前" in f.explanation and "2026年1月1日起" in f.explanation


def test_bombing_threshold():
    ten = [sms(f"2025-05-10 {h:02d}:00", "还钱") for h in range(9, 19)]
    assert "CN-BOMBING" in findings(make_case(ten))
    assert "CN-BOMBING" not in findings(make_case(ten[:9]))


def test_frequency_rules():
    calls = [{"time": f"2025-05-10 1{m}:00", "channel": "call", "respondent": "lender",
              "answered": True} for m in range(4)]
    redials = [{"time": f"2025-05-11 1{m}:00", "channel": "call", "respondent": "lender",
                "answered": m == 8, "to": {"number": "13800000000"}} for m in range(9)]
    f = findings(make_case(calls + redials))
    assert f["CN-FREQ-CALLS"].incidents == ["I1", "I2", "I3", "I4"]
    # every attempt to the number that day counts, the answered one too: nine, not "up to 7"
    assert len(f["CN-FREQ-REDIAL"].incidents) == 9
    assert "拨打9次（其中未接通8次）" in f["CN-FREQ-REDIAL"].explanation


def test_a_business_loan_gets_no_consumer_credit_baselines():
    calls = [{"time": f"2025-05-10 1{m}:00", "channel": "call", "respondent": "lender",
              "answered": True} for m in range(4)]
    f = findings(make_case(calls, debt={"lender": "lender", "purpose": "business"}))
    assert "CN-FREQ-CALLS" not in f


def test_plain_reminders_after_a_police_warning_are_asked_about_not_found():
    warning = [{"date": "2025-05-10", "kind": "police_warning", "to": "派出所"}]
    case = make_case([sms("2025-05-01 10:00", "还钱"), sms("2025-05-20 10:00", "还钱")],
                     prior_complaints=warning)
    assert "CN-ESCALATION" not in findings(case)
    assert "CN-ESCALATION" in questions(case)


def test_threats_after_a_police_warning_meet_the_xunxin_elements():
    warning = [{"date": "2025-05-10", "kind": "police_warning", "to": "派出所"}]
    case = make_case([sms("2025-05-01 10:00", "还钱")]
                     + [sms(f"2025-05-2{d} 10:00", "老赖，不还钱弄死你") for d in range(3)],
                     prior_complaints=warning)
    f = findings(case)["CN-ESCALATION"]
    assert f.incidents == ["I2", "I3", "I4"]
    assert {c.article for c in f.citations} >= {"第一条第三款", "第二百九十三条第一款第（二）项"}
    assert f.basis == Basis.criminal


def test_illegal_debt_and_harm():
    case = make_case([sms("2025-05-01 10:00", "还钱")], lender_type="online_platform",
                     debt={"lender": "lender", "annual_rate_percent": "48"},
                     harm={"self_harm": True})
    f = findings(case)
    assert "36%" in f["CN-ILLEGAL-DEBT"].explanation
    assert "LPR" in f["CN-ILLEGAL-DEBT"].explanation
    assert "第二十五条" in {c.article for c in f["CN-ILLEGAL-DEBT"].citations}
    assert f["CN-ILLEGAL-DEBT"].basis == Basis.civil  # a rate alone is no 非法放贷
    assert "CN-ILLEGAL-DEBT" in questions(case)
    assert f["CN-HARM"].basis == Basis.civil


def test_extra_fees_compare_the_amount_demanded_with_the_amount_owed():
    debt = {"lender": "lender", "outstanding": "3200", "demanded": "4800"}
    f = findings(make_case([sms("2025-05-01 10:00", "请还款4800元")], debt=debt))
    assert "多出1600元" in f["CN-EXTRA-FEES"].explanation
    same = {**debt, "demanded": "3200"}
    assert "CN-EXTRA-FEES" not in findings(make_case([sms("2025-05-01 10:00", "还钱")], debt=same))


def test_home_and_workplace_visits():
    case = make_case([
        {"time": "2025-05-10 10:00", "channel": "visit", "respondent": "lender",
         "location": "家中"},
        {"time": "2025-05-11 10:00", "channel": "visit", "respondent": "lender",
         "location": "公司前台"},
    ])
    f = findings(case)
    assert f["CN-HOME-VISIT"].incidents == ["I1"]
    assert f["CN-HOME-VISIT"].basis == Basis.civil  # no entry recorded: 刑法 第245条 is asked
    assert "CN-HOME-VISIT" in questions(case)
    assert f["CN-WORKPLACE"].incidents == ["I2"]


def test_identity_is_unverified_pointer():
    case = make_case([sms("2025-05-10 10:00", "还钱")], facts={"collector_refused_identity": True})
    f = findings(case)["CN-IDENTITY"]
    assert f.verified is False
    assert f.quotable == []


def test_no_unverified_citation_carries_an_article():
    for rule in get_registry().rules_for("cn"):
        for cite in rule.citations:
            assert cite.verified or cite.article is None, (rule.id, cite)
            assert cite.source and cite.grade and cite.basis is not None


def test_no_citation_in_the_catalogue_names_an_unverified_article():
    from complaint_kit_cn import citations

    from complaint_kit.assess.rules import Citation

    every = [v for v in vars(citations).values() if isinstance(v, Citation)]
    assert len(every) > 40
    assert all(c.verified or c.article is None for c in every)
    assert all(c.basis is not None for c in every)
    assert {c.grade for c in every if not c.verified} == {"UNVERIFIED"}


@pytest.mark.parametrize(("text", "rules"), [
    ("打给我妈妈，没有说我欠钱，只是让我回电", set()),  # a denial before the words
    ("我们不会上门，请尽快还款", set()),
    ("我司已向法院提起诉讼，请尽快还款", {"CN-MISLEADING"}),
    ("你的案子法院已经受理", {"CN-MISLEADING"}),
    ("本行不收取任何催收费用，请通过官方渠道还款", set()),
    ("另须缴纳500元催收费", {"CN-EXTRA-FEES"}),
])
def test_wordings(text, rules):
    to = {"relation": "parent"} if "妈妈" in text else {}
    case = make_case([sms("2026-03-02 10:00", text, to=to)] if to else
                     [sms("2026-03-02 10:00", text)], debtor_reachable=False,
                     debt={"lender": "lender", "purpose": "consumer"})
    assert set(findings(case)) == rules
