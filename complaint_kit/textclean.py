"""Text that XML cannot hold (control characters, lone surrogates, U+FFFE and U+FFFF), bidi
controls that would reorder what follows them, and text safe to print on a terminal."""

from __future__ import annotations

import re

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 up, except the
# surrogates and U+FFFE/U+FFFF. Messages pasted from phones carry the rest more often than not.
# The bidi embeddings and overrides (LRE, RLE, PDF, LRO, RLO) go too: an unclosed one reorders
# the rest of its paragraph ("Trojan Source"), and no letter in these languages needs them.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff\u202a-\u202e]")
# Bidi isolates (LRI, RLI, FSI … PDI), which phones put around names, stay when they are
# closed on their line (a line of Markdown, or a table cell: "|" ends one); the rest go.
_ISOLATES = re.compile("[\u2066-\u2069\n\r\x85\u2029|]")
_OPENERS = "\u2066\u2067\u2068"
_PDI = "\u2069"


def clean_xml_text(text: str) -> tuple[str, int]:
    """Return the text without the characters XML forbids and with its bidi controls removed or
    balanced, and how many characters were removed."""
    cleaned, removed = _FORBIDDEN.subn("", text)
    cleaned, unbalanced = _balance_isolates(cleaned)
    return cleaned, removed + unbalanced


def _balance_isolates(text: str) -> tuple[str, int]:
    if not any(c in text for c in "\u2066\u2067\u2068\u2069"):
        return text, 0
    drop: list[int] = []
    open_at: list[int] = []
    for match in _ISOLATES.finditer(text):
        char = match.group()
        if char in _OPENERS:
            open_at.append(match.start())
        elif char == _PDI:
            if open_at:
                open_at.pop()
            else:
                drop.append(match.start())
        else:  # the end of a line or a cell: what is still open there is unbalanced
            drop += open_at
            open_at = []
    drop += open_at
    if not drop:
        return text, 0
    kept, start = [], 0
    for at in sorted(drop):
        kept.append(text[start:at])
        start = at + 1
    kept.append(text[start:])
    return "".join(kept), len(drop)


# On a terminal: C0 controls but tab and newline (escape sequences, bell, backspace, carriage
# return), DEL and C1 controls (CSI), lone surrogates, and every bidi control.
_BEYOND_C0 = "\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_TERMINAL = re.compile(f"[\x00-\x08\x0b-\x1f{_BEYOND_C0}]")
_JSON_ESCAPED = re.compile(f"[{_BEYOND_C0}]")  # json.dumps escapes C0 itself


def terminal_text(text: str) -> str:
    """The text without what a terminal would act on rather than show: case data printed
    raw could colour, clear or retitle the terminal, or reorder a line."""
    return _TERMINAL.sub("", text)


def terminal_json(text: str) -> str:
    """JSON text (``json.dumps(..., ensure_ascii=False)``) with the characters a terminal would
    act on written as \\u escapes, which JSON readers turn back into the same data."""
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
