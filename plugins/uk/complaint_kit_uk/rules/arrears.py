"""Rules about arrears and the debt (CONC 7.3, 7.7, 7.13-7.15; Consumer Credit Act 1974).

Pressure and court threats in the same contact are one finding (UK-PRESSURE, citing CONC 7.3.10R
and, where court action was threatened while the customer was in difficulty, 7.3.18R);
UK-COURT-THREAT is kept for court threats made without the other pressure. UK-DISPROPORTIONATE
is for action taken (a statutory demand, a bankruptcy petition, an order for sale), never for a
threat. Collection charges are a breach only when they exceed reasonable costs, which the customer
cannot know: the rule asks for the firm's breakdown instead of stating a breach.
"""

from __future__ import annotations

from datetime import timedelta

from complaint_kit.api import Analysis, Ask, Hit, fact_date

from .. import citations as c
from ..facts import fact_bool, fact_money
from .matching import FAKE_DOCUMENT_TAGS, count, ids, listed, quoted, to_customer

# CCA 1974 s.88(2): the date to remedy is at least 14 days after service.
REMEDY_DAYS = 14
PRESSURE_TAGS = ("uk_pressure", "pressure")
DISPROPORTIONATE_FACTS = {"statutory_demand_served": "served a statutory demand",
                          "bankruptcy_petition": "petitioned for the customer's bankruptcy",
                          "order_for_sale": "applied for an order for sale of the home"}


def _offer_refused(a: Analysis) -> bool:
    return bool(fact_bool(a.case, "repayment_offer_refused"))


def _in_difficulty(a: Analysis) -> bool | None:
    if _offer_refused(a):
        return True
    return fact_bool(a.case, "financial_difficulty")


def forbearance(a: Analysis) -> list[Hit | Ask] | None:
    said = a.tagged("uk_refuses_plan")
    if _offer_refused(a):
        text = ("The customer, in arrears, offered a repayment plan and the firm refused to "
                "negotiate it, instead of treating the customer with forbearance and due "
                "consideration")
        if said:
            text += f"; the collectors said so{quoted(a, said, 'uk_refuses_plan')} " \
                    f"({listed(said)})"
        return [Hit(ids(said), text + ".", [c.CONC_7_3_4, c.CONC_7_3_9, c.PRINCIPLE_6,
                                             c.PRINCIPLE_12])]
    if said:
        return [Ask("The collectors said they would not agree a payment plan. Did you offer, "
                    "or ask for, a repayment plan, and was it refused?",
                    (c.CONC_7_3_4, c.CONC_7_3_9), ids(said))]
    return None


def _court_threats(a: Analysis):
    return [i for i in a.tagged("uk_court_threat") if to_customer(i)
            and not a.has(i, "uk_action_taken", "impersonation", *FAKE_DOCUMENT_TAGS)]


def pressure(a: Analysis) -> list[Hit] | None:
    found = a.tagged(*PRESSURE_TAGS)
    if not found:
        return None
    hits = [Hit(ids(found), f"{count(len(found), 'contact')} pressed the customer to pay all at "
                "once, within an unreasonably short time, or by borrowing or selling "
                f"property{quoted(a, found, 'uk_pressure')} ({listed(found)}).",
                [c.CONC_7_3_10])]
    court = [i for i in _court_threats(a) if i in found]
    if court and _in_difficulty(a):
        hits.append(Hit(ids(court), f"{listed(court)} backed that pressure with a threat of "
                        f"court action{quoted(a, court, 'uk_court_threat')} while the customer "
                        "was in financial difficulty.", [c.CONC_7_3_18]))
    return hits


def court_threat(a: Analysis) -> Hit | None:
    pressed = set(ids(a.tagged(*PRESSURE_TAGS)))
    found = [i for i in _court_threats(a) if i.id not in pressed]
    if not found or not _in_difficulty(a):
        return None
    return Hit(ids(found), f"{count(len(found), 'contact')} threatened court action"
               f"{quoted(a, found, 'uk_court_threat')} to make the customer pay more than they "
               f"had said they could afford ({listed(found)}).", [c.CONC_7_3_18])


def disproportionate(a: Analysis) -> Hit | None:
    taken = [what for name, what in DISPROPORTIONATE_FACTS.items() if fact_bool(a.case, name)]
    if not taken or not _in_difficulty(a):
        return None
    return Hit([], f"The firm {' and '.join(taken)} while the customer was in financial "
               "difficulty, without exploring other options such as a repayment plan.",
               [c.CONC_7_3_14, c.CONC_7_3_15])


def charges(a: Analysis) -> Ask | None:
    amount = fact_money(a.case, "collection_charges")
    if not amount:
        return None
    return Ask(f"The firm added £{amount:,.2f} in collection charges. Has it shown how that sum "
               "covers its reasonable costs? A charge breaks the rules only if it is higher than "
               "necessary: ask the firm for its breakdown in your complaint.", (c.CONC_7_7_5,))


def data_dispute(a: Analysis) -> list[Hit] | None:
    case = a.case
    hits = []
    later = ids([i for i in a.incidents if to_customer(i)])
    if fact_bool(case, "wrong_person"):
        hits.append(Hit(later, "The customer says the debt is not theirs (the wrong person).",
                        [c.CONC_7_13]))
    debt = case.debt
    if debt and debt.demanded is not None and debt.outstanding is not None \
            and debt.demanded > debt.outstanding:
        hits.append(Hit([], f"The collectors demanded £{debt.demanded:,.2f}, more than the "
                        f"£{debt.outstanding:,.2f} owed (the wrong amount).", [c.CONC_7_13]))
    if debt and debt.disputed:
        hits.append(Hit(later, "The customer disputes the debt or the amount claimed; the firm "
                        "went on collecting it.", [c.CONC_7_14]))
    if fact_bool(case, "statute_barred"):
        hits.append(Hit(later, "The customer believes the debt is statute-barred.",
                        [c.CONC_7_15]))
    if not hits:
        return None
    return hits


def default_notice(a: Analysis) -> list[Hit] | None:
    case = a.case
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


def s78_request(a: Analysis) -> Hit | None:
    case = a.case
    asked = fact_date(case, "s78_request_date")
    if not asked or fact_bool(case, "s78_reply_received") is not False:
        return None
    return Hit([], f"The customer asked on {asked:%d/%m/%Y} for a copy of the credit agreement "
               "(Consumer Credit Act 1974, s.78) and has had no reply. The deadline for the "
               "reply and its consequences are not verified: check them before relying on this.")
