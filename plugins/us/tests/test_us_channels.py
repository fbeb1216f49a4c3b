"""US routing: which bodies a case goes to, and in which order; interview questions; checks."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from complaint_kit.cli.app import app
from complaint_kit.draft.pipeline import assess
from complaint_kit.interview.answers import Normalised
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def make_case(incidents, **facts) -> Case:
    return Case.model_validate({
        "jurisdiction": "us", "timezone": "America/Denver",
        "complainant": {"name": "Test Example"},
        "respondents": [
            {"id": "bank", "role": "lender", "type": "bank", "name": "Example Bank"},
            {"id": "agency", "role": "collection_agency", "type": "collection_agency",
             "name": "Example Agency", "acting_for": "bank"}],
        "facts": {"collector_type": "third_party_agency", **facts},
        "incidents": incidents,
    })


def routes(case: Case) -> list[str]:
    return [c.id for c in assess(case, get_registry()).routes]


THREAT = {"time": "2026-03-02 23:00", "channel": "sms", "respondent": "agency",
          "content": "Pay now or you will be arrested."}
LAWFUL = {"time": "2026-03-02 11:00", "channel": "sms", "respondent": "agency",
          "content": "Example Agency, a debt collector. Please call us. Reply STOP to opt out."}


def test_a_collector_breaking_the_rules_goes_to_itself_the_cfpb_the_ag_and_a_lawyer():
    assert routes(make_case([THREAT])) == ["collector", "cfpb", "state-ag", "lawsuit"]


def test_an_original_creditor_goes_to_the_creditor_the_cfpb_and_the_ag_but_not_to_court():
    assert routes(make_case([THREAT], collector_type="original_creditor")) == [
        "collector", "cfpb", "state-ag"]
    # California's Rosenthal Act reaches original creditors, with its own private suit.
    assert routes(make_case([THREAT], collector_type="original_creditor",
                            consumer_state="CA"))[-1] == "lawsuit"


def test_a_threat_of_violence_or_of_a_visit_tonight_puts_the_police_first_with_the_reason():
    violence = {**THREAT, "content": "Pay today or we will break your legs."}
    result = assess(make_case([violence]), get_registry())
    assert [c.id for c in result.routes] == ["police", "collector", "cfpb", "state-ag",
                                            "lawsuit"]
    assert result.urgent and "threatened violence" in result.urgent[0]
    visit = {**LAWFUL, "content": "We are coming to your house tonight. " + LAWFUL["content"]}
    assert routes(make_case([visit]))[0] == "police"
    # An original creditor's threat is not an FDCPA violation, but the police still come first.
    assert routes(make_case([violence], collector_type="original_creditor"))[0] == "police"


def test_frequent_calls_without_threats_never_reach_the_police():
    calls = [{"time": f"2026-03-0{d} 1{h}:00", "channel": "call", "respondent": "agency",
              "answered": False} for d in range(2, 5) for h in range(5)]
    assert routes(make_case(calls)) == ["collector", "cfpb", "state-ag", "lawsuit"]
    bank = [{**i, "respondent": "bank"} for i in calls]
    assert "police" not in routes(make_case(bank, collector_type="original_creditor"))


def test_a_lawful_case_routes_nowhere_unless_the_debt_is_disputed():
    assert routes(make_case([LAWFUL])) == []
    disputed = make_case([LAWFUL]).model_dump()
    disputed["debt"] = {"lender": "bank", "disputed": True}
    assert routes(Case.model_validate(disputed)) == ["collector"]


def test_the_attorney_general_channel_says_its_details_are_unverified():
    ag = get_registry().channel("us", "state-ag")
    assert all(s.grade == "UNVERIFIED" for s in ag.sources)
    assert "Not researched" in ag.contact
    cfpb = get_registry().channel("us", "cfpb")
    assert "consumerfinance.gov/complaint" in cfpb.contact
    assert {s.grade for s in cfpb.sources} <= {"Medium", "Medium-High"}


def test_cli_lists_channels_and_documents_for_us():
    runner = CliRunner()
    result = runner.invoke(app, ["channels", "--jurisdiction", "us", "--json"])
    assert result.exit_code == 0, result.output
    assert [c["id"] for c in json.loads(result.output)][:3] == ["police", "collector", "cfpb"]
    result = runner.invoke(app, ["documents", "-j", "us", "--json"])
    assert result.exit_code == 0, result.output
    assert "cfpb-narrative" in result.output and "harassment-log" in result.output


def test_check_on_the_examples():
    runner = CliRunner()
    result = runner.invoke(app, ["check", str(EXAMPLES / "us-collector-harassment.yaml"),
                                 "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    fired = {f["rule"] for f in data["findings"]}
    assert {"US-HOURS", "US-FREQ-CALLS", "US-THIRD-PARTY", "US-CEASE", "US-ARREST-THREAT",
            "US-VALIDATION", "US-CA-ROSENTHAL", "US-LIMITATION"} <= fired
    result = runner.invoke(app, ["check", str(EXAMPLES / "us-original-creditor.yaml")])
    assert result.exit_code == 0, result.output
    assert "US-SCOPE" in result.output


# -- interview questions and case checks ----------------------------------------------------------

def test_us_questions_are_registered_for_us_cases_only():
    registry = get_registry()
    ours = [q for q in registry.questions if q.id.startswith("us_")]
    assert ours and all(q.jurisdiction == "us" for q in ours)
    by_id = {q.id: q for q in ours}
    assert by_id["us_collector_type"].target == "facts.collector_type"
    assert by_id["us_cease_date"].target == "facts.written_cease_notice_date"
    assert by_id["us_validation_date"].target == "facts.validation_notice_received_date"
    assert registry.answer_validators["us_state"]("ca") == Normalised("CA")
    assert registry.answer_validators["us_state"]("XX")
    assert registry.answer_validators["us_timezone"]("America/Chicago") == Normalised(
        "America/Chicago")
    assert registry.answer_validators["us_timezone"]("Mars/Olympus")


def test_case_checks_name_the_bad_facts():
    case = make_case([LAWFUL], consumer_state="ZZ", debt_purpose="fun",
                     written_cease_notice_date="yesterday",
                     medium_optout_requests=[{"channel": "pigeon", "date": "2026-01-01"}])
    data = case.model_dump()
    data["facts"]["collector_type"] = "mafia"
    problems = {p.path for p in get_registry().validate_case(Case.model_validate(data))}
    assert problems == {"facts.collector_type", "facts.debt_purpose", "facts.consumer_state",
                        "facts.written_cease_notice_date", "facts.medium_optout_requests[0]"}
    assert get_registry().validate_case(make_case([LAWFUL], consumer_state="TX")) == []


def test_the_interview_builds_a_us_case_from_an_answers_file(tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text("""
jurisdiction: us
complainant_name: Alex Example
complainant_phone: "(310) 555-0100"
complainant_address: 123 Example Street, Los Angeles, CA 90000
lender_name: Example Bank, N.A.
lender_type: bank
us_collector_type: third_party_agency
us_collector_name: Example Recovery Services LLC
us_collector_address: PO Box 0100, New York, NY 10000
us_debt_purpose: consumer
us_state: CA
us_timezone: America/Los_Angeles
debt_principal: 2000
debt_outstanding: 2480
debt_disputed: true
us_validation_received: false
us_dispute_sent: false
us_cease_sent: true
us_cease_date: 2026-03-09
us_attorney: false
us_work_calls_refused: false
incidents:
  - {time: "2026-03-10 22:15", channel: call, number: "(212) 555-0142",
     text: "Pay or you will be arrested."}
harm: ""
harm_description: ""
requests: ""
documents: [cease-letter]
""", encoding="utf-8")
    case_file = tmp_path / "case.yaml"
    result = CliRunner().invoke(app, ["interview", str(case_file), "--answers", str(answers),
                                      "--lang", "en", "--out", str(tmp_path / "drafts")])
    assert result.exit_code == 0, result.output
    # the findings by their titles (the screen shows no rule codes)
    assert "Contact after my written request to stop" in result.output
    assert "Contact before 8 a.m. or after 9 p.m. local time" in result.output
    text = case_file.read_text(encoding="utf-8")
    assert "collector_type: third_party_agency" in text
    assert "written_cease_notice_date" in text and "America/Los_Angeles" in text
    assert (tmp_path / "drafts" / "case-cease-letter-collector.docx").is_file()
