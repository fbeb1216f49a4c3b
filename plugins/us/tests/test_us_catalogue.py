"""The US plugin as a whole: the jurisdiction, the registry, rule ids and citations as the
reference gives them."""

from __future__ import annotations

import re

import pytest
from complaint_kit_us import citations as c
from complaint_kit_us.jurisdiction import LABELS, US
from complaint_kit_us.lexicon import LEXICON
from complaint_kit_us.rules import RULES
from us_rule_cases import GRADES, REFERENCE

from complaint_kit.assess.rules import Basis, Citation
from complaint_kit.plugins.registry import get_registry

# -- the plugin as a whole ------------------------------------------------------------------------

def test_the_jurisdiction_is_the_us():
    assert US.labels is LABELS and US.typography.page == "Letter"
    assert US.phone_region == "US" and US.timezone == "America/New_York"
    assert [t.hour for t in US.contact_hours] == [8, 21]


def test_registry_lists_the_us_jurisdiction_rules_channels_and_documents():
    registry = get_registry()
    assert registry.jurisdiction("us").name == "United States"
    assert {d.id for d in registry.documents_for("us")} == {
        "cfpb-narrative", "dispute-letter", "cease-letter", "harassment-log"}
    assert [ch.id for ch in registry.channels_for("us")] == [
        "police", "collector", "cfpb", "state-ag", "lawsuit"]
    assert len(registry.rules_for("us")) == len(RULES) == 37


def test_rule_ids_are_the_references():
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there")
    catalogue = set(re.findall(r"\*\*(US-[A-Z0-9-]+)\*\*", REFERENCE.read_text()))
    assert {r.id for r in RULES} <= catalogue


def _all_citations() -> dict[str, Citation]:
    return {k: v for k, v in vars(c).items() if isinstance(v, Citation)}


def test_every_citation_has_the_references_grade_and_source():
    cites = _all_citations()
    for name, cite in cites.items():
        assert cite.grade in GRADES, name
        if not cite.verified:  # never named by article, and its gist names no section
            assert cite.article is None, name
            assert not re.search(r"\d{4}\.\d", cite.gist or ""), name
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there")
    text = REFERENCE.read_text()
    for name, cite in cites.items():
        for part in cite.source.split("; "):
            assert part in text or part.startswith("law-us.md"), (name, part)


def test_every_citation_says_what_kind_of_law_it_is():
    for name, cite in _all_citations().items():
        assert cite.basis is not None, name
        assert not cite.basis.penal, name  # the reference holds no criminal provision
    assert c.FDCPA_1692D.basis == c.CA_1788_17.basis == Basis.civil
    assert c.REGF_14B.basis == c.COMMENT_14B4_1II.basis == Basis.regulatory
    assert c.MA_940_704.basis == Basis.regulatory


def test_the_us_lexicon_is_registered_for_english_with_a_negation():
    assert LEXICON in get_registry().classifiers and LEXICON.language == "en"
    assert LEXICON.classify("The caller did not mention the debt.") == {}
    assert LEXICON.classify("We will not garnish your wages.") == {}
    assert "threat_seizure" in LEXICON.classify("If you do not pay we will garnish your wages.")


def test_grades_follow_the_catalogue():
    assert c.FDCPA_1692C_B.grade == c.REGF_6D.grade == "Medium-High"
    assert c.COMMENT_6B1_2.grade == c.COMMENT_14B3II_1.grade == "Medium"
    assert c.REGF_26.grade == c.HENSON.grade == c.CA_REACH.grade == "Medium"
    assert c.REGF_14B.grade == c.FDCPA_1692K_D.grade == c.CA_1788_17.grade == "High"
    assert c.REGF_WORKPLACE.grade == c.SRC_STATE_AG.grade == "UNVERIFIED"


def test_every_rule_carries_citations_and_cites_binding_law():
    for rule in RULES:
        assert rule.citations, rule.id
        assert any(x.binding == "binding" and x.verified for x in rule.citations), rule.id
        assert rule.verified, rule.id  # none rests on an UNVERIFIED point (Sundays: not encoded)
