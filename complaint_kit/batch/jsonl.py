"""The JSONL input: one case, a JSON object, per line."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from complaint_kit.batch.source import BatchInput, RawCase, RowError, reason


class JsonlInput(BatchInput):
    """One case (a JSON object) per line; blank lines and lines starting with # are skipped."""

    def __init__(self, path: Path):
        self.path = path
        self.label = path.name

    def count(self) -> int:
        return sum(1 for _ in self._lines())

    def _ids(self) -> _IdIndex:
        index = _IdIndex()
        for number, line in self._lines():
            try:
                data = json.loads(line)
            except Exception:  # the row's own error is reported by _cases
                continue
            if isinstance(data, dict) and isinstance(data.get("id"), str | int):
                index.add(str(data["id"]), number)
        return index

    def _lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) of each case line; for a line that is not UTF-8, the reason
        after a NUL (which JSON text cannot start with)."""
        with self.path.open("rb") as f:
            for number, raw in enumerate(f, 1):
                if number == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip() or raw.lstrip().startswith(b"#"):
                    continue
                try:
                    yield number, raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield number, f"\0not UTF-8 text ({exc.reason} at byte {exc.start})"

    def __iter__(self) -> Iterator[RawCase]:
        ids = self._ids()
        try:
            yield from self._cases(ids)
        finally:
            ids.close()

    def _cases(self, ids: _IdIndex) -> Iterator[RawCase]:
        base = self.path.parent
        for number, line in self._lines():
            key = f"line-{number}"
            if line.startswith("\0"):
                yield RawCase(self.label, number, key, None, base, [RowError(
                    self.label, number, "", line[1:])])
                continue
            try:
                data = json.loads(line)
            except ValueError as exc:
                yield RawCase(self.label, number, key, None, base, [RowError(
                    self.label, number, "", f"not valid JSON: {exc}")])
                continue
            except Exception as exc:  # e.g. RecursionError: nested too deep
                yield RawCase(self.label, number, key, None, base, [RowError(
                    self.label, number, "", f"cannot read the line: {reason(exc)}")])
                continue
            if not isinstance(data, dict):
                yield RawCase(self.label, number, key, None, base, [RowError(
                    self.label, number, "", "a case must be a JSON object")])
                continue
            errors = []
            if data.get("id") not in (None, ""):
                key = str(data["id"])
                others = ", ".join(str(n) for n in ids.others(key, number))
                if others:
                    errors.append(RowError(self.label, number, "id",
                                           f"case id {key!r} is also used on line {others}", key))
            yield RawCase(self.label, number, key, None if errors else data, base, errors)


class _IdIndex:
    """Case ids and their rows, in a temporary SQLite file: repeated ids without holding them."""

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="complaint-kit-batch-")
        self.db = sqlite3.connect(Path(self._tmp.name) / "spool.sqlite")
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE ids (case_id TEXT, row INTEGER)")
        self._indexed = False

    def add(self, case_id: str, row: int) -> None:
        self.db.execute("INSERT INTO ids VALUES (?, ?)", (_key(case_id), row))

    def others(self, case_id: str, row: int) -> list[int]:
        if not self._indexed:
            self.db.execute("CREATE INDEX ids_by_id ON ids (case_id)")
            self._indexed = True
        return [r for (r,) in self.db.execute(
            "SELECT row FROM ids WHERE case_id = ? AND row != ? ORDER BY row",
            (_key(case_id), row))]

    def close(self) -> None:
        self.db.close()
        self._tmp.cleanup()


def _key(case_id: str) -> bytes:
    return case_id.encode("utf-8", "surrogatepass")
