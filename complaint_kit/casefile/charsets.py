"""Which encoding a text file a user brings is in: phone exports, hand-kept logs, CSV batches."""

from __future__ import annotations

import codecs
from contextlib import suppress
from pathlib import Path

_CHUNK = 1 << 20


class EncodingError(ValueError):
    """A file that is not valid text in the encoding it is read in; the message names the
    line and the byte offset of the first bad byte."""


def detect_encoding(path: Path, fallback: str | None = None) -> str:
    """UTF-16 by its BOM; UTF-8 (a BOM or none) when the whole file decodes as UTF-8; else
    ``fallback``, the usual encoding where the case happens (its jurisdiction's
    ``text_encoding``). Without one, :class:`EncodingError` names the first byte that is not
    UTF-8, and the user names the file's encoding."""
    with open(path, "rb") as file:
        if file.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16"
    try:
        _check(path, "utf-8-sig", "UTF-8")
    except EncodingError:
        if fallback is None:
            raise
        return fallback
    return "utf-8-sig"  # decodes text without a BOM as plain UTF-8


def strict_encoding(path: Path, given: str | None = None, fallback: str | None = None) -> str:
    """The encoding to read ``path`` in, checked: the whole file decodes in it, without a
    single replacement, or :class:`EncodingError` names the first bad byte.

    ``given`` (the user's ``--encoding``) is taken as it is. Otherwise UTF-16 by its BOM, UTF-8
    by its BOM or because it decodes, else ``fallback`` (without one, the UTF-8 error) -- unless the
    file is mostly UTF-8 (more well-formed multi-byte UTF-8 characters than malformed bytes: a
    legacy Chinese or Western encoding almost never forms them): then it is UTF-8 with a bad
    byte, and reading it in another encoding would garble every character."""
    if given:
        _check(path, given, given)
        return given
    with open(path, "rb") as file:
        head = file.read(3)
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        _check(path, "utf-16", "UTF-16")
        return "utf-16"
    if head == codecs.BOM_UTF8:
        _check(path, "utf-8-sig", "UTF-8")
        return "utf-8-sig"
    try:
        _check(path, "utf-8-sig", "UTF-8")
        return "utf-8-sig"
    except EncodingError:
        if fallback is None:
            raise  # the user names the encoding: the error names the first byte not UTF-8
        good, bad = _utf8_evidence(path)
        if good > bad:
            raise
    _check(path, fallback, fallback)
    return fallback


def _check(path: Path, encoding: str, label: str) -> None:
    """Decode the whole file strictly; on the first bad byte, raise with its line and offset."""
    decoder = codecs.getincrementaldecoder(encoding)()
    consumed = 0  # bytes of the file handed to the decoder before this chunk
    lines = 1
    with open(path, "rb") as file:
        while True:
            chunk = file.read(_CHUNK)
            pending = decoder.getstate()[0]  # bytes of an unfinished character, kept over
            try:
                lines += decoder.decode(chunk, final=not chunk).count("\n")
            except UnicodeDecodeError as exc:
                data = pending + chunk
                offset = consumed - len(pending) + exc.start
                with suppress(UnicodeDecodeError):  # a stateful codec's middle: uncounted
                    lines += codecs.decode(data[:exc.start], encoding).count("\n")
                bad = data[exc.start:exc.end][:4].hex(" ")
                raise EncodingError(
                    f"line {lines} (byte offset {offset}): not valid {label} text ({exc.reason}: "
                    f"{bad}); correct that byte, or give the file's encoding with "
                    f"--encoding") from None
            if not chunk:
                return
            consumed += len(chunk)


def _utf8_evidence(path: Path) -> tuple[int, int]:
    """(well-formed non-ASCII UTF-8 characters, malformed sequences) in the file."""
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    good = bad = 0
    with open(path, "rb") as file:
        while True:
            chunk = file.read(_CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            replaced = text.count("\ufffd")
            bad += replaced
            good += len(text) - len(text.encode("ascii", "ignore")) - replaced
            if not chunk:
                return good, bad
