"""A read case as the job a worker drafts: its plain data, its folder's name, whole text.

Also the way back from a validation problem's path to the cell it came from (``path_of``)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from complaint_kit.batch.lock import LOCK
from complaint_kit.batch.source import RawCase, RowError

_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair, or a lone one


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
        if _SURROGATE.search(data):
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


def may_hold_surrogates(data: Any) -> bool:
    """Whether some text in ``data`` may hold a surrogate: one search of its JSON text, so that
    the walk of ``join_surrogates`` is made only for the rare case that needs it (what JSON
    cannot write is left to the walk)."""
    try:
        text = json.dumps(data, ensure_ascii=False, default=str)
    except (TypeError, ValueError, RecursionError):
        return True
    return _SURROGATE.search(text) is not None


def path_of(problem_path: str) -> tuple:
    """``incidents[2].to.relation`` → ("incidents", 2, "to", "relation")."""
    parts: list[Any] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", problem_path):
        parts.append(int(index) if index else name)
    return tuple(parts)


def make_job(raw: RawCase) -> dict[str, Any]:
    """The plain data a worker drafts a case from. A row with text that encodes no character
    (a lone surrogate) becomes that row's errors; surrogate pairs are joined."""
    if not (raw.errors or raw.data is None) and may_hold_surrogates(raw.data):
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


def chunks(items: Iterable[RawCase], size: int) -> Iterator[list[RawCase]]:
    chunk: list[RawCase] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
