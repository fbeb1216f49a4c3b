"""United Kingdom rules: each fires on the facts it is meant for and only those; every citation is
the reference's (law-uk.md), with its source, grade and basis; nothing unverified is quotable;
penal provisions come with the facts that meet their elements, or as a question.

Here: lawful contact, contact (CONC 7.9), authority and legal position (CONC 7.11, AJA 1970
s.40); the debt and the statutes in test_uk_debt_and_statutes.py, the catalogue in
test_uk_catalogue.py."""

from __future__ import annotations

from complaint_kit_uk import citations as cites
from uk_rule_cases import LAWFUL, articles, asks, call, findings, make_case, sms

from complaint_kit.assess.rules import UNVERIFIED, Basis, Binding
from complaint_kit.assess.tagging import TAGS
from complaint_kit.draft.pipeline import assess
from complaint_kit.plugins.registry import get_registry

# -- lawful contact ------------------------------------------------------------------------------

def test_lawful_reminders_raise_no_findings_and_no_questions():
    case = make_case(LAWFUL)
    assert findings(case) == {} and asks(case) == set()


def test_lawful_reminders_get_no_standard_tags():
    tagger = get_registry().tagger("en")
    for incident in LAWFUL:
        assert set(tagger.tag(incident["content"]).tags) & set(TAGS) == set(), \
            incident["content"]


# -- contact: CONC 7.9 ---------------------------------------------------------------------------

def test_unreasonable_times_use_the_mcob_analogy_and_respect_consent():
    case = make_case([sms("2026-03-02 07:59", "Pay"), sms("2026-03-02 08:00", "Pay"),
                      sms("2026-03-02 20:59", "Pay"), sms("2026-03-02 21:00", "Pay"),
                      sms("2026-03-03 23:00", "Pay", consented=True),
                      sms("2026-03-04 23:00", "Pay", to={"relation": "parent"})])
    f = findings(case)["UK-TIMES"]
    assert f.incidents == ["I1", "I4"]  # the customer's contacts only: CONC 7.9.4R
    assert "CONC 7.9.4R" in articles(f) and "MCOB 13.5.4G" in articles(f)
    assert "analogy" in f.explanation and "without giving hours" in f.explanation
    mcob = next(c for c in f.citations if c.article == "MCOB 13.5.4G")
    assert mcob.binding == Binding.guidance and mcob.basis == Basis.baseline
    assert f.basis == Basis.regulatory


def test_times_are_read_in_london_time():
    # 20:30 UTC in summer is 21:30 in London (BST): outside the hours.
    case = make_case([sms("2026-07-01T20:30:00+00:00", "Pay")])
    assert findings(case)["UK-TIMES"].incidents == ["I1"]


def test_frequency_has_no_legal_number_but_flags_several_a_day():
    two = make_case([sms("2026-03-02 10:00", "Pay"), sms("2026-03-02 15:00", "Pay")])
    assert "UK-FREQUENCY" not in findings(two)
    three = make_case([sms("2026-03-02 10:00", "Pay"), sms("2026-03-02 12:00", "Pay"),
                       sms("2026-03-02 15:00", "Pay")])
    f = findings(three)["UK-FREQUENCY"]
    assert f.incidents == ["I1", "I2", "I3"]
    assert "no numeric limit" in f.explanation and "02/03/2026: 3 contacts" in f.explanation
    assert {c.grade for c in f.citations if c.article == "CONC 7.9.4R"} == {"Medium"}


def test_frequency_counts_every_contact_of_the_day_with_the_redialled_calls():
    case = make_case([call("2026-03-02 10:00", answered=False),
                      call("2026-03-03 09:00", "Pay now."),
                      call("2026-03-03 10:00", answered=False),
                      call("2026-03-03 10:05", answered=False),
                      call("2026-03-03 10:12", answered=False)])
    f = findings(case)["UK-FREQUENCY"]
    assert f.incidents == ["I2", "I3", "I4", "I5"]
    assert "03/03/2026: 4 contacts" in f.explanation and "3 unanswered calls" in f.explanation


