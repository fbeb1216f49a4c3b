"""What a batch run is asked to do (``Options``), what it did (``Summary``), and its errors."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from complaint_kit import __version__

NOTHING = "nothing to draft"  # a good case whose facts call for no document
VALID = "valid"  # with --check: a good case, not drafted


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
