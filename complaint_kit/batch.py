"""Drafting many cases at once: a clinic's spreadsheet, CSV pair, JSONL file or folder of cases.

The parent process streams the input (``batch_input``), hands small chunks of cases to worker
processes and writes ``report.csv`` and ``errors.csv`` as results come back, in input order;
it never holds the whole input or all the results. Each worker loads the plugins and templates
once, then for each case: skips it when its manifest says it was drafted from the same input,
else validates it, drafts its documents (each written atomically), zips them if asked, and
last writes the case's manifest atomically. A batch killed at any point therefore leaves whole
files only, and a rerun drafts exactly the cases that have no matching manifest.

``--pdf`` is a separate stage in the parent: a thread that converts finished cases' documents
through LibreOffice in chunks, while the workers go on drafting.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import logging
import os
import queue
import re
import shutil
import subprocess
import tempfile
import threading
import time
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import atomic_open, atomic_write_text, sync
from .batch_columns import Cell
from .batch_input import BatchInput, RawCase, RowError

MANIFEST = ".complaint-kit.json"
NOTHING = "nothing to draft"  # a good case whose facts call for no document
VALID = "valid"  # with --check: a good case, not drafted
REPORT_COLUMNS = ["case", "source", "row", "folder", "status", "findings", "files", "message"]
ERROR_COLUMNS = ["source", "row", "column", "case", "message"]
PDF_CHUNK = 40  # documents per LibreOffice invocation


@dataclass(frozen=True)
class Options:
    out: Path
    workers: int = 1
    force: bool = False
    pdf: bool = False
    zip: bool = False
    doc: str | None = None
    to: str | None = None
    reference_docx: Path | None = None
    with_id_number: bool = False  # the ID number to every body, not only those that need it
    chunk_size: int | None = None
    progress: bool = True
    check: bool = False  # validate every row, draft nothing

    def fingerprint(self) -> dict[str, Any]:
        """What, besides the case's data, decides the files: a change redrafts the case."""
        ref = None
        if self.reference_docx is not None:
            ref = hashlib.sha256(self.reference_docx.read_bytes()).hexdigest()
        return {"version": __version__, "doc": self.doc, "to": self.to, "reference": ref,
                "pdf": self.pdf, "zip": self.zip, "with_id_number": self.with_id_number}


@dataclass
class Summary:
    drafted: int = 0
    skipped: int = 0
    invalid: int = 0
    failed: int = 0
    valid: int = 0  # --check
    row_errors: int = 0  # lines in errors.csv
    seconds: float = 0.0

    @property
    def done(self) -> int:
        return self.drafted + self.skipped + self.valid

    @property
    def ok(self) -> bool:
        return not (self.invalid or self.failed or self.row_errors)


class BatchError(Exception):
    """A batch that cannot start (LibreOffice missing, output folder unusable)."""


class WorkerError(BatchError):
    """A worker process died; the finished cases are on disk and a rerun continues."""


# ---------------------------------------------------------------------------------------------
# Names


def folder_name(key: str) -> str:
    """A case's folder: its safe name, plus a short hash of the key whenever the safe name is not
    the key itself (changed characters, reserved names, truncation) or the key has capitals, so
    that keys which differ only in characters that cannot appear in file names, or only in case
    (macOS and Windows fold it), still get distinct folders; always the same for the same key."""
    from .drafting import safe_name

    safe = safe_name(key)
    if safe == key and key == key.lower() and len(key.encode()) <= 64 and \
            key not in ("report.csv", "errors.csv"):
        return key
    short = safe.encode()[:60].decode("utf-8", "ignore").rstrip(" ._") or "case"
    return f"{short}-{hashlib.sha256(key.encode()).hexdigest()[:10]}"


def _path_of(problem_path: str) -> tuple:
    """``incidents[2].to.relation`` → ("incidents", 2, "to", "relation")."""
    parts: list[Any] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", problem_path):
        parts.append(int(index) if index else name)
    return tuple(parts)


# ---------------------------------------------------------------------------------------------
# The worker side


_worker: dict[str, Any] = {}


def _init_worker(options: Options, fingerprint: dict[str, Any]) -> None:
    """Once per process: quiet libraries, load the plugins and what drafting imports."""
    logging.getLogger("matplotlib").setLevel(logging.ERROR)
    _exit_with_parent()
    from . import caseio, drafting  # noqa: F401  (imported now, to be frozen below)
    from .registry import get_registry

    _worker["options"] = options
    _worker["fingerprint"] = fingerprint
    _worker["registry"] = get_registry()
    # What is loaded so far lives as long as the process: out of the garbage collector's
    # way, which otherwise walks it again and again as drafting allocates (a tenth of the
    # time). Drafting makes and drops many objects and few cycles: collect less often.
    gc.freeze()
    gc.set_threshold(20_000)