def test_content_free_frequency_goes_to_the_firm_and_the_ombudsman_not_the_police():
    calls = [call(f"2026-03-02 {h:02d}:00", answered=False) for h in range(9, 18)]
    a = assess(make_case(calls), get_registry())
    assert {f.rule_id for f in a.findings} == {"UK-FREQUENCY"}
    assert [c.id for c in a.routes] == ["firm", "fos", "fca"] and not a.urgent


def test_ignored_contact_request():
    facts = {"contact_request_date": "2026-03-08", "contact_request_channels": ["letter"],
             "contact_request": "Letters only, please."}
    case = make_case([call("2026-03-07 10:00", "Pay"), call("2026-03-09 10:00", "Pay"),
                      {"time": "2026-03-10 10:00", "channel": "letter", "respondent": "bank",
                       "content": "Statement"},
                      sms("2026-03-11 10:00", "Ask Sam to ring us.", to={"relation": "friend"})],
                     facts)
    f = findings(case)["UK-CONTACT-REQUESTS"]
    assert f.incidents == ["I2"] and "Letters only" in f.explanation  # not the friend's text


def test_a_customer_who_asked_them_to_stop():
    case = make_case([call("2026-03-09 10:00", "Pay", to={"relation": "debtor",
                                                          "asked_to_stop": True})])
    assert findings(case)["UK-CONTACT-REQUESTS"].incidents == ["I1"]


def test_premium_rate_and_misleading_contact():
    case = make_case([sms("2026-03-04 10:00", "We missed a delivery for you. Call 0909 879 0000 "
                          "now.")])
    f = findings(case)
    assert f["UK-PREMIUM-RATE"].incidents == ["I1"]
    assert f["UK-MISLEADING-CONTACT"].incidents == ["I1"]
    assert "CONC 7.9.3G" in articles(f["UK-MISLEADING-CONTACT"])
    ordinary = make_case([sms("2026-03-04 10:00", "Call us on 020 7946 0001.")])
    assert "UK-PREMIUM-RATE" not in findings(ordinary)


def test_each_third_party_contact_is_found_under_the_one_rule_that_fits():
    case = make_case([
        call("2026-03-05 14:00", "Sam owes £2,450 to Example Bank.",
             to={"relation": "employer", "name": "Example Widgets Ltd"}),
        sms("2026-03-05 14:30", "Is Sam there? Ask him to ring Example Debt Recovery.",
            to={"relation": "friend", "name": "Alex"}),
        sms("2026-03-06 10:00", "We will tell your employer about your debt."),
        {"time": "2026-03-07 09:00", "channel": "letter", "respondent": "bank",
         "content": "To the occupier: pay the balance now."},
        sms("2026-03-08 10:00", "Sam Example owes £2,450 and will not pay.",
            to={"relation": "contact"}, audience="group"),
        sms("2026-03-09 10:00", "Is Sam there? Please ask him to call us.",
            to={"relation": "sibling"}),
    ])
    f = findings(case)
    assert f["UK-DISCLOSURE"].incidents == ["I1", "I3"]  # told, and threatened to tell
    assert f["UK-THIRD-PARTY-AWARENESS"].incidents == ["I2"]  # the collector's name told it
    assert f["UK-IDENTITY-CHECK"].incidents == ["I4"]
    assert "CONC 7.9.11G" in articles(f["UK-IDENTITY-CHECK"])
    assert f["UK-PUBLIC-EMBARRASSMENT"].incidents == ["I5"]  # the group, not the employer call
    assert {"CONC 7.9.7R(1)", "CONC 7.9.6R"} == articles(f["UK-PUBLIC-EMBARRASSMENT"])
    assert all("I6" not in x.incidents for x in f.values())  # asked for a call back, no more
    disclosure = next(c for c in f["UK-DISCLOSURE"].citations)
    assert disclosure.grade == "High/Medium"  # the rule number is inferred (law-uk.md §3.2)


