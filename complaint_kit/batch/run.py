"""Drafting many cases at once: a clinic's spreadsheet, CSV pair, JSONL file or folder of cases.

The parent process streams the input (``batch.inputs``), hands small chunks of cases to worker
processes and writes ``report.csv`` and ``errors.csv`` as results come back, in input order;
it never holds the whole input or all the results. Each worker loads the plugins and templates
once, then for each case: skips it when its manifest says it was drafted from the same input,
else validates it, drafts its documents (each written atomically), zips them if asked, and
last writes the case's manifest atomically. A batch killed at any point therefore leaves whole
files only, and a rerun drafts exactly the cases that have no matching manifest.

``--pdf`` is a separate stage in the parent: LibreOffice processes, one per core, convert finished
cases' documents in chunks while the workers go on drafting. It is supervised: whatever
goes wrong in it fails the cases it had (each listed in report.csv and errors.csv) and the run.

What one case brings never stops the others: an exception while reading, hashing, validating,
drafting or converting a case is that case's row in errors.csv (source, row, column). One run
at a time writes into an output folder (a lock file in it), and a case's folder that is a
symbolic link is never written through. Cells of report.csv and errors.csv that a spreadsheet
would take for a formula are neutralised (see ``csv_cell``).
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
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from complaint_kit import __version__
from complaint_kit.batch.columns import Cell
from complaint_kit.batch.source import BatchInput, RawCase, RowError
from complaint_kit.casefile.atomic import atomic_open, atomic_write_text, sync

MANIFEST = ".complaint-kit.json"
LOCK = ".complaint-kit.lock"  # held by the run writing into an output folder
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
    template_dirs: tuple[Path, ...] = ()  # --template-dir: searched before the plugins' own
    chunk_size: int | None = None
    progress: bool = True
    check: bool = False  # validate every row, draft nothing

    def fingerprint(self) -> dict[str, Any]:
        """What, besides the case's data, decides the files: a change redrafts the case."""
        ref = None
        if self.reference_docx is not None:
            ref = hashlib.sha256(self.reference_docx.read_bytes()).hexdigest()
        return {"version": __version__, "doc": self.doc, "to": self.to, "reference": ref,
                "pdf": self.pdf, "zip": self.zip, "with_id_number": self.with_id_number,
                **({"templates": _templates_digest(self.template_dirs)} if self.template_dirs
                   else {})}