def _exit_with_parent() -> None:
    """In a worker: end when the parent dies (kill -9 included) instead of waiting for work
    forever; the case being drafted is lost whole, as its files are written atomically."""
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        from multiprocessing.connection import wait

        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _input_hash(data: dict[str, Any], fingerprint: dict[str, Any]) -> str:
    text = json.dumps({"case": data, "options": fingerprint}, sort_keys=True,
                      ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def read_manifest(folder: Path) -> dict[str, Any] | None:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def _whole(folder: Path, manifest: dict[str, Any]) -> bool:
    """Whether the files a manifest lists are all there, each of the size it recorded.

    The batch makes its files durable once, at its end: after a power cut part-way, a file
    the manifest vouches for may be empty or short, and is then drafted again."""
    sizes = manifest.get("sizes") or {}
    for name in manifest.get("files", []):
        try:
            size = (folder / name).stat().st_size
        except OSError:
            return False
        if name in sizes and sizes[name] != size:
            return False
    return True


def draft_chunk(jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run in a worker: each job is one case's plain data; returns one result per job."""
    return [_draft_one(job) for job in jobs]


def _draft_one(job: dict[str, Any]) -> dict[str, Any]:
    options: Options = _worker["options"]
    folder = options.out / job["folder"]
    digest = _input_hash(job["data"], _worker["fingerprint"])
    result: dict[str, Any] = {"status": "drafted", "findings": 0, "files": [], "problems": [],
                              "warnings": [], "message": "", "hash": digest}
    old = None if options.check else read_manifest(folder)
    if old and not options.force and old.get("input_sha256") == digest and _whole(folder, old):
        result.update(status="skipped", findings=old.get("findings", 0), files=old["files"],
                      message=old.get("message", ""))
        return result
    try:
        return _draft_validated(job, folder, digest, old, result)
    except Exception as exc:  # one case's failure never stops the batch; it is reported
        result.update(status="failed", message=f"{type(exc).__name__}: {exc}")
        return result


def _draft_validated(job: dict[str, Any], folder: Path, digest: str,
                     old: dict[str, Any] | None, result: dict[str, Any]) -> dict[str, Any]:
    from .caseio import CaseFileError, validate
    from .drafting import DraftError, draft_case, safe_name
    from .registry import UnknownName

    options: Options = _worker["options"]
    registry = _worker["registry"]
    try:
        case = validate(job["data"], job["source"], None, registry)
    except CaseFileError as exc:
        result.update(status="invalid", problems=[(p.path, p.message) for p in exc.problems])
        return result
    if options.check:
        result["status"] = VALID
        return result
    folder.mkdir(parents=True, exist_ok=True)
    # Redrafting: the old manifest goes first, so that a run killed half-way through never
    # leaves a manifest that vouches for a mix of old and new documents.
    (folder / MANIFEST).unlink(missing_ok=True)
    for stale in folder.glob(".*.part"):  # temporary files of a run that was killed
        stale.unlink(missing_ok=True)
    if case.id and len(safe_name(case.id).encode()) > 100:
        # File names are <case id>-<kind>-<channel>.docx; keep them within 255 bytes.
        case = case.model_copy(update={"id": job["folder"]})
    try:
        assessment, drafts = draft_case(
            case, registry, folder, doc=options.doc, to=options.to,
            reference_docx=options.reference_docx, base_dir=Path(job["base_dir"]),
            case_stem=job["folder"], durable=False, with_id_number=options.with_id_number)
    except DraftError as exc:
        if not str(exc).startswith("no document of"):
            raise
        # --doc/--to asked for a document this case's facts give no addressee for
        assessment, drafts = None, []
        result["message"] = str(exc)
    except UnknownName as exc:
        result.update(status="failed", message=str(exc).strip("'\""))
        return result
    files = [d.path.name for d in drafts if d.path is not None]
    if not files:
        result["status"] = NOTHING
        result["message"] = result["message"] or "no rule appears to be broken: nothing to draft"
    result.update(findings=len(assessment.findings) if assessment else 0, files=files,
                  warnings=list(dict.fromkeys(w for d in drafts for w in d.warnings)))
    if old:  # documents a changed case no longer calls for
        for name in set(old.get("files", [])) - set(files):
            if "/" not in name and "\\" not in name and name != MANIFEST:
                (folder / name).unlink(missing_ok=True)
    if not options.pdf or not files:
        result["files"] = finish_case(folder, job["folder"], files, result["findings"], digest,
                                      options.zip and bool(files), job, result["message"])
    return result


def finish_case(folder: Path, name: str, files: list[str], findings: int, digest: str,
                make_zip: bool, job: dict[str, Any], message: str = "") -> list[str]:
    """The last step of a case: its zip (if asked), then its manifest, both atomic."""
    if make_zip:
        zip_name = f"{name}.zip"
        with atomic_open(folder / zip_name, "wb", durable=False) as handle, \
                zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            for f in files:
                archive.write(folder / f, f)
        files = [*files, zip_name]
    atomic_write_text(folder / MANIFEST, json.dumps({
        "complaint_kit": __version__, "case": job["key"], "source": job["source"],
        "row": job["row"], "input_sha256": digest, "findings": findings, "files": files,
        "sizes": {f: (folder / f).stat().st_size for f in files},
        "message": message,
        "written": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }, ensure_ascii=False, indent=2), durable=False)
    return files


# ---------------------------------------------------------------------------------------------
# Reports


class Reports:
    """report.csv and errors.csv, written as results arrive and put in place at the end."""

    def __init__(self, out: Path):
        self.out = out
        self.lock = threading.Lock()
        self._files = {}
        self._writers = {}
        for name, columns in (("report", REPORT_COLUMNS), ("errors", ERROR_COLUMNS)):
            tmp = out / f".{name}.csv.part"
            handle = tmp.open("w", encoding="utf-8-sig", newline="")
            self._files[name] = (handle, tmp)
            self._writers[name] = csv.writer(handle)
            self._writers[name].writerow(columns)

    def case(self, job: dict[str, Any], status: str, findings: int, files: Iterable[str],
             message: str = "") -> None:
        with self.lock:
            self._writers["report"].writerow([
                job["key"], job["source"], job["row"], job.get("folder", ""), status,
                findings, ";".join(files), message])

    def error(self, error: RowError | Cell, message: str = "", case: str = "") -> None:
        with self.lock:
            if isinstance(error, RowError):
                row = [error.source, error.row or "", error.column, error.case_id, error.message]
            else:
                row = [error.source, error.row, error.column, case, message]
            self._writers["errors"].writerow(row)

    def close(self) -> None:
        for handle, tmp in self._files.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(tmp, self.out / tmp.name.removeprefix(".").removesuffix(".part"))
        self._files = {}


# ---------------------------------------------------------------------------------------------
# PDF stage


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


class PdfStage:
    """Converts finished cases' .docx files through LibreOffice in a thread of its own, many
    files per invocation, with a private user profile; then zips and writes each manifest."""

    def __init__(self, options: Options, reports: Reports, done: Callable[[str], None],
                 soffice: str):
        self.options = options
        self.reports = reports
        self.done = done
        self.soffice = soffice
        # Bounded, so that memory stays flat; deep enough (small items: names, not documents)
        # that LibreOffice's pace does not hold the drafting back.
        self.queue: queue.Queue = queue.Queue(maxsize=5000)
        # inside the output folder, so that finished PDFs move into place atomically
        self.work = Path(tempfile.mkdtemp(dir=options.out, prefix=".pdf-work-"))
        self.thread = threading.Thread(target=self._run, name="pdf-stage", daemon=True)
        self.thread.start()

    def put(self, job: dict[str, Any], result: dict[str, Any]) -> None:
        self.queue.put((job, result))

    def finish(self) -> None:
        self.queue.put(None)
        self.thread.join()
        shutil.rmtree(self.work, ignore_errors=True)

    def _run(self) -> None:
        pending: list[tuple[dict, dict]] = []
        stems: set[str] = set()
        files = 0
        while True:
            item = self.queue.get()
            if item is not None:
                _job, result = item
                names = {Path(f).stem for f in result["files"]}
                if names & stems:  # LibreOffice writes <stem>.pdf into one folder per run
                    self._convert(pending)
                    pending, stems, files = [], set(), 0
                pending.append(item)
                stems |= names
                files += len(result["files"])
            if pending and (item is None or files >= PDF_CHUNK):
                self._convert(pending)
                pending, stems, files = [], set(), 0
            if item is None:
                return

    def _convert(self, items: list[tuple[dict, dict]]) -> None:
        outdir = Path(tempfile.mkdtemp(dir=self.work, prefix="out-"))
        sources = [self.options.out / job["folder"] / f for job, result in items
                   for f in result["files"]]
        error = ""
        if sources:
            profile = (self.work / "profile").as_uri()
            try:
                proc = subprocess.run(
                    [self.soffice, f"-env:UserInstallation={profile}", "--headless",
                     "--norestore", "--convert-to", "pdf", "--outdir", str(outdir),
                     *map(str, sources)],
                    capture_output=True, text=True, timeout=120 + 30 * len(sources))
                if proc.returncode:
                    error = (proc.stderr or proc.stdout).strip()[-300:]
            except (OSError, subprocess.TimeoutExpired) as exc:
                error = str(exc)
        for job, result in items:
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
                message = (f"PDF conversion failed for {', '.join(missing)}"
                           + (f": {error}" if error else ""))
                self.reports.case(job, "failed", result["findings"], result["files"] + pdfs,
                                  message)
                self.reports.error(Cell(job["source"], job["row"], ""), message, job["key"])
                self.done("failed")
                continue
            files = finish_case(folder, job["folder"], result["files"] + pdfs,
                                result["findings"], result["hash"], self.options.zip, job)
            self.reports.case(job, "drafted", result["findings"], files,
                              "; ".join(result["warnings"]))
            self.done("drafted")
        shutil.rmtree(outdir, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# The run


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
                initializer=_init_worker, initargs=(options, fingerprint))
        else:
            _init_worker(options, fingerprint)

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


def _chunks(items: Iterable[RawCase], size: int) -> Iterator[list[RawCase]]:
    chunk: list[RawCase] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


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
    options.out.mkdir(parents=True, exist_ok=True)
    fingerprint = options.fingerprint()
    summary = Summary()
    reports = Reports(options.out)
    total = source.count()
    size = options.chunk_size or max(1, min(16, (total or 64) // max(1, options.workers * 8)))
    lock = threading.Lock()
    runner: _Runner | None = None
    pdf: PdfStage | None = None
    cancelled = False
    with _progress(options, console) as progress:
        task = progress.add_task("drafting", total=total, done=0, failed=0)

        def tick(status: str) -> None:
            with lock:
                if status == "skipped":
                    summary.skipped += 1
                elif status == VALID:
                    summary.valid += 1
                elif status in ("drafted", NOTHING):
                    summary.drafted += 1
                else:
                    summary.failed += 1
                progress.update(task, advance=1, done=summary.done,
                                failed=summary.failed + summary.invalid)

        def invalid(raw: RawCase, job: dict[str, Any], errors: list[RowError]) -> None:
            for error in errors:
                reports.error(error)
            with lock:
                summary.invalid += 1
                summary.row_errors += len(errors)
                progress.update(task, advance=1, failed=summary.failed + summary.invalid)
            reports.case(job, "invalid", 0, [], f"{len(errors)} errors (see errors.csv)")

        def handle(results: list[dict], raws: list[RawCase], jobs: list[dict]) -> None:
            """One chunk's outcome, in input order; rows the reader refused have no result."""
            given = iter(results)
            for raw, job in zip(raws, jobs, strict=True):
                if raw.errors or raw.data is None:
                    invalid(raw, job, raw.errors or [RowError(
                        raw.source, raw.row, "", "the case could not be read", raw.key)])
                    continue
                result = next(given)
                status = result["status"]
                if status == "invalid":
                    errors = []
                    for path, message in result["problems"]:
                        cell = raw.locate(_path_of(path))
                        errors.append(RowError(cell.source, cell.row, cell.column, message,
                                               raw.key))
                    invalid(raw, job, errors)
                elif status == "failed":
                    reports.case(job, "failed", result["findings"], result["files"],
                                 result["message"])
                    reports.error(Cell(raw.source, raw.row, ""), result["message"], raw.key)
                    with lock:
                        summary.row_errors += 1
                    tick("failed")
                elif status == "drafted" and pdf is not None:
                    pdf.put({k: v for k, v in job.items() if k != "data"}, result)
                else:
                    reports.case(job, status, result["findings"], result["files"],
                                 "; ".join(filter(None, [result["message"],
                                                         *result["warnings"]])))
                    tick(status)

        try:
            for error in source.orphans():
                reports.error(error)
                summary.row_errors += 1
            runner = _Runner(options, fingerprint)
            if soffice:
                pdf = PdfStage(options, reports, tick, soffice)
            for chunk in _chunks(source, size):
                jobs = [{"key": raw.key, "source": raw.source, "row": raw.row,
                         "folder": "" if raw.errors or raw.data is None else folder_name(raw.key),
                         "data": raw.data, "base_dir": str(raw.base_dir)} for raw in chunk]
                work = [job for job, raw in zip(jobs, chunk, strict=True)
                        if not (raw.errors or raw.data is None)]
                for results, context in runner.submit(work, (chunk, jobs)):
                    handle(results, *context)
            for results, context in runner.drain():
                handle(results, *context)
        except BaseException:
            cancelled = True
            raise
        finally:
            if runner is not None:
                runner.close(cancel=cancelled)
            if pdf is not None:
                pdf.finish()
            source.close()
            sync()  # what the cases wrote (each file without an fsync of its own), then
            reports.close()  # the reports that list them
            summary.seconds = time.monotonic() - started
    return summary
