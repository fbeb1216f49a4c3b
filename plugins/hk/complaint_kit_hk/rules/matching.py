"""What the Hong Kong rules share: reading tags from messages, screening thresholds, helpers.

A rule reads an incident's ``tags`` (set by ``complaint-kit import`` or written in the case file)
and, because hand-written case files often carry none, also tags the verbatim content itself
with the same lexicons the importer uses: the shared zh-Hant and English ones (plugins/lexicons,
when installed) and this plugin's Hong Kong words. A message in either language is read with
both, whatever the case's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, time
from functools import lru_cache

from complaint_kit.case import Case, Incident, InstitutionType, RespondentRole
from complaint_kit.rules import Citation

from ..citations import CODE_NUMBERING, Cite
from ..jurisdiction import is_english
from ..lexicon import DOXXING, LEXICONS

# --- Screening choices (the kit's own, not law) -------------------------------------------------
# The Hong Kong sources set no numeric hours or call caps (law-hk.md §0). These thresholds only
# decide when the kit points at a pattern; every explanation says so.
SCREENING_HOURS = (time(22, 0), time(8, 0))  # calls from 22:00 to 08:00 are flagged
PERSISTENT_PER_DAY = 5  # calls to one person in one day
PERSISTENT_PER_WEEK = 20  # calls to one person within seven days
# PDPO doxxing offences apply from this day (law-hk.md §3.3).
DOXXING_FROM = date(2021, 10, 8)

# --- Words matched on verbatim content besides the tags -----------------------------------------
POSTER_WORDS = ("街招", "海報", "大字報", "寫大字", "張貼", "貼滿", "橫額", "poster", "notices on",
                "writing on", "wrote on", "written on")
FAKE_DOCUMENT_WORDS = ("傳票", "拘捕令", "法庭文件", "法庭命令", "通緝令", "破產令", "summons",
                       "arrest warrant", "warrant of arrest", "court order", "bankruptcy order")
DEBT_WORDS = ("欠", "債", "還錢", "還款", "走數", "賴數", "追數", "收數", "貸款", "借錢",
              "owe", "debt", "loan", "repay", "overdue", "arrears")
PERSONAL_DATA_WORDS = ("相片", "照片", "大頭相", "身份證", "身分證", "地址", "住址", "電話號碼",
                       "手機號碼", "photo", "HKID", "ID card", "identity card", "address",
                       "phone number")

THREAT_TAGS = ("threat_violence", "threat")
INSULT_TAGS = ("insult", "obscene")
IMPERSONATION_TAGS = ("impersonation", "false_name")
ANONYMOUS_TAGS = ("anonymous", "unidentifiable_note")
MISLEADING_TAGS = ("criminal_threat", "misleading", "fake_document", "impersonation")
DISCLOSURE_TAGS = ("disclosure", "doxxing", "public_notice")
THIRD_PARTY_TAGS = ("third_party_contact",)
DOXXING_TAGS = ("doxxing",)
PUBLIC_TAGS = ("public_notice",)


@lru_cache(maxsize=1)
def _classifiers() -> tuple:
    try:  # the shared lexicons ship with complaint-kit; the rules still work without them
        from complaint_kit_lexicons import LEXICONS as SHARED
    except ImportError:  # pragma: no cover
        SHARED = ()
    return (*SHARED, *LEXICONS, DOXXING)


@lru_cache(maxsize=4096)
def content_tags(text: str) -> frozenset[str]:
    tags: set[str] = set()
    for classifier in _classifiers():
        tags.update(classifier.classify(text))
    return frozenset(tags)


def tags_of(incident: Incident) -> set[str]:
    own = {t.strip().lower() for t in incident.tags}
    return own | (content_tags(incident.content) if incident.content else set())


def has_tag(incident: Incident, tags: Iterable[str]) -> bool:
    return bool(tags_of(incident) & set(tags))


def has_words(incident: Incident, words: Iterable[str]) -> bool:
    text = incident.content.lower()
    return any(w.lower() in text for w in words)


def matches(incident: Incident, tags: Iterable[str], words: Iterable[str] = ()) -> bool:
    return has_tag(incident, tags) or has_words(incident, words)


def ids(incidents: Iterable[Incident]) -> list[str]:
    return [i.id or "" for i in incidents]


def en(case: Case) -> bool:
    return is_english(case.language)


def say(case: Case, zh: str, english: str) -> str:
    return english if en(case) else zh


def cites(case: Case, *items: Cite | None) -> list[Citation]:
    """The citations in the case's language, in the order given, without repeats."""
    english = en(case)
    return list(dict.fromkeys(c.of(english) for c in items if c is not None))


def is_bank(case: Case) -> bool:
    """Whether the Code of Banking Practice and the HKMA guideline bind the lender."""
    kind = case.facts.get("lender_kind")
    if kind:
        return kind == "bank"
    lender = case.lender
    return bool(lender and lender.type == InstitutionType.bank)


def has_agency(case: Case) -> bool:
    return any(r.role == RespondentRole.collection_agency
               or r.type == InstitutionType.collection_agency
               or (r.role == RespondentRole.collector and r.acting_for)
               for r in case.respondents)


def code(case: Case, *items: Cite) -> list[Cite]:
    """Code of Banking Practice items, and the unverified note on its numbering."""
    return [*items, CODE_NUMBERING]


def not_bank_note(case: Case) -> str:
    if is_bank(case):
        return ""
    return say(case, "（貸款人並非銀行：《銀行營運守則》只約束銀行及其收數公司，"
                     "此處作為業界基準引用。）",
               " (The lender is not a bank: the Code of Banking Practice binds banks and their "
               "agencies, and is cited here as the industry baseline.)")


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


def joined(case: Case, items: Sequence[str]) -> str:
    return (", " if en(case) else "、").join(items)
