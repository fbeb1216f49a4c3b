"""The Hong Kong documents, end to end, in both languages: case file → .docx (and .txt for the
web forms) → LibreOffice → PDF text."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import docx
import pytest
from complaint_kit_hk.context import PRIVACY_RULES

from complaint_kit.caseio import load_case
from complaint_kit.drafting import assess, draft_case
from complaint_kit.registry import get_registry
from complaint_kit.testing import docx_text

from realtools import pdf_texts, validate_docx

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ZH = EXAMPLES / "hk-whatsapp-harassment.yaml"
EN = EXAMPLES / "hk-english-money-lender.yaml"
LAWFUL = EXAMPLES / "hk-lawful-reminders.yaml"
KINDS = {"lender-complaint", "hkma-complaint", "pcpd-complaint", "police-report",
         "evidence-index", "harassment-report"}
LETTERS = ("lender-complaint", "hkma-complaint", "pcpd-complaint", "police-report")
CJK = re.compile(r"[\u3400-\u9fff]")


def _draft_every_kind(path: Path, out: Path):
    """Every document kind of the jurisdiction, each forced, addressed to its own channel."""
    registry = get_registry()
    case = load_case(path, registry)
    drafts = []
    for kind in registry.documents_for("hk"):
        to = kind.channels[0] if kind.channels else None
        assessment, made = draft_case(case, registry, out, doc=kind.id, to=to,
                                      base_dir=path.parent, case_stem=path.stem)
        drafts += made
    return case, assessment, drafts


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    out = tmp_path_factory.mktemp("hk-docs")
    return {"zh-Hant": _draft_every_kind(ZH, out), "en": _draft_every_kind(EN, out)}


def _texts(drafts) -> dict[str, str]:
    return {d.kind.id: docx_text(d.path) for d in drafts}


def test_every_kind_is_drafted_in_both_languages(drafted):
    for language, (case, assessment, drafts) in drafted.items():
        assert case.language == language
        assert assessment.findings
        assert {d.kind.id for d in drafts} == KINDS, language
        for d in drafts:
            assert d.path.is_file() and not d.warnings, (language, d.kind.id, d.warnings)
            props = docx.Document(str(d.path)).core_properties
            assert props.title == d.kind.title_for(language)


def test_documents_name_the_parties_quote_the_incidents_and_cite(drafted):
    labels_of = get_registry().jurisdiction("hk").labels_for
    for language, (case, assessment, drafts) in drafted.items():
        labels = labels_of(language)
        texts = _texts(drafts)
        quotes = [i.content for i in case.incidents if i.content]
        for kind, text in texts.items():
            assert case.complainant.name in text, (language, kind)
            assert case.lender.name in text, (language, kind)
            assert labels["draft_notice"] in text, (language, kind)  # drafts, not legal advice
            if kind in (*LETTERS, "harassment-report"):
                for quote in quotes:
                    assert quote in text, (language, kind, quote)
                for number in ("+852 5555 0101", "+852 5555 0201"):
                    if number in {i.from_number for i in case.incidents}:
                        assert number in text, (language, kind, number)
            if kind in LETTERS:
                for finding in assessment.findings:
                    if kind == "pcpd-complaint" and finding.rule_id not in PRIVACY_RULES:
                        assert labels[f"rule.{finding.rule_id}"] not in text, finding.rule_id
                        continue
                    assert labels[f"rule.{finding.rule_id}"] in text, (language, kind)
                    for citation in finding.quotable:
                        assert citation.label in text, (language, kind, citation.label)


def test_english_documents_are_in_english_and_chinese_in_chinese(drafted):
    for d in drafted["en"][2]:
        text = docx_text(d.path)
        assert not CJK.search(text), (d.kind.id, CJK.findall(text)[:10])
        assert "not legal advice" in text
    zh = _texts(drafted["zh-Hant"][2])
    assert "投訴事項（逐點列出）" in zh["hkma-complaint"]
    assert "同意披露" in zh["pcpd-complaint"] and "第37條" in zh["pcpd-complaint"]
    assert "報案要求" in zh["police-report"]
    for text in zh.values():
        assert "草稿" in text and "并非" not in text  # Traditional characters, not Simplified


def test_nothing_unverified_is_quoted_and_no_section_is_invented(drafted):
    for language, (_case, assessment, drafts) in drafted.items():
        allowed = {c.label for f in assessment.findings for c in f.quotable}
        unverified = [c for f in assessment.findings for c in f.citations if not c.verified]
        assert unverified  # the Code's numbering, s.24's penalty, the interest cap
        for d in drafts:
            text = docx_text(d.path)
            for c in unverified:
                assert c.instrument not in text and (c.gist or "@@") not in text
            assert "§" not in text and "43.2" not in text and "60%" not in text
            for label in sorted(allowed, key=len, reverse=True):
                text = text.replace(label, "")
            if language == "zh-Hant":
                named = set(re.findall(r"第\d+(?:\([0-9A-Za-z]+\))*條", text))
                assert named <= {"第37條", "第64條"}, (d.kind.id, named)  # PDPO s.37, s.64
            else:
                named = set(re.findall(r"\b(?:s\.|section) ?\d+\w*", text))
                assert named <= {"section 37", "section 64"}, (d.kind.id, named)


def test_complaint_letters_follow_the_hkma_form_and_law_hk_section_4(drafted):
    zh = _texts(drafted["zh-Hant"][2])
    hkma = zh["hkma-complaint"]
    headings = ["、投訴人資料", "、被投訴的機構及人士", "、投訴事項", "、事件經過", "、證據\n",
                "、同意披露", "、聲明"]
    assert [hkma.index(h) for h in headings] == sorted(hkma.index(h) for h in headings)
    assert "不能命令銀行作出賠償" in hkma and "2026年3月2日以書面" in hkma
    lender = zh["lender-complaint"]
    assert "停止委託示例收數顧問有限公司" in lender  # replace the agency, deal with me directly
    assert "沒有收到任何書面通知" in lender  # the DCA notice
    assert lender.splitlines()[2].startswith("致：示例銀行（香港）有限公司客戶投訴部")
    en = _texts(drafted["en"][2])
    assert "Withdraw my account from Example Recovery Services Company" in en["lender-complaint"]
    assert "within two years" in en["pcpd-complaint"]
    assert "Money Lenders Ordinance (Cap. 163)" in en["police-report"]


def test_web_form_kinds_are_also_written_as_text(drafted):
    for language, (_case, _assessment, drafts) in drafted.items():
        for d in drafts:
            if d.kind.id in ("hkma-complaint", "pcpd-complaint"):
                text = d.text_path.read_text(encoding="utf-8")
                assert "{.noindent}" not in text and "**" not in text
                assert d.kind.title_for(language) in text
            else:
                assert d.text_path is None


def test_harassment_report_has_the_chart_and_the_screening_hours(drafted):
    for language, (_case, assessment, drafts) in drafted.items():
        report = next(d for d in drafts if d.kind.id == "harassment-report")
        assert len(docx.Document(str(report.path)).inline_shapes) == 1  # contacts per day
        text = docx_text(report.path)
        window = "21:30–08:30" if language == "en" else "22:00–08:00"
        assert window in text
        for party in assessment.pattern.third_parties:
            assert party.name is None or party.name in text


def test_evidence_index_lists_each_file_with_its_sha256(drafted):
    case, _assessment, drafts = drafted["zh-Hant"]
    index = next(d for d in drafts if d.kind.id == "evidence-index")
    text = docx_text(index.path)
    for item in case.evidence:
        assert item.description in text
        if item.file:
            digest = hashlib.sha256((ZH.parent / item.file).read_bytes()).hexdigest()
            assert digest in text, item.id


def test_lawful_reminders_yield_no_findings_and_no_documents(tmp_path):
    registry = get_registry()
    case = load_case(LAWFUL, registry)
    assert assess(case, registry).findings == []
    _, drafts = draft_case(case, registry, tmp_path, base_dir=LAWFUL.parent)
    assert drafts == []


def test_hk_documents_are_valid_wordprocessingml(drafted):
    validate_docx([d.path for lang in drafted.values() for d in lang[2]])


@pytest.mark.slow
def test_hk_documents_convert_to_pdf_with_the_text_intact(drafted, tmp_path):
    drafts = [d for lang in drafted.values() for d in lang[2]]
    texts = pdf_texts([d.path for d in drafts], tmp_path)  # one LibreOffice run for all
    for language, (case, assessment, made) in drafted.items():
        quote = "仆街老賴，欠錢唔還！" if language == "zh-Hant" else "Accidents happen."
        label = next(c.label for f in assessment.findings if f.rule_id in PRIVACY_RULES
                     for c in f.quotable if c.binding == "binding")
        for d in made:
            flat = re.sub(r"\s+", "", texts[d.path])
            assert re.sub(r"\s+", "", case.complainant.name) in flat, d.kind.id
            assert re.sub(r"\s+", "", case.lender.name) in flat, d.kind.id
            if d.kind.id in (*LETTERS, "harassment-report"):
                assert re.sub(r"\s+", "", quote) in flat, (language, d.kind.id)
            if d.kind.id in LETTERS:
                assert re.sub(r"\s+", "", label) in flat, (language, d.kind.id, label)


# -- hostile text --------------------------------------------------------------------------------

HOSTILE = "\n".join(["{{ 7*7 }}", "{% raw %}", "</w:t>", "Tom & Jerry", "**bold**", "| pipe |",
                     "😀👍🏽", "    leading spaces", "[link](http://example.invalid)",
                     "1. not a list"])


@pytest.mark.parametrize("language", ["zh-Hant", "en"])
def test_hostile_text_comes_out_literally(tmp_path, language):
    from complaint_kit.case import Case

    case = Case.model_validate({
        "id": f"hostile-{language}", "jurisdiction": "hk", "language": language,
        "timezone": "Asia/Hong_Kong",
        "complainant": {"name": "陳{{ 7*7 }}測試\x07", "address": "</w:t>&<b>**街**| 1 |"},
        "respondents": [{"id": "lender", "role": "lender", "type": "bank",
                         "name": "示例{% raw %}銀行&公司"}],
        "incidents": [{"time": "2026-03-01T23:15:00", "channel": "call", "respondent": "lender",
                       "answered": True, "content": HOSTILE + "\n再唔還錢就淋紅油"}],
    })
    registry = get_registry()
    drafts = []
    for kind in registry.documents_for("hk"):
        to = kind.channels[0] if kind.channels else None
        drafts += draft_case(case, registry, tmp_path, doc=kind.id, to=to,
                             case_stem="hostile")[1]
    assert {d.kind.id for d in drafts} == KINDS
    for d in drafts:
        text = docx_text(d.path)
        assert "陳{{ 7*7 }}測試" in text and "陳49測試" not in text, d.kind.id
        assert "示例{% raw %}銀行&公司" in text and "\x07" not in text
        if d.kind.id != "evidence-index":
            assert "</w:t>&<b>**街**| 1 |" in text, d.kind.id
        if d.kind.id in (*LETTERS, "harassment-report"):
            assert HOSTILE in text, d.kind.id
    validate_docx([d.path for d in drafts])
