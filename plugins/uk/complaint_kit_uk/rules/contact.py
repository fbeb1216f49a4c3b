"""Rules about contact (CONC 7.9): times, requests, frequency, numbers, third parties, visits."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from complaint_kit.analysis import is_night, redial_runs
from complaint_kit.case import Case, Channel, Incident, Relation
from complaint_kit.rules import Hit

from .. import citations as c
from ..facts import fact_bool, fact_date
from ..jurisdiction import HOURS_TEXT, UK
from .matching import (
    DEBT_DETAILS,
    IGNORED_REQUEST_TAGS,
    OCCUPIER,
    OCCUPIER_TAGS,
    PREMIUM_NUMBER,
    PREMIUM_TAGS,
    PUBLIC_TAGS,
    THREAT_TAGS,
    VISIT_PURPOSE_TAGS,
    at_workplace,
    count,
    ids,
    local_day,
    quoted,
    said,
    tagged,
    to_third_party,
)

# CONC sets no number for "several times a day" (law-uk.md §3.2, engine note). The kit reads
# "several" as three or more contacts on one day: a screening choice to show the pattern, not a
# limit in law, and the explanation says so.
SEVERAL_A_DAY = 3
_MESSAGES = (Channel.call, Channel.sms, Channel.im, Channel.email)


def unreasonable_times(case: Case) -> Hit | None:
    found = [i for i in case.incidents if is_night(case, UK, i) and not i.consented]
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'contact')} came outside {HOURS_TEXT} without the "
               "customer's agreement. CONC 7.9.4R forbids contact at unreasonable times without "
               f"giving hours; {HOURS_TEXT} are the hours FCA guidance for mortgage arrears "
               "(MCOB 13.5.4G) gives as usually reasonable, used here only by analogy.")


def _allowed_channels(case: Case) -> set[str]:
    value = case.facts.get("contact_request_channels") or []
    if isinstance(value, str):
        value = [v for v in value.replace(";", ",").split(",")]
    return {str(v).strip().lower() for v in value if str(v).strip()}


def contact_requests(case: Case) -> Hit | None:
    since = fact_date(case, "contact_request_date")
    allowed = _allowed_channels(case)
    found = [i for i in case.incidents if tagged(i, IGNORED_REQUEST_TAGS)]
    if since and allowed:
        found += [i for i in case.incidents if local_day(case, i) > since
                  and str(i.channel) not in allowed and i not in found]
    if not found:
        return None
    found.sort(key=lambda i: i.time)
    request = case.facts.get("contact_request")
    text = f"The customer asked on {since:%d/%m/%Y}" if since else "The customer asked"
    text += f" to be contacted only by {', '.join(sorted(allowed))}" if allowed else \
        " about when, where or how to be contacted"
    if request:
        text += f" (‘{request}’)"
    text += f"; {count(len(found), 'later contact')} ignored that request."
    return Hit(ids(found), text)


def frequency(case: Case) -> Hit | None:
    per_day: dict[date, list[Incident]] = defaultdict(list)
    for i in case.incidents:
        if i.channel in _MESSAGES and i.to.relation == Relation.debtor:
            per_day[local_day(case, i)].append(i)
    busy = {d: v for d, v in sorted(per_day.items()) if len(v) >= SEVERAL_A_DAY}
    runs = redial_runs(case)
    if not busy and not runs:
        return None
    found = {i.id: i for items in busy.values() for i in items}
    by_id = {i.id: i for i in case.incidents}
    for run in runs:
        found.update((x, by_id[x]) for x in run.incidents if x in by_id)
    parts = []
    if busy:
        worst = max(len(v) for v in busy.values())
        parts.append(f"on {count(len(busy), 'day')} the customer was contacted {SEVERAL_A_DAY} "
                     f"or more times (at most {worst} in one day)")
    if runs:
        parts.append(f"{count(len(runs), 'run')} of unanswered calls redialled within minutes "
                     f"(the longest {runs[0].calls} calls)")
    text = ("Contact several times a day: " + "; ".join(parts) + ". CONC sets no numeric limit; "
            "‘several times a day’ is how advice-sector guidance describes harassing frequency, "
            f"and the kit counts {SEVERAL_A_DAY} or more contacts in a day.")
    return Hit(ids(sorted(found.values(), key=lambda i: i.time)), text)


def premium_rate(case: Case) -> Hit | None:
    found = [i for i in case.incidents if tagged(i, PREMIUM_TAGS) or said(i, PREMIUM_NUMBER)]
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'message')} asked the customer to call a "
               f"premium-rate or special-rate number{quoted(found, PREMIUM_NUMBER)}.")


def discloses(incident: Incident) -> bool:
    return to_third_party(incident) and (tagged(incident, ("disclosure",))
                                         or bool(said(incident, DEBT_DETAILS)))


def disclosure(case: Case) -> Hit | None:
    told = [i for i in case.incidents if discloses(i)]
    threatened = [i for i in case.incidents if not to_third_party(i)
                  and tagged(i, ("disclosure", "third_party_contact"))]
    if not told and not threatened:
        return None
    parts = []
    if told:
        people = {(str(i.to.relation), i.to.name, i.to.number) for i in told}
        whom = count(len(people), "other person", "other people")
        parts.append(f"{count(len(told), 'contact')} told {whom} about the debt")
    if threatened:
        parts.append(f"{count(len(threatened), 'message')} to the customer threatened to tell "
                     "family, colleagues, contacts or the public")
    return Hit(ids(sorted(told + threatened, key=lambda i: i.time)),
               "; ".join(parts).capitalize() + ".")


def public_embarrassment(case: Case) -> Hit | None:
    found = [i for i in case.incidents
             if at_workplace(i) or i.to.relation == Relation.public
             or i.channel == Channel.social_post or tagged(i, PUBLIC_TAGS)]
    if not found:
        return None
    work = sum(1 for i in found if at_workplace(i))
    text = f"{count(len(found), 'contact')} could be seen or heard by others"
    if work:
        text += f", {work} of them at or through the customer's workplace"
    return Hit(ids(found), text + ".")


def third_party_awareness(case: Case) -> list[Hit] | None:
    hits = []
    reached = [i for i in case.incidents if to_third_party(i)]
    if reached:
        people = {(str(i.to.relation), i.to.name, i.to.number) for i in reached}
        relations = sorted({UK.labels.get(f"relation.{i.to.relation}", str(i.to.relation))
                            .lower() for i in reached})
        hits.append(Hit(ids(reached), f"The collectors contacted "
                        f"{count(len(people), 'other person', 'other people')} "
                        f"({', '.join(relations)}) {count(len(reached), 'time')}, so that they "
                        "learnt the customer was being pursued for a debt.",
                        [c.CONC_7_9_7_2]))
    letters = [i for i in case.incidents if i.channel == Channel.letter
               and tagged(i, ("post_unmarked", "not_confidential", "collector_name_visible"))]
    if letters or fact_bool(case, "post_unmarked"):
        hits.append(Hit(ids(letters), "Letters were not marked ‘private and confidential’ or "
                        "showed the collector's name on the outside.",
                        [c.CONC_7_9_7_2, c.CONC_7_9_8]))
    return hits or None


def identity_check(case: Case) -> list[Hit] | None:
    hits = []
    occupier = [i for i in case.incidents if tagged(i, OCCUPIER_TAGS) or said(i, OCCUPIER)]
    if occupier:
        hits.append(Hit(ids(occupier), f"{count(len(occupier), 'demand')} went to ‘the "
                        "occupier’ or everyone at an address rather than to the customer"
                        f"{quoted(occupier, OCCUPIER)}.", [c.CONC_7_9_10, c.CONC_7_9_11]))
    details = [i for i in case.incidents if to_third_party(i) and said(i, DEBT_DETAILS)]
    if details:
        hits.append(Hit(ids(details), f"{count(len(details), 'contact')} gave details of the "
                        "debt to someone who is not the customer, without establishing who they "
                        "were.", [c.CONC_7_9_10]))
    return hits or None


def visit_purpose(case: Case) -> Hit | None:
    visits = [i for i in case.incidents if i.channel == Channel.visit]
    unexplained = fact_bool(case, "visit_purpose_explained") is False
    found = [i for i in visits if unexplained or tagged(i, VISIT_PURPOSE_TAGS)]
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'visit')} without the visitor explaining its "
               "purpose and intended outcome.")


def visit_conduct(case: Case) -> Hit | None:
    visits = [i for i in case.incidents if i.channel == Channel.visit]
    if not visits:
        return None
    vulnerable = bool(fact_bool(case, "vulnerable"))
    found, reasons = [], set()
    for i in visits:
        why = []
        if tagged(i, (*THREAT_TAGS, "criminal_threat", "insult", "threatening_visit")):
            why.append("the visitor acted in a threatening manner")
        if vulnerable:
            why.append("the firm knew or suspected that the customer was particularly vulnerable")
        if at_workplace(i) or tagged(i, ("inappropriate_location",)):
            why.append("the visit was to an inappropriate place without express consent")
        if tagged(i, ("entered_without_consent",)):
            why.append("the visitor entered without consent")
        if why:
            found.append(i)
            reasons.update(why)
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'visit')}: " + "; ".join(sorted(reasons)) + ".")

