"""Plain CSV logs of messages and calls: iPhone exports, carrier call records, hand-typed logs.

One row is one message or call. The columns are found by header, case-insensitively, among the
field names and common English aliases (see ``evidence.csvcolumns``); ``ReadOptions.columns``
maps a field to the file's own header for anything else (a Chinese header, say). Only ``time``
and ``number`` are required; a separate ``date`` and ``time`` column pair is joined.

- Encoding: UTF-8 (with or without BOM), UTF-16 with BOM (Excel "Unicode text"), else the
  jurisdiction's usual one (``ReadOptions.fallback_encoding``: GB 18030 for Chinese Excel
  exports). The choice is made by checking the whole file once, in constant memory.
- Delimiter: an Excel ``sep=`` line, tab for ``.tsv``, else whichever of comma, tab and semicolon
  the header line holds most of.
- Times: see ``evidence.times.parse_time``; a time without an offset is in
  ``ReadOptions.timezone``.
- Direction: words (in, incoming, received, inbound, out, outgoing, sent, outbound, missed,
  rejected, declined, voicemail, blocked, refused, draft, failed, ...) and Android's numeric codes,
  which are read by kind: for an SMS 1 received, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued; for
  a call 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 refused. No column, an empty
  cell or an unknown word gives ``Direction.UNKNOWN`` (unknown words are reported once each).
- Kind: a ``kind`` column (sms/text/message/mms/imessage, call/voice/phone), else a call when the
  row has a duration and no text or a direction only a call has (missed, rejected, voicemail...),
  else an SMS.

A row that cannot be read (no time, no number) is skipped with a warning naming the file, the row
(counted as a spreadsheet counts it, header included) and the column; the file goes on.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import re
from collections.abc import Iterator
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import TextIO

from complaint_kit.casefile.charsets import EncodingError, detect_encoding
from complaint_kit.evidence.csvcolumns import Columns, find_columns, no_columns_error
from complaint_kit.evidence.csvrecords import CsvRecord, CsvRecords
from complaint_kit.evidence.importing import (
    Direction,
    ExportError,
    ReadOptions,
    Record,
    Warnings,
)
from complaint_kit.evidence.times import DateOrder, TimeError, parse_duration, parse_time

_IN, _OUT = "in", "out"
DIRECTION_WORDS: dict[str, str] = {
    **dict.fromkeys(("in", "incoming", "received", "receive", "inbound", "inbox", "recv",
                     "answered", "incoming call", "received call"), _IN),
    **dict.fromkeys(("out", "outgoing", "sent", "send", "outbound", "dialed", "dialled",
                     "outgoing call", "delivered"), _OUT),
    "missed": Direction.MISSED, "missed call": Direction.MISSED, "unanswered": Direction.MISSED,
    "no answer": Direction.MISSED,
    "rejected": Direction.REJECTED, "declined": Direction.REJECTED,
    "voicemail": Direction.VOICEMAIL, "voice mail": Direction.VOICEMAIL,
    "blocked": Direction.REFUSED, "refused": Direction.REFUSED,
    "draft": Direction.DRAFT, "outbox": Direction.OUTBOX, "failed": Direction.FAILED,
    "queued": Direction.QUEUED,
}
# Android's Telephony (SMS) and CallLog (call) type codes.
SMS_TYPES = {"1": Direction.RECEIVED, "2": Direction.SENT, "3": Direction.DRAFT,
             "4": Direction.OUTBOX, "5": Direction.FAILED, "6": Direction.QUEUED}
CALL_TYPES = {"1": Direction.INCOMING, "2": Direction.OUTGOING, "3": Direction.MISSED,
              "4": Direction.VOICEMAIL, "5": Direction.REJECTED, "6": Direction.REFUSED}
_SIDES = {"sms": {_IN: Direction.RECEIVED, _OUT: Direction.SENT},
          "call": {_IN: Direction.INCOMING, _OUT: Direction.OUTGOING}}

# Words that only a call can have: a row with one is a call even without a duration.
CALL_WORDS = frozenset({"missed", "missed call", "unanswered", "no answer", "rejected",
                        "declined", "voicemail", "voice mail", "answered", "dialed", "dialled",
                        "incoming call", "outgoing call", "received call"})

KIND_WORDS = {**dict.fromkeys(("sms", "text", "message", "mms", "imessage", "rcs", "msg"), "sms"),
              **dict.fromkeys(("call", "voice", "phone", "phone call", "calls"), "call")}

_EXTENSIONS = (".csv", ".tsv", ".txt")
_EXCEL_SHORTENED = re.compile(r"^\d(?:\.\d+)?E\+\d+$", re.IGNORECASE)
_HEADER_SCAN_ROWS = 20  # a carrier statement may put a title block above the header


class CsvImporter:
    name = "csv"
    description = ("CSV or TSV of messages and calls (time, number, direction, text or duration): "
                   "iPhone exports, carrier call records, hand-typed logs")

    def __init__(self, direction_words: dict[str, str] | None = None,
                 kind_words: dict[str, str] | None = None) -> None:
        """``direction_words`` / ``kind_words`` add words (lower case) to the English ones; a
        plugin can register a CsvImporter that reads its language's words."""
        self.direction_words = {**DIRECTION_WORDS, **(direction_words or {})}
        self.kind_words = {**KIND_WORDS, **(kind_words or {})}

    def sniff(self, path: Path, head: bytes) -> bool:
        if path.suffix.lower() not in _EXTENSIONS:
            return False
        # The header line, or a line soon after it (a carrier statement may start with a title).
        lines = head.lstrip(codecs.BOM_UTF8).split(b"\n", 6)[:6]
        return any(d in line for line in lines for d in (b",", b"\t", b";"))

    def read(self, path: Path, options: ReadOptions) -> Iterator[Record]:
        path = Path(path)
        name = path.name
        try:
            encoding = options.encoding or detect_encoding(path, options.fallback_encoding)
            file = open(path, encoding=encoding, newline="")  # noqa: SIM115 (closed below)
        except OSError as error:
            raise ExportError(f"{name}: cannot read the file: {error.strerror or error}") from None
        except EncodingError as error:
            raise ExportError(f"{name}: {error}") from None
        warnings = Warnings(options.warnings)
        try:
            yield from self._rows(file, path, options, warnings)
        except UnicodeDecodeError as error:
            raise ExportError(f"{name}: the file is not valid {encoding} text "
                              f"({error.reason}); name its encoding with --encoding") from None
        except csv.Error as error:
            raise ExportError(f"{name}: cannot read the file as CSV: {error}") from None
        finally:
            file.close()
            warnings.finish(name)

    def _rows(self, file: TextIO, path: Path, options: ReadOptions,
              warnings: Warnings) -> Iterator[Record]:
        delimiter, row_number, head = _delimiter(file, path)
        reader = iter(CsvRecords(chain(head, file), delimiter))
        header, columns, row_number = _header(reader, row_number, options, path.name)
        rows = _RowReader(self, path.name, options, warnings, columns, header)
        for record in reader:
            row_number += 1
            row = rows.cells(record, row_number)
            if row is not None and (found := rows.record(row, row_number)) is not None:
                yield found


