"""Which encoding a text file a user brings is in: phone exports, hand-kept logs, CSV batches."""

from __future__ import annotations

import codecs
from pathlib import Path


def detect_encoding(path: Path, fallback: str = "gb18030") -> str:
    """UTF-16 by its BOM; UTF-8 (a BOM or none) when the whole file decodes as UTF-8; else
    ``fallback``: GB 18030 is what Excel and phones on a Chinese-language system write."""
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
            return fallback
    return "utf-8-sig"  # decodes text without a BOM as plain UTF-8
