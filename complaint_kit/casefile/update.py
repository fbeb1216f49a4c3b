"""Adding to a case file in place, the way `import` does: the new incidents, evidence items and
respondent phones go in, and everything else stays as the user wrote it.

A YAML case is edited through ruamel.yaml's round-trip mode, which keeps comments, key order,
quoting and the file's own indentation; a JSON case stays JSON, with its key order. New
incidents go where their time puts them among the file's incidents (after the file's last one
when those are not in time order). Nothing else in the file is rewritten: the defaults the
reader fills in, and the forms it normalises, stay out of the file.

ruamel.yaml loads only when a case file is written.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Mapping
from io import StringIO
from itertools import pairwise
from pathlib import Path
from typing import Any

from complaint_kit.casefile.atomic import atomic_write_text
from complaint_kit.model.case import Case, Evidence, Incident


class CaseFileUpdateError(Exception):
    """The case file cannot be edited in place (it changed, or it cannot be read back)."""


_Additions = dict[str, list[tuple[int | None, Any]]]  # key -> (index to go before, item)
_Insert = tuple[int, bool, list[str]]  # (line, a new key?, the lines)


def add_to_case_file(path: Path, before: Case, *, incidents: Iterable[Incident] = (),
                     evidence: Iterable[Evidence] = (),
                     phones: Mapping[str, Iterable[str]] | None = None) -> None:
    """Add to the case file at ``path``, which held ``before`` when it was read."""
    raw = path.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    as_json = path.suffix.lower() == ".json"
    if as_json:
        data = json.loads(text)
        yaml = None
    else:
        yaml, data = _round_trip(text)
    if not isinstance(data, dict):
        raise CaseFileUpdateError(f"{path}: not a mapping of fields")
    new = _Plain(yaml is not None)
    items = data.get("incidents")
    additions = {
        "evidence": [(None, new.item(e)) for e in evidence],
        "incidents": _places(before, list(incidents), len(items) if isinstance(items, list)
                             else 0, new),
    }
    out = None
    if yaml is not None and not phones:
        out = _splice(text, data, additions, yaml)  # the file's own text, lines added
    if out is None:
        _add_phones(path, data, phones or {}, new)
        _apply(data, additions, new)
        if as_json:
            out = json.dumps(data, ensure_ascii=False, indent=_json_indent(text)) + "\n"
        else:
            stream = StringIO()
            yaml.dump(data, stream)
            out = stream.getvalue()
    atomic_write_text(path, ("\ufeff" if bom else "") + out)


def _add_phones(path: Path, data: dict, phones: Mapping[str, Iterable[str]], new: _Plain) -> None:
    for respondent_id, numbers in phones.items():
        entry = next((r for r in data.get("respondents") or []
                      if isinstance(r, dict) and r.get("id") == respondent_id), None)
        if entry is None:
            raise CaseFileUpdateError(f"{path}: no respondent {respondent_id!r} to add phones to")
        if entry.get("phones") is None:
            entry["phones"] = new.seq([])
        entry["phones"].extend(numbers)


def _places(before: Case, incidents: list[Incident], in_file: int,
            new: _Plain) -> list[tuple[int | None, Any]]:
    """(index of the file's incident each new one goes before, or None for the end; item), in
    time order: where its time puts it, if the file's incidents are in time order."""
    times = [i.time for i in before.incidents]
    ordered = len(times) == in_file and all(a <= b for a, b in pairwise(times))
    places = []
    for incident in sorted(incidents, key=lambda i: i.time):
        at = bisect.bisect_right(times, incident.time) if ordered else len(times)
        places.append((at if at < len(times) else None, new.item(incident)))
    return places


def _apply(data: dict, additions: _Additions, new: _Plain) -> None:
    for key, adds in additions.items():
        if not adds:
            continue
        if data.get(key) is None:
            data[key] = new.seq([])
        seq = data[key]
        for at, item in reversed([a for a in adds if a[0] is not None]):
            seq.insert(at, item)
        seq.extend(item for at, item in adds if at is None)


def _splice(text: str, data: Any, additions: _Additions, yaml: Any) -> str | None:
    """The file's text with the new items' lines inserted, every other line as it was; None
    when the lists are not block lists this can add to (then the caller dumps the file)."""
    from ruamel.yaml.comments import CommentedMap

    if not isinstance(data, CommentedMap):
        return None
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\r\n" if lines[0].endswith("\r\n") else "\n"
    inserts = _inserts(lines, data, additions, yaml)
    if inserts is None:
        return None
    out = _with_inserts(lines, inserts)
    # The text must read back as the file with the items added, and nothing else changed.
    expected = _plain(data)
    _apply(expected, additions, _Plain(False))
    try:
        if _plain(yaml.load(out)) != expected:
            return None
    except Exception:  # ruamel raises many kinds; the caller then dumps the file instead
        return None
    return out


def _inserts(lines: list[str], data: Any, additions: _Additions,
             yaml: Any) -> list[_Insert] | None:
    """Where each key's new items go: a new key's block at the end of the file, else after
    or among the list's items; None if a list is not a block list."""
    tops = sorted(data.lc.key(k)[0] for k in data)
    inserts: list[_Insert] = []
    for key, adds in additions.items():
        if not adds:
            continue
        if key not in data:
            inserts.append((len(lines), True, _render(yaml, key, [i for _, i in adds], None)))
            continue
        found = _list_inserts(lines, data, key, adds, yaml, tops)
        if found is None:
            return None
        inserts += found
    return inserts


def _list_inserts(lines: list[str], data: Any, key: str, adds: list[tuple[int | None, Any]],
                  yaml: Any, tops: list[int]) -> list[_Insert] | None:
    """The new items of the top-level list ``key``, each group before the item it goes before
    (with that item's comment) or after the list's last line; None if it is not a block list."""
    from ruamel.yaml.comments import CommentedSeq

    seq = data.get(key)
    if not isinstance(seq, CommentedSeq) or not seq or seq.fa.flow_style():
        return None
    first = lines[seq.lc.item(0)[0]]
    if not first.lstrip(" ").startswith("-"):
        return None
    dash = len(first) - len(first.lstrip(" "))
    key_line = data.lc.key(key)[0]
    groups: dict[int | None, list] = {}
    for at, item in adds:
        groups.setdefault(at, []).append(item)
    inserts: list[_Insert] = []
    for at, group in groups.items():
        if at is None:
            line = _list_end(lines, key_line, tops)
        else:
            line = seq.lc.item(at)[0]
            while line - 1 > key_line and lines[line - 1].lstrip().startswith("#"):
                line -= 1  # a comment above an item stays with it
        inserts.append((line, False, _render(yaml, key, group, dash)))
    return inserts


def _list_end(lines: list[str], key_line: int, tops: list[int]) -> int:
    """The line after a top-level list's last item: before the next key, and before the blank
    and comment lines above that key."""
    end = next((line for line in tops if line > key_line), len(lines))
    while end > key_line + 1 and (not lines[end - 1].strip()
                                  or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    return end


def _with_inserts(lines: list[str], inserts: list[_Insert]) -> str:
    crlf = bool(lines) and lines[0].endswith("\r\n")  # a file saved on Windows stays so
    lines = list(lines)
    # From the bottom up; at one line, a list's new items before a new key's block.
    ordered = sorted(enumerate(inserts), key=lambda x: (x[1][0], x[1][1], x[0]), reverse=True)
    for _, (line, _, block) in ordered:
        lines[line:line] = [b.replace("\n", "\r\n") for b in block] if crlf else block
    return "".join(lines)


def _render(yaml: Any, key: str, items: list, dash: int | None) -> list[str]:
    """``items`` as the lines of a top-level list ``key`` (with the key line when ``dash`` is
    None, else without, with their dashes at that column)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedSeq

    out = YAML()
    out.width = yaml.width
    file_offset = yaml.sequence_dash_offset or 0
    offset = file_offset if dash is None else dash
    after_dash = max((yaml.sequence_indent or 2) - file_offset, 2)
    out.indent(mapping=yaml.map_indent or 2, sequence=offset + after_dash, offset=offset)
    stream = StringIO()
    out.dump({key: CommentedSeq(items)}, stream)
    rendered = stream.getvalue().splitlines(keepends=True)
    return rendered if dash is None else rendered[1:]


def _plain(data: Any) -> Any:
    return json.loads(json.dumps(data, default=str))


def _round_trip(text: str) -> tuple[Any, Any]:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        yaml = YAML()  # round-trip, YAML 1.2: what the case reader resolves
        yaml.preserve_quotes = True
        yaml.width = 4096  # never refold the user's long lines
        yaml.indent(**_indents(text))
        return yaml, yaml.load(text)
    except (YAMLError, ValueError, IndexError) as exc:
        # Only where and what: a parser's message may quote the file, and cases are personal.
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise CaseFileUpdateError(f"cannot edit the YAML in place ({where}{problem})") from None


def _indents(text: str) -> dict[str, int]:
    """The file's own indentation, for what is added: of a mapping under its key, of a list's
    dash under its key (``offset``), and of the item after the dash (``sequence``)."""
    found = {"mapping": 2, "sequence": 2, "offset": 0}
    seen: set[str] = set()
    parent: int | None = None  # the indent of a line that is only "key:"
    for line in text.splitlines():
        body = line.lstrip(" ")
        if not body or body.startswith("#"):
            continue
        indent = len(line) - len(body)
        if parent is not None and indent > parent:
            if body.startswith("- ") and "offset" not in seen:
                after = len(body) - len(body[1:].lstrip(" "))
                found["offset"], found["sequence"] = indent - parent, indent - parent + after
                seen.add("offset")
            elif not body.startswith("-") and "mapping" not in seen:
                found["mapping"] = indent - parent
                seen.add("mapping")
            if len(seen) == 2:
                break
        key_only = re.match(r"(?:- )?[^\s#'\"{}\[\]][^#]*:\s*(?:#.*)?$", body)
        parent = indent + (2 if body.startswith("- ") else 0) if key_only else None
    return found


def _json_indent(text: str) -> int | None:
    match = re.search(r"^[{\[][ \t]*\r?\n([ \t]+)\S", text)
    return len(match.group(1).expandtabs(4)) if match else None


class _Plain:
    """Model objects as the plain data a case file holds (multi-line text as a | block)."""

    def __init__(self, yaml: bool) -> None:
        self.yaml = yaml

    def item(self, model: Incident | Evidence) -> Any:
        return self._convert(model.model_dump(mode="json", exclude_defaults=True))

    def seq(self, items: list) -> Any:
        if not self.yaml:
            return items
        from ruamel.yaml.comments import CommentedSeq

        return CommentedSeq(items)

    def _convert(self, value: Any) -> Any:
        if not self.yaml:
            return value
        from ruamel.yaml.comments import CommentedMap, CommentedSeq
        from ruamel.yaml.scalarstring import LiteralScalarString

        if isinstance(value, dict):
            return CommentedMap((k, self._convert(v)) for k, v in value.items())
        if isinstance(value, list):
            return CommentedSeq(self._convert(v) for v in value)
        if isinstance(value, str) and "\n" in value and value == value.strip(" "):
            return LiteralScalarString(value)
        return value
