"""Rules from statute across the whole pattern: insults, threats, the Protection from Harassment
Act 1997 course of conduct, and the DMCC Act 2024 aggressive practices.

- UK-PHA-COURSE: conduct on at least two occasions (s.7(3)) whose content harasses: threats,
  claims of arrest or court action, posing as an authority, insults, the debt told or threatened
  to be told to others. Mere frequency, with nothing said, is not counted here: it is a CONC
  7.9.4R matter for the firm and the Ombudsman (UK-FREQUENCY), not a report to the police. The
  offence (s.2) is cited with the facts that meet each element of s.1; whether the conduct
  amounts to harassment remains a judgement (what a reasonable person would think), and the
  explanation says so. AJA 1970 s.40(1)(a) is given only as a point to check (UNVERIFIED).
- UK-AJA-HARASSMENT: threats of harm or of a visit in demands for payment, not already found as
  an impossible enforcement threat. Its only specific basis, AJA 1970 s.40(1)(a), is UNVERIFIED
  for a trader collecting from a consumer, so the rule is flagged; the FCA Principles it also
  cites cover such conduct only generally. A threat of violence, or of a visit within a day, is
  urgent.
- UK-AGGRESSIVE-PRACTICE: only when the test of an aggressive practice is met by named facts: a
  trader's practice towards a consumer from 6 April 2025, harassment, coercion or undue influence
  that significantly impairs the average consumer's freedom of choice or conduct, and a
  transactional decision the consumer took, or was likely to take, because of it
  (``facts.transactional_decision``). Without that decision the rule asks.
"""

from __future__ import annotations

import re

from complaint_kit.api import (
    Analysis,
    Ask,
    Element,
    Hit,
    Incident,
    LoanPurpose,
    RespondentRole,
    as_date,
)

from .. import citations as c
from ..facts import DMCC_FROM, fact_choice
from .authority import urgent_visit
from .contact import against_request, told_privately
from .matching import (
    COERCIVE_TAGS,
    HARASSING_TAGS,
    carries,
    count,
    day,
    dmy,
    ids,
    listed,
    long_day,
    quoted,
    threatens,
    to_customer,
)

# Debts collected by public bodies, not traders.
PUBLIC_DEBTS = ("council_tax", "court_fine")
# PHA 1997 s.7(3): a course of conduct is conduct on at least two occasions.
COURSE_OF_CONDUCT = 2

_KINDS = (
    (("threat_violence",), "threats of harm"),
    (("threat_visit", "uk_enforcement"), "threats of bailiffs or of a visit"),
    (("criminal_threat",), "threats of arrest or the police"),
    (("uk_action_taken",), "claims that court action had been taken"),
    (("insult",), "insults"),
    (("uk_threat_to_tell", "disclosure"), "threats to tell others about the debt"),
)


# Whom a contact tagged ``impersonation`` claimed to act for, read from its own words: the
# tag covers a court, the police and enforcement agents, and a letter names only what was said.
_FOR = ((re.compile(r"\bcourt\b|\bHMCTS\b", re.IGNORECASE), "a court"),
        (re.compile(r"\bpolice\b", re.IGNORECASE), "the police"),
        (re.compile(r"\b(?:bailiffs?|enforcement (?:agents?|officers?)|HCEOs?)\b",
                    re.IGNORECASE), "enforcement agents"))


def _claimed(a: Analysis, incidents: list[Incident]) -> str | None:
    """'claims to act for a court' (only the authorities the contacts named)."""
    said = [i for i in incidents if a.has(i, "impersonation")]
    if not said:
        return None
    names = [who for pattern, who in _FOR if any(pattern.search(i.content or "") for i in said)]
    names = [*names[:-2], " or ".join(names[-2:])] if names else ["an official body"]
    return f"{'a claim' if len(said) == 1 else 'claims'} to act for {', '.join(names)}"


def _kinds(a: Analysis, incidents: list[Incident], told: list[Incident]) -> list[str]:
    kinds = [what for tags, what in _KINDS if any(carries(a, i, tags) for i in incidents)]
    claimed = _claimed(a, incidents)
    if claimed:
        # In the order the kinds had: after court action claimed, before insults and threats
        # to tell.
        later = ("insults", "threats to tell others about the debt")
        kinds.insert(next((n for n, k in enumerate(kinds) if k in later), len(kinds)), claimed)
    if any(i in told for i in incidents):
        kinds.append("the debt told to other people")
    return kinds


def insult(a: Analysis) -> Hit | None:
    found = a.tagged("insult")
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'contact')} insulted or swore at the customer "
               f"or the people contacted{quoted(a, found, 'insult')} ({listed(found)}).",
               [c.PRINCIPLE_6_INSULT, c.PRINCIPLE_12_INSULT])


def harassing(a: Analysis) -> list[Incident]:
    """Contacts whose content harasses: the occasions of a course of conduct."""
    told = told_privately(a)
    return [i for i in a.incidents if carries(a, i, HARASSING_TAGS) or i in told]


