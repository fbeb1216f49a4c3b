"""What the Hong Kong rules share: the tags they read, screening choices, the lender's kind, and
the wording helpers (both languages, quotations only of the collector's own words).

Rules read every incident's tags through the core's ``Analysis`` (the shared zh-Hant and English
lexicons, this plugin's lexicon and the tags a case gives), never the raw text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, time

from complaint_kit.api import (
    Analysis,
    Audience,
    Basis,
    Case,
    Citation,
    Incident,
    InstitutionType,
    Medium,
    RespondentRole,
)

from ..citations import Cite
from ..jurisdiction import is_english, labels_for

# --- Screening choices (the kit's own, not law) -------------------------------------------------
# The Hong Kong sources set no numeric hours or call caps (law-hk.md §0). These thresholds only
# decide when the kit points at a pattern; every explanation says so.
SCREENING_HOURS = (time(22, 0), time(8, 0))  # calls from 22:00 to 08:00 are flagged
PERSISTENT_PER_DAY = 5  # call attempts to one person in one day
PERSISTENT_PER_WEEK = 20  # call attempts to one person within seven days
# PDPO doxxing offences apply from this day (law-hk.md §3.3).
DOXXING_FROM = date(2021, 10, 8)

# --- Tags (standard ones from every lexicon of the language; the finer ones from lexicon.py) ----
INJURY = ("threat_injury",)  # an explicit threat to hurt a person or damage property
VEILED = ("veiled_threat",)  # menace without a stated harm
VISIT_ZH = ("visit_announced",)  # the shared zh-Hant threat_visit takes no denial into account
VISIT_EN = ("threat_visit", "visit_announced")  # the shared English one does ("we will not come")
SOON = ("soon",)
INSULT = ("insult",)
OBSCENE = ("obscene",)
FALSE_NAME = ("false_name",)
ANONYMOUS = ("anonymous", "unidentifiable_note")
IMPERSONATION = ("impersonation",)
ARREST = ("criminal_threat",)
COURT_PAPERS = ("court_papers",)
CLAIMS_THIRD_PARTY = ("third_party_contact",)
DEBT = ("debt_mention",)
PERSONAL_DATA = ("personal_data", "doxxing")
POSTER = ("public_notice",)

PHONE = (Medium.call, Medium.sms, Medium.im)  # "by telephone or wireless" (Cap.228 s.20)


# --- Who the lender is --------------------------------------------------------------------------

def is_bank(case: Case) -> bool:
    """Whether the Code of Banking Practice and the HKMA guideline bind the lender."""
    kind = case.facts.get("lender_kind")
    if kind:
        return kind == "bank"
    lender = case.lender
    return bool(lender and lender.type == InstitutionType.bank)


def is_unlicensed(case: Case) -> bool:
    """A money lender the complainant says holds no money lender's licence."""
    return case.facts.get("money_lender_licensed") is False and not is_bank(case)


def has_agency(case: Case) -> bool:
    return any(r.role == RespondentRole.collection_agency
               or r.type == InstitutionType.collection_agency
               or (r.role == RespondentRole.collector and r.acting_for)
               for r in case.respondents)


# --- Who a contact reached ----------------------------------------------------------------------

def shown_to_many(i: Incident) -> bool:
    """A post, a group chat or a notice: seen by more than the one person it reached."""
    return (i.audience in (Audience.group, Audience.public)
            or str(i.to.relation) == "public" or i.channel == Medium.social_post)


def to_person(i: Incident) -> bool:
    """A contact with one third person (a relative, a colleague, a referee), not a group."""
    return i.to.relation.is_third_party and not shown_to_many(i)


# --- Language -----------------------------------------------------------------------------------

def visit(a: Analysis) -> tuple[str, ...]:
    """The tags that say a visit was announced, for the case's language."""
    return VISIT_EN if en(a) else VISIT_ZH


def en(a: Analysis | Case) -> bool:
    case = a.case if isinstance(a, Analysis) else a
    return is_english(case.language)


def say(a: Analysis | Case, zh: str, english: str) -> str:
    return english if en(a) else zh


def ids(incidents: Iterable[Incident]) -> list[str]:
    return [i.id or "" for i in incidents]


def refs(a: Analysis, incidents: Sequence[Incident]) -> str:
    """"（I1、I3）" / " (I1, I3)": which incidents a sentence rests on."""
    names = ids(incidents)
    return say(a, "（" + "、".join(names) + "）", " (" + ", ".join(names) + ")")


def quoted(a: Analysis, incidents: Iterable[Incident], *tags: str) -> str:
    """The collector's own words behind ``tags``, in quotation marks; only verbatim incidents
    (a message, a recording) give words to quote, never the complainant's account of a call."""
    words = a.quotable_words(list(incidents), *tags)
    if not words:
        return ""
    if en(a):
        return ", ".join(f"\u201c{w}\u201d" for w in words)
    return "、".join(f"「{w}」" for w in words)


def joined(a: Analysis | Case, items: Sequence[str]) -> str:
    return (", " if en(a) else "、").join(items)


def times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def relation_names(a: Analysis, incidents: Iterable[Incident]) -> list[str]:
    labels = labels_for(a.case.language)
    return sorted({labels.get(f"relation.{i.to.relation}", str(i.to.relation))
                   for i in incidents})


# --- Citations ----------------------------------------------------------------------------------

def cite(a: Analysis, item: Cite) -> Citation:
    """A citation in the case's language. The Code of Banking Practice binds banks (regulatory,
    as the HKMA monitors it); against any other lender it is only the industry baseline."""
    citation = item.of(en(a))
    if item.code and not is_bank(a.case):
        return replace(citation, basis=Basis.baseline)
    return citation


def cites(a: Analysis, *items: Cite | None) -> list[Citation]:
    """The citations in the case's language, in the order given, without repeats."""
    return list(dict.fromkeys(cite(a, c) for c in items if c is not None))


# --- Hours --------------------------------------------------------------------------------------

def parse_hours(value: str | None) -> tuple[time, time] | None:
    """"22:00-08:00" → (22:00, 08:00); None when the value is not of that form."""
    if not value:
        return None
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*[-–至to]+\s*(\d{1,2}):(\d{2})\s*", str(value))
    if not m:
        return None
    h1, m1, h2, m2 = map(int, m.groups())
    if not (h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60) or (h1, m1) == (h2, m2):
        return None
    return time(h1, m1), time(h2, m2)


def screening_hours(case: Case) -> tuple[time, time]:
    return parse_hours(case.facts.get("unreasonable_hours")) or SCREENING_HOURS


def in_window(at: time, window: tuple[time, time]) -> bool:
    start, end = window
    if start <= end:
        return start <= at < end
    return at >= start or at < end


def late(case: Case, incident: Incident) -> bool:
    """Whether the contact falls in the hours the case screens as unreasonable."""
    return in_window(case.local_time(incident).time(), screening_hours(case))


def hours_text(case: Case) -> str:
    start, end = screening_hours(case)
    return f"{start:%H:%M}–{end:%H:%M}"
