"""Drafting many cases at once: a clinic's spreadsheet, CSV pair, JSONL file or folder of cases.

The parent process streams the input (``batch.inputs``), hands small chunks of cases to worker
processes (``batch.worker``) and writes ``report.csv`` and ``errors.csv`` (``batch.reports``)
as results come back, in input order; it never holds the whole input or all the results. Each
worker loads the plugins and templates once, then for each case: skips it when its manifest
says it was drafted from the same input, else validates it, drafts its documents (each written
atomically), zips them if asked, and last writes the case's manifest atomically
(``batch.manifest``). A batch killed at any point therefore leaves whole files only, and a
rerun drafts exactly the cases that have no matching manifest.

``--pdf`` is a separate stage in the parent (``batch.pdf``): LibreOffice processes, one per
core, convert finished cases' documents in chunks while the workers go on drafting. It is
supervised: whatever goes wrong in it fails the cases it had (each listed in report.csv and
errors.csv) and the run.

What one case brings never stops the others: an exception while reading, hashing, validating,
drafting or converting a case is that case's row in errors.csv (source, row, column). One run
at a time writes into an output folder (``batch.lock``), and a case's folder that is a
symbolic link is never written through. Cells of report.csv and errors.csv that a spreadsheet
would take for a formula are neutralised (``reports.csv_cell``).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Any

from complaint_kit.batch.columns import Cell
from complaint_kit.batch.jobs import chunks, make_job, path_of
from complaint_kit.batch.lock import out_lock
from complaint_kit.batch.options import NOTHING, VALID, BatchError, Options, Summary, WorkerError
from complaint_kit.batch.pdf import PdfStage, find_soffice
from complaint_kit.batch.reports import Reports
from complaint_kit.batch.source import BatchInput, RawCase, RowError
from complaint_kit.batch.worker import draft_chunk, init_worker
from complaint_kit.casefile.atomic import sync


class _Runner:
    """Chunks of jobs to the workers (or this process), results back in submission order."""

    def __init__(self, options: Options, fingerprint: dict[str, Any]):
        self.window = max(2, options.workers * 3)
        self.pending: deque[tuple[Future | list, Any]] = deque()
        self.pool: ProcessPoolExecutor | None = None
        if options.workers > 1:
            import multiprocessing

            # spawn: a clean interpreter per worker on every platform (the parent may run
            # threads, which fork would copy in whatever state they are in).
            self.pool = ProcessPoolExecutor(
                options.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=init_worker, initargs=(options, fingerprint))
        else:
            init_worker(options, fingerprint)

    def submit(self, jobs: list[dict], context: Any) -> Iterator[tuple[list, Any]]:
        """Queue a chunk; yields the oldest chunks' (results, context) once the window is full."""
        if self.pool is None or not jobs:
            self.pending.append((draft_chunk(jobs), context))
        else:
            self.pending.append((self.pool.submit(draft_chunk, jobs), context))
        while len(self.pending) >= self.window:
            yield self._next()

    def drain(self) -> Iterator[tuple[list, Any]]:
        while self.pending:
            yield self._next()

    def _next(self) -> tuple[list, Any]:
        work, context = self.pending.popleft()
        try:
            return (work.result() if isinstance(work, Future) else work), context
        except BrokenProcessPool as exc:
            raise WorkerError(f"a worker process failed ({exc}); run the batch again: the "
                              "cases already drafted are skipped") from None

    def close(self, cancel: bool = False) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=not cancel, cancel_futures=cancel)


def _progress(options: Options, console: Any):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("drafting"), BarColumn(), MofNCompleteColumn(),
        TextColumn("done {task.fields[done]}  failed {task.fields[failed]}"),
        TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
        console=console, disable=not options.progress, transient=False)


def run_batch(source: BatchInput, options: Options, console: Any = None) -> Summary:
    """Draft every good case of ``source`` into ``options.out``; see the module's docstring."""
    from rich.console import Console

    console = console or Console(stderr=True, highlight=False, markup=False)
    soffice = None
    if options.pdf:
        soffice = find_soffice()
        if soffice is None:
            raise BatchError("--pdf needs LibreOffice, and no `soffice` (or `libreoffice`) is on "
                             "the PATH: install it, or run without --pdf (the .docx files "
                             "already drafted are kept)")
    started = time.monotonic()
    # absolute: LibreOffice is given file URIs, and workers may not share the current folder
    options = replace(options, out=options.out.absolute())
    try:
        options.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"{options.out}: cannot make the output folder: "
                         f"{exc.strerror or exc}") from None
    with out_lock(options.out):
        return _run_locked(source, options, console, soffice, started)


