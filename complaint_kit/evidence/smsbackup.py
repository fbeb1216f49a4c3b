"""Android "SMS Backup & Restore" XML: ``<smses>`` (sms and mms) and ``<calls>`` files.

Everything this reader needs is in attributes, so it builds no element tree at all: the file is
fed in chunks to defusedxml's parser (which refuses entity declarations and external entities)
with a small target that turns each ``<sms>``, ``<mms>`` and ``<call>`` into a ``Record`` as the
parser reaches it. Memory stays flat however large the backup is, and each record knows the line
it came from.

- ``date`` is epoch milliseconds (seconds are recognised too); ``readable_date`` (local time, in
  the phone's language) is used only when ``date`` is missing or unreadable.
- SMS ``type`` / MMS ``msg_box``: 1 received, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued.
  Call ``type``: 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 refused (blocked).
  Any other code is ``Direction.UNKNOWN``.
- MMS: the text of its ``text/plain`` parts; the number is the sender (``addr`` type 137) of a
  received message, else the recipient (type 151), else the ``address`` attribute.
- Line breaks (``&#13;``, CR LF) become ``\\n``; ``subject``/``sub`` "null" is ignored;
  ``contact_name`` "(Unknown)" / "null" is None.
- The app writes emoji as pairs of UTF-16 surrogate references (``&#55357;&#56832;``, or in
  hex, ``&#xD83D;&#xDE00;``) and sometimes control characters (``&#1;``), which XML forbids and
  expat refuses. The reader rewrites a surrogate pair as the character it stands for and drops
  the rest, with a warning naming the line of each (the rest of the file is read as usual).
- A record with a bad attribute (no usable time, no number) is skipped with a warning naming the
  file, the element and its line, and the attribute.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

from defusedxml.common import DefusedXmlException, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from complaint_kit.evidence.importing import Direction, ExportError, ReadOptions, Record, Warnings
from complaint_kit.evidence.times import TimeError, epoch_time, parse_time

SMS_TYPES = {"1": Direction.RECEIVED, "2": Direction.SENT, "3": Direction.DRAFT,
             "4": Direction.OUTBOX, "5": Direction.FAILED, "6": Direction.QUEUED}
CALL_TYPES = {"1": Direction.INCOMING, "2": Direction.OUTGOING, "3": Direction.MISSED,
              "4": Direction.VOICEMAIL, "5": Direction.REJECTED, "6": Direction.REFUSED}
_NO_NAME = frozenset({"", "(Unknown)", "null", "(unknown)"})
_NO_NUMBER = frozenset({"", "null", "-1", "-2", "-3", "-4"})  # CallLog's private/unknown markers
_MMS_FROM, _MMS_TO = "137", "151"
_MMS_SELF = "insert-address-token"
_ROOTS = ("smses", "calls")
# Epoch milliseconds from 1990 to 2100 take the fast path; anything else goes through
# ``evidence.times.epoch_time`` (seconds, range check) and then ``readable_date``.
_MS_MIN, _MS_MAX = 631_152_000_000, 4_102_444_800_000
_fromtimestamp = datetime.fromtimestamp
_CHUNK = 1 << 18

# Character references that XML forbids, decimal or hex: UTF-16 surrogates (a pair is one
# character) and C0 controls other than tab, LF and CR. Matching only these keeps the rewrite
# off the common path.
_SURROGATE = rb"&#(?:5[5-7]\d{3}|[xX][dD][89a-fA-F][0-9a-fA-F]{2});"
_CONTROL = rb"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]));"
_BAD_REFERENCE = re.compile(rb"(" + _SURROGATE + rb")(" + _SURROGATE + rb")?|" + _CONTROL)
_SURROGATE_REFERENCE = re.compile(_SURROGATE)
_SURROGATES = range(0xD800, 0xE000)


class SmsBackupImporter:
    name = "sms-backup"
    description = 'Android "SMS Backup & Restore" XML (sms-*.xml with SMS and MMS, calls-*.xml)'

    def sniff(self, path: Path, head: bytes) -> bool:
        return b"<smses" in head or b"<calls" in head

    def read(self, path: Path, options: ReadOptions) -> Iterator[Record]:
        path = Path(path)
        name = path.name
        warnings = Warnings(options.warnings, "elements")
        target = _Target(name, options, warnings)
        parser = DefusedXMLParser(target=target)
        # Straight to the target, attributes as a dict built in C: the parser's own start
        # handler rebuilds the dict in Python, which would double the reading time. Its entity
        # and DTD handlers (the defences) stay as they are.
        target.expat = raw = parser.parser
        raw.ordered_attributes = False
        raw.StartElementHandler = target.start
        raw.EndElementHandler = None  # set while inside an <mms>
        fixer = _ReferenceFixer(name, warnings)
        try:
            file = open(path, "rb")  # noqa: SIM115 (closed below)
        except OSError as error:
            raise ExportError(f"{name}: cannot read the file: {error.strerror or error}") from None
        out = target.out
        try:
            with file:
                while chunk := file.read(_CHUNK):
                    parser.feed(fixer.fix(chunk))
                    if out:
                        yield from out
                        out.clear()
                tail = fixer.flush()
                if tail:
                    parser.feed(tail)
                parser.close()
            yield from out
            out.clear()
        except ExportError:
            raise
        except DefusedXmlException as error:
            raise ExportError(_refusal(name, error, target.expat)) from None
        except ParseError as error:
            raise ExportError(_malformed(name, error, target)) from None
        except OSError as error:
            raise ExportError(f"{name}: cannot read the file: {error.strerror or error}") from None
        finally:
            warnings.finish(name)


def _refusal(name: str, error: DefusedXmlException, parser) -> str:
    line = getattr(parser, "CurrentLineNumber", None)
    where = f" (line {line})" if line else ""
    if isinstance(error, ExternalReferenceForbidden):
        return (f"{name}: refused: the file refers to an external entity{where} "
                f"({error.sysid or error.pubid}); a phone backup never does, and reading it "
                f"could disclose other files or reach the network")
    entity = getattr(error, "name", None)
    named = f" ('{entity}')" if entity else ""
    system = getattr(error, "sysid", None)
    if system:
        return (f"{name}: refused: the file declares XML entities: an external entity{named} "
                f"that would read '{system}'{where}; a phone backup never does, and reading it "
                f"could disclose other files or reach the network")
    return (f"{name}: refused: the file declares XML entities{named}{where}; a phone backup "
            f"never does, and entities can make a reader exhaust memory (the 'billion laughs' "
            f"attack) or read other files")


def _malformed(name: str, error: ParseError, target: _Target) -> str:
    line, column = getattr(error, "position", (0, 0))
    code = getattr(error, "code", None)
    reason = expat.ErrorString(code) if code else str(error)
    message = f"{name}: not well-formed XML at line {line}, column {column + 1}: {reason}"
    if code == expat.errors.codes.get(expat.errors.XML_ERROR_NO_ELEMENTS) and target.root:
        message += (f"; the file ends early (an interrupted backup or copy?) after "
                    f"{target.elements} records")
    return message


class _ReferenceFixer:
    """Rewrites the character references XML forbids, chunk by chunk."""

    __slots__ = ("at", "carry", "dropped", "line", "name", "warnings")

    def __init__(self, name: str = "", warnings: Warnings | None = None) -> None:
        self.carry = b""
        self.dropped = 0
        self.name, self.warnings = name, warnings
        self.line = 1  # the line the chunk being fixed starts on
        self.at = (0, 1)  # (offset in that chunk, its line), for counting lines forward

    def fix(self, chunk: bytes) -> bytes:
        if self.carry:
            chunk = self.carry + chunk
            self.carry = b""
        # Hold back the last reference if it may be incomplete (a reference is at most 10
        # bytes), with a surrogate reference just before it that it may pair with.
        cut = chunk.rfind(b"&", max(0, len(chunk) - 16))
        if cut >= 0:
            if cut >= 8 and _SURROGATE_REFERENCE.match(chunk, cut - 8):
                cut -= 8
            chunk, self.carry = chunk[:cut], chunk[cut:]
        return self._fix(chunk)

    def flush(self) -> bytes:
        chunk, self.carry = self.carry, b""
        return self._fix(chunk)

    def _fix(self, chunk: bytes) -> bytes:
        if b"&#" in chunk and _BAD_REFERENCE.search(chunk):
            self.at = (0, self.line)
            fixed = _BAD_REFERENCE.sub(lambda m: self._replace(m, chunk), chunk)
        else:
            fixed = chunk
        self.line += chunk.count(b"\n")
        return fixed

    def _replace(self, match: re.Match[bytes], chunk: bytes) -> bytes:
        high, low = match.group(1), match.group(2)
        if high is None:
            return self._drop(match[0], match.start(), chunk)
        h = _code(high)
        if low is not None:
            lo = _code(low)
            if 0xD800 <= h < 0xDC00 and 0xDC00 <= lo < 0xE000:
                code = 0x10000 + ((h - 0xD800) << 10) + (lo - 0xDC00)
                return b"&#x%X;" % code
            return (self._single(h, high, match.start(), chunk)
                    + self._single(lo, low, match.start(2), chunk))
        return self._single(h, high, match.start(), chunk)

    def _single(self, code: int, reference: bytes, at: int, chunk: bytes) -> bytes:
        if code in _SURROGATES:
            return self._drop(reference, at, chunk)
        return b"&#%d;" % code

    def _drop(self, reference: bytes, at: int, chunk: bytes) -> bytes:
        self.dropped += 1
        if self.warnings is not None:
            last, line = self.at
            line += chunk.count(b"\n", last, at)
            self.at = (at, line)
            shown = reference.decode("ascii")
            self.warnings.add("character reference XML forbids",
                              f"{self.name}: line {line}: the character reference '{shown}' "
                              f"(a control character or half of an emoji, which XML forbids) "
                              f"was removed; the rest of the message is kept")
        return b""


def _code(reference: bytes) -> int:
    """The number of a character reference, ``&#55357;`` or ``&#xD83D;``."""
    body = reference[2:-1]
    return int(body[1:], 16) if body[:1] in b"xX" else int(body)


