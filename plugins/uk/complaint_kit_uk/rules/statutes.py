"""Rules from statute across the whole pattern: insults, the Protection from Harassment Act 1997
course of conduct, AJA 1970 s.40(1)(a) harassment, and the DMCC Act 2024 aggressive practices."""

from __future__ import annotations

from complaint_kit.case import Case, Incident, RespondentRole
from complaint_kit.rules import Hit

from ..facts import DMCC_FROM
from .contact import discloses, frequency, unreasonable_times
from .matching import (
    ABUSE_TAGS,
    ACTION_TAKEN,
    DISPROPORTIONATE,
    FAKE_DOCUMENT_TAGS,
    PRESSURE,
    PRESSURE_TAGS,
    count,
    ids,
    local_day,
    said,
    tagged,
)

# PHA 1997 s.7(3): a course of conduct is conduct on at least two occasions.
COURSE_OF_CONDUCT = 2


def insult(case: Case) -> Hit | None:
    found = [i for i in case.incidents if tagged(i, ("insult",))]
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'contact')} insulted or swore at the customer "
               "or the people contacted.")


def _harassing(case: Case) -> list[Incident]:
    """Contacts that threaten, insult, shame, pose as an authority, come at unreasonable times
    or form part of contact several times a day."""
    marked = set()
    for check in (unreasonable_times, frequency):
        hit = check(case)
        if hit is not None:
            marked.update(hit.incidents)
    return [i for i in sorted(case.incidents, key=lambda i: i.time)
            if i.id in marked or tagged(i, (*ABUSE_TAGS, *FAKE_DOCUMENT_TAGS, *PRESSURE_TAGS))
            or said(i, PRESSURE) or said(i, ACTION_TAKEN) or discloses(i)]


def pha_course(case: Case) -> Hit | None:
    found = _harassing(case)
    if len(found) < COURSE_OF_CONDUCT:
        return None
    days = len({local_day(case, i) for i in found})
    return Hit(ids(found), f"{count(len(found), 'harassing contact')} on {count(days, 'day')}: "
               "more than the two occasions that make a course of conduct. Whether the conduct "
               "amounts to harassment is judged by what a reasonable person would think.")


def aja_harassment(case: Case) -> Hit | None:
    found = [i for i in _harassing(case)
             if tagged(i, ABUSE_TAGS) or i.id in (frequency(case) or Hit()).incidents]
    if not found:
        return None
    kinds = []
    if frequency(case):
        kinds.append("their frequency")
    if any(tagged(i, ("threat_violence", "threat_visit", "criminal_threat")) for i in found):
        kinds.append("threats")
    if any(tagged(i, ("disclosure", "third_party_contact")) for i in found):
        kinds.append("publicity among family, colleagues or contacts")
    if any(tagged(i, ("insult", "impersonation")) for i in found):
        kinds.append("their manner")
    return Hit(ids(found), f"{count(len(found), 'demand')} for payment caused alarm, distress or "
               f"humiliation by {', '.join(kinds) or 'their manner'}. Whether s.40 applies to a "
               "business collecting from a consumer is not settled (see the note on s.40(3A)).")


def _trader(case: Case, incident: Incident) -> bool:
    respondent = case.respondent(incident.respondent)
    return respondent is None or respondent.role != RespondentRole.other


def aggressive_practice(case: Case) -> Hit | None:
    found = [i for i in case.incidents if local_day(case, i) >= DMCC_FROM and _trader(case, i)
             and (tagged(i, ABUSE_TAGS + PRESSURE_TAGS) or said(i, PRESSURE)
                  or said(i, DISPROPORTIONATE))]
    if not found:
        return None
    return Hit(ids(found), f"Since 6 April 2025, {count(len(found), 'contact')} used threats, "
               "pressure, insults, false authority or shaming: aggressive commercial practices "
               "towards a consumer.")
