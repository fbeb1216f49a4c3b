"""Phone exports into incidents: the record every importer yields, the importer interface, and
the warnings an importer gives for what it skips.

An importer streams ``Record``s from a file; ``evidence.exports.merge`` filters them, skips what
the case already holds and turns the rest into incidents.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo


class Direction:
    """What a record says about who contacted whom (plain strings, so unknown codes survive)."""

    RECEIVED = "received"  # an SMS or message that came in
    SENT = "sent"
    DRAFT = "draft"
    OUTBOX = "outbox"
    FAILED = "failed"
    QUEUED = "queued"
    INCOMING = "incoming"  # a call that was answered
    OUTGOING = "outgoing"
    MISSED = "missed"
    VOICEMAIL = "voicemail"
    REJECTED = "rejected"
    REFUSED = "refused"  # blocked by the phone
    UNKNOWN = "unknown"

    # Contacts that reached the phone's owner: the ones that become incidents.
    INBOUND = frozenset({RECEIVED, INCOMING, MISSED, VOICEMAIL, REJECTED, REFUSED, UNKNOWN})
    # Calls the owner did not pick up.
    UNANSWERED = frozenset({MISSED, VOICEMAIL, REJECTED, REFUSED})


@dataclass(slots=True)
class Record:
    """One message or call from an export."""

    time: datetime  # aware
    kind: str  # "sms", "call" (the case's Channel values)
    direction: str  # a Direction value
    number: str  # as the export gives it; normalised later
    text: str = ""
    duration_seconds: int | None = None
    contact_name: str | None = None
    where: str = ""  # "backup.xml: element 12", "log.csv: row 7" (for messages about it)


WARNINGS_PER_REASON = 20


class Warnings:
    """Warnings for one file: the first few of each reason in full, then a count."""

    def __init__(self, sink: list[str], noun: str = "rows",
                 limit: int = WARNINGS_PER_REASON) -> None:
        self.sink, self.noun, self.limit = sink, noun, limit
        self.counts: dict[str, int] = {}

    def add(self, reason: str, message: str) -> None:
        count = self.counts.get(reason, 0) + 1
        self.counts[reason] = count
        if count <= self.limit:
            self.sink.append(message)

    def finish(self, prefix: str) -> None:
        for reason, count in self.counts.items():
            if count > self.limit:
                self.sink.append(f"{prefix}: and {count - self.limit} more {self.noun} like "
                                 f"that ({reason}), not listed")


class ExportError(Exception):
    """An export that cannot be read; the message names the file and, where known, the place."""


@dataclass
class ReadOptions:
    """What an importer may need besides the file."""

    timezone: ZoneInfo  # for local times without an offset
    columns: Mapping[str, str] = field(default_factory=dict)  # CSV: field -> column header
    time_format: str | None = None  # strptime format for times the reader cannot guess
    encoding: str | None = None  # of a text export; None: detected (see charsets)
    fallback_encoding: str | None = None  # what a text export not in UTF-8 is taken to be in
    warnings: list[str] = field(default_factory=list)  # skipped rows etc., reported at the end


class Importer(Protocol):
    name: str  # "sms-backup", "csv"
    description: str

    def sniff(self, path: Path, head: bytes) -> bool:
        """Whether this importer reads the file; ``head`` is its first 4 KiB."""
        ...

    def read(self, path: Path, options: ReadOptions) -> Iterator[Record]:
        """Stream the file's records in constant memory; raise ExportError for a bad file."""
        ...