def test_a_denial_is_not_a_disclosure():
    said = call("2026-03-05 14:00", "The caller asked for Sam and did not mention the debt.",
                to={"relation": "parent"})
    assert "UK-DISCLOSURE" not in findings(make_case([said]))
    told = call("2026-03-05 14:00", "The caller told her about the debt.",
                to={"relation": "parent"})
    assert findings(make_case([told]))["UK-DISCLOSURE"].incidents == ["I1"]


def test_a_described_call_naming_someone_else_asks_to_record_that_contact():
    described = call("2026-03-05 14:00", "They rang my mum and told her I owe £2,450.")
    case = make_case([described])
    assert "UK-DISCLOSURE" not in findings(case) and asks(case) == {"UK-DISCLOSURE"}
    recorded = make_case([{**described, "to": {"relation": "parent"}}])
    assert findings(recorded)["UK-DISCLOSURE"].incidents == ["I1"]


def test_described_words_are_never_quoted():
    spoken = call("2026-03-03 12:00", "He said I would be arrested.")
    f = findings(make_case([spoken]))["UK-CRIMINAL-THREAT"]
    assert "‘" not in f.explanation
    written = sms("2026-03-03 12:00", "You will be arrested.")
    assert "‘arrested’" in findings(make_case([written]))["UK-CRIMINAL-THREAT"].explanation


def test_unmarked_post():
    case = make_case([{"time": "2026-03-09 09:00", "channel": "letter", "respondent": "bank",
                       "content": "Statement", "tags": ["post_unmarked"]}])
    f = findings(case)["UK-THIRD-PARTY-AWARENESS"]
    assert f.incidents == ["I1"] and "CONC 7.9.8G" in articles(f)


VISIT = {"time": "2026-03-07 10:30", "channel": "visit", "respondent": "bank",
         "location": "my office", "content": "A man came to my office."}


def test_one_visit_is_one_finding_naming_each_failing():
    case = make_case([VISIT], {"visit_purpose_explained": False})
    f = findings(case)
    assert "UK-VISIT-PURPOSE" not in f and "UK-PUBLIC-EMBARRASSMENT" not in f
    visit = f["UK-VISIT-CONDUCT"]
    assert visit.incidents == ["I1"]
    assert "CONC 7.9.12R" in articles(visit) and "inappropriate place" in visit.explanation
    assert [c.grade for c in visit.citations].count(UNVERIFIED) == 1
    assert all("7.9.14" not in (c.gist or "") for c in visit.quotable)
    assert any("probably 7.9.14R" in n for n in visit.unverified_notes)


def test_the_firm_knew_of_vulnerability_only_if_it_was_told():
    suspected = make_case([VISIT], {"vulnerable": True})
    assert "vulnerable" not in findings(suspected)["UK-VISIT-CONDUCT"].explanation
    assert asks(suspected) == {"UK-VISIT-CONDUCT"}
    told = make_case([VISIT], {"vulnerable": True, "told_firm_vulnerable": "2026-03-01"})
    f = findings(told)["UK-VISIT-CONDUCT"]
    assert "told the firm on 01/03/2026" in f.explanation and asks(told) == set()
    later = make_case([VISIT], {"told_firm_vulnerable": "2026-03-10"})
    assert "vulnerable" not in findings(later)["UK-VISIT-CONDUCT"].explanation


# -- authority and legal position: CONC 7.11, AJA 1970 s.40 ------------------------------------

def test_bailiffs_without_a_court_order_are_impossible_action_not_false_authority():
    incidents = [call("2026-03-02 12:00", "We will send the bailiffs round next week.")]
    unknown = make_case(incidents)
    assert "UK-IMPOSSIBLE-ACTION" not in findings(unknown)  # facts unknown: a question
    assert "UK-IMPOSSIBLE-ACTION" in asks(unknown)
    f = findings(make_case(incidents, {"court_papers": "no"}))
    assert f["UK-IMPOSSIBLE-ACTION"].incidents == ["I1"]
    assert "UK-FALSE-AUTHORITY" not in f and not f["UK-IMPOSSIBLE-ACTION"].urgent


