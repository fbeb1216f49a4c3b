"""Taiwan questions, answer checks, case validation and message tagging."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from complaint_kit_tw.validation import id_number_problem, validate

from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.engine import Interview
from complaint_kit.interview.session import run
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry

VALID_ID = "A100000001"  # fictitious, with a valid check digit
NEW_ARC = "A800000014"  # fictitious


def interview(data: dict) -> Interview:
    return Interview.for_registry(data, get_registry())


def test_questions_are_asked_only_in_taiwan_cases_and_in_every_language():
    questions = [q for q in get_registry().questions if q.jurisdiction == "tw"]
    assert {q.id for q in questions} >= {"tw_id_number", "tw_principal_type", "tw_collector_type",
                                         "tw_pre_notice", "tw_agency_on_list",
                                         "tw_bank_complaint_date", "tw_bank_reply_date"}
    for q in questions:
        assert set(q.prompt) == {"zh-Hant", "zh-Hans", "en"}, q.id
        assert q.target.startswith(("facts.", "complainant.", "respondents[")), q.id
    cn = interview({"jurisdiction": "cn"})
    assert not any(q.jurisdiction == "tw" for q in cn.applicable())


def test_who_collects_for_whom_decides_the_follow_up_questions():
    iv = interview({"jurisdiction": "tw", "facts": {"principal_type": "money_lender",
                                                    "collector_type": "unlicensed_lender"}})
    asked = [q.id for q in iv.applicable()]
    assert "tw_principal_type" in asked and "tw_pre_notice" not in asked
    assert asked.index("tw_principal_type") < asked.index("tw_collector_type")
    iv = interview({"jurisdiction": "tw", "facts": {"principal_type": "card_issuer",
                                                    "collector_type": "third_party_agency"}})
    asked = [q.id for q in iv.applicable()]
    assert {"tw_pre_notice", "tw_agency_on_list", "tw_debt_sold"} <= set(asked)


def test_id_number_check_digit():
    assert id_number_problem(VALID_ID) is None
    assert id_number_problem(NEW_ARC) is None  # new-style 居留證 numbers use the same check
    assert "check digit" in id_number_problem("A100000002")
    assert id_number_problem("12345") is not None
    iv = interview({"jurisdiction": "tw", "complainant": {"name": "N"}})
    question = iv.question("tw_id_number")
    assert iv.parse(question, VALID_ID.lower()) == VALID_ID
    with pytest.raises(AnswerError, match="check digit"):
        iv.parse(question, "A100000002")


def test_case_validation_reports_bad_taiwan_facts_without_echoing_the_id():
    case = Case.model_validate({
        "jurisdiction": "tw", "complainant": {"name": "N", "id_number": "A100000002"},
        "facts": {"principal_type": "loan_shark", "bank_complaint_date": "last week",
                  "agency_on_bank_list": "maybe"}})
    problems = {p.path: p.message for p in validate(case)}
    assert set(problems) == {"complainant.id_number", "facts.principal_type",
                             "facts.bank_complaint_date", "facts.agency_on_bank_list"}
    assert "A100000002" not in " ".join(problems.values())
    assert get_registry().validate_case(case)


def test_answers_file_interview_drafts_the_complaint(tmp_path):
    answers = {
        "jurisdiction": "tw", "complainant_name": "陳測試", "complainant_phone": "0912-000-001",
        "tw_id_number": VALID_ID.lower(), "lender_name": "示例商業銀行", "lender_type": "bank",
        "tw_principal_type": "card_issuer", "tw_collector_type": "third_party_agency",
        "tw_pre_notice": False, "tw_agency_on_list": True,
        "incidents": [{"time": "2026-03-01 23:15", "channel": "sms", "number": "0912000101",
                       "text": "再不還錢，法院明天就來查封你的房子！"}],
        "documents": ["complaint"],
    }
    answers_file = tmp_path / "answers.yaml"
    answers_file.write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    case_file = tmp_path / "case.yaml"
    assert run(case_file, lang="zh-Hant", answers_file=answers_file, interactive=False) == 0
    saved = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    assert saved["complainant"]["id_number"] == VALID_ID
    assert saved["facts"] == {"principal_type": "card_issuer",
                              "collector_type": "third_party_agency",
                              "pre_outsourcing_notice_received": False,
                              "agency_on_bank_list": True}
    assert [p.name for p in tmp_path.glob("*.docx")] == ["case-complaint-lender.docx"]


@pytest.mark.parametrize(("text", "tag"), [
    ("法院明天就來查封你的房子", "false_court"),
    ("不還就扣光你的薪水", "exempt_property"),
    ("錢直接匯到我的帳戶", "payment_to_collector"),
    ("我們會寄明信片到你家", "postcard"),
    ("等著被羈押吧", "criminal_threat"),
])
def test_taiwan_words_are_tagged(text, tag):
    # The Taiwan lexicon is a zh-Hant classifier: Analysis tags every zh-Hant incident with it,
    # with the standard abuse tags or with features (what a message contains).
    found = get_registry().tagger("zh-Hant").tag(text)
    assert tag in {*found.tags, *found.features}


@pytest.mark.parametrize("text", [
    "【示例銀行】您本期信用卡帳單應繳金額32,000元，請於3月15日前繳款。",
    "您的帳款已逾期，逾期將依法陳報聯徵中心。",
    "如未繳款，本行將依法聲請法院強制執行。",
    "本行將依法聲請支付命令。",
])
def test_lawful_reminders_get_no_abuse_tag(text):
    # no abuse tag; features (such as the debt being mentioned) are allowed
    assert get_registry().tagger("zh-Hant").tag(text).tags == []


def test_example_case_files_load_without_problems():
    from complaint_kit.casefile.load import load_case

    examples = Path(__file__).resolve().parents[3] / "examples"
    for name in ("tw-bank-harassment.yaml", "tw-lawful-reminders.yaml"):
        case = load_case(examples / name, get_registry())
        assert case.jurisdiction == "tw" and case.timezone == "Asia/Taipei"
        assert case.language == "zh-Hant"


def test_a_complaint_date_without_its_prior_complaint_record_still_drafts(tmp_path):
    # The interview stores the date the user complained to the bank (tw_bank_complaint_date)
    # without a prior_complaints entry: the application for ombudsman review names the bank.
    from typer.testing import CliRunner

    from complaint_kit.cli.app import app

    example = Path(__file__).resolve().parents[3] / "examples" / "tw-bank-harassment.yaml"
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    data.pop("prior_complaints")
    case_file = tmp_path / "case.yaml"
    case_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(app, ["draft", str(case_file), "--doc", "foi-application",
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    from docx import Document

    [drafted] = (tmp_path / "out").glob("*foi-application*.docx")
    text = "\n".join(p.text for p in Document(str(drafted)).paragraphs)
    assert "向示例商業銀行" in text and "提出申訴" in text
