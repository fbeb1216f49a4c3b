"""Rules about what collectors say (CONC 7.9.2R, 7.11): false reasons to call back, false
authority, impossible or invented action, criminal threats.

A claim of court action or court authority is found false only on a fact: the customer records
that no court has issued a claim or judgment (``court_papers: no``), or the contact says how the
claim was checked (``verified_false``). Without it the rule asks. The Administration of Justice
Act 1970 s.40(1)(b)-(d) offences are given only as a point to check (UNVERIFIED: s.40(3A) and the
DMCC Act 2024), never as the basis of a finding.
"""

from __future__ import annotations

from complaint_kit.api import Analysis, Ask, Element, Hit, Incident

from .. import citations as c
from ..facts import fact_bool
from .matching import (
    FAKE_DOCUMENT_TAGS,
    claim_false,
    claims_police,
    count,
    day,
    ids,
    listed,
    long_day,
    quoted,
    why_false,
)


def misleading_contact(a: Analysis) -> Hit | None:
    found = a.tagged("uk_misleading_contact", "misleading_contact")
    if not found:
        return None
    return Hit(ids(found), f"{count(len(found), 'message')} gave a reason to get in touch that "
               f"was not the real one{quoted(a, found, 'uk_misleading_contact')} "
               f"({listed(found)}).", [c.CONC_7_9_2, c.CONC_7_9_3])


def _court_question(a: Analysis, incidents: list[Incident], what: str) -> Ask:
    return Ask(f"On {day(a, incidents[0])} the collectors {what}. Has any court issued a claim or "
               "a judgment about this debt, or sent you court papers? (Answer yes, no or not "
               "sure.)", (c.CONC_7_11_1, c.CONC_7_11_6, c.CONC_7_11_9), ids(incidents))


def false_authority(a: Analysis) -> list[Hit | Ask] | None:
    results: list[Hit | Ask] = []
    action = set(ids(a.tagged("uk_action_taken", "false_action", "false_claim")))
    posing = a.tagged("impersonation")
    false = [i for i in posing if claim_false(a, i) or claims_police(a, i)]
    unknown = [i for i in posing if i not in false and claim_false(a, i) is None]
    if false:
        reasons = "; ".join(f"{i.id}: " + ("a debt collector is not the police"
                                           if claims_police(a, i) and not claim_false(a, i)
                                           else why_false(a, i)) for i in false)
        results.append(Hit(ids(false), f"{count(len(false), 'contact')} claimed to be, or to act "
                           "for, the police, a court, bailiffs or enforcement agents"
                           f"{quoted(a, false, 'impersonation')}, which was false ({reasons}).",
                           [c.CONC_7_11_1, c.CONC_7_11_2, c.AJA_40_1_C],
                           elements={c.AJA_40_1_C: [
                               Element("a claim of official capacity",
                                       f"the claim in {listed(false)}", ids(false)),
                               Element("the claim was false", reasons, ids(false))]}))
    if unknown:
        results.append(_court_question(a, unknown, "claimed to act for a court or as "
                                       "enforcement agents"))
    documents = [i for i in a.tagged(*FAKE_DOCUMENT_TAGS) if i.id not in action]
    if documents:
        results.append(Hit(ids(documents), f"{count(len(documents), 'document')} looked "
                           f"official and was likely to mislead ({listed(documents)}).",
                           [c.CONC_7_11_3, c.AJA_40_1_D],
                           elements={c.AJA_40_1_D: _official(documents)}))
    claims = [i for i in a.tagged("uk_authority_claim") if i not in posing + documents]
    if claims:
        results.append(Ask(f"On {day(a, claims[0])} the collectors claimed a solicitor's status, "
                           "a trade-body membership or an official document"
                           f"{quoted(a, claims, 'uk_authority_claim')}. Do you know whether the "
                           "claim was true?", (c.CONC_7_11_1, c.CONC_7_11_4, c.CONC_7_11_5),
                           ids(claims)))
    return results or None


def _official(documents: list[Incident]) -> list[Element]:
    """AJA 1970 s.40(1)(d), a point to check (UNVERIFIED): the facts its elements would need."""
    return [Element("a document falsely represented as official",
                    f"{listed(documents)}, recorded as made to look official", ids(documents))]


def _enforcement_threats(a: Analysis) -> list[Incident]:
    return [i for i in a.tagged("uk_enforcement")
            if not a.has(i, "uk_action_taken", "impersonation")]


def enforcement_hit(a: Analysis) -> list[Incident]:
    """The threats of bailiffs or of taking goods known to be impossible (no court order)."""
    return [i for i in _enforcement_threats(a) if claim_false(a, i)]


