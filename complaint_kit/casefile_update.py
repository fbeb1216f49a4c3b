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

from .atomic import atomic_write_text
from .case import Case, Evidence, Incident


class CaseFileUpdateError(Exception):
    """The case file cannot be edited in place (it changed, or it cannot be read back)."""


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
    for respondent_id, numbers in (phones or {}).items():
        entry = next((r for r in data.get("respondents") or []
                      if isinstance(r, dict) and r.get("id") == respondent_id), None)
        if entry is None:
            raise CaseFileUpdateError(f"{path}: no respondent {respondent_id!r} to add phones to")
        if entry.get("phones") is None:
            entry["phones"] = new.seq([])
        entry["phones"].extend(numbers)
    added_evidence = [new.item(e) for e in evidence]
    if added_evidence:
        if data.get("evidence") is None:
            data["evidence"] = new.seq([])
        data["evidence"].extend(added_evidence)
    _insert_incidents(data, before, list(incidents), new)
    if as_json:
        out = json.dumps(data, ensure_ascii=False, indent=_json_indent(text)) + "\n"
    else:
        stream = StringIO()
        yaml.dump(data, stream)
        out = stream.getvalue()
    atomic_write_text(path, ("\ufeff" if bom else "") + out)


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
        raise CaseFileUpdateError(f"cannot edit the YAML in place ({exc})") from None


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


def _insert_incidents(data: dict, before: Case, incidents: list[Incident], new: _Plain) -> None:
    if not incidents:
        return
    if data.get("incidents") is None:
        data["incidents"] = new.seq([])
    items = data["incidents"]
    times = [i.time for i in before.incidents]
    ordered = len(times) == len(items) and all(a <= b for a, b in pairwise(times))
    for incident in sorted(incidents, key=lambda i: i.time):
        if not ordered:
            items.append(new.item(incident))
            continue
        at = bisect.bisect_right(times, incident.time)
        times.insert(at, incident.time)
        items.insert(at, new.item(incident))
