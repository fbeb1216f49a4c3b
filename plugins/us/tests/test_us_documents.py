"""The US documents, end to end: case file → .docx (and .txt) → (LibreOffice) → PDF text."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from complaint_kit_us import citations as us_citations
from typer.testing import CliRunner

from complaint_kit.assess.rules import Citation
from complaint_kit.casefile.load import load_case
from complaint_kit.cli.app import app
from complaint_kit.draft.pipeline import assess, draft_case
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry
from complaint_kit.testing import docx_text as _docx_text
from tests.exampledocs import draft_example
from tests.realtools import pdf_texts, validate_docx


def docx_text(path) -> str:
    """The document's text, a no-break space (which keeps a phone number on one line) read as a
    space."""
    return _docx_text(path).replace("\xa0", " ")


REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "examples"
DEMO = EXAMPLES / "us-collector-harassment.yaml"
CREDITOR = EXAMPLES / "us-original-creditor.yaml"
LAWFUL = EXAMPLES / "us-lawful-collection.yaml"
KINDS = {"cfpb-narrative", "dispute-letter", "cease-letter", "harassment-log"}

ALL_CITATIONS = [v for v in vars(us_citations).values() if isinstance(v, Citation)]
VERIFIED_ARTICLES = [c.article for c in ALL_CITATIONS if c.verified and c.article]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return draft_example(DEMO, tmp_path_factory.mktemp("us-demo"))


@pytest.fixture(scope="module")
def creditor(tmp_path_factory):
    return draft_example(CREDITOR, tmp_path_factory.mktemp("us-creditor"))


def _texts(drafts) -> dict[str, str]:
    return {d.kind.id: docx_text(d.path) for d in drafts}


def _narrative(txt: str) -> str:
    return txt.split("\nWhat happened\n", 1)[1].split("\nWhat would be a fair resolution\n", 1)[0]


# -- the third-party collector case ---------------------------------------------------------------

def test_demo_drafts_every_document_kind_and_the_cfpb_text(demo):
    _case, assessment, drafts = demo
    assert {d.kind.id for d in drafts} == KINDS
    for d in drafts:
        assert d.path is not None and d.path.is_file()
        assert not d.warnings, d.warnings
    cfpb = next(d for d in drafts if d.kind.id == "cfpb-narrative")
    assert cfpb.text_path is not None and cfpb.text_path.suffix == ".txt"
    assert cfpb.channel is not None and cfpb.channel.id == "cfpb"
    assert {d.channel.id for d in drafts if d.kind.id.endswith("letter")} == {"collector"}
    assert len(assessment.findings) >= 15


def test_documents_name_the_parties_and_keep_the_draft_advice_to_the_checklist(demo, tmp_path):
    case, _assessment, drafts = demo
    for kind, text in _texts(drafts).items():
        assert case.complainant.name in text, kind
        assert "Example Recovery Services LLC" in text, kind
        # The recipient's copy: no software voice, no draft notice, no advice to the sender.
        for leak in ("complaint-kit", "not legal advice", "this tool", "Delete this",
                     "Before you send", "US-"):
            assert leak not in text, (kind, leak)
        assert not re.search(r"\b1 (calls|times|contacts|people|items|messages)\b", text), kind
        assert not re.search(r"\b0 (calls|times|contacts|visits)\b", text), kind
        assert "(my account)" not in text, kind
    checklist = next(drafts[0].path.parent.glob("*-checklist.txt")).read_text(encoding="utf-8")
    assert "not legal advice" in checklist
    assert "certified mail" in checklist and "statute of limitations" in checklist
    assert "30 days" in checklist and "consumerfinance.gov/complaint" in checklist


def test_letters_follow_the_us_letter_layout(demo):
    case, _assessment, drafts = demo
    texts = _texts(drafts)
    for kind in ("cease-letter", "dispute-letter"):
        text = texts[kind]
        assert text.index(case.complainant.address) < text.index("March 13, 2026") \
            < text.index("PO Box 0100") < text.index("Re:") < text.index("To whom it may") \
            < text.index("Sincerely,"), kind
        assert "not an admission" in text and "certified mail" in text, kind
        assert "the amount you claim" in text, kind  # a disputed debt is not conceded
        assert "What I ask" not in text and "you appear" not in text, kind  # no "you" headings
    cease = texts["cease-letter"]
    assert "Under 15 U.S.C. § 1692c(c)" in cease
    assert "Cal. Civ. Code § 1788.17" in cease  # a Californian
    assert "statute of limitations" not in cease  # the caution is the sender's: the checklist
    # The pattern in counts, and the facts that make the demand urgent, in the first person.
    assert "17 times: 14 calls, two text messages, and one email" in cease
    assert "my employer (Example Widgets Inc. front desk) once and my parent (Pat Example) twice" \
        in cease
    assert "On March 9 I asked you in writing to stop contacting me" in cease
    dispute = texts["dispute-letter"]
    assert "15 U.S.C. § 1692g(b)" in dispute and "verification" in dispute
    assert "never received a written validation notice" in dispute
    assert "fees I do not recognize" in dispute


def test_the_letters_cite_each_violation_by_its_binding_provision_without_quoting(demo):
    _case, assessment, drafts = demo
    texts = _texts(drafts)
    cease, narrative = texts["cease-letter"], texts["cfpb-narrative"]
    for finding in assessment.findings:
        if finding.rule_id in ("US-SCOPE", "US-LIMITATION", "US-CA-ROSENTHAL"):
            continue
        binding = [c for c in finding.quotable if c.binding == "binding" and c.article]
        if not binding:
            continue
        article = binding[0].article
        assert article in narrative, (finding.rule_id, article)
        section = article.split("§ ")[-1]  # a run of paragraphs is written as a range
        ranged = re.sub(r"\((\w+)\)\((\w+)\), \(\1\)\((\w+)\)$", r"(\1)(\2)–(\3)", section)
        assert section in cease or ranged in cease, (finding.rule_id, article)
    for text in (cease, narrative, texts["dispute-letter"]):
        for c in us_citations.__dict__.values():  # no statute text is put in quotation marks
            if isinstance(c, Citation) and c.gist:
                assert "“" + c.gist not in text, c.gist
        assert "‘" not in text  # the gists' inner quotations of the statute stay out
    # Only the collector's own words are quoted; my account of a call is never in quotes.
    assert "“This is Officer Dale" in narrative
    assert "“The caller" not in narrative and "“I told" not in narrative
    assert "“FINAL LEGAL NOTICE." in narrative


def test_no_section_is_written_that_a_verified_citation_does_not_give(demo, creditor):
    sections = re.compile(r"§ ?[0-9][0-9a-z.]*(?:\([0-9a-z]+\))*")
    unverified = [c for c in ALL_CITATIONS if not c.verified]
    for _case, _assessment, drafts in (demo, creditor):
        for d in drafts:
            texts = [docx_text(d.path)] + ([d.text_path.read_text()] if d.text_path else [])
            for text in texts:
                for match in sections.finditer(text):
                    section = match.group().lstrip("§ ").rstrip(".")
                    assert any(section in a for a in VERIFIED_ARTICLES), (d.kind.id, section)
                assert "1006.6(b)(3)" not in text
                for c in unverified:
                    assert c.gist not in text, (d.kind.id, c.gist)


def test_the_cfpb_narrative_fits_the_box_and_holds_no_personal_data(demo):
    case, _assessment, drafts = demo
    cfpb = next(d for d in drafts if d.kind.id == "cfpb-narrative")
    txt = cfpb.text_path.read_text(encoding="utf-8")
    narrative = _narrative(txt)
    assert len(narrative) < 4000
    for private in (case.complainant.name, case.complainant.phone, case.complainant.address,
                    case.complainant.email, "XXXX-0000", "(310) 555-0188"):
        assert private not in narrative, private
    assert "10 calls to me" in narrative  # the 7-in-7 count
    assert "15 U.S.C. § 1692c(a)(1)" in narrative
    assert "fake legal papers" not in narrative  # the case holds no fake paper
    assert "I want Example Recovery Services LLC to stop calling me" in txt
    assert "The form's other fields" in txt
    # The recipient's copy holds field names and text only; what to do with them (the labels
    # seen in 2015 may differ, the box's size, paste each part) is the checklist's.
    for to_user in ("paste", "choose the closest", "may differ", "2015", "Not yet", "unless you"):
        assert to_user not in txt, to_user
    checklist = next(cfpb.text_path.parent.glob("*-checklist.txt")).read_text(encoding="utf-8")
    assert "may differ" in checklist and "2015" in checklist  # the labels flagged as unchecked
    assert "Communication tactics: Frequent or repeated calls" in txt
    assert "**" not in txt and "\\" not in txt  # plain text, no Markdown left


def test_harassment_log_counts_windows_nights_and_third_parties(demo):
    case, assessment, drafts = demo
    log = _texts(drafts)["harassment-log"]
    for quote in (i.content for i in case.incidents if i.content):
        assert quote in log
    # Quotation marks around the collector's own words only, never around my account of a call.
    assert "“This is Officer Dale" in log and "“The caller" not in log and "“I told" not in log
    assert "fake legal papers" not in log
    assert "Calls in seven consecutive days" in log
    assert "I1, I2, I3, I4, I5, I6, I8, I9, I14, I15" in log
    assert "Pat Example" in log and "(212) 555-0199" in log
    assert "(outside 8 a.m.–9 p.m.)" in log
    assert len(assessment.pattern.night) == 3
    for item in case.evidence:
        digest = hashlib.sha256((DEMO.parent / item.file).read_bytes()).hexdigest()
        assert digest in log, item.id


def test_demo_documents_are_valid_wordprocessingml(demo, creditor):
    validate_docx([d.path for d in demo[2] + creditor[2]])


@pytest.mark.slow
def test_documents_convert_to_pdf_with_the_text_intact(demo, creditor, tmp_path):
    drafts = demo[2] + creditor[2]
    texts = pdf_texts([d.path for d in drafts], tmp_path)  # one LibreOffice run
    for case, _assessment, case_drafts in (demo, creditor):
        for d in case_drafts:
            flat = re.sub(r"\s+", " ", texts[d.path])
            assert case.complainant.name in flat, d.kind.id
            assert "not legal advice" not in flat, d.kind.id
    demo_texts = {d.kind.id: re.sub(r"\s+", " ", texts[d.path]) for d in demo[2]}
    assert "15 U.S.C. § 1692c(c)" in demo_texts["cease-letter"]
    assert "You are a deadbeat and a thief." in demo_texts["harassment-log"]
    assert "Example Recovery Services LLC" in demo_texts["cfpb-narrative"]


# -- the original creditor, the lawful case -------------------------------------------------------

def test_an_original_creditor_case_says_so_and_claims_no_federal_violation(creditor):
    case, assessment, drafts = creditor
    assert {f.rule_id for f in assessment.findings} == {"US-SCOPE", "US-MA-CALLS"}
    assert {d.kind.id for d in drafts} == {"cfpb-narrative", "cease-letter", "harassment-log"}
    texts = _texts(drafts)
    narrative = _narrative(next(d for d in drafts if d.kind.id == "cfpb-narrative")
                           .text_path.read_text(encoding="utf-8"))
    assert "original creditor" in narrative and "generally do not apply" in narrative
    assert "15 U.S.C." not in narrative and "12 C.F.R." not in narrative
    assert "940 CMR 7.04(1)(f)" in narrative
    cease = texts["cease-letter"]
    assert "original creditor" in cease and "Under 15 U.S.C." not in cease
    assert "940 CMR 7.04(1)(f)" in cease
    assert case.lender.name in texts["harassment-log"]


def test_lawful_collection_yields_no_findings_and_no_documents(tmp_path):
    registry = get_registry()
    case = load_case(LAWFUL, registry)
    assert assess(case, registry).findings == []
    assert draft_example(LAWFUL, tmp_path)[2] == []


def test_the_demo_command_drafts_the_us_example(tmp_path):
    result = CliRunner().invoke(app, ["demo", "-j", "us", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert {p.suffix for p in tmp_path.iterdir()} == {".docx", ".txt"}


# -- hostile text ---------------------------------------------------------------------------------

HOSTILE = ["{{ 7*7 }}", "{% raw %}", "</w:t>", "Tom & Jerry", "**bold**", "| pipe |",
           "😀", "_under_ `tick` #hash", "1. not a list", "\\backslash\\"]


def test_hostile_text_comes_out_literally_and_the_files_validate(tmp_path):
    content = " ".join(HOSTILE) + " \x07bell You will be arrested."
    case = Case.model_validate({
        "id": "hostile", "jurisdiction": "us", "timezone": "America/New_York",
        "complainant": {"name": "Test {{ 7*7 }} Example", "address": "1 **Main** St | 2"},
        "respondents": [{"id": "agency", "role": "collection_agency", "name": "Agency & {% raw %}",
                         "type": "collection_agency"}],
        "facts": {"collector_type": "third_party_agency"},
        "incidents": [{"time": "2026-03-02 23:15", "channel": "sms", "respondent": "agency",
                       "from_number": "(555) 555-0111", "content": content}],
    })
    _assessment, drafts = draft_case(case, get_registry(), tmp_path, case_stem="hostile")
    assert {d.kind.id for d in drafts} >= {"cfpb-narrative", "cease-letter", "harassment-log"}
    for d in drafts:
        text = docx_text(d.path)
        assert "Test {{ 7*7 }} Example" in text and "Test 49 Example" not in text
        assert "Agency & {% raw %}" in text
        if d.kind.id == "harassment-log":
            for piece in HOSTILE:
                assert piece in text, piece
            assert "\x07" not in text
    validate_docx([d.path for d in drafts])


def test_the_cfpb_narrative_names_no_third_party_and_asks_in_its_own_voice(demo):
    _case, _assessment, drafts = demo
    narrative = _texts(drafts)["cfpb-narrative"]
    # The narrative may be published: the people reached by their relation only.
    assert "my employer once and my parent twice" in narrative
    assert "Pat Example" not in narrative and "Widgets" not in narrative
    # The typed request, as a sentence of the narrative, not an order to the CFPB.
    assert "I also want it to remove the fees that the agreement does not allow." in narrative
    cease = _texts(drafts)["cease-letter"]
    assert "I also ask you to remove the fees" in cease and "I again notify you" in cease


def test_a_californian_creditor_is_told_of_the_rosenthal_act_in_words_not_rule_ids(tmp_path):
    registry = get_registry()
    data = load_case(CREDITOR, registry).model_dump()
    data["facts"]["consumer_state"] = "CA"
    data["timezone"] = "America/Los_Angeles"
    data["requests"] = ["Please stop calling my work number."]
    _assessment, drafts = draft_case(Case.model_validate(data), registry, tmp_path,
                                     base_dir=CREDITOR.parent)
    texts = _texts(drafts)
    for kind in ("cease-letter", "cfpb-narrative"):
        assert "US-" not in texts[kind], kind
        assert "including a creditor collecting its own debt" in texts[kind], kind
    assert "Please stop calling my work number." in texts["cease-letter"]
    assert "I also want it to stop calling my work number." in texts["cfpb-narrative"]


def test_each_part_of_a_finding_is_cited_by_its_own_provision(demo):
    narrative = _narrative(next(d for d in demo[2] if d.kind.id == "cfpb-narrative")
                           .text_path.read_text(encoding="utf-8"))
    # The opt-out notice is 1006.6(e); 1006.14(h)(1) is a medium the person refused.
    assert "electronic messages without a way to opt out (12 C.F.R. § 1006.6(e))" in narrative
    assert "medium I asked it not to use (12 C.F.R. § 1006.14(h)(1))" in narrative


def test_a_finding_is_named_by_what_its_own_facts_hold(demo):
    narrative = _narrative(next(d for d in demo[2] if d.kind.id == "cfpb-narrative")
                           .text_path.read_text(encoding="utf-8"))
    # US-IMPOSSIBLE-THREAT found only I10's threat to tell my boss: it is named, so the log's
    # line does not read as every threat (arrest and garnishment are US-ARREST-THREAT's).
    log = _texts(demo[2])["harassment-log"]
    assert "cannot legally be taken: telling others about the debt" in log
    assert "cannot legally be taken: telling others about the debt" in narrative
    # whom the collector threatened to tell is the case's only: the boss, never "family or others"
    assert "family or others" not in log and "family or others" not in narrative


def test_the_creditor_is_asked_to_reply_by_a_date_with_the_next_step(creditor):
    cease = _texts(creditor[2])["cease-letter"]
    assert "Please confirm in writing by May 1, 2026" in cease  # April 10 + 21 days
    assert "Consumer Financial Protection Bureau and the Massachusetts Attorney General" in cease
