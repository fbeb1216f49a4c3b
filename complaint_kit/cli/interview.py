"""The `interview` command's signature. Only typer and the standard library load here, so that
`complaint-kit --help` stays fast; the interview itself is in ``interview.session``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def interview(
    case_file: Annotated[Path, typer.Argument(
        help="The case file to write (and to resume from).", show_default=True)] = Path(
        "case.yaml"),
    lang: Annotated[str | None, typer.Option(
        "--lang", help="zh-Hans, zh-Hant or en (default: from the locale).")] = None,
    answers: Annotated[Path | None, typer.Option(
        "--answers", help="A YAML/JSON file of answers by question id; runs without a terminal."
    )] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Folder for the documents (default: beside the case file).")] = None,
    doc: Annotated[list[str] | None, typer.Option(
        "--doc", help="Draft only this kind of document (repeatable; non-interactive).")] = None,
    list_questions: Annotated[bool, typer.Option(
        "--list-questions", help="Print the question ids, prompts, types and conditions (the "
        "skeleton of an answers file) and stop.")] = False,
    jurisdiction: Annotated[str | None, typer.Option(
        "--jurisdiction", "-j", help="With --list-questions: only this place's questions.")
    ] = None,
) -> None:
    """A guided interview, in your language, that saves as it goes and ends with documents."""
    if list_questions:
        from complaint_kit.cli.common import user_errors
        from complaint_kit.i18n import pick_language
        from complaint_kit.interview.question_list import render
        from complaint_kit.plugins.registry import get_registry

        with user_errors():
            typer.echo(render(get_registry(), jurisdiction, pick_language(lang)).rstrip("\n"))
        raise typer.Exit(0)
    from complaint_kit.interview.session import run

    raise typer.Exit(run(case_file, lang=lang, answers_file=answers, out_dir=out, docs=doc))