def pha_course(a: Analysis) -> Hit | None:
    # A contact that went against the customer's request about contact is conduct of the
    # course too: it is what the collector was told not to do (and the knowledge element).
    ignored, stopped, channel = against_request(a)
    against = sorted(ignored + stopped + channel, key=lambda i: i.time)
    harass = harassing(a)
    found = sorted(harass + [i for i in against if i not in harass], key=lambda i: i.time)
    if len(found) < COURSE_OF_CONDUCT:
        return None
    told = told_privately(a)
    days = sorted({a.local_day(i) for i in found})
    span = dmy(days[0]) if len(days) == 1 else f"{dmy(days[0])} to {dmy(days[-1])}"
    kinds = _kinds(a, found, told)
    course = Element("a course of conduct: conduct on at least two occasions (s.7(3)); "
                     "conduct includes speech (s.7(4))",
                     f"{count(len(found), 'contact')} on {count(len(days), 'day')}, {span} "
                     f"({listed(found)})", ids(found))
    distress = f"{', '.join(kinds)}"
    harm = a.case.harm
    if harm.description:
        distress += f"; the effect on the customer: {harm.description}"
    alarm = Element("harassment: conduct that alarms a person or causes them distress (s.7(2))",
                    distress, ids(found))
    request = as_date(a.fact("contact_request_date"))
    knew = f"the conduct itself ({', '.join(kinds)}), repeated on {count(len(days), 'day')}"
    if against:
        one = len(against) == 1
        asked = (f"the customer's request of {dmy(request)} about how to be contacted"
                 if channel and request else "the customer's request about contact")
        knew += f"; {count(len(against), 'contact')} ({listed(against)}) " \
                f"{'was' if one else 'were'} made against {asked}"
    knowledge = Element("the collector knew or ought to have known that the conduct amounted to "
                        "harassment: what a reasonable person with the same information would "
                        "think (s.1)", knew, ids(found))
    elements = [course, alarm, knowledge]
    return Hit(ids(found), f"{count(len(found), 'contact')} on {count(len(days), 'day')} "
               f"({span}) carried {', '.join(kinds)}: conduct on {len(found)} occasions, where two "
               "make a course of conduct. Whether it amounts to harassment is judged by what "
               "a reasonable person would think; calls and messages that said nothing are not "
               "counted here.",
               [c.PHA_1, c.PHA_2, c.PHA_3, c.PHA_7_2, c.PHA_7_3, c.PHA_7_4, c.AJA_40_1_A],
               elements={c.PHA_1: elements, c.PHA_2: elements,
                         c.AJA_40_1_A: _aja_elements(found, kinds, distress)})


def _aja_elements(found: list[Incident], kinds: list[str], effect: str) -> list[Element]:
    """AJA 1970 s.40(1)(a), a point to check (UNVERIFIED): the facts its elements would need."""
    return [Element("demands for payment of a contractual debt, with the object of coercing "
                    "payment", f"the contacts {listed(found)}", ids(found)),
            Element("harassing by their frequency, manner, occasion, threats or publicity",
                    ", ".join(kinds), ids(found)),
            Element("calculated to cause alarm, distress or humiliation", effect, ids(found))]


def aja_harassment(a: Analysis) -> Hit | None:
    # Bailiffs and enforcement agents are UK-IMPOSSIBLE-ACTION's (a finding, or a question
    # while nobody knows whether a court has acted), unless the words also threaten harm.
    found = [i for i in a.incidents if threatens(a, i)
             and (a.has(i, "threat_violence") or not a.has(i, "uk_enforcement"))]
    if not found:
        return None
    violence = [i for i in found if a.has(i, "threat_violence")]
    urgent = "\n".join(f"On {long_day(a, i)} the collectors threatened harm ({i.id})."
                       for i in violence)
    urgent = "\n".join(x for x in (urgent, urgent_visit(a, found)) if x)
    return Hit(ids(found), f"{count(len(found), 'contact')} threatened harm or a visit to make "
               f"the customer pay{quoted(a, found, 'threat_violence', 'threat_visit')} "
               f"({listed(found)}).",
               [c.PRINCIPLE_6_INSULT, c.PRINCIPLE_12_INSULT, c.AJA_40_1_A], urgent=urgent,
               elements={c.AJA_40_1_A: _aja_elements(
                   found, _kinds(a, found, []), "threats of harm or of a visit")})


def _trader(a: Analysis, incident: Incident) -> bool:
    respondent = a.case.respondent(incident.respondent)
    return respondent is None or respondent.role != RespondentRole.other


def aggressive_practice(a: Analysis) -> Hit | Ask | None:
    if a.case.debt and a.case.debt.purpose == LoanPurpose.business:
        return None  # not a practice towards a consumer
    if fact_choice(a.case, "debt_type") in PUBLIC_DEBTS:
        return None  # council tax and court fines are not collected by a trader
    found = [i for i in a.incidents if carries(a, i, COERCIVE_TAGS) and a.local_day(i) >= DMCC_FROM
             and _trader(a, i) and to_customer(i)]
    if not found:
        return None
    decision = a.fact("transactional_decision")
    if not decision:
        return Ask(f"Since 6 April 2025 the collectors used threats or pressure "
                   f"({listed(found)}). Did that make you take a decision about the debt that you "
                   "would not otherwise have taken, for example paying money you needed for rent "
                   "or food, borrowing, or agreeing to a payment you cannot afford? What, and "
                   "when?", (c.DMCC_UNFAIR,), ids(found))
    kinds = _kinds(a, found, [])
    firm = {r.name for r in a.case.respondents if r.id in {i.respondent for i in found}}
    trader = ", ".join(sorted(firm)) or "the firm"
    test = [
        Element("a commercial practice of a trader towards a consumer, from 6 April 2025",
                f"{trader} collecting a consumer debt from {day(a, found[0])}", ids(found[:1])),
        Element("harassment, coercion or undue influence",
                f"{', '.join(kinds)} ({listed(found)})", ids(found)),
        Element("which significantly impairs the average consumer's freedom of choice or "
                "conduct", f"the same contacts: {', '.join(kinds)}", ids(found)),
        Element("and causes, or is likely to cause, a transactional decision the consumer would "
                "not otherwise have taken", str(decision)),
    ]
    return Hit(ids(found), f"Since 6 April 2025, {count(len(found), 'contact')} used "
               f"{', '.join(kinds)} ({listed(found)}). The customer records what it made them do: "
               f"{decision}.",
               [c.DMCC_UNFAIR], elements={c.DMCC_UNFAIR: test})
