"""US rules on what the collectors said, and on validation notices and disputes."""

from __future__ import annotations

import pytest
from us_rule_cases import OK_TEXT, articles, asks, call, findings, make_case, sms

# -- what they said -------------------------------------------------------------------------------

@pytest.mark.parametrize("content, facts, rule, article", [
    ("We will break your legs.", {}, "US-VIOLENCE", "15 U.S.C. § 1692d(1)"),
    ("You deadbeat loser.", {}, "US-OBSCENE", "15 U.S.C. § 1692d(2)"),
    ("You will be arrested and go to jail.", {}, "US-ARREST-THREAT", "15 U.S.C. § 1692e(4)"),
    ("We will garnish your wages next week.", {"judgment_entered": False}, "US-ARREST-THREAT",
     "15 U.S.C. § 1692e(4)"),
    ("We will call immigration and have you deported.", {}, "US-IMPOSSIBLE-THREAT",
     "15 U.S.C. § 1692e(5)"),
    ("We will tell your boss about this.", {}, "US-IMPOSSIBLE-THREAT", "15 U.S.C. § 1692e(5)"),
    ("This is Officer Dale of the sheriff's office.", {}, "US-FALSE-GOV",
     "15 U.S.C. § 1692e(1)"),
    ("You are hereby summoned to appear. Case No. 2026-CV-0142.", {}, "US-FALSE-GOV",
     "15 U.S.C. § 1692e(9)"),
    ("Our attorneys are preparing your file.", {}, "US-FALSE-ATTORNEY", "15 U.S.C. § 1692e(3)"),
    ("You are a thief.", {}, "US-CRIME-IMPLICATION", "15 U.S.C. § 1692e(7)"),
    ("This is the credit bureau calling.", {}, "US-CRA-IMPLICATION",
     "12 C.F.R. § 1006.18(b)(1)(ii)"),
    ("Pay now plus a $40 processing fee.", {"unauthorized_fees": True}, "US-UNAUTHORISED-AMOUNT",
     "15 U.S.C. § 1692f(1)"),
    ("We will repossess your car.", {"secured_debt": False}, "US-REPOSSESSION-THREAT",
     "15 U.S.C. § 1692f(6)"),
    ("You are going on our deadbeat list.", {}, "US-DEADBEAT-LIST", "15 U.S.C. § 1692d(3)"),
    ("We are coming to your house tonight.", {}, "US-HARASS", "15 U.S.C. § 1692d"),
])
def test_what_they_said(content, facts, rule, article):
    f = findings(make_case([sms("2026-03-02 10:00", f"{content} {OK_TEXT}")], facts=facts))
    assert rule in f, sorted(f)
    assert article in articles(f[rule])


@pytest.mark.parametrize("content, rule", [
    ("We will garnish your wages next week.", "US-ARREST-THREAT"),  # is there a judgment?
    ("We will repossess your car.", "US-REPOSSESSION-THREAT"),  # is the car collateral?
    ("Pay now plus a $40 processing fee.", "US-UNAUTHORISED-AMOUNT"),  # does the contract allow it?
    ("A summons has been issued in your name.", "US-FALSE-GOV"),  # was a paper enclosed?
])
def test_a_missing_fact_is_asked_not_stated(content, rule):
    case = make_case([sms("2026-03-02 10:00", f"{content} {OK_TEXT}")])
    assert rule not in findings(case)
    assert rule in asks(case)


def test_an_arrest_threat_is_found_under_1692e4_only():
    f = findings(make_case([sms("2026-03-02 10:00", f"A warrant will be issued for your arrest. "
                                                    f"{OK_TEXT}")]))
    assert "US-ARREST-THREAT" in f and "US-IMPOSSIBLE-THREAT" not in f


