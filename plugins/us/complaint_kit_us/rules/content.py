"""Rules about what the collector said or sent (1692d(1)–(4), 1692e, 1692f; 12 CFR 1006.18)."""

from __future__ import annotations

import re
from collections.abc import Callable

from complaint_kit.case import Case, Channel, Incident, InstitutionType
from complaint_kit.rules import Hit

from .. import citations as c
from .common import WRITTEN, has, ids, is_consumer, plural, times, words

_DEADBEAT = re.compile(r"\b(?:deadbeat list|wall of shame|list of (?:people|customers|debtors) "
                       r"who (?:won't|don't|do not|refuse to) pay|(?:sell|selling|advertis\w+) "
                       r"(?:your|this) (?:debt|account))\b", re.IGNORECASE)
_DEPORT = re.compile(r"\b(?:deport\w*|immigration (?:authorities|officials|services)|call ICE"
                     r"|report you to ICE)\b", re.IGNORECASE)
_CRIME = re.compile(r"\b(?:you(?:'re| are) (?:a )?(?:thief|criminal|crook|fraud)|(?:committed|"
                    r"committing) (?:a )?(?:crime|fraud|theft)|stole|stealing|check fraud|"
                    r"theft by deception)\b", re.IGNORECASE)
_MINI_MIRANDA = re.compile(r"\bdebt collector\b|\battempt(?:ing)? to collect a debt\b",
                           re.IGNORECASE)
_FEES = re.compile(r"\b(?:processing|convenience|collection|service|handling|administrative) "
                   r"fees?\b", re.IGNORECASE)
_COLLECT_CALL = re.compile(r"\bcollect call\b|\bcharges? (?:may|will) apply to you\b",
                           re.IGNORECASE)
_REPOSSESS = re.compile(r"\brepossess\w*|\b(?:tow|take) (?:away )?your (?:car|truck|vehicle)\b",
                        re.IGNORECASE)
_SUIT = re.compile(r"\b(?:sue|suing|lawsuit|legal action|take you to court|file (?:a )?"
                   r"(?:suit|claim|case) against)\b", re.IGNORECASE)


def _where(case: Case, predicate: Callable[[Incident], bool], explain: str) -> Hit | None:
    found = [i for i in case.incidents if predicate(i)]
    if not found:
        return None
    return Hit(ids(found), explain.format(n=plural(len(found), "contact"),
                                          when=times(case, found)))


def violence(case: Case) -> Hit | None:
    found = [i for i in case.incidents if has(i, "threat_violence")]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'contact')} threatened violence or harm"
               f"{words(found, 'threat_violence')} ({times(case, found)}).")


def obscene(case: Case) -> Hit | None:
    found = [i for i in case.incidents if has(i, "insult", "obscene")]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'contact')} used obscene, profane or abusive "
               f"language{words(found, 'insult')} ({times(case, found)}).")


def deadbeat_list(case: Case) -> Hit | None:
    return _where(case, lambda i: has(i, "deadbeat_list", "debt_for_sale")
                  or bool(_DEADBEAT.search(i.content)),
                  "{n} threatened to publish me on a list of people who do not pay, or to "
                  "advertise the debt for sale ({when}).")


def false_gov(case: Case) -> list[Hit] | None:
    hits = []
    posing = [i for i in case.incidents if has(i, "impersonation")]
    if posing:
        hits.append(Hit(ids(posing), f"{plural(len(posing), 'contact')} falsely implied a link "
                        f"to the police, a court or a government agency"
                        f"{words(posing, 'impersonation')} ({times(case, posing)}).",
                        [c.FDCPA_1692E_1]))
    papers = [i for i in case.incidents if has(i, "fake_legal_document", "fake_document")]
    if papers:
        hits.append(Hit(ids(papers), f"{plural(len(papers), 'contact')} used papers or wording "
                        f"made to look like court or government documents"
                        f"{words(papers, 'fake_legal_document')} ({times(case, papers)}).",
                        [c.FDCPA_1692E_9]))
    return hits or None


