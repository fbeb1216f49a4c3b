"""Counts, dates, times and lists as the US letters write them (number and plural agreement
in plain Python)."""

from __future__ import annotations

from complaint_kit.api import formats

EN_US = formats("en_US")

_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NOUNS = {"call": "calls", "text message": "text messages", "email": "emails", "letter": "letters",
          "visit": "visits", "message": "messages", "contact": "contacts", "day": "days",
          "number": "numbers", "chat message": "chat messages", "social media post":
          "social media posts", "other contact": "other contacts", "person": "people"}
CHANNEL_NOUN = {"call": "call", "sms": "text message", "email": "email", "letter": "letter",
                "visit": "visit", "im": "chat message", "social_post": "social media post",
                "other": "other contact"}


def count(n: int, noun: str) -> str:
    """'one call', 'three calls', '17 calls' (numbers under ten in words, as US prose has them)."""
    many = _NOUNS.get(noun, noun + "s")
    return f"{_WORDS[n] if n < 10 else n} {noun if n == 1 else many}"


def plural(noun: str) -> str:
    return _NOUNS.get(noun, noun + "s")


def spell(n: int) -> str:
    return _WORDS[n] if n < 10 else str(n)


def times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{_WORDS[n] if n < 10 else n} times")


def day(value) -> str:
    return EN_US.date(value, "MMMM d")


def long_date(value) -> str:
    return EN_US.date(value, "MMMM d, y") if value else ""


def clock(value) -> str:
    """'9:05 p.m.', as US style guides write a time (CLDR's "PM" has no periods)."""
    return EN_US.date(value, "h:mm a").replace("AM", "a.m.").replace("PM", "p.m.")


def join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def up_to_four(shown: list[str]) -> str:
    """Up to four items joined; of more, three and how many more."""
    if len(shown) <= 4:
        return join(shown)
    return ", ".join(shown[:3]) + f", and {len(shown) - 3} more"
