"""The findings' explanations, written for the complainant's own letters: the rules speak of "the
customer", a letter the complainant signs says "I" and "me"; and what only the user needs (how
the count was made, a note to check a point) is left out."""

from __future__ import annotations

import re

_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# In order: the longer phrases first.
_REPLACE = (
    (r" CONC 7\.9\.4R forbids contact at unreasonable times without giving hours;.*?only by "
     r"analogy\.", ""),
    (r" CONC sets no numeric limit; ‘several times a day’ is how advice-sector guidance "
     r"describes harassing frequency[^.]*\.", ""),
    (r",? and the kit counts \d+ or more contacts in a day\.", "."),
    (r" \(as the customer records\)", ""),
    (r"\(by the customer's account, ", "(by my account, "),
    (r"The customer records what it made them do: ", "It made me do this: "),
    (r"The customer, in arrears, offered", "I was in arrears and offered"),
    (r"treating the customer with", "treating me with"),
    (r"the customer, their family or their property", "me, my family or my property"),
    (r"the customer or the people contacted", "me or the people contacted"),
    (r"the customer had told the firm(.*?) that they were", r"I had told the firm\1 that I was"),
    (r"the customer pay more than they", "me pay more than I"),
    (r"The customer says the debt is not theirs", "The debt is not mine"),
    (r"The customer disputes", "I dispute"),
    (r"The customer believes", "I believe"),
    (r"The customer asked(.*?) and has had no reply", r"I asked\1 and have had no reply"),
    (r"The customer asked", "I asked"),
    (r": arrest, prison, the police or a criminal case, for [^.]*?, which is a civil matter\.",
     ", though a debt is a civil matter, not a crime."),
    (r"The customer was", "I was"),
    (r"the customer was", "I was"),
    (r"The customer's", "My"),
    (r"the customer's", "my"),
    (r"\bthe customer\b", "me"),
    (r" The deadline for the reply and its consequences are not verified: check them before "
     r"relying on this\.", ""),
    (r" \(e\.g\. [^()]*(?:\([^()]*\)[^()]*)*\)", ""),  # the words are quoted in full elsewhere
)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DMY = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")
_QUOTED = re.compile(r"(‘[^’]*’)")


def long_dates(text: str) -> str:
    """'02/03/2026' as '2 March 2026', as a letter writes a date in running text; never inside
    quoted words, which stay as they were written."""
    def one(m: re.Match) -> str:
        day, month = int(m.group(1)), int(m.group(2))
        return f"{day} {_MONTHS[month - 1]} {m.group(3)}" if 1 <= month <= 12 else m.group()
    return "".join(part if _QUOTED.fullmatch(part) else _DMY.sub(one, part)
                   for part in _QUOTED.split(text))


def first_person(text: str) -> str:
    """An explanation in the complainant's voice: "I", "me", "my"; numbers that begin a
    sentence spelt out ("One message …")."""
    for pattern, repl in _REPLACE:
        text = re.sub(pattern, repl, text)
    text = long_dates(text)
    text = re.sub(r"(?<![\w/.:£(])(\d+) (?!am\b|pm\b)(?=[a-z])",
                  lambda m: (number_word(int(m.group(1))) if int(m.group(1)) <= 10
                             else m.group(1)) + " ", text)
    text = re.sub(r"(?<![.])([.!?])\.(?![.])", r"\1", text)  # a fact ending in its own stop
    text = re.sub(r"(^|[.!?]\s+|\n)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return re.sub(r"(^|[.!?]\s+|\n)(\d+)\b",
                  lambda m: m.group(1) + (_NUMBERS[int(m.group(2))].capitalize()
                                          if int(m.group(2)) < len(_NUMBERS) else m.group(2)),
                  text)


def number_word(n: int) -> str:
    """'one' … 'ten', then digits, as British letters write counts in running text."""
    return _NUMBERS[n] if 0 < n < len(_NUMBERS) else str(n)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
