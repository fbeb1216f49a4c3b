"""What the Taiwan rules share: tag groups, who is collecting for whom, and helpers.

Rules read the tags that ``Analysis`` gives every incident (the shared zh-Hant lexicon's, this
plugin's own lexicon's, and the tags the case records), never the raw text; only the words of
verbatim incidents are ever quoted.

Actor scope (law-tw.md §0, §3.1): 金融機構作業委託他人處理內部作業制度及程序辦法 binds the
financial institution for the collection agencies it hires; 信用卡業務機構管理辦法 §51 binds card
issuers collecting themselves; 保險業作業委託他人處理應注意事項 第12點 mirrors the list for
insurers. Debts owed to anyone else (private, online or "underground" lenders) fall outside
these rules: only the criminal law, 社會秩序維護法, 個人資料保護法 and the 民法 apply.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from complaint_kit.api import (
    Analysis,
    Audience,
    Case,
    Citation,
    Element,
    Hit,
    Incident,
    InstitutionType,
    Medium,
    Relation,
    RespondentRole,
    ids,
)

from .. import citations as c
from ..jurisdiction import TW

# Principal types (law-tw.md §5 `principal_type`) and who they bring under which rules.
FI_PRINCIPALS = ("bank", "card_issuer")
INSURER = "insurer"
# Collector types (law-tw.md §5 `collector_type`).
AGENCY_COLLECTORS = ("third_party_agency", "law_firm")
IN_HOUSE = "in_house_FI"

# What each rule reads. The §14 II rules (deemed false: arrest, exempt property, amounts, the
# court) take their own incidents; §14 I(1) (abuse) takes threats, coercion, insults,
# impersonation and the like that no more specific rule covers.
THREAT_HARM = ("threat_harm",)  # harm to life, body, liberty, reputation or property
THREAT_TAGS = ("threat_violence", "threat_harm", "threat")
VISIT_SOON = ("visit_soon",)
INSULT_TAGS = ("insult", "obscene")
FALSE_ARREST_TAGS = ("criminal_threat", "false_arrest")
FALSE_COURT_TAGS = ("false_court",)
EXEMPT_TAGS = ("exempt_property",)
PAYMENT_TAGS = ("payment_to_collector", "payment_to_agency")
DISCLOSURE_TAGS = ("disclosure", "public_notice")
DEBT_TAGS = ("debt_mention",)
ABUSE_KINDS: dict[str, tuple[str, ...]] = {  # §14 I(1) kinds, each with the tags that show it
    "恐嚇": ("threat_violence", "threat_harm", "threat"),
    "揚言近期登門": VISIT_SOON,
    "辱罵": INSULT_TAGS,
    "冒充公務機關或律師": ("impersonation",),
    "脅迫": ("coercion",),
    "揚言通知親友、同事或公開債務": ("third_party_contact", "disclosure", "public_notice"),
    "騷擾": ("harassment",),
    "虛偽或誤導": ("deceptive",),
}
# Visit and call facts the complainant records as tags on the incident. A visit must show ID
# and be recorded (辦法 §14 I(7)); the 授權書 of §14 I(5) is for approaching a third party to
# find the debtor, and is LOCATION_BREACH_TAGS's, not every visit's.
VISIT_BREACH_TAGS = {
    "no_employee_id": "未配戴識別證",
    "not_recorded": "未全程錄音",
    "entered_home": "未經同意進入住居所",
}
CALL_ID_BREACH_TAGS = {
    "no_institution_name": "未表明機構名稱",
    "no_identity": "未表明身分",
    "not_recorded": "未錄音",
}
LOCATION_INQUIRY_TAG = "location_inquiry"
LOCATION_BREACH_TAGS = {
    "no_identity": "未表明身分",
    "no_purpose": "未表明係為探尋債務人聯絡方式",
    "refused_names": "經詢問仍拒絕告知委託機構及受託機構名稱",
    "no_authorisation_letter": "外訪時未出示授權書",
}
# Recordings are kept at least six months (辦法 §13(6); 信用卡業務機構管理辦法 §51(3)).
RECORDING_MONTHS = 6
WRITTEN = (Medium.sms, Medium.im, Medium.letter, Medium.email, Medium.social_post)
_PLACE_WORDS = ("公司", "學校", "店", "工廠", "辦公室", "營業", "住處", "住家", "家")


def flag(case: Case, key: str) -> bool | None:
    value = case.facts.get(key)
    return value if isinstance(value, bool) else None


def quote(a: Analysis, incidents: Iterable[Incident], *tags: str) -> str:
    """Up to five words of verbatim incidents, quoted for an explanation: （如「坐牢」「查封」）."""
    words = a.quotable_words(incidents, *tags)
    words = [w for w in words if not any(w != o and w in o for o in words)]
    return f"（如「{'」「'.join(words[:5])}」）" if words else ""


def words_of(a: Analysis, incident: Incident, *tags: str) -> str:
    """The collector's own words behind ``tags`` in one verbatim incident, quoted; else ""."""
    if not incident.verbatim:
        return ""
    words = a.words(incident, *tags)
    if not words and any(t in a.tags(incident) for t in tags) and incident.content:
        words = [incident.content]  # a tag the case gives a verbatim message: quote it whole
    return "「" + "」「".join(words[:3]) + "」" if words else ""


