"""The mainland-China documents, end to end: case file → .docx → (LibreOffice) → PDF text."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from complaint_kit.case import Case
from complaint_kit.caseio import load_case
from complaint_kit.drafting import assess, draft_case
from complaint_kit.registry import get_registry
from complaint_kit.testing import docx_text

from realtools import pdf_texts, validate_docx

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
DEMO = EXAMPLES / "cn-sms-harassment.yaml"
KINDS = {"complaint", "police-report", "notice", "evidence-index", "harassment-report"}


def _draft(path: Path, out: Path):
    registry = get_registry()
    case = load_case(path, registry)
    assessment, drafts = draft_case(case, registry, out, base_dir=path.parent,
                                    case_stem=path.stem)
    return case, assessment, drafts


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo-docs")
    case, assessment, drafts = _draft(DEMO, out)
    return case, assessment, drafts


# -- the demo case ------------------------------------------------------------------------------

def test_demo_drafts_every_document_kind(demo):
    _case, assessment, drafts = demo
    assert assessment.findings, "the demo case should break several rules"
    assert {d.kind.id for d in drafts} == KINDS
    for d in drafts:
        assert d.path is not None and d.path.is_file()


def test_demo_documents_name_the_parties_quote_incidents_and_cite(demo):
    case, assessment, drafts = demo
    lender = case.lender
    assert lender is not None
    quotes = [i.content for i in case.incidents if i.content]
    for d in drafts:
        text = docx_text(d.path)
        assert case.complainant.name in text, d.kind.id
        assert lender.name in text, d.kind.id
        assert "complaint-kit" in text and "草稿" in text, d.kind.id  # the draft notice
        if d.kind.id in ("complaint", "police-report", "notice", "harassment-report"):
            for quote in quotes:
                assert quote in text, (d.kind.id, quote)
            assert "17000000003" in text  # every number the collectors used
        if d.kind.id in ("complaint", "police-report", "notice"):
            for finding in assessment.findings:
                assert finding.title in text, (d.kind.id, finding.rule_id)
                for citation in finding.quotable:
                    assert citation.label in text, (d.kind.id, citation.label)


def test_letters_follow_the_layout_of_formal_chinese_correspondence(demo):
    case, _assessment, drafts = demo
    texts = {d.kind.id: docx_text(d.path) for d in drafts}
    complaint = texts["complaint"]
    assert case.complainant.id_number in complaint
    assert complaint.index("投诉举报人") < complaint.index("投诉请求") \
        < complaint.index("事实与理由") < complaint.index("证据清单") < complaint.index("声明")
    assert "对其所提供材料内容的真实性负责" in complaint
    assert "个人信息保护法》第四十七条" in complaint  # third parties reached: delete the data
    assert "行业基准" in complaint  # GB/T 45251 cited as the industry baseline
    assert "此致" in complaint and "敬礼" in complaint
    police = texts["police-report"]
    assert "受案回执" in police and "诬告陷害" in police
    assert "禁止接触" in police  # incidents on/after 2026-01-01
    # 治安 by incident date: only the 2026 threats meet an element (多次发送恐吓信息), so the 2025
    # text is cited; nothing before 2026 met the elements of a 2012 item.
    assert "（2025年修订）" in police and "（2012年修正）" not in police
    notice = texts["notice"]
    assert notice.splitlines()[1].startswith(f"致：{case.lender.name}")


def test_no_article_is_written_that_the_citations_do_not_give(demo):
    _case, assessment, drafts = demo
    allowed = {c.label for f in assessment.findings for c in f.quotable}
    articles = re.compile(r"第[一二三四五六七八九十百千零〇\d]+条")
    for d in drafts:
        text = docx_text(d.path)
        for label in sorted(allowed, key=len, reverse=True):
            text = text.replace(label, "")
        # What remains may name articles only inside the citations' quoted gists.
        gists = "".join(c.gist or "" for f in assessment.findings for c in f.quotable)
        for match in articles.finditer(text):
            assert match.group() in gists, (d.kind.id, match.group())


def test_evidence_index_lists_each_file_with_its_sha256(demo):
    case, _assessment, drafts = demo
    index = next(d for d in drafts if d.kind.id == "evidence-index")
    text = docx_text(index.path)
    for item in case.evidence:
        assert item.description in text
        if item.file:
            digest = hashlib.sha256((DEMO.parent / item.file).read_bytes()).hexdigest()
            assert digest in text, item.id


def test_harassment_report_counts_days_nights_and_third_parties(demo):
    _case, assessment, drafts = demo
    report = next(d for d in drafts if d.kind.id == "harassment-report")
    text = docx_text(report.path)
    pattern = assessment.pattern
    assert "每日联系次数" in text and "夜间联系" in text and "被联系的第三人" in text
    for party in pattern.third_parties:
        assert party.name in text
    assert len(pattern.night) >= 5


def test_demo_documents_are_valid_wordprocessingml(demo):
    validate_docx([d.path for d in demo[2]])


@pytest.mark.slow
def test_demo_documents_convert_to_pdf_with_the_text_intact(demo, tmp_path):
    case, assessment, drafts = demo
    texts = pdf_texts([d.path for d in drafts], tmp_path)
    quote = "还钱！还钱！还钱！"  # short enough not to wrap in its table cell
    citation = assessment.findings[0].quotable[0].label
    for d in drafts:
        flat = re.sub(r"\s+", "", texts[d.path])
        assert case.complainant.name in flat, d.kind.id
        assert re.sub(r"\s+", "", case.lender.name) in flat, d.kind.id
        if d.kind.id in ("complaint", "police-report", "notice", "harassment-report"):
            assert quote in flat, d.kind.id
        if d.kind.id in ("complaint", "police-report", "notice"):
            assert re.sub(r"\s+", "", citation) in flat, d.kind.id


# -- the other examples -------------------------------------------------------------------------

def test_lawful_reminders_yield_no_findings_and_no_letters(tmp_path):
    registry = get_registry()
    case = load_case(EXAMPLES / "cn-lawful-reminders.yaml", registry)
    assert assess(case, registry).findings == []
    _, _, drafts = _draft(EXAMPLES / "cn-lawful-reminders.yaml", tmp_path)
    assert drafts == []


def test_fake_summons_example_drafts_valid_letters(tmp_path):
    case, assessment, drafts = _draft(EXAMPLES / "cn-fake-summons.yaml", tmp_path)
    assert assessment.findings
    kinds = {d.kind.id for d in drafts}
    assert {"complaint", "police-report", "notice"} <= kinds
    police = docx_text(next(d.path for d in drafts if d.kind.id == "police-report"))
    assert "调解中心" in police and case.complainant.name in police
    validate_docx([d.path for d in drafts])


# -- hostile text -------------------------------------------------------------------------------

LONG_LINE = "甲" * 5000 + "A" * 5000
HOSTILE_PIECES = [
    "{{ 7*7 }}", "{% raw %}", "</w:t>", "Tom & Jerry", "<b>bold?</b>", "**bold**",
    "| pipe |", "😀👍🏽", "    leading spaces", "first line\nsecond line", "_under_ `tick` #hash",
    "[link](http://example.invalid) ![img](x.png)", "\\backslash\\", "1. not a list",
    LONG_LINE,
]


def _hostile_case() -> Case:
    content = "\n".join(HOSTILE_PIECES)
    noisy = "控制\x00字符\x07响铃\x1b转义"
    return Case.model_validate({
        "id": "hostile",
        "jurisdiction": "cn",
        "complainant": {"name": "张{{ 7*7 }}测试\x07", "phone": "13800000000",
                        "address": "  </w:t>&<b>**街道**| 1 |\n二楼 😀 " + noisy},
        "respondents": [{"id": "lender", "role": "lender", "type": "online_platform",
                         "name": "示例{% raw %}贷款&公司"}],
        "incidents": [
            {"time": "2026-03-01T23:15:00", "channel": "sms", "respondent": "lender",
             "from_number": "10690000000", "content": content},
            {"time": "2026-03-02T23:30:00", "channel": "sms", "respondent": "lender",
             "from_number": "10690000000", "content": noisy + "\n  缩进的第二行"},
        ],
        "evidence": [{"id": "E1", "description": "截图 | 表格 **不加粗** {{ x }}"}],
    })


def test_hostile_text_comes_out_literally_and_the_files_validate(tmp_path):
    registry = get_registry()
    case = _hostile_case()
    assessment, drafts = draft_case(case, registry, tmp_path, case_stem="hostile")
    assert assessment.findings, "night-time SMS should be found"
    if not any(d.kind.id == "police-report" for d in drafts):  # routing may not send it there
        drafts += draft_case(case, registry, tmp_path, doc="police-report", to="police",
                             case_stem="hostile")[1]
    kinds = {d.kind.id for d in drafts}
    assert {"complaint", "police-report", "notice", "harassment-report"} <= kinds
    for d in drafts:
        text = docx_text(d.path)
        assert "张{{ 7*7 }}测试" in text and "张49测试" not in text, d.kind.id
        assert "示例{% raw %}贷款&公司" in text
        assert "\x00" not in text and "\x07" not in text and "\x1b" not in text
        assert any("characters" in w for w in d.warnings), d.warnings
        if d.kind.id == "evidence-index":
            assert "截图 | 表格 **不加粗** {{ x }}" in text
        else:
            assert "</w:t>&<b>**街道**| 1 |\n二楼 😀 控制字符响铃转义" in text
            for piece in HOSTILE_PIECES:
                assert piece in text, (d.kind.id, piece[:40])
            assert "控制字符响铃转义\n  缩进的第二行" in text
    validate_docx([d.path for d in drafts])


def test_no_contact_order_is_asked_only_for_conduct_from_2026(tmp_path):
    registry = get_registry()
    case = load_case(EXAMPLES / "cn-fake-summons.yaml", registry)
    data = case.model_dump()
    for incident in data["incidents"]:
        incident["time"] = incident["time"].replace(year=2025)
    before = Case.model_validate(data)
    _, drafts = draft_case(before, registry, tmp_path, doc="police-report", to="police",
                           case_stem="before-2026")
    text = docx_text(drafts[0].path)
    assert "受案回执" in text and "禁止接触" not in text
