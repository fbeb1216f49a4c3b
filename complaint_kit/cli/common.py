"""What the commands share: the console that shows case data safely, one-line errors, the
registry and loading a case file."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from complaint_kit.model.case import Case
    from complaint_kit.plugins.registry import Registry

CaseFile = Annotated[Path, typer.Argument(help="A case file (YAML or JSON).", show_default=False)]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def console(stderr: bool = False):
    """A console for what holds case data: every string it renders, table cells and titles
    included, is shown without the control characters a terminal would act on."""
    return _safe_console_class()(stderr=stderr, highlight=False, soft_wrap=False, markup=False)


@cache
def _safe_console_class() -> type:
    from rich.console import Console

    from complaint_kit.textclean import terminal_text

    class SafeConsole(Console):
        def render_str(self, text: str, **options: Any):
            return super().render_str(terminal_text(text), **options)

    return SafeConsole


def print_json(data: Any) -> None:
    """JSON for a program to read; what a terminal would act on is escaped, not lost."""
    from complaint_kit.textclean import terminal_json

    print(terminal_json(json.dumps(data, ensure_ascii=False, indent=2, default=str)))


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one clear line (or one per problem) to stderr and return the exit to raise."""
    from complaint_kit.textclean import terminal_text

    for line in message.splitlines() or [message]:
        print(f"error: {terminal_text(line)}", file=sys.stderr)
    return typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can fix into messages and a non-zero exit, never a traceback."""
    from complaint_kit.assess.rules import RuleError
    from complaint_kit.casefile.problems import CaseFileError
    from complaint_kit.docx.basedoc import ReferenceDocxError
    from complaint_kit.draft.pipeline import DraftError
    from complaint_kit.plugins.loader import PluginError
    from complaint_kit.plugins.registry import UnknownName

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
    from complaint_kit.plugins.registry import get_registry

    return get_registry()


def load(path: Path) -> Case:
    """The case file, checked; a date it is hard to believe (in the future...) is a warning."""
    from complaint_kit.casefile.load import load_case
    from complaint_kit.casefile.problems import Problem
    from complaint_kit.textclean import terminal_text

    warnings: list[Problem] = []
    case = load_case(path, registry(), warnings)
    for warning in warnings:
        print(f"warning: {terminal_text(warning.format(str(path)))}", file=sys.stderr)
    return case


def case_label(case: Case) -> str:
    return case.id or case.complainant.name


def print_rows(rows: list[dict], columns: list[tuple[str, str]], as_json: bool, title: str) -> None:
    if as_json:
        print_json(rows)
        return
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for _, header in columns:
        table.add_column(header)
    for row in rows:
        table.add_row(*(_cell(row.get(key)) for key, _ in columns))
    console().print(table)


def _cell(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    return "" if value is None else str(value)


def show_plugin_warnings() -> None:
    from complaint_kit.plugins.loader import show_warnings_as_lines

    show_warnings_as_lines()
