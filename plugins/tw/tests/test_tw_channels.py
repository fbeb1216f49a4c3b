"""Taiwan routing: which bodies a case goes to, and in which order; the CLI lists them."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from complaint_kit.cli.app import app
from complaint_kit.draft.pipeline import assess
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry


def make_case(principal, incidents, harm=None, **facts) -> Case:
    return Case.model_validate({
        "harm": harm or {},
        "jurisdiction": "tw",
        "complainant": {"name": "陳測試"},
        "respondents": [{"id": "lender", "role": "lender", "type": "bank", "name": "示例銀行"},
                        {"id": "agency", "role": "collection_agency",
                         "type": "collection_agency", "name": "示例資產管理公司",
                         "acting_for": "lender"}],
        "incidents": incidents,
        "facts": {"principal_type": principal, **facts},
    })


def routes(case: Case) -> list[str]:
    return [c.id for c in assess(case, get_registry()).routes]


THREAT = {"time": "2026-03-01 23:00", "channel": "sms", "respondent": "agency",
          "content": "再不還錢，你家人出門小心一點"}


FEAR = {"description": "收到後全家不敢出門。"}


def test_a_threat_against_the_family_puts_the_police_first_with_the_reason():
    assessment = assess(make_case("bank", [THREAT]), get_registry())
    assert [c.id for c in assessment.routes] == ["police", "lender", "foi", "fsc"]
    assert assessment.urgent and "110" in assessment.urgent[0]


def test_bank_agency_without_urgency_goes_bank_first_then_ombudsman_fsc():
    rude = {"time": "2026-03-01 23:00", "channel": "sms", "respondent": "agency",
            "content": "還錢"}
    assert routes(make_case("bank", [rude])) == ["lender", "foi", "fsc"]


def test_content_free_frequency_from_a_bank_does_not_reach_the_police():
    calls = [{"time": f"2026-03-02 {h:02d}:00", "channel": "call", "respondent": "agency",
              "answered": False} for h in range(9, 21)]
    assert routes(make_case("bank", calls)) == ["lender", "foi", "fsc"]


def test_insurer_goes_to_the_institution_and_ombudsman_not_the_banking_bureau():
    ids = routes(make_case("insurer", [THREAT]))
    assert ids == ["police", "lender", "foi"]


def test_unregulated_lender_goes_only_to_the_police():
    assert routes(make_case("money_lender", [THREAT], harm=FEAR)) == ["police"]
    # Without the complainant's fear (致生危害於安全) §305 is asked about, not stated.
    assessment = assess(make_case("money_lender", [THREAT]), get_registry())
    assert assessment.routes == [] and {q.rule_id for q in assessment.questions} == {
        "TW-THREAT-CRIMINAL", "TW-TORT"}


def test_lunar_new_year_adds_the_bankers_hotline_only():
    # A voluntary industry pause is for the institution and the Bankers Association; the
    # Ombudsman (civil disputes) and the FSC (breaches of its rules) have nothing to act on.
    reminder = {"time": "2026-02-16 10:00", "channel": "sms", "respondent": "agency",
                "content": "還款提醒"}
    assert routes(make_case("bank", [reminder])) == ["lender", "bankers-hotline"]


def test_the_ombudsman_names_only_the_institution_and_the_fsc_contacts_no_one():
    by_id = {c.id: c for c in get_registry().channels_for("tw")}
    assert "相對人限於金融服務業" in by_id["foi"].why
    assert "不代陳情人聯絡" in by_id["fsc"].why


def test_lawful_case_routes_nowhere():
    ok = {"time": "2026-03-01 10:00", "channel": "sms", "respondent": "lender",
          "content": "請於15日前繳款"}
    assert routes(make_case("bank", [ok])) == []


def test_channels_are_complete_and_sourced():
    channels = get_registry().channels_for("tw")
    by_id = {c.id: c for c in channels}
    assert set(by_id) == {"lender", "foi", "fsc", "bankers-hotline", "police"}
    assert any("30日" in d for d in by_id["lender"].deadlines)
    assert any("60日" in d for d in by_id["lender"].deadlines)
    assert "0800-789-885" in by_id["foi"].contact
    assert any("第24條第1項" in n for n in by_id["foi"].needs)
    assert any("純屬債務協商" in h for h in by_id["foi"].how_to_file)
    assert "1998" in by_id["fsc"].contact
    assert "02-85961629" in by_id["bankers-hotline"].contact
    assert by_id["lender"].order < by_id["foi"].order < by_id["fsc"].order \
        < by_id["police"].order
    for channel in channels:
        assert channel.addressee and channel.why and channel.sources
        assert all(s.grade in ("High", "Medium") and s.source for s in channel.sources)


def test_cli_lists_channels_and_documents_for_tw():
    runner = CliRunner()
    result = runner.invoke(app, ["channels", "--jurisdiction", "tw", "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    ids = [c["id"] for c in (listed if isinstance(listed, list) else listed["channels"])]
    assert ids == ["lender", "foi", "fsc", "bankers-hotline", "police"]
    result = runner.invoke(app, ["documents", "-j", "tw", "--json"])
    assert result.exit_code == 0, result.output
    for kind in ("complaint", "foi-application", "petition", "police-report", "evidence-index",
                 "harassment-report"):
        assert kind in result.output


# -- derived dates (law-tw.md §5) ---------------------------------------------------------------

def test_ombudsman_deadline_runs_from_the_reply_or_thirty_days_after_the_complaint():
    from datetime import date

    from complaint_kit_tw.deadlines import timeline

    call = {"time": "2026-01-31 10:00", "channel": "call", "respondent": "agency",
            "answered": True}
    waiting = timeline(make_case("bank", [call], bank_complaint_date="2026-02-02"),
                       date(2026, 2, 20))
    assert waiting["bank_reply_due"] == date(2026, 3, 4)
    assert waiting["foi_deadline"] == date(2026, 5, 3) and not waiting["foi_open"]
    assert waiting["recordings_keep_until"] == date(2026, 7, 31)  # six months, month-end safe
    replied = timeline(make_case("bank", [call], bank_complaint_date="2026-02-02",
                                 bank_reply_date="2026-02-10"), date(2026, 2, 20))
    assert replied["foi_open"] and replied["foi_deadline"] == date(2026, 4, 11)
    late = timeline(make_case("bank", [call], bank_complaint_date="2026-02-02"),
                    date(2026, 6, 1))
    assert late["foi_late"]


def test_letters_use_taiwan_typography():
    from complaint_kit_tw.jurisdiction import TW

    assert TW.typography.body_font_east_asia == "標楷體"
    assert TW.contact_hours is not None
    assert [h.hour for h in TW.contact_hours] == [7, 22]
