"""The Hong Kong plugin's catalogue: the reference's rules, citations in both languages, and
the labels."""

from __future__ import annotations

import pytest
from complaint_kit_hk import citations as c
from complaint_kit_hk.jurisdiction import EN, HK, LABELS
from hk_rule_cases import REFERENCE_IDS

from complaint_kit.assess.rules import check_citations
from complaint_kit.plugins.registry import get_registry

# -- the catalogue -------------------------------------------------------------------------------

def test_the_rules_are_the_references_catalogue():
    rules = get_registry().rules_for("hk")
    assert {r.id for r in rules} == REFERENCE_IDS
    for rule in rules:
        assert rule.citations, rule.id
        assert rule.title == LABELS[f"rule.{rule.id}"] and f"rule.{rule.id}" in EN
        assert rule.title_for("en") == EN[f"rule.{rule.id}"]
        check_citations(rule)  # every citation says what kind of basis it is


def test_no_plugin_imports_another():
    from pathlib import Path

    import complaint_kit_hk

    root = Path(complaint_kit_hk.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for other in ("complaint_kit_lexicons", "complaint_kit_tw", "complaint_kit_cn",
                      "complaint_kit_us", "complaint_kit_uk"):
            assert other not in text, (path.name, other)


# Each source address and grade exactly as law-hk.md gives it.
EXPECTED = {
    c.CODE_HOURS: ("angel-lawyer.com/newsview.asp?id=118", "Medium"),
    c.CODE_BANKRUPT: ("iflr.com/article/b1ltxsk74jrqb5/hong-kong", "Medium"),
    c.HKMA_GL_A: ("hkma.gov.hk/eng/regulatory-resources/regulatory-guides/guidelines/1996/05/"
                  "guide_341b", "High"),
    c.CAP228_S20C: ("familyclic.hk/tc/topics/Daily-lives-legal-issues/Stalking/...",
                    "Medium-High"),
    c.CAP200_S24: ("youthclic.hk/en/topics/Bullying-and-triad-related-crimes", "Medium-High"),
    c.CAP200_S24_PENALTY: ("youthclic.hk/en/topics/Bullying-and-triad-related-crimes",
                           "UNVERIFIED"),
    c.PDPO_S64_3A: ("pcpd.org.hk/english/data_privacy_law/amendments_2021/amendment_2021.html",
                    "High"),
    c.PDPO_DPP1_3: ("pcpd.org.hk/misc/booklets/e-lawbook/html/files/assets/basic-html/"
                    "page-90.html, paras 7.38–7.40", "High"),
    c.IFEC_DCA_NOTICE: ("ifec.org.hk/web/en/banking-and-credit/managing-debt/debt-collection.html",
                        "Medium"),
    c.MLO_LICENCE: ("clic.org.hk/zh/topics/consumerCredit/money_lenders_ordinance/"
                    "licensing_of_money_lenders", "High"),
    c.MLO_RATE_CAP: ("yearbook.gov.hk/2005/en/04_07.htm", "UNVERIFIED"),
    c.CODE_NUMBERING: ("angel-lawyer.com/newsview.asp?id=118", "UNVERIFIED"),
}


@pytest.mark.parametrize("cite", list(EXPECTED), ids=lambda x: x.en.instrument[:40])
def test_citations_carry_the_references_source_and_grade_in_both_languages(cite):
    source, grade = EXPECTED[cite]
    for citation in (cite.en, cite.zh):
        assert citation.source == source and citation.grade == grade


def test_the_code_is_never_named_by_section_number():
    """The Code's current edition and numbering are UNVERIFIED: cite by heading and year."""
    for name in dir(c):
        cite = getattr(c, name)
        if isinstance(cite, c.Cite) and "Code of Banking Practice" in cite.en.instrument:
            for citation in (cite.en, cite.zh):
                if citation.verified:
                    assert "43" not in citation.label and "§" not in citation.label, name
                    assert not any(ch.isdigit() for ch in citation.article or ""), name


# -- labels --------------------------------------------------------------------------------------

def test_english_labels_are_english_and_chinese_labels_chinese():
    assert HK.labels_for("en")["cite.law"] == EN["cite.law"]
    assert HK.labels_for("zh-Hant")["cite.law"] == LABELS["cite.law"]
    assert not any("\u4e00" <= ch <= "\u9fff" for v in EN.values() for ch in v)
