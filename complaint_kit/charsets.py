"""Which encoding a text file a user brings is in: phone exports, hand-kept logs, CSV batches."""

from __future__ import annotations

import codecs
from pathlib import Path

# When nothing says otherwise: GB 18030, what Excel and phones on a Chinese-language system
# write, and a Unicode encoding (it reads any character, where a Western code page would not).
FALLBACK = "gb18030"


def detect_encoding(path: Path, fallback: str | None = None) -> str:
    """UTF-16 by its BOM; UTF-8 (a BOM or none) when the whole file decodes as UTF-8; else
    ``fallback`` (a jurisdiction's ``text_encoding``), or ``FALLBACK``."""
    with open(path, "rb") as file:
        if file.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16"
        file.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := file.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return fallback or FALLBACK
    return "utf-8-sig"  # decodes text without a BOM as plain UTF-8
