"""The output folder's lock: one batch at a time writes into a folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from complaint_kit.batch.options import BatchError

LOCK = ".complaint-kit.lock"  # held by the run writing into an output folder


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
