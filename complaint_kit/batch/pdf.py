"""The ``--pdf`` stage: LibreOffice processes convert finished cases' documents, side by side.

The workers go on drafting meanwhile; the stage then zips each case and writes its manifest."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from complaint_kit.batch.columns import Cell
from complaint_kit.batch.manifest import finish_case
from complaint_kit.batch.options import Options
from complaint_kit.batch.reports import Reports, failure

PDF_CHUNK = 40  # documents per LibreOffice invocation


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_converters() -> int:
    """LibreOffice processes to run side by side: one per core this process may use (each
    takes a core while it lays out pages, and about 200 MB), at most four."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


class PdfStage:
    """Converts finished cases' .docx files through LibreOffice, many files per invocation,
    while the workers go on drafting; then zips and writes each manifest.

    A thread gathers the cases into chunks and hands each chunk to one of ``converters``
    LibreOffice processes running side by side, each with a private user profile (one profile
    cannot be shared by two running instances). Conversion, not LibreOffice's start-up, is most
    of the cost, so parallel processes are what make it faster on more cores.

    Supervised: a case whose conversion or finishing fails is reported failed on its own; if a
    converter or the gathering thread breaks, every case it holds or is given after is reported
    failed, the reason is kept in ``errors`` for the run to report, and the queue is still
    drained (the drafting never blocks on a stage that has stopped)."""

    def __init__(self, options: Options, reports: Reports, done: Callable[[str], None],
                 soffice: str, converters: int | None = None):
        self.options = options
        self.reports = reports
        self.done = done
        self.soffice = soffice
        self.errors: list[str] = []  # what made the stage fail, for the run's summary
        self.pending: list[tuple[dict, dict]] = []  # cases gathered, not yet handed over
        self.ended = False  # the input's end (None) has been taken off the queue
        # Bounded, so that memory stays flat; deep enough (small items: names, not documents)
        # that LibreOffice's pace does not hold the drafting back.
        self.queue: queue.Queue = queue.Queue(maxsize=5000)
        # inside the output folder, so that finished PDFs move into place atomically
        self.work = Path(tempfile.mkdtemp(dir=options.out, prefix=".pdf-work-")).absolute()
        converters = converters or pdf_converters()
        self.profiles: queue.SimpleQueue = queue.SimpleQueue()
        for n in range(converters):
            self.profiles.put((self.work / f"profile-{n}").as_uri())
        # At most one chunk per converter in flight: the gathering thread waits for a free
        # one, so the queue above fills and holds the drafting back rather than memory growing.
        self.slots = threading.BoundedSemaphore(converters)
        self.pool = ThreadPoolExecutor(converters, thread_name_prefix="pdf-convert")
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, name="pdf-stage", daemon=True)
        self.thread.start()

    def put(self, job: dict[str, Any], result: dict[str, Any]) -> None:
        self.queue.put((job, result))

    def finish(self) -> None:
        self.queue.put(None)
        self.thread.join()
        self.pool.shutdown(wait=True)
        shutil.rmtree(self.work, ignore_errors=True)

    def _stage_failed(self, reason: str) -> None:
        with self.lock:
            if reason not in self.errors:
                self.errors.append(reason)

    def _run(self) -> None:
        try:
            self._loop()
        except BaseException as exc:  # supervised: reported, then drained
            reason = f"the PDF stage failed ({failure(exc)})"
            self._stage_failed(reason)
            for job, result in self.pending:
                self._fail(job, result, reason)
            self.pending = []
            while not self.ended:  # until the end of the input
                item = self.queue.get()
                if item is None:
                    self.ended = True
                else:
                    self._fail(*item, reason)

    def _loop(self) -> None:
        stems: set[str] = set()
        files = 0
        while True:
            item = self.queue.get()
            self.ended = item is None
            if item is not None:
                _job, result = item
                names = {Path(f).stem for f in result["files"]}
                if names & stems:  # LibreOffice writes <stem>.pdf into one folder per run
                    self._hand_over(self.pending)
                    self.pending, stems, files = [], set(), 0
                self.pending.append(item)
                stems |= names
                files += len(result["files"])
            if self.pending and (item is None or files >= PDF_CHUNK):
                self._hand_over(self.pending)
                self.pending, stems, files = [], set(), 0
            if item is None:
                return

    def _hand_over(self, items: list[tuple[dict, dict]]) -> None:
        """Give a chunk to the next free converter (waiting for one)."""
        self.slots.acquire()
        try:
            self.pool.submit(self._convert_supervised, items)
        except BaseException:
            self.slots.release()
            raise

    def _convert_supervised(self, items: list[tuple[dict, dict]]) -> None:
        try:
            self._convert(items)
        except BaseException as exc:  # the cases not yet reported fail, and the run
            reason = f"the PDF stage failed ({failure(exc)})"
            self._stage_failed(reason)
            for job, result in items:
                self._fail(job, result, reason)
        finally:
            self.slots.release()

    def _fail(self, job: dict, result: dict, message: str, pdfs: Iterable[str] = ()) -> None:
        try:
            self.reports.case(job, "failed", result["findings"], [*result["files"], *pdfs],
                              message)
            self.reports.error(Cell(job["source"], job["row"], ""), message, job["key"])
        finally:
            self.done("failed")

    def _convert(self, items: list[tuple[dict, dict]]) -> None:
        """Convert the items' documents in one LibreOffice run; each item is taken off
        ``items`` once it is reported, so that a failure leaves only the unreported ones."""
        outdir = Path(tempfile.mkdtemp(dir=self.work, prefix="out-"))
        sources = [(self.options.out / job["folder"] / f).absolute() for job, result in items
                   for f in result["files"]]
        error = ""
        if sources:
            profile = self.profiles.get()
            try:
                proc = subprocess.run(
                    [self.soffice, f"-env:UserInstallation={profile}", "--headless",
                     "--norestore", "--convert-to", "pdf", "--outdir", str(outdir),
                     *map(str, sources)],
                    capture_output=True, text=True, errors="replace",
                    timeout=120 + 30 * len(sources))
                if proc.returncode:
                    error = " ".join((proc.stderr or proc.stdout).split())[-300:] or \
                        f"LibreOffice exited with code {proc.returncode}"
            except Exception as exc:  # OSError, a timeout...: these cases fail
                error = failure(exc)
            finally:
                self.profiles.put(profile)
            if error:
                self._stage_failed(f"the PDF stage failed: {error}")
        while items:
            job, result = items[0]
            try:
                self._finish(job, result, outdir, error)
            except Exception as exc:  # this case fails, the others go on
                self._fail(job, result, f"PDF stage: {failure(exc)}")
            items.pop(0)
        shutil.rmtree(outdir, ignore_errors=True)

    def _finish(self, job: dict, result: dict, outdir: Path, error: str) -> None:
        folder = self.options.out / job["folder"]
        pdfs, missing = [], []
        for f in result["files"]:
            made = outdir / f"{Path(f).stem}.pdf"
            if made.is_file() and made.stat().st_size > 0:
                os.replace(made, folder / made.name)
                pdfs.append(made.name)
            else:
                missing.append(f)
        if missing:
            self._fail(job, result, f"PDF conversion failed for {', '.join(missing)}"
                       + (f": {error}" if error else ""), pdfs)
            return
        files = finish_case(folder, job["folder"], result["files"] + pdfs,
                            result["findings"], result["hash"], self.options.zip, job)
        self.reports.case(job, "drafted", result["findings"], files,
                          "; ".join(result["warnings"]))
        self.done("drafted")
