"""The command line. Each command lives in a module of its own and loads what is heavy
(pydantic, python-docx, the plugins) inside, so that ``complaint-kit --help`` starts fast."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Annotated

import typer

from complaint_kit import __version__
from complaint_kit.cli import batch, cases, classify, imports, interview, listing, templates
from complaint_kit.cli.common import registry, show_plugin_warnings

app = typer.Typer(
    name="complaint-kit",
    help="Draft complaints about abusive debt collection as ready-to-file Word documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

def _version(value: bool) -> None:
    if value:
        print(f"complaint-kit {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool | None, typer.Option("--version", callback=_version,
                                                 is_eager=True, help="Show the version.")] = None,
) -> None:
    """Draft complaints about abusive debt collection as ready-to-file Word documents."""
    show_plugin_warnings()



app.command()(cases.check)
app.command()(cases.draft)
app.command()(cases.demo)
app.add_typer(listing.plugins_app)
app.command()(listing.channels)
app.command()(listing.documents)
app.command()(listing.rules)
app.command()(cases.schema)
app.command("interview")(interview.interview)
app.command("batch")(batch.batch)
app.command("batch-template")(batch.batch_template)
app.command("classify")(classify.classify)
app.command("import")(imports.import_)
app.add_typer(templates.templates_app)
app.add_typer(templates.plugin_app)


def main(argv: list[str] | None = None) -> Callable | None:
    args = sys.argv[1:] if argv is None else argv
    command = next((a for a in args if not a.startswith("-")), None)
    if command is not None and command not in _own_commands():
        _add_plugin_commands()  # only then: loading the plugins takes a second
    return app(args=argv)


def _own_commands() -> set[str]:
    names = {c.name or (c.callback.__name__.replace("_", "-") if c.callback else "")
             for c in app.registered_commands}
    return names | {g.name or g.typer_instance.info.name for g in app.registered_groups
                    if g.typer_instance is not None}


def _add_plugin_commands() -> None:
    """The commands of the plugins' ``register_commands`` hooks; one that raises is skipped
    with a warning naming it."""
    from complaint_kit.plugins.loader import PluginError, describe, warn

    show_plugin_warnings()
    try:
        reg = registry()
    except PluginError:
        return
    for impl in reg.hook_impls("register_commands"):
        try:
            impl.function(**{arg: app for arg in impl.argnames})
        except Exception as exc:
            warn(f"plugin {describe(reg.pm, impl.plugin_name)}: its register_commands hook "
                 f"raised {type(exc).__name__}: {exc}; its commands are left out")


if __name__ == "__main__":
    main()
