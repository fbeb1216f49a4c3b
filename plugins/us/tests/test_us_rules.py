"""US rules: each fires on the facts it is meant for, and only on those; citations as the
reference gives them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from complaint_kit_us import citations as c
from complaint_kit_us.jurisdiction import LABELS, US
from complaint_kit_us.lexicon import LEXICON
from complaint_kit_us.rules import RULES

from complaint_kit.assess.rules import Basis, Citation
from complaint_kit.draft.pipeline import assess
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry

REFERENCE = Path(__file__).resolve().parents[4] / "shared" / "reference" / "law-us.md"
GRADES = {"High", "Medium", "Medium-High", "Low", "UNVERIFIED"}


def make_case(incidents, facts=None, **extra) -> Case:
    data = {
        "jurisdiction": "us", "timezone": extra.pop("timezone", "America/Chicago"),
        "complainant": {"name": "Test Example"},
        "respondents": [
            {"id": "bank", "role": "lender", "type": "bank", "name": "Example Bank"},
            {"id": "agency", "role": "collection_agency", "type": "collection_agency",
             "name": "Example Agency", "acting_for": "bank"}],
        "facts": {"collector_type": "third_party_agency", "debt_purpose": "consumer",
                  **(facts or {})},
        "incidents": incidents,
    }
    data.update(extra)
    return Case.model_validate(data)


def findings(case: Case) -> dict:
    return {f.rule_id: f for f in assess(case, get_registry()).findings}


def asks(case: Case) -> dict:
    return {q.rule_id: q for q in assess(case, get_registry()).questions}


def call(time, **kw):
    return {"time": time, "channel": "call", "respondent": "agency", **kw}


def sms(time, content, **kw):
    return {"time": time, "channel": "sms", "respondent": "agency", "content": content, **kw}


OK_TEXT = "Example Agency, a debt collector. Please call us. Reply STOP to opt out."


def articles(finding) -> set:
    return {c.article for c in finding.citations}


# -- the plugin as a whole ------------------------------------------------------------------------

def test_the_jurisdiction_is_the_us():
    assert US.labels is LABELS and US.typography.page == "Letter"
    assert US.phone_region == "US" and US.timezone == "America/New_York"
    assert [t.hour for t in US.contact_hours] == [8, 21]


def test_registry_lists_the_us_jurisdiction_rules_channels_and_documents():
    registry = get_registry()
    assert registry.jurisdiction("us").name == "United States"
    assert {d.id for d in registry.documents_for("us")} == {
        "cfpb-narrative", "dispute-letter", "cease-letter", "harassment-log"}
    assert [ch.id for ch in registry.channels_for("us")] == [
        "police", "collector", "cfpb", "state-ag", "lawsuit"]
    assert len(registry.rules_for("us")) == len(RULES) == 37


def test_rule_ids_are_the_references():
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there")
    catalogue = set(re.findall(r"\*\*(US-[A-Z0-9-]+)\*\*", REFERENCE.read_text()))
    assert {r.id for r in RULES} <= catalogue


def _all_citations() -> dict[str, Citation]:
    return {k: v for k, v in vars(c).items() if isinstance(v, Citation)}


def test_every_citation_has_the_references_grade_and_source():
    cites = _all_citations()
    for name, cite in cites.items():
        assert cite.grade in GRADES, name
        if not cite.verified:  # never named by article, and its gist names no section
            assert cite.article is None, name
            assert not re.search(r"\d{4}\.\d", cite.gist or ""), name
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there")
    text = REFERENCE.read_text()
    for name, cite in cites.items():
        for part in cite.source.split("; "):
            assert part in text or part.startswith("law-us.md"), (name, part)


def test_every_citation_says_what_kind_of_law_it_is():
    for name, cite in _all_citations().items():
        assert cite.basis is not None, name
        assert not cite.basis.penal, name  # the reference holds no criminal provision
    assert c.FDCPA_1692D.basis == c.CA_1788_17.basis == Basis.civil
    assert c.REGF_14B.basis == c.COMMENT_14B4_1II.basis == Basis.regulatory
    assert c.MA_940_704.basis == Basis.regulatory


def test_the_us_lexicon_is_registered_for_english_with_a_negation():
    assert LEXICON in get_registry().classifiers and LEXICON.language == "en"
    assert LEXICON.classify("The caller did not mention the debt.") == {}
    assert LEXICON.classify("We will not garnish your wages.") == {}
    assert "threat_seizure" in LEXICON.classify("If you do not pay we will garnish your wages.")


def test_grades_follow_the_catalogue():
    assert c.FDCPA_1692C_B.grade == c.REGF_6D.grade == "Medium-High"
    assert c.COMMENT_6B1_2.grade == c.COMMENT_14B3II_1.grade == "Medium"
    assert c.REGF_26.grade == c.HENSON.grade == c.CA_REACH.grade == "Medium"
    assert c.REGF_14B.grade == c.FDCPA_1692K_D.grade == c.CA_1788_17.grade == "High"
    assert c.REGF_WORKPLACE.grade == c.SRC_STATE_AG.grade == "UNVERIFIED"


def test_every_rule_carries_citations_and_cites_binding_law():
    for rule in RULES:
        assert rule.citations, rule.id
        assert any(x.binding == "binding" and x.verified for x in rule.citations), rule.id
        assert rule.verified, rule.id  # none rests on an UNVERIFIED point (Sundays: not encoded)


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


@pytest.mark.parametrize("text", [
    "Your account is 60 days past due. We may report this account to the credit bureaus.",
    "If the balance is not resolved, our client may file a lawsuit.",
    "Please repay by the 15th. This is an attempt to collect a debt.",
    "If a court enters a judgment, wages may be garnished as the law allows.",
])
def test_the_us_lexicon_leaves_lawful_reminders_alone(text):
    from complaint_kit_us.lexicon import FEATURES

    assert set(LEXICON.classify(text)) <= set(FEATURES)  # what it holds, never abuse
