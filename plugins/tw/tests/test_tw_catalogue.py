"""The Taiwan plugin's catalogue: every rule of the reference, citations with their addresses,
grades and bases, and the jurisdiction."""

from __future__ import annotations

import re
from pathlib import Path

from complaint_kit_tw import citations as c
from complaint_kit_tw.jurisdiction import TW
from complaint_kit_tw.rules import RULES
from tw_rule_cases import (
    REFERENCE,
)

from complaint_kit.assess.rules import UNVERIFIED, Basis

# -- the catalogue ------------------------------------------------------------------------------

def test_every_rule_id_of_the_reference_is_implemented():
    ids = {r.id for r in RULES}
    if REFERENCE.is_file():
        expected = set(re.findall(r"\*\*(TW-[A-Z-]+)\*\*", REFERENCE.read_text("utf-8")))
        assert ids == expected
    assert len(ids) == 31
    assert all(r.jurisdiction == "tw" for r in RULES)


def test_citations_carry_moj_addresses_and_the_reference_grades():
    for rule in RULES:
        for cite in rule.citations:
            assert cite.source and cite.grade in ("High", "Medium", UNVERIFIED), cite
            if cite.grade == "High" and cite.article:
                assert cite.source.startswith(("https://law.moj.gov.tw/LawClass/LawAll.aspx"
                                               "?pcode=", "https://law.lia-roc.org.tw/")), cite
    assert c.OUT_14_1_3.source.endswith("pcode=G0380200")
    assert c.CARD_51_2.source.endswith("pcode=G0380055")
    assert c.CRIM_305.source.endswith("pcode=C0000001")
    assert c.SOA_89_2.source.endswith("pcode=D0080067")
    assert c.PDPA_20.source.endswith("pcode=I0050021")
    assert c.BANKERS_LUNAR.grade == "Medium"


def test_every_citation_says_what_kind_of_basis_it_is():
    for rule in RULES:
        for cite in rule.citations:
            assert cite.basis is not None, (rule.id, cite.label)
    assert c.CRIM_305.basis == Basis.criminal and c.SOA_68_2.basis == Basis.administrative
    assert c.OUT_14_1_1.basis == Basis.regulatory and c.CIVIL_184.basis == Basis.civil
    assert c.BANKERS_LUNAR.basis == Basis.baseline


def test_the_plugin_imports_no_other_plugin():
    root = Path(__file__).resolve().parents[1] / "complaint_kit_tw"
    for path in root.rglob("*.py"):
        text = path.read_text("utf-8")
        assert "complaint_kit_lexicons" not in text and "complaint_kit_hk" not in text, path


def test_unverified_points_are_never_named_by_article():
    assert not c.FTC_GUIDANCE.verified and c.FTC_GUIDANCE.article is None
    fair = next(r for r in RULES if r.id == "TW-FAIR-TRADE")
    assert fair.verified is False  # built on the unverified FTC guidance: a pointer only
    assert all(r.verified for r in RULES if r.id != "TW-FAIR-TRADE")


def test_the_jurisdiction_is_taiwans():
    assert TW.timezone == "Asia/Taipei" and TW.language == "zh-Hant"
    assert TW.phone_region == "TW"
