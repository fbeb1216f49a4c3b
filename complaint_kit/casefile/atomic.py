"""Atomic file writes: a reader sees the old file or the whole new one, never half of it.

The rename alone makes a write atomic for every reader and for a process killed at any point.
``durable`` adds an fsync before it, so that the new file also survives a power cut. A batch
writes thousands of files and makes them durable all at once at its end instead (``sync``):
an fsync per file is most of the time a small document takes to write.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO


def _umask() -> int:
    mask = os.umask(0)  # the only portable way to read it; done once, at import
    os.umask(mask)
    return mask


# mkstemp makes 0600 files; the finished file gets the mode any new file would get (or keeps the
# mode of the file it replaces).
_NEW_FILE_MODE = 0o666 & ~_umask()


@contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "wb", *, durable: bool = True,
                **kwargs) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success (fsync and) rename it over ``path``."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = _NEW_FILE_MODE
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, durable: bool = True
                       ) -> None:
    with atomic_open(path, "wb", durable=durable) as handle:
        handle.write(data)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, durable: bool = True) -> None:
    with atomic_open(path, "w", durable=durable, encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def atomic_save(path: str | os.PathLike[str], save: Callable[[IO[bytes]], None], *,
                durable: bool = True) -> None:
    """Let ``save`` write into a binary stream (python-docx's ``Document.save`` takes one)."""
    with atomic_open(path, "wb", durable=durable) as handle:
        save(handle)


def sync() -> None:
    """Make every write so far durable (the files written with ``durable=False``)."""
    if hasattr(os, "sync"):
        os.sync()
