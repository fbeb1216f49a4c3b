"""US rules: each fires on the facts it is meant for, and only on those. Here: lawful conduct,
time of day, how often, and whom they contacted; what they said in
test_us_statements_and_disputes.py, who is collecting in test_us_who_collects.py."""

from __future__ import annotations

import pytest
from complaint_kit_us import citations as c
from complaint_kit_us.lexicon import LEXICON
from us_rule_cases import OK_TEXT, articles, asks, call, findings, make_case, sms

from complaint_kit.model.case import Case

# -- lawful conduct -------------------------------------------------------------------------------

def test_lawful_collection_raises_no_findings():
    case = make_case([
        {"time": "2026-05-04 10:00", "channel": "letter", "respondent": "agency",
         "content": "This is a communication from a debt collector. This is an attempt to collect "
                    "a debt and any information obtained will be used for that purpose."},
        call("2026-05-11 11:00", answered=False),
        sms("2026-05-13 15:30", OK_TEXT),
        call("2026-05-15 10:15", answered=True, content="Offered a payment plan."),
        {"time": "2026-05-26 14:00", "channel": "email", "respondent": "agency",
         "content": "From a debt collector: we may report this account to the credit bureaus "
                    "and we may file a lawsuit. To stop emails, click unsubscribe."},
    ], facts={"validation_notice_received_date": "2026-05-06"})
    assert findings(case) == {}


# -- time of day ----------------------------------------------------------------------------------

def test_hours_use_the_consumers_local_time_and_the_8_to_9_window():
    case = make_case([sms("2026-03-02 07:59", OK_TEXT), sms("2026-03-02 08:00", OK_TEXT),
                      sms("2026-03-02 20:59", OK_TEXT), sms("2026-03-02 21:00", OK_TEXT),
                      sms("2026-03-03 23:00", OK_TEXT, consented=True)])
    f = findings(case)["US-HOURS"]
    assert f.incidents == ["I1", "I4"]
    assert "America/Chicago" in f.explanation
    assert articles(f) == {"15 U.S.C. § 1692c(a)(1)", "12 C.F.R. § 1006.6(b)(1)(i)"}


def test_the_same_instant_is_late_in_one_zone_and_not_in_another():
    instant = "2026-03-02T22:30:00-05:00"  # 9:30 p.m. in New York, 6:30 p.m. in Los Angeles
    assert "US-HOURS" in findings(make_case([sms(instant, OK_TEXT)], timezone="America/New_York"))
    assert "US-HOURS" not in findings(make_case([sms(instant, OK_TEXT)],
                                                timezone="America/Los_Angeles"))


def test_without_a_time_zone_a_time_late_only_in_some_us_zones_is_asked_about():
    instant = "2026-03-02T22:30:00-05:00"  # 9:30 p.m. in Chicago, 7:30 p.m. in Los Angeles
    data = make_case([sms(instant, OK_TEXT)]).model_dump()
    data["timezone"] = None
    case = Case.model_validate(data)
    assert "US-HOURS" not in findings(case) and "US-HOURS" in asks(case)
    data["incidents"][0]["time"] = "2026-03-02T04:30:00-05:00"  # before 8 a.m. everywhere
    assert "US-HOURS" in findings(Case.model_validate(data))


def test_designated_inconvenient_time():
    case = make_case([call("2026-03-02 12:30", answered=False),
                      call("2026-03-04 12:30", answered=False),
                      call("2026-03-04 15:00", answered=False)],
                     facts={"inconvenient_time_designations": [
                         {"since": "2026-03-03", "from": "12:00", "to": "13:00"}]})
    assert findings(case)["US-DESIGNATED-INCONVENIENT"].incidents == ["I2"]


# -- 7 calls in 7 days, and the conversation rule ------------------------------------------------

def _calls(days, **kw):
    return [call(f"2026-03-{d:02d} 10:00", answered=False, **kw) for d in days]


def test_seven_calls_in_seven_days_is_not_presumed_a_violation_but_eight_is():
    assert "US-FREQ-CALLS" not in findings(make_case(_calls([2, 3, 4, 5, 6, 7, 8])))
    f = findings(make_case(_calls([2, 3, 4, 5, 6, 7, 8, 8])))["US-FREQ-CALLS"]
    assert "8 calls to me between 03/02/2026 and 03/08/2026" in f.explanation
    assert "12 C.F.R. § 1006.14(b)(1), (b)(2)" in articles(f)
    assert "15 U.S.C. § 1692d(5)" in articles(f)
    # Spread over eight days, no seven-day window holds more than seven.
    assert "US-FREQ-CALLS" not in findings(make_case(_calls([2, 3, 4, 5, 6, 7, 8, 9])))


def test_calls_that_did_not_connect_or_had_consent_are_not_counted():
    busy = [*_calls([2, 3, 4, 5, 6, 7, 8]), call("2026-03-08 11:00", tags=["busy"])]
    assert "US-FREQ-CALLS" not in findings(make_case(busy))
    consented = [*_calls([2, 3, 4, 5, 6, 7, 8]), call("2026-03-08 11:00", consented=True)]
    assert "US-FREQ-CALLS" not in findings(make_case(consented))


