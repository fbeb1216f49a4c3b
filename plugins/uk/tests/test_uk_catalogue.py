"""The UK plugin's catalogue: its citations as the reference gives them (source, grade, basis,
order), the jurisdiction, and the words it tags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from complaint_kit_uk import citations as cites
from complaint_kit_uk.jurisdiction import UK
from complaint_kit_uk.lexicon import LEXICON
from uk_rule_cases import REFERENCE

from complaint_kit.assess.rules import UNVERIFIED, Basis, Binding
from complaint_kit.draft.pipeline import assess
from complaint_kit.plugins.registry import get_registry

# -- the citations themselves --------------------------------------------------------------------

def _all_citations():
    registry = get_registry()
    found = {c for r in registry.rules_for("uk") for c in r.citations}
    found |= {c for ch in registry.channels_for("uk") for c in ch.sources}
    return found


def test_every_source_and_grade_is_the_references():
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there (the shared reference lives beside the checkout)")
    text = REFERENCE.read_text(encoding="utf-8")
    for c in _all_citations():
        for part in c.source.split("; "):
            assert part in text, (c.instrument, c.article, part)
        assert c.grade in ("High", "Medium", "Low", "High/Medium", "Low-Medium", UNVERIFIED)
        assert c.grade in text


def test_unverified_citations_name_no_article_and_rules_on_them_are_flagged():
    for c in _all_citations():
        if not c.verified:
            assert c.article is None and c.label == c.instrument
    registry = get_registry()
    unverified = {r.id for r in registry.rules_for("uk") if not r.verified}
    assert unverified == {"UK-AJA-HARASSMENT", "UK-S78-REQUEST"}
    ids = {r.id for r in registry.rules_for("uk")}
    reference_ids = set(re.findall(r"\*\*(UK-[A-Z0-9-]+)\*\*", REFERENCE.read_text("utf-8"))) \
        if REFERENCE.is_file() else ids | {"UK-SCOPE", "UK-VISIT-PURPOSE"}
    # UK-SCOPE decides whether CONC applies; UK-VISIT-PURPOSE is part of UK-VISIT-CONDUCT.
    assert ids <= reference_ids and reference_ids - ids == {"UK-SCOPE", "UK-VISIT-PURPOSE"}


def test_every_citation_has_its_basis_and_aja_is_never_quotable():
    for c in _all_citations():
        assert c.basis is not None, (c.instrument, c.article)
        if c.instrument == cites.AJA:
            assert c.basis == Basis.criminal and not c.verified and c.article is None
            assert "‘" not in (c.gist or "")
        if c.instrument in (cites.CONC, cites.PRIN):
            assert c.basis == Basis.regulatory
    assert cites.PHA_2.basis == Basis.criminal
    assert cites.PHA_1.basis == cites.PHA_3.basis == Basis.civil


def test_binding_law_first_then_fca_rules_then_guidance():
    for rule in get_registry().rules_for("uk"):
        ranks = [c.binding.rank for c in rule.citations]
        assert ranks == sorted(ranks), rule.id
        for c in rule.citations:
            if c.article and c.article.startswith("CONC"):
                expected = Binding.guidance if c.article.endswith("G") else Binding.regulator
                assert c.binding == expected, c.article


# -- the jurisdiction, labels and lexicon --------------------------------------------------------

def test_the_jurisdiction_is_the_uks():
    assert UK.timezone == "Europe/London" and UK.phone_region == "GB"
    assert UK.typography.page == "A4" and UK.language == "en"


@pytest.mark.parametrize(("text", "tag"), [
    ("We are sending the bailiffs round tomorrow.", "threat_visit"),
    ("Enforcement agents will attend your property.", "threat_visit"),
    ("This is the county court. You must pay today.", "impersonation"),
    ("We act on the instructions of the court.", "impersonation"),
    ("We will tell your mum and your line manager.", "third_party_contact"),
    ("You scrounger.", "insult"),
    ("We have reported you to the police.", "criminal_threat"),
    ("Sam owes £2,450 on his card.", "uk_debt_details"),
    ("We will send the bailiffs round tonight.", "uk_visit_soon"),
    ("A claim has been issued against you.", "uk_action_taken"),
    ("We have issued a claim in the county court.", "uk_action_taken"),
    ("You have been sued.", "uk_action_taken"),
    ("A county court judgment has been registered.", "uk_action_taken"),
])
def test_british_words_are_tagged(text, tag):
    assert tag in LEXICON.classify(text)
    assert tag in get_registry().tagger("en").tag(text).reasons  # a tag or a feature


@pytest.mark.parametrize(("text", "tag"), [
    ("The caller did not mention the debt.", "uk_debt_details"),
    ("We will not send the bailiffs.", "uk_enforcement"),
    ("He never said anything about bailiffs.", "uk_enforcement"),
])
def test_denied_words_are_not_tagged(text, tag):
    assert tag not in LEXICON.classify(text)


def test_a_claim_named_as_a_possibility_is_no_claim_taken():
    assert "uk_action_taken" not in LEXICON.classify("We may apply to the county court for a "
                                                     "judgment.")
    assert "uk_action_taken" not in LEXICON.classify("We have not issued a claim.")


def test_a_condition_is_not_a_denial():
    assert "uk_enforcement" in LEXICON.classify("If you don't pay we will send the bailiffs.")


def test_every_criminal_citation_in_the_demo_names_the_facts_of_its_elements():
    from complaint_kit.casefile.load import load_case

    registry = get_registry()
    demo = Path(__file__).resolve().parents[3] / "examples" / "uk-harassment.yaml"
    for f in assess(load_case(demo, registry), registry).findings:
        for c in f.citations:
            if c.basis is not None and c.basis.penal:
                assert f.elements.get(c), (f.rule_id, c.label)
