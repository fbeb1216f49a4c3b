"""The complainant's checklist: the drafts say nothing of being drafts or of the software; the
checklist beside them says so, puts what cannot wait first, and lists where to send each
document, in the routing order, with how and by when."""

from __future__ import annotations

from pathlib import Path

import pytest

from complaint_kit.casefile.load import load_case
from complaint_kit.draft.checklist import DEFAULTS, checklist_path
from complaint_kit.draft.pipeline import draft_case
from complaint_kit.plugins.registry import get_registry
from complaint_kit.testing import docx_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    out = tmp_path_factory.mktemp("drafts")
    case = load_case(EXAMPLES / "cn-sms-harassment.yaml", get_registry())
    assessment, drafts = draft_case(case, get_registry(), out, durable=False)
    return case, assessment, drafts, out


def test_the_checklist_is_written_beside_the_drafts(drafted):
    case, assessment, drafts, out = drafted
    text = checklist_path(out, case).read_text(encoding="utf-8")
    labels = get_registry().jurisdiction("cn").labels_for(case.language)
    assert labels.get("checklist.intro", DEFAULTS["intro"]) in text
    # what cannot wait comes before the list of where to send what
    assert assessment.urgent and text.index(assessment.urgent[0]) < text.index(
        assessment.routes[0].name)
    positions = [text.index(f"{n}. {c.name}") for n, c in enumerate(assessment.routes, 1)]
    assert positions == sorted(positions)
    for draft in drafts:
        assert draft.path.name in text
    for channel in assessment.routes:
        for how in channel.how_to_file:
            assert how in text


def test_the_recipients_copy_does_not_say_it_is_a_draft(drafted):
    case, _, drafts, _ = drafted
    notice = get_registry().jurisdiction("cn").labels_for(case.language).get("draft_notice")
    for draft in drafts:
        text = docx_text(draft.path)
        assert "complaint-kit" not in text, draft.path.name
        assert not notice or notice not in text, draft.path.name


def test_no_checklist_when_nothing_is_drafted(tmp_path):
    case = load_case(EXAMPLES / "cn-lawful-reminders.yaml", get_registry())
    _, drafts = draft_case(case, get_registry(), tmp_path, durable=False)
    assert drafts == [] and not checklist_path(tmp_path, case).exists()


@pytest.mark.parametrize(("example", "language"), [
    ("hk-whatsapp-harassment.yaml", "zh-Hant"), ("hk-english-money-lender.yaml", "en")])
def test_the_checklist_names_each_body_in_the_case_language(example, language, tmp_path):
    """A Chinese case's checklist reads in Chinese, channel names and how to file included."""
    registry = get_registry()
    case = load_case(EXAMPLES / example, registry)
    assessment, _ = draft_case(case, registry, tmp_path, durable=False)
    text = checklist_path(tmp_path, case).read_text(encoding="utf-8")
    for routed in assessment.routes:
        channel = registry.channel("hk", routed.id).in_language(language)
        assert channel == routed and channel.name in text
        assert all(how in text for how in channel.how_to_file)
    chinese = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert (chinese > len(text) / 4) == (language == "zh-Hant")


def test_a_channel_translation_names_only_its_texts():
    from complaint_kit.assess.routing import Channel

    with pytest.raises(ValueError, match=r"translations.*'en'.*applies"):
        Channel(id="x", jurisdiction="xx", name="X", kind="regulator", order=1,
                applies=lambda case, findings: True,
                translations={"en": {"name": "X", "applies": None}})


def test_the_checklist_prints_names_as_they_are(tmp_path):
    """The checklist is plain text: a file name holding characters Markdown would take for
    a heading or a link is written as it is."""
    registry = get_registry()
    case = load_case(EXAMPLES / "cn-sms-harassment.yaml", registry)
    case = case.model_copy(update={"id": "demo_x_#1_[a](b)"})
    _, drafts = draft_case(case, registry, tmp_path, durable=False)
    text = checklist_path(tmp_path, case).read_text(encoding="utf-8")
    assert drafts and all(d.path.name.startswith("demo_x_#1_[a](b)-") for d in drafts)
    for draft in drafts:
        assert draft.path.name in text
    assert "\\" not in text and "\n\n\n" not in text
