"""Rules about what collectors say (CONC 7.9.2R, 7.11, AJA 1970 s.40(1)(b)-(d)): false reasons
to call back, false authority, impossible or invented action, criminal threats."""

from __future__ import annotations

from complaint_kit.case import Case, Incident
from complaint_kit.rules import Hit

from .. import citations as c
from ..facts import NO, fact_choice
from .matching import (
    ACTION_TAKEN,
    ACTION_TAKEN_TAGS,
    AUTHORITY_CLAIM,
    BANKRUPTCY,
    ENFORCEMENT,
    FAKE_DOCUMENT_TAGS,
    MISLEADING_CONTACT,
    MISLEADING_CONTACT_TAGS,
    count,
    ids,
    quoted,
    said,
    tagged,
)


def _no_court_order(case: Case) -> bool:
    """The customer says no court has issued a claim or judgment about the debt."""
    return fact_choice(case, "court_papers") == NO


def misleading_contact(case: Case) -> Hit | None:
    found = [i for i in case.incidents
             if tagged(i, MISLEADING_CONTACT_TAGS) or said(i, MISLEADING_CONTACT)]
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'message')} gave a reason to get in touch that "
               f"was not the real one{quoted(found, MISLEADING_CONTACT)}.")


def false_authority(case: Case) -> list[Hit] | None:
    hits = []
    posing = [i for i in case.incidents if tagged(i, ("impersonation",))]
    if posing:
        hits.append(Hit(ids(posing), f"{count(len(posing), 'contact')} claimed to come from, or "
                        "to act for, the police, a court, bailiffs or enforcement agents.",
                        [c.AJA_40_1_C, c.AJA_40_3A_DMCC, c.CONC_7_11_1, c.CONC_7_11_2]))
    documents = [i for i in case.incidents if tagged(i, FAKE_DOCUMENT_TAGS)]
    claims = [i for i in case.incidents if said(i, AUTHORITY_CLAIM)
              and i not in posing + documents]
    if claims:
        hits.append(Hit(ids(claims), f"{count(len(claims), 'contact')} claimed an official "
                        f"capacity, a solicitor's status or an official document"
                        f"{quoted(claims, AUTHORITY_CLAIM)}; check whether the claim is true.",
                        [c.CONC_7_11_1, c.CONC_7_11_4, c.CONC_7_11_5]))
    if documents:
        hits.append(Hit(ids(documents), f"{count(len(documents), 'document')} looked official "
                        "and was likely to mislead.",
                        [c.AJA_40_1_D, c.AJA_40_3A_DMCC, c.CONC_7_11_3]))
    if _no_court_order(case):
        enforcement = [i for i in case.incidents if said(i, ENFORCEMENT)
                       and i not in posing + claims + documents]
        if enforcement:
            hits.append(Hit(ids(enforcement), f"{count(len(enforcement), 'contact')} spoke of "
                            f"bailiffs or enforcement{quoted(enforcement, ENFORCEMENT)}, though "
                            "no court has issued a claim or judgment about this debt (as the "
                            "customer records).", [c.CONC_7_11_1, c.CONC_7_11_2]))
    return hits or None


def impossible_action(case: Case) -> list[Hit] | None:
    hits = []
    marked = [i for i in case.incidents if tagged(i, ("impossible_action",))]
    if marked:
        hits.append(Hit(ids(marked), f"{count(len(marked), 'contact')} threatened action that "
                        "cannot legally be taken."))
    if _no_court_order(case):
        enforcement = [i for i in case.incidents if said(i, ENFORCEMENT) and i not in marked
                       and not said(i, ACTION_TAKEN)]
        if enforcement:
            words = quoted(enforcement, ENFORCEMENT)
            hits.append(Hit(ids(enforcement), f"{count(len(enforcement), 'contact')} said "
                            f"bailiffs or enforcement agents would act{words}, "
                            "though no court has issued a claim or judgment about this debt."))
    bankrupt = [i for i in case.incidents if said(i, BANKRUPTCY) and i not in marked]
    if bankrupt:
        owed = case.debt.outstanding if case.debt else None
        balance = f" The balance claimed is £{owed:,.2f}." if owed is not None else ""
        hits.append(Hit(ids(bankrupt), f"{count(len(bankrupt), 'contact')} threatened "
                        "bankruptcy. CONC 7.11.7G gives bankruptcy threats when the balance is "
                        f"too low for a petition as an example of a breach.{balance} Check the "
                        "current minimum for a creditor's petition.",
                        [c.CONC_7_11_6, c.CONC_7_11_7]))
    return hits or None


def false_action_taken(case: Case) -> Hit | None:
    marked = [i for i in case.incidents if tagged(i, ACTION_TAKEN_TAGS)]
    claimed = [i for i in case.incidents if said(i, ACTION_TAKEN) and i not in marked]
    found = marked + (claimed if _no_court_order(case) else [])
    if not found:
        return None
    found.sort(key=lambda i: i.time)
    return Hit(ids(found), f"{count(len(found), 'contact')} said court or enforcement action "
               f"had already been taken{quoted(found, ACTION_TAKEN)}, though the customer "
               "records that no court has issued a claim or judgment.")


def _criminal(incident: Incident) -> bool:
    return tagged(incident, ("criminal_threat",))


def criminal_threat(case: Case) -> Hit | None:
    found = [i for i in case.incidents if _criminal(i)]
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'contact')} said or suggested that not paying "
               "is a crime: arrest, prison, the police or a criminal case, for a civil debt.")
