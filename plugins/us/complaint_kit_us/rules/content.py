"""Rules about what the collector said or sent (1692d(1)–(4), 1692e, 1692f; 12 CFR 1006.18).

Each act is found under the provision written for it: an arrest or garnishment threat under
1692e(4), not 1692e(5) as well; repossession under 1692f(6); a threat to tell the employer under
1692e(5) (1692c(b) forbids doing it). 1692e(9) needs a written communication that simulates, or
is presented as, a court or government document; a message that only speaks of a summons or a
lawsuit is asked about instead (and is a false statement of the debt's legal status under
1692e(2) when it was checked and found false).
"""

from __future__ import annotations

from decimal import Decimal

from complaint_kit.api import Analysis, Ask, Hit, Incident, InstitutionType, Medium

from .. import citations as c
from .common import (
    WRITTEN,
    consumer_contacts,
    given,
    ids,
    local,
    plural,
    quote,
    saying,
    times,
    us_time,
)


def _found(a: Analysis, found: list[Incident], explain: str) -> Hit | None:
    if not found:
        return None
    return Hit(ids(found), explain.format(n=plural(len(found), "contact"),
                                          when=times(a.case, found)))


def violence(a: Analysis) -> Hit | None:
    found = saying(a, "threat_violence")
    if not found:
        return None
    reason = "; ".join(f"on {us_time(local(a.case, i))} the collector threatened violence"
                       + (f" (“{'”, “'.join(a.quotable_words([i], 'threat_violence'))}”)"
                          if i.verbatim and a.words(i, "threat_violence") else "")
                       for i in found)
    return Hit(ids(found), f"{plural(len(found), 'contact')} threatened violence or harm"
               f"{quote(a, found, 'threat_violence')} ({times(a.case, found)}).",
               urgent=f"A threat of violence: {reason}.")


def obscene(a: Analysis) -> Hit | None:
    found = saying(a, "insult", "obscene")
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'contact')} used obscene, profane or abusive "
               f"language{quote(a, found, 'insult')} ({times(a.case, found)}).")


def deadbeat_list(a: Analysis) -> Hit | None:
    return _found(a, saying(a, "debtor_list", "deadbeat_list", "debt_for_sale"),
                  "{n} threatened to publish me on a list of people who do not pay, or to "
                  "advertise the debt for sale ({when}).")


def _papers(a: Analysis) -> list[Incident]:
    """Written communications that are, or come with, a paper dressed as a court's or an
    agency's: the complainant says so (tag fake_document), or the text presents itself as one."""
    return [i for i in a.incidents if i.channel in WRITTEN and (
        given(i, "fake_document", "fake_legal_document")
        or (i.verbatim and a.has(i, "court_document")))]


def false_gov(a: Analysis) -> list[Hit | Ask] | None:
    out: list[Hit | Ask] = []
    posing = saying(a, "impersonation")
    if posing:
        out.append(Hit(ids(posing), f"{plural(len(posing), 'contact')} falsely implied a link "
                       f"to the police, a court or a government agency"
                       f"{quote(a, posing, 'impersonation')} ({times(a.case, posing)}).",
                       [c.FDCPA_1692E_1]))
    papers = _papers(a)
    if papers:
        out.append(Hit(ids(papers), f"{plural(len(papers), 'written communication')} simulated "
                       f"or was presented as a paper issued by a court or a government agency"
                       f"{quote(a, papers, 'court_document')} ({times(a.case, papers)}).",
                       [c.FDCPA_1692E_9]))
    talk = [i for i in saying(a, "court_process") if i not in papers]
    if talk:
        out.append(Ask(f"The contact(s) of {times(a.case, talk, 4)} speak of a summons, a "
                       "lawsuit or other court papers. Did any of them enclose a document that "
                       "looks like it was issued by a court or a government agency? If so, add "
                       "the tag fake_document to that contact. If you checked with the court "
                       "and no case exists, record how in verified_false.",
                       (c.FDCPA_1692E_9, c.FDCPA_1692E_2, c.FDCPA_1692E_5), ids(talk)))
    return out or None


