"""What the Taiwan rules share: message tags, who is collecting for whom, and helpers.

Every content rule matches on ``incident.tags`` first, then on the tags that the zh-Hant
lexicons (the shared one in plugins/lexicons and this plugin's own) give the verbatim content.

Actor scope (law-tw.md §0, §3.1): 金融機構作業委託他人處理內部作業制度及程序辦法 binds the
financial institution for the collection agencies it hires; 信用卡業務機構管理辦法 §51 binds card
issuers collecting themselves; 保險業作業委託他人處理應注意事項 第12點 mirrors the list for
insurers. Debts owed to anyone else (private, online or "underground" lenders) fall outside
these rules: only the criminal law, 社會秩序維護法, 個人資料保護法 and the 民法 apply.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from complaint_kit.case import Case, Incident, InstitutionType, RespondentRole
from complaint_kit.rules import Citation, Hit

from .. import citations as c
from ..lexicon import LEXICON as TW_LEXICON

try:  # the shared zh-Hant lexicon (plugins/lexicons, bundled with complaint-kit)
    from complaint_kit_lexicons.zh_hant import LEXICON as ZH_HANT
except ImportError:  # pragma: no cover - installed without the lexicons package
    ZH_HANT = None

# Principal types (law-tw.md §5 `principal_type`) and who they bring under which rules.
FI_PRINCIPALS = ("bank", "card_issuer")
INSURER = "insurer"
# Collector types (law-tw.md §5 `collector_type`).
AGENCY_COLLECTORS = ("third_party_agency", "law_firm")
IN_HOUSE = "in_house_FI"

# The standard tags that are abuse under 辦法 §14 I(1) (violence, threats, coercion, insults,
# false or misleading statements, privacy). A visit is regulated, not banned: threat_visit alone
# is not abuse.
ABUSE_TAGS = ("threat_violence", "criminal_threat", "impersonation", "insult", "false_court",
              "exempt_property", "third_party_contact", "coercion", "harassment", "deceptive")
THREAT_TAGS = ("threat_violence", "threat", "extortion")
COERCION_TAGS = ("coercion",)
INSULT_TAGS = ("insult", "obscene")
FALSE_ARREST_TAGS = ("criminal_threat", "false_arrest")
DISCLOSURE_TAGS = ("disclosure", "public_notice")
PUBLIC_NOTICE_TAGS = ("public_notice",)
# Visit and call facts the complainant records as tags on the incident.
VISIT_BREACH_TAGS = {
    "no_employee_id": "未配戴識別證",
    "no_authorisation_letter": "未出示授權書",
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
DEMAND_WORDS = ("還錢", "還款", "代償", "幫他還", "替他還", "幫你還", "欠款", "欠錢", "欠債",
                "繳款")


@lru_cache(maxsize=4096)
def _classify(text: str) -> frozenset[str]:
    found: set[str] = set()
    for lexicon in (ZH_HANT, TW_LEXICON):
        if lexicon is not None and text:
            found.update(lexicon.classify(text))
    return frozenset(found)


@lru_cache(maxsize=4096)
def _reasons(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    out: dict[str, list[str]] = {}
    for lexicon in (ZH_HANT, TW_LEXICON):
        if lexicon is not None and text:
            for tag, words in lexicon.classify(text).items():
                out.setdefault(tag, []).extend(words)
    return tuple((t, tuple(dict.fromkeys(w))) for t, w in out.items())


def tags_of(incident: Incident) -> set[str]:
    """The incident's own tags plus those its verbatim content earns."""
    return {t.strip().lower() for t in incident.tags} | _classify(incident.content)


def has_tag(incident: Incident, tags: Iterable[str]) -> bool:
    return bool(tags_of(incident) & set(tags))


def own_tag(incident: Incident, tags: Iterable[str]) -> bool:
    """Only the tags the complainant recorded (facts a message's words cannot show)."""
    wanted = set(tags)
    return any(t.strip().lower() in wanted for t in incident.tags)


def quoted(incidents: Iterable[Incident], tags: Iterable[str]) -> str:
    """Up to five matched words, quoted for an explanation: （如「坐牢」「查封」）."""
    wanted = set(tags)
    words = sorted({w for i in incidents for t, ws in _reasons(i.content) if t in wanted
                    for w in ws})
    return f"（如「{'」「'.join(words[:5])}」）" if words else ""


def incident_ids(incidents: Iterable[Incident]) -> list[str]:
    return [i.id or "" for i in incidents]


def local_day(case: Case, incident: Incident) -> date:
    return case.local_time(incident).date()


def fact_date(case: Case, key: str) -> date | None:
    value = case.facts.get(key)
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


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


def hit(incidents: Sequence[Incident], explanation: str, citations: Sequence[Citation]
        ) -> Hit | None:
    """A hit, or None when no citation binds anyone for these facts."""
    cites = list(dict.fromkeys(citations))
    if not cites:
        return None
    return Hit(incident_ids(incidents), explanation, cites)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
