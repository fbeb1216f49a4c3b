"""Times and durations as phone exports and hand-kept logs write them, read into aware times and
seconds."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

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
    """A time written as digit runs and words: the date first, then the time of day."""
    numbers, month_name, half = _tokens(s)
    if month_name:
        year, month, day, rest = _named_month_date(numbers, month_name)
    else:
        year, month, day, rest = _numeric_date(numbers, order)
    hour, minute, second, micro = _time_of_day(rest, half)
    try:
        return datetime(year, month, day, hour, minute, second, micro)
    except ValueError as error:
        raise TimeError(str(error)) from None


def _tokens(s: str) -> tuple[list[str], int, str]:
    """The digit runs, the month if one is named, and "am"/"pm" if a marker says which."""
    numbers: list[str] = []
    month_name = 0
    half = ""
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
    return numbers, month_name, half


def _named_month_date(numbers: list[str], month: int) -> tuple[int, int, int, list[str]]:
    """Year, month, day and the numbers after them, for a date with its month in words."""
    if len(numbers) < 2:
        raise TimeError("it has no day or year")
    first, second = numbers[0], numbers[1]
    if len(first) == 4:
        year, day = first, second
    elif len(second) == 4:
        day, year = first, second
    else:
        raise TimeError("it has no four-digit year")
    return int(year), month, int(day), numbers[2:]


def _numeric_date(numbers: list[str],
                  order: DateOrder | None) -> tuple[int, int, int, list[str]]:
    """Year, month, day and the numbers after them, for a date written in digits only."""
    if len(numbers) < 3:
        raise TimeError("it has no year, month and day")
    a, b, c = numbers[:3]
    if len(a) == 4:
        return int(a), int(b), int(c), numbers[3:]
    if len(c) == 4:
        day, month = _day_month(int(a), int(b), order)
        return int(c), month, day, numbers[3:]
    raise TimeError("it has no four-digit year")


def _time_of_day(rest: list[str], half: str) -> tuple[int, int, int, int]:
    """Hour (on the 24-hour clock), minute, second and microsecond."""
    if len(rest) < 2:
        raise TimeError("it has no time of day")
    hour, minute = int(rest[0]), int(rest[1])
    second = int(rest[2]) if len(rest) > 2 else 0
    micro = int(rest[3][:6].ljust(6, "0")) if len(rest) > 3 else 0
    if half:
        if not 1 <= hour <= 12:
            raise TimeError(f"the hour {hour} does not go with AM/PM")
        hour = hour % 12 + (12 if half == "pm" else 0)
    return hour, minute, second, micro


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
