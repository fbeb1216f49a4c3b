"""Validation notice and dispute rules (15 U.S.C. 1692g; 12 CFR 1006.34).

Regulation F's "validation period" arithmetic (receipt assumed five days after sending, without
holidays and weekends) is UNVERIFIED in the reference, so it is not used: the 30 days run from
the day the consumer says the notice arrived, as 1692g(b) puts it.
"""

from __future__ import annotations

from datetime import timedelta

from complaint_kit.api import Analysis, Case, Hit, fact_date, local_day

from .common import ids, is_consumer, plural, times, us_date


def first_contact(case: Case):
    """The date of the collector's first communication with the consumer."""
    given = fact_date(case, "first_communication_date")
    if given:
        return given
    days = [local_day(case, i) for i in case.incidents if is_consumer(case, i)]
    return min(days) if days else None


def validation(a: Analysis) -> Hit | None:
    case = a.case
    first = first_contact(case)
    if first is None:
        return None
    received = fact_date(case, "validation_notice_received_date")
    said = case.facts.get("validation_notice_received")
    if received is None and said is False:
        return Hit((), f"The collector first contacted me on {us_date(first)}, and I have never "
                   f"received a written validation notice stating the amount, the creditor "
                   f"and my right to dispute the debt within 30 days.")
    if received is not None and received > first + timedelta(days=5):
        late = (received - first).days
        return Hit((), f"The collector first contacted me on {us_date(first)}; its written "
                   f"validation notice reached me only on {us_date(received)}, {late} days "
                   f"later (the law allows five days after the initial communication).")
    return None


def dispute_cease(a: Analysis) -> Hit | None:
    case = a.case
    sent = fact_date(case, "dispute_sent_date")
    if sent is None:
        return None
    received = fact_date(case, "validation_notice_received_date")
    if received is not None and sent > received + timedelta(days=30):
        return None  # not within the 30 days: 1692g(b) does not stop collection
    verified = fact_date(case, "verification_received_date")
    found = [i for i in case.incidents if is_consumer(case, i) and local_day(case, i) > sent
             and (verified is None or local_day(case, i) < verified)]
    if not found:
        return None
    return Hit(ids(found), f"I disputed the debt in writing on {us_date(sent)}"
               + (f", within 30 days of the validation notice ({us_date(received)})"
                  if received else "")
               + f". Before sending verification, the collector kept collecting: "
               f"{plural(len(found), 'contact')} ({times(case, found)}).")