def _delimiter(file: TextIO, path: Path) -> tuple[str, int, list[str]]:
    """The delimiter, the rows before the data's first (1 after Excel's "sep=;" line), and the
    lines read to find it: the header and a few more (a title line may come first)."""
    first = file.readline()
    if first.lower().startswith("sep=") and len(first.rstrip("\r\n")) == 5:
        return first[4], 1, _head(file, file.readline())
    head = _head(file, first)
    if path.suffix.lower() == ".tsv":
        return "\t", 0, head
    return max((",", "\t", ";"), key=lambda d: sum(line.count(d) for line in head)), 0, head


def _head(file: TextIO, first: str) -> list[str]:
    head = [first]
    while len(head) < 5 and (line := file.readline()):
        head.append(line)
    return head


def _header(reader: Iterator[CsvRecord], row_number: int, options: ReadOptions,
            name: str) -> tuple[list[str], Columns, int]:
    """The header row, the columns it names and its row number, looked for in the first rows."""
    widest: list[str] = []  # for the message if no row fits
    for record in reader:
        row_number += 1
        row = record.cells
        if not any(cell.strip() for cell in row):
            continue
        if sum(1 for c in row if c.strip()) > sum(1 for c in widest if c.strip()):
            widest = row
        columns = find_columns(row, options.columns, name)
        if columns is not None:
            return row, columns, row_number
        if row_number >= _HEADER_SCAN_ROWS:
            break
    raise no_columns_error(widest, options.columns, name)


