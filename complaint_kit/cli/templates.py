"""The `templates` commands (list, show, export, lint) and `plugin new`. Only typer and the
standard library load here, so that `complaint-kit --help` stays fast."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from complaint_kit.plugins.registry import Registry

templates_app = typer.Typer(
    name="templates", no_args_is_help=True, rich_markup_mode=None,
    help="The Jinja2 templates documents are drafted from: list, show, export to edit, lint.")
plugin_app = typer.Typer(name="plugin", no_args_is_help=True, rich_markup_mode=None,
                         help="Write a plugin of your own (see docs/plugins.md).")

TemplateName = Annotated[str, typer.Argument(
    help="A template's name, as `templates list` shows it (cn/complaint.md.j2).",
    show_default=False)]
TemplateDirs = Annotated[list[Path] | None, typer.Option(
    "--template-dir", help="A folder of templates searched before all others (repeatable).",
    exists=True, file_okay=False)]


def _registry(template_dirs: list[Path] | None) -> Registry:
    from complaint_kit.cli.common import registry
    from complaint_kit.draft.templating import with_template_dirs

    return with_template_dirs(registry(), template_dirs or ())


def _fail(message: str) -> typer.Exit:
    from complaint_kit.cli.common import fail

    return fail(message)


@templates_app.command("list")
def list_templates(
    template_dir: TemplateDirs = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
    = False,
) -> None:
    """Every template by name, where it comes from, and which folder wins for each name."""
    from complaint_kit.cli.common import print_rows, user_errors
    from complaint_kit.draft.templating import template_sources

    with user_errors():
        rows = template_sources(_registry(template_dir))
    if as_json:
        print_rows(rows, [], True, "")
        return
    shown = [{**row, "overrides": [o["source"] for o in row["overrides"]]} for row in rows]
    print_rows(shown, [("name", "Template"), ("source", "From"),
                       ("overrides", "Overrides that of")],
               False, "Templates (drafting uses the first folder that has a name)")


@templates_app.command("show")
def show(name: TemplateName, template_dir: TemplateDirs = None) -> None:
    """Print the template that drafting uses for NAME."""
    from complaint_kit.cli.common import user_errors
    from complaint_kit.draft.templating import find_template

    with user_errors():
        path = find_template(_registry(template_dir), name)
    sys.stdout.write(path.read_text(encoding="utf-8"))


@templates_app.command("export")
def export(
    name: TemplateName,
    to: Annotated[Path, typer.Option("--to", help="Folder to copy it into, under its name "
                                     "(DIR/cn/complaint.md.j2); use it with --template-dir DIR.",
                                     file_okay=False)],
    force: Annotated[bool, typer.Option("--force", help="Replace a file already there.")]
    = False,
) -> None:
    """Copy a template out to edit it; `draft --template-dir DIR` then drafts with your copy."""
    from complaint_kit.casefile.atomic import atomic_write_bytes
    from complaint_kit.cli.common import user_errors
    from complaint_kit.draft.templating import find_template

    with user_errors():
        source = find_template(_registry(None), name)
        target = to / name
        if target.exists() and not force:
            raise _fail(f"{target} exists already (use --force to replace it)")
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, source.read_bytes())
    print(f"{target}  (draft with --template-dir {to})")


@templates_app.command("lint")
def lint(
    folder: Annotated[Path | None, typer.Argument(
        help="A folder of templates (default: every template folder in use).", exists=True,
        file_okay=False, show_default=False)] = None,
    jurisdiction: Annotated[str | None, typer.Option(
        "--jurisdiction", "-j", help="Check against this jurisdiction's cases only (default: "
        "by the template's folder, cn/..., else every jurisdiction's).")] = None,
) -> None:
    """Syntax errors, missing templates and variables the render context lacks, with file and
    line. Exit code 1 when there is any."""
    from complaint_kit.cli.common import user_errors
    from complaint_kit.draft.template_lint import Shape, context_shape, lint_folder, sample_contexts
    from complaint_kit.draft.templating import make_environment

    with user_errors():
        reg = _registry([folder] if folder else None)
        env = make_environment(reg.template_dirs)
        codes = [jurisdiction] if jurisdiction else sorted(reg.jurisdictions)
        if jurisdiction:
            reg.jurisdiction(jurisdiction)
        contexts = {code: list(sample_contexts(reg, code)) for code in codes}
        # A jurisdiction without example cases is checked against every other's contexts.
        shapes: dict[str | None, Shape] = {code: context_shape(found)
                                           for code, found in contexts.items() if found}
        shapes[None] = context_shape(c for found in contexts.values() for c in found)
        if not any(contexts.values()):  # nothing to learn the context from: syntax only
            shapes[None].open = True
        folders = [folder] if folder else [*reg.template_dirs, _core_templates()]
        problems = [p for f in folders for p in lint_folder(f, env, shapes)]
    for problem in problems:
        print(problem)
    count = sum(len(list(f.rglob("*.j2"))) for f in folders)
    print(f"{count} template{'s' * (count != 1)}, {len(problems)} "
          f"problem{'s' * (len(problems) != 1)}", file=sys.stderr)
    if problems:
        raise typer.Exit(1)


def _core_templates() -> Path:
    from complaint_kit.draft.paths import core_templates

    return core_templates()


@plugin_app.command("new")
def new(
    name: Annotated[str, typer.Argument(help="The plugin's name: letters, digits and - (it "
                                       "becomes the package complaint-kit-NAME).",
                                       show_default=False)],
    jurisdiction: Annotated[str, typer.Option(
        "--jurisdiction", "-j", help="The jurisdiction it adds to (see `plugins`).",
        show_default=False)],
    to: Annotated[Path, typer.Option("--to", help="Where to create the package's folder.",
                                     file_okay=False)] = Path("."),
) -> None:
    """Create a plugin package that installs with pip: a rule, a channel, a letter template and
    tests; then `pip install -e DIR` and `complaint-kit plugins check NAME`."""
    from complaint_kit.plugins.scaffold import ScaffoldError, create

    try:
        folder = create(name, jurisdiction, to)
    except ScaffoldError as exc:
        raise _fail(str(exc)) from None
    print(f"Created {folder}. Next:\n"
          f"  pip install -e {folder}\n"
          f"  complaint-kit plugins check {folder.name.removeprefix('complaint-kit-')}\n"
          f"  python -m pytest {folder}")