def test_an_email_that_only_speaks_of_a_summons_is_no_fake_court_paper():
    email = {"time": "2026-03-11 19:30", "channel": "email", "respondent": "agency",
             "content": f"FINAL LEGAL NOTICE. A summons is being prepared. {OK_TEXT}"}
    assert "US-FALSE-GOV" not in findings(make_case([email]))
    assert asks(make_case([email]))["US-FALSE-GOV"].incidents == ["I1"]
    enclosed = {**email, "tags": ["fake_document"]}
    f = findings(make_case([enclosed]))["US-FALSE-GOV"]
    assert articles(f) == {"15 U.S.C. § 1692e(9)"}
    checked = {**email, "content": f"A lawsuit has been filed against you. {OK_TEXT}",
               "verified_false": "the county clerk has no case in my name (03/12/2026)"}
    f = findings(make_case([checked]))
    assert articles(f["US-FALSE-DEBT"]) == {"15 U.S.C. § 1692e(2)"}
    assert "county clerk" in f["US-FALSE-DEBT"].explanation


def test_a_threat_of_violence_or_of_a_visit_tonight_is_urgent():
    violence = findings(make_case([sms("2026-03-02 10:00", f"We will break your legs. {OK_TEXT}")]))
    assert "threatened violence" in violence["US-VIOLENCE"].urgent
    tonight = findings(make_case([sms("2026-03-02 10:00",
                                      f"We are coming to your house tonight. {OK_TEXT}")]))
    assert "tonight" in tonight["US-HARASS"].urgent
    later = findings(make_case([sms("2026-03-02 10:00",
                                    f"We may send someone to your house. {OK_TEXT}")]))
    assert not later["US-HARASS"].urgent


def test_words_of_a_described_call_count_only_as_the_collectors_and_are_never_quoted():
    said = call("2026-03-02 10:00", answered=True,
                content="The caller said I would be arrested and go to jail.")
    f = findings(make_case([said]))["US-ARREST-THREAT"]
    assert "“" not in f.explanation  # a description is not the collector's exact words
    mine = call("2026-03-02 10:00", answered=True,
                content="I asked whether I could be arrested; he did not answer.")
    assert "US-ARREST-THREAT" not in findings(make_case([mine]))
    denied = call("2026-03-02 10:00", answered=True,
                  content="The caller never said I would be arrested.")
    assert "US-ARREST-THREAT" not in findings(make_case([denied]))


def test_written_messages_must_say_they_are_from_a_debt_collector_and_offer_an_opt_out():
    f = findings(make_case([sms("2026-03-02 10:00", "Call us about your account.")]))
    assert f["US-MINI-MIRANDA"].incidents == ["I1"]
    assert "12 C.F.R. § 1006.6(e)" in {x.article for x in f["US-MEDIUM-OPTOUT"].quotable}


def test_social_media_posts():
    post = {"time": "2026-03-02 10:00", "channel": "social_post", "respondent": "agency",
            "to": {"relation": "public"}, "content": "Alex owes us money. From a debt collector."}
    assert "US-SOCIAL-MEDIA" in findings(make_case([post]))


def test_time_barred_debt_threatened_with_suit():
    msg = sms("2026-03-02 10:00", f"We will file a lawsuit against you. {OK_TEXT}")
    assert "US-TIME-BARRED" not in findings(make_case([msg]))
    f = findings(make_case([msg], facts={"time_barred": True}))["US-TIME-BARRED"]
    assert f.citations[0].grade == "Medium"


# -- validation and disputes ---------------------------------------------------------------------

def test_validation_notice_missing_or_late():
    first = [call("2026-03-02 10:00", answered=False)]
    assert "US-VALIDATION" not in findings(make_case(first))  # not said either way
    assert "US-VALIDATION" in findings(make_case(first, facts={
        "validation_notice_received": False}))
    assert "US-VALIDATION" in findings(make_case(first, facts={
        "validation_notice_received_date": "2026-03-10"}))
    assert "US-VALIDATION" not in findings(make_case(first, facts={
        "validation_notice_received_date": "2026-03-06"}))


def test_collection_after_a_timely_written_dispute():
    contacts = [call("2026-03-20 10:00", answered=False), call("2026-04-20 10:00", answered=False)]
    f = findings(make_case(contacts, facts={"validation_notice_received_date": "2026-03-01",
                                            "dispute_sent_date": "2026-03-15",
                                            "verification_received_date": "2026-04-01"}))
    assert f["US-DISPUTE-CEASE"].incidents == ["I1"]
    late = findings(make_case(contacts, facts={"validation_notice_received_date": "2026-01-01",
                                               "dispute_sent_date": "2026-03-15"}))
    assert "US-DISPUTE-CEASE" not in late
