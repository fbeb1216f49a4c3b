"""Plain CSV logs of messages and calls: iPhone exports, carrier call records, hand-typed logs.

One row is one message or call. The columns are found by header, case-insensitively, among the
field names and common English aliases (see ``ALIASES``); ``ReadOptions.columns`` maps a field to
the file's own header for anything else (a Chinese header, say). Only ``time`` and ``number`` are
required; a separate ``date`` and ``time`` column pair is joined.

- Encoding: UTF-8 (with or without BOM), UTF-16 with BOM (Excel "Unicode text"), else GB18030
  (Chinese Excel exports). The choice is made by checking the whole file once, in constant memory.
- Delimiter: an Excel ``sep=`` line, tab for ``.tsv``, else whichever of comma, tab and semicolon
  the header line holds most of.
- Times: see ``parse_time``; a time without an offset is in ``ReadOptions.timezone``.
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
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path

from complaint_kit.casefile.charsets import detect_encoding
from complaint_kit.evidence.importing import Direction, ExportError, ReadOptions, Record

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

# --- times ------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_OFFSET = re.compile(r"(?:\s|\b(?:UTC|GMT))\s*([+-])(\d{1,2})(?::?(\d{2}))?\s*$", re.IGNORECASE)
_UTC_WORD = re.compile(r"\s+(?:Z|UTC|GMT)\s*$", re.IGNORECASE)
_MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
# Morning and afternoon markers: English, and the Chinese ones Android writes in a zh locale
# (shang wu, xia wu, ling chen, zao shang, zhong wu, wan shang), escaped to keep the source ASCII.
_PM = frozenset({"pm", "p", "\u4e0b\u5348", "\u665a\u4e0a", "\u4e2d\u5348"})
_AM = frozenset({"am", "a", "\u4e0a\u5348", "\u51cc\u6668", "\u65e9\u4e0a"})
_IGNORED_WORDS = frozenset({"t", "at", "on", "of", "the", "mon", "tue", "tues", "wed", "thu",
                            "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
                            "wednesday", "thursday", "friday", "saturday", "sunday"})
_EPOCH_MS_MIN = 100_000_000_000  # smaller epoch values are seconds (ms would be before 1973)
_YEAR_MIN, _YEAR_MAX = 1990, 2100


class TimeError(ValueError):
    """A time that cannot be read; the message says why, for the warning."""


class DateOrder:
    """For day/month/year dates: whether the day comes first, once a file has shown it."""

    __slots__ = ("dayfirst",)

    def __init__(self) -> None:
        self.dayfirst: bool | None = None


def epoch_time(value: int | float, tz: tzinfo) -> datetime:
    """Epoch seconds or milliseconds (told apart by size) as an aware time in ``tz``."""
    if value >= _EPOCH_MS_MIN:
        value = value / 1000
    result = datetime.fromtimestamp(value, tz)
    if not _YEAR_MIN <= result.year <= _YEAR_MAX:
        raise TimeError(f"the year {result.year} is out of range")
    return result


def parse_time(text: str, tz: tzinfo, time_format: str | None = None,
               order: DateOrder | None = None) -> datetime:
    """Read a time as exports write it; the result is aware and in ``tz``.

    Accepted: ISO 8601 with or without offset; ``YYYY-MM-DD HH:MM[:SS]`` with ``-``, ``/`` or
    ``.``; any year-month-day digit runs (Chinese ``2016<nian>8<yue>27<ri> 14:10:00``, with
    morning/afternoon markers); English month names (``Aug 27, 2016 2:10:00 PM``,
    ``27 August 2016 14:10``); day/month/year or month/day/year when the day or month is over 12
    or ``order`` already knows the file's order; compact ``YYYYMMDDHHMM[SS]``; epoch seconds or
    milliseconds; and ``time_format`` (strptime) when given. A trailing ``+08:00``, ``GMT+8`` or
    ``UTC`` is an offset. A date without a time of day is refused, not read as midnight.
    """
    s = text.strip()
    if not s:
        raise TimeError("it is empty")
    if time_format:
        try:
            return _localise(datetime.strptime(s, time_format), tz)
        except ValueError:
            pass
    if s[0].isdigit() and len(s) > 10:
        try:
            return _localise(datetime.fromisoformat(s), tz)  # the common case, in C
        except ValueError:
            pass
    if s.isdigit():
        return _digits_time(s, tz)
    offset: tzinfo | None = None
    match = _OFFSET.search(s)
    if match:
        sign, hours, minutes = match.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        if delta > timedelta(hours=14):
            raise TimeError("the offset is out of range")
        offset = timezone(-delta if sign == "-" else delta)
        s = s[:match.start()]
    else:
        match = _UTC_WORD.search(s)
        if match:
            offset, s = UTC, s[:match.start()]
    naive = _token_time(s, order)
    return _localise(naive.replace(tzinfo=offset) if offset else naive, tz)


def _localise(value: datetime, tz: tzinfo) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    return value.astimezone(tz)


def _digits_time(s: str, tz: tzinfo) -> datetime:
    if len(s) in (12, 14) and s[:2] in ("19", "20") and "01" <= s[4:6] <= "12":
        try:  # compact YYYYMMDDHHMM[SS], as carrier records write it
            return _localise(datetime.strptime(s, "%Y%m%d%H%M%S" if len(s) == 14
                                               else "%Y%m%d%H%M"), tz)
        except ValueError:
            pass
    if len(s) < 9:
        raise TimeError("it is neither a date nor an epoch time")
    return epoch_time(int(s), tz)


def _token_time(s: str, order: DateOrder | None) -> datetime:
    numbers: list[str] = []
    month_name = 0
    half = ""  # "am" / "pm"
    for token in _TOKEN.findall(s):
        if token[0].isdigit():
            numbers.append(token)
            continue
        word = token.lower()
        if word in _MONTHS and not month_name:
            month_name = _MONTHS[word]
        elif word in _PM:
            half = "pm"
        elif word in _AM:
            half = "am"
        elif word.isascii() and word not in _IGNORED_WORDS:
            raise TimeError(f"the word '{token}' is not part of a time")
        # other scripts' words are separators: the year/month/day markers of CJK dates
    if month_name:
        if len(numbers) < 2:
            raise TimeError("it has no day or year")
        first, second = numbers[0], numbers[1]
        if len(first) == 4:
            year, day = first, second
        elif len(second) == 4:
            day, year = first, second
        else:
            raise TimeError("it has no four-digit year")
        month, rest = month_name, numbers[2:]
    else:
        if len(numbers) < 3:
            raise TimeError("it has no year, month and day")
        a, b, c = numbers[:3]
        rest = numbers[3:]
        if len(a) == 4:
            year, month, day = a, int(b), c
        elif len(c) == 4:
            year = c
            day, month = _day_month(int(a), int(b), order)
        else:
            raise TimeError("it has no four-digit year")
    if len(rest) < 2:
        raise TimeError("it has no time of day")
    hour, minute = int(rest[0]), int(rest[1])
    second = int(rest[2]) if len(rest) > 2 else 0
    micro = int(rest[3][:6].ljust(6, "0")) if len(rest) > 3 else 0
    if half:
        if not 1 <= hour <= 12:
            raise TimeError(f"the hour {hour} does not go with AM/PM")
        hour = hour % 12 + (12 if half == "pm" else 0)
    try:
        return datetime(int(year), month, int(day), hour, minute, second, micro)
    except ValueError as error:
        raise TimeError(str(error)) from None


def _day_month(a: int, b: int, order: DateOrder | None) -> tuple[int, int]:
    if a > 12 >= b:
        if order is not None:
            order.dayfirst = True
        return a, b
    if b > 12 >= a:
        if order is not None:
            order.dayfirst = False
        return b, a
    if a == b:
        return a, b
    if order is not None and order.dayfirst is not None:
        return (a, b) if order.dayfirst else (b, a)
    raise TimeError("the day and month could be either way round (give a time format)")


# --- durations --------------------------------------------------------------------------------

_DURATION_UNITS = {
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours", "\u5c0f\u65f6", "\u65f6"), 3600),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes", "\u5206", "\u5206\u949f"), 60),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds", "\u79d2"), 1),
}
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([^\W\d_]*)")


def parse_duration(text: str) -> int | None:
    """Seconds from ``65``, ``65.0``, ``1:05``, ``00:01:05``, ``1m 5s``, ``1min5sec`` (or CJK
    units); None for an empty cell. Raises ValueError for anything else."""
    s = text.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if ":" in s:
        parts = s.split(":")
        if len(parts) > 3 or not all(p.strip().isdigit() for p in parts):
            raise ValueError(s)
        total = 0
        for part in parts:
            total = total * 60 + int(part)
        return total
    total_f, end = 0.0, 0
    for match in _DURATION_PART.finditer(s):
        if s[end:match.start()].strip(" ,"):
            raise ValueError(s)
        number, unit = match.groups()
        factor = _DURATION_UNITS.get(unit.lower()) if unit else 1
        if factor is None:
            raise ValueError(s)
        total_f += float(number) * factor
        end = match.end()
    if end == 0 or s[end:].strip():
        raise ValueError(s)
    return round(total_f)


# --- files ------------------------------------------------------------------------------------

_EXTENSIONS = (".csv", ".tsv", ".txt")
_EXCEL_SHORTENED = re.compile(r"^\d(?:\.\d+)?E\+\d+$", re.IGNORECASE)
_HEADER_SCAN_ROWS = 20  # a carrier statement may put a title block above the header
_WARNINGS_PER_REASON = 20


def normalise_header(header: str) -> str:
    header = header.strip().lstrip("\ufeff")
    header = re.sub(r"\(.*?\)|\[.*?\]", "", header)
    return " ".join(header.lower().replace("_", " ").replace("-", " ").split())


class Warnings:
    """Warnings for one file: the first few of each reason in full, then a count."""

    def __init__(self, sink: list[str], noun: str = "rows",
                 limit: int = _WARNINGS_PER_REASON) -> None:
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


@dataclass(slots=True)
class CsvRecord:
    """One CSV record: the line it starts on, its cells, and what was wrong with it."""

    line: int  # 1-based physical line, as an editor shows it
    cells: list[str]
    # (cell index, kind, what was wrong); kind "quote": the cell where an unclosed quote
    # opened, read to the end of its line; "size": a cell left empty because it was too long;
    # "csv": a line the csv module cannot read at all.
    problems: list[tuple[int, str, str]] = field(default_factory=list)


class CsvRecords:
    """CSV records from lines, where one bad record costs that record and not the file.

    The rule, in one place: a quoted cell may run over several lines (a message with line
    breaks) only if it closes properly, as a strict reader checks. A quote that stays open to
    the end of the file, or closes in the middle of a cell on a later line, is a stray quote:
    the record is read from its first line alone (the quote runs to the end of that line), the
    cell is reported, and reading goes on with the next line, so the rows after it stay rows.
    A cell longer than ``csv.field_size_limit()`` (128 KiB) is left empty and reported, and
    the rest of its row is kept.
    """

    def __init__(self, lines: Iterable[str], delimiter: str = ",") -> None:
        self._lines = iter(lines)
        self._pending: deque[str] = deque()  # lines given back after a stray quote
        self._taken: list[str] = []  # the physical lines of the record being read
        self.delimiter = delimiter
        self.line = 0  # physical lines consumed

    def _feed(self) -> Iterator[str]:
        while True:
            if self._pending:
                line = self._pending.popleft()
            else:
                line = next(self._lines, None)
                if line is None:
                    return
            self._taken.append(line)
            yield line

    def __iter__(self) -> Iterator[CsvRecord]:
        reader = None
        while True:
            if reader is None:  # anew after lines were given back (the old one may be done)
                reader = csv.reader(self._feed(), delimiter=self.delimiter)
            self._taken = []
            start = self.line + 1
            try:
                cells = next(reader)
                error = None
            except StopIteration:
                return
            except csv.Error as exc:
                cells, error = None, exc
            taken = self._taken
            if cells is not None and (len(taken) == 1 or self._closes(taken)):
                self.line += len(taken)
                yield CsvRecord(start, cells)
                continue
            if len(taken) > 1 or error is None:
                # A stray quote: this line alone, the lines after it again from the start.
                self.line += 1
                self._pending.extendleft(reversed(taken[1:]))
                reader = None
                cells, problems = self._alone(taken[0])
                index = max(len(cells) - 1, 0)
                problems.append((index, "quote", "a quote opened in this cell does not close "
                                 "properly, so it would take in the lines after it; read to "
                                 "the end of its line"))
                yield CsvRecord(start, cells, problems)
                continue
            self.line += 1
            if "field larger than field limit" not in str(error):
                yield CsvRecord(start, [], [(0, "csv", f"not readable as CSV ({error})")])
                continue
            cells, problems = self._alone(taken[0])
            yield CsvRecord(start, cells, problems)

    def _closes(self, lines: list[str]) -> bool:
        try:
            return len(list(csv.reader(lines, delimiter=self.delimiter, strict=True))) == 1
        except csv.Error:
            return False

    def _alone(self, line: str) -> tuple[list[str], list[tuple[int, str, str]]]:
        """One line's cells, read without the size limit, with the oversized ones emptied."""
        limit = csv.field_size_limit()
        csv.field_size_limit(max(limit, len(line) + 1))
        try:
            cells = next(csv.reader([line], delimiter=self.delimiter), [])
        except csv.Error as exc:
            return [], [(0, "csv", f"not readable as CSV ({exc})")]
        finally:
            csv.field_size_limit(limit)
        problems = []
        for i, cell in enumerate(cells):
            if len(cell) > limit:
                cells[i] = ""
                problems.append((i, "size", f"a cell of {len(cell):,} characters, longer "
                                 f"than the {limit // 1024} KiB a cell may hold"))
        return cells, problems


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

    def _rows(self, file, path: Path, options: ReadOptions,
              warnings: Warnings) -> Iterator[Record]:
        name = path.name
        first = file.readline()
        row_number = 0
        delimiter = None
        if first.lower().startswith("sep=") and len(first.rstrip("\r\n")) == 5:
            delimiter = first[4]  # Excel's "sep=;" line
            row_number = 1
            first = file.readline()
        elif path.suffix.lower() == ".tsv":
            delimiter = "\t"
        head = [first]  # a few lines, for the delimiter (a title line may come first)
        while len(head) < 5 and (line := file.readline()):
            head.append(line)
        if delimiter is None:
            delimiter = max((",", "\t", ";"), key=lambda d: sum(line.count(d) for line in head))

        def lines() -> Iterator[str]:
            yield from head
            yield from file

        reader = iter(CsvRecords(lines(), delimiter))
        columns: dict[str, int] | None = None
        date_column: int | None = None
        header: list[str] = []  # the widest row seen, for the message if no header fits
        for record in reader:
            row_number += 1
            row = record.cells
            if not any(cell.strip() for cell in row):
                continue
            if sum(1 for c in row if c.strip()) > sum(1 for c in header if c.strip()):
                header = row
            columns, date_column = self._resolve(row, options, name)
            if columns is not None or row_number >= _HEADER_SCAN_ROWS:
                break
        if columns is None:
            found = ", ".join(repr(h.strip()) for h in header) or "none"
            have = {normalise_header(h) for h in header}
            unknown = [h for h in options.columns.values() if normalise_header(h) not in have]
            if unknown:
                problem = ("the column mapping names "
                           + ", ".join(repr(h) for h in unknown) + ", which the file lacks")
            else:
                problem = ("no column for the time and the number (headers such as 'time' or "
                           "'date' and 'number', 'phone' or 'from'; or map them, e.g. "
                           "time=<header>)")
            raise ExportError(f"{name}: {problem}; the columns are: {found}")
        yield from self._records(reader, row_number, columns, date_column, options, name,
                                 warnings, row)

    def _resolve(self, row: list[str], options: ReadOptions,
                 name: str) -> tuple[dict[str, int] | None, int | None]:
        """Field -> column index for a header row, or None if the required fields are missing."""
        headers = [normalise_header(h) for h in row]
        index: dict[str, int] = {}
        for i, header in enumerate(headers):
            index.setdefault(header, i)
        columns: dict[str, int] = {}
        for field_name, header in options.columns.items():
            if field_name not in FIELDS:
                raise ExportError(f"{name}: the column mapping names '{field_name}', which is "
                                  f"not a field (fields: {', '.join(FIELDS)})")
            wanted = normalise_header(header)
            if wanted in index:
                columns[field_name] = index[wanted]
        if any(f not in columns for f in options.columns):
            return None, None  # maybe a title row above the header: keep looking
        taken = set(columns.values())
        for field_name in FIELDS:
            if field_name in columns:
                continue
            for alias in ALIASES[field_name]:
                i = index.get(alias)
                if i is not None and i not in taken:
                    columns[field_name] = i
                    taken.add(i)
                    break
        if any(f not in columns for f in REQUIRED):
            return None, None
        date_column = None
        time_header = headers[columns["time"]]
        if time_header == "time" and "date" in index and index["date"] not in taken:
            date_column = index["date"]  # separate date and time columns
        return columns, date_column

    def _records(self, reader, row_number: int, columns: dict[str, int],
                 date_column: int | None, options: ReadOptions, name: str,
                 warnings: Warnings, header: list[str]) -> Iterator[Record]:
        tz, time_format = options.timezone, options.time_format
        order = DateOrder()
        c_time, c_number = columns["time"], columns["number"]
        c_direction = columns.get("direction")
        c_text, c_duration = columns.get("text"), columns.get("duration")
        c_kind, c_contact = columns.get("kind"), columns.get("contact_name")
        width = max(columns.values()) + 1
        direction_words, kind_words = self.direction_words, self.kind_words
        unknown_words: set[str] = set()

        def cell(row: list[str], index: int | None) -> str:
            return row[index].strip() if index is not None and index < len(row) else ""

        def skip(reason: str, column: str, message: str) -> None:
            warnings.add(reason, f"{name}: row {row_number}, column '{column}': {message}")

        for record in reader:
            row_number += 1
            row = record.cells
            if record.problems:
                skipped = False
                for index, kind, message in record.problems:
                    column = header[index].strip() if index < len(header) else f"#{index + 1}"
                    skipped = skipped or kind != "quote"
                    warnings.add(f"CSV {kind}", f"{name}: row {row_number} (line {record.line}), "
                                 f"column '{column}': {message}"
                                 + ("; row skipped" if kind != "quote" else ""))
                if skipped:
                    continue
            if len(row) < width:
                if not any(c.strip() for c in row):
                    continue
                row = row + [""] * (width - len(row))
            raw_time = row[c_time].strip()
            try:
                time = parse_time(raw_time, tz, time_format, order)
            except TimeError as error:
                time, reason = None, str(error)
                if date_column is not None:  # separate date and time columns
                    with contextlib.suppress(TimeError):
                        time = parse_time(f"{row[date_column]} {raw_time}", tz, time_format,
                                          order)
                if time is None:
                    skip("unreadable time", "time",
                         f"cannot read '{raw_time}' as a time ({reason})")
                    continue
            number = row[c_number].strip()
            if not number:
                skip("no number", "number", "no number, row skipped")
                continue
            if _EXCEL_SHORTENED.match(number):
                skip("number shortened by Excel", "number",
                     f"'{number}' is a number Excel shortened; the digits are lost (format the "
                     f"column as text before saving), row skipped")
                continue
            text = cell(row, c_text)
            if "\r" in text:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            duration = None
            raw_duration = cell(row, c_duration)
            if raw_duration:
                try:
                    duration = parse_duration(raw_duration)
                except ValueError:
                    warnings.add("unreadable duration",
                                 f"{name}: row {row_number}, column 'duration': cannot read "
                                 f"'{raw_duration}' as a duration; kept without it")
            kind = None
            raw_kind = cell(row, c_kind)
            if raw_kind:
                kind = kind_words.get(raw_kind.lower())
                if kind is None and raw_kind.lower() not in unknown_words:
                    unknown_words.add(raw_kind.lower())
                    options.warnings.append(f"{name}: row {row_number}, column 'kind': "
                                            f"'{raw_kind}' is neither sms nor call; guessed "
                                            f"from the row (reported once)")
            raw_direction = cell(row, c_direction)
            word = raw_direction.lower()
            if kind is None:
                kind = ("call" if (duration is not None and not text) or word in CALL_WORDS
                        else "sms")
            direction = Direction.UNKNOWN
            if word:
                if word.isdigit():
                    direction = (SMS_TYPES if kind == "sms" else CALL_TYPES).get(
                        word, Direction.UNKNOWN)
                else:
                    found = direction_words.get(word)
                    if found is None:
                        if word not in unknown_words:
                            unknown_words.add(word)
                            options.warnings.append(
                                f"{name}: row {row_number}, column 'direction': "
                                f"'{raw_direction}' is not a direction I know; read as unknown "
                                f"(reported once)")
                    else:
                        direction = _SIDES[kind].get(found, found)
            contact = cell(row, c_contact) or None
            yield Record(time=time, kind=kind, direction=direction, number=number, text=text,
                         duration_seconds=duration, contact_name=contact,
                         where=f"{name}: row {row_number}")