class _RowReader:
    """One file's data rows into records: its columns, the day/month order it has shown, and
    the words already reported as unknown (each is reported once)."""

    def __init__(self, importer: CsvImporter, name: str, options: ReadOptions,
                 warnings: Warnings, columns: Columns, header: list[str]) -> None:
        self.importer, self.name, self.options = importer, name, options
        self.warnings, self.columns, self.header = warnings, columns, header
        self.width = columns.width
        # Each row reads these (an optional column's index is None when the file lacks it).
        fields = columns.fields
        self.time_at, self.number_at = fields["time"], fields["number"]
        self.text_at, self.duration_at, self.kind_at, self.direction_at, self.contact_at = (
            fields.get(f) for f in ("text", "duration", "kind", "direction", "contact_name"))
        self.order = DateOrder()
        self.unknown_words: set[str] = set()

    def cells(self, record: CsvRecord, row_number: int) -> list[str] | None:
        """The record's cells padded to the columns' width; None for a row to skip (an empty
        one, or one the CSV reader could not read whole)."""
        if record.problems and self._report(record, row_number):
            return None
        row, width = record.cells, self.width
        if len(row) < width:
            if not any(c.strip() for c in row):
                return None
            row = row + [""] * (width - len(row))
        return row

    def _report(self, record: CsvRecord, row_number: int) -> bool:
        """Warn of what was wrong with a record; whether it costs the row (all but a stray
        quote do)."""
        skipped = False
        for index, kind, message in record.problems:
            header = self.header
            column = header[index].strip() if index < len(header) else f"#{index + 1}"
            skipped = skipped or kind != "quote"
            self.warnings.add(f"CSV {kind}", f"{self.name}: row {row_number} (line "
                              f"{record.line}), column '{column}': {message}"
                              + ("; row skipped" if kind != "quote" else ""))
        return skipped

    def record(self, row: list[str], row_number: int) -> Record | None:
        """The row as a record, or None (with a warning) when it has no usable time or number."""
        time = self._time(row, row_number)
        number = self._number(row, row_number) if time is not None else None
        if time is None or number is None:
            return None
        text = _cell(row, self.text_at)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        duration = self._duration(row, row_number)
        kind = self._kind(row, row_number)
        raw_direction = _cell(row, self.direction_at)
        word = raw_direction.lower()
        if kind is None:
            kind = ("call" if (duration is not None and not text) or word in CALL_WORDS
                    else "sms")
        return Record(time=time, kind=kind, direction=self._direction(
                          raw_direction, kind, row_number),
                      number=number, text=text, duration_seconds=duration,
                      contact_name=_cell(row, self.contact_at) or None,
                      where=f"{self.name}: row {row_number}")

    def _skip(self, row_number: int, reason: str, column: str, message: str) -> None:
        self.warnings.add(reason, f"{self.name}: row {row_number}, column '{column}': {message}")

    def _time(self, row: list[str], row_number: int) -> datetime | None:
        raw = row[self.time_at].strip()
        tz, time_format = self.options.timezone, self.options.time_format
        try:
            return parse_time(raw, tz, time_format, self.order)
        except TimeError as error:
            reason = str(error)
        date = self.columns.date
        if date is not None:  # separate date and time columns
            with contextlib.suppress(TimeError):
                return parse_time(f"{row[date]} {raw}", tz, time_format, self.order)
        self._skip(row_number, "unreadable time", "time",
                   f"cannot read '{raw}' as a time ({reason})")
        return None

    def _number(self, row: list[str], row_number: int) -> str | None:
        number = row[self.number_at].strip()
        if not number:
            self._skip(row_number, "no number", "number", "no number, row skipped")
            return None
        if _EXCEL_SHORTENED.match(number):
            self._skip(row_number, "number shortened by Excel", "number",
                       f"'{number}' is a number Excel shortened; the digits are lost (format "
                       f"the column as text before saving), row skipped")
            return None
        return number

    def _duration(self, row: list[str], row_number: int) -> int | None:
        raw = _cell(row, self.duration_at)
        if not raw:
            return None
        try:
            return parse_duration(raw)
        except ValueError:
            self.warnings.add("unreadable duration",
                              f"{self.name}: row {row_number}, column 'duration': cannot read "
                              f"'{raw}' as a duration; kept without it")
            return None

    def _kind(self, row: list[str], row_number: int) -> str | None:
        """"sms" or "call" as the kind column says; None when it does not say."""
        raw = _cell(row, self.kind_at)
        if not raw:
            return None
        kind = self.importer.kind_words.get(raw.lower())
        if kind is None and self._first_time(raw.lower()):
            self.options.warnings.append(f"{self.name}: row {row_number}, column 'kind': "
                                         f"'{raw}' is neither sms nor call; guessed from the "
                                         f"row (reported once)")
        return kind

    def _direction(self, raw: str, kind: str, row_number: int) -> str:
        word = raw.lower()
        if not word:
            return Direction.UNKNOWN
        if word.isdigit():
            return (SMS_TYPES if kind == "sms" else CALL_TYPES).get(word, Direction.UNKNOWN)
        found = self.importer.direction_words.get(word)
        if found is not None:
            return _SIDES[kind].get(found, found)
        if self._first_time(word):
            self.options.warnings.append(
                f"{self.name}: row {row_number}, column 'direction': '{raw}' is not a "
                f"direction I know; read as unknown (reported once)")
        return Direction.UNKNOWN

    def _first_time(self, word: str) -> bool:
        """Whether an unknown word is met for the first time in this file."""
        if word in self.unknown_words:
            return False
        self.unknown_words.add(word)
        return True


def _cell(row: list[str], index: int | None) -> str:
    """A cell's text, "" for a column the file lacks."""
    return row[index].strip() if index is not None and index < len(row) else ""
