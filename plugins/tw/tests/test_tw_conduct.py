"""Taiwan rules on conduct: visits, recordings, calls, facts-driven rules, following and
stalking, and fair trade."""

from __future__ import annotations

from complaint_kit_tw import citations as c
from tw_rule_cases import (
    OUTSOURCING,
    articles,
    findings,
    make_case,
    sms,
)

# -- conduct ------------------------------------------------------------------------------------

def test_visit_without_id_or_recording():
    case = make_case([{"time": "2026-03-01 15:00", "channel": "visit", "respondent": "agency",
                       "tags": ["no_employee_id", "not_recorded"], "content": "登門"}])
    f = findings(case)
    assert (OUTSOURCING, "第14條第1項第7款") in articles(f["TW-VISIT"])
    assert "未配戴識別證" in f["TW-VISIT"].explanation
    assert "TW-DISRUPTION" not in f  # one quiet daytime visit disrupts nothing by itself


def test_no_letter_of_authority_on_a_visit_to_the_debtor_is_no_breach():
    # The 授權書 of §14 I(5) is for approaching a third party to find the debtor, not for a
    # visit to the debtor's own home.
    case = make_case([{"time": "2026-03-01 15:00", "channel": "visit", "respondent": "agency",
                       "location": "本人住家門口", "tags": ["no_authorisation_letter"]}])
    assert "TW-VISIT" not in findings(case)
    case = make_case([{"time": "2026-03-01 15:00", "channel": "visit", "respondent": "agency",
                       "tags": ["no_authorisation_letter", "no_employee_id"]}])
    f = findings(case)["TW-VISIT"]
    assert (OUTSOURCING, "第14條第1項第5款") not in articles(f) and "授權書" not in f.explanation


def test_recordings_not_handed_over_are_asked_for_not_called_a_breach():
    # 辦法 §13(6) is the duty to record and keep; the fact is only that none were handed over.
    call = {"time": "2026-03-01 10:00", "channel": "call", "respondent": "agency",
            "answered": True, "content": "還錢"}
    f = findings(make_case([call], facts={"recordings_refused": True}))["TW-RECORDINGS"]
    assert "未獲提供" in f.explanation and "遭拒絕" not in f.explanation
    assert "2026年9月1日" in f.explanation


def test_entering_the_home_with_consent_is_not_a_breach():
    case = make_case([{"time": "2026-03-01 15:00", "channel": "visit", "respondent": "agency",
                       "tags": ["entered_home"], "consented": True}])
    assert "TW-VISIT" not in findings(case)


def test_card_issuer_call_without_name():
    case = make_case([{"time": "2026-03-01 15:00", "channel": "call", "respondent": "lender",
                       "answered": True, "tags": ["no_institution_name"]}],
                     principal="card_issuer", agency=False)
    assert articles(findings(case)["TW-CALL-ID"]) == {("信用卡業務機構管理辦法", "第51條第3款")}


def test_facts_driven_rules():
    case = make_case([sms("2026-03-01 10:00", "請還款")], principal="card_issuer", facts={
        "pre_outsourcing_notice_received": False, "agency_on_bank_list": False,
        "agency_licensed": False, "sub_outsourced": True, "debt_sold": True,
        "debt_sale_notice_received": False, "recordings_refused": True,
        "refused_agency": True, "agency_prosecuted": True, "secret_recording": True})
    f = findings(case)
    assert articles(f["TW-PRE-NOTICE"]) == {(OUTSOURCING, "第16條第6款"),
                                            (OUTSOURCING, "第16條第7款")}
    assert (OUTSOURCING, "第13條第1款") in articles(f["TW-AGENCY-STATUS"])
    assert articles(f["TW-DEBT-SALE-NOTICE"]) == {("信用卡業務機構管理辦法", "第29條第4款")}
    assert (OUTSOURCING, "第13條第6款") in articles(f["TW-RECORDINGS"])
    assert {(OUTSOURCING, "第16條第3款"), (OUTSOURCING, "第16條第8款")} <= \
        articles(f["TW-FI-DUTIES"])
    assert "TW-SECRET-RECORDING" in f


def test_following_needs_a_warning_first():
    visits = [{"time": f"2026-03-0{d} 08:00", "channel": "visit", "respondent": "agency",
               "tags": ["following"]} for d in (1, 3)]
    assert "TW-FOLLOWING" not in findings(make_case(visits))
    f = findings(make_case(visits, facts={"following_warned_on": "2026-03-02"}))
    assert f["TW-FOLLOWING"].incidents == ["I2"]
    assert ("社會秩序維護法", "第89條第2款") in articles(f["TW-FOLLOWING"])


def test_stalking_act_only_with_a_sexual_or_gender_element():
    items = [sms("2026-03-01 10:00", "還錢"), sms("2026-03-02 10:00", "還錢")]
    assert "TW-STALKING-ACT" not in findings(make_case(items))
    f = findings(make_case(items, facts={"sexual_or_gender_element": True}))
    assert ("跟蹤騷擾防制法", "第3條") in articles(f["TW-STALKING-ACT"])


def test_fair_trade_is_a_pointer_whose_guidance_is_never_quoted():
    bank = findings(make_case([sms("2026-03-01 10:00", "法院明天就來查封你的房子")]))
    assert "TW-FAIR-TRADE" not in bank and "TW-FALSE-COURT" in bank
    f = findings(make_case([sms("2026-03-01 10:00", "法院明天就來查封你的房子")],
                           principal="money_lender"))["TW-FAIR-TRADE"]
    assert f.verified is False
    assert c.FTC_GUIDANCE not in f.quotable
    assert f.unverified_notes
