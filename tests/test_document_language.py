"""The language a document says its text is in (w:lang), for Word's proofing and LibreOffice's
fonts."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from complaint_kit.casefile.load import load_case
from complaint_kit.plugins.registry import get_registry

REPO = Path(__file__).resolve().parents[1]


LANGUAGE_TAGS = {"cn-sms-harassment": ("w:eastAsia", "zh-CN"),
                 "tw-bank-harassment": ("w:eastAsia", "zh-TW"),
                 "hk-whatsapp-harassment": ("w:eastAsia", "zh-HK"),
                 "hk-english-money-lender": ("w:val", "en-HK"),
                 "uk-harassment": ("w:val", "en-GB"),
                 "us-collector-harassment": ("w:val", "en-US")}


@pytest.mark.parametrize("example", sorted(LANGUAGE_TAGS))
def test_a_document_says_which_language_its_text_is_in(example, tmp_path):
    """w:lang in the document defaults: Word proofs by it, and LibreOffice then draws Chinese
    with a Chinese font and its bold face instead of a glyph-by-glyph fallback."""
    from docx.oxml.ns import qn

    from complaint_kit.draft.pipeline import draft_case

    path = REPO / "examples" / f"{example}.yaml"
    case = load_case(path, get_registry())
    _, drafts = draft_case(case, get_registry(), tmp_path, base_dir=path.parent,
                           durable=False, checklist=False, doc=None)
    attr, tag = LANGUAGE_TAGS[example]
    for draft in drafts:
        styles = docx.Document(str(draft.path)).styles.element
        lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/"
                           f"{qn('w:lang')}")
        assert lang is not None and lang.get(qn(attr)) == tag, draft.path.name


def test_language_tags_are_word_s_language_and_region():
    from complaint_kit.draft.formats import language_tag

    assert [language_tag(x) for x in ("zh_Hans_CN", "zh_Hant_TW", "en_GB", "zh_Hant")] == [
        "zh-CN", "zh-TW", "en-GB", "zh"]
