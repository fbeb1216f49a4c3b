"""Rules about contact (CONC 7.9): times, requests, frequency, numbers, third parties, visits.

Each contact with someone else is found under the one rule that fits it best, so that one act is
not counted under several points:

- the debt's details told to someone else in private: UK-DISCLOSURE (CONC 7.9.6R);
- anything others could see (a group chat, a post, a notice): UK-PUBLIC-EMBARRASSMENT
  (CONC 7.9.7R(1), with 7.9.6R where it gave the debt's details);
- a contact that only told someone else that a debt collector wants the customer, and post that
  shows it: UK-THIRD-PARTY-AWARENESS (CONC 7.9.7R(2), 7.9.8G);
- demands to "the occupier": UK-IDENTITY-CHECK (CONC 7.9.10R, 7.9.11G);
- a visit: UK-VISIT-CONDUCT, for every way the visit went wrong (CONC 7.9.12R and the visits
  rule), not again as public embarrassment.
"""

from __future__ import annotations

from collections.abc import Sequence

from complaint_kit.api import Analysis, Ask, Hit, Incident, Medium, as_date, fact_date

from .. import citations as c
from ..facts import as_bool, fact_bool
from ..jurisdiction import HOURS_TEXT, UK
from .matching import (
    DEBT_DETAIL_TAGS,
    PUBLIC_TAGS,
    THREAT_TO_TELL_TAGS,
    UNMARKED_POST_TAGS,
    at_workplace,
    count,
    day,
    described,
    dmy,
    ids,
    listed,
    quoted,
    seen_by_others,
    threatens,
    to_customer,
)

# CONC sets no number for "several times a day" (law-uk.md §3.2, engine note). The kit reads
# "several" as three or more contacts on one day: a screening choice to show the pattern, not a
# limit in law, and the explanation says so.
SEVERAL_A_DAY = 3
_MESSAGES = (Medium.call, Medium.sms, Medium.im, Medium.email)


def _relation(incident: Incident) -> str:
    return UK.labels.get(f"relation.{incident.to.relation}", str(incident.to.relation)).lower()


def _people(incidents: Sequence[Incident]) -> int:
    return len({(str(i.to.relation), i.to.name, i.to.number) for i in incidents})


def unreasonable_times(a: Analysis) -> Hit | None:
    found = [i for i in a.incidents if to_customer(i) and a.is_night(i) and not i.consented]
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'contact')} with the customer came outside "
               f"{HOURS_TEXT} without the customer's agreement ({listed(found)}). CONC 7.9.4R "
               f"forbids contact at unreasonable times without giving hours; {HOURS_TEXT} are the "
               "hours FCA guidance for mortgage arrears (MCOB 13.5.4G) gives as usually "
               "reasonable, used here only by analogy.",
               [c.CONC_7_9_4, c.MCOB_13_5_4])


def _allowed_channels(a: Analysis) -> set[str]:
    value = a.fact("contact_request_channels") or []
    if isinstance(value, str):
        value = [v for v in value.replace(";", ",").split(",")]
    return {str(v).strip().lower() for v in value if str(v).strip()}


def against_request(a: Analysis) -> tuple[list[Incident], list[Incident], list[Incident]]:
    """The contacts with the customer that went against a request about contact: (tagged as
    ignoring one, after the customer asked them to stop, by a channel the request of
    ``contact_request_date`` did not allow). UK-CONTACT-REQUESTS and UK-PHA-COURSE read the same."""
    since = fact_date(a.case, "contact_request_date")
    allowed = _allowed_channels(a)
    customer = [i for i in a.incidents if to_customer(i)]
    ignored = [i for i in customer if a.has(i, "ignored_request")]
    stopped = [i for i in customer if i.to.asked_to_stop and i not in ignored]
    channel = []
    if since and allowed:
        channel = [i for i in customer if a.local_day(i) > since
                   and str(i.channel) not in allowed and i not in ignored + stopped]
    return ignored, stopped, channel


def contact_requests(a: Analysis) -> Hit | None:
    since = fact_date(a.case, "contact_request_date")
    allowed = _allowed_channels(a)
    ignored, stopped, channel = against_request(a)
    found = sorted(ignored + stopped + channel, key=lambda i: i.time)
    if not found:
        return None
    parts = []
    if channel:
        request = a.fact("contact_request")
        text = f"The customer asked on {dmy(since)} to be contacted only by " \
               f"{', '.join(sorted(allowed))}"
        if request:
            text += f" (‘{request}’)"
        parts.append(text + f"; {count(len(channel), 'later contact')} with the customer came "
                     f"another way ({listed(channel)}).")
    if stopped:
        parts.append(f"{count(len(stopped), 'contact')} came after the customer had asked the "
                     f"collectors to stop ({listed(stopped)}).")
    if ignored:
        parts.append(f"{count(len(ignored), 'contact')} ignored the customer's request about "
                     f"when, where or how to be contacted ({listed(ignored)}).")
    return Hit(ids(found), " ".join(parts), [c.CONC_7_9_4])


