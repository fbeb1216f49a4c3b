"""United Kingdom rules: each fires on the facts it is meant for and only those; every citation is
the reference's (law-uk.md), with its source and grade; nothing unverified is quotable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from complaint_kit_cn.jurisdiction import LABELS as CN_LABELS
from complaint_kit_uk import citations as cites
from complaint_kit_uk.jurisdiction import LABELS, UK
from complaint_kit_uk.lexicon import LEXICON

from complaint_kit.case import Case
from complaint_kit.registry import get_registry
from complaint_kit.rules import UNVERIFIED, Binding, run_rules

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "law-uk.md"


def make_case(incidents, facts=None, **extra) -> Case:
    data = {
        "jurisdiction": "uk", "timezone": "Europe/London",
        "complainant": {"name": "Sam Example"},
        "respondents": [{"id": "bank", "role": "lender", "type": "bank",
                         "name": "Example Bank plc"}],
        "incidents": incidents, "facts": facts or {},
    }
    data.update(extra)
    return Case.model_validate(data)


def findings(case: Case) -> dict:
    return {f.rule_id: f for f in run_rules(case, get_registry().rules_for("uk"))}


def sms(time, content, **kw):
    return {"time": time, "channel": "sms", "respondent": "bank", "content": content, **kw}


def call(time, content="", answered=True, **kw):
    return {"time": time, "channel": "call", "respondent": "bank", "content": content,
            "answered": answered, **kw}


def articles(finding) -> set:
    return {c.article for c in finding.citations}


LAWFUL = [
    sms("2026-03-01 10:00", "Example Bank: your credit card payment of £75 is due on 15/03/2026. "
        "Please ignore this message if you have already paid."),
    call("2026-03-17 11:30", "Hello, this is Example Bank about your credit card, which is now one "
         "payment behind. Can we help you set up a payment plan? If the arrears are not cleared "
         "we may apply to the county court for a judgment."),
    {"time": "2026-03-20 09:00", "channel": "letter", "respondent": "bank",
     "content": "Statement: arrears £75, balance £895.60 including interest. If you are "
                "struggling, free debt advice is available."},
    {"time": "2026-03-25 14:00", "channel": "email", "respondent": "bank",
     "content": "Reminder: your account is in arrears. We may report missed payments to credit "
                "reference agencies. Contact us to agree a plan."},
]


# -- lawful contact ------------------------------------------------------------------------------

def test_lawful_reminders_raise_no_findings():
    assert findings(make_case(LAWFUL)) == {}


def test_lawful_reminders_get_no_tags():
    tagger = get_registry().tagger("en")
    for incident in LAWFUL:
        assert tagger.tag(incident["content"]).tags == [], incident["content"]


# -- contact: CONC 7.9 ---------------------------------------------------------------------------

def test_unreasonable_times_use_the_mcob_analogy_and_respect_consent():
    case = make_case([sms("2026-03-02 07:59", "Pay"), sms("2026-03-02 08:00", "Pay"),
                      sms("2026-03-02 20:59", "Pay"), sms("2026-03-02 21:00", "Pay"),
                      sms("2026-03-03 23:00", "Pay", consented=True)])
    f = findings(case)["UK-TIMES"]
    assert f.incidents == ["I1", "I4"]
    assert "CONC 7.9.4R" in articles(f) and "MCOB 13.5.4G" in articles(f)
    assert "analogy" in f.explanation and "without giving hours" in f.explanation
    mcob = next(c for c in f.citations if c.article == "MCOB 13.5.4G")
    assert mcob.binding == Binding.guidance  # an analogy, never presented as binding


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
    assert "no numeric limit" in f.explanation
    assert {c.grade for c in f.citations if c.article == "CONC 7.9.4R"} == {"Medium"}


def test_redialling_counts_as_frequency():
    case = make_case([call("2026-03-02 10:00", answered=False),
                      call("2026-03-03 10:00", answered=False),
                      call("2026-03-03 10:05", answered=False),
                      call("2026-03-03 10:12", answered=False)])
    assert findings(case)["UK-FREQUENCY"].incidents == ["I2", "I3", "I4"]


def test_ignored_contact_request():
    facts = {"contact_request_date": "2026-03-08", "contact_request_channels": ["letter"],
             "contact_request": "Letters only, please."}
    case = make_case([call("2026-03-07 10:00", "Pay"), call("2026-03-09 10:00", "Pay"),
                      {"time": "2026-03-10 10:00", "channel": "letter", "respondent": "bank",
                       "content": "Statement"}], facts)
    f = findings(case)["UK-CONTACT-REQUESTS"]
    assert f.incidents == ["I2"] and "Letters only" in f.explanation


def test_premium_rate_and_misleading_contact():
    case = make_case([sms("2026-03-04 10:00", "We missed a delivery for you. Call 0909 879 0000 "
                          "now.")])
    f = findings(case)
    assert f["UK-PREMIUM-RATE"].incidents == ["I1"]
    assert f["UK-MISLEADING-CONTACT"].incidents == ["I1"]
    assert "CONC 7.9.3G" in articles(f["UK-MISLEADING-CONTACT"])
    ordinary = make_case([sms("2026-03-04 10:00", "Call us on 020 7946 0001.")])
    assert "UK-PREMIUM-RATE" not in findings(ordinary)


def test_third_parties_disclosure_identity_and_embarrassment():
    case = make_case([
        call("2026-03-05 14:00", "Sam owes £2,450 to Example Bank.",
             to={"relation": "employer", "name": "Example Widgets Ltd"}),
        sms("2026-03-05 14:30", "Is Sam there?", to={"relation": "friend", "name": "Alex"}),
        sms("2026-03-06 10:00", "We will tell your employer about your debt."),
        {"time": "2026-03-07 09:00", "channel": "letter", "respondent": "bank",
         "content": "To the occupier: pay the balance now."},
    ])
    f = findings(case)
    assert f["UK-DISCLOSURE"].incidents == ["I1", "I3"]  # told, and threatened to tell
    assert f["UK-THIRD-PARTY-AWARENESS"].incidents == ["I1", "I2"]
    assert set(f["UK-IDENTITY-CHECK"].incidents) == {"I1", "I4"}
    assert "CONC 7.9.11G" in articles(f["UK-IDENTITY-CHECK"])
    assert f["UK-PUBLIC-EMBARRASSMENT"].incidents == ["I1"]
    disclosure = next(c for c in f["UK-DISCLOSURE"].citations)
    assert disclosure.grade == "High/Medium"  # the rule number is inferred (law-uk.md §3.2)


def test_unmarked_post():
    case = make_case([{"time": "2026-03-09 09:00", "channel": "letter", "respondent": "bank",
                       "content": "Statement", "tags": ["post_unmarked"]}])
    f = findings(case)["UK-THIRD-PARTY-AWARENESS"]
    assert f.incidents == ["I1"] and "CONC 7.9.8G" in articles(f)


def test_visits_cite_the_visits_rule_without_its_unverified_number():
    facts = {"vulnerable": True, "visit_purpose_explained": False}
    case = make_case([{"time": "2026-03-07 10:30", "channel": "visit", "respondent": "bank",
                       "location": "my office", "content": "A man came to my office."}], facts)
    f = findings(case)
    assert f["UK-VISIT-PURPOSE"].incidents == ["I1"]
    visit = f["UK-VISIT-CONDUCT"]
    assert "vulnerable" in visit.explanation and "inappropriate place" in visit.explanation
    assert all(c.article is None for c in visit.citations)
    assert [c.grade for c in visit.citations].count(UNVERIFIED) == 1
    assert all("7.9.14" not in (c.gist or "") for c in visit.quotable)
    assert any("probably 7.9.14R" in n for n in visit.unverified_notes)


# -- authority and legal position: CONC 7.11, AJA 1970 s.40 ------------------------------------

def test_bailiffs_without_a_court_order_are_false_authority_and_impossible_action():
    incidents = [call("2026-03-02 12:00", "We will send the bailiffs round tomorrow.")]
    assert "UK-IMPOSSIBLE-ACTION" not in findings(make_case(incidents))  # facts unknown
    f = findings(make_case(incidents, {"court_papers": "no"}))
    assert f["UK-IMPOSSIBLE-ACTION"].incidents == ["I1"]
    assert "CONC 7.11.2G" in articles(f["UK-FALSE-AUTHORITY"])


def test_claims_that_action_was_taken():
    incidents = [sms("2026-03-09 09:00", "A county court judgment has been registered against "
                     "you and enforcement agents have been instructed.")]
    assert "UK-FALSE-ACTION-TAKEN" not in findings(make_case(incidents))
    f = findings(make_case(incidents, {"court_papers": "no"}))["UK-FALSE-ACTION-TAKEN"]
    assert f.incidents == ["I1"] and articles(f) == {"CONC 7.11.9R"}


def test_impersonation_and_fake_documents_cite_aja_first():
    case = make_case([
        call("2026-03-02 12:00", "I am an enforcement agent acting on the instructions of the "
             "county court."),
        {"time": "2026-03-03 09:00", "channel": "letter", "respondent": "bank",
         "content": "NOTICE OF COURT ACTION", "tags": ["fake_document"]},
    ])
    f = findings(case)["UK-FALSE-AUTHORITY"]
    assert f.incidents == ["I1", "I2"]
    assert f.quotable[0].instrument == cites.AJA  # letters cite binding law first
    assert {"s.40(1)(c)", "s.40(1)(d)", "CONC 7.11.1R", "CONC 7.11.3R"} <= articles(f)


def test_criminal_threats():
    case = make_case([sms("2026-03-03 12:00", "Not paying is fraud. You will be arrested.")])
    f = findings(case)["UK-CRIMINAL-THREAT"]
    assert f.incidents == ["I1"]
    assert [c.article for c in f.quotable] == ["s.40(1)(b)", "CONC 7.11.1R"]
    assert f.verified and f.unverified_notes  # the s.40(3A) point is noted, not quoted
    denial = make_case([sms("2026-03-03 12:00", "This is not a criminal matter and you will not "
                            "be arrested.")])
    assert "UK-CRIMINAL-THREAT" not in findings(denial)


def test_bankruptcy_threats_point_to_7_11_7g_without_a_threshold():
    case = make_case([call("2026-03-10 12:00", "We will make you bankrupt.")],
                     debt={"lender": "bank", "outstanding": 900})
    f = findings(case)["UK-IMPOSSIBLE-ACTION"]
    assert "CONC 7.11.7G" in articles(f) and "£900.00" in f.explanation
    assert "UK-DISPROPORTIONATE" not in findings(case)  # no difficulty recorded


# -- arrears: CONC 7.3 and the debt --------------------------------------------------------------

def test_arrears_rules_need_the_customers_difficulty():
    incidents = [call("2026-03-10 08:30", "We don't do payment plans. Borrow the money from your "
                      "family and pay within 24 hours, or we will take you to court and make "
                      "you bankrupt.")]
    plain = findings(make_case(incidents))
    assert "UK-PRESSURE" in plain  # pressure is a breach whatever the finances
    assert not {"UK-FORBEARANCE", "UK-COURT-THREAT", "UK-DISPROPORTIONATE"} & plain.keys()
    f = findings(make_case(incidents, {"financial_difficulty": True,
                                       "repayment_offer_refused": True}))
    assert {"UK-FORBEARANCE", "UK-COURT-THREAT", "UK-DISPROPORTIONATE", "UK-PRESSURE"} <= f.keys()
    assert {"CONC 7.3.4R", "CONC 7.3.9R", "Principle 6", "Principle 12 (Consumer Duty)"} == \
        articles(f["UK-FORBEARANCE"])


def test_charges_disputes_and_default_notice():
    facts = {"collection_charges": "60", "wrong_person": True, "statute_barred": True,
             "default_notice_date": "2026-02-02", "default_remedy_date": "2026-02-14",
             "default_info_sheet": False}
    case = make_case([], facts, debt={"lender": "bank", "disputed": True})
    f = findings(case)
    assert "£60.00" in f["UK-CHARGES"].explanation
    assert articles(f["UK-DATA-DISPUTE-STATUTE-BARRED"]) == {"CONC 7.13", "CONC 7.14",
                                                             "CONC 7.15"}
    assert articles(f["UK-DEFAULT-NOTICE"]) == {"s.88(2)", "s.88(4A)"}  # 12 days < 14
    ok = make_case([], {"default_notice_date": "2026-02-02", "default_remedy_date": "2026-02-16"})
    assert "UK-DEFAULT-NOTICE" not in findings(ok)


def test_s78_rests_on_unverified_details():
    case = make_case([], {"s78_request_date": "2026-03-01", "s78_reply_received": False})
    f = findings(case)["UK-S78-REQUEST"]
    assert not f.verified
    assert [c.article for c in f.quotable] == ["s.78"]
    assert "12 working days" not in f.explanation


# -- statutes across the pattern -----------------------------------------------------------------

def test_pha_course_needs_two_occasions():
    one = make_case([sms("2026-03-06 11:00", "You are a scrounger.")])
    f = findings(one)
    assert "UK-INSULT" in f and "UK-PHA-COURSE" not in f
    two = make_case([sms("2026-03-06 11:00", "You are a scrounger."),
                     sms("2026-03-07 11:00", "We know where you live. Watch your back.")])
    f = findings(two)["UK-PHA-COURSE"]
    assert f.incidents == ["I1", "I2"]
    assert {"s.1", "s.2", "s.3", "s.7(2)", "s.7(3)", "s.7(4)"} == articles(f)
    assert "reasonable person" in f.explanation


def test_aja_harassment_is_flagged_unverified():
    case = make_case([sms("2026-03-06 11:00", "Pay or we will tell your employer."),
                      sms("2026-03-07 11:00", "Pay or you will be arrested.")])
    f = findings(case)["UK-AJA-HARASSMENT"]
    assert not f.verified
    assert any("DMCC" in n for n in f.unverified_notes)
    assert all(c.verified for c in f.quotable)
    assert "s.40(1)(a)" in {c.article for c in f.quotable}


def test_dmcc_applies_from_6_april_2025_only():
    threat = "Pay now or we will send someone round to your house."
    before = make_case([sms("2025-04-05 12:00", threat)])
    assert "UK-AGGRESSIVE-PRACTICE" not in findings(before)
    after = make_case([sms("2025-04-06 12:00", threat)])
    assert findings(after)["UK-AGGRESSIVE-PRACTICE"].incidents == ["I1"]


# -- scope (UK-SCOPE) ----------------------------------------------------------------------------

def test_out_of_scope_debt_keeps_only_the_statutes():
    incidents = [sms("2026-03-02 23:00", "You will be arrested."),
                 sms("2026-03-03 23:00", "Pay now, you scrounger.")]
    f = findings(make_case(incidents, {"debt_type": "council_tax"}))
    assert "UK-TIMES" not in f  # CONC only
    assert [c.article for c in f["UK-CRIMINAL-THREAT"].quotable] == ["s.40(1)(b)"]
    assert "UK-PHA-COURSE" in f
    assert all(not c.instrument.startswith("FCA") for x in f.values() for c in x.citations)
    unauthorised = findings(make_case(incidents, {"fca_authorised": "no"}))
    assert "UK-TIMES" not in unauthorised and "UK-PHA-COURSE" in unauthorised


# -- the citations themselves --------------------------------------------------------------------

def _all_citations():
    registry = get_registry()
    found = {c for r in registry.rules_for("uk") for c in r.citations}
    found |= {c for ch in registry.channels_for("uk") for c in ch.sources}
    return found


def test_every_source_and_grade_is_the_references():
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there (the shared reference lives beside the checkout)")
    text = REFERENCE.read_text(encoding="utf-8")
    for c in _all_citations():
        for part in c.source.split("; "):
            assert part in text, (c.instrument, c.article, part)
        assert c.grade in ("High", "Medium", "Low", "High/Medium", "Low-Medium", UNVERIFIED)
        assert c.grade in text


def test_unverified_citations_name_no_article_and_rules_on_them_are_flagged():
    for c in _all_citations():
        if not c.verified:
            assert c.article is None and c.label == c.instrument
    registry = get_registry()
    unverified = {r.id for r in registry.rules_for("uk") if not r.verified}
    assert unverified == {"UK-AJA-HARASSMENT", "UK-S78-REQUEST"}
    ids = {r.id for r in registry.rules_for("uk")}
    reference_ids = set(re.findall(r"\*\*(UK-[A-Z0-9-]+)\*\*", REFERENCE.read_text("utf-8"))) \
        if REFERENCE.is_file() else ids | {"UK-SCOPE"}
    assert ids <= reference_ids and reference_ids - ids == {"UK-SCOPE"}


def test_binding_law_first_then_fca_rules_then_guidance():
    for rule in get_registry().rules_for("uk"):
        ranks = [c.binding.rank for c in rule.citations]
        assert ranks == sorted(ranks), rule.id
        for c in rule.citations:
            if c.article and c.article.startswith("CONC"):
                expected = Binding.guidance if c.article.endswith("G") else Binding.regulator
                assert c.binding == expected, c.article


# -- the jurisdiction, labels and lexicon --------------------------------------------------------

def test_labels_cover_every_key_the_shared_templates_use():
    assert set(CN_LABELS) <= set(LABELS)
    assert UK.timezone == "Europe/London" and UK.phone_region == "GB"
    assert UK.typography.page == "A4" and UK.language == "en"


@pytest.mark.parametrize(("text", "tag"), [
    ("We are sending the bailiffs round tomorrow.", "threat_visit"),
    ("Enforcement agents will attend your property.", "threat_visit"),
    ("This is the county court. You must pay today.", "impersonation"),
    ("We act on the instructions of the court.", "impersonation"),
    ("We will tell your mum and your line manager.", "third_party_contact"),
    ("You scrounger.", "insult"),
    ("We have reported you to the police.", "criminal_threat"),
])
def test_british_words_are_tagged(text, tag):
    assert tag in LEXICON.classify(text)
    assert tag in get_registry().tagger("en").tag(text).tags