class _Outcomes:
    """Each case's outcome, in input order, into report.csv, errors.csv, the summary and the
    progress bar; the PDF stage reports the cases it finishes through ``tick``."""

    def __init__(self, reports: Reports, summary: Summary, progress: Any, total: int | None):
        self.reports = reports
        self.summary = summary
        self.progress = progress
        self.task = progress.add_task("drafting", total=total, done=0, failed=0)
        self.lock = threading.Lock()
        self.pdf: PdfStage | None = None

    def tick(self, status: str) -> None:
        summary = self.summary
        with self.lock:
            if status == "skipped":
                summary.skipped += 1
            elif status == VALID:
                summary.valid += 1
            elif status in ("drafted", NOTHING):
                summary.drafted += 1
            else:
                summary.failed += 1
            self.progress.update(self.task, advance=1, done=summary.done,
                                 failed=summary.failed + summary.invalid)

    def invalid(self, job: dict[str, Any], errors: list[RowError]) -> None:
        for error in errors:
            self.reports.error(error)
        with self.lock:
            self.summary.invalid += 1
            self.summary.row_errors += len(errors)
            self.progress.update(self.task, advance=1,
                                 failed=self.summary.failed + self.summary.invalid)
        self.reports.case(job, "invalid", 0, [], f"{len(errors)} errors (see errors.csv)")

    def chunk(self, results: list[dict], raws: list[RawCase], jobs: list[dict]) -> None:
        """One chunk's outcome, in input order; rows the reader refused have no result."""
        given = iter(results)
        for raw, job in zip(raws, jobs, strict=True):
            if raw.errors or raw.data is None:
                self.invalid(job, raw.errors or [RowError(
                    raw.source, raw.row, "", "the case could not be read", raw.key)])
            else:
                self._case(raw, job, next(given))

    def _case(self, raw: RawCase, job: dict[str, Any], result: dict[str, Any]) -> None:
        status = result["status"]
        if status == "invalid":
            self.invalid(job, [self._located(raw, path, message)
                               for path, message in result["problems"]])
        elif status == "failed":
            self.reports.case(job, "failed", result["findings"], result["files"],
                              result["message"])
            self.reports.error(Cell(raw.source, raw.row, ""), result["message"], raw.key)
            with self.lock:
                self.summary.row_errors += 1
            self.tick("failed")
        elif status == "drafted" and self.pdf is not None:
            self.pdf.put({k: v for k, v in job.items() if k != "data"}, result)
        else:
            self.reports.case(job, status, result["findings"], result["files"],
                              "; ".join(filter(None, [result["message"], *result["warnings"]])))
            self.tick(status)

    @staticmethod
    def _located(raw: RawCase, path: str, message: str) -> RowError:
        """A validation problem as the error of the cell it came from."""
        cell = raw.locate(path_of(path))
        return RowError(cell.source, cell.row, cell.column, message, raw.key)


def _run_locked(source: BatchInput, options: Options, console: Any, soffice: str | None,
                started: float) -> Summary:
    fingerprint = options.fingerprint()
    summary = Summary()
    reports = Reports(options.out)
    total = source.count()
    size = options.chunk_size or max(1, min(16, (total or 64) // max(1, options.workers * 8)))
    runner: _Runner | None = None
    cancelled = False
    with _progress(options, console) as progress:
        outcomes = _Outcomes(reports, summary, progress, total)
        try:
            for error in source.orphans():
                reports.error(error)
                summary.row_errors += 1
            runner = _Runner(options, fingerprint)
            if soffice:
                outcomes.pdf = PdfStage(options, reports, outcomes.tick, soffice)
            _draft_all(source, size, runner, outcomes)
        except BaseException:
            cancelled = True
            raise
        finally:
            if runner is not None:
                runner.close(cancel=cancelled)
            if outcomes.pdf is not None:
                outcomes.pdf.finish()
                summary.stage_errors += outcomes.pdf.errors
            source.close()
            sync()  # what the cases wrote (each file without an fsync of its own), then
            reports.close()  # the reports that list them
            summary.seconds = time.monotonic() - started
    return summary


def _draft_all(source: BatchInput, size: int, runner: _Runner, outcomes: _Outcomes) -> None:
    """Stream the input in chunks to the runner; each chunk's outcome as it comes back."""
    for chunk in chunks(source, size):
        jobs = [make_job(raw) for raw in chunk]
        work = [job for job, raw in zip(jobs, chunk, strict=True)
                if not (raw.errors or raw.data is None)]
        for results, context in runner.submit(work, (chunk, jobs)):
            outcomes.chunk(results, *context)
    for results, context in runner.drain():
        outcomes.chunk(results, *context)
