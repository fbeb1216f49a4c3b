"""The commands that list what the plugins bring: `plugins`, `channels`, `documents`, `rules`."""

from __future__ import annotations

from typing import Annotated

import typer

from complaint_kit.cli.common import AsJson, print_rows, registry, user_errors
from complaint_kit.plugins.check import check_command

plugins_app = typer.Typer(name="plugins", no_args_is_help=False, rich_markup_mode=None,
                          help="The plugins loaded; `plugins check` tests them.")


@plugins_app.callback(invoke_without_command=True)
def plugins(ctx: typer.Context, as_json: AsJson = False) -> None:
    """The plugins loaded, with their versions and hooks (and those that failed to load)."""
    if ctx.invoked_subcommand is not None:
        return
    from complaint_kit.plugins.loader import list_plugins

    with user_errors():
        rows = list_plugins()
    failed = [("error", "Error")] if any(r.get("error") for r in rows) else []
    print_rows(rows, [("name", "Plugin"), ("package", "Package"), ("version", "Version"),
                 ("hooks", "Hooks"), *failed], as_json, "Plugins")



plugins_app.command("check")(check_command)


def _jurisdictions(code: str | None) -> list[str]:
    reg = registry()
    if code:
        reg.jurisdiction(code)
        return [code]
    return sorted(reg.jurisdictions)


JurisdictionOption = Annotated[str | None, typer.Option(
    "--jurisdiction", "-j", help="Only this jurisdiction (default: all installed).")]


def channels(jurisdiction: JurisdictionOption = None, as_json: AsJson = False) -> None:
    """The bodies that take complaints, in the order a complainant should use them."""
    with user_errors():
        rows = [{"jurisdiction": code, **c.as_dict(),
                 "plugin": registry().plugin_of("channel", (code, c.id))}
                for code in _jurisdictions(jurisdiction) for c in registry().channels_for(code)]
    print_rows(rows, [("jurisdiction", "Where"), ("id", "Id"), ("name", "Channel"),
                 ("contact", "Contact"), ("deadlines", "Deadlines"), ("plugin", "Plugin")],
          as_json, "Channels")


def documents(jurisdiction: JurisdictionOption = None, as_json: AsJson = False) -> None:
    """The kinds of document that can be drafted."""
    with user_errors():
        rows = [{"jurisdiction": code, "id": d.id, "title": d.title, "template": d.template,
                 "channels": list(d.channels), "formats": list(d.formats),
                 "description": d.description,
                 "plugin": registry().plugin_of("document kind", (code, d.id))}
                for code in _jurisdictions(jurisdiction) for d in registry().documents_for(code)]
    print_rows(rows, [("jurisdiction", "Where"), ("id", "Id"), ("title", "Title"),
                 ("channels", "Addressed to"), ("description", "What it is"),
                 ("plugin", "Plugin")], as_json, "Document kinds")


def rules(jurisdiction: JurisdictionOption = None, as_json: AsJson = False) -> None:
    """The rules each jurisdiction checks, with their citations and grades."""
    with user_errors():
        rows = [{"jurisdiction": code, "id": r.id, "title": r.title, "verified": r.verified,
                 "citations": [f"{c.label} ({c.grade})" for c in r.citations],
                 "plugin": registry().plugin_of("rule", r.id)}
                for code in _jurisdictions(jurisdiction) for r in registry().rules_for(code)]
    print_rows(rows, [("jurisdiction", "Where"), ("id", "Rule"), ("title", "Title"),
                 ("citations", "Citations (grade)"), ("plugin", "Plugin")], as_json, "Rules")


