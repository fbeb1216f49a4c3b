"""Hong Kong routing: which bodies a case goes to, in which order; and the CLI listings."""

from __future__ import annotations

import json

from complaint_kit.draft.pipeline import assess
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry
from tests.clirun import run_cli


def make_case(incidents, lender_type="bank", facts=None) -> Case:
    return Case.model_validate({
        "jurisdiction": "hk", "timezone": "Asia/Hong_Kong", "language": "zh-Hant",
        "complainant": {"name": "陳測試"},
        "respondents": [{"id": "lender", "role": "lender", "type": lender_type,
                         "name": "示例機構"}],
        "incidents": incidents, "facts": facts or {},
    })


def routes(case: Case) -> list[str]:
    return [c.id for c in assess(case, get_registry()).routes]


THREAT = {"time": "2026-03-01 13:00", "channel": "im", "respondent": "lender",
          "content": "再唔還錢就淋紅油"}
TO_MOTHER = {"time": "2026-03-01 10:00", "channel": "call", "respondent": "lender",
             "answered": True, "content": "你個仔欠錢唔還", "to": {"relation": "parent"}}
LATE_CALL = {"time": "2026-03-01 23:30", "channel": "call", "respondent": "lender",
             "answered": False}


def test_a_threat_of_violence_puts_the_police_first():
    assessment = assess(make_case([THREAT]), get_registry())
    assert [c.id for c in assessment.routes] == ["police", "lender", "hkma"]
    assert assessment.urgent and "999" in assessment.urgent[0]


def test_a_visit_announced_for_tonight_puts_the_police_first_and_one_without_a_time_not():
    visit = {**THREAT, "content": "今晚上你屋企搵你"}
    assert routes(make_case([visit])) == ["police", "lender", "hkma"]
    later = {**THREAT, "content": "再唔還錢就上你屋企搵你"}
    assert routes(make_case([later])) == ["lender", "hkma"]


def test_a_banks_frequent_calls_with_nothing_in_them_go_to_the_bank_and_hkma_only():
    calls = [{**LATE_CALL, "time": f"2026-03-02 {h:02d}:00"} for h in range(9, 18)]
    assert routes(make_case(calls)) == ["lender", "hkma"]


def test_an_unlicensed_lender_goes_to_the_police_and_registrar_never_to_itself():
    facts = {"lender_kind": "money_lender", "money_lender_licensed": False}
    ids = routes(make_case([LATE_CALL], lender_type="other", facts=facts))
    assert ids[:2] == ["police", "money-lenders"] and "lender" not in ids
    assert "consumer-council" not in ids


def test_disclosure_to_family_adds_the_privacy_commissioner():
    ids = routes(make_case([TO_MOTHER]))
    assert ids == ["lender", "hkma", "pcpd"]


def test_a_late_call_is_a_matter_for_the_bank_and_hkma_not_the_police():
    assert routes(make_case([LATE_CALL])) == ["lender", "hkma"]


def test_fdrc_only_for_a_money_claim_against_a_bank():
    assert "fdrc" in routes(make_case([THREAT], facts={"money_claim": True}))
    assert "fdrc" not in routes(make_case([THREAT], lender_type="other",
                                          facts={"money_claim": True,
                                                 "lender_kind": "money_lender"}))


def test_money_lender_goes_to_consumer_council_and_registrar_not_hkma():
    ids = routes(make_case([TO_MOTHER], lender_type="other",
                           facts={"lender_kind": "money_lender"}))
    assert ids == ["lender", "pcpd", "money-lenders", "consumer-council"]


def test_lawful_case_routes_nowhere():
    ok = {"time": "2026-03-01 10:00", "channel": "sms", "respondent": "lender",
          "content": "請於3月15日或之前繳付結欠。"}
    assert routes(make_case([ok])) == []


def _cli(*args: str) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_cli_lists_channels_and_documents_for_hk():
    channels = json.loads(_cli("channels", "--jurisdiction", "hk", "--json"))
    ids = [c["id"] for c in (channels if isinstance(channels, list) else channels["channels"])]
    assert ids == ["lender", "hkma", "fdrc", "police", "pcpd", "money-lenders",
                   "consumer-council"]
    documents = json.loads(_cli("documents", "-j", "hk", "--json"))
    rows = documents if isinstance(documents, list) else documents["documents"]
    assert {d["id"] for d in rows} == {"lender-complaint", "hkma-complaint", "pcpd-complaint",
                                       "police-report", "money-lenders-report", "evidence-index",
                                       "harassment-report"}
