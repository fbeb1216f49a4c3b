"""Extra render context for Hong Kong documents: everything in the case's language.

- ``findings``: the core's list with each title replaced by the title in the case's language
  (labels ``rule.<ID>``); explanations and citations are already in it (the rules build them so).
  A complaint to the PCPD keeps only the findings about personal data.
- ``hk``: the plugin's own values: the screening window and the contacts in it, whether the
  lender is a bank, the agency, the deadlines derived from the dates (law-hk.md §5), the
  addressee's name in the case's language, and the Hong Kong facts.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from complaint_kit.api import Analysis, fact_date, local_day

from .jurisdiction import labels_for
from .phrases import conduct_phrases, join_words
from .points import element_facts, merged_points, offence_name, point_text
from .quoting import other_false_claims, third_parties_text, worst_contacts
from .rules.matching import (
    has_agency,
    hours_text,
    is_bank,
    is_unlicensed,
    late,
)

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


def _plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def hk_context(analysis: Analysis, document: str, context: dict[str, Any]) -> dict[str, Any]:
    case = analysis.case
    language = context["language"] if context["language"] in ADDRESSEES else "zh-Hant"
    labels = labels_for(language)
    you = _you(case, document, language)
    findings = _titled(analysis, [f for f in context["findings"] if document != "pcpd-complaint"
                                  or f["rule"] in PRIVACY_RULES], labels, language, you)
    late_ids = [i.id for i in sorted(case.incidents, key=lambda i: i.time) if late(case, i)]
    facts = case.facts
    agency = next((r for r in case.respondents if r.role == "collection_agency"), None)
    fired = {f["rule"] for f in context["findings"]}
    all_findings = _titled(analysis, context["findings"], labels, language, None)
    penal = _penal(analysis, all_findings, language)
    pattern = context.get("pattern") or {}
    _unquote_shown(findings, _shown(document, findings, all_findings, context["incidents"]),
                   context["incidents"])
    return {
        "findings": findings,
        "points": merged_points(findings, language, you),
        "hk": {
            "to": _to(context.get("addressee"), language, case.lender),
            "product": _product(case, language),
            "names": {k: v for k, v in ADDRESSEES[language].items() if k != "lender"},
            "bank": is_bank(case),
            "agency": agency.model_dump() if agency else None,
            "has_agency": has_agency(case),
            "window": hours_text(case),
            "late": late_ids,
            "fired": [f["rule"] for f in findings],
            **_deadlines(case, context["findings"]),
            "dca_notice": facts.get("dca_advance_notice_received"),
            "lender_kind": facts.get("lender_kind"),
            "unlicensed": is_unlicensed(case),
            "licensed_lender": facts.get("money_lender_licensed") is True,
            **_conducts(analysis, document, fired, penal, language),
            "offence": _offences(penal, language),
            "worst": worst_contacts(findings, context["incidents"]),
            "worst_all": worst_contacts(all_findings, context["incidents"]),
            "worst_two": worst_contacts(all_findings, context["incidents"], limit=2),
            "penal": penal,
            "also": other_false_claims(penal, context["incidents"],
                                       worst_contacts(all_findings, context["incidents"])),
            "others": [f for f in all_findings if f not in penal],
            "third_parties": third_parties_text(pattern, labels, language),
            "third_party_relations": _relations(pattern, labels, language),
            "agencies": [r.name for r in case.respondents if r.role == "collection_agency"],
        },
    }


def _titled(analysis: Analysis, findings: list[dict], labels: dict, language: str,
            you: str | None) -> list[dict]:
    """The findings with their titles and points in the document's language."""
    return [{**f, "title": labels.get(f"rule.{f['rule']}", f["title"]),
             "point": point_text(analysis, f, language, you)} for f in findings]


def _you(case, document: str, language: str) -> str | None:
    """How the complaint to the lender addresses it; None in other documents."""
    if document != "lender-complaint":
        return None
    return "you" if language == "en" else ("貴行" if is_bank(case) else "貴公司")


def _to(addressee: dict | None, language: str, lender) -> str | None:
    """The addressee's line, in the document's language, naming the lender where it is the
    addressee."""
    if not addressee:
        return None
    if addressee["id"] == "lender" and not lender:
        return addressee["addressee"]
    pattern = ADDRESSEES[language].get(addressee["id"])
    return pattern.format(lender=lender.name if lender else "") if pattern else \
        addressee["addressee"]


