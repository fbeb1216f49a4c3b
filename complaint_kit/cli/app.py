"""The command line. Heavy modules (pydantic, python-docx, plugins) load inside the commands that
need them, so that ``complaint-kit --help`` starts fast."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import __version__
from .draft_options import Doc, ReferenceDocx, TemplateDir, To, WithIdNumber

if TYPE_CHECKING:
    from .case import Case
    from .registry import Registry

app = typer.Typer(
    name="complaint-kit",
    help="Draft complaints about abusive debt collection as ready-to-file Word documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

CaseFile = Annotated[Path, typer.Argument(help="A case file (YAML or JSON).", show_default=False)]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _console(stderr: bool = False):
    """A console for what holds case data: every string it renders, table cells and titles
    included, is shown without the control characters a terminal would act on."""
    return _safe_console_class()(stderr=stderr, highlight=False, soft_wrap=False, markup=False)


@cache
def _safe_console_class() -> type:
    from rich.console import Console

    from .textclean import terminal_text

    class SafeConsole(Console):
        def render_str(self, text: str, **options: Any):
            return super().render_str(terminal_text(text), **options)

    return SafeConsole


def _print_json(data: Any) -> None:
    """JSON for a program to read; what a terminal would act on is escaped, not lost."""
    from .textclean import terminal_json

    print(terminal_json(json.dumps(data, ensure_ascii=False, indent=2, default=str)))


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one clear line (or one per problem) to stderr and return the exit to raise."""
    from .textclean import terminal_text

    for line in message.splitlines() or [message]:
        print(f"error: {terminal_text(line)}", file=sys.stderr)
    return typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can fix into messages and a non-zero exit, never a traceback."""
    from .basedoc import ReferenceDocxError
    from .caseio import CaseFileError
    from .drafting import DraftError
    from .plugins import PluginError
    from .registry import UnknownName
    from .rules import RuleError

    try:
        yield
    except CaseFileError as exc:
        raise fail(str(exc)) from None
    except RuleError as exc:  # a plugin's bug, not the user's
        raise fail(f"{exc} (a bug in a plugin, not in your case file; please report it)"
                   ) from None
    except (UnknownName, DraftError, PluginError, ReferenceDocxError, ValueError) as exc:
        raise fail(_message(exc)) from None
    except OSError as exc:
        raise fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from None


def _message(exc: Exception) -> str:
    """The error's message; a KeyError's without the quotes its str() adds (and nothing cut
    from a message that ends with a quote)."""
    return str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)


def registry() -> Registry:
    from .registry import get_registry

    return get_registry()


def load(path: Path) -> Case:
    """The case file, checked; a date it is hard to believe (in the future...) is a warning."""
    from .caseio import Problem, load_case
    from .textclean import terminal_text

    warnings: list[Problem] = []
    case = load_case(path, registry(), warnings)
    for warning in warnings:
        print(f"warning: {terminal_text(warning.format(str(path)))}", file=sys.stderr)
    return case


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
    _show_plugin_warnings()


def _show_plugin_warnings() -> None:
    from .plugins import show_warnings_as_lines

    show_warnings_as_lines()


@app.command()
def check(case_file: CaseFile, as_json: AsJson = False) -> None:
    """Which rules the collector appears to have broken, with the articles, and where to turn."""
    from .drafting import assess

    with user_errors():
        case = load(case_file)
        result = assess(case, registry())
    if as_json:
        _print_json({
            "case": case.id, "jurisdiction": case.jurisdiction,
            "findings": [f.as_dict() for f in result.findings],
            "questions": [q.as_dict() for q in result.questions],
            "urgent": result.urgent,
            "channels": [c.as_dict() for c in result.routes],
        })
        return
    _print_findings(case, result)


def _print_findings(case: Case, result: Any) -> None:
    from rich.table import Table

    console = _console()
    if not result.findings:
        console.print(f"{case_label(case)}: no rule appears to be broken by the recorded "
                      f"incidents ({len(case.incidents)}).")
    else:
        table = Table(title=f"{case_label(case)}: {len(result.findings)} findings",
                      show_lines=True, title_justify="left")
        table.add_column("Rule", no_wrap=True)
        table.add_column("What happened")
        table.add_column("Incidents")
        table.add_column("Citations (grade)")
        for f in result.findings:
            table.add_row(f"{f.rule_id}\n({f.basis or 'unverified'})" + (
                              "" if f.verified else "\n(unverified basis)"),
                          f"{f.title}\n{f.explanation}", ", ".join(f.incidents), _cites(f))
        console.print(table)
    if result.questions:
        console.print("\nQuestions whose answers could change the findings:")
        for q in result.questions:
            console.print(f"  - {q.question}" + (f" ({', '.join(q.incidents)})"
                                                  if q.incidents else ""), soft_wrap=True)
    if result.urgent:
        police_first = bool(result.routes) and result.routes[0].kind == "police"
        console.print("\nUrgent" + (": go to the police first." if police_first else ":"))
        for reason in result.urgent:
            console.print(f"  - {reason}", soft_wrap=True)
    if result.routes:
        console.print("\nWhere to turn, in this order:")
        for n, c in enumerate(result.routes, 1):
            console.print(f"  {n}. {c.name} [{c.id}]" + (f" — {c.why}" if c.why else ""),
                          soft_wrap=True)  # long lines of CJK text wrap where the terminal does
    console.print("\nThese are pointers for a draft to check, not legal advice.")


def _cites(finding: Any) -> str:
    """The citations a letter may name, each penal one with the facts that meet its elements."""
    lines = []
    for c in finding.quotable:
        lines.append(f"{c.label} [{c.binding}, {c.basis}] ({c.grade})")
        lines += [f"  · {e.element}: {e.fact}" for e in finding.elements.get(c, ())]
    if finding.unverified_notes:
        lines.append("(unverified, not quoted: " + "; ".join(finding.unverified_notes) + ")")
    return "\n".join(lines)


def case_label(case: Case) -> str:
    return case.id or case.complainant.name


@app.command()
def draft(
    case_file: CaseFile,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the documents.")] = Path("."),
    to: To = None,
    doc: Doc = None,
    reference_docx: ReferenceDocx = None,
    with_id_number: WithIdNumber = False,
    template_dir: TemplateDir = None,
) -> None:
    """Draft the documents for a case as .docx files."""
    from .templating import with_template_dirs

    with user_errors():
        case = load(case_file)
        _draft_and_report(case, out, to=to, doc=doc, reference_docx=reference_docx,
                          base_dir=case_file.parent, case_stem=case_file.stem,
                          with_id_number=with_id_number,
                          reg=with_template_dirs(registry(), template_dir or ()))


def _draft_and_report(case: Case, out: Path, reg: Registry | None = None,
                      **options: Any) -> None:
    from .drafting import draft_case

    assessment, drafts = draft_case(case, reg or registry(), out, **options)
    console = _console()
    console.print(f"{case_label(case)}: {len(assessment.findings)} findings, "
                  f"{len(drafts)} documents")
    for d in drafts:
        console.print(f"  {d.path}")
        for w in d.warnings:
            console.print(f"    warning: {w}")
    if not drafts:
        console.print("  Nothing to draft: no rule appears to be broken.")
    else:
        from .checklist import checklist_path

        path = checklist_path(out, case, options.get("case_stem", "case"))
        console.print("Drafts to check and sign, not legal advice. Before you send anything, "
                      f"read {path}: what to check, what to do first, "
                      "and where to send each document, in order.", soft_wrap=True)


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the documents.")] = Path(
        "complaint-kit-demo"),
    jurisdiction: Annotated[str | None, typer.Option(
        "--jurisdiction", "-j", help="Whose example (default: the first by code that has one).",
    )] = None,
) -> None:
    """Draft the bundled example case, to see what complaint-kit makes."""
    from .caseio import load_case
    from .paths import example_path

    with user_errors():
        reg = registry()
        # By code, not in the order plugins happen to load: the same example every time.
        candidates = sorted((j for j in reg.jurisdictions.values() if j.demo_example and
                             (jurisdiction is None or j.code == jurisdiction)),
                            key=lambda j: j.code)
        if not candidates:
            raise fail("no installed jurisdiction has a demo example" +
                       (f" for {jurisdiction!r}" if jurisdiction else ""))
        path = example_path(candidates[0].demo_example)  # type: ignore[arg-type]
        print(f"Example case: {path}")
        case = load_case(path, reg)
        _draft_and_report(case, out, base_dir=path.parent, case_stem=path.stem)


def _list(rows: list[dict], columns: list[tuple[str, str]], as_json: bool, title: str) -> None:
    if as_json:
        _print_json(rows)
        return
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for _, header in columns:
        table.add_column(header)
    for row in rows:
        table.add_row(*(_cell(row.get(key)) for key, _ in columns))
    _console().print(table)


def _cell(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    return "" if value is None else str(value)


plugins_app = typer.Typer(name="plugins", no_args_is_help=False, rich_markup_mode=None,
                          help="The plugins loaded; `plugins check` tests them.")


@plugins_app.callback(invoke_without_command=True)
def plugins(ctx: typer.Context, as_json: AsJson = False) -> None:
    """The plugins loaded, with their versions and hooks (and those that failed to load)."""
    if ctx.invoked_subcommand is not None:
        return
    from .plugins import list_plugins

    with user_errors():
        rows = list_plugins()
    failed = [("error", "Error")] if any(r.get("error") for r in rows) else []
    _list(rows, [("name", "Plugin"), ("package", "Package"), ("version", "Version"),
                 ("hooks", "Hooks"), *failed], as_json, "Plugins")


from .plugin_check import check_command as _plugins_check  # noqa: E402

plugins_app.command("check")(_plugins_check)
app.add_typer(plugins_app)


def _jurisdictions(code: str | None) -> list[str]:
    reg = registry()
    if code:
        reg.jurisdiction(code)
        return [code]
    return sorted(reg.jurisdictions)


JurisdictionOption = Annotated[str | None, typer.Option(
    "--jurisdiction", "-j", help="Only this jurisdiction (default: all installed).")]


@app.command()
def channels(jurisdiction: JurisdictionOption = None, as_json: AsJson = False) -> None:
    """The bodies that take complaints, in the order a complainant should use them."""
    with user_errors():
        rows = [{"jurisdiction": code, **c.as_dict(),
                 "plugin": registry().plugin_of("channel", (code, c.id))}
                for code in _jurisdictions(jurisdiction) for c in registry().channels_for(code)]
    _list(rows, [("jurisdiction", "Where"), ("id", "Id"), ("name", "Channel"),
                 ("contact", "Contact"), ("deadlines", "Deadlines"), ("plugin", "Plugin")],
          as_json, "Channels")


@app.command()
def documents(jurisdiction: JurisdictionOption = None, as_json: AsJson = False) -> None:
    """The kinds of document that can be drafted."""
    with user_errors():
        rows = [{"jurisdiction": code, "id": d.id, "title": d.title, "template": d.template,
                 "channels": list(d.channels), "formats": list(d.formats),
                 "description": d.description,
                 "plugin": registry().plugin_of("document kind", (code, d.id))}
                for code in _jurisdictions(jurisdiction) for d in registry().documents_for(code)]
    _list(rows, [("jurisdiction", "Where"), ("id", "Id"), ("title", "Title"),
                 ("channels", "Addressed to"), ("description", "What it is"),
                 ("plugin", "Plugin")], as_json, "Document kinds")


@app.command()
def rules(jurisdiction: JurisdictionOption = None, as_json: AsJson = False) -> None:
    """The rules each jurisdiction checks, with their citations and grades."""
    with user_errors():
        rows = [{"jurisdiction": code, "id": r.id, "title": r.title, "verified": r.verified,
                 "citations": [f"{c.label} ({c.grade})" for c in r.citations],
                 "plugin": registry().plugin_of("rule", r.id)}
                for code in _jurisdictions(jurisdiction) for r in registry().rules_for(code)]
    _list(rows, [("jurisdiction", "Where"), ("id", "Rule"), ("title", "Title"),
                 ("citations", "Citations (grade)"), ("plugin", "Plugin")], as_json, "Rules")


@app.command()
def schema() -> None:
    """Print the JSON Schema of case files."""
    from .caseio import case_schema

    print(case_schema())


# Commands defined in modules of their own register below (keep their heavy imports inside).
from .interview_command import interview as interview_command  # noqa: E402

app.command("interview")(interview_command)
from .batch_command import batch, batch_template  # noqa: E402

app.command("batch")(batch)
app.command("batch-template")(batch_template)
from .classify_command import classify as classify_command  # noqa: E402

app.command("classify")(classify_command)
from .import_command import import_ as import_command  # noqa: E402

app.command("import")(import_command)
from .templates_command import plugin_app, templates_app  # noqa: E402

app.add_typer(templates_app)
app.add_typer(plugin_app)


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
    from .plugins import PluginError, describe, warn

    _show_plugin_warnings()
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
