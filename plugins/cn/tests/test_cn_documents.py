"""The mainland-China documents, end to end: case file → .docx → (LibreOffice) → PDF text.

Hostile text is in test_cn_hostile_text.py, a platform loan funded by a bank in
test_cn_funded_loan.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from complaint_kit.casefile.load import load_case
from complaint_kit.draft.pipeline import assess, draft_case
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry
from complaint_kit.testing import docx_text
from tests.exampledocs import assert_lists_the_evidence, draft_example
from tests.realtools import pdf_texts, validate_docx

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "examples"
DEMO = EXAMPLES / "cn-sms-harassment.yaml"
KINDS = {"complaint", "web-form", "police-report", "notice", "evidence-index",
         "harassment-report"}
LETTERS = ("complaint", "web-form", "police-report", "notice")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo-docs")
    case, assessment, drafts = draft_example(DEMO, out)
    return case, assessment, drafts


# -- the demo case ------------------------------------------------------------------------------

def test_demo_drafts_every_document_kind(demo):
    _case, assessment, drafts = demo
    assert assessment.findings, "the demo case should break several rules"
    assert {d.kind.id for d in drafts} == KINDS
    for d in drafts:
        assert d.path is not None and d.path.is_file()


@pytest.fixture(scope="module")
def demo_texts(demo) -> dict[str, str]:
    return {d.kind.id: docx_text(d.path) for d in demo[2]}


def test_demo_documents_name_the_complainant_and_the_lender(demo, demo_texts):
    case = demo[0]
    assert case.lender is not None
    for kind, text in demo_texts.items():
        assert case.complainant.name in text, kind
        assert case.lender.name in text, kind


def test_the_recipients_copy_says_nothing_of_a_draft_or_the_software(demo_texts):
    for kind, text in demo_texts.items():  # the checklist does
        for word in ("complaint-kit", "草稿", "本工具"):
            assert word not in text, (kind, word)


def test_the_harassment_report_holds_the_full_log_quoting_only_copied_words(demo, demo_texts):
    text = demo_texts["harassment-report"]  # the full log lives here, and only here
    for i in demo[0].incidents:
        if i.content:
            assert i.content in text, i.id
            # my account of a call is never put in the collector's mouth
            assert (f"“{i.content}”" in text) == i.verbatim, i.id


def test_letters_quote_the_worst_two_or_three_messages_exactly(demo, demo_texts):
    case = demo[0]
    for kind in LETTERS:
        text = demo_texts[kind]
        # the worst two or three messages, quoted exactly; an account of a call never
        quoted = [i for i in case.incidents if i.content and f"“{i.content}”" in text]
        assert 2 <= len({i.content for i in quoted}) <= 3, (kind, [i.id for i in quoted])
        assert all(i.verbatim for i in quoted), kind


def test_letters_count_no_zero_and_name_no_rule(demo_texts):
    for kind in LETTERS:
        text = demo_texts[kind]
        assert not re.search(r"(?<![\d.])0(次|条|人)", text) and "CN-" not in text, kind


def test_the_complaint_and_police_report_give_every_number_the_collectors_used(demo_texts):
    for kind in ("complaint", "police-report"):
        assert "17000000003" in demo_texts[kind], kind


def _stated_with_its_provisions(finding) -> bool:
    """Whether a letter must state this act with the provisions it breaks: not the harm, and not
    a false identity that only self-regulation and a recommended standard forbid."""
    if finding.rule_id == "CN-HARM":
        return False
    return finding.rule_id != "CN-IDENTITY" or not all(
        str(c.binding) in ("self-regulation", "recommended standard") for c in finding.citations)


def test_the_complaint_and_notice_state_each_act_with_the_provisions_it_breaks(demo, demo_texts):
    # in this case's words (the rule's generic title, e.g. 冒充公安、法院等, may say more than
    # the case holds)
    findings = [f for f in demo[1].findings if _stated_with_its_provisions(f)]
    for kind in ("complaint", "notice"):
        for finding in findings:
            assert any(c.instrument in demo_texts[kind] for c in finding.citations), \
                (kind, finding.rule_id)


def test_the_complaint_and_notice_name_only_the_authority_impersonated(demo_texts):
    for kind in ("complaint", "notice"):
        assert "冒充公安" not in demo_texts[kind], kind  # only a court was named
        assert "冒用法院名义" in demo_texts[kind], kind


def test_the_complaint_follows_the_layout_of_formal_chinese_correspondence(demo, demo_texts):
    complaint = demo_texts["complaint"]
    assert demo[0].complainant.id_number in complaint  # a regulator files by it
    headings = ["投诉举报人", "投诉请求", "事实与理由", "声明", "此致"]
    positions = [complaint.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "对所述事实和所提供材料内容的真实性负责" in complaint
    assert "敬礼" in complaint


def test_the_complaint_cites_the_law_the_baseline_and_the_lenders_supervisor(demo_texts):
    complaint = demo_texts["complaint"]
    assert "个人信息保护法》第四十七条" in complaint  # third parties reached: delete the data
    assert "行业基准" in complaint  # GB/T 45251 cited as the industry baseline
    assert "北京市地方金融管理局" in complaint  # the small-loan company's own supervisor
    assert "《小额贷款公司监督管理暂行办法》对" in complaint


def test_the_police_report_asks_for_a_receipt_and_a_no_contact_order(demo_texts):
    police = demo_texts["police-report"]
    assert "受案回执" in police and "诬告陷害" in police
    assert "禁止接触" in police  # 2025 第五十条第二款: threats from 2026-01-01
    assert "报案事由：2025年12月29日至2026年1月13日" in police


def test_the_police_report_cites_the_public_security_law_in_force_and_no_civil_law(demo_texts):
    police = demo_texts["police-report"]
    # 治安 by incident date: only the 2026 threats meet an element (多次发送恐吓信息), so the 2025
    # text is cited; nothing before 2026 met the elements of a 2012 item.
    assert "（2025年修订）" in police and "（2012年修正）" not in police
    assert "民法典" not in police  # civil law is no 法律依据 for the police


def test_the_notice_is_addressed_to_the_lender_and_sets_a_deadline(demo, demo_texts):
    notice = demo_texts["notice"]
    assert notice.splitlines()[1].startswith(f"致：{demo[0].lender.name}")
    assert demo[0].complainant.id_number not in notice  # the lender has it already
    assert "十五日内（即2026年1月30日前）" in notice
    assert "不以贵司答复为前提" in notice  # the police never wait for the lender


def test_the_web_form_to_a_self_regulatory_body_is_short_and_orders_nothing(demo_texts):
    form = demo_texts["web-form"]
    # NIFA is a self-regulatory body: no order, no statutory reply time, a short text
    assert "责令" not in form and "法定期限" not in form and "日内答复" not in form
    assert len(form) < 1200


def test_each_regulator_gets_its_own_letter(tmp_path):
    registry = get_registry()
    case = load_case(DEMO, registry)
    texts = {}
    for body in ("nfra", "local-finance", "pboc"):
        _, drafts = draft_case(case, registry, tmp_path, doc="complaint", to=body,
                               case_stem="demo", base_dir=DEMO.parent)
        texts[body] = docx_text(drafts[0].path)
    assert len(set(texts.values())) == 3
    for body, text in texts.items():
        assert "民法典" not in text, body  # a regulator enforces supervisory rules, not the code
    assert "责令改正" in texts["local-finance"] and "责令改正" not in texts["nfra"]
    pboc = texts["pboc"]
    assert "违法处理个人信息" in pboc and "夜间催收" not in pboc  # its remit: personal data


def test_no_article_is_written_that_the_citations_do_not_give(demo):
    _case, assessment, drafts = demo
    allowed = " ".join(f"{c.label} {c.article or ''} {c.gist or ''}"
                       for f in assessment.findings for c in f.quotable)
    articles = re.compile(r"第[一二三四五六七八九十百千零〇\d]+条")
    for d in drafts:
        text = docx_text(d.path)
        for match in articles.finditer(text):
            assert match.group() in allowed, (d.kind.id, match.group())


def test_no_unverified_instrument_and_no_paraphrase_in_quotation_marks(demo):
    case, assessment, drafts = demo
    gists = [c.gist for f in assessment.findings for c in f.citations if c.gist]
    for d in drafts:
        if d.kind.id not in LETTERS:
            continue
        text = docx_text(d.path)
        for gist in gists:
            assert f"“{gist}" not in text, (d.kind.id, gist[:20])
        for q in re.findall(r"“([^”]+)”", text):
            # a quotation is a collector's own message, a product name, or words inside one
            assert any(q in (i.content or "") for i in case.incidents if i.verbatim) \
                or q in (case.debt.product or "") or q in "".join(
                    r.name for r in case.respondents) or q in "".join(
                    e.description for e in case.evidence) or q in "".join(
                    p.outcome or "" for p in case.prior_complaints) or q in "".join(
                    f.title for f in assessment.findings), (d.kind.id, q)


def test_fake_summons_report_is_specific_to_its_case(tmp_path):
    _case, _assessment, drafts = draft_example(EXAMPLES / "cn-fake-summons.yaml", tmp_path)
    police = docx_text(next(d.path for d in drafts if d.kind.id == "police-report"))
    reason = next(line for line in police.splitlines() if line.startswith("报案事由"))
    assert "冒用法院名义" in reason
    for absent in ("辱骂", "披露", "夜间", "亲友", "上门"):
        assert absent not in reason, absent  # nothing the case does not hold
    assert "《中华人民共和国刑法》第二百八十条" in police  # the forged summons itself was sent
    assert "《中华人民共和国刑法》第二百七十九条" in police
    assert "禁止接触" not in police  # no 滋扰 finding under 2025 第五十条
    # 第二百八十条 rests on what makes the paper forged: what the image shows (evidence E1) and
    # the court's answer that it issued no summons
    forged = next(line for line in police.splitlines() if "第二百八十条。" in line)
    assert "盖有“示例市人民法院”印章的“传票”图片（证据E1）" in forged
    assert "也未发出传票" in forged


def test_fake_summons_letters_cite_and_count_what_the_case_holds(tmp_path):
    _case, _assessment, drafts = draft_example(EXAMPLES / "cn-fake-summons.yaml", tmp_path)
    texts = {d.kind.id: docx_text(d.path) for d in drafts if d.path.suffix == ".docx"}
    # 民法典 第1033条(一) is for intruding contacts, not for a threat
    threat = next(line for line in texts["notice"].splitlines() if "以拘留等相威胁，" in line)
    assert "第一千零三十三条" not in threat
    # the reply period runs from the letter's date, which is the date computed
    assert "请自本函发出之日起十五日内" in texts["notice"]
    assert "收到本函之日" not in texts["notice"]
    # the heading and the signature name the same role
    assert "一、投诉举报人" in texts["complaint"] and "投诉举报人（签名）" in texts["complaint"]
    # no count of 0, and no tag count beside section 八's incidents
    report = texts["harassment-report"]
    for line in ("夜间联系次数", "未接通来电次数", "被联系的第三人人数", "连续未接通后反复拨打",
                 "其中冒充公安、法院、律师等"):
        assert line not in report, line


def test_evidence_index_lists_each_file_with_its_sha256(demo):
    case, _assessment, drafts = demo
    index = next(d for d in drafts if d.kind.id == "evidence-index")
    text = docx_text(index.path)
    assert_lists_the_evidence(case, text, DEMO.parent)


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
        if d.kind.id == "harassment-report":
            assert quote in flat, d.kind.id
        if d.kind.id == "notice":
            assert re.sub(r"\s+", "", citation) in flat, d.kind.id


# -- the other examples -------------------------------------------------------------------------

def test_lawful_reminders_yield_no_findings_and_no_letters(tmp_path):
    registry = get_registry()
    case = load_case(EXAMPLES / "cn-lawful-reminders.yaml", registry)
    assert assess(case, registry).findings == []
    _, _, drafts = draft_example(EXAMPLES / "cn-lawful-reminders.yaml", tmp_path)
    assert drafts == []


def test_fake_summons_example_drafts_valid_letters(tmp_path):
    case, assessment, drafts = draft_example(EXAMPLES / "cn-fake-summons.yaml", tmp_path)
    assert assessment.findings
    kinds = {d.kind.id for d in drafts}
    assert {"complaint", "police-report", "notice"} <= kinds
    police = docx_text(next(d.path for d in drafts if d.kind.id == "police-report"))
    assert "调解中心" in police and case.complainant.name in police
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


def test_hardship_goes_to_the_lender_only_when_i_ask_to_negotiate(demo):
    case, _assessment, drafts = demo
    notice = next(docx_text(d.path) for d in drafts if d.kind.id == "notice")
    assert case.debt.note not in notice  # the demo asks to clear my name, not to negotiate
