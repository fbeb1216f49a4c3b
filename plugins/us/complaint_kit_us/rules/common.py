"""What the US rules share: who counts as the consumer, message signals, dates and wording."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time
from functools import lru_cache

from complaint_kit.case import Case, Channel, Incident, Relation
from complaint_kit.tagging import Tagger

from ..lexicon import LEXICON as US_LEXICON

try:  # the shared English lexicon (plugins/lexicons), a declared dependency of this plugin
    from complaint_kit_lexicons.en import LEXICON as EN_LEXICON
except ImportError:  # pragma: no cover - only when installed without its dependency
    EN_LEXICON = None

_TAGGER = Tagger("en", [x for x in (EN_LEXICON, US_LEXICON) if x is not None])

# 12 CFR 1006.6(a): "consumer" includes the spouse (and a parent if the consumer is a minor).
# A co-signer is obligated on the debt, so is treated as a consumer too.
_CONSUMER = (Relation.debtor, Relation.guarantor, Relation.spouse)
HOUSEHOLD = (Relation.spouse, Relation.parent, Relation.child, Relation.sibling,
             Relation.relative)
WRITTEN = (Channel.sms, Channel.email, Channel.letter, Channel.im, Channel.social_post)
ELECTRONIC = (Channel.sms, Channel.email, Channel.im)

# Tags a case file or import may set on a call that never connected (busy, not in service):
# such calls are not counted under 12 CFR 1006.14(b)(3)(ii).
NOT_CONNECTED_TAGS = ("not_connected", "busy", "not_in_service")

DEBT_WORDS = re.compile(
    r"\b(?:debts?|owes?|owed|owing|balance|past[- ]due|overdue|collections?|delinquent|"
    r"unpaid|pay (?:up|back|what)|payment|repay|loan|bill)\b", re.IGNORECASE)
LOCATION_WORDS = re.compile(
    r"\b(?:where (?:\w+ )?(?:is|does|can|lives?|works?|stays?)|whereabouts|locat\w+|"
    r"contact information|address|(?:home|new|current) (?:phone|number)|"
    r"how (?:to|can (?:I|we)) reach|a (?:good )?number for)\b", re.IGNORECASE)


def is_consumer(case: Case, incident: Incident) -> bool:
    relation = incident.to.relation
    return relation in _CONSUMER or (relation == Relation.parent
                                     and bool(case.facts.get("consumer_is_minor")))


def is_third_party(case: Case, incident: Incident) -> bool:
    return not is_consumer(case, incident)


@lru_cache(maxsize=4096)
def _classify(text: str) -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]:
    tagging = _TAGGER.tag(text)
    return frozenset(tagging.tags), tuple((t, tuple(w)) for t, w in tagging.reasons.items())


def signals(incident: Incident) -> set[str]:
    """The incident's own tags plus the tags its verbatim content earns."""
    own = {t.strip().lower() for t in incident.tags}
    return own | set(_classify(incident.content)[0]) if incident.content else own


def has(incident: Incident, *tags: str) -> bool:
    return bool(signals(incident) & set(tags))


def words(incidents: Iterable[Incident], *tags: str) -> str:
    """Up to four of the matched words, quoted, for an explanation: (e.g. “jail”, “arrest”)."""
    found: list[str] = []
    for i in incidents:
        if not i.content:
            continue
        for tag, matched in _classify(i.content)[1]:
            if tag in tags:
                found += [w for w in matched if w not in found]
    if not found:
        return ""
    return " (e.g. " + ", ".join(f"“{w}”" for w in found[:4]) + ")"


def ids(incidents: Iterable[Incident]) -> list[str]:
    return [i.id or "" for i in incidents]


def local(case: Case, incident: Incident) -> datetime:
    return case.local_time(incident)


def day(case: Case, incident: Incident) -> date:
    return case.local_time(incident).date()


def fact_date(case: Case, name: str) -> date | None:
    value = case.facts.get(name)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def fact_time(value: object) -> time | None:
    if isinstance(value, time):
        return value
    if isinstance(value, int):  # YAML reads 12:30 as sexagesimal minutes in some loaders
        return time(value // 60 % 24, value % 60)
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def us_date(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us_time(t: datetime) -> str:
    return f"{us_date(t.date())} {t.hour:02d}:{t.minute:02d}"


def times(case: Case, incidents: Iterable[Incident], limit: int = 6) -> str:
    items = sorted(incidents, key=lambda i: i.time)
    text = ", ".join(us_time(local(case, i)) for i in items[:limit])
    if len(items) > limit:
        text += f" and {len(items) - limit} more"
    return text


CHANNEL_WORDS = {"call": "phone calls", "sms": "text messages", "im": "chat app messages",
                 "email": "emails", "letter": "letters", "visit": "visits",
                 "social_post": "social media messages", "other": "other messages"}


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def person_key(incident: Incident) -> str:
    """Who a contact reached: the number, else the relation and name."""
    return incident.to.number or f"{incident.to.relation}:{incident.to.name or ''}"


def person_label(incident: Incident) -> str:
    relation = {"debtor": "me"}.get(str(incident.to.relation),
                                                f"my {str(incident.to.relation).replace('_', ' ')}")
    # No numbers: explanations go into the CFPB narrative, which should hold no personal data.
    return f"{relation} {incident.to.name}" if incident.to.name else relation


def add_year(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)