def test_a_visit_threatened_for_tonight_puts_the_police_first():
    tonight = make_case([sms("2026-03-02 12:00", "Pay or we are coming round to your house "
                             "tonight.")])
    a = assess(tonight, get_registry())
    assert a.urgent and a.routes[0].id == "police"
    later = make_case([sms("2026-03-02 12:00", "Pay or we will come round to your house.")])
    a = assess(later, get_registry())
    assert not a.urgent and "police" not in [c.id for c in a.routes]


def test_claims_that_action_was_taken():
    incidents = [sms("2026-03-09 09:00", "A county court judgment has been registered against "
                     "you and enforcement agents have been instructed.")]
    assert "UK-FALSE-ACTION-TAKEN" not in findings(make_case(incidents))
    assert "UK-FALSE-ACTION-TAKEN" in asks(make_case(incidents))
    f = findings(make_case(incidents, {"court_papers": "no"}))["UK-FALSE-ACTION-TAKEN"]
    assert f.incidents == ["I1"] and articles(f) == {"CONC 7.11.9R"}
    checked = [{**incidents[0], "verified_false": "the county court said no claim exists"}]
    f = findings(make_case(checked))["UK-FALSE-ACTION-TAKEN"]
    assert "the county court said no claim exists" in f.explanation


def test_a_fake_court_letter_is_one_finding_with_both_rules():
    letter = {"time": "2026-03-03 09:00", "channel": "letter", "respondent": "bank",
              "content": "NOTICE. A county court judgment has been registered against you.",
              "tags": ["fake_document"]}
    f = findings(make_case([letter], {"court_papers": "no"}))
    assert "UK-FALSE-AUTHORITY" not in f
    assert {"CONC 7.11.9R", "CONC 7.11.3R"} <= articles(f["UK-FALSE-ACTION-TAKEN"])


def test_impersonation_needs_a_known_falsity_and_aja_is_only_a_point_to_check():
    posing = [call("2026-03-02 12:00", "I am an enforcement agent acting on the instructions of "
                   "the county court.")]
    assert "UK-FALSE-AUTHORITY" not in findings(make_case(posing))
    assert "UK-FALSE-AUTHORITY" in asks(make_case(posing))
    f = findings(make_case(posing, {"court_papers": "no"}))["UK-FALSE-AUTHORITY"]
    assert {"CONC 7.11.1R", "CONC 7.11.2G"} <= articles(f)
    assert all(c.instrument != cites.AJA for c in f.quotable)  # never named or quoted
    assert any("s.40(1)(c)" in n for n in f.unverified_notes)
    assert f.basis == Basis.regulatory


def test_criminal_threats():
    case = make_case([sms("2026-03-03 12:00", "Not paying is fraud. You will be arrested.")])
    f = findings(case)["UK-CRIMINAL-THREAT"]
    assert f.incidents == ["I1"]
    assert [c.article for c in f.quotable] == ["CONC 7.11.1R"]
    assert f.verified and any("s.40(1)(b)" in n for n in f.unverified_notes)
    denial = make_case([sms("2026-03-03 12:00", "This is not a criminal matter and you will not "
                            "be arrested.")])
    assert "UK-CRIMINAL-THREAT" not in findings(denial)


def test_bankruptcy_threats_are_a_question_without_the_threshold():
    case = make_case([call("2026-03-10 12:00", "We will make you bankrupt.")],
                     debt={"lender": "bank", "outstanding": 900})
    assert "UK-IMPOSSIBLE-ACTION" not in findings(case)
    assert "UK-IMPOSSIBLE-ACTION" in asks(case)
    below = make_case([call("2026-03-10 12:00", "We will make you bankrupt.")],
                      {"below_bankruptcy_minimum": True}, debt={"lender": "bank",
                                                                "outstanding": 900})
    f = findings(below)["UK-IMPOSSIBLE-ACTION"]
    assert "CONC 7.11.7G" in articles(f) and "£900.00" in f.explanation
    assert "UK-DISPROPORTIONATE" not in findings(below)  # a threat is not action taken
