"""The options `draft` and `batch` share, declared once (only typer loads here)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

To = Annotated[str | None, typer.Option(
    "--to", help="Only documents addressed to this channel (see `channels`).")]
Doc = Annotated[str | None, typer.Option(
    "--doc", help="Only this document kind (see `documents`).")]
ReferenceDocx = Annotated[Path | None, typer.Option(
    "--reference-docx", help="Your own base .docx (letterhead, styles, header, footer).",
    exists=True, dir_okay=False)]
WithIdNumber = Annotated[bool, typer.Option(
    "--with-id-number", help="Put the complainant's ID number in every document, also those "
    "to bodies that do not need it, such as the lender (by default only the police and "
    "regulators' forms get it).")]
TemplateDir = Annotated[list[Path] | None, typer.Option(
    "--template-dir", help="A folder of templates searched before all others: a template there "
    "overrides the one of the same name (see `templates export`). Repeatable.",
    exists=True, file_okay=False)]
