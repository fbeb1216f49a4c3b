"""The `import` command: phone exports into a case's incidents. Only typer and the standard
library load at module level, so that `complaint-kit --help` stays fast."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer


def import_(
    case_file: Annotated[Path, typer.Argument(help="The case file to add incidents to.",
                                              show_default=False)],
    exports: Annotated[list[Path], typer.Argument(
        help="Phone exports: SMS Backup & Restore XML, or CSV.", show_default=False)],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="Importer to use (default: recognised from each file).")] = None,
    numbers: Annotated[list[str] | None, typer.Option(
        "--from", help="A collector's number (repeatable). Default: the numbers the case "
        "already holds.")] = None,
    prefixes: Annotated[list[str] | None, typer.Option(
        "--prefix", help="Take numbers starting with these digits, e.g. 106 short codes "
        "(repeatable).")] = None,
    everything: Annotated[bool, typer.Option(
        "--all", help="Take every incoming message and call, whoever sent it.")] = False,
    since: Annotated[str | None, typer.Option(
        "--since", help="First day to take, YYYY-MM-DD (local time).")] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Last day to take, YYYY-MM-DD (local time).")] = None,
    respondent: Annotated[str | None, typer.Option(
        "--respondent", help="Respondent id the imported contacts come from; numbers given "
        "with --from are added to its phones.")] = None,
    columns: Annotated[list[str] | None, typer.Option(
        "--column", help="CSV column for a field: time=Date, number=Phone, direction=Type, "
        "text=Body, duration=Seconds (repeatable).")] = None,
    time_format: Annotated[str | None, typer.Option(
        "--time-format", help="strptime format for CSV times the reader cannot guess.")] = None,
    encoding: Annotated[str | None, typer.Option(
        "--encoding", help="Encoding of CSV exports, e.g. big5 or cp1252 (default: UTF-8 or "
        "UTF-16 when the file is, else the jurisdiction's usual one).")] = None,
    no_tags: Annotated[bool, typer.Option(
        "--no-tags", help="Do not tag the imported messages.")] = False,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Show what would be added; leave the case file as it is.")] = False,
) -> None:
    """Add incidents from phone exports; importing the same export again adds nothing twice."""
    from complaint_kit.cli.import_run import run

    raise typer.Exit(run(
        case_file, exports, fmt=fmt, numbers=numbers or [], prefixes=prefixes or [],
        everything=everything, since=_day(since, "--since"), until=_day(until, "--until"),
        respondent=respondent, columns=columns or [], time_format=time_format,
        tag=not no_tags, dry_run=dry_run, encoding=encoding))


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date like 2024-03-01",
                                 param_hint=option) from None
