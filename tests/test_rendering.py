"""The rendering core: escaping, the Markdown builder, base documents."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from markupsafe import Markup

from complaint_kit.casefile.load import load_case
from complaint_kit.docx.basedoc import default_base, open_base
from complaint_kit.docx.build import DocxBuilder
from complaint_kit.docx.markdown import markdown_parser
from complaint_kit.draft.templating import make_environment, md_escape
from complaint_kit.model.jurisdiction import Typography
from complaint_kit.plugins.registry import get_registry

REPO = Path(__file__).resolve().parents[1]
HOSTILE = [
    "{{ 7*7 }}", "{% raw %}x{% endraw %}", "</w:t><w:t>", "a & b < c > d", "**not bold**",
    "| a | b |", "# not a heading", "1. not a list", "    four spaces", "back\\slash",
    "[link](http://x)", "![img](x)", "`code`", "<b>html</b>", "😀 emoji", "---",
]


def _docx_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _build(markdown: str, typography: Typography | None = None):
    document = open_base(default_base(typography or Typography()))
    report = DocxBuilder(document).build(markdown)
    return document, report


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_is_literal_in_a_paragraph_and_a_table_cell(text):
    escaped = md_escape(text)
    document, _ = _build(f"Before {escaped} after\n\n| h |\n|---|\n| {escaped} |\n")
    assert document.paragraphs[0].text == f"Before {text} after"
    assert document.tables[0].rows[1].cells[0].text == text


def test_line_breaks_in_values_stay_in_their_paragraph():
    document, _ = _build(md_escape("line one\nline two\r\nline three"))
    assert len(document.paragraphs) == 1
    assert document.paragraphs[0].text == "line one\nline two\nline three"


def test_characters_xml_forbids_are_dropped_and_counted():
    document, report = _build(md_escape("bell\x07 nul\x00 esc\x1b ok"))
    assert document.paragraphs[0].text == "bell nul esc ok"
    assert report.removed_characters == 3


def test_template_does_not_compile_case_data(tmp_path):
    (tmp_path / "t.md.j2").write_text("Value: {{ value }}\n", encoding="utf-8")
    env = make_environment([tmp_path])
    out = env.get_template("t.md.j2").render(value="{{ 7*7 }} {% raw %}")
    document, _ = _build(out)
    assert document.paragraphs[0].text == "Value: {{ 7*7 }} {% raw %}"


def test_strict_undefined_names_the_missing_variable(tmp_path):
    from jinja2 import UndefinedError

    (tmp_path / "t.md.j2").write_text("{{ nothing.here }}", encoding="utf-8")
    with pytest.raises(UndefinedError, match="nothing"):
        make_environment([tmp_path]).get_template("t.md.j2").render()


def test_sandbox_blocks_attribute_escapes(tmp_path):
    from jinja2.exceptions import SecurityError

    (tmp_path / "t.md.j2").write_text("{{ ''.__class__.__mro__ }}", encoding="utf-8")
    with pytest.raises(SecurityError):
        make_environment([tmp_path]).get_template("t.md.j2").render()


def _render(tmp_path, source: str, **context) -> str:
    (tmp_path / "t.md.j2").write_text(source, encoding="utf-8")
    return make_environment([tmp_path]).get_template("t.md.j2").render(**context)


def test_dict_lookups_keep_the_sandbox_rules(tmp_path):
    from jinja2 import UndefinedError
    from jinja2.exceptions import SecurityError

    data = {"name": "x", "items": "a key that a dict method shadows"}
    assert _render(tmp_path, "{{ d.name }}|{{ d.items() | list | length }}", d=data) == "x|2"
    with pytest.raises(UndefinedError, match="missing"):
        _render(tmp_path, "{{ d.missing }}", d=data)
    with pytest.raises(SecurityError):
        _render(tmp_path, "{{ d.__class__.__mro__ }}", d=data)


def test_there_is_no_fragment_cache_tag(tmp_path):
    """``{% cache %}`` reused text whenever the values a template listed were equal, trusting
    it to list every value the fragment read: it is gone, and a template using it fails."""
    from jinja2 import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError, match="cache"):
        _render(tmp_path, "{% cache x %}{{ x }}{% endcache %}", x=1)


def test_fill_puts_values_in_a_label(tmp_path):
    from jinja2 import TemplateRuntimeError

    assert _render(tmp_path, "{{ 'lasted {d}' | fill(d=5) }}") == "lasted 5"
    with pytest.raises(TemplateRuntimeError, match=re.escape("field {d}")):
        _render(tmp_path, "{{ 'lasted {d}' | fill(e=5) }}")


def test_markdown_structures_map_to_word_styles():
    md = ("# Title\n\n## Section\n\n{.right}\nSigned\n\n1. first\n2. second\n\n- bullet\n\n"
          "---\n\nAfter the break\n")
    document, _ = _build(md)
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Title", "Title")
    assert styles[1] == ("Heading 1", "Section")
    assert styles[2][1] == "Signed" and document.paragraphs[2].alignment == 2  # RIGHT
    assert [t for _, t in styles[3:6]] == ["1.\tfirst", "2.\tsecond", "•\tbullet"]
    after = document.paragraphs[6]
    assert after.text == "After the break" and after.paragraph_format.page_break_before


def test_numbered_lists_have_no_bullet_glyphs():
    """Formal Chinese letters number every list (Typography.numbered_lists)."""
    from complaint_kit.draft.pipeline import build_document

    md = "- 第一项\n  - 细项\n  - 细项\n- 第二项\n\n1. 甲\n2. 乙\n"
    document, _ = build_document(md, default_base(Typography()), numbered=True)
    assert [p.text for p in document.paragraphs] == [
        "1.\t第一项", "（1）\t细项", "（2）\t细项", "2.\t第二项", "1.\t甲", "2.\t乙"]
    document, _ = build_document(md, default_base(Typography()))
    assert [p.text[:2] for p in document.paragraphs][:3] == ["•\t", "◦\t", "◦\t"]


def test_a_signature_block_stays_on_one_page():
    document, _ = _build("Body\n\n{.keep}\nYours faithfully,\n\n{.right .keep}\nSam Example\n\n"
                         "{.right}\n16/03/2026\n")
    keeps = [(p.text, p.paragraph_format.keep_with_next) for p in document.paragraphs]
    assert keeps == [("Body", None), ("Yours faithfully,", True), ("Sam Example", True),
                     ("16/03/2026", None)]


def test_table_columns_fit_numbers_dates_and_ids():
    """A column is never narrower than its longest word as printed (escapes undone)."""
    md = ("| No. | Date and time | How | What was said |\n|---|---|---|---|\n"
          "| I10 | 02\\/03\\/2026 07\\:15 | Call 17000000401 | " + "a long message " * 30 + "|\n")
    document, _ = _build(md)
    table = document.tables[0]
    size = Pt(10.5)  # at most the table text's size here
    for column, word in zip(table.columns, ("I10", "02/03/2026", "17000000401"), strict=False):
        assert column.width > len(word) * size * 0.55, word


@pytest.mark.parametrize("markdown", [
    "Call from (212) 555\\-0142 on 2026\\-03\\-14\\.\n",  # a paragraph
    "| How |\n|---|\n| Call from (212) 555\\-0142 on 2026\\-03\\-14\\. |\n",  # a plain cell
    "| How |\n|---|\n| **Call** from (212) 555\\-0142 on 2026\\-03\\-14\\. |\n",  # a run
])
def test_grouped_numbers_never_break(markdown):
    """A phone number's space is a no-break space and its hyphen Word's no-break hyphen, which
    reads back as "-"; a column fits the whole number; words and short numbers are left alone."""
    document, _ = _build(markdown)
    body = document.element.body
    assert body.xpath("count(.//w:noBreakHyphen)") == 3
    text = _docx_text(document)
    assert "(212)\u00a0555-0142 on 2026-03-14." in text
    if document.tables:
        column = document.tables[0].columns[0]
        assert column.width > len("(212) 555-0142") * Pt(10.5) * 0.55


def test_a_chinese_date_and_a_list_of_ids_in_a_cell_are_one_word():
    md = ("| 編號 | 時間 | 方式 | 號碼 | 證據 | 內容 |\n|---|---|---|---|---|---|\n"
          "| I1 | 2026年1月22日 18:00 | 電話 | 0912-000-001 | E1、E2 | " + "很長的訊息內容" * 40
          + " |\n")
    document, _ = _build(md, Typography(body_size_pt=14, table_size_pt=12))
    # 13 half-width units: four digits, the signs as two each, and the day and month
    assert document.tables[0].columns[1].width > 13 * Pt(12) * 0.5
    # evidence ids listed with the ideographic comma stay on one line ("E1、E2", not "E / 1、E2")
    assert document.tables[0].columns[4].width > 4 * Pt(12)


def test_short_numbers_and_words_keep_their_spaces_and_hyphens():
    from complaint_kit.docx.wordxml import unbreakable

    for text in ("I1 - I5", "3 - 14 March", "10 11 12", "well-known", "2 calls on 3 days"):
        assert unbreakable(text) == text
    assert unbreakable("138 0000 0101") == "138\u00a00000\u00a00101"


def test_a_blank_heading_makes_no_paragraph():
    """A letter whose template leaves the title block empty starts with its first line."""
    document, _ = _build("# \n\n## \n\nDear Sir or Madam,\n")
    assert [p.text for p in document.paragraphs] == ["Dear Sir or Madam,"]


def test_east_asian_font_slot_is_set_on_styles():
    typography = Typography(body_font="Times New Roman", body_font_east_asia="仿宋",
                            heading_font_east_asia="黑体")
    document = open_base(default_base(typography))
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert fonts.get(docx.oxml.ns.qn("w:eastAsia")) == "仿宋"
    assert fonts.get(docx.oxml.ns.qn("w:ascii")) == "Times New Roman"
    assert fonts.get(docx.oxml.ns.qn("w:asciiTheme")) is None
    heading = document.styles["Heading 1"].element.rPr.rFonts
    assert heading.get(docx.oxml.ns.qn("w:eastAsia")) == "黑体"


def test_footer_has_a_page_number_field():
    document = open_base(default_base(Typography(page_label="Page {page} of {pages}")))
    xml = document.sections[0].footer._element.xml
    assert re.search(r'w:instr=" PAGE "', xml) and re.search(r'w:instr=" NUMPAGES "', xml)
    assert "Page " in xml and " of " in xml


def _letterhead(path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Example Legal Clinic — letterhead"
    document.styles["Normal"].font.size = Pt(10.5)
    document.add_paragraph("template body that must disappear")
    document.save(path)


def test_reference_docx_keeps_its_header_and_styles_and_drops_its_body(tmp_path):
    from complaint_kit.docx.basedoc import reference_base

    letterhead = tmp_path / "letterhead.docx"
    _letterhead(letterhead)
    document = open_base(reference_base(letterhead, Typography()))
    DocxBuilder(document).build("# A letter\n\nBody text.\n")
    assert document.sections[0].header.paragraphs[0].text == "Example Legal Clinic — letterhead"
    assert document.styles["Normal"].font.size == Pt(10.5)
    text = _docx_text(document)
    assert "template body" not in text and "Body text." in text


def test_reference_docx_that_is_not_a_docx_is_a_clear_error(tmp_path):
    from complaint_kit.docx.basedoc import ReferenceDocxError, reference_base

    bad = tmp_path / "letterhead.docx"
    bad.write_text("not a zip", encoding="utf-8")
    with pytest.raises(ReferenceDocxError, match=r"letterhead\.docx"):
        reference_base(bad, Typography())


def test_table_parser_is_the_one_the_builder_uses():
    tokens = markdown_parser().parse("| a |\n|---|\n| b |\n")
    assert any(t.type == "table_open" for t in tokens)


def test_the_core_names_no_jurisdiction():
    """Anything specific to a place belongs in a plugin (DESIGN.md)."""
    pattern = re.compile(r"[\u4e00-\u9fff]|\b(NFRA|PBOC|CFPB|FDCPA|HKMA|FCA)\b")
    offenders = [str(p.relative_to(REPO)) for p in (REPO / "complaint_kit").rglob("*")
                 if p.suffix in (".py", ".j2") and pattern.search(p.read_text(encoding="utf-8"))]
    offenders += [str(p.relative_to(REPO)) for p in (REPO / "templates").rglob("*.j2")
                  if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_context_holds_what_asdict_and_model_dump_would_give():
    """context's shortcuts (plain_data for asdict, the case's dump reused for its incidents,
    citations made once) give the same data, for every example case."""
    from dataclasses import asdict

    from complaint_kit.draft.context import case_context, incident_data, plain_data
    from complaint_kit.draft.pipeline import assess

    registry = get_registry()
    for path in sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml")):
        case = load_case(path, registry)
        jurisdiction = registry.jurisdiction(case.jurisdiction)
        assessment = assess(case, registry)
        assert plain_data(assessment.pattern) == asdict(assessment.pattern), path.name
        shared = case_context(case, jurisdiction, findings=assessment.findings,
                              routes=assessment.routes, pattern=assessment.pattern,
                              base_dir=path.parent, warnings=[])
        assert shared["incidents"] == incident_data(case, jurisdiction, assessment.findings)
        for finding, data in zip(assessment.findings, shared["findings"], strict=True):
            assert data["citations"] == [
                {"label": c.label, "instrument": c.instrument, "article": c.article,
                 "binding": str(c.binding), "basis": str(c.basis), "gist": c.gist,
                 "grade": c.grade, "source": c.source} for c in finding.quotable]
        # each document's copy is its own
        again = case_context(case, jurisdiction, findings=assessment.findings,
                             routes=assessment.routes, pattern=assessment.pattern,
                             base_dir=path.parent, warnings=[])
        for one, other in zip(shared["findings"], again["findings"], strict=True):
            for a, b in zip(one["citations"], other["citations"], strict=True):
                assert a == b and a is not b
        if case.incidents:
            assert shared["incidents"][0] is not shared["case"]["incidents"][0]


def test_values_are_escaped_for_markdown_once():
    """finalize returns Markup: autoescape prints it as it is, with no HTML escaping on top."""
    from complaint_kit.draft.templating import md_escape

    env = make_environment([])
    assert env.from_string("{{ v }}").render(v="<&> *x*") == md_escape("<&> *x*")
    assert env.from_string("{{ v }}").render(v=None) == ""
    assert env.from_string("{{ v }}").render(v=Markup("**")) == "**"  # Markdown already


def test_a_shipped_chart_font_has_every_character_of_the_chart_wording():
    """tools/subset_chart_font.py makes it; run it again after changing a figure.* label."""
    from complaint_kit.draft.figures import _charset

    for jurisdiction in get_registry().jurisdictions.values():
        if jurisdiction.chart_font is None:
            continue
        assert jurisdiction.chart_font.is_file(), jurisdiction.code
        assert (jurisdiction.chart_font.parent / "OFL.txt").is_file(), jurisdiction.code
        for labels in (jurisdiction.labels, *jurisdiction.translations.values()):
            text = "".join(v for k, v in labels.items() if k.startswith("figure."))
            missing = set(text) - _charset(jurisdiction.chart_font)
            assert not missing, (jurisdiction.code, sorted(missing))
