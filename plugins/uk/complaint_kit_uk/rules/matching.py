"""What the UK rules share: tag groups and helpers on the core's ``Analysis``.

Rules read the tags the core gives every incident (the shared English lexicon's standard tags,
this plugin's British words and ``uk_`` tags, and the tags a case records), never the raw text.
Words are quoted in an explanation only from incidents whose text is the collector's own
(``Analysis.quotable_words``); a call or visit the complainant describes is reported without
quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from complaint_kit.api import Analysis, Audience, Incident, Medium, Relation, formats, ids

from ..facts import NO, YES, fact_choice

_EN_GB = formats("en_GB")

__all__ = ["ids"]

# Threats to the person or of a visit (the collector's own words, or the complainant's account).
THREAT_TAGS = ("threat_violence", "threat_visit")
# A threat to tell others about the debt.
THREAT_TO_TELL_TAGS = ("uk_threat_to_tell", "disclosure")
# Details of the debt in a contact that reached someone else.
DEBT_DETAIL_TAGS = ("uk_debt_details", "disclosure")
# Conduct that can make up a course of harassment (PHA 1997): content, never mere frequency.
HARASSING_TAGS = ("threat_violence", "threat_visit", "criminal_threat", "impersonation", "insult",
                  "uk_threat_to_tell", "disclosure", "uk_enforcement", "uk_action_taken")
# Harassment, coercion or undue influence (DMCC Act 2024 aggressive practices).
COERCIVE_TAGS = ("threat_violence", "threat_visit", "criminal_threat", "impersonation",
                 "uk_threat_to_tell", "uk_enforcement", "uk_action_taken", "uk_pressure")
FAKE_DOCUMENT_TAGS = ("fake_document", "official_looking")
PUBLIC_TAGS = ("public", "postcard")
UNMARKED_POST_TAGS = ("post_unmarked", "not_confidential", "collector_name_visible")

WORKPLACE_RELATIONS = (Relation.employer, Relation.colleague)
# ``location`` is a short structured answer ("my office"), not a message: read as a field.
WORKPLACE_WORDS = re.compile(r"\b(?:work|workplace|office|shop|factory|site|school|college|"
                             r"reception)\b", re.IGNORECASE)
_POLICE = re.compile(r"\bpolice\b", re.IGNORECASE)


def count(n: int, one: str, many: str | None = None) -> str:
    """'1 contact', '3 contacts'."""
    return _EN_GB.plural(n, f"{{n}} {one}", f"{{n}} {many or one + 's'}")


def day(a: Analysis, incident: Incident) -> str:
    return dmy(a.local_day(incident))


def long_day(a: Analysis, incident: Incident) -> str:
    """'2 March 2026', for a sentence the complainant and the police both read."""
    return _EN_GB.date(a.local_day(incident), "d MMMM y")


def dmy(value: date) -> str:
    return _EN_GB.date(value, "dd/MM/y")


def listed(incidents: Sequence[Incident]) -> str:
    """'I1, I5'."""
    return ", ".join(i.id or "" for i in incidents)


def quoted(a: Analysis, incidents: Iterable[Incident], *tags: str, limit: int = 4) -> str:
    """Up to ``limit`` of the collector's own words behind ``tags``: " (e.g. ‘bailiffs’)".
    Words from described calls and visits are never quoted."""
    found = sorted(a.quotable_words(list(incidents), *tags), key=str.lower)
    if not found:
        return ""
    return " (e.g. " + ", ".join(f"‘{w}’" for w in found[:limit]) + ")"


def to_customer(incident: Incident) -> bool:
    return not incident.to.relation.is_third_party


def seen_by_others(incident: Incident) -> bool:
    """A group chat, a post, a notice: more than the one person it reached could see it."""
    return (incident.audience in (Audience.group, Audience.public)
            or incident.to.relation == Relation.public or incident.channel == Medium.social_post)


def at_workplace(a: Analysis, incident: Incident) -> bool:
    return (incident.to.relation in WORKPLACE_RELATIONS
            or a.has(incident, "workplace", "workplace_visit")
            or (incident.channel == Medium.visit
                and bool(WORKPLACE_WORDS.search(incident.location or ""))))


def claim_false(a: Analysis, incident: Incident) -> bool | None:
    """Whether a claim of court action or court authority in ``incident`` is known to be false:
    checked and found false, or no court has issued a claim or judgment (as the customer
    records); None when nobody knows."""
    if incident.verified_false:
        return True
    papers = fact_choice(a.case, "court_papers")
    if papers == NO:
        return True
    if papers == YES:
        return False
    return None


def why_false(a: Analysis, incident: Incident) -> str:
    if incident.verified_false:
        return f"checked and found false ({incident.verified_false})"
    return "no court has issued a claim or judgment about this debt (as the customer records)"


def claims_police(a: Analysis, incident: Incident) -> bool:
    return any(_POLICE.search(w) for w in a.words(incident, "impersonation"))


# "at your work" on its own names a place, not a visit ("everyone at your work will know").
_BARE_PLACE = re.compile(r"^at your \w+$", re.IGNORECASE)


def threatens_visit(a: Analysis, incident: Incident) -> bool:
    """A threat of a visit: the tag, unless its only words are a bare place ("at your work"),
    which the shared lexicon also tags."""
    if not a.has(incident, "threat_visit"):
        return False
    words = a.words(incident, "threat_visit")
    return not words or not all(_BARE_PLACE.match(w) for w in words)


def threatens(a: Analysis, incident: Incident) -> bool:
    """A threat of harm or of a visit."""
    return a.has(incident, "threat_violence") or threatens_visit(a, incident)


def carries(a: Analysis, incident: Incident, tags: Sequence[str]) -> bool:
    """Whether the incident carries any of ``tags`` (a visit threat only as ``threatens_visit``
    reads it)."""
    others = [t for t in tags if t != "threat_visit"]
    return a.has(incident, *others) or ("threat_visit" in tags and threatens_visit(a, incident))


def described(incidents: Iterable[Incident]) -> list[Incident]:
    return [i for i in incidents if not i.verbatim]