def false_debt(case: Case) -> list[Hit] | None:
    hits = []
    wrong = [i for i in case.incidents if has(i, "false_amount", "wrong_amount",
                                              "false_legal_status")]
    if wrong or case.facts.get("amount_claimed_is_wrong"):
        hits.append(Hit(ids(wrong), "The collector misstated the amount or legal status of the "
                        "debt" + (f" ({times(case, wrong)})." if wrong else "."),
                        [c.FDCPA_1692E_2]))
    disputed = (case.debt is not None and case.debt.disputed) or bool(
        case.facts.get("dispute_sent_date"))
    if disputed and case.facts.get("reported_without_dispute_notation"):
        hits.append(Hit((), "The collector reported the debt to a credit bureau without saying "
                        "that I dispute it.", [c.FDCPA_1692E_8]))
    return hits or None


def false_attorney(case: Case) -> Hit | None:
    lawyers = {r.id for r in case.respondents if r.type == InstitutionType.law_firm}
    return _where(case, lambda i: has(i, "false_attorney") and i.respondent not in lawyers,
                  "{n} implied that an attorney is handling the account, though no law firm is "
                  "known to be involved ({when}).")


def arrest_threat(case: Case) -> Hit | None:
    found = [i for i in case.incidents if has(i, "criminal_threat", "threat_seizure")]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'contact')} said that not paying would lead to "
               f"arrest, jail, or the seizure or garnishment of property or wages"
               f"{words(found, 'criminal_threat', 'threat_seizure')} ({times(case, found)}).")


def impossible_threat(case: Case) -> Hit | None:
    found = [i for i in case.incidents if has(i, "criminal_threat", "deportation_threat")
             or bool(_DEPORT.search(i.content))]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'contact')} threatened action that cannot "
               f"legally be taken over an unpaid consumer debt, such as arrest or deportation "
               f"({times(case, found)}).")


def crime_implication(case: Case) -> Hit | None:
    return _where(case, lambda i: has(i, "crime_implication") or bool(_CRIME.search(i.content)),
                  "{n} accused me of a crime, such as theft or fraud, for not paying ({when}).")


def cra_implication(case: Case) -> Hit | None:
    return _where(case, lambda i: has(i, "credit_bureau"),
                  "{n} implied that the collector is a credit bureau ({when}).")


def mini_miranda(case: Case) -> Hit | None:
    found = [i for i in case.incidents if is_consumer(case, i) and (
        has(i, "no_mini_miranda")
        or (i.channel in WRITTEN and i.content and not _MINI_MIRANDA.search(i.content)))]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'written message')} to me did not say that it "
               f"came from a debt collector ({times(case, found, 4)}).")


def unauthorized_amount(case: Case) -> Hit | None:
    found = [i for i in case.incidents if has(i, "unauthorized_fee")
             or bool(_FEES.search(i.content))]
    if not found and not case.facts.get("unauthorized_fees"):
        return None
    return Hit(ids(found), "The collector tried to collect fees or charges"
               + (f" ({times(case, found)})" if found else "")
               + " that my agreement may not authorize and the law may not permit; please "
               "check the agreement.")


def postdated_check(case: Case) -> Hit | None:
    notice = case.facts.get("postdated_check_notice_business_days")
    if notice is None or not isinstance(notice, int) or 3 <= notice <= 10:
        return None
    return Hit((), f"The collector deposited a check postdated by more than five days after "
               f"{plural(notice, 'business day')} of written notice (the law requires three to "
               f"ten).")


def concealed_charges(case: Case) -> Hit | None:
    return _where(case, lambda i: has(i, "collect_call") or bool(_COLLECT_CALL.search(
        i.content)), "{n} made me pay for the communication, e.g. collect calls ({when}).")


def repossession_threat(case: Case) -> Hit | None:
    if case.facts.get("secured_debt"):
        return None
    return _where(case, lambda i: bool(_REPOSSESS.search(i.content)),
                  "{n} threatened repossession, though the debt is not known to be secured "
                  "({when}).")


def postcard_envelope(case: Case) -> Hit | None:
    return _where(case, lambda i: i.channel == Channel.letter and has(
        i, "postcard", "envelope_debt_language"),
        "{n} came on a postcard or in an envelope that showed it was about a debt ({when}).")


def time_barred(case: Case) -> Hit | None:
    if not case.facts.get("time_barred"):
        return None
    return _where(case, lambda i: bool(_SUIT.search(i.content)) or has(i, "fake_legal_document"),
                  "{n} threatened to sue on a debt that is past the statute of limitations "
                  "({when}).")