def false_debt(a: Analysis) -> list[Hit] | None:
    case = a.case
    hits = []
    wrong = [i for i in a.incidents if given(i, "false_amount", "wrong_amount",
                                             "false_legal_status")]
    if wrong or case.facts.get("amount_claimed_is_wrong"):
        hits.append(Hit(ids(wrong), "The collector misstated the amount or legal status of the "
                        "debt" + (f" ({times(case, wrong)})." if wrong else "."),
                        [c.FDCPA_1692E_2]))
    checked = [i for i in saying(a, "court_process", "criminal_threat", "lawsuit_threat")
               if i.verified_false and i not in wrong]
    if checked:
        hits.append(Hit(ids(checked), "The collector said that legal proceedings over the debt "
                        "had been started or ordered, which was checked and found false: "
                        + "; ".join(f"{us_time(local(case, i))}: {i.verified_false}"
                                    for i in checked) + ".", [c.FDCPA_1692E_2]))
    disputed = (case.debt is not None and case.debt.disputed) or bool(
        case.facts.get("dispute_sent_date"))
    if disputed and case.facts.get("reported_without_dispute_notation"):
        hits.append(Hit((), "The collector reported the debt to a credit bureau without saying "
                        "that I dispute it.", [c.FDCPA_1692E_8]))
    return hits or None


def false_attorney(a: Analysis) -> Hit | None:
    lawyers = {r.id for r in a.case.respondents if r.type == InstitutionType.law_firm}
    found = [i for i in saying(a, "false_attorney") if i.respondent not in lawyers]
    return _found(a, found, "{n} implied that an attorney is handling the account, though no "
                  "law firm is known to be involved ({when}).")


def arrest_threat(a: Analysis) -> list[Hit | Ask] | None:
    out: list[Hit | Ask] = []
    arrest = saying(a, "criminal_threat")
    if arrest:
        out.append(Hit(ids(arrest), f"{plural(len(arrest), 'contact')} said that not paying "
                       f"would lead to arrest, jail or criminal charges"
                       f"{quote(a, arrest, 'criminal_threat')} ({times(a.case, arrest)}): "
                       f"that cannot lawfully follow from an unpaid consumer debt."))
    seizure = [i for i in saying(a, "threat_seizure") if i not in arrest]
    judgment = a.fact("judgment_entered")
    if seizure and judgment is False:
        out.append(Hit(ids(seizure), f"{plural(len(seizure), 'contact')} said that not paying "
                       f"would lead to garnishment or seizure of my wages or property"
                       f"{quote(a, seizure, 'threat_seizure')} ({times(a.case, seizure)}), "
                       f"though no court has entered a judgment against me."))
    elif seizure and judgment is None:
        out.append(Ask("Has a court entered a judgment against you for this debt? A threat to "
                       "garnish wages or seize property is unlawful only if the collector "
                       "could not lawfully do it or did not intend to (answer "
                       "judgment_entered: true or false).",
                       (c.FDCPA_1692E_4,), ids(seizure)))
    return out or None


def impossible_threat(a: Analysis) -> list[Hit] | None:
    hits = []
    deport = saying(a, "threat_deportation", "deportation_threat")
    if deport:
        hits.append(Hit(ids(deport), f"{plural(len(deport), 'contact')} threatened to report "
                        f"me to immigration authorities or have me deported over an unpaid "
                        f"consumer debt ({times(a.case, deport)})."))
    tell = [i for i in saying(a, "threat_third_party") if i not in deport]
    if tell:
        # whom they threatened to tell is in the quoted words: no list of who else it might be
        hits.append(Hit(ids(tell), f"{plural(len(tell), 'contact')} threatened to tell others "
                        f"about the debt"
                        f"{quote(a, tell, 'threat_third_party')} ({times(a.case, tell)}), "
                        f"which a debt collector may not lawfully do (15 U.S.C. 1692c(b))."))
    return hits or None


