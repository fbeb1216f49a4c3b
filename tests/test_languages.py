"""A jurisdiction that drafts in more than one language, and documents that also come as plain
text for a web form: a plugin in a test module uses only the hooks the core offers."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from complaint_kit import hookimpl
from complaint_kit.draft.documents import DocumentKind
from complaint_kit.draft.pipeline import draft_case
from complaint_kit.draft.plaintext import to_text
from complaint_kit.model.case import Case
from complaint_kit.model.jurisdiction import Jurisdiction
from complaint_kit.testing import docx_text, make_registry

LABELS = {"draft_notice": "Draft: check it before sending. Not legal advice.",
          "date_format": "{day}/{month}/{year}", "greeting": "Dear Sir or Madam,"}
XX = Jurisdiction(code="xx", name="Example Land", language="en", timezone="UTC",
                  contact_hours=(time(8), time(21)), labels=LABELS,
                  translations={"fr": {"greeting": "Madame, Monsieur,",
                                       "date_format": "{day}.{month}.{year}"}})


class ExamplePlugin:
    @hookimpl
    def register_jurisdictions(self, register):
        register(XX)

    @hookimpl
    def register_document_kinds(self, register):
        register(DocumentKind(id="letter", jurisdiction="xx", title="Letter",
                              titles={"fr": "Lettre"}, template="xx/{language}/letter.md.j2",
                              formats=("docx", "txt")))

    @hookimpl
    def register_template_dirs(self, register):
        register(self.templates)

    def __init__(self, templates: Path):
        self.templates = templates


@pytest.fixture
def plugin(tmp_path: Path) -> ExamplePlugin:
    for language, words in (("en", "The collector called {{ incidents | length }} times."),
                            ("fr", "L'agent a appelé {{ incidents | length }} fois.")):
        folder = tmp_path / "templates" / "xx" / language
        folder.mkdir(parents=True)
        (folder / "letter.md.j2").write_text(
            "# {{ document.title }}\n\n{{ labels.greeting }}\n\n" + words + "\n\n"
            "| When | What |\n|---|---|\n{% for i in incidents %}"
            "| {{ i.clock }} | {{ i.content }} |\n{% endfor %}\n"
            "- *{{ labels.draft_notice }}*\n", encoding="utf-8")
    return ExamplePlugin(tmp_path / "templates")


def _case(language: str) -> Case:
    return Case.model_validate({
        "jurisdiction": "xx", "language": language, "timezone": "UTC",
        "complainant": {"name": "Alex Example"},
        "incidents": [{"time": "2026-03-01T22:15:00", "channel": "call",
                       "content": "Pay *now* | or else"}]})


@pytest.mark.parametrize(("language", "title", "words", "greeting"), [
    ("en", "Letter", "The collector called 1 times.", "Dear Sir or Madam,"),
    ("fr", "Lettre", "L'agent a appelé 1 fois.", "Madame, Monsieur,"),
])
def test_the_case_language_picks_template_title_and_labels(
        plugin, tmp_path, language, title, words, greeting):
    registry = make_registry(plugin)
    _, drafts = draft_case(_case(language), registry, tmp_path / "out", today=date(2026, 3, 2))
    (draft,) = drafts
    text = docx_text(draft.path)
    assert title in text and words in text and greeting in text
    # Labels missing from a translation fall back to the jurisdiction's own language.
    assert LABELS["draft_notice"] in text
    # The plain-text version for a web form says the same, without Markdown.
    assert draft.text_path == draft.path.with_suffix(".txt")
    plain = draft.text_path.read_text(encoding="utf-8")
    assert plain.splitlines()[0] == title
    assert words in plain and "22:15 | Pay *now* | or else" in plain
    assert "- " + LABELS["draft_notice"] in plain


def test_plain_text_keeps_lists_tables_and_escapes_literal():
    markdown = ("# Title\n\n{.center}\nHello *world* \\* x\n\n1. one\n2. two\n   - sub\n\n"
                "| a | b |\n|---|---|\n| 1 | 2 |\n\nend\u2028line\n")
    assert to_text(markdown) == ("Title\n\nHello world * x\n\n1. one\n2. two\n  - sub\n\n"
                                 "a | b\n1 | 2\n\nend\nline\n")


def test_labels_for_a_language_without_translation_are_the_jurisdictions():
    assert XX.labels_for("de") == LABELS
    assert XX.labels_for(None) == LABELS
    assert XX.labels_for("fr")["greeting"] == "Madame, Monsieur,"