def frequency(a: Analysis) -> Hit | None:
    customer = [i for i in a.incidents if i.channel in _MESSAGES and to_customer(i)]
    busy = {d: v for d, v in a.by_day(customer).items() if len(v) >= SEVERAL_A_DAY}
    if not busy:
        return None
    found = [i for items in busy.values() for i in items]
    days = "; ".join(f"{dmy(d)}: {count(len(v), 'contact')}" for d, v in busy.items())
    runs = [r for r in a.pattern.redial_runs if set(r.incidents) <= set(ids(found))]
    redial = ""
    if runs:
        longest = runs[0]
        redial = (f" On {longest.start:%d/%m/%Y}, {longest.calls} unanswered calls were "
                  f"redialled within minutes of each other.")
    return Hit(ids(found), f"The customer was contacted {SEVERAL_A_DAY} or more times in a day "
               f"on {count(len(busy), 'day')} ({days}).{redial} CONC sets no numeric limit; "
               "‘several times a day’ is how advice-sector guidance describes harassing "
               f"frequency, and the kit counts {SEVERAL_A_DAY} or more contacts in a day.",
               [c.CONC_7_9_4_FREQUENCY, c.CITIZENS_ADVICE, c.MCOB_13_5_3])


def premium_rate(a: Analysis) -> Hit | None:
    found = a.tagged("uk_premium_rate", "premium_rate")
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'message')} asked the customer to call a "
               f"premium-rate or special-rate number{quoted(a, found, 'uk_premium_rate')}.",
               [c.CONC_7_9_5])


def told_privately(a: Analysis) -> list[Incident]:
    """Contacts that gave someone else, in private, details of the debt."""
    return [i for i in a.third_party() if not seen_by_others(i)
            and i.channel != Medium.visit and a.has(i, *DEBT_DETAIL_TAGS)]


def disclosure(a: Analysis) -> list[Hit | Ask] | None:
    told = told_privately(a)
    threatened = [i for i in a.tagged(*THREAT_TO_TELL_TAGS) if i not in told
                  and not seen_by_others(i) and i.channel != Medium.visit]
    results: list[Hit | Ask] = []
    if told:
        people = sorted({_relation(i) for i in told})
        results.append(Hit(ids(told), f"{count(len(told), 'contact')} told "
                           f"{count(_people(told), 'other person', 'other people')} "
                           f"({', '.join(people)}) about the customer's debt ({listed(told)}).",
                           [c.CONC_7_9_6]))
    if threatened:
        results.append(Hit(ids(threatened), f"{count(len(threatened), 'message')} threatened to "
                           "tell the customer's family, colleagues, neighbours or others about "
                           f"the debt{quoted(a, threatened, *THREAT_TO_TELL_TAGS)} "
                           f"({listed(threatened)}).", [c.CONC_7_9_6]))
    # The customer's own account of a contact naming someone else ("they rang my mum"): the
    # contact with that person is not recorded, so nothing is said to have reached them.
    unrecorded = [i for i in described(a.incidents) if to_customer(i)
                  and a.has(i, "uk_mentions_other") and i not in told + threatened]
    for i in unrecorded:
        results.append(Ask(f"Your account of the contact on {day(a, i)} mentions someone else. "
                           "Did the collectors contact that person? If so, record that contact "
                           "as made to them (who they are, and when), so that it can be "
                           "counted.", (c.CONC_7_9_6,), ids([i])))
    return results or None


def public_embarrassment(a: Analysis) -> list[Hit] | None:
    found = [i for i in a.incidents if i.channel != Medium.visit
             and (seen_by_others(i) or a.has(i, *PUBLIC_TAGS))]
    if not found:
        return None
    details = [i for i in found if a.has(i, *DEBT_DETAIL_TAGS)]
    hits = [Hit(ids(found), f"{count(len(found), 'contact')} could be seen by others besides the "
                f"person it reached: a group, a post or a notice ({listed(found)}).",
                [c.CONC_7_9_7_1])]
    if details:
        hits.append(Hit(ids(details), f"{count(len(details), 'of them', 'of them')} gave the "
                        f"debt's details where others could see them ({listed(details)}).",
                        [c.CONC_7_9_6]))
    return hits


def third_party_awareness(a: Analysis) -> list[Hit | Ask] | None:
    return [*_told_others(a), *_post_seen(a)] or None


def _told_others(a: Analysis) -> list[Hit | Ask]:
    """Contacts that told another person a collector was looking for the customer, and
    questions on those whose content is not recorded."""
    results: list[Hit | Ask] = []
    told = told_privately(a)
    others = [i for i in a.third_party() if i not in told and not seen_by_others(i)
              and i.channel != Medium.visit]
    named = [i for i in others if a.has(i, "uk_collection_named") or threatens(a, i)]
    if named:
        results.append(Hit(ids(named), f"{count(len(named), 'contact')} with "
                           f"{count(_people(named), 'other person', 'other people')} "
                           f"({', '.join(sorted({_relation(i) for i in named}))}) told them "
                           "that a debt collector was looking for the customer "
                           f"({listed(named)}).", [c.CONC_7_9_7_2]))
    for i in (i for i in others if not i.content.strip()):
        results.append(Ask(f"What did the collectors say to the {_relation(i)} on {day(a, i)}? "
                           "Record what was said (or that nothing about the debt was said).",
                           (c.CONC_7_9_6, c.CONC_7_9_7_2), ids([i])))
    return results


