"""The Hong Kong documents, end to end, in both languages: case file → .docx (and .txt for the
web forms) → LibreOffice → PDF text."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from complaint_kit_hk.context import PRIVACY_RULES

from complaint_kit.casefile.load import load_case
from complaint_kit.draft.pipeline import assess, draft_case
from complaint_kit.plugins.registry import get_registry
from complaint_kit.testing import docx_text
from tests.exampledocs import assert_lists_the_evidence
from tests.realtools import pdf_texts, validate_docx

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
ZH = EXAMPLES / "hk-whatsapp-harassment.yaml"
EN = EXAMPLES / "hk-english-money-lender.yaml"
LAWFUL = EXAMPLES / "hk-lawful-reminders.yaml"
KINDS = {"lender-complaint", "hkma-complaint", "pcpd-complaint", "police-report",
         "money-lenders-report", "evidence-index", "harassment-report"}
LETTERS = ("lender-complaint", "hkma-complaint", "pcpd-complaint", "police-report",
           "money-lenders-report")
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


def _cited(kind: str, finding, unlicensed: bool = False) -> list | None:
    """The citations a letter of this kind must name for a finding (None: not its business)."""
    if kind == "money-lenders-report" and unlicensed:  # the licence is the Registrar's concern
        return list(finding.quotable) if finding.rule_id == "HK-UNLICENSED-LENDER" else None
    if kind == "police-report":  # the offences whose elements are met, nothing else
        return [c for c in finding.quotable if finding.elements.get(c)] or None
    # A letter cites law, regulation and the Code; a case decided on other facts (case law) is
    # not cited, and IFEC's guidance is described, not cited as a basis.
    cited = [c for c in finding.quotable if c.binding not in ("case law", "guidance")]
    if kind == "pcpd-complaint":
        if finding.rule_id not in PRIVACY_RULES:
            return None
        return [c for c in cited if c.binding != "self-regulation"]
    return cited


# The instruments a letter names in full once and then by a short name.
SHORT = {"en": {"the Guideline": 'HKMA Guideline 3.4.1 "Debt Collection Agencies" (May 1996)',
                "the PDPO, ": "Personal Data (Privacy) Ordinance (Cap. 486), "},
         "zh-Hant": {"金管局指引":
                     "香港金融管理局指引3.4.1「Debt Collection Agencies」（1996年5月）",
                     "《私隱條例》": "《個人資料（私隱）條例》（第486章）"}}


def _in_full(text: str, language: str) -> str:
    """The letter with every short name written out, to look its citations up."""
    for short, full in SHORT[language].items():
        text = text.replace(short, full)
    return text


# A point told once: the disclosure to the people contacted joins the point on contacting
# them, a doxxing post the point on public humiliation, under the first one's title.
MERGED = {"HK-CONFIDENTIALITY": "HK-THIRD-PARTY", "HK-DOXXING": "HK-PUBLIC-HUMILIATION",
          "HK-DCA-NOTICE": "HK-DATA-TRANSFER-NOTICE", "HK-PERSISTENT-CALLS": "HK-HOURS"}


def _each_text(drafted, kinds=KINDS):
    """(language, case, assessment, kind, text) for each drafted document of these kinds."""
    for language, (case, assessment, drafts) in drafted.items():
        for kind, text in _texts(drafts).items():
            if kind in kinds:
                yield language, case, assessment, kind, text


def _quote_marks(language: str) -> tuple[str, str]:
    return ("「", "」") if language == "zh-Hant" else ("\u201c", "\u201d")


def _contents(case, verbatim: bool) -> list[str]:
    """What the incidents say: copied word for word (verbatim) or told in my own words."""
    return [i.content for i in case.incidents if i.content and i.verbatim == verbatim]


def test_documents_name_the_complainant_and_the_lender(drafted):
    for language, case, _assessment, kind, text in _each_text(drafted):
        assert case.complainant.name in text, (language, kind)
        assert case.lender.name in text, (language, kind)


def test_the_recipients_copy_has_no_draft_notice_software_rule_ids_or_markup(drafted):
    labels_of = get_registry().jurisdiction("hk").labels_for
    for language, _case, _assessment, kind, text in _each_text(drafted):
        assert labels_of(language)["draft_notice"] not in text, (language, kind)
        assert "complaint-kit" not in text and "HK-" not in text, (language, kind)
        assert "本工具" not in text and "this tool" not in text, (language, kind)
        assert "{." not in text and "{%" not in text, (language, kind)  # no markup leaks


def test_the_harassment_report_holds_the_full_log(drafted):
    for language, case, _assessment, kind, text in _each_text(drafted, {"harassment-report"}):
        for quote in _contents(case, True) + _contents(case, False):
            assert quote in text, (language, kind, quote)


def test_my_account_of_a_call_is_never_quoted_as_their_words(drafted):
    for language, case, _assessment, kind, text in _each_text(drafted):
        opening, closing = _quote_marks(language)
        for quote in _contents(case, False):
            assert f"{opening}{quote}{closing}" not in text, (language, kind, quote)


def test_letters_quote_the_worst_messages_not_the_whole_log(drafted):
    for language, case, _assessment, kind, text in _each_text(drafted, LETTERS):
        verbatim = _contents(case, True)
        assert sum(q in text for q in verbatim) <= 3, (language, kind)
        if kind != "pcpd-complaint":
            assert any(q in text for q in verbatim), (language, kind)


def _findings_to_cite(assessment, kind: str):
    """(finding, the citations the letter must name) for each finding that is its business,
    or (finding, None) for one that is not."""
    unlicensed = any(f.rule_id == "HK-UNLICENSED-LENDER" for f in assessment.findings)
    for finding in assessment.findings:
        yield finding, _cited(kind, finding, unlicensed)


def _told_under_another_title(kind: str, rule_id: str, fired: set[str]) -> bool:
    """Whether the letter tells this point together with another, under the other's title."""
    return kind != "pcpd-complaint" and any(
        a in fired and b in fired and rule_id in (a, b) for a, b in MERGED.items())


