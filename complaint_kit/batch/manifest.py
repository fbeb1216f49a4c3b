"""A case folder's manifest, written last: which input its files were drafted from.

A rerun skips the case while its input and its files are unchanged."""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path
from typing import Any

from complaint_kit import __version__
from complaint_kit.casefile.atomic import atomic_open, atomic_write_text

MANIFEST = ".complaint-kit.json"


def read_manifest(folder: Path) -> dict[str, Any] | None:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def is_whole(folder: Path, manifest: dict[str, Any]) -> bool:
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


def clear_for_redraft(folder: Path) -> None:
    """Ready a case's folder to be drafted into. The old manifest goes first, so that a run
    killed half-way through never leaves a manifest that vouches for a mix of old and new
    documents; then the temporary files of a run that was killed."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST).unlink(missing_ok=True)
    for stale in folder.glob(".*.part"):
        stale.unlink(missing_ok=True)


def remove_dropped(folder: Path, old: dict[str, Any], files: list[str]) -> None:
    """Delete the documents the old manifest lists that a changed case no longer calls for:
    plain names in its own folder only (a manifest is a file anyone could have edited)."""
    for name in set(old.get("files", [])) - set(files):
        if isinstance(name, str) and name not in ("", ".", "..", MANIFEST) and \
                "/" not in name and "\\" not in name and "\0" not in name:
            (folder / name).unlink(missing_ok=True)
