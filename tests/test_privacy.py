"""Each recipient gets only the personal data it needs: the complainant's ID number goes to the
bodies that need it to act (``Channel.takes_id_number``), never to the lender by default."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from complaint_kit.casefile.load import load_case
from complaint_kit.draft.context import document_context
from complaint_kit.draft.pipeline import assess, case_context, draft_case, plan
from complaint_kit.plugins.registry import get_registry

REPO = Path(__file__).resolve().parents[1]
WITH_ID = [p for p in sorted((REPO / "examples").glob("*.yaml"))
           if "id_number:" in p.read_text(encoding="utf-8")]


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize("path", WITH_ID, ids=lambda p: p.stem)
def test_the_id_number_reaches_only_bodies_that_need_it(path, tmp_path):
    case = load_case(path, get_registry())
    number = case.complainant.id_number
    _, drafts = draft_case(case, get_registry(), tmp_path, base_dir=path.parent, durable=False)
    for draft in drafts:
        needs = draft.channel is not None and draft.channel.takes_id_number
        if not needs:
            assert number not in _text(draft.path), draft.path.name


@pytest.mark.parametrize("path", WITH_ID, ids=lambda p: p.stem)
def test_with_id_number_every_document_may_print_it(path):
    case = load_case(path, get_registry())
    registry = get_registry()
    assessment = assess(case, registry)
    shared = case_context(case, registry.jurisdiction(case.jurisdiction),
                          findings=assessment.findings, routes=assessment.routes,
                          pattern=assessment.pattern, base_dir=None, warnings=[])
    for draft in plan(case, registry, assessment):
        needs = draft.channel is not None and draft.channel.takes_id_number
        withheld = document_context(shared, case, draft.kind, draft.channel)
        given = document_context(shared, case, draft.kind, draft.channel, with_id_number=True)
        assert given["complainant"]["id_number"] == case.complainant.id_number
        assert given["case"]["complainant"]["id_number"] == case.complainant.id_number
        expected = case.complainant.id_number if needs else None
        assert withheld["complainant"]["id_number"] == expected
        assert withheld["case"]["complainant"]["id_number"] == expected
    # the case's own context is left whole for the next document
    assert shared["complainant"]["id_number"] == case.complainant.id_number



def test_draft_command_takes_the_option(tmp_path):
    from typer.testing import CliRunner

    from complaint_kit.cli.app import app

    example = REPO / "examples" / "tw-bank-harassment.yaml"
    number = load_case(example, get_registry()).complainant.id_number
    runner = CliRunner()
    result = runner.invoke(app, ["draft", str(example), "-o", str(tmp_path / "plain"),
                                 "--to", "lender"])
    assert result.exit_code == 0, result.output
    assert all(number not in _text(p) for p in (tmp_path / "plain").glob("*.docx"))
    result = runner.invoke(app, ["draft", str(example), "-o", str(tmp_path / "with"),
                                 "--to", "lender", "--with-id-number"])
    assert result.exit_code == 0, result.output
    assert any(number in _text(p) for p in (tmp_path / "with").glob("*.docx"))


@pytest.mark.parametrize(("example", "to", "number", "shown"), [
    ("cn-sms-harassment.yaml", "lender", None, None),
    ("hk-whatsapp-harassment.yaml", "lender", "A123456(3)", "A123"),
])
def test_the_lender_gets_the_id_number_only_when_asked(example, to, number, shown, tmp_path):
    registry = get_registry()
    case = load_case(REPO / "examples" / example, registry)
    if number:
        case.complainant.id_number = number
    shown = shown or case.complainant.id_number
    for asked in (False, True):
        _, drafts = draft_case(case, registry, tmp_path / str(asked), to=to, durable=False,
                               with_id_number=asked)
        assert drafts and all((shown in _text(d.path)) == asked for d in drafts), asked
