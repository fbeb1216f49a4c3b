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
from .rules import checks
from .rules.matching import (
    ARREST,
    COURT_PAPERS,
    DEBT,
    IMPERSONATION,
    POSTER,
    has_agency,
    hours_text,
    is_bank,
    is_unlicensed,
    late,
    relation_names,
    visit,
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


# The order in which the worst contacts are chosen for quotation: threats of harm first.
WORST_ORDER = ("HK-INTIMIDATION", "HK-MISLEADING", "HK-DOXXING", "HK-PUBLIC-HUMILIATION",
               "HK-ABUSIVE", "HK-THIRD-PARTY", "HK-CONFIDENTIALITY", "HK-HOURS",
               "HK-PERSISTENT-CALLS", "HK-FALSE-IDENTITY", "HK-BANKRUPT")


def _says(language: str):
    english = language == "en"

    def say(zh: str, en: str) -> str:
        return en if english else zh
    return say


def _join(items: list[str], language: str) -> str:
    """"a, b and c" / "a、b及c"."""
    items = [x for x in items if x]
    if len(items) <= 1:
        return "".join(items)
    if language == "en":
        return ", ".join(items[:-1]) + " and " + items[-1]
    return "、".join(items[:-1]) + "及" + items[-1]


def _conduct(analysis: Analysis, fired: set[str], language: str) -> list[str]:
    """What the collectors did, one short phrase per point of conduct found, each true of this
    case: the subject of the police report and the opening of each letter."""
    say = _says(language)
    a = analysis
    out: list[str] = []
    if "HK-INTIMIDATION" in fired:
        injury, other = checks._threats(a)
        if injury:
            out.append(say("以傷害人身或損毀財產相威脅", "threatened harm to people or property"))
        if any(a.has(i, *visit(a)) for i in other):
            out.append(say("揚言上門", "threatened to come to my home"))
        if any(i not in injury and not a.has(i, *visit(a)) for i in other):
            out.append(say("以含糊的說話威嚇本人", "made veiled threats"))
    if "HK-MISLEADING" in fired:
        found = checks._misleading(a)[0]
        if any(a.has(i, *IMPERSONATION) for i in found):
            out.append(say("冒充執法或司法人員", "posed as police or court officers"))
        if any(a.has(i, *ARREST) for i in found):
            out.append(say("以拘捕或坐監相恐嚇", "threatened me with arrest or prison"))
        if any(a.has(i, *COURT_PAPERS) and i.verified_false for i in found):
            out.append(say("提及虛假的法庭文件", "referred to court papers that proved false"))
    if "HK-DOXXING" in fired:
        out.append(say("未經本人同意公開本人的個人資料", "disclosed my personal data without "
                       "my consent"))
    if "HK-PUBLIC-HUMILIATION" in fired:
        found = checks._humiliating(a)
        if any(a.has(i, *POSTER) for i in found):
            out.append(say("張貼街招公開本人欠債", "put up notices about my debt"))
        if any(not a.has(i, *POSTER) for i in found) and "HK-DOXXING" not in fired:
            out.append(say("在群組或網上公開本人欠債", "posted about my debt to a group or "
                           "online"))
    if "HK-THIRD-PARTY" in fired:
        wrong, claims, _open = checks._third_party(a)
        if wrong:
            names = relation_names(a, wrong)
            told = any(a.has(i, *DEBT) for i in wrong)
            out.append(say(f"聯絡本人的{_join(names, language)}{'追數' if told else ''}",
                           f"contacted my {_join(names, language)}"
                           f"{' about the debt' if told else ''}"))
        elif claims:
            out.append(say("揚言會聯絡本人的家人或同事", "said they would tell my family or "
                           "colleagues"))
    if "HK-CONFIDENTIALITY" in fired and "HK-THIRD-PARTY" not in fired:
        out.append(say("向他人透露本人的欠債", "told others about my debt"))
    if "HK-ABUSIVE" in fired:
        out.append(say("辱罵本人", "abused me"))
    if "HK-HOURS" in fired:
        start, end = hours_text(a.case).split("–")
        out.append(say(f"在{start}至{end}之間致電", f"called between {start} and {end}"))
    if "HK-PERSISTENT-CALLS" in fired:
        out.append(say("連番致電", "called persistently"))
    if "HK-FALSE-IDENTITY" in fired:
        out.append(say("使用假名或匿名聯絡", "used false names or contacted me anonymously"))
    if "HK-BANKRUPT" in fired:
        out.append(say("在本人被判破產後仍然追數", "kept collecting after I was adjudged "
                       "bankrupt"))
    return out


def _worst(findings: list[dict], incidents: list[dict], limit: int = 3) -> list[dict]:
    """The worst contacts to quote in a letter: only the collector's own words (verbatim), the
    threats first; at most ``limit``."""
    by_id = {i["id"]: i for i in incidents}
    rules = {f["rule"]: f for f in findings}
    chosen: list[dict] = []
    for rule in WORST_ORDER:
        finding = rules.get(rule)
        if not finding:
            continue
        # A penal finding's elements name the incidents that meet it: those first.
        met = [x for els in finding.get("elements", {}).values() for e in els
               for x in e["incidents"]]
        for x in [*met, *finding["incidents"]]:
            i = by_id.get(x)
            if i and i["verbatim"] and i.get("content") and i not in chosen:
                chosen.append(i)
                break
        if len(chosen) >= limit:
            break
    return sorted(chosen, key=lambda i: i["time"])


def _third_parties(pattern: dict, labels: dict, language: str) -> str:
    """"my parent 陳母 (once), my employer …" / "父母陳母（1次）、僱主…"."""
    say = _says(language)
    parts = []
    for t in pattern.get("third_parties") or []:
        if t["relation"] == "public":  # a group or a notice: the letters say so where it matters
            continue
        relation = labels.get(f"relation.{t['relation']}", t["relation"])
        name = t.get("name") or ""
        n = t["contacts"]
        parts.append(say(f"{relation}{name}（{n}次）",
                         f"my {relation}{' ' + name if name else ''} "
                         f"({ {1: 'once', 2: 'twice'}.get(n, f'{n} times') })"))
    return _join(parts, language)


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
    # What the PCPD's two years run from: the day I learnt of the act complained of, or, unless
    # the case says, the day of the first disclosure complained of (never earlier contacts).
    privacy_ids = {x for f in context["findings"] if f["rule"] in PRIVACY_RULES
                   for x in f["incidents"]}
    disclosures = [i for i in case.incidents if i.id in privacy_ids] or case.incidents
    first_known = _date(facts.get("first_known_on")) or (
        min(case.local_time(i).date() for i in disclosures) if disclosures else None)
    complained = _date(facts.get("complained_to_bank_date"))
    agency = next((r for r in case.respondents if r.role == "collection_agency"), None)
    fired = {f["rule"] for f in context["findings"]}
    all_findings = [{**f, "title": labels.get(f"rule.{f['rule']}", f["title"])}
                    for f in context["findings"]]
    penal = [f for f in all_findings if f.get("basis") == "criminal"
             and any(f["elements"].values())]
    conduct_rules = fired if document != "pcpd-complaint" else fired & set(PRIVACY_RULES)
    pattern = context.get("pattern") or {}
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
            "first_known_given": _date(facts.get("first_known_on")) is not None,
            "complained_to_bank": complained,
            "fdrc_from": complained + timedelta(days=60) if complained else None,
            "dca_notice": facts.get("dca_advance_notice_received"),
            "lender_kind": facts.get("lender_kind"),
            "unlicensed": is_unlicensed(case),
            "licensed_lender": facts.get("money_lender_licensed") is True,
            "conduct": _conduct(analysis, conduct_rules, language),
            "conduct_all": _conduct(analysis, fired, language),
            "worst": _worst(findings, context["incidents"]),
            "worst_all": _worst(all_findings, context["incidents"]),
            "penal": penal,
            "others": [f for f in all_findings if f not in penal],
            "third_parties": _third_parties(pattern, labels, language),
            "third_party_relations": _join(list(dict.fromkeys(
                labels.get(f"relation.{t['relation']}", t["relation"])
                for t in pattern.get("third_parties") or [] if t["relation"] != "public")),
                language),
            "agencies": [r.name for r in case.respondents if r.role == "collection_agency"],
        },
    }
