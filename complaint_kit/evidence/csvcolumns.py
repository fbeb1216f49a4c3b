"""Which column of a CSV log holds which field: the fields, their header aliases, the header row."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from complaint_kit.evidence.importing import ExportError

FIELDS = ("time", "number", "direction", "text", "duration", "kind", "contact_name")
REQUIRED = ("time", "number")

# Normalised header (lower case, "_"/"-" as spaces, "(...)" dropped) -> field, best first.
ALIASES: dict[str, tuple[str, ...]] = {
    "time": ("time", "datetime", "date time", "timestamp", "time stamp", "date", "when",
             "start time", "call time", "message date", "sent date", "received date",
             "date sent", "date received", "time sent", "time received"),
    "number": ("number", "phone", "phone number", "from", "address", "sender", "from number",
               "caller", "caller id", "other party", "remote number", "contact number",
               "handle", "sender id"),
    "direction": ("direction", "type", "call type", "message type", "in/out", "io",
                  "incoming/outgoing"),
    "text": ("text", "body", "message", "content", "message text", "sms", "msg", "message body"),
    "duration": ("duration", "seconds", "duration seconds", "call duration", "length",
                 "duration sec", "duration secs"),
    "kind": ("kind", "channel", "service", "medium"),
    "contact_name": ("contact_name", "contact name", "contact", "name", "display name",
                     "sender name", "caller name"),
}


def normalise_header(header: str) -> str:
    header = header.strip().lstrip("\ufeff")
    header = re.sub(r"\(.*?\)|\[.*?\]", "", header)
    return " ".join(header.lower().replace("_", " ").replace("-", " ").split())


@dataclass(frozen=True)
class Columns:
    """Field -> column index in a file, and the date column when date and time are apart."""

    fields: dict[str, int]
    date: int | None = None

    @property
    def width(self) -> int:
        """How many cells a row needs to hold every column found."""
        return max(self.fields.values()) + 1


def find_columns(row: list[str], mapping: Mapping[str, str], name: str) -> Columns | None:
    """The columns a header row names, or None if it lacks a required field or a mapped header
    (it may be a title row above the header). ``mapping`` is the user's field -> header."""
    headers = [normalise_header(h) for h in row]
    index: dict[str, int] = {}
    for i, header in enumerate(headers):
        index.setdefault(header, i)
    fields = _mapped(index, mapping, name)
    if fields is None:
        return None
    taken = set(fields.values())
    for field_name in FIELDS:
        if field_name not in fields:
            i = next((index[a] for a in ALIASES[field_name]
                      if a in index and index[a] not in taken), None)
            if i is not None:
                fields[field_name] = i
                taken.add(i)
    if any(f not in fields for f in REQUIRED):
        return None
    date = None
    if headers[fields["time"]] == "time" and "date" in index and index["date"] not in taken:
        date = index["date"]  # separate date and time columns
    return Columns(fields, date)


def _mapped(index: dict[str, int], mapping: Mapping[str, str],
            name: str) -> dict[str, int] | None:
    """The columns the user mapped, or None if the row lacks one of their headers."""
    fields: dict[str, int] = {}
    for field_name, header in mapping.items():
        if field_name not in FIELDS:
            raise ExportError(f"{name}: the column mapping names '{field_name}', which is "
                              f"not a field (fields: {', '.join(FIELDS)})")
        wanted = normalise_header(header)
        if wanted in index:
            fields[field_name] = index[wanted]
    if any(f not in fields for f in mapping):
        return None
    return fields


def no_columns_error(header: list[str], mapping: Mapping[str, str], name: str) -> ExportError:
    """What to say when no row names the columns: the mapped headers the file lacks, or the
    required fields; ``header`` is the widest row seen."""
    found = ", ".join(repr(h.strip()) for h in header) or "none"
    have = {normalise_header(h) for h in header}
    unknown = [h for h in mapping.values() if normalise_header(h) not in have]
    if unknown:
        problem = ("the column mapping names "
                   + ", ".join(repr(h) for h in unknown) + ", which the file lacks")
    else:
        problem = ("no column for the time and the number (headers such as 'time' or "
                   "'date' and 'number', 'phone' or 'from'; or map them, e.g. "
                   "time=<header>)")
    return ExportError(f"{name}: {problem}; the columns are: {found}")
