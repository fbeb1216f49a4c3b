"""What the US rules share: who counts as the consumer, what a contact says, dates and wording.

Rules read an incident's words only through ``Analysis`` (the tags every registered English
classifier gave it, with the words behind them). ``said`` decides whether a tag counts as the
collector's conduct: a tag the case gives, words of a verbatim message, or words of a described
contact that the description attributes to the collector ("the caller said..."); the
complainant's own words in a note ("I told the caller...") and denied words ("the caller did not
mention the debt") do not count. Only verbatim words are ever quoted.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from complaint_kit.api import Analysis, Case, Incident, Medium, Relation, formats
from complaint_kit.api import ids as ids

EN_US = formats("en_US")

# 12 CFR 1006.6(a): "consumer" includes the spouse (and a parent if the consumer is a minor).
# A co-signer is obligated on the debt, so is treated as a consumer too.
_CONSUMER = (Relation.debtor, Relation.guarantor, Relation.spouse)
HOUSEHOLD = (Relation.spouse, Relation.parent, Relation.child, Relation.sibling,
             Relation.relative)
WRITTEN = (Medium.sms, Medium.email, Medium.letter, Medium.im, Medium.social_post)
ELECTRONIC = (Medium.sms, Medium.email, Medium.im)

# Tags a case file or import may set on a call that never connected (busy, not in service):
# such calls are not counted under 12 CFR 1006.14(b)(3)(ii).
NOT_CONNECTED_TAGS = ("not_connected", "busy", "not_in_service")


def is_consumer(case: Case, incident: Incident) -> bool:
    relation = incident.to.relation
    return relation in _CONSUMER or (relation == Relation.parent
                                     and bool(case.facts.get("consumer_is_minor")))


def is_third_party(case: Case, incident: Incident) -> bool:
    return not is_consumer(case, incident)


def given(incident: Incident, *tags: str) -> bool:
    """Whether the case itself gives the incident one of ``tags`` (the user's own statement)."""
    return any(t.strip().lower() in tags for t in incident.tags)


def said(a: Analysis, incident: Incident, *tags: str) -> bool:
    """Whether the collector said or did what ``tags`` name in this contact (see the module)."""
    if given(incident, *tags):
        return True
    if not a.has(incident, *tags):
        return False
    return incident.verbatim or a.has(incident, "collector_speech")


def saying(a: Analysis, *tags: str, among: Iterable[Incident] | None = None) -> list[Incident]:
    """The contacts in which the collector said or did what ``tags`` name, in time order."""
    return [i for i in (a.incidents if among is None else among) if said(a, i, *tags)]


def quote(a: Analysis, incidents: Iterable[Incident], *tags: str) -> str:
    """Up to four of the collector's own words, quoted: (e.g. “jail”, “arrest”); never the words
    of a described contact."""
    found = a.quotable_words(incidents, *tags)
    if not found:
        return ""
    return " (e.g. " + ", ".join(f"“{w}”" for w in found[:4]) + ")"


def consumer_contacts(a: Analysis) -> list[Incident]:
    return [i for i in a.incidents if is_consumer(a.case, i)]


def local(case: Case, incident: Incident) -> datetime:
    """Local time where the consumer lives; a time without an offset in a case without a time
    zone is the clock time the consumer recorded, kept as it is."""
    if incident.time.tzinfo is None:
        return incident.time
    return case.local_time(incident)


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
    return EN_US.date(d, "MM/dd/y")


def us_time(t: datetime) -> str:
    return EN_US.date(t, "MM/dd/y HH:mm")


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
    return EN_US.plural(n, f"{{n}} {word}", f"{{n}} {many or word + 's'}")


def person_key(incident: Incident) -> str:
    """Who a contact reached: the debtor on any number; anyone else by number, else by relation
    and name (1006.14(b) counts calls to a person, not to a number)."""
    if incident.to.relation == Relation.debtor:
        return "debtor"
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