def test_a_call_within_seven_days_after_a_conversation():
    talk = call("2026-03-02 10:00", answered=True, content="Discussed the balance.")
    day7 = findings(make_case([talk, call("2026-03-08 18:00", answered=False)]))
    assert day7["US-FREQ-CALLS"].incidents == ["I1", "I2"]
    assert "day one" in day7["US-FREQ-CALLS"].explanation
    day8 = findings(make_case([talk, call("2026-03-09 09:00", answered=False)]))
    assert "US-FREQ-CALLS" not in day8


def test_calls_are_counted_per_person():
    mother = {"relation": "parent", "name": "Pat", "number": "(555) 555-0188"}
    split = _calls([2, 3, 4, 5]) + _calls([6, 7, 8, 8], to=mother)
    assert "US-FREQ-CALLS" not in findings(make_case(split))


def test_numerous_texts_on_consecutive_days():
    texts = [sms(f"2026-03-0{d} {h}:00", OK_TEXT) for d in (2, 3, 4) for h in (10, 12, 14)]
    assert findings(make_case(texts))["US-TEXTS"].incidents == [f"I{n}" for n in range(1, 10)]
    assert "US-TEXTS" not in findings(make_case(texts[:8]))


# -- whom they contacted -------------------------------------------------------------------------

def test_third_parties_and_location_contacts():
    mother = {"relation": "parent", "name": "Pat", "number": "(555) 555-0188"}
    case = make_case([
        call("2026-03-02 10:00", to=mother, answered=True,
             content="Asked my mother where I live."),
        call("2026-03-03 10:00", to=mother, answered=True,
             content="Asked my mother again for my address and said I owe money."),
        call("2026-03-04 10:00", to={"relation": "spouse"}, answered=True,
             content="Told my wife about the balance."),
        call("2026-03-05 10:00", to={"relation": "employer", "name": "HR"}, answered=True,
             content="Told HR I have an unpaid debt."),
    ])
    f = findings(case)
    assert f["US-THIRD-PARTY"].incidents == ["I4"]  # the spouse is a "consumer"
    assert f["US-LOCATION-CONTACT"].incidents == ["I2"]  # asked again, and said I owe money
    assert "15 U.S.C. § 1692c(b)" in articles(f["US-THIRD-PARTY"])
    assert "US-LOCATION-CONTACT" in asks(case)  # could the collector reach me?
    # A collector that could reach me was not looking for me: telling my mother is 1692c(b).
    reachable = findings(Case.model_validate({**case.model_dump(), "debtor_reachable": True}))
    assert reachable["US-THIRD-PARTY"].incidents == ["I2", "I4"]
    assert "US-LOCATION-CONTACT" not in reachable


def test_a_call_back_request_to_a_relative_is_asked_about_not_found():
    case = make_case([call("2026-03-02 10:00", to={"relation": "sibling", "name": "Sam"},
                           answered=True, content="Asked my brother to have me call back.")])
    assert "US-THIRD-PARTY" not in findings(case)
    assert asks(case)["US-THIRD-PARTY"].incidents == ["I1"]


def test_cease_attorney_workplace_and_optout_need_the_consumers_written_steps():
    incidents = [call("2026-03-02 10:00", answered=False, location="at work"),
                 call("2026-03-06 10:00", answered=False, location="at work"),
                 sms("2026-03-07 10:00", OK_TEXT)]
    assert not {"US-CEASE", "US-ATTORNEY", "US-WORKPLACE", "US-MEDIUM-OPTOUT"} & set(
        findings(make_case(incidents)))
    f = findings(make_case(incidents, facts={
        "written_cease_notice_date": "2026-03-05", "attorney_represented": True,
        "attorney_notice_date": "2026-03-04", "employer_prohibits_contact_date": "2026-03-03",
        "medium_optout_requests": [{"channel": "sms", "date": "2026-03-04"}]}))
    assert f["US-CEASE"].incidents == ["I2", "I3"]
    assert f["US-ATTORNEY"].incidents == ["I2", "I3"]
    assert f["US-WORKPLACE"].incidents == ["I2"]
    assert f["US-MEDIUM-OPTOUT"].incidents == ["I3"]


def test_workplace_rule_never_names_its_unverified_regulation_paragraph():
    case = make_case([call("2026-03-06 10:00", answered=False, location="office")],
                     facts={"employer_prohibits_contact_date": "2026-03-03"})
    f = findings(case)["US-WORKPLACE"]
    assert c.REGF_WORKPLACE in f.citations and c.REGF_WORKPLACE not in f.quotable
    assert [x.label for x in f.quotable] == [c.FDCPA_1692C_A3.label]
    assert f.unverified_notes and "1006.6(b)(3)" not in " ".join(f.unverified_notes)


def test_a_letter_after_the_cease_notice_may_say_a_remedy_will_be_used():
    case = make_case([{"time": "2026-03-06 10:00", "channel": "letter", "respondent": "agency",
                       "content": "We are closing your account. From a debt collector."}],
                     facts={"written_cease_notice_date": "2026-03-05"})
    assert "US-CEASE" not in findings(case)


@pytest.mark.parametrize("text", [
    "Your account is 60 days past due. We may report this account to the credit bureaus.",
    "If the balance is not resolved, our client may file a lawsuit.",
    "Please repay by the 15th. This is an attempt to collect a debt.",
    "If a court enters a judgment, wages may be garnished as the law allows.",
])
def test_the_us_lexicon_leaves_lawful_reminders_alone(text):
    from complaint_kit_us.lexicon import FEATURES

    assert set(LEXICON.classify(text)) <= set(FEATURES)  # what it holds, never abuse
