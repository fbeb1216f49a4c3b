"""United Kingdom routing and deadlines: the firm first, then the Ombudsman, the FCA for a report,
the police for harassment (first when a threat is urgent); the 8-week and 6-month limits; the
interview questions; the CLI listings."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import yaml
from complaint_kit_uk.facts import add_months, deadlines

from complaint_kit.draft.pipeline import assess
from complaint_kit.interview.engine import Interview
from complaint_kit.interview.session import run
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry
from tests.clirun import run_cli

REPO = Path(__file__).resolve().parents[3]


def make_case(incidents, facts=None, **extra) -> Case:
    return Case.model_validate({
        "jurisdiction": "uk", "timezone": "Europe/London",
        "complainant": {"name": "Sam Example"},
        "respondents": [{"id": "bank", "role": "lender", "type": "bank",
                         "name": "Example Bank plc"}],
        "incidents": incidents, "facts": facts or {}, **extra,
    })


def routes(case: Case) -> list[str]:
    return [c.id for c in assess(case, get_registry()).routes]


THREATS = [
    {"time": "2026-03-02 12:00", "channel": "sms", "respondent": "bank",
     "content": "Pay or you will be arrested."},
    {"time": "2026-03-03 12:00", "channel": "sms", "respondent": "bank",
     "content": "We know where you live. Watch your back."},
]
ABUSE = [
    {"time": "2026-03-02 12:00", "channel": "sms", "respondent": "bank",
     "content": "Pay or you will be arrested."},
    {"time": "2026-03-03 12:00", "channel": "sms", "respondent": "bank",
     "content": "Pay up, you scrounger."},
]
LATE = [{"time": "2026-03-02 22:30", "channel": "sms", "respondent": "bank",
         "content": "Your payment is overdue."}]


def test_harassment_goes_to_the_firm_the_ombudsman_the_fca_the_police_and_court():
    assert routes(make_case(ABUSE)) == ["firm", "fos", "fca", "police", "court"]


def test_a_threat_of_violence_puts_the_police_first_with_the_reason():
    case = make_case(THREATS)
    assert routes(case) == ["police", "firm", "fos", "fca", "court"]
    assert any("threatened harm" in r for r in assess(case, get_registry()).urgent)


def test_the_fca_is_a_report_beside_the_complaint_never_a_resolver():
    fca = get_registry().channel("uk", "fca")
    assert "does not resolve individual complaints" in fca.why and "report" in fca.name
    assert "fca" not in routes(make_case(ABUSE, {"fca_authorised": "no"}))


def test_a_conduct_breach_alone_goes_to_the_firm_and_the_ombudsman():
    assert routes(make_case(LATE)) == ["firm", "fos", "fca"]


def test_debts_outside_the_ombudsman_go_to_the_police_only():
    ids = routes(make_case(ABUSE, {"debt_type": "council_tax"}))
    assert "fos" not in ids and "fca" not in ids
    assert ids == ["firm", "police", "court"]
    assert routes(make_case(LATE, {"debt_type": "mobile_phone"})) == []  # CONC only


def test_events_before_april_2007_are_outside_the_ombudsman():
    old = [{**i, "time": i["time"].replace("2026", "2006")} for i in ABUSE]
    assert "fos" not in routes(make_case(old))


def test_lawful_case_routes_nowhere():
    ok = [{"time": "2026-03-02 10:00", "channel": "sms", "respondent": "bank",
           "content": "Your payment of £75 is due on 15/03/2026."}]
    assert routes(make_case(ok)) == []


def test_deadlines_follow_disp():
    case = make_case([], {"final_response_date": "2026-08-31"},
                     prior_complaints=[{"date": "2026-06-01", "kind": "complaint", "to": "firm"}])
    d = deadlines(case)
    assert d["firm_complaint_date"] == date(2026, 6, 1)
    assert d["firm_response_due"] == date(2026, 7, 27)  # 8 weeks
    assert d["fos_from"] == date(2026, 7, 27)
    assert d["fos_until"] == date(2027, 2, 28)  # 6 months, clamped to the month's end
    early = deadlines(make_case([], {"firm_complaint_date": "2026-06-01",
                                     "final_response_date": "2026-06-20"}))
    assert early["fos_from"] == date(2026, 6, 20) and early["fos_until"] == date(2026, 12, 20)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert deadlines(make_case([]))["fos_from"] is None


def test_channels_cite_their_sources_and_leave_out_the_unverified():
    registry = get_registry()
    fos = registry.channel("uk", "fos")
    assert "0800 023 4567" in fos.contact and "E14 9SR" in fos.contact
    assert any("6 months" in d for d in fos.deadlines)
    assert all(c.verified for ch in registry.channels_for("uk") for c in ch.sources)
    fca = registry.channel("uk", "fca")
    assert "not verified" in fca.contact  # the helpline number is UNVERIFIED: not given
    firm = registry.channel("uk", "firm")
    assert any("8 weeks" in d for d in firm.deadlines)


def test_bad_facts_are_reported_by_field():
    case = make_case([], {"final_response_date": "last week", "fca_authorised": "perhaps",
                          "vulnerable": "sometimes", "debt_type": "gambling",
                          "told_firm_vulnerable": "in spring"})
    problems = {p.path for p in get_registry().validate_case(case)}
    assert problems == {"facts.final_response_date", "facts.fca_authorised", "facts.vulnerable",
                        "facts.debt_type", "facts.told_firm_vulnerable"}
    for told in (True, "yes", "2026-03-01"):
        assert get_registry().validate_case(make_case([], {"told_firm_vulnerable": told})) == []
    assert get_registry().validate_case(make_case([], {"final_response_date": "2026-01-02",
                                                        "fca_authorised": "yes"})) == []


def test_uk_questions_are_asked_in_uk_cases_only():
    iv = Interview.for_registry({}, get_registry())
    iv.answer("uk")
    ids = [q.id for q in iv.applicable()]
    assert ids.index("uk_debt_type") == ids.index("lender_type") + 1
    assert "uk_firm_complaint_date" not in ids  # only once a complaint was made
    assert "uk_debt_type" not in [q.id for q in Interview.for_registry(
        {"jurisdiction": "cn"}, get_registry()).applicable()]


def test_an_answers_file_records_the_uk_facts_and_drafts(tmp_path):
    answers = {
        "jurisdiction": "uk", "complainant_name": "Sam Example",
        "complainant_phone": "020 7946 0123", "lender_name": "Example Bank plc",
        "lender_type": "bank", "uk_debt_type": "credit_card", "uk_fca_authorised": "yes",
        "uk_court_papers": "no", "uk_financial_difficulty": True,
        "uk_repayment_offer_refused": True, "uk_complained_to_firm": True,
        "uk_firm_complaint_date": "2026-03-16", "uk_final_response_date": "2026-04-20",
        "incidents": ["2026-03-02 22:30 07700900201 Pay now or the bailiffs will call.\n"
                      "2026-03-03 23:10 07700900201 You will be arrested, you scrounger."],
        "documents": ["fos-summary"],
    }
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump(answers), encoding="utf-8")
    case_file = tmp_path / "case.yaml"
    assert run(case_file, lang="en", answers_file=path, interactive=False) == 0
    saved = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    assert saved["facts"]["debt_type"] == "credit_card"
    assert saved["facts"]["final_response_date"] == "2026-04-20"
    assert saved["prior_complaints"] == [{"kind": "complaint", "to": "firm",
                                          "date": "2026-03-16"}]
    text = (tmp_path / "case-fos-summary-fos.txt").read_text(encoding="utf-8")
    assert "I complained to the business on 16 March 2026" in text
    assert "I must refer it by 20 October 2026" in text


def _cli(*args: str) -> str:
    result = run_cli(*args, cwd=REPO)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_cli_lists_the_uk_channels_documents_and_rules():
    channels = json.loads(_cli("channels", "--jurisdiction", "uk", "--json"))
    assert [c["id"] for c in channels] == ["firm", "fos", "fca", "police", "court"]
    documents = json.loads(_cli("documents", "-j", "uk", "--json"))
    assert {d["id"] for d in documents} == {"complaint", "fos-summary", "police-report",
                                            "harassment-report", "evidence-index"}
    rules = json.loads(_cli("rules", "-j", "uk", "--json"))
    assert len(rules) == 26 and all(r["jurisdiction"] == "uk" for r in rules)
