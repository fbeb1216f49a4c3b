"""pytest fixtures for plugin authors; installed with complaint-kit as the ``complaint_kit`` plugin.

The fixtures need no import in a plugin's own tests::

    import my_plugin

    @pytest.mark.ck_plugins(my_plugin)
    def test_my_channel(ck_registry, ck_make_case, ck_draft, ck_docx_text):
        case = ck_make_case({"jurisdiction": "xx", "complainant": {"name": "A. Test"}, ...})
        drafts = ck_draft(case)
        assert "..." in ck_docx_text(drafts[0].path)

``ck_registry`` is built from a fresh plugin manager holding the installed plugins and any
that the test lists with ``@pytest.mark.ck_plugins(plugin_a, plugin_b)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from complaint_kit.case import Case
    from complaint_kit.drafting import Draft
    from complaint_kit.registry import Registry


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "ck_plugins(*plugins): register these plugin objects (modules or "
        "instances) in the `ck_registry` fixture, besides the installed plugins")


def make_registry(*extra: Any, installed: bool = True) -> Registry:
    """A Registry on a new plugin manager: the installed plugins (honouring
    ``COMPLAINT_KIT_PLUGINS``) if ``installed``, then each object in ``extra``."""
    from complaint_kit.plugins import load_plugins, new_manager
    from complaint_kit.registry import Registry

    pm = new_manager()
    if installed:
        for name, plugin in load_plugins().list_name_plugin():
            if plugin is not None and pm.get_plugin(name) is None:
                pm.register(plugin, name=name)
    for plugin in extra:
        pm.register(plugin)
    pm.check_pending()
    return Registry(pm)


@pytest.fixture
def ck_registry(request: pytest.FixtureRequest) -> Registry:
    """A fresh Registry: the installed plugins plus those named by ``@pytest.mark.ck_plugins``."""
    extra = [p for marker in request.node.iter_markers("ck_plugins") for p in marker.args]
    return make_registry(*extra)


@pytest.fixture
def ck_make_case(ck_registry: Registry) -> Callable[[dict[str, Any]], Case]:
    """Factory: plain data → a Case validated against ``ck_registry`` (raises CaseFileError)."""
    from complaint_kit.caseio import validate

    def make(data: dict[str, Any]) -> Case:
        return validate(data, "<test case>", registry=ck_registry)

    return make


@pytest.fixture
def ck_draft(ck_registry: Registry, tmp_path: Path) -> Callable[..., list[Draft]]:
    """``ck_draft(case, **options)`` drafts into a folder under ``tmp_path`` and returns the
    Drafts (each with ``.path`` and ``.markdown``); options are those of ``draft_case``."""
    from complaint_kit.drafting import draft_case

    def draft(case: Case, **options: Any) -> list[Draft]:
        out = tmp_path / "drafts"
        out.mkdir(exist_ok=True)
        _, drafts = draft_case(case, ck_registry, out, **options)
        return drafts

    return draft


def docx_text(path: str | Path) -> str:
    """All the text of a .docx: body paragraphs, tables (nested too), headers and footers."""
    import docx

    document = docx.Document(str(path))
    parts: list[str] = []

    def container(block: Any) -> None:
        parts.extend(p.text for p in block.paragraphs)
        for table in block.tables:
            for row in table.rows:
                for cell in row.cells:
                    container(cell)

    container(document)
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            if not part.is_linked_to_previous:
                container(part)
    return "\n".join(parts)


@pytest.fixture
def ck_docx_text() -> Callable[[str | Path], str]:
    """``ck_docx_text(path) -> str``: all the text of a .docx, tables, header, footer included."""
    return docx_text
