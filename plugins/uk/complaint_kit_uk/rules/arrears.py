"""Rules about arrears and the debt (CONC 7.3, 7.7, 7.13-7.15; Consumer Credit Act 1974)."""

from __future__ import annotations

from datetime import timedelta

from complaint_kit.rules import Hit

from .. import citations as c
from ..facts import fact_bool, fact_date, fact_money
from .matching import (
    ACTION_TAKEN,
    COURT_THREAT,
    DISPROPORTIONATE,
    FAKE_DOCUMENT_TAGS,
    PRESSURE,
    PRESSURE_TAGS,
    count,
    ids,
    quoted,
    said,
    tagged,
)

# CCA 1974 s.88(2): the date to remedy is at least 14 days after service.
REMEDY_DAYS = 14


def _offer_refused(case) -> bool:
    return bool(fact_bool(case, "repayment_offer_refused"))


def _in_difficulty(case) -> bool:
    return bool(fact_bool(case, "financial_difficulty")) or _offer_refused(case)


def forbearance(case) -> Hit | None:
    if not _offer_refused(case):
        return None
    return Hit([], "The customer, in arrears, offered a repayment plan and the firm refused to "
               "negotiate it, instead of treating the customer with forbearance and due "
               "consideration.")


def pressure(case) -> Hit | None:
    found = [i for i in case.incidents if tagged(i, PRESSURE_TAGS) or said(i, PRESSURE)]
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'contact')} pressed the customer to pay all at "
               "once, within an unreasonably short time, or by borrowing or selling "
               f"property{quoted(found, PRESSURE)}.")


def disproportionate(case) -> Hit | None:
    if not _in_difficulty(case):
        return None
    found = [i for i in case.incidents if said(i, DISPROPORTIONATE)]
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'contact')} threatened bankruptcy, a statutory "
               f"demand or the sale of the home{quoted(found, DISPROPORTIONATE)} while the "
               "customer was in financial difficulty and other options (a repayment plan) had "
               "not been explored.")


def court_threat(case) -> Hit | None:
    if not _in_difficulty(case):
        return None
    found = [i for i in case.incidents if said(i, COURT_THREAT) and not said(i, ACTION_TAKEN)
             and not tagged(i, ("impersonation", *FAKE_DOCUMENT_TAGS))]
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'contact')} threatened court action"
               f"{quoted(found, COURT_THREAT)} to make the customer pay more than they had said "
               "they could afford.")


def charges(case) -> Hit | None:
    amount = fact_money(case, "collection_charges")
    if not amount:
        return None
    return Hit([], f"The firm added £{amount:,.2f} in collection charges. Charges may be no "
               "higher than necessary to cover reasonable costs; ask the firm to show how this "
               "sum was worked out.")


def data_dispute(case) -> list[Hit] | None:
    hits = []
    later = ids(case.incidents)
    if fact_bool(case, "wrong_person"):
        hits.append(Hit(later, "The customer says the debt is not theirs (the wrong person).",
                        [c.CONC_7_13]))
    if case.debt and case.debt.disputed:
        hits.append(Hit(later, "The customer disputes the debt or the amount claimed; the firm "
                        "went on collecting it.", [c.CONC_7_14]))
    if fact_bool(case, "statute_barred"):
        hits.append(Hit(later, "The customer believes the debt is statute-barred.",
                        [c.CONC_7_15]))
    if not hits:
        return None
    return hits


def default_notice(case) -> list[Hit] | None:
    hits = []
    served = fact_date(case, "default_notice_date")
    remedy = fact_date(case, "default_remedy_date")
    if served and remedy and remedy < served + timedelta(days=REMEDY_DAYS):
        days = (remedy - served).days
        hits.append(Hit([], f"The default notice served on {served:%d/%m/%Y} gave until "
                        f"{remedy:%d/%m/%Y} to put things right: {count(days, 'day')}, fewer "
                        f"than the {REMEDY_DAYS} days the Act requires.", [c.CCA_88_2]))
    if fact_bool(case, "default_notice_served") is False and fact_bool(case, "enforced"):
        hits.append(Hit([], "The firm terminated the agreement, demanded early payment or "
                        "enforced it without first serving a default notice.", [c.CCA_87]))
    if fact_bool(case, "default_info_sheet") is False and (
            served or fact_bool(case, "default_notice_served")):
        hits.append(Hit([], "The default notice did not include the default information sheet.",
                        [c.CCA_88_4A]))
    return hits or None


def s78_request(case) -> Hit | None:
    asked = fact_date(case, "s78_request_date")
    if not asked or fact_bool(case, "s78_reply_received") is not False:
        return None
    return Hit([], f"The customer asked on {asked:%d/%m/%Y} for a copy of the credit agreement "
               "(Consumer Credit Act 1974, s.78) and has had no reply. The deadline for the "
               "reply and its consequences are not verified: check them before relying on this.")
