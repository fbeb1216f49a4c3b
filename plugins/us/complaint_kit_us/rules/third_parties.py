"""The US checks of contacts with other people: the debt told, location information."""

from __future__ import annotations

from collections import defaultdict

from complaint_kit.api import (
    Analysis,
    Ask,
    Audience,
    Hit,
    Incident,
    Relation,
)

from .. import citations as c
from .common import (
    given,
    ids,
    is_third_party,
    person_key,
    person_label,
    plural,
    said,
    times,
)

# --- US-THIRD-PARTY and US-LOCATION-CONTACT ------------------------------------------------------

def _others(a: Analysis) -> list[Incident]:
    """Contacts with a person other than the consumer (the public is judged apart)."""
    return [i for i in a.incidents if is_third_party(a.case, i)
            and i.to.relation != Relation.public and i.audience not in SEEN_BY_OTHERS]


SEEN_BY_OTHERS = (Audience.public, Audience.group)


def _in_view(a: Analysis) -> list[Incident]:
    """Posts, group messages and notices that others than the consumer could see."""
    return [i for i in a.incidents if i.audience in SEEN_BY_OTHERS
            or (i.to.relation == Relation.public and i.audience is None)]


def _told_of_debt(a: Analysis, i: Incident) -> bool:
    return said(a, i, "debt_mention", "disclosure", "debt_disclosure")


def asked_location(a: Analysis, i: Incident) -> bool:
    return said(a, i, "location_inquiry")


def _location_excuse(a: Analysis) -> bool:
    """Whether 1692b can explain a contact with others: not when the collector could reach me."""
    return a.case.debtor_reachable is not True


def third_party(a: Analysis) -> list[Hit | Ask] | None:
    others = _others(a)
    excuse = _location_excuse(a)
    told = [i for i in others if _told_of_debt(a, i) and not (excuse and asked_location(a, i))]
    told = sorted(told + [i for i in _in_view(a) if _told_of_debt(a, i)], key=lambda i: i.time)
    unclear = [i for i in others if not _told_of_debt(a, i) and not asked_location(a, i)]
    out: list[Hit | Ask] = []
    if told:
        out.append(Hit(ids(told), _told_text(a, told)))
    if unclear:
        out.append(Ask("What did the collector say to "
                       + "; ".join(sorted({person_label(i) for i in unclear}))
                       + f" ({times(a.case, unclear, 4)})? Record whether it said or hinted that "
                       "you owe a debt (add the tag disclosure to that contact); a request to "
                       "have you call back that says nothing about a debt is not a finding.",
                       (c.FDCPA_1692C_B, c.REGF_6D), ids(unclear)))
    return out or None


def _told_text(a: Analysis, told: list[Incident]) -> str:
    """Whom the collector told about the debt: the people, and everyone who could see a post."""
    seen = [i for i in told if i in _in_view(a)]
    people = sorted({person_label(i) for i in told if i not in seen})
    whom = []
    if people:
        whom.append(f"{plural(len(people), 'other person', 'other people')} "
                    f"({'; '.join(people)})")
    if seen:
        posts = plural(len(seen), "post or group message", "posts or group messages")
        whom.append(f"everyone who could see {posts}")
    text = (f"The collector told {' and '.join(whom)} about my debt, in "
            f"{plural(len(told), 'contact')} ({times(a.case, told)}).")
    if a.case.debtor_reachable is True and any(asked_location(a, i) for i in told):
        text += (" The collector could reach me directly, so asking where I live or work "
                 "did not make these calls to find me.")
    return text


def location_contact(a: Analysis) -> list[Hit | Ask] | None:
    parties: dict[str, list[Incident]] = defaultdict(list)
    for i in _others(a):
        parties[person_key(i)].append(i)
    asking = [items for items in parties.values() if any(asked_location(a, i) for i in items)]
    if not asking:
        return None
    if not _location_excuse(a):
        return None  # the collector could reach me: US-THIRD-PARTY judges these contacts
    found: dict[str, Incident] = {}
    notes = []
    for items in asking:
        hit, said = _beyond_location(a, items)
        found.update((x.id or "", x) for x in hit)
        notes += said
    out: list[Hit | Ask] = []
    if found:
        out.append(Hit(ids(sorted(found.values(), key=lambda i: i.time)), " ".join(notes)))
    if a.case.debtor_reachable is None:
        out.append(Ask("When the collector asked others where to find you, could it already "
                       "reach you directly (did it have your current phone number or "
                       "address)? If it could, these were not calls to find you.",
                       (c.FDCPA_1692B, c.FDCPA_1692C_B),
                       ids([i for items in asking for i in items if asked_location(a, i)])))
    return out or None


def _beyond_location(a: Analysis, items: list[Incident]) -> tuple[list[Incident], list[str]]:
    """What went beyond asking one person where to find me: contacting them again unasked,
    and saying that I owe a debt; the contacts and the sentences."""
    who = person_label(items[0])
    hit: list[Incident] = []
    notes = []
    repeat = [i for i in items[1:] if not given(i, "requested", "requested_callback")]
    if repeat:
        hit += repeat
        stop = [i for i in repeat if i.to.asked_to_stop]
        notes.append(f"{_cap(who)} was contacted {plural(len(items), 'time')} "
                     f"({times(a.case, items, 4)}) without having asked to be contacted "
                     f"again" + (f", {len(stop)} of them after asking the collector to stop"
                                 if stop else "") + ".")
    debt = [i for i in items if asked_location(a, i) and _told_of_debt(a, i)]
    if debt:
        hit += debt
        notes.append(f"While asking {who} where to find me, the collector said that I owe "
                     f"a debt ({times(a.case, debt, 4)}).")
    return hit, notes


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