def test_the_pcpd_complaint_leaves_out_what_is_not_about_privacy(drafted):
    labels_of = get_registry().jurisdiction("hk").labels_for
    for language, _case, assessment, kind, text in _each_text(drafted, {"pcpd-complaint"}):
        for finding, cited in _findings_to_cite(assessment, kind):
            if cited is None:
                assert labels_of(language)[f"rule.{finding.rule_id}"] not in text, \
                    (kind, finding.rule_id)


def test_letters_title_each_point_they_make(drafted):
    labels_of = get_registry().jurisdiction("hk").labels_for
    titled = [k for k in LETTERS if k != "police-report"]  # the police get the offences
    for language, _case, assessment, kind, text in _each_text(drafted, titled):
        fired = {f.rule_id for f in assessment.findings}
        for finding, cited in _findings_to_cite(assessment, kind):
            if cited is not None and not _told_under_another_title(kind, finding.rule_id, fired):
                assert labels_of(language)[f"rule.{finding.rule_id}"] in text, \
                    (language, kind, finding.rule_id)


def test_letters_cite_what_each_point_rests_on(drafted):
    for language, _case, assessment, kind, text in _each_text(drafted, LETTERS):
        for _finding, cited in _findings_to_cite(assessment, kind):
            for citation in cited or ():
                assert citation.label in _in_full(text, language), \
                    (language, kind, citation.label)


def test_the_lender_never_gets_the_id_number_and_the_police_do(tmp_path):
    registry = get_registry()
    case = load_case(ZH, registry)
    case = case.model_copy(update={"complainant": case.complainant.model_copy(
        update={"id_number": "A1234563"})})
    texts = {}
    for kind in ("lender-complaint", "hkma-complaint", "police-report"):
        to = registry.document("hk", kind).channels[0]
        made = draft_case(case, registry, tmp_path, doc=kind, to=to, base_dir=ZH.parent,
                          case_stem=ZH.stem)[1]
        texts[kind] = docx_text(made[0].path)
    assert "A123" not in texts["lender-complaint"]
    assert "A123" in texts["hkma-complaint"] and "A1234563" not in texts["hkma-complaint"]
    assert "A1234563" in texts["police-report"]


def test_no_caveat_or_citation_is_repeated_in_a_letter(drafted):
    for _language, (_case, _assessment, drafts) in drafted.items():
        for d in drafts:
            if d.kind.id not in LETTERS:
                continue
            text = docx_text(d.path)
            for phrase in ("2017年轉載版本", "edition reproduced in 2017", "並非法定時限",
                           "not a legal limit", "業界基準", "industry benchmark"):
                assert text.count(phrase) <= 1, (d.kind.id, phrase)


def test_english_documents_are_in_english_and_chinese_in_chinese(drafted):
    for d in drafted["en"][2]:
        text = docx_text(d.path)
        assert not CJK.search(text), (d.kind.id, CJK.findall(text)[:10])
        assert "legal advice" not in text and "draft" not in text.lower()
    zh = _texts(drafted["zh-Hant"][2])
    assert "投訴事項" in zh["hkma-complaint"]
    assert "同意" in zh["pcpd-complaint"] and "第37條" in zh["pcpd-complaint"]
    assert "報案要求" in zh["police-report"] and "涉嫌觸犯的罪行" in zh["police-report"]
    for text in zh.values():
        assert "草稿" not in text and "并非" not in text  # Traditional characters, not Simplified


