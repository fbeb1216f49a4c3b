"""The findings' explanations, written for the complainant's own letters: the rules speak of "the
customer", a letter the complainant signs says "I" and "me"; and what only the user needs (how
the count was made, a note to check a point) is left out."""

from __future__ import annotations

import re
from datetime import date

from complaint_kit.api import formats, series

_EN_GB = formats("en_GB")

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


_DMY = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")
_QUOTED = re.compile(r"(‘[^’]*’)")


def long_dates(text: str) -> str:
    """'02/03/2026' as '2 March 2026', as a letter writes a date in running text; never inside
    quoted words, which stay as they were written."""
    def one(m: re.Match) -> str:
        day, month = int(m.group(1)), int(m.group(2))
        try:
            return _EN_GB.date(date(int(m.group(3)), month, day), "d MMMM y")
        except ValueError:  # not a date (31/02/2026)
            return m.group()
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


# -- the complaint's points: the rules' general wording narrowed to what this case holds --------

_EG = re.compile(r" \(e\.g\. ((?:‘[^’]*’(?:, )?)+)\)")
# The rules whose example words (always the collectors' own written words) make the point
# concrete; the others name them elsewhere or would only repeat a fragment.
_KEEP_WORDS = ("UK-MISLEADING-CONTACT", "UK-FALSE-ACTION-TAKEN", "UK-CRIMINAL-THREAT",
               "UK-PRESSURE", "UK-INSULT")
# Who a claim of authority named, by the words of the contacts it rests on.
_AUTHORITIES = (("the police", r"\bpolice|\bofficer"), ("a court", r"\bcourt"),
                ("bailiffs", r"\bbailiff"), ("enforcement agents", r"\benforcement agent"))


def _or(items: list[str]) -> str:
    return series(items, " or ")


def _and(items: list[str]) -> str:
    return series(items, " and ")


def _named(options: str, contents: str) -> str:
    """'the police, a court, bailiffs or enforcement agents' narrowed to those the contacts'
    own words name; all of them when the words name none."""
    named = [who for who, pattern in _AUTHORITIES
             if who in options and re.search(pattern, contents, re.I)]
    return _or(named) if named else options


def point_text(rule: str, explanation: str, incidents: list[dict]) -> str:
    """A finding's explanation as a point of my complaint: first person, dates in words, and
    the rules' general wording ("the police, a court, bailiffs or enforcement agents") narrowed
    to what the contacts it rests on hold."""
    text = _narrowed(rule, explanation, incidents)
    text = _authorities_named(text, " ".join(i.get("content") or "" for i in incidents))
    refs = ", ".join(i["id"] for i in incidents if i.get("id"))
    if rule == "UK-PREMIUM-RATE" and refs:  # the number asked for, and where
        text = re.sub(r" \(e\.g\. ‘([^’]*)’(?:, ‘[^’]*’)*\)", lambda m: f" ({m.group(1)}, {refs})",
                      text)
    return _rephrased(rule, _my_people(first_person(text)))


def _narrowed(rule: str, text: str, incidents: list[dict]) -> str:
    """The rule's general wording narrowed to the case: the collectors' own words with their
    references, and what does not apply left out."""
    if rule in _KEEP_WORDS:  # the collectors' own words, with the references after them
        text = re.sub(_EG.pattern + r" \(((?:I\w+, )*I\w+)\)", r" (\1; \2)", text)
        text = _EG.sub(r" (\1)", text)
    if rule == "UK-IDENTITY-CHECK" and "e.g. ‘the occupier’" in text:
        text = text.replace("went to ‘the occupier’ or everyone at an address",
                            "was addressed to ‘the occupier’")
    if rule == "UK-DISCLOSURE":
        text = text.replace("the customer's family, colleagues, neighbours or others", "others")
    if rule == "UK-INSULT" and not any(i.get("third_party") for i in incidents):
        text = text.replace("insulted or swore at the customer or the people contacted",
                            "insulted or swore at the customer")
    return text


def _authorities_named(text: str, contents: str) -> str:
    """The authorities a claim named, of those the rule lists, by the contacts' words."""
    for phrase in ("the police, a court, bailiffs or enforcement agents",
                   "bailiffs or enforcement agents"):
        if phrase in text:
            text = text.replace(phrase, _named(phrase, contents))
            return text.replace("claimed to be, or to act for, a court",
                                "claimed to act for a court")
    return text


def _my_people(text: str) -> str:
    """'other people (employer, parent)' -> 'other people (my employer and my parent)', and
    'one contact with one other person (my employer) told them' -> 'one contact told my
    employer'."""
    text = re.sub(r"(other (?:person|people)) \(([a-z ]+(?:, [a-z ]+)*)\)",
                  lambda m: f"{m.group(1)} ({_and(['my ' + x for x in m.group(2).split(', ')])})",
                  text)
    text = re.sub(r"(\w+ contact) with one other person \((my [a-z ]+)\) told them",
                  r"\1 told \2", text)
    return re.sub(r"(\w+ contacts) with (\w+ other people \([^)]*\)) told them", r"\1 told \2",
                  text)


def _rephrased(rule: str, text: str) -> str:
    """The first-person explanation of some rules, put as a complainant would put it."""
    if rule == "UK-CONTACT-REQUESTS":
        text = re.sub(r"only by ((?:[\w-]+, )+)([\w-]+)",
                      lambda m: "only by " + _or([*m.group(1).split(", ")[:-1], m.group(2)]),
                      text)
        text = re.sub(r" \(‘[^’]*’\)", "", text)  # my own request, said in the sentence
    if rule == "UK-FREQUENCY":
        text = re.sub(r"I was contacted \w+ or more times in a day on one day \(([^:()]+): "
                      r"(\w+) contacts\)\.(\s*)On \1,",
                      r"On \1 I was contacted \2 times;\3that day", text)
        text = re.sub(r"I was contacted \w+ or more times in a day on one day \(([^:()]+): "
                      r"(\w+) contacts\)\.", r"On \1 I was contacted \2 times.", text)
    if rule == "UK-THIRD-PARTY-AWARENESS":
        text = re.sub(r"Letters were not marked ‘private and confidential’ or showed the "
                      r"collector's name on the outside( \(([^)]*)\))?\.", _letters, text)
    if rule == "UK-VISIT-CONDUCT":
        text = re.sub(r"One visit without the visitor explaining its purpose and intended "
                      r"outcome \((I\w+)\)\.\s*The visit on ([^(]+?) \(\1\): the visit was to "
                      r"(.+?)\.",
                      r"On \2 a visitor came to \3, and did not "
                      r"explain the purpose and intended outcome of the visit (\1).", text)
    if rule == "UK-FALSE-AUTHORITY":
        text = re.sub(r", which was false \((I\w+): ([^;]*?)\)\.$", r" (\1), which was false: \2.",
                      text)
    if rule == "UK-FORBEARANCE":
        text = re.sub(r" and (you|the firm) refused to negotiate it, instead of treating me with "
                      r"forbearance and due consideration; the collectors said so \(([^)]*)\)\.",
                      r", and \1 refused to negotiate it (\2) instead of treating me with "
                      r"forbearance and due consideration.", text)
    return text


def _letters(m: re.Match) -> str:
    """The sentence on letters that showed the debt, with their references if any."""
    refs = m.group(2)
    if not refs:
        return ("Letters were not marked ‘private and confidential’, or had the "
                "collector's name on the outside.")
    one = "," not in refs
    return (f"{'A letter' if one else 'Letters'} ({refs}) {'was' if one else 'were'} "
            "not marked ‘private and confidential’, or had the collector's name on the "
            "outside.")
