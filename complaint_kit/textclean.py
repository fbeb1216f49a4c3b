"""Text that XML cannot hold: control characters, lone surrogates, U+FFFE and U+FFFF."""

from __future__ import annotations

import re

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 up, except the
# surrogates and U+FFFE/U+FFFF. Messages pasted from phones carry the rest more often than not.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_xml_text(text: str) -> tuple[str, int]:
    """Return the text without the characters XML forbids, and how many were removed."""
    cleaned, removed = _FORBIDDEN.subn("", text)
    return cleaned, removed
