"""pytest fixtures for plugin authors; installed with complaint-kit as the ``complaint_kit`` plugin.

The fixtures need no import in a plugin's own tests::

    import my_plugin

    @pytest.mark.ck_plugins(my_plugin)
    def test_my_channel(ck_registry, ck_make_case, ck_draft, ck_docx_text):
        case = ck_make_case({"jurisdiction": "xx", "complainant": {"name": "A. Test"}, ...})
        drafts = ck_draft(case)
        assert "..." in ck_docx_text(drafts[0].path)

``ck_registry`` is built from a fresh plugin manager holding the installed plugins and any
that the test lists with ``@pytest.mark.ck_plugins(plugin_a, plugin_b)``. A plugin that is
installed already (the author's own, after ``pip install -e .``) is simply used once.
``@pytest.mark.ck_plugins(my_plugin, installed=["cn"])`` keeps only the installed plugins named
(entry-point names; ``installed=()`` none of them), so that another installed plugin cannot
change what the test sees. An installed plugin that fails to import is left out with a warning
instead of failing the test. docs/plugins.md ("Testing a plugin") has a complete example.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from complaint_kit.draft.pipeline import Assessment, Draft
    from complaint_kit.model.case import Case
    from complaint_kit.plugins.registry import Registry


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "ck_plugins(*plugins, installed=None): register these plugin objects "
        "(modules or instances) in the `ck_registry` fixture, besides the installed plugins; "
        "installed=[names] keeps only those installed plugins, installed=() none")


class PluginLeftOut(UserWarning):
    """An installed plugin that could not be imported, left out of a test's registry."""


def make_registry(*extra: Any, installed: bool | Collection[str] = True) -> Registry:
    """A Registry on a new plugin manager: the installed plugins (all that load, honouring
    ``COMPLAINT_KIT_PLUGINS``; with a collection of entry-point names, only those; with False,
    none), then each object in ``extra`` that is not among them already."""
    from complaint_kit.plugins.registry import Registry

    pm = _manager(installed)
    for plugin in extra:
        if not pm.is_registered(plugin):  # installed already: the same module or object
            pm.register(plugin)
    pm.check_pending()
    return Registry(pm)


def _manager(installed: bool | Collection[str]):
    from importlib.metadata import entry_points

    from complaint_kit.plugins.loader import ENV_VAR, GROUP, new_manager

    pm = new_manager()
    if installed is False:
        return pm
    if installed is True:
        chosen = os.environ.get(ENV_VAR)
        names = None if chosen is None else {n.strip() for n in chosen.split(",") if n.strip()}
    else:
        names = set(installed)
    for ep in entry_points(group=GROUP):
        if (names is not None and ep.name not in names) or pm.get_plugin(ep.name) is not None:
            continue
        try:
            plugin = ep.load()
        except Exception as exc:  # another author's broken plugin must not fail these tests
            warnings.warn(f"installed plugin {ep.name!r} ({ep.value}) left out: it failed to "
                          f"load: {type(exc).__name__}: {exc}", PluginLeftOut, stacklevel=3)
            continue
        if not pm.is_registered(plugin):
            pm.register(plugin, name=ep.name)
    _leave_out_invalid(pm)
    return pm


def _leave_out_invalid(pm: Any) -> None:
    """Unregister, with a warning, each installed plugin that implements a hook complaint-kit
    does not have (the plugins a test names are checked strictly, in ``make_registry``)."""
    import pluggy

    while True:
        try:
            pm.check_pending()
            return
        except pluggy.PluginValidationError as exc:
            name = pm.get_name(exc.plugin)
            pm.unregister(exc.plugin)
            warnings.warn(f"installed plugin {name!r} left out: {exc}", PluginLeftOut,
                          stacklevel=4)


@pytest.fixture
def ck_registry(request: pytest.FixtureRequest) -> Registry:
    """A fresh Registry: the installed plugins plus those named by ``@pytest.mark.ck_plugins``
    (``installed=[...]`` on the marker keeps only the installed plugins named)."""
    markers = list(request.node.iter_markers("ck_plugins"))
    extra = [p for marker in markers for p in marker.args]
    installed = next((m.kwargs["installed"] for m in markers if "installed" in m.kwargs), True)
    if installed is not True and installed is not False:
        installed = list(installed or ())
    return make_registry(*extra, installed=installed)


@pytest.fixture
def ck_make_case(ck_registry: Registry) -> Callable[[dict[str, Any]], Case]:
    """Factory: plain data → a Case validated against ``ck_registry`` (raises CaseFileError)."""
    from complaint_kit.casefile.load import validate

    def make(data: dict[str, Any]) -> Case:
        return validate(data, "<test case>", registry=ck_registry)

    return make


@pytest.fixture
def ck_draft(ck_registry: Registry, tmp_path: Path) -> Callable[..., list[Draft]]:
    """``ck_draft(case, **options)`` drafts into a folder under ``tmp_path`` and returns the
    Drafts (each with ``.path`` and ``.markdown``); options are those of ``draft_case``."""
    from complaint_kit.draft.pipeline import draft_case

    def draft(case: Case, **options: Any) -> list[Draft]:
        out = tmp_path / "drafts"
        out.mkdir(exist_ok=True)
        _, drafts = draft_case(case, ck_registry, out, **options)
        return drafts

    return draft


@pytest.fixture
def ck_assess(ck_registry: Registry) -> Callable[[Case], Assessment]:
    """``ck_assess(case) -> Assessment``: what ``complaint-kit check`` reports, as objects:
    ``.findings`` (each with ``rule_id``, ``citations``, ``incidents``), ``.questions`` (what
    rules asked) and ``.routes`` (the channels, in order)."""
    from complaint_kit.draft.pipeline import assess

    def run(case: Case) -> Assessment:
        return assess(case, ck_registry)

    return run


def docx_text(path: str | Path) -> str:
    """All the text of a .docx in reading order: body paragraphs and tables as they follow each
    other (a table's cells row by row, nested tables too), then headers and footers."""
    import docx
    from docx.table import Table

    document = docx.Document(str(path))
    parts: list[str] = []

    def container(block: Any) -> None:
        for item in block.iter_inner_content():
            if isinstance(item, Table):
                for row in item.rows:
                    for cell in row.cells:  # a merged cell comes once per column it spans
                        container(cell)
            else:
                parts.append(item.text)

    container(document)
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            if not part.is_linked_to_previous:
                container(part)
    return "\n".join(parts)


@pytest.fixture
def ck_docx_text() -> Callable[[str | Path], str]:
    """``ck_docx_text(path) -> str``: all the text of a .docx in reading order, tables, header
    and footer included (``docx_text``)."""
    return docx_text
