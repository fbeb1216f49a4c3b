"""How wide each column of a table is: the text width shared by how much the columns hold,
with room for the longest word of each that must not break."""

from __future__ import annotations

import re

from complaint_kit.docx.wordxml import unbreakable

_WIDE = re.compile("[\u1100-\U0010ffff]")  # counted twice in a column's display width


def column_widths(rows: list[list[tuple[str, str]]], columns: int, width: int, em: int
                  ) -> list[int]:
    """The text width shared by how much the columns hold (equal widths would give a long
    message column as little room as a number column); then a column narrower than its
    longest unbroken word (a phone number, a date, an id, a heading's word must never
    break) is widened, with the room taken from the columns that have more than they need.
    A column of running text keeps at least a third of the width.

    ``rows``: each cell's Markdown and its text as printed; ``width``: the text width and
    ``em`` the size of table text, in EMU."""
    lengths: list[list[int]] = [[] for _ in range(columns)]
    words = [0.0] * columns  # the widest unbroken word of each column, in em
    for row in rows:
        for c, (source, printed) in enumerate(row):
            lengths[c].append(_display_width(source))
            # the words as printed: the parser's text, Markdown escapes and entities undone
            words[c] = max(words[c], _longest_word(unbreakable(printed)))
    weights = []
    for found in lengths:
        longest = max(found, default=0)
        average = sum(found) / len(found) if found else 0
        # Short columns get what they need up to a cap; columns of running text the rest.
        weights.append(max(9, min(longest, 16)) + (min(average, 60) if longest > 40 else 0))
    shares = [width * weight / sum(weights) for weight in weights]
    # A longer word (a web address, a checksum) may break; every column keeps room for a
    # few characters, and the column of running text (the heaviest, past the short
    # columns' cap) up to a third of the width, as far as the others' words leave room.
    floors = [(max(w, _NARROWEST_EM) + _PAD_EM) * em + _CELL_MARGINS
              for w in words]
    main = max(range(columns), key=weights.__getitem__)
    if weights[main] > 16:
        room = width - sum(floors) + floors[main]
        floors[main] = max(floors[main], min(width / 3, room))
    if sum(floors) >= width:  # too many columns for their words: shrink them alike
        return [int(f * width / sum(floors)) for f in floors]
    deficit = sum(max(0, f - s) for f, s in zip(floors, shares, strict=True))
    surplus = [max(0, s - f) for f, s in zip(floors, shares, strict=True)]
    return [int(f if s <= f else s - deficit * extra / sum(surplus))
            for f, s, extra in zip(floors, shares, surplus, strict=True)]


# The longest word a column is made wide enough for: an international phone number, a date
# and time, a contract number. Longer ones (web addresses, checksums) may break.
_UNBROKEN = 18
_NARROWEST_EM = 2.5  # every column keeps room for a few characters
_PAD_EM = 0.6  # what Word's line fitting takes beyond the glyphs' widths
# Word's default cell margins, left and right (0.08 inch each), in EMU.
_CELL_MARGINS = 2 * 73152
# A run that Word keeps on one line: Latin letters, digits and punctuation without spaces, with
# the CJK punctuation after it that no line may begin with ("I11、" stays whole). No-break
# spaces and hyphens join their word (``docx.wordxml.unbreakable``).
_LATIN = "(?:[^\\s\u1100-\U0010ffff]|[\u00a0\u2011])+"
_WORD = re.compile("\\d+\u5e74\\d+\u6708\\d+\u65e5|"  # a Chinese date (year, month, day)
                   f"{_LATIN}(?:\u3001{_LATIN})*"  # ids listed with the ideographic comma
                   "[\u3001\u3002\uff0c\uff1b\uff1a\uff09]?")


def _longest_word(text: str) -> float:
    """The width in em of the widest piece that must not break: a Latin word or number of up
    to ``_UNBROKEN`` characters (a longer one, a web or e-mail address, a checksum, may), or a
    wide character."""
    words = [piece for w in _WORD.findall(text)  # a long list of ids may break after a comma
             for piece in ((w,) if _display_width(w) <= _UNBROKEN else w.split("\u3001"))]
    longest = max((_em(w) for w in words if _display_width(w) <= _UNBROKEN), default=0.0)
    return max(longest, 1.0) if not text.isascii() and _WIDE.search(text) else longest


# Widths in em of the widest fonts a table may be drawn in (bold DejaVu Serif, which stands in
# for Times New Roman where it is missing, and CJK fonts), by kind of character: a phone
# number's parentheses, space and hyphen take far less room than its digits.
_NARROW = frozenset(" .,:;'!|()[]-/\u00a0\u2011ijlft")
# Word and LibreOffice put a quarter em between Chinese characters and Latin letters or digits.
_AUTOSPACE_EM = 0.25
_WIDE_LATIN = frozenset("mwMW@%&")


def _em(word: str) -> float:
    width = 0.0
    wide = None
    for ch in word:
        if ch not in "\u00a0\u2011" and wide is not None and wide != (ch >= "\u1100"):
            width += _AUTOSPACE_EM
        wide = ch >= "\u1100"
        if ch in _NARROW:
            width += 0.4
        elif ch in _WIDE_LATIN or ch >= "\u1100":  # a CJK character is as wide as an "m"
            width += 1.0
        elif ch.isupper():
            width += 0.8
        else:
            width += 0.68
    return width


def _display_width(text: str) -> int:
    """Characters, wide ones counted twice (without a list of the wide ones: cells of Chinese
    text are mostly wide)."""
    if text.isascii():
        return len(text)
    return 2 * len(text) - len(_WIDE.sub("", text)) - text.count("\u2011")
