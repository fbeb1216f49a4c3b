"""The `batch` and `batch-template` commands' signatures. Only typer and the standard library load
here, so that `complaint-kit --help` stays fast; the work is in ``batch.run`` and
``batch.template``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from complaint_kit.cli.options import Doc, ReferenceDocx, TemplateDir, To, WithIdNumber
from complaint_kit.textclean import terminal_text


def _error(message: str) -> None:
    """An error line on stderr, without what a terminal would act on (a case id, a file name
    or a cell may carry escape codes)."""
    print(f"error: {terminal_text(message)}", file=sys.stderr)


def _usage(message: str) -> typer.Exit:
    for line in message.splitlines() or [message]:
        _error(line)
    return typer.Exit(2)


def batch(
    input_path: Annotated[Path, typer.Argument(
        metavar="INPUT", show_default=False,
        help="An .xlsx workbook (sheets cases, incidents, evidence), a cases .csv (with "
             "incidents.csv and evidence.csv beside it), a .jsonl file of cases, or a folder "
             "of case files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the documents, "
                                      "report.csv and errors.csv.", show_default=False)],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, max=64,
                                         help="Draft in this many processes.")] = 1,
    force: Annotated[bool, typer.Option(
        "--force", help="Redraft cases already drafted from the same input.")] = False,
    pdf: Annotated[bool, typer.Option(
        "--pdf", help="Also convert the documents to PDF through LibreOffice.")] = False,
    zip_: Annotated[bool, typer.Option("--zip", help="Also bundle each case's documents in a "
                                       "zip file in its folder.")] = False,
    incidents: Annotated[Path | None, typer.Option(
        "--incidents", help="With a cases .csv: the incidents CSV (default: incidents.csv "
                            "beside it).", dir_okay=False)] = None,
    evidence: Annotated[Path | None, typer.Option(
        "--evidence", help="With a cases .csv: the evidence CSV (default: evidence.csv "
                           "beside it).", dir_okay=False)] = None,
    encoding: Annotated[str | None, typer.Option(
        "--encoding", help="With a cases .csv: the CSV files' encoding, e.g. gb18030, big5 or "
                           "cp1252 (default: UTF-8 or UTF-16 when the file is, else GB 18030; "
                           "a byte that is not valid in it is an error).")] = None,
    to: To = None,
    doc: Doc = None,
    reference_docx: ReferenceDocx = None,
    with_id_number: WithIdNumber = False,
    template_dir: TemplateDir = None,
    check: Annotated[bool, typer.Option(
        "--check", help="Only validate every row (errors.csv, report.csv); draft nothing.")
    ] = False,
    progress: Annotated[bool, typer.Option(
        "--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Draft many cases at once; rows that fail are listed in OUT/errors.csv, every good row is
    drafted, and OUT/report.csv lists each case with its status and files. Exit code 0 when
    every row was drafted, 1 when some failed."""
    from complaint_kit.batch.inputs import open_input
    from complaint_kit.batch.options import BatchError, Options, WorkerError
    from complaint_kit.batch.run import run_batch
    from complaint_kit.batch.source import InputError

    if (incidents is not None or evidence is not None or encoding is not None) and \
            input_path.suffix.lower() != ".csv":
        raise _usage("--incidents, --evidence and --encoding go with a cases .csv file")
    if encoding is not None:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _usage(f"--encoding {encoding!r}: no such encoding (try utf-8, gb18030, "
                         "big5 or cp1252)") from None
    try:
        source = open_input(input_path, incidents, evidence, encoding)
    except InputError as exc:
        raise _usage(str(exc)) from None
    options = Options(out=out, workers=workers, force=force, pdf=pdf, zip=zip_, doc=doc, to=to,
                      reference_docx=reference_docx, with_id_number=with_id_number,
                      template_dirs=tuple(template_dir or ()),
                      progress=progress, check=check)
    from complaint_kit.cli.common import user_errors

    try:
        with user_errors():
            _check_choices(options)
            summary = run_batch(source, options)
    except WorkerError as exc:
        _error(str(exc))
        raise typer.Exit(1) from None
    except (BatchError, InputError) as exc:
        raise _usage(str(exc)) from None
    finally:
        source.close()
    parts = ([f"{summary.valid} valid"] if check else
             [f"{summary.drafted} drafted", f"{summary.skipped} already drafted (skipped)"])
    parts += [f"{summary.invalid} invalid", f"{summary.failed} failed"]
    print(f"{', '.join(parts)} in {summary.seconds:.1f} s; report: {out / 'report.csv'}",
          file=sys.stderr)
    for error in summary.stage_errors:
        _error(str(error))
    if not summary.ok:
        if summary.row_errors or summary.failed or summary.invalid:
            print(f"{summary.row_errors} errors: see {out / 'errors.csv'}", file=sys.stderr)
        raise typer.Exit(1)


def _check_choices(options) -> None:
    """Unknown --doc or --to is a usage error before anything is drafted."""
    if not (options.doc or options.to):
        return
    from complaint_kit.batch.options import BatchError
    from complaint_kit.plugins.registry import get_registry

    registry = get_registry()
    for code in registry.jurisdictions:
        kinds = {d.id for d in registry.documents_for(code)}
        channels = {c.id for c in registry.channels_for(code)}
        if (not options.doc or options.doc in kinds) and (
                not options.to or options.to in channels):
            return
    what = " and ".join(x for x in (f"--doc {options.doc}" if options.doc else "",
                                    f"--to {options.to}" if options.to else "") if x)
    raise BatchError(f"{what}: no installed jurisdiction has it (see `complaint-kit documents` "
                     "and `complaint-kit channels`)")


def batch_template(
    jurisdiction: Annotated[str, typer.Option(
        "--jurisdiction", "-j", show_default=False,
        help="Whose cases, e.g. cn (sets the example and the language; `complaint-kit "
             "plugins` lists the installed places).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The workbook to write.")] = Path(
        "cases.xlsx"),
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Language of the headers: zh-Hans, zh-Hant or en (default: the "
                       "jurisdiction's).")] = None,
) -> None:
    """Write an Excel workbook to fill in for `batch`: headers in your language, drop-down lists
    for choice fields and one example row."""
    from complaint_kit.batch.template import write_template
    from complaint_kit.plugins.registry import UnknownName

    try:
        write_template(out, jurisdiction, lang)
    except (UnknownName, ValueError) as exc:
        raise _usage(str(exc).strip("'\"")) from None
    except OSError as exc:
        print(f"error: {exc.filename or out}: {exc.strerror or exc}", file=sys.stderr)
        raise typer.Exit(1) from None
    print(f"Wrote {out}")
