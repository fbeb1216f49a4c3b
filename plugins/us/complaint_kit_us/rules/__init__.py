"""US rules: the FDCPA and Regulation F, with the California and Massachusetts overlays.

Rule ids are those of shared/reference/law-us.md §1. Every federal rule runs only when the
collector is covered (``..scope``): a third-party collector of a consumer debt. When the
collector is the original creditor, or the debt is a business debt, the federal rules stay
silent and US-SCOPE says so, naming the conduct they would forbid a debt collector; the
California Rosenthal Act, which reaches original creditors, and the Massachusetts regulations,
which bind creditors too, still apply.

Every rule is a function of the ``Analysis`` the core builds: the tags of every registered
English classifier (the shared lexicon's and this plugin's ``us-en``), the case's own tags, local
times and facts. A rule may also ask (``Ask``) for a fact it lacks instead of stating it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from complaint_kit.api import Analysis, Ask, Citation, Hit, local_day, rule_maker

from .. import citations as c
from ..scope import federal, scope
from . import contact, content, frequency, notice, third_parties, times_places
from .common import add_year, us_date
from .state import by_rule, massachusetts, rosenthal, state


@dataclass(frozen=True)
class Spec:
    id: str
    title: str
    check: Callable[[Analysis], Hit | Ask | Iterable[Hit | Ask] | None]
    citations: tuple[Citation, ...]
    # Whether the rule restates 15 U.S.C. 1692b–1692j, which California's Rosenthal Act makes
    # binding on every debt collector, original creditors included.
    statute: bool = True


def _s(rule_id, title, check, citations, statute=True) -> Spec:
    return Spec(rule_id, title, check, tuple(citations), statute)


# Binding law first: statute, then regulation, then the CFPB's commentary (rules.py sorts them).
FEDERAL = [
    _s("US-HOURS", "Contact before 8 a.m. or after 9 p.m. local time", times_places.hours,
       [c.FDCPA_1692C_A1, c.REGF_6B1I]),
    _s("US-DESIGNATED-INCONVENIENT", "Contact at a time or place I said was inconvenient",
       times_places.designated, [c.FDCPA_1692C_A1, c.REGF_6B1, c.COMMENT_6B1_2]),
    _s("US-PLACE", "Contact at an unusual or inconvenient place", times_places.place,
       [c.FDCPA_1692C_A, c.REGF_6B1II]),
    _s("US-ATTORNEY", "Contact after the collector knew I have an attorney", contact.attorney,
       [c.FDCPA_1692C_A2, c.REGF_6B2]),
    _s("US-WORKPLACE", "Contact at work after being told my employer prohibits it",
       times_places.workplace, [c.FDCPA_1692C_A3, c.REGF_WORKPLACE]),
    _s("US-CEASE", "Contact after my written request to stop", contact.cease,
       [c.FDCPA_1692C_C, c.REGF_6C]),
    _s("US-THIRD-PARTY", "Contacting other people about the debt", third_parties.third_party,
       [c.FDCPA_1692C_B, c.REGF_6D]),
    _s("US-LOCATION-CONTACT", "Improper contacts with other people to find me",
       third_parties.location_contact, [c.FDCPA_1692B, c.REGF_10]),
    _s("US-HARASS", "Harassing, oppressive or abusive conduct", frequency.harass,
       [c.FDCPA_1692D, c.REGF_14A]),
    _s("US-FREQ-CALLS", "Calling too often (more than 7 calls in 7 days, or calls within 7 days "
       "after a conversation)", frequency.freq_calls,
       [c.REGF_14B, c.FDCPA_1692D_5, c.REGF_14B3, c.COMMENT_14B3II_1, c.COMMENT_14B4_1II,
        c.COMMENT_REBUTTAL]),
    _s("US-TEXTS", "Numerous text messages a day for several days", frequency.texts,
       [c.REGF_14A, c.COMMENT_14A_1I], statute=False),
    _s("US-VIOLENCE", "Threats of violence or harm", content.violence, [c.FDCPA_1692D_1]),
    _s("US-OBSCENE", "Obscene, profane or abusive language", content.obscene,
       [c.FDCPA_1692D_2]),
    _s("US-DEADBEAT-LIST", "Publishing a list of debtors or advertising the debt for sale",
       content.deadbeat_list, [c.FDCPA_1692D_3, c.FDCPA_1692D_4]),
    _s("US-CALLER-ID", "Calls without disclosing who is calling", contact.caller_id,
       [c.FDCPA_1692D_6, c.REGF_14G]),
    _s("US-MEDIUM-OPTOUT", "Messages through a medium I refused, or without a way to opt out",
       contact.medium_optout, [c.REGF_14H1, c.REGF_6E], statute=False),
    _s("US-SOCIAL-MEDIA", "Social media messages others could see", contact.social_media,
       [c.REGF_22F4], statute=False),
    _s("US-FALSE-GOV", "Posing as the government, the police or a court; fake legal papers",
       content.false_gov, [c.FDCPA_1692E_1, c.FDCPA_1692E_9]),
    _s("US-FALSE-DEBT", "False statements about the debt or false credit information",
       content.false_debt, [c.FDCPA_1692E_2, c.FDCPA_1692E_8]),
    _s("US-FALSE-ATTORNEY", "Falsely implying that an attorney is involved",
       content.false_attorney, [c.FDCPA_1692E_3]),
    _s("US-ARREST-THREAT", "Threats of arrest, jail, seizure or garnishment",
       content.arrest_threat, [c.FDCPA_1692E_4, c.REGF_18B3]),
    _s("US-IMPOSSIBLE-THREAT", "Threats of action that cannot legally be taken",
       content.impossible_threat, [c.FDCPA_1692E_5]),
    _s("US-CRIME-IMPLICATION", "Accusing me of a crime", content.crime_implication,
       [c.FDCPA_1692E_7]),
    _s("US-CRA-IMPLICATION", "Posing as a credit bureau", content.cra_implication,
       [c.REGF_18B1II], statute=False),
    _s("US-MINI-MIRANDA", "Messages that do not say they are from a debt collector",
       content.mini_miranda, [c.FDCPA_1692E_11, c.REGF_18E]),
    _s("US-UNAUTHORISED-AMOUNT", "Fees or amounts not authorized by the agreement or by law",
       content.unauthorized_amount, [c.FDCPA_1692F_1]),
    _s("US-POSTDATED-CHECK", "Postdated check deposited without proper notice",
       content.postdated_check, [c.FDCPA_1692F_2_4]),
    _s("US-CONCEALED-CHARGES", "Communications charged to me, such as collect calls",
       content.concealed_charges, [c.FDCPA_1692F_5]),
    _s("US-REPOSSESSION-THREAT", "Threat of repossession without a right to repossess",
       content.repossession_threat, [c.FDCPA_1692F_6]),
    _s("US-POSTCARD-ENVELOPE", "Postcards, or envelopes that show it is about a debt",
       content.postcard_envelope, [c.FDCPA_1692F_7_8, c.FDCPA_1692B_4_5]),
    _s("US-VALIDATION", "No timely written validation notice", notice.validation,
       [c.FDCPA_1692G_A, c.REGF_34A1]),
    _s("US-DISPUTE-CEASE", "Collection went on after my written dispute", notice.dispute_cease,
       [c.FDCPA_1692G_B]),
    _s("US-TIME-BARRED", "Threat to sue on a time-barred debt", content.time_barred,
       [c.REGF_26], statute=False),
]

# Not findings of a breach but of what the breaches mean: these read the others' results.
SCREENS = ("US-SCOPE", "US-LIMITATION")


def conduct(a: Analysis, *, statute_only: bool = False) -> dict[str, list[Hit]]:
    """Every federal rule's hits on the facts, whoever is collecting (their questions are
    left out: they are asked where the rules run)."""
    out = {}
    for spec in FEDERAL:
        if statute_only and not spec.statute:
            continue
        if hits := by_rule(spec.check(a)):
            out[spec.id] = hits
    return out


# Duties only a debt collector has (disclosures, notices): not conduct to report of a creditor.
COLLECTOR_DUTIES = ("US-MINI-MIRANDA", "US-MEDIUM-OPTOUT", "US-VALIDATION", "US-DISPUTE-CEASE")


def _titles(found: dict[str, list[Hit]]) -> str:
    titles = {s.id: s.title.split(" (")[0] for s in FEDERAL}
    return "; ".join(titles[rule_id][:1].lower() + titles[rule_id][1:] for rule_id in found)


def _incidents(found: dict[str, list[Hit]]) -> list[str]:
    return list(dict.fromkeys(x for hits in found.values() for h in hits for x in h.incidents))


def scope_check(a: Analysis) -> Hit | Ask | None:
    case = a.case
    s = scope(case)
    if s.covered is True:
        if s.debt_purpose is None:
            return Ask("What was the debt for: personal, family or household use, or a "
                       "business? The FDCPA and Regulation F cover consumer debts only "
                       "(answer debt.purpose: consumer or business).", (c.FDCPA_1692A,))
        return None
    if s.covered is None:
        return Ask("Who is collecting: a collection agency, a debt buyer or a law firm, or the "
                   "original creditor itself? The FDCPA and Regulation F cover third-party "
                   "debt collectors of consumer debts; the findings assume that is the case "
                   "(answer facts.collector_type).", (c.FDCPA_1692A, c.HENSON))
    found = conduct(a)
    if s.covered is False:
        found = {k: v for k, v in found.items() if k not in COLLECTOR_DUTIES}
        why = ("the debt was for business purposes" if s.debt_purpose == "business"
               else f"the one collecting is {s.description}")
        text = (f"The FDCPA and Regulation F cover third-party debt collectors collecting "
                f"consumer debts. Here {why}, so they generally do not apply, and no violation "
                f"of them is claimed.")
        if found:
            text += (f" The records still show conduct that they forbid to debt collectors: "
                     f"{_titles(found)}. It can be reported to the creditor and to the CFPB, "
                     f"and state law may reach it.")
        home = state(case)
        if s.debt_purpose != "business" and home == "CA":
            text += (" In California, the Rosenthal Act applies the federal rules to creditors "
                     "collecting their own debts as well.")
        elif s.debt_purpose != "business" and home == "MA":
            text += (" In Massachusetts, the Attorney General's debt collection regulations "
                     "bind creditors as well.")
    urgent = "\n".join(dict.fromkeys(h.urgent for hits in found.values() for h in hits
                                     if h.urgent))
    return Hit(_incidents(found), text, urgent=urgent)


def limitation(a: Analysis) -> Hit | None:
    case = a.case
    if not federal(case):
        return None
    found = conduct(a)
    if not found:
        return None
    by_id = {i.id: i for i in case.incidents}
    days = sorted(local_day(case, by_id[x]) for x in _incidents(found) if x in by_id)
    text = ("A private lawsuit under the FDCPA must be filed within one year of each "
            "violation, counted from the day it happened, not from when it was discovered.")
    if days:
        text += (f" For the violations recorded here the earliest deadline is "
                 f"{us_date(add_year(days[0]))} (for {us_date(days[0])}) and the latest "
                 f"{us_date(add_year(days[-1]))}.")
        if case.signed_on and add_year(days[0]) < case.signed_on:
            text += " Some of these deadlines may already have passed."
    return Hit((), text)


def _federal_only(check):
    def run(a: Analysis):
        return check(a) if federal(a.case) else None
    return run


def _rosenthal(a: Analysis) -> Hit | None:
    return rosenthal(a.case, conduct(a, statute_only=True))


_rule = rule_maker("us")


RULES = [
    _rule("US-SCOPE", "Who is collecting: the federal debt collection rules may not apply",
          scope_check, [c.FDCPA_1692A, c.REGF_6A, c.HENSON]),
    *(_rule(s.id, s.title, _federal_only(s.check), s.citations) for s in FEDERAL),
    _rule("US-LIMITATION", "One-year deadline for a private lawsuit", limitation,
          [c.FDCPA_1692K_D, c.ROTKISKE, c.FDCPA_1692K]),
    _rule("US-CA-ROSENTHAL", "California Rosenthal Act: the federal rules bind every collector",
          _rosenthal, [c.CA_1788_17, c.CA_1788_30B, c.CA_REACH]),
    _rule("US-MA-CALLS", "Massachusetts limits on calls, texts and visits", massachusetts,
          [c.MA_940_704, c.MA_209_1816, c.MA_209_1817, c.MA_940_705]),
]
