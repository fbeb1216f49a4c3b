"""Numerals, dates, contacts and incident ids as the Taiwan letters print them."""

from __future__ import annotations

from complaint_kit.api import formats, series

_DIGITS = "一二三四五六七八九"


# Chinese numerals for （一）（二）…: 一 to 九十九.
CN = [("" if n < 20 else _DIGITS[n // 10 - 1]) + ("十" if n >= 10 else "")
      + ("" if n % 10 == 0 else _DIGITS[n % 10 - 1]) for n in range(1, 100)]


# Word and LibreOffice find no break in "I6、I7、I8…" (Latin after an ideographic comma), and
# break a long list inside an id: a zero-width space after each comma lets it wrap there.
_WRAP = "\u200b"


def id_list(ids: list[str]) -> str:
    """Incident ids for a line of text: 「I6、I7」, able to wrap after a comma when long."""
    text = "、".join(ids)
    return text if len(text) <= 18 else ("、" + _WRAP).join(ids)


_FORMATS = formats("zh_Hant_TW")


def when(t, year: bool = True) -> str:
    return _FORMATS.date(t, "y年M月d日HH:mm" if year else "M月d日HH:mm")


def day(d) -> str:
    return _FORMATS.date(d, "y年M月d日")


def short(incident: dict, labels: dict, year: bool = True) -> str:
    """One contact in a few words: when, how, and whom it reached when not me."""
    text = when(incident["time"], year)
    place = incident.get("location")
    text += f"於{place}" if incident["channel"] == "visit" and place else incident["channel_label"]
    if incident["third_party"]:
        rel = incident["to"]["relation"]
        if rel == "public":
            text += "（公開）"
        else:
            name = incident["to"].get("name") or ""
            text += "致本人" + labels.get(f"relation.{rel}", rel) + name
    if incident["channel"] == "call" and incident.get("answered") is False:
        text += "（未接通）"
    return text


def join_with_and(words: list[str]) -> str:
    return series(words, "及", "、")
