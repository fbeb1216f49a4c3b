"""US rules by who is collecting (an original creditor, a business debt, an unknown collector),
the limitation period, and the states' own rules."""

from __future__ import annotations

from complaint_kit_us import citations as c
from us_rule_cases import OK_TEXT, articles, asks, call, findings, make_case, sms

from complaint_kit.model.case import Case

# -- who is collecting -----------------------------------------------------------------------------

NIGHT = sms("2026-03-02 22:30", "You deadbeat. Pay now.")


def test_an_original_creditor_case_says_the_federal_rules_do_not_apply():
    case = make_case([NIGHT], facts={"collector_type": "original_creditor"})
    f = findings(case)
    assert set(f) == {"US-SCOPE"}
    scope = f["US-SCOPE"]
    assert "generally do not apply" in scope.explanation
    assert "contact before 8 a.m. or after 9 p.m." in scope.explanation
    assert "debt collector" not in scope.explanation.split("forbid to debt collectors:")[1]
    assert scope.incidents == ["I1"]


def test_a_business_debt_is_outside_the_fdcpa():
    f = findings(make_case([NIGHT], facts={"debt_purpose": "business"}))
    assert set(f) == {"US-SCOPE"} and "business purposes" in f["US-SCOPE"].explanation
    loan = make_case([NIGHT], facts={"debt_purpose": None},
                     debt={"purpose": "business", "outstanding": 5000})
    assert set(findings(loan)) == {"US-SCOPE"}
    unknown = make_case([NIGHT], facts={"debt_purpose": None})
    assert "US-HOURS" in findings(unknown) and "US-SCOPE" in asks(unknown)


def test_collector_type_is_inferred_from_the_respondents():
    data = make_case([NIGHT]).model_dump()
    data["facts"] = {}
    assert "US-HOURS" in findings(Case.model_validate(data))
    data["respondents"] = data["respondents"][:1]
    data["incidents"][0]["respondent"] = "bank"
    assert set(findings(Case.model_validate(data))) == {"US-SCOPE"}


def test_unknown_collector_runs_the_rules_and_asks_who_is_collecting():
    data = make_case([NIGHT]).model_dump()
    data["facts"], data["respondents"] = {}, []
    data["incidents"][0]["respondent"] = None
    case = Case.model_validate(data)
    assert "US-HOURS" in findings(case) and "US-SCOPE" not in findings(case)
    assert "Who is collecting" in asks(case)["US-SCOPE"].question


def test_limitation_gives_the_one_year_deadlines():
    f = findings(make_case([NIGHT, sms("2026-05-02 23:00", "Pay.")]))["US-LIMITATION"]
    assert "03/02/2027" in f.explanation and "05/02/2027" in f.explanation
    assert "15 U.S.C. § 1692k(d)" in articles(f)


# -- states ---------------------------------------------------------------------------------------

def test_california_rosenthal_reaches_an_original_creditor():
    case = make_case([NIGHT], facts={"collector_type": "original_creditor",
                                     "consumer_state": "CA"})
    f = findings(case)
    assert set(f) == {"US-SCOPE", "US-CA-ROSENTHAL"}
    assert c.CA_REACH in f["US-CA-ROSENTHAL"].citations
    assert "Cal. Civ. Code § 1788.17" in articles(f["US-CA-ROSENTHAL"])
    covered = findings(make_case([NIGHT], facts={"consumer_state": "CA"}))["US-CA-ROSENTHAL"]
    assert c.CA_REACH not in covered.citations


def test_massachusetts_two_communications_a_week():
    contacts = [call("2026-03-02 10:00", answered=False), sms("2026-03-03 10:00", OK_TEXT),
                call("2026-03-05 10:00", answered=False)]
    assert "US-MA-CALLS" not in findings(make_case(contacts[:2], facts={"consumer_state": "MA"}))
    f = findings(make_case(contacts, facts={"consumer_state": "MA"}))["US-MA-CALLS"]
    assert f.incidents == ["I3"] and articles(f) == {"209 CMR 18.16(1)(d)"}
    creditor = findings(make_case(contacts, facts={"consumer_state": "MA",
                                                   "collector_type": "original_creditor"}))
    assert articles(creditor["US-MA-CALLS"]) == {"940 CMR 7.04(1)(f)"}
    assert "US-MA-CALLS" not in findings(make_case(contacts, facts={"consumer_state": "NY"}))
