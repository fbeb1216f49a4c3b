"""Extra render context for Hong Kong documents: everything in the case's language.

- ``findings``: the core's list with each title replaced by the title in the case's language
  (labels ``rule.<ID>``); explanations and citations are already in it (the rules build them so).
  A complaint to the PCPD keeps only the findings about personal data.
- ``hk``: the plugin's own values: the screening window and the contacts in it, whether the
  lender is a bank, the agency, the deadlines derived from the dates (law-hk.md §5), the
  addressee's name in the case's language, and the Hong Kong facts.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from complaint_kit.analysis import Analysis

from .jurisdiction import labels_for
from .rules.matching import has_agency, hours_text, is_bank, late

# What a complaint to the Privacy Commissioner is about: personal data, not collection conduct
# (contacts with third parties and public humiliation are the Code's and the HKMA's; the
# disclosures they carry are HK-CONFIDENTIALITY and HK-DOXXING).
PRIVACY_RULES = ("HK-DOXXING", "HK-CONFIDENTIALITY", "HK-DATA-TRANSFER-NOTICE")

ADDRESSEES = {
    "zh-Hant": {
        "lender": "{lender}客戶投訴部",
        "hkma": "香港金融管理局投訴處理中心",
        "pcpd": "個人資料私隱專員公署",
        "police": "香港警務處",
        "fdrc": "金融糾紛調解中心",
        "consumer-council": "消費者委員會",
        "money-lenders": "放債人註冊處處長（公司註冊處）",
    },
    "en": {
        "lender": "The Complaints Department, {lender}",
        "hkma": "Complaint Processing Centre, Hong Kong Monetary Authority",
        "pcpd": "Office of the Privacy Commissioner for Personal Data",
        "police": "Hong Kong Police Force",
        "fdrc": "Financial Dispute Resolution Centre",
        "consumer-council": "Consumer Council",
        "money-lenders": "Registrar of Money Lenders, Companies Registry",
    },
}


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def hk_context(analysis: Analysis, document: str, context: dict[str, Any]) -> dict[str, Any]:
    case = analysis.case
    language = context["language"] if context["language"] in ADDRESSEES else "zh-Hant"
    labels = labels_for(language)
    findings = [{**f, "title": labels.get(f"rule.{f['rule']}", f["title"])}
                for f in context["findings"]
                if document != "pcpd-complaint" or f["rule"] in PRIVACY_RULES]
    addressee = context.get("addressee")
    lender = case.lender
    to = None
    if addressee:
        pattern = ADDRESSEES[language].get(addressee["id"])
        to = pattern.format(lender=lender.name if lender else "") if pattern else \
            addressee["addressee"]
        if addressee["id"] == "lender" and not lender:
            to = addressee["addressee"]
    late_ids = [i.id for i in sorted(case.incidents, key=lambda i: i.time) if late(case, i)]
    facts = case.facts
    first_known = _date(facts.get("first_known_on")) or (
        min(case.local_time(i).date() for i in case.incidents) if case.incidents else None)
    complained = _date(facts.get("complained_to_bank_date"))
    agency = next((r for r in case.respondents if r.role == "collection_agency"), None)
    return {
        "findings": findings,
        "hk": {
            "to": to,
            "names": {k: v for k, v in ADDRESSEES[language].items() if k != "lender"},
            "bank": is_bank(case),
            "agency": agency.model_dump() if agency else None,
            "has_agency": has_agency(case),
            "window": hours_text(case),
            "late": late_ids,
            "fired": [f["rule"] for f in findings],
            "pcpd_deadline": _plus_years(first_known, 2) if first_known else None,
            "first_known": first_known,
            "complained_to_bank": complained,
            "fdrc_from": complained + timedelta(days=60) if complained else None,
            "dca_notice": facts.get("dca_advance_notice_received"),
            "lender_kind": facts.get("lender_kind"),
        },
    }