def urgent_visit(a: Analysis, found: list[Incident]) -> str:
    soon = [i for i in found if a.has(i, "uk_visit_soon")]
    if not soon:
        return ""
    # Neutral wording: the user reads it in the checklist, the police in the report.
    return "\n".join(f"On {long_day(a, i)} the collectors said someone would come within a day "
                     f"({i.id}{'' if i.verbatim else ', as described'})." for i in soon)


def impossible_action(a: Analysis) -> list[Hit | Ask] | None:
    results: list[Hit | Ask] = []
    marked = a.tagged("impossible_action")
    if marked:
        results.append(Hit(ids(marked), f"{count(len(marked), 'contact')} threatened action "
                           f"that cannot legally be taken ({listed(marked)}).",
                           [c.CONC_7_11_6]))
    threats = [i for i in _enforcement_threats(a) if i not in marked]
    impossible = [i for i in threats if claim_false(a, i)]
    unknown = [i for i in threats if claim_false(a, i) is None]
    if impossible:
        results.append(Hit(ids(impossible), f"{count(len(impossible), 'contact')} said bailiffs "
                           "or enforcement agents would come or take the customer's goods"
                           f"{quoted(a, impossible, 'uk_enforcement')} ({listed(impossible)}), "
                           f"though {why_false(a, impossible[0])}: without a court order that "
                           "cannot be done.", [c.CONC_7_11_6],
                           urgent=urgent_visit(a, impossible)))
    if unknown:
        results.append(_court_question(a, unknown, "said bailiffs or enforcement agents would "
                                       "act"))
    bankrupt = [i for i in a.tagged("uk_bankruptcy") if i not in marked]
    if bankrupt:
        owed = a.case.debt.outstanding if a.case.debt else None
        balance = f"£{owed:,.2f}" if owed is not None else "the amount claimed"
        if fact_bool(a.case, "below_bankruptcy_minimum"):
            results.append(Hit(ids(bankrupt), f"{count(len(bankrupt), 'contact')} threatened "
                               f"bankruptcy ({listed(bankrupt)}) for {balance}, which the "
                               "customer records is below the minimum debt for a creditor's "
                               "bankruptcy petition.", [c.CONC_7_11_6, c.CONC_7_11_7]))
        else:
            results.append(Ask(f"The collectors threatened bankruptcy on {day(a, bankrupt[0])} "
                               f"for {balance}. Is that below the minimum debt for which a "
                               "creditor can petition for bankruptcy? (If it is, the threat was "
                               "of action that cannot legally be taken.)",
                               (c.CONC_7_11_6, c.CONC_7_11_7), ids(bankrupt)))
    return results or None


def false_action_taken(a: Analysis) -> list[Hit | Ask] | None:
    claimed = a.tagged("uk_action_taken", "false_action", "false_claim")
    false = [i for i in claimed if claim_false(a, i)]
    unknown = [i for i in claimed if claim_false(a, i) is None]
    results: list[Hit | Ask] = []
    if false:
        official = [i for i in false if a.has(i, *FAKE_DOCUMENT_TAGS)]
        text = (f"{count(len(false), 'contact')} said court or enforcement action had already "
                f"been taken{quoted(a, false, 'uk_action_taken')} ({listed(false)}), though "
                f"{why_false(a, false[0])}.")
        cited = [c.CONC_7_11_9]
        elements = {}
        if official:
            text += f" {listed(official)} was made to look official."
            cited += [c.CONC_7_11_3, c.AJA_40_1_D]
            elements = {c.AJA_40_1_D: _official(official)}
        results.append(Hit(ids(false), text, cited, elements=elements))
    if unknown:
        results.append(_court_question(a, unknown, "said court or enforcement action had "
                                       "already been taken"))
    return results or None


def criminal_threat(a: Analysis) -> Hit | None:
    found = a.tagged("criminal_threat")
    if not found:
        return None
    debt = a.case.debt.product if a.case.debt and a.case.debt.product else "a civil debt"
    return Hit(ids(found), f"{count(len(found), 'contact')} said or suggested that not paying "
               f"is a crime{quoted(a, found, 'criminal_threat')} ({listed(found)}): arrest, "
               f"prison, the police or a criminal case, for {debt}, which is a civil matter.",
               [c.CONC_7_11_1, c.AJA_40_1_B],
               elements={c.AJA_40_1_B: [
                   Element("a representation that criminal proceedings lie for non-payment",
                           f"the contacts {listed(found)}", ids(found)),
                   Element("false: the debt is a contractual debt", debt)]})
