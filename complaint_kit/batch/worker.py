"""The worker side of a batch: a process that loads the plugins once, then drafts cases.

Each case is skipped when its manifest matches, else validated, drafted and finished."""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

from complaint_kit.batch.manifest import (
    clear_for_redraft,
    finish_case,
    is_whole,
    read_manifest,
    remove_dropped,
)
from complaint_kit.batch.options import NOTHING, VALID, Options
from complaint_kit.batch.reports import failure

_worker: dict[str, Any] = {}


def init_worker(options: Options, fingerprint: dict[str, Any]) -> None:
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


def draft_chunk(jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run in a worker: each job is one case's plain data; returns one result per job."""
    return [_draft_one(job) for job in jobs]


def _draft_one(job: dict[str, Any]) -> dict[str, Any]:
    options: Options = _worker["options"]
    folder = options.out / job["folder"]
    result: dict[str, Any] = {"status": "drafted", "findings": 0, "files": [], "problems": [],
                              "warnings": [], "message": "", "hash": ""}
    try:  # one case's failure never stops the batch; it is reported in its row
        if not options.check and _not_a_folder(folder):
            result.update(status="failed", message=(
                f"{job['folder']}: this case's folder in the output folder is a symbolic link "
                "or not a folder: nothing is written through it or deleted from it (remove "
                "it, then run the batch again)"))
            return result
        digest = result["hash"] = _input_hash(job["data"], _worker["fingerprint"])
        old = None if options.check else read_manifest(folder)
        if old and not options.force and old.get("input_sha256") == digest and \
                is_whole(folder, old):
            result.update(status="skipped", findings=old.get("findings", 0),
                          files=old["files"], message=old.get("message", ""))
            return result
        return _draft_validated(job, folder, digest, old, result)
    except Exception as exc:
        result.update(status="failed", message=failure(exc))
        return result


def _not_a_folder(folder: Path) -> bool:
    """A case's folder that is a symbolic link, or a file: never written through."""
    return folder.is_symlink() or (os.path.lexists(folder) and not folder.is_dir())


def _draft_validated(job: dict[str, Any], folder: Path, digest: str,
                     old: dict[str, Any] | None, result: dict[str, Any]) -> dict[str, Any]:
    from complaint_kit.casefile.load import CaseFileError, Problem, validate

    options: Options = _worker["options"]
    unlikely: list[Problem] = []  # possible but unlikely dates: said in the report, not refused
    try:
        case = validate(job["data"], job["source"], None, _worker["registry"], unlikely)
    except CaseFileError as exc:
        result.update(status="invalid", problems=[(p.path, p.message) for p in exc.problems])
        return result
    result["warnings"] = [p.format() for p in unlikely]
    if options.check:
        result["status"] = VALID
        return result
    clear_for_redraft(folder)
    drafted = _draft(case, job, folder, result)
    if drafted is None:
        return result
    files = _record(result, *drafted)
    if old:
        remove_dropped(folder, old, files)
    if not options.pdf or not files:  # with --pdf, the PDF stage finishes the case
        result["files"] = finish_case(folder, job["folder"], files, result["findings"], digest,
                                      options.zip and bool(files), job, result["message"])
    return result


def _draft(case: Any, job: dict[str, Any], folder: Path, result: dict[str, Any]
           ) -> tuple[int, list] | None:
    """The case's documents drafted into its folder, as (findings, drafts); None when the case
    fails (a --doc or --to name its jurisdiction does not have), said in ``result``."""
    from complaint_kit.draft.pipeline import DraftError, draft_case, safe_name
    from complaint_kit.plugins.registry import UnknownName

    options: Options = _worker["options"]
    if case.id and len(safe_name(case.id).encode()) > 100:
        # File names are <case id>-<kind>-<channel>.docx; keep them within 255 bytes.
        case = case.model_copy(update={"id": job["folder"]})
    try:
        assessment, drafts = draft_case(
            case, _worker["registry"], folder, doc=options.doc, to=options.to,
            reference_docx=options.reference_docx, base_dir=Path(job["base_dir"]),
            case_stem=job["folder"], durable=False, with_id_number=options.with_id_number)
    except DraftError as exc:
        if not str(exc).startswith("no document of"):
            raise
        # --doc/--to asked for a document this case's facts give no addressee for
        result["message"] = str(exc)
        return 0, []
    except UnknownName as exc:
        result.update(status="failed", message=str(exc).strip("'\""))
        return None
    return len(assessment.findings), drafts


def _record(result: dict[str, Any], findings: int, drafts: list) -> list[str]:
    """The drafts' files, findings and warnings put in ``result``; the files' names."""
    files = [d.path.name for d in drafts if d.path is not None]
    if not files:
        result["status"] = NOTHING
        result["message"] = result["message"] or "no rule appears to be broken: nothing to draft"
    result.update(findings=findings, files=files,
                  warnings=list(dict.fromkeys([*result["warnings"],
                                               *(w for d in drafts for w in d.warnings)])))
    return files