def _templates_digest(folders: tuple[Path, ...]) -> str:
    """One digest of every template file in ``folders``: editing one redrafts the cases."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*.j2")):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@dataclass
class Summary:
    drafted: int = 0
    skipped: int = 0
    invalid: int = 0
    failed: int = 0
    valid: int = 0  # --check
    row_errors: int = 0  # lines in errors.csv
    seconds: float = 0.0
    stage_errors: list[str] = field(default_factory=list)  # a stage that failed (PDF)

    @property
    def done(self) -> int:
        return self.drafted + self.skipped + self.valid

    @property
    def ok(self) -> bool:
        return not (self.invalid or self.failed or self.row_errors or self.stage_errors)


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
    from complaint_kit.draft.pipeline import safe_name

    safe = safe_name(key)
    if safe == key and key == key.lower() and len(key.encode()) <= 64 and \
            key not in ("report.csv", "errors.csv", LOCK):
        return key
    short = safe.encode()[:60].decode("utf-8", "ignore").rstrip(" ._") or "case"
    return f"{short}-{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


def join_surrogates(data: Any, path: tuple = (), bad: list[tuple] | None = None
                    ) -> tuple[Any, list[tuple]]:
    """``data`` with every UTF-16 surrogate pair in its text (what a YAML or JSON reader
    leaves of an escaped emoji, ``\\ud83d\\udd2a``) joined into the character it encodes, and
    the paths of the text that still holds a lone surrogate (it encodes no character)."""
    bad = [] if bad is None else bad
    if isinstance(data, str):
        if any("\ud800" <= ch <= "\udfff" for ch in data):
            try:
                return data.encode("utf-16-le", "surrogatepass").decode("utf-16-le"), bad
            except UnicodeDecodeError:
                bad.append(path)
        return data, bad
    if isinstance(data, dict):
        out = {}
        for key, value in data.items():
            name, _ = join_surrogates(key, path, bad) if isinstance(key, str) else (key, bad)
            out[name], _ = join_surrogates(value, (*path, name), bad)
        return out, bad
    if isinstance(data, list):
        return [join_surrogates(v, (*path, i), bad)[0] for i, v in enumerate(data)], bad
    return data, bad


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
    from complaint_kit.casefile import load as caseio  # noqa: F401  (imported now, to be frozen below)
    from complaint_kit.plugins.loader import show_warnings_as_lines
    from complaint_kit.plugins.registry import get_registry

    show_warnings_as_lines()  # a plugin's bug, one line naming it, from a worker process too

    _worker["options"] = options
    _worker["fingerprint"] = fingerprint
    from complaint_kit.draft.templating import with_template_dirs

    _worker["registry"] = with_template_dirs(get_registry(), options.template_dirs)
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
    result: dict[str, Any] = {"status": "drafted", "findings": 0, "files": [], "problems": [],
                              "warnings": [], "message": "", "hash": ""}
    try:  # one case's failure never stops the batch; it is reported in its row
        if not options.check and (folder.is_symlink() or (
                os.path.lexists(folder) and not folder.is_dir())):
            result.update(status="failed", message=(
                f"{job['folder']}: this case's folder in the output folder is a symbolic link "
                "or not a folder: nothing is written through it or deleted from it (remove "
                "it, then run the batch again)"))
            return result
        digest = result["hash"] = _input_hash(job["data"], _worker["fingerprint"])
        old = None if options.check else read_manifest(folder)
        if old and not options.force and old.get("input_sha256") == digest and \
                _whole(folder, old):
            result.update(status="skipped", findings=old.get("findings", 0),
                          files=old["files"], message=old.get("message", ""))
            return result
        return _draft_validated(job, folder, digest, old, result)
    except Exception as exc:
        result.update(status="failed", message=failure(exc))
        return result


def failure(exc: BaseException) -> str:
    """An exception as one line for report.csv and errors.csv."""
    if isinstance(exc, RecursionError):
        return "RecursionError: the case is nested too deeply"
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:500]}" if text else type(exc).__name__


def _draft_validated(job: dict[str, Any], folder: Path, digest: str,
                     old: dict[str, Any] | None, result: dict[str, Any]) -> dict[str, Any]:
    from complaint_kit.casefile.load import CaseFileError, Problem, validate
    from complaint_kit.draft.pipeline import DraftError, draft_case, safe_name
    from complaint_kit.plugins.registry import UnknownName

    options: Options = _worker["options"]
    registry = _worker["registry"]
    unlikely: list[Problem] = []  # possible but unlikely dates: said in the report, not refused
    try:
        case = validate(job["data"], job["source"], None, registry, unlikely)
    except CaseFileError as exc:
        result.update(status="invalid", problems=[(p.path, p.message) for p in exc.problems])
        return result
    result["warnings"] = [p.format() for p in unlikely]
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
                  warnings=list(dict.fromkeys([*result["warnings"],
                                               *(w for d in drafts for w in d.warnings)])))
    if old:  # documents a changed case no longer calls for: plain names in its own folder
        for name in set(old.get("files", [])) - set(files):
            if isinstance(name, str) and name not in ("", ".", "..", MANIFEST) and \
                    "/" not in name and "\\" not in name and "\0" not in name:
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


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A cell for report.csv or errors.csv: text that a spreadsheet would run as a formula
    (``=HYPERLINK(...)``, ``@SUM(...)``, ``-2+3``) starts with a ``'``, as OWASP recommends, so
    that it is shown as the text it is; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class Reports:
    """report.csv and errors.csv, written as results arrive and put in place at the end.

    Every cell goes through ``csv_cell``; text that cannot be encoded (a lone surrogate) is
    written as its escape, never an error."""

    def __init__(self, out: Path):
        self.out = out
        self.lock = threading.Lock()
        self._files = {}
        self._writers = {}
        for name, columns in (("report", REPORT_COLUMNS), ("errors", ERROR_COLUMNS)):
            tmp = out / f".{name}.csv.part"
            handle = tmp.open("w", encoding="utf-8-sig", errors="backslashreplace",
                              newline="")
            self._files[name] = (handle, tmp)
            self._writers[name] = csv.writer(handle)
            self._writers[name].writerow(columns)

    def case(self, job: dict[str, Any], status: str, findings: int, files: Iterable[str],
             message: str = "") -> None:
        with self.lock:
            self._writers["report"].writerow(map(csv_cell, [
                job["key"], job["source"], job["row"], job.get("folder", ""), status,
                findings, ";".join(files), message]))

    def error(self, error: RowError | Cell, message: str = "", case: str = "") -> None:
        with self.lock:
            if isinstance(error, RowError):
                row = [error.source, error.row or "", error.column, error.case_id, error.message]
            else:
                row = [error.source, error.row, error.column, case, message]
            self._writers["errors"].writerow(map(csv_cell, row))

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


@contextmanager
def out_lock(out: Path) -> Iterator[None]:
    """Hold the output folder's lock for a run: a second run into the same folder is refused
    (the report files, the manifests and the case folders are one run's). The system drops
    the lock when the process ends, however it ends: a killed run leaves no stale lock."""
    try:
        fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o666)
    except OSError as exc:
        raise BatchError(f"{out / LOCK}: cannot open the lock file: {exc.strerror or exc}"
                         ) from None
    try:
        try:
            if os.name == "nt":  # pragma: no cover
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BatchError(f"{out}: another batch is writing into this folder; wait until it "
                             "ends, or give another --out") from None
        yield
    finally:
        os.close(fd)


def _job(raw: RawCase) -> dict[str, Any]:
    """The plain data a worker drafts a case from. A row with text that encodes no character
    (a lone surrogate) becomes that row's errors; surrogate pairs are joined."""
    if not (raw.errors or raw.data is None):
        raw.data, bad = join_surrogates(raw.data)
        for path in bad:
            cell = raw.locate(path)
            raw.errors.append(RowError(cell.source, cell.row, cell.column, (
                "text with a lone UTF-16 surrogate (an escape such as \\ud800 that is not "
                "half of a pair): it encodes no character"), raw.key))
        if bad:
            raw.data = None
    good = not (raw.errors or raw.data is None)
    return {"key": raw.key, "source": raw.source, "row": raw.row,
            "folder": folder_name(raw.key) if good else "",
            "data": raw.data, "base_dir": str(raw.base_dir)}


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
    # absolute: LibreOffice is given file URIs, and workers may not share the current folder
    options = replace(options, out=options.out.absolute())
    try:
        options.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"{options.out}: cannot make the output folder: "
                         f"{exc.strerror or exc}") from None
    with out_lock(options.out):
        return _run_locked(source, options, console, soffice, started)


def _run_locked(source: BatchInput, options: Options, console: Any, soffice: str | None,
                started: float) -> Summary:
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
                jobs = [_job(raw) for raw in chunk]
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
                summary.stage_errors += pdf.errors
            source.close()
            sync()  # what the cases wrote (each file without an fsync of its own), then
            reports.close()  # the reports that list them
            summary.seconds = time.monotonic() - started
    return summary
