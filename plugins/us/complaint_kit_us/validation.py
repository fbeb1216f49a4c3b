"""Checks only US cases need: the facts the US rules read (``case.facts``).

The facts (all optional; the interview asks for them):

- ``collector_type``: original_creditor, third_party_agency, debt_buyer, law_firm, in_house_FI,
  unlicensed_lender (else read from the respondents); ``debt_purpose``: consumer or business;
- ``consumer_state``: two-letter code (CA and MA have rules of their own);
  ``consumer_is_minor``: a parent then counts as the consumer (12 CFR 1006.6(a));
- ``validation_notice_received`` (bool) and ``validation_notice_received_date``;
  ``first_communication_date`` (else the first contact with the consumer);
- ``dispute_sent_date``, ``verification_received_date``; ``request_validation`` (bool);
- ``written_cease_notice_date`` (sent) and ``written_cease_notice_received_date`` (the return
  receipt); ``attorney_represented`` with ``attorney_notice_date``
  (``attorney_consented``, ``attorney_unresponsive``); ``employer_prohibits_contact_date``;
- ``medium_optout_requests``: [{channel, date, address?}];
  ``inconvenient_time_designations``: [{since, from: "HH:MM", to: "HH:MM"}];
  ``inconvenient_place_designations``: [{since, place}];
- ``time_barred``, ``secured_debt``, ``amount_claimed_is_wrong``, ``unauthorized_fees``,
  ``judgment_entered`` (a court has ruled on the debt: garnishment may then be lawful),
  ``reported_without_dispute_notation``, ``postdated_check_notice_business_days``.

Facts of the core case model the rules also read: ``debt.purpose`` (or ``facts.debt_purpose``),
``debt.demanded`` against ``debt.outstanding``, ``region`` (the state, when
``facts.consumer_state`` is not given), ``debtor_reachable`` (whether the collector could reach
the consumer: then a call asking others where the consumer lives is not a location call), and
per incident ``wording``, ``audience``, ``automated``, ``verified_false`` and
``to.asked_to_stop``.

Incident tags the rules also read (the complainant's own statement): not_connected / busy /
not_in_service (a call that never connected, not counted in 7-in-7), at_work, requested,
no_caller_id, no_mini_miranda, postcard, envelope_debt_language, public_post, unusual_place,
fake_document (a paper dressed as a court's or an agency's came with the message), disclosure
(the contact told someone of the debt), harassment.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from complaint_kit.api import Case, Medium, Problem

from .scope import COLLECTOR_TYPES, DEBT_PURPOSES

STATES = frozenset([
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI"])

DATE_FACTS = ("written_cease_notice_date", "written_cease_notice_received_date",
              "validation_notice_received_date", "dispute_sent_date", "verification_received_date",
              "first_communication_date", "attorney_notice_date",
              "employer_prohibits_contact_date")
BOOL_FACTS = ("attorney_represented", "validation_notice_received", "time_barred",
              "secured_debt", "consumer_is_minor", "request_validation", "judgment_entered",
              "unauthorized_fees")


def state_problem(value: str) -> str | None:
    if str(value).strip().upper() not in STATES:
        return "give the state's two-letter postal code, e.g. CA, NY or TX"
    return None


def timezone_problem(value: str) -> str | None:
    try:
        ZoneInfo(str(value).strip())
    except (ZoneInfoNotFoundError, ValueError):
        return "give an IANA time zone name such as America/New_York or America/Los_Angeles"
    return None


def _is_date(value: object) -> bool:
    if isinstance(value, date | datetime):
        return True
    try:
        date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True


def validate(case: Case) -> list[Problem]:
    facts = case.facts
    problems = []
    if "collector_type" in facts and facts["collector_type"] not in COLLECTOR_TYPES:
        problems.append(Problem("facts.collector_type", "use one of "
                                + ", ".join(COLLECTOR_TYPES)))
    if "debt_purpose" in facts and facts["debt_purpose"] not in DEBT_PURPOSES:
        problems.append(Problem("facts.debt_purpose", "use consumer or business"))
    if facts.get("consumer_state") is not None and (
            reason := state_problem(str(facts["consumer_state"]))):
        problems.append(Problem("facts.consumer_state", reason))
    for name in DATE_FACTS:
        if facts.get(name) is not None and not _is_date(facts[name]):
            problems.append(Problem(f"facts.{name}", "a date is needed (YYYY-MM-DD)"))
    for name in BOOL_FACTS:
        if facts.get(name) is not None and not isinstance(facts[name], bool):
            problems.append(Problem(f"facts.{name}", "answer true or false"))
    channels = {str(c) for c in Medium}
    for n, req in enumerate(facts.get("medium_optout_requests") or []):
        where = f"facts.medium_optout_requests[{n}]"
        if not isinstance(req, dict) or req.get("channel") not in channels:
            problems.append(Problem(where, "give channel (" + ", ".join(sorted(channels))
                                    + ") and date"))
        elif not _is_date(req.get("date", "")):
            problems.append(Problem(f"{where}.date", "a date is needed (YYYY-MM-DD)"))
    for name in ("inconvenient_time_designations", "inconvenient_place_designations"):
        for n, item in enumerate(facts.get(name) or []):
            if not isinstance(item, dict) or not _is_date(item.get("since", "")):
                problems.append(Problem(f"facts.{name}[{n}]", "give since (YYYY-MM-DD) and "
                                        + ("from and to (HH:MM)" if "time" in name
                                           else "place")))
    return problems
