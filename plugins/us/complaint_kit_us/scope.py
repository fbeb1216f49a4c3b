"""Who is collecting: the screen every US rule depends on (law-us.md §0, §3.1, rule US-SCOPE).

The FDCPA and Regulation F cover third-party "debt collectors" collecting consumer debts
("primarily for personal, family, or household purposes", 15 U.S.C. 1692a). Original creditors
collecting their own debts are generally excluded; debt buyers may be covered (Henson v.
Santander, graded Medium). A case says who is collecting in ``facts.collector_type``; when it
does not, the respondents that made the contacts decide. What the debt was for is
``debt.purpose`` (or, in older case files, ``facts.debt_purpose``); the consumer's state is
``facts.consumer_state`` or ``region``.
"""

from __future__ import annotations

from dataclasses import dataclass

from complaint_kit.api import Case, InstitutionType, RespondentRole

COLLECTOR_TYPES = ("original_creditor", "third_party_agency", "debt_buyer", "law_firm",
                   "in_house_FI", "unlicensed_lender")
DEBT_PURPOSES = ("consumer", "business")
COVERED = ("third_party_agency", "debt_buyer", "law_firm")
NOT_COVERED = ("original_creditor", "in_house_FI", "unlicensed_lender")

DESCRIPTIONS = {
    "original_creditor": "the original creditor, collecting its own debt",
    "third_party_agency": "a third-party collection agency",
    "debt_buyer": "a debt buyer",
    "law_firm": "a law firm collecting debts",
    "in_house_FI": "the lender's own in-house collection department",
    "unlicensed_lender": "an unlicensed lender collecting its own loan",
    "unknown": "not known",
}


@dataclass(frozen=True)
class Scope:
    collector_type: str  # one of COLLECTOR_TYPES, or "unknown"
    inferred: bool  # read from the respondents, not given in facts.collector_type
    debt_purpose: str | None  # "consumer", "business" or None (not said)
    covered: bool | None  # True: FDCPA/Reg F apply; False: they do not; None: cannot tell

    @property
    def description(self) -> str:
        return DESCRIPTIONS.get(self.collector_type, self.collector_type)

    def as_dict(self) -> dict:
        return {"collector_type": self.collector_type, "inferred": self.inferred,
                "debt_purpose": self.debt_purpose, "covered": self.covered,
                "description": self.description,
                "original_creditor": self.collector_type in NOT_COVERED}


def _infer(case: Case) -> str:
    used = {i.respondent for i in case.incidents if i.respondent}
    respondents = [r for r in case.respondents if r.id in used] or list(case.respondents)
    for r in respondents:
        if r.type == InstitutionType.debt_buyer:
            return "debt_buyer"
        if r.type == InstitutionType.law_firm:
            return "law_firm"
        if (r.role in (RespondentRole.collection_agency, RespondentRole.collector)
                or r.type == InstitutionType.collection_agency):
            return "third_party_agency"
    if any(r.role == RespondentRole.lender for r in respondents):
        return "original_creditor"
    return "unknown"


def debt_purpose(case: Case) -> str | None:
    """consumer, business, or None when the case does not say."""
    if case.debt is not None and case.debt.purpose is not None:
        return str(case.debt.purpose)
    purpose = case.facts.get("debt_purpose")
    return purpose if purpose in DEBT_PURPOSES else None


STATE_NAMES = {"california": "CA", "massachusetts": "MA"}


def consumer_state(case: Case) -> str:
    """The consumer's state as a two-letter code, or "" when not given."""
    given = str(case.facts.get("consumer_state") or "").strip().upper()
    if given:
        return given
    region = (case.region or "").strip()
    if len(region) == 2 and region.isalpha():
        return region.upper()
    return STATE_NAMES.get(region.lower(), "")


def scope(case: Case) -> Scope:
    given = case.facts.get("collector_type")
    collector_type = given if given in COLLECTOR_TYPES else _infer(case)
    purpose = debt_purpose(case)
    if purpose == "business" or collector_type in NOT_COVERED:
        covered: bool | None = False
    elif collector_type in COVERED:
        covered = True
    else:
        covered = None
    return Scope(collector_type, given not in COLLECTOR_TYPES, purpose, covered)


def federal(case: Case) -> bool:
    """Whether the FDCPA and Regulation F rules run: unless the case is clearly outside them."""
    return scope(case).covered is not False