def _post_seen(a: Analysis) -> list[Hit]:
    """Letters whose outside showed others it was about a debt."""
    letters = [i for i in a.incidents if i.channel == Medium.letter
               and a.has(i, *UNMARKED_POST_TAGS)]
    # Each letter is said to be what its own tags hold: unmarked post is not the collector's
    # name on the envelope. Only the bare fact (no letter tagged) keeps the fact's two readings.
    unmarked = [i for i in letters if a.has(i, "post_unmarked", "not_confidential")]
    named = [i for i in letters if a.has(i, "collector_name_visible")]
    post = [_post(unmarked, "not marked ‘private and confidential’"),
            _post(named, "showed the collector's name on the outside")]
    if letters:
        return [Hit(ids(letters), " ".join(x for x in post if x),
                    [c.CONC_7_9_7_2, c.CONC_7_9_8])]
    if fact_bool(a.case, "post_unmarked"):
        return [Hit(ids(letters), "Letters were not marked ‘private and confidential’ or "
                    "showed the collector's name on the outside.",
                    [c.CONC_7_9_7_2, c.CONC_7_9_8])]
    return []


def _post(letters: list[Incident], what: str) -> str:
    """'A letter (I12) was not marked ...', 'Letters (I3, I4) were ...'; '' for none."""
    if not letters:
        return ""
    one = len(letters) == 1
    return f"{'A letter' if one else 'Letters'} ({listed(letters)}) {'was' if one else 'were'} " \
           f"{what}."


def identity_check(a: Analysis) -> Hit | None:
    found = a.tagged("uk_occupier", "occupier", "identity_not_checked")
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'demand')} went to ‘the occupier’ or everyone at "
               f"an address rather than to the customer{quoted(a, found, 'uk_occupier')} "
               f"({listed(found)}).", [c.CONC_7_9_10, c.CONC_7_9_11])


def _knew_vulnerable(a: Analysis) -> tuple[bool | None, object]:
    """Whether the firm was told the customer was vulnerable, and when (a fact of knowledge:
    ``told_firm_vulnerable``, yes/no or the date, and ``told_firm_vulnerable_date``)."""
    value = a.fact("told_firm_vulnerable")
    when = as_date(a.fact("told_firm_vulnerable_date")) or as_date(value)
    told = True if when else as_bool(value)
    return told, when


def visit_conduct(a: Analysis) -> list[Hit | Ask] | None:
    visits = [i for i in a.incidents if i.channel == Medium.visit]
    if not visits:
        return None
    results: list[Hit | Ask] = []
    unexplained = fact_bool(a.case, "visit_purpose_explained") is False
    purpose = [i for i in visits if unexplained or a.has(i, "purpose_not_explained")]
    if purpose:
        results.append(Hit(ids(purpose), f"{count(len(purpose), 'visit')} without the visitor "
                           f"explaining its purpose and intended outcome ({listed(purpose)}).",
                           [c.CONC_7_9_12]))
    told, when = _knew_vulnerable(a)
    vulnerable = fact_bool(a.case, "vulnerable") or a.case.harm.mental_health
    for i in visits:
        if told is None and vulnerable:
            results.append(Ask(f"Before the visit on {day(a, i)}, had you told the firm (or the "
                               "collectors) that you were particularly vulnerable, for example "
                               "ill or struggling with your mental health? If so, when and how?",
                               (c.CONC_VISITS,), ids([i])))
        why = _visit_wrongs(a, i, told, when)
        if why:
            results.append(Hit(ids([i]), f"The visit on {day(a, i)} ({i.id}): "
                               + "; ".join(why) + ".", [c.CONC_VISITS, c.CONC_VISITS_NUMBER]))
    return results or None


def _visit_wrongs(a: Analysis, i: Incident, told: bool | None, when) -> list[str]:
    """What was wrong with one visit, given whether (and since when) the firm knew the
    customer was particularly vulnerable."""
    why = []
    if threatens(a, i) or a.has(i, "criminal_threat", "insult", "threatening_visit"):
        why.append("the visitor acted in a threatening manner")
    # ``consented`` defaults to false: it cannot show that consent was refused, so the
    # letter does not say "without my express consent".
    if at_workplace(a, i) and not i.consented:
        why.append("the visit was to the customer's workplace, an inappropriate place")
    if a.has(i, "entered_without_consent"):
        why.append("the visitor entered without consent")
    if told and (when is None or when <= a.local_day(i)):
        since = f" on {dmy(when)}" if when else ""
        why.append(f"the customer had told the firm{since} that they were particularly "
                   "vulnerable, so the firm knew it")
    return why
