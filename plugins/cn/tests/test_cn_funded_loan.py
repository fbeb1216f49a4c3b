"""A platform's loan funded by a bank (the batch example clinic-2026-001): each party named where
it belongs, and the bank rules bound to the bank."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from complaint_kit.casefile.load import validate
from complaint_kit.draft.pipeline import draft_case
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry
from complaint_kit.testing import docx_text

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
LETTERS = ("complaint", "web-form", "police-report", "notice")


def _batch_case(case_id: str) -> Case:
    registry = get_registry()
    for line in (EXAMPLES / "batch" / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            data = json.loads(line)
            if data["id"] == case_id:
                data.setdefault("schema_version", 1)
                return validate(data, case_id, None, registry)
    raise KeyError(case_id)


@pytest.fixture(scope="module")
def funded(tmp_path_factory) -> dict[tuple[str, str], str]:
    """A platform's loan funded by a bank: each draft's text by (kind, channel)."""
    case = _batch_case("clinic-2026-001")
    _assessment, drafts = draft_case(case, get_registry(), tmp_path_factory.mktemp("funded"),
                                     case_stem=case.id)
    return {(d.kind.id, d.channel.id if d.channel else ""): docx_text(d.path) for d in drafts}


def test_a_platform_loan_funded_by_a_bank_names_the_funder_only_where_it_belongs(funded):
    assert "示例银行股份有限公司" not in funded[("police-report", "police")]  # it harassed nobody
    assert "（）" not in funded[("complaint", "nfra")]
    assert "示例银行股份有限公司（资金方）" in funded[("complaint", "nfra")]


def test_a_platform_loan_is_no_card_and_its_letters_count_no_single_person(funded):
    for (kind, _ch), text in funded.items():
        if kind in LETTERS:
            assert "信用卡" not in text, kind  # a platform's loan is no card
            assert "共1人" not in text, kind


def test_what_is_owed_and_what_is_demanded_are_kept_apart(funded):
    # the collectors' demand is not what the lender claims, and the amount the lender records
    # is not conceded ("按合同计算" is not in the case)
    police = funded[("police-report", "police")]
    assert "记录的欠款金额为3,600.00元，催收方却索要5,200.00元" in police
    for (kind, _ch), text in funded.items():
        assert "按合同计算" not in text, kind
        assert "不涉及欠款本身" not in text, kind  # the demand above the record is complained of


def test_the_bank_rules_bind_the_funder_bank_never_the_platform(funded):
    # the platform's notice does not cite them, and each regulator is asked about the bank it
    # supervises
    assert "银行保险机构消费者权益保护管理办法" not in funded[("notice", "lender")]
    for ch in ("nfra", "pboc"):
        text = funded[("complaint", ch)]
        assert "关于示例银行股份有限公司出资借款" in text, ch
        assert "就示例银行股份有限公司作为本人上述借款的资金方" in text, ch
        assert "违反《中华人民共和国个人信息保护法》" in text, ch
        assert "管理办法》。" not in text, ch  # no line cites the bank rules against the platform


def test_the_pboc_letter_is_about_personal_information_and_quotes_no_threat(funded):
    assert "明天上门找你" not in funded[("complaint", "pboc")]