def crime_implication(a: Analysis) -> Hit | None:
    return _found(a, saying(a, "crime_accusation", "crime_implication"),
                  "{n} accused me of a crime, such as theft or fraud, for not paying ({when}).")


def cra_implication(a: Analysis) -> Hit | None:
    return _found(a, saying(a, "credit_bureau"),
                  "{n} implied that the collector is a credit bureau ({when}).")


def mini_miranda(a: Analysis) -> Hit | None:
    # Only a message's own text can show that the disclosure is missing.
    found = [i for i in consumer_contacts(a) if given(i, "no_mini_miranda") or (
        i.channel in WRITTEN and i.content and i.verbatim
        and not a.has(i, "debt_collector_disclosure"))]
    if not found:
        return None
    return Hit(ids(found), f"{plural(len(found), 'written message')} to me did not say that it "
               f"came from a debt collector ({times(a.case, found, 4)}).")


def unauthorized_amount(a: Analysis) -> Hit | Ask | None:
    case = a.case
    fees = saying(a, "unauthorized_fee")
    debt = case.debt
    excess = (debt is not None and debt.demanded is not None and debt.outstanding is not None
              and Decimal(debt.demanded) > Decimal(debt.outstanding))
    if not fees and not excess and not case.facts.get("unauthorized_fees"):
        return None
    what = []
    if fees:
        what.append(f"fees or charges{quote(a, fees, 'unauthorized_fee')} "
                    f"({times(case, fees)})")
    if excess:
        what.append(f"{debt.demanded} {debt.currency or ''}".rstrip()
                    + f" where {debt.outstanding} is owed")
    if case.facts.get("unauthorized_fees") is True:
        return Hit(ids(fees), "The collector tried to collect "
                   + ("; ".join(what) if what else "fees or charges")
                   + " that neither my agreement nor the law allows.")
    return Ask("The collector asked for " + "; ".join(what) + ". Does your agreement allow "
               "these amounts? If it does not, answer unauthorized_fees: true.",
               (c.FDCPA_1692F_1,), ids(fees))


def postdated_check(a: Analysis) -> Hit | None:
    notice = a.fact("postdated_check_notice_business_days")
    if notice is None or not isinstance(notice, int) or 3 <= notice <= 10:
        return None
    return Hit((), f"The collector deposited a check postdated by more than five days after "
               f"{plural(notice, 'business day')} of written notice (the law requires three to "
               f"ten).")


def concealed_charges(a: Analysis) -> Hit | None:
    return _found(a, saying(a, "collect_call"),
                  "{n} made me pay for the communication, e.g. collect calls ({when}).")


def repossession_threat(a: Analysis) -> Hit | Ask | None:
    found = saying(a, "threat_repossession")
    secured = a.fact("secured_debt")
    if not found or secured is True:
        return None
    if secured is False:
        return Hit(ids(found), f"{plural(len(found), 'contact')} threatened repossession"
                   f"{quote(a, found, 'threat_repossession')} ({times(a.case, found)}), though "
                   f"nothing was pledged as collateral for the debt.")
    return Ask("Is the debt secured by the property the collector threatened to repossess (a "
               "car loan, for example)? Answer secured_debt: true or false.",
               (c.FDCPA_1692F_6,), ids(found))


def postcard_envelope(a: Analysis) -> Hit | None:
    return _found(a, [i for i in a.incidents if i.channel == Medium.letter
                      and given(i, "postcard", "envelope_debt_language")],
                  "{n} came on a postcard or in an envelope that showed it was about a debt "
                  "({when}).")


def time_barred(a: Analysis) -> Hit | None:
    if not a.fact("time_barred"):
        return None
    return _found(a, saying(a, "lawsuit_threat", "court_process", "fake_document",
                            "fake_legal_document"),
                  "{n} threatened to sue on a debt that is past the statute of limitations "
                  "({when}).")