def relation_label(incident: Incident) -> str:
    r = incident.to.relation
    return TW.labels.get(f"relation.{r}", str(r))


def channel_label(incident: Incident) -> str:
    return TW.labels.get(f"channel.{incident.channel}", str(incident.channel))


def ref(incidents: Sequence[Incident]) -> str:
    return "、".join(ids(incidents))


def public(incident: Incident) -> bool | None:
    """Whether others than the person reached could see or hear it: True (a group, a post, the
    public), False (private), None (not known)."""
    if incident.to.relation == Relation.public or incident.audience in (Audience.group,
                                                                        Audience.public):
        return True
    if incident.audience == Audience.private:
        return False
    if incident.channel == Medium.social_post:
        return True  # a post is seen by whoever its page reaches
    return None


def at_place(incident: Incident) -> bool:
    place = incident.location or ""
    return (any(t in incident.tags for t in ("workplace", "school", "business", "home_visit"))
            or (bool(place) and any(w in place for w in _PLACE_WORDS)))


def hit(incidents: Sequence[Incident], explanation: str, citations: Sequence[Citation],
        elements: Mapping[Citation, Sequence[Element]] | None = None, urgent: str = ""
        ) -> Hit | None:
    """A hit, or None when no citation binds anyone for these facts."""
    cites = list(dict.fromkeys(citations))
    if not cites:
        return None
    return Hit(ids(incidents), explanation, cites, elements=dict(elements or {}), urgent=urgent)


# --- Who is collecting, for whom ----------------------------------------------------------------

def principal_type(case: Case) -> str | None:
    """bank, card_issuer, insurer, money_lender, fintech, other, or None when unknown."""
    value = case.facts.get("principal_type")
    if value:
        return str(value)
    lender = case.lender
    if lender is not None and lender.type == InstitutionType.bank:
        return "card_issuer" if _card_debt(case) else "bank"
    return None


def _card_debt(case: Case) -> bool:
    product = (case.debt.product or "") if case.debt else ""
    return "信用卡" in product or "現金卡" in product


def is_card_issuer(case: Case) -> bool:
    return principal_type(case) == "card_issuer" or (
        principal_type(case) == "bank" and _card_debt(case))


def regulated(case: Case) -> str | None:
    """"fi" (bank or card issuer), "insurer", or None: outside the FSC collection rules."""
    kind = principal_type(case)
    if kind in FI_PRINCIPALS:
        return "fi"
    if kind == INSURER:
        return "insurer"
    return None


def by_agency(case: Case, incident: Incident) -> bool:
    """Whether a collection agency (or its staff) made the contact, not the institution."""
    respondent = case.respondent(incident.respondent)
    if respondent is not None:
        if respondent.role in (RespondentRole.collection_agency, RespondentRole.collector):
            return True
        if respondent.role == RespondentRole.lender:
            return False
    return case.facts.get("collector_type") in AGENCY_COLLECTORS


def by_institution(case: Case, incident: Incident) -> bool:
    return not by_agency(case, incident)


def agency_involved(case: Case) -> bool:
    return (case.facts.get("collector_type") in AGENCY_COLLECTORS
            or any(r.role == RespondentRole.collection_agency for r in case.respondents)
            or any(by_agency(case, i) for i in case.incidents))


def regulation(case: Case, incidents: Sequence[Incident], outsourcing: Sequence[Citation],
               card: Sequence[Citation] = ()) -> list[Citation]:
    """The regulations that bind the institution for these contacts: 辦法 for its agencies
    (保險業 第12點 for an insurer's), 信用卡業務機構管理辦法 for a card issuer's own staff."""
    kind = regulated(case)
    if kind is None:
        return []
    out: list[Citation] = []
    if incidents:
        agency = any(by_agency(case, i) for i in incidents)
        own = any(by_institution(case, i) for i in incidents)
    else:
        agency = agency_involved(case)
        own = case.facts.get("collector_type") == IN_HOUSE
    if agency:
        out += list(outsourcing) if kind == "fi" else [c.INSURER_12]
    if own and kind == "fi" and is_card_issuer(case):
        out += card
    return out


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
