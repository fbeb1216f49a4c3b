"""The US checks of contact after I asked or arranged otherwise: attorney, cease, opt-outs,
caller ID, social media (1692c(a)(2), 1692c(c), 1692d(6); 12 CFR 1006.6, 1006.14, 1006.22)."""

from __future__ import annotations

from complaint_kit.api import (
    Analysis,
    Ask,
    Hit,
    Incident,
    Medium,
    Relation,
    as_date,
    fact_date,
    local_day,
)

from .. import citations as c
from .common import (
    CHANNEL_WORDS,
    ELECTRONIC,
    consumer_contacts,
    given,
    ids,
    plural,
    said,
    times,
    us_date,
)
from .third_parties import SEEN_BY_OTHERS

# --- US-ATTORNEY ---------------------------------------------------------------------------------

def attorney(a: Analysis) -> Hit | None:
    case, facts = a.case, a.case.facts
    since = fact_date(case, "attorney_notice_date")
    if not facts.get("attorney_represented") or since is None:
        return None
    if facts.get("attorney_consented") or facts.get("attorney_unresponsive"):
        return None
    found = [i for i in consumer_contacts(a) if local_day(case, i) > since]
    if not found:
        return None
    return Hit(ids(found), f"The collector knew from {us_date(since)} that an attorney "
               f"represents me, yet contacted me directly {plural(len(found), 'time')} "
               f"({times(case, found)}).")


# --- US-CEASE ------------------------------------------------------------------------------------

def cease(a: Analysis) -> list[Hit | Ask] | None:
    """1692c(c): the duty runs from the collector's receipt of the written request. Without the
    day it arrived, contacts after the day it was sent count, and the day of receipt is asked."""
    case = a.case
    sent = fact_date(case, "written_cease_notice_date")
    if sent is None:
        asked = [i for i in consumer_contacts(a) if i.to.asked_to_stop]
        if asked:
            return [Ask("You had asked the collector to stop contacting you. Did you ask in "
                        "writing? Only a written request obliges a debt collector to stop "
                        "(answer facts.written_cease_notice_date with the day you sent it).",
                        (c.FDCPA_1692C_C,), ids(asked))]
        return None
    received = fact_date(case, "written_cease_notice_received_date")
    since = received or sent
    found = [i for i in consumer_contacts(a) if local_day(case, i) > since
             and not (i.channel == Medium.letter and said(a, i, "cease_exception"))]
    if not found:
        return None
    how = (f"On {us_date(sent)} I asked the collector in writing to stop contacting me"
           + (f"; it received my letter on {us_date(received)}" if received else "") + ".")
    out: list[Hit | Ask] = [Hit(
        ids(found), f"{how} It contacted me {plural(len(found), 'more time')} "
        f"({times(case, found)}), and not only to say that collection was ending or that a "
        f"specific remedy may or will be used.")]
    if received is None:
        out.append(Ask("On what day did the collector receive your written request to stop "
                       "(see the return receipt)? Its duty to stop runs from then "
                       "(answer facts.written_cease_notice_received_date).",
                       (c.FDCPA_1692C_C,), ids(found)))
    return out


# --- US-CALLER-ID --------------------------------------------------------------------------------

def caller_id(a: Analysis) -> Hit | None:
    found = [i for i in a.incidents if i.channel == Medium.call and (
        given(i, "no_caller_id", "refused_identity", "no_identity")
        or a.has(i, "no_identity"))]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'call')} without meaningful disclosure of who "
               f"was calling ({times(a.case, found)}).")


# --- US-MEDIUM-OPTOUT ----------------------------------------------------------------------------

def medium_optout(a: Analysis) -> list[Hit] | None:
    hits = []
    found: dict[str, Incident] = {}
    notes = []
    for hit, note in _after_optouts(a):
        found.update((x.id or "", x) for x in hit)
        notes.append(note)
    if found:
        hits.append(Hit(ids(sorted(found.values(), key=lambda i: i.time)), " ".join(notes),
                        [c.REGF_14H1]))
    # Only a message's own text can show that it lacks the notice, not a description of it.
    bare = [i for i in consumer_contacts(a) if i.channel in ELECTRONIC and i.content
            and i.verbatim and not a.has(i, "opt_out_notice")]
    if bare:
        hits.append(Hit(ids(bare), f"{plural(len(bare), 'electronic message')} gave no way to "
                    f"opt out of further messages ({times(a.case, bare, 4)}).", [c.REGF_6E]))
    return hits or None


def _after_optouts(a: Analysis) -> list[tuple[list[Incident], str]]:
    """For each request not to use a medium (or one address of it), the contacts by it later,
    and the sentence saying so."""
    case = a.case
    out = []
    for req in case.facts.get("medium_optout_requests") or []:
        if not isinstance(req, dict) or not req.get("channel"):
            continue
        since = as_date(req.get("date"))
        if since is None:
            continue
        address = str(req.get("address") or "")
        hit = [i for i in consumer_contacts(a) if str(i.channel) == req["channel"]
               and local_day(case, i) > since and (not address or address in (i.to.number or "")
                                            or not i.to.number)]
        if hit:
            out.append((hit, f"On {us_date(since)} I asked the collector not to use "
                             f"{CHANNEL_WORDS.get(req['channel'], req['channel'])}"
                             f"{f' to {address}' if address else ''}; it "
                             f"used them {plural(len(hit), 'more time')}."))
    return out


# --- US-SOCIAL-MEDIA -----------------------------------------------------------------------------

def social_media(a: Analysis) -> list[Hit | Ask] | None:
    seen = SEEN_BY_OTHERS
    social = [i for i in a.incidents if i.channel == Medium.social_post or given(i, "public_post")
              or (i.to.relation == Relation.public and i.channel in (Medium.im, Medium.other))]
    found = [i for i in social if i.audience in seen
             or (i.audience is None and i.to.relation == Relation.public)]
    unclear = [i for i in social if i.audience is None and i not in found]
    out: list[Hit | Ask] = []
    if found:
        out.append(Hit(ids(found), f"{plural(len(found), 'message')} through social media that "
                       f"the public or my social media contacts could see "
                       f"({times(a.case, found)})."))
    if unclear:
        out.append(Ask("Could the public or your social media contacts see the social media "
                       f"message(s) of {times(a.case, unclear, 4)}, or were they private "
                       "messages to one person? (Set audience: public, group or private.)",
                       (c.REGF_22F4,), ids(unclear)))
    return out or None