def _deadlines(case, findings: list[dict]) -> dict[str, Any]:
    """The PCPD's two years and when they run from; when I complained to the bank, and when
    the FDRC may be asked after that."""
    first_known = _first_known(case, findings)
    complained = fact_date(case, "complained_to_bank_date")
    return {"pcpd_deadline": _plus_years(first_known, 2) if first_known else None,
            "first_known": first_known,
            "first_known_given": fact_date(case, "first_known_on") is not None,
            "complained_to_bank": complained,
            "fdrc_from": complained + timedelta(days=60) if complained else None}


def _first_known(case, findings: list[dict]) -> date | None:
    """What the PCPD's two years run from: the day I learnt of the act complained of, or,
    unless the case says, the day of the first disclosure complained of (never earlier
    contacts)."""
    privacy_ids = {x for f in findings if f["rule"] in PRIVACY_RULES for x in f["incidents"]}
    disclosures = [i for i in case.incidents if i.id in privacy_ids] or case.incidents
    return fact_date(case, "first_known_on") or (
        min(local_day(case, i) for i in disclosures) if disclosures else None)


def _penal(analysis: Analysis, findings: list[dict], language: str) -> list[dict]:
    """The criminal findings with elements met, each element with its fact in words."""
    return [{**f, "elements": {label: [{**e, "fact": element_facts(analysis, e, language)}
                                       for e in els]
                               for label, els in f["elements"].items()}}
            for f in findings if f.get("basis") == "criminal"
            and any(f["elements"].values())]


def _shown(document: str, findings: list[dict], all_findings: list[dict],
           incidents: list[dict]) -> list[dict]:
    """The messages the document quotes in full."""
    if document == "pcpd-complaint":
        return worst_contacts(findings, incidents)
    if document in ("lender-complaint", "hkma-complaint"):
        return worst_contacts(all_findings, incidents, limit=2)
    return worst_contacts(all_findings, incidents)


def _unquote_shown(findings: list[dict], shown: list[dict], incidents: list[dict]) -> None:
    """The words of a message the letter quotes in full are not quoted again in pieces."""
    shown_ids = {i["id"] for i in shown}
    verbatim = {i["id"] for i in incidents if i.get("verbatim")}
    for f in findings:
        quoted = set(f["incidents"]) & verbatim
        if f["rule"] == "HK-MISLEADING" and quoted and quoted <= shown_ids:
            f["point"] = re.sub(r"(?:: (?:“[^”]*”(?:, )?)+|：(?:「[^」]*」、?)+)", "", f["point"])


def _product(case, language: str) -> str | None:
    """The debt's product, in English lower-cased as running text has it ("a personal
    loan"), unless it reads as a name."""
    product = case.debt.product if case.debt else None
    if product and language == "en":
        words = product.split()
        if len(words) > 1 and all(w[:1].islower() for w in words[1:]):
            product = product[0].lower() + product[1:]
    return product


def _conducts(analysis: Analysis, document: str, fired: set[str], penal: list[dict],
              language: str) -> dict[str, list[str]]:
    """What the collectors did: as the document complains of it (to the PCPD, only the
    privacy points), all of it, and what the penal findings rest on."""
    rules = fired if document != "pcpd-complaint" else fired & set(PRIVACY_RULES)
    return {"conduct": conduct_phrases(analysis, rules, language),
            "conduct_all": conduct_phrases(analysis, fired, language),
            "conduct_penal": conduct_phrases(analysis, {f["rule"] for f in penal}, language)}


def _offences(penal: list[dict], language: str) -> dict[str, str]:
    """Each provision the penal findings cite, with the offence it creates."""
    return {c["label"]: offence_name(c["label"], language) for f in penal for c in f["citations"]}


def _relations(pattern: dict, labels: dict, language: str) -> str:
    """The relations of the third parties reached (not the public), each once."""
    return join_words(list(dict.fromkeys(
        labels.get(f"relation.{t['relation']}", t["relation"])
        for t in pattern.get("third_parties") or [] if t["relation"] != "public")), language)
