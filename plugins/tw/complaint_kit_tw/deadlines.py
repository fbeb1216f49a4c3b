"""Dates derived from the case (law-tw.md §5): the Financial Ombudsman deadline and how long
the collector must keep its recordings. Pure functions; the templates read them through
``extra_render_context`` as ``tw``."""

from __future__ import annotations

from datetime import date, timedelta

from complaint_kit.api import Case, Medium, PriorAction, fact_date, local_day

from . import citations as c
from .rules.matching import RECORDING_MONTHS, add_months

BANK_REPLY_DAYS = 30  # 金融消費者保護法 §13 II
FOI_DAYS = 60  # ibid.


def bank_complaint_date(case: Case) -> date | None:
    """The date of the complaint to the institution: the fact, else a prior complaint to it."""
    stated = fact_date(case, "bank_complaint_date")
    if stated is not None:
        return stated
    lender = case.lender
    names = {"lender"} | ({lender.id, lender.name} if lender else set())
    dates = [p.date for p in case.prior_complaints if p.kind == PriorAction.complaint
             and any(n and n in p.to for n in names)]
    return min(dates) if dates else None


def timeline(case: Case, today: date) -> dict:
    complained = bank_complaint_date(case)
    replied = fact_date(case, "bank_reply_date")
    reply_due = complained + timedelta(days=BANK_REPLY_DAYS) if complained else None
    start = replied or reply_due
    foi_deadline = start + timedelta(days=FOI_DAYS) if start else None
    calls = sorted(local_day(case, i) for i in case.incidents
                   if i.channel in (Medium.call, Medium.visit))
    keep_until = add_months(calls[0], RECORDING_MONTHS) if calls else None
    return {
        "bank_complaint_date": complained,
        "bank_reply_date": replied,
        "bank_reply_due": reply_due,
        # FOI accepts an application once the institution has replied or 30 days have passed.
        "foi_open": bool(complained and (replied or (reply_due and today >= reply_due))),
        "foi_deadline": foi_deadline,
        "foi_late": bool(foi_deadline and today > foi_deadline),
        "first_call": calls[0] if calls else None,
        "recordings_keep_until": keep_until,
        "recordings_at_risk": bool(keep_until and today >= keep_until - timedelta(days=30)),
    }


def request_basis() -> dict:
    """Labels of the provisions the standard requests rest on (all graded High)."""
    return {"recordings": c.OUT_13_6.label, "direct": c.OUT_16_3.label,
            "reply": c.FCPA_13.label, "foi_contents": c.FCPA_24.label,
            "police_report": c.OUT_16_4.label, "banking": c.BANKING_45_1.label}