def test_nothing_unverified_is_quoted_and_no_section_is_invented(drafted):
    for language, (_case, assessment, drafts) in drafted.items():
        allowed = {c.label for f in assessment.findings for c in f.quotable}
        unverified = [c for f in assessment.findings for c in f.citations if not c.verified]
        assert unverified  # the Code's numbering, s.24's penalty, the interest cap
        for d in drafts:
            text = _in_full(docx_text(d.path), language)
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
    headings = ["、投訴人資料", "、被投訴的機構及人士", "、事件經過", "、投訴事項", "、本人的要求",
                "、同意披露"]
    assert [hkma.index(h) for h in headings] == sorted(hkma.index(h) for h in headings)
    assert "2026年3月2日以書面" in hkma and "賠償" not in hkma  # nothing the HKMA cannot do
    lender = zh["lender-complaint"]
    assert "停止委託示例收數顧問有限公司" in lender  # replace the agency, deal with me directly
    assert "沒有預先以書面通知本人" in lender  # the DCA notice
    assert "致：示例銀行（香港）有限公司客戶投訴部" in lender
    assert "30日內" in lender  # a date to reply by
    assert "不論貴行如何回覆" in lender  # the police never wait for the lender
    # the subject sums up this case: the red-paint threat and the fake police are in it
    police = zh["police-report"]
    subject = next(line for line in police.splitlines() if line.startswith("報案事由"))
    assert "以傷害人身或損毀財產相威脅" in subject and "冒充警務人員" in subject
    assert "《刑事罪行條例》（第200章）第24條" in police and "「淋紅油」" in police
    assert "示例銀行（香港）有限公司（貸款機構" not in police  # the bank is not a suspect
    en = _texts(drafted["en"][2])
    assert "Withdraw my account from Example Recovery Services Company" in en["lender-complaint"]
    assert "within two years" in en["pcpd-complaint"]
    assert "Money Lenders Ordinance (Cap. 163)" in en["police-report"]
    # the unlicensed lender goes to the Registrar, with the elements of the offence
    registrar = en["money-lenders-report"]
    assert "Report of unlicensed money lending by Example Quick Cash Finance Limited" in registrar
    assert "confirm whether Example Quick Cash Finance Limited holds, or has held, a money " \
        "lender" in registrar
    # a veiled "we know where you work" is not put forward as criminal intimidation
    assert "we know where you work" not in en["police-report"]


def test_an_unlicensed_lender_gets_no_letter_but_the_registrar_and_police_do(tmp_path):
    registry = get_registry()
    case = load_case(EN, registry)
    _, drafts = draft_case(case, registry, tmp_path, base_dir=EN.parent)
    kinds = {d.kind.id for d in drafts}
    assert "lender-complaint" not in kinds
    assert {"police-report", "money-lenders-report"} <= kinds


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
    assert_lists_the_evidence(case, text, ZH.parent)


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
        quote = "再唔還錢就淋紅油" if language == "zh-Hant" else "Accidents happen."
        label = next(c.label for f in assessment.findings if f.rule_id == "HK-DOXXING"
                     for c in f.quotable if f.elements.get(c))
        for d in made:
            # the page footer ("1 / 2") may fall inside a sentence that runs on to the next page
            body = re.sub(r"(?m)^\s*\d+\s*/\s*\d+\s*$", "", texts[d.path])
            flat = re.sub(r"\s+", "", _in_full(body, language))
            assert re.sub(r"\s+", "", case.complainant.name) in flat, d.kind.id
            assert re.sub(r"\s+", "", case.lender.name) in flat, d.kind.id
            if d.kind.id in (*LETTERS, "harassment-report") and d.kind.id != "pcpd-complaint":
                assert re.sub(r"\s+", "", quote) in flat, (language, d.kind.id)
            if d.kind.id in LETTERS and d.kind.id != "money-lenders-report":
                assert re.sub(r"\s+", "", label) in flat, (language, d.kind.id, label)


# -- hostile text --------------------------------------------------------------------------------

HOSTILE = "\n".join(["{{ 7*7 }}", "{% raw %}", "</w:t>", "Tom & Jerry", "**bold**", "| pipe |",
                     "😀👍🏽", "    leading spaces", "[link](http://example.invalid)",
                     "1. not a list"])


@pytest.mark.parametrize("language", ["zh-Hant", "en"])
def test_hostile_text_comes_out_literally(tmp_path, language):
    from complaint_kit.model.case import Case

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
        if d.kind.id == "harassment-report":  # the log; letters quote only the worst
            assert HOSTILE in text, d.kind.id
    validate_docx([d.path for d in drafts])
