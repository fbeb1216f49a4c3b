"""United Kingdom rules on arrears and the debt (CONC 7.3), the statutes across the pattern, and
scope (UK-SCOPE)."""

from __future__ import annotations

from uk_rule_cases import articles, asks, call, findings, make_case, sms

from complaint_kit.assess.rules import Basis
from complaint_kit.draft.pipeline import assess
from complaint_kit.plugins.registry import get_registry

# -- arrears: CONC 7.3 and the debt --------------------------------------------------------------

def test_arrears_rules_need_the_customers_difficulty():
    incidents = [call("2026-03-10 08:30", "We don't do payment plans. Borrow the money from your "
                      "family and pay within 24 hours, or we will take you to court and make "
                      "you bankrupt.")]
    plain = make_case(incidents)
    assert "UK-PRESSURE" in findings(plain)  # pressure is a breach whatever the finances
    assert not {"UK-FORBEARANCE", "UK-COURT-THREAT", "UK-DISPROPORTIONATE"} & \
        findings(plain).keys()
    assert "UK-FORBEARANCE" in asks(plain)
    f = findings(make_case(incidents, {"financial_difficulty": True,
                                       "repayment_offer_refused": True}))
    assert {"UK-FORBEARANCE", "UK-PRESSURE"} <= f.keys()
    assert not {"UK-COURT-THREAT", "UK-DISPROPORTIONATE"} & f.keys()  # one act, one finding
    assert {"CONC 7.3.10R", "CONC 7.3.18R"} == articles(f["UK-PRESSURE"])
    assert {"CONC 7.3.4R", "CONC 7.3.9R", "Principle 6", "Principle 12 (Consumer Duty)"} == \
        articles(f["UK-FORBEARANCE"])


def test_a_court_threat_without_other_pressure():
    case = make_case([call("2026-03-10 12:00", "We will take you to court.")],
                     {"financial_difficulty": True})
    assert findings(case)["UK-COURT-THREAT"].incidents == ["I1"]


def test_disproportionate_action_is_action_taken():
    case = make_case([], {"financial_difficulty": True, "statutory_demand_served": True})
    assert "statutory demand" in findings(case)["UK-DISPROPORTIONATE"].explanation


def test_charges_are_a_question_disputes_and_default_notice_are_findings():
    facts = {"collection_charges": "60", "wrong_person": True, "statute_barred": True,
             "default_notice_date": "2026-02-02", "default_remedy_date": "2026-02-14",
             "default_info_sheet": False}
    case = make_case([], facts, debt={"lender": "bank", "disputed": True})
    f = findings(case)
    assert "UK-CHARGES" not in f and "UK-CHARGES" in asks(case)
    assert articles(f["UK-DATA-DISPUTE-STATUTE-BARRED"]) == {"CONC 7.13", "CONC 7.14",
                                                             "CONC 7.15"}
    assert articles(f["UK-DEFAULT-NOTICE"]) == {"s.88(2)", "s.88(4A)"}  # 12 days < 14
    assert f["UK-DEFAULT-NOTICE"].basis == Basis.civil
    ok = make_case([], {"default_notice_date": "2026-02-02", "default_remedy_date": "2026-02-16"})
    assert "UK-DEFAULT-NOTICE" not in findings(ok)


def test_s78_rests_on_unverified_details():
    case = make_case([], {"s78_request_date": "2026-03-01", "s78_reply_received": False})
    f = findings(case)["UK-S78-REQUEST"]
    assert not f.verified
    assert [c.article for c in f.quotable] == ["s.78"]
    assert "12 working days" not in f.explanation


# -- statutes across the pattern -----------------------------------------------------------------

def test_pha_course_needs_two_occasions_and_names_its_elements():
    one = make_case([sms("2026-03-06 11:00", "You are a scrounger.")])
    f = findings(one)
    assert "UK-INSULT" in f and "UK-PHA-COURSE" not in f
    two = make_case([sms("2026-03-06 11:00", "You are a scrounger."),
                     sms("2026-03-07 11:00", "We know where you live. Watch your back.")])
    f = findings(two)["UK-PHA-COURSE"]
    assert f.incidents == ["I1", "I2"]
    assert {"s.1", "s.2", "s.3", "s.7(2)", "s.7(3)", "s.7(4)"} == articles(f) - {None}
    assert f.basis == Basis.criminal
    s2 = next(c for c in f.citations if c.article == "s.2")
    assert s2.basis == Basis.criminal and len(f.elements[s2]) == 3
    assert "2 contacts on 2 days" in f.elements[s2][0].fact
    assert "reasonable person" in f.explanation


def test_frequency_alone_is_no_course_of_harassment():
    calls = [call(f"2026-03-0{d} 10:00", answered=False) for d in range(2, 6)]
    assert "UK-PHA-COURSE" not in findings(make_case(calls))


def test_threats_are_flagged_unverified_and_carry_urgency():
    case = make_case([sms("2026-03-06 11:00", "Pay or we will break your legs.")])
    f = findings(case)["UK-AJA-HARASSMENT"]
    assert not f.verified and f.urgent
    assert all(c.verified for c in f.quotable) and f.basis == Basis.regulatory
    assert any("s.40(1)(a)" in n for n in f.unverified_notes)
    a = assess(case, get_registry())
    assert a.routes[0].id == "police"


def test_dmcc_needs_its_test_met_by_named_facts():
    threat = "Pay now or we will send someone round to your house."
    before = make_case([sms("2025-04-05 12:00", threat)])
    assert "UK-AGGRESSIVE-PRACTICE" not in findings(before) | {x: 1 for x in asks(before)}
    after = make_case([sms("2025-04-06 12:00", threat)])
    assert "UK-AGGRESSIVE-PRACTICE" not in findings(after)
    assert "UK-AGGRESSIVE-PRACTICE" in asks(after)
    decided = make_case([sms("2025-04-06 12:00", threat)],
                        {"transactional_decision": "paid £500 I needed for rent on 07/04/2025"})
    f = findings(decided)["UK-AGGRESSIVE-PRACTICE"]
    dmcc = f.citations[0]
    assert f.incidents == ["I1"] and len(f.elements[dmcc]) == 4
    assert "paid £500" in f.elements[dmcc][3].fact
    business = make_case([sms("2025-04-06 12:00", threat)],
                         {"transactional_decision": "paid"},
                         debt={"lender": "bank", "purpose": "business"})
    assert "UK-AGGRESSIVE-PRACTICE" not in findings(business)


# -- scope (UK-SCOPE) ----------------------------------------------------------------------------

def test_out_of_scope_debt_keeps_only_the_statutes():
    incidents = [sms("2026-03-02 23:00", "You will be arrested."),
                 sms("2026-03-03 23:00", "Pay now, you scrounger.")]
    f = findings(make_case(incidents, {"debt_type": "council_tax"}))
    assert "UK-TIMES" not in f and "UK-CRIMINAL-THREAT" not in f  # CONC only
    assert "UK-PHA-COURSE" in f
    assert all(not c.instrument.startswith("FCA") for x in f.values() for c in x.citations)
    unauthorised = findings(make_case(incidents, {"fca_authorised": "no"}))
    assert "UK-TIMES" not in unauthorised and "UK-PHA-COURSE" in unauthorised


def test_a_threat_of_violence_reaches_the_police_whatever_the_debt():
    case = make_case([sms("2026-03-06 11:00", "Pay or we will break your legs.")],
                     {"debt_type": "council_tax"})
    a = assess(case, get_registry())
    assert [c.id for c in a.routes] == ["police", "firm"] and a.urgent
