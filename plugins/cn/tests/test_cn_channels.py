"""Mainland-China routing: which bodies a case goes to, and in which order."""

from __future__ import annotations

from complaint_kit.draft.pipeline import assess
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry


def make_case(lender_type, incidents, respondents=()) -> Case:
    return Case.model_validate({
        "jurisdiction": "cn", "timezone": "Asia/Shanghai",
        "complainant": {"name": "张测试"},
        "respondents": [{"id": "lender", "role": "lender", "type": lender_type,
                         "name": "示例机构"}, *respondents],
        "incidents": incidents,
    })


def routes(case: Case) -> list[str]:
    return [c.id for c in assess(case, get_registry()).routes]


THREAT = {"time": "2025-05-10 23:00", "channel": "sms", "respondent": "lender",
          "content": "再不还钱就上门"}
TONIGHT = {"time": "2025-05-10 21:00", "channel": "sms", "respondent": "lender",
           "content": "今晚去你家找你爸妈"}


def test_a_visit_announced_for_tonight_puts_the_police_first_with_the_reason():
    result = assess(make_case("bank", [TONIGHT]), get_registry())
    assert [c.id for c in result.routes] == ["police", "lender", "nfra", "12321", "court"]
    assert result.urgent and "即将上门" in result.urgent[0]


def test_a_threat_without_a_time_goes_to_the_lender_and_its_regulator():
    assert routes(make_case("bank", [THREAT])) == ["lender", "nfra", "12321", "court"]


def test_content_free_frequent_calls_from_a_bank_do_not_reach_the_police():
    calls = [{"time": f"2025-05-10 {9 + n // 2:02d}:{(n % 2) * 30:02d}", "channel": "call",
              "respondent": "lender", "answered": False} for n in range(12)]
    ids = routes(make_case("bank", calls))
    assert ids[:2] == ["lender", "nfra"] and "police" not in ids


def test_small_loan_goes_to_local_finance_and_nifa():
    ids = routes(make_case("small_loan", [THREAT]))
    assert ids[0] == "lender"
    assert "local-finance" in ids and "nifa" in ids
    assert "nfra" not in ids and "pboc" not in ids
    assert ids.index("local-finance") < ids.index("nifa") < ids.index("court")


def test_a_non_financial_firm_that_collects_goes_to_12315():
    agency = {"id": "agency", "role": "collection_agency", "type": "collection_agency",
              "name": "某信用管理咨询有限公司", "acting_for": "lender"}
    by_agency = {**THREAT, "respondent": "agency"}
    assert "12315" in routes(make_case("online_platform", [by_agency], [agency]))
    # an agency named in the case that did not itself collect: no 12315, licence or not
    assert "12315" not in routes(make_case("online_platform", [THREAT], [agency]))


def test_a_platform_reaches_the_regulator_of_its_funder():
    for funder_type, regulator in (("bank", "nfra"), ("consumer_finance", "nfra"),
                                   ("small_loan", "local-finance")):
        funder = {"id": "funder", "role": "funder", "type": funder_type, "name": "资金方"}
        case = make_case("online_platform", [THREAT], [funder])
        case = Case.model_validate({**case.model_dump(mode="json"),
                                    "debt": {"lender": "lender", "funder": "funder"}})
        result = assess(case, get_registry())
        assert regulator in [c.id for c in result.routes], funder_type
        assert "CN-FUNDER" not in {q.rule_id for q in result.questions}


def test_a_platform_with_an_unknown_funder_asks_for_it():
    result = assess(make_case("online_platform", [THREAT]), get_registry())
    ids = [c.id for c in result.routes]
    assert "nfra" not in ids and "local-finance" not in ids
    question = next(q for q in result.questions if q.rule_id == "CN-FUNDER")
    assert "资金方" in question.question


def test_misleading_credit_claim_routes_to_pboc_for_any_lender():
    msg = {"time": "2025-05-10 10:00", "channel": "call", "respondent": "lender",
           "content": "你已上黑名单", "answered": True}
    assert "pboc" in routes(make_case("online_platform", [msg]))


def test_lawful_case_routes_nowhere():
    ok = {"time": "2025-05-10 10:00", "channel": "sms", "respondent": "lender",
          "content": "请于15日前还款"}
    assert routes(make_case("bank", [ok])) == []


def test_channels_are_complete():
    channels = get_registry().channels_for("cn")
    assert {c.id for c in channels} >= {"lender", "nfra", "pboc", "local-finance", "nifa",
                                        "12321", "police", "12315", "court"}
    by_id = {c.id: c for c in channels}
    assert by_id["nifa"].contact.startswith("https://jubao.nifa.org.cn")
    assert "12378" in by_id["nfra"].contact
    assert "12363" in by_id["pboc"].contact
    assert "12368" in by_id["court"].contact
    assert by_id["lender"].order < by_id["nfra"].order < by_id["12321"].order \
        < by_id["police"].order < by_id["court"].order
    for channel in channels:
        assert channel.addressee and channel.why and channel.sources
        assert all(s.grade and s.source for s in channel.sources)
