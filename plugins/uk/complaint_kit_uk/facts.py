"""The UK facts a case records under ``case.facts``, how they are read, and what follows from them:
who CONC and the Financial Ombudsman Service cover (UK-SCOPE) and the complaint deadlines.

Facts (all optional; the interview asks for most of them, a case file may give any):

- ``fca_authorised``: "yes" | "no" | "unknown" — is the firm collecting FCA-authorised?
- ``debt_type``: one of ``DEBT_TYPES`` (council tax, utility bills, court fines and mobile-phone
  contracts are outside CONC 7 and the Ombudsman's debt-collecting jurisdiction).
- ``complained_to_firm``, ``firm_complaint_date``, ``final_response_date``: the complaint to the
  firm and its final response (a ``prior_complaints`` entry of kind "complaint" to the firm, as
  the interview records it, also gives the complaint's date).
- ``court_papers``: "yes" | "no" | "unknown" — has a court issued a claim or judgment on the debt?
- ``financial_difficulty``, ``repayment_offer_refused``: arrears, and a repayment plan the
  customer offered that the firm refused.
- ``contact_request``, ``contact_request_date``, ``contact_request_channels``: the customer's
  request about when, where or how to be contacted, and the only ways it allows.
- ``vulnerable``: the customer was particularly vulnerable (ill, bereaved, struggling with their
  mental health). That alone is not knowledge: the rules say the firm knew only with
  ``told_firm_vulnerable`` (yes, or the date the customer told the firm) and
  ``told_firm_vulnerable_date``; otherwise they ask.
- ``visit_purpose_explained``: False when a visitor did not say why they came.
- ``post_unmarked``: letters not marked "private and confidential", or showing the collector's
  name on the outside.
- ``collection_charges``: the amount the firm added for collecting.
- ``wrong_person``, ``statute_barred``: the debt is not the customer's, or is statute-barred.
- ``default_notice_served``, ``default_notice_date``, ``default_remedy_date``,
  ``default_info_sheet``, ``enforced``: the CCA default notice and whether the firm terminated,
  demanded early payment or enforced.
- ``s78_request_date``, ``s78_reply_received``: a CCA s.78 request and whether it was answered.
- ``below_bankruptcy_minimum``: the amount claimed is below the minimum for a creditor's
  bankruptcy petition (the reference gives no figure, so the rule asks).
- ``statutory_demand_served``, ``bankruptcy_petition``, ``order_for_sale``: action the firm took
  (not threatened) while the customer was in difficulty.
- ``transactional_decision``: what the collectors' pressure made the customer do, or was likely
  to make them do, about the debt (paying money needed for rent, borrowing...), in their words:
  the last element of the DMCC Act 2024 test for an aggressive practice.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from complaint_kit.api import Case, PriorAction, fact_date, local_day

YES, NO, UNKNOWN = "yes", "no", "unknown"
TRISTATE = (YES, NO, UNKNOWN)

# Credit debts (CONC 7 and, from 1 April 2014, the Ombudsman) and the debts outside them.
CREDIT_DEBTS = ("credit_card", "personal_loan", "overdraft", "payday_loan", "bnpl",
                "hire_purchase", "catalogue", "p2p", "car_finance", "store_card", "other_credit")
EXCLUDED_DEBTS = ("council_tax", "utility", "court_fine", "mobile_phone")
DEBT_TYPES = (*CREDIT_DEBTS, *EXCLUDED_DEBTS, "other")

DATE_FACTS = ("firm_complaint_date", "final_response_date", "contact_request_date",
              "default_notice_date", "default_remedy_date", "s78_request_date",
              "told_firm_vulnerable_date")
BOOL_FACTS = ("complained_to_firm", "financial_difficulty", "repayment_offer_refused", "vulnerable",
              "visit_purpose_explained", "post_unmarked", "wrong_person", "statute_barred",
              "default_notice_served", "default_info_sheet", "enforced", "s78_reply_received",
              "below_bankruptcy_minimum", "statutory_demand_served", "bankruptcy_petition",
              "order_for_sale")
# Yes, no, or the date it happened.
BOOL_OR_DATE_FACTS = ("told_firm_vulnerable",)
CHOICE_FACTS = {"fca_authorised": TRISTATE, "court_papers": TRISTATE, "debt_type": DEBT_TYPES}

# FOS: debt collecting from 6 April 2007 (law-uk.md §2, §3.1).
FOS_FROM = date(2007, 4, 6)
# DMCC Act 2024 Part 4 Chapter 1 applies from 6 April 2025.
DMCC_FROM = date(2025, 4, 6)
FIRM_RESPONSE_WEEKS = 8
FOS_MONTHS = 6

_FIRM_WORDS = ("firm", "lender", "creditor", "collector")


def as_bool(value: Any) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().lower()
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("no", "n", "false", "0"):
        return False
    return None


def fact_bool(case: Case, name: str) -> bool | None:
    return as_bool(case.facts.get(name))


def fact_choice(case: Case, name: str) -> str | None:
    value = case.facts.get(name)
    if isinstance(value, bool):
        return YES if value else NO
    return str(value).strip().lower() if value not in (None, "") else None


def fact_money(case: Case, name: str) -> Decimal | None:
    value = case.facts.get(name)
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value).replace(",", "").replace("£", "").strip())
    except InvalidOperation:
        return None


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- UK-SCOPE: who CONC 7 and the Ombudsman cover ---------------------------------------------

def conc_applies(case: Case) -> bool:
    """CONC 7 binds FCA-authorised creditors and collectors of credit debts; without the facts
    the kit assumes it applies (and the letters ask the firm to say otherwise)."""
    if fact_choice(case, "debt_type") in EXCLUDED_DEBTS:
        return False
    return fact_choice(case, "fca_authorised") != NO


def fos_covers(case: Case) -> bool:
    """The Ombudsman's debt-collecting jurisdiction: not the excluded debts, events from 6 April
    2007 (a case whose every incident is older is outside it)."""
    if fact_choice(case, "debt_type") in EXCLUDED_DEBTS:
        return False
    return not (case.incidents
                and all(local_day(case, i) < FOS_FROM for i in case.incidents))


# --- Complaint deadlines (DISP 1.6.2R, 2.8.1R, 2.8.2R) -----------------------------------------

def firm_complaint_date(case: Case) -> date | None:
    given = fact_date(case, "firm_complaint_date")
    if given:
        return given
    ids = {r.id for r in case.respondents} | set(_FIRM_WORDS)
    names = {r.name for r in case.respondents}
    dates = [p.date for p in case.prior_complaints if p.kind == PriorAction.complaint
             and (p.to in ids or p.to in names)]
    return min(dates) if dates else None


def deadlines(case: Case) -> dict[str, Any]:
    """The dates a complainant needs: when the firm must answer, and the Ombudsman's window."""
    complained = firm_complaint_date(case)
    final = fact_date(case, "final_response_date")
    firm_due = complained + timedelta(weeks=FIRM_RESPONSE_WEEKS) if complained else None
    fos_from = min(final, firm_due) if final and firm_due else final or firm_due
    fos_until = add_months(final, FOS_MONTHS) if final else None
    return {"firm_complaint_date": complained, "final_response_date": final,
            "firm_response_due": firm_due, "fos_from": fos_from, "fos_until": fos_until}
