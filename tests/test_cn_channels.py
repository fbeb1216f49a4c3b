"""Mainland-China routing: which bodies a case goes to, and in which order."""

from __future__ import annotations

from complaint_kit.case import Case
from complaint_kit.drafting import assess
from complaint_kit.registry import get_registry


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
          "content": "再不还钱明天上门"}


def test_bank_threat_by_sms():
    assert routes(make_case("bank", [THREAT])) == [
        "lender", "nfra", "pboc", "12321", "police", "court"]


def test_small_loan_goes_to_local_finance_and_nifa():
    ids = routes(make_case("small_loan", [THREAT]))
    assert ids[0] == "lender"
    assert "local-finance" in ids and "nifa" in ids
    assert "nfra" not in ids and "pboc" not in ids
    assert ids.index("local-finance") < ids.index("nifa") < ids.index("police") < ids.index("court")


def test_unlicensed_agency_goes_to_12315():
    agency = {"id": "agency", "role": "collection_agency", "type": "collection_agency",
              "name": "某信用管理咨询有限公司", "acting_for": "lender"}
    ids = routes(make_case("online_platform", [THREAT], [agency]))
    assert "12315" in ids
    licensed = {**agency, "type": "collection_agency", "licence": "许可证123"}
    assert "12315" not in routes(make_case("online_platform", [THREAT], [licensed]))


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