class _Target:
    """Parser target: turns the elements into Records in ``out`` as the parser meets them."""

    def __init__(self, name: str, options: ReadOptions, warnings: Warnings) -> None:
        self.name = name
        self.prefix = f"{name}: element "
        self.tz = options.timezone
        self.time_format = options.time_format
        self.warnings = warnings
        self.expat = None
        self.out: list[Record] = []
        self.root: str | None = None
        self.elements = 0  # sms, mms and call elements met, for "element N"
        self.mms: dict[str, str] | None = None
        self.mms_where = ""
        self.parts: list[str] = []
        self.addrs: list[tuple[str, str]] = []

    # Character data is never needed (everything is in attributes). A C builtin as the handler
    # keeps the whitespace between elements from reaching the parser's Python default handler.
    data = staticmethod(len)

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if tag == "sms":
            self._sms(attrib)
        elif tag == "call":
            self._call(attrib)
        elif self.mms is not None:
            if tag == "part":
                if attrib.get("ct") == "text/plain":
                    text = attrib.get("text")
                    if text and text != "null":
                        self.parts.append(text)
            elif tag == "addr":
                self.addrs.append((attrib.get("type", ""), attrib.get("address", "")))
        elif tag == "mms":
            self.elements += 1
            self.mms = attrib
            self.mms_where = self._where()
            self.parts = []
            self.addrs = []
            self.expat.EndElementHandler = self.end  # only an MMS needs its end
        elif self.root is None:
            if tag not in _ROOTS:
                raise ExportError(f"{self.name}: not an SMS Backup & Restore file: the root "
                                  f"element is <{tag}>, not <smses> or <calls>")
            self.root = tag

    def end(self, tag: str) -> None:
        if tag == "mms" and self.mms is not None:
            self.expat.EndElementHandler = None
            self._mms(self.mms)
            self.mms = None

    def close(self) -> None:
        return None

    def _where(self) -> str:
        return f"{self.prefix}{self.elements} (line {self.expat.CurrentLineNumber})"

    def _skip(self, where: str, tag: str, field: str, message: str) -> None:
        self.warnings.add(f"<{tag}> {field}",
                          f"{where}, <{tag}> attribute '{field}': {message}; skipped")

    def _start(self, a: dict[str, str], tag: str) -> tuple[str, datetime | None]:
        """A record's place in the file, for its warnings, and its time: ``date`` read as plain
        milliseconds (nearly every record), else by ``_time``; None when it has none."""
        self.elements += 1
        where = f"{self.prefix}{self.elements} (line {self.expat.CurrentLineNumber})"
        try:
            ms = int(a["date"])
            if not _MS_MIN <= ms <= _MS_MAX:
                raise ValueError
            return where, _fromtimestamp(ms / 1000, self.tz)
        except (KeyError, ValueError):
            return where, self._time(a, where, tag)

    def _time(self, attrib: dict[str, str], where: str, tag: str) -> datetime | None:
        """The slow path, when ``date`` is not plain milliseconds in range."""
        date = attrib.get("date")
        if date:
            try:
                return epoch_time(int(date), self.tz)
            except (ValueError, OverflowError, OSError):
                pass
        readable = attrib.get("readable_date")
        shown = f"'{date}'" if date else "missing"
        if readable:
            try:
                return parse_time(readable, self.tz, self.time_format)
            except TimeError as error:
                self._skip(where, tag, "date", f"{shown}, and readable_date '{readable}' cannot "
                           f"be read as a time ({error})")
                return None
        if date:
            self._skip(where, tag, "date", f"cannot read '{date}' as a time")
        else:
            self._skip(where, tag, "date", "missing, and no readable_date")
        return None

    def _sms(self, a: dict[str, str]) -> None:
        where, time = self._start(a, "sms")
        if time is None:
            return
        number = a.get("address", "")
        if number in _NO_NUMBER:
            self._skip(where, "sms", "address", "no number")
            return
        body = a.get("body", "")
        if "\r" in body:
            body = body.replace("\r\n", "\n").replace("\r", "\n")
        subject = a.get("subject")
        if subject and subject != "null":
            body = f"{subject}\n{body}" if body else subject
        name = a.get("contact_name")
        self.out.append(Record(time, "sms", SMS_TYPES.get(a.get("type"), Direction.UNKNOWN),
                               number, "" if body == "null" else body, None,
                               None if name in _NO_NAME else name, where))

    def _call(self, a: dict[str, str]) -> None:
        where, time = self._start(a, "call")
        if time is None:
            return
        number = a.get("number", "")
        if number in _NO_NUMBER:
            self._skip(where, "call", "number", "no number (a withheld or unknown caller)")
            return
        duration: int | None = None
        raw = a.get("duration")
        if raw:
            try:
                duration = int(raw)
            except ValueError:
                self.warnings.add("<call> duration",
                                  f"{where}, <call> attribute 'duration': cannot read '{raw}' "
                                  f"as seconds; kept without it")
        name = a.get("contact_name")
        self.out.append(Record(time, "call", CALL_TYPES.get(a.get("type"), Direction.UNKNOWN),
                               number, "", duration, None if name in _NO_NAME else name, where))

    def _mms(self, a: dict[str, str]) -> None:
        where = self.mms_where
        time = self._time(a, where, "mms")
        if time is None:
            return
        box = a.get("msg_box")
        direction = SMS_TYPES.get(box, Direction.UNKNOWN)
        wanted = _MMS_FROM if box == "1" else _MMS_TO
        number = next((address for kind, address in self.addrs
                       if kind == wanted and address not in _NO_NUMBER
                       and address != _MMS_SELF), "")
        if not number:
            number = a.get("address", "")
        if number in _NO_NUMBER:
            self._skip(where, "mms", "address", "no number")
            return
        text = "\n".join(self.parts)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        subject = a.get("sub")
        if subject and subject != "null":
            text = f"{subject}\n{text}" if text else subject
        name = a.get("contact_name")
        self.out.append(Record(time, "sms", direction, number, text, None,
                               None if name in _NO_NAME else name, where))
