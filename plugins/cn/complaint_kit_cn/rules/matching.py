"""What the mainland-China rules share: tags, thresholds, elements and helpers.

The rules read an ``Analysis`` (``complaint_kit.api.Analysis``): every incident is tagged by the cn
Lexicon (``..lexicon``) before they run, so the words a rule relies on are the tags' reasons.
Only the words of verbatim incidents are ever put in quotation marks (``quoted``); a victim's
account of a call is a fact, not the collector's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal

from complaint_kit.api import (
    Analysis,
    Audience,
    Citation,
    Element,
    Hit,
    Incident,
    InstitutionType,
    LoanPurpose,
    Medium,
    PriorAction,
    Relation,
    ids,
)

from ..lexicon import PLACES
from ..words import (
    AUTHORITY_WORDS,  # noqa: F401  (tests compare the rules' words with the lexicon's)
    CRIMINAL_CLAIMS,
    IMPERSONATION,
    INSULT_WORDS,  # noqa: F401
    PRISON_THREATS,
    VISIT_THREATS,
)

# The 2025 治安管理处罚法 applies to conduct from this day (行政处罚法 第37条).
PSAPL_2025_FROM = date(2026, 1, 1)

# --- Tags (the cn Lexicon's, plus tags a user or an import may give) ---------------------------

# Threats of any kind: the standard tags, and given ones.
THREAT_TAGS = ("threat", "threat_violence", "threat_visit", "criminal_threat", "threat_family")
# A threat to personal safety (治安 2012 第42条(一)): explicit violence, given or tagged.
SAFETY_TAGS = ("threat_explicit", "violence")
INSULT_TAGS = ("insult", "obscene", "death_image")
DISCLOSURE_TAGS = ("disclosure", "debt_disclosure", "public_notice")
DEBT_TAGS = ("debt_mention", *DISCLOSURE_TAGS, "demand_third_party")
IMPERSONATION_TAGS = ("impersonation", "impersonate_police", "impersonate_court")
FAKE_DOCUMENT_TAGS = ("fake_document", "fake_summons", "fake_lawyer_letter", "legal_document")
# A forged document actually sent (an image, an attachment, a letter), not a mention of one.
SENT_DOCUMENT_TAGS = ("document_sent", "forged_document")
MISLEADING_TAGS = ("misleading", "false_claim", "fake_credit_record", "lawsuit_claim",
                   "criminal_claim", "credit_claim")
CREDIT_TAGS = ("credit_claim", "fake_credit_record")
WORKPLACE_TAGS = ("workplace_visit", "report_to_employer")
HOME_TAGS = ("home_visit",)
ENTRY_TAGS = ("entered_home",)
IDENTITY_TAGS = ("refused_identity", "no_identity", "private_number")
# Words kept for the tagging tests, which check that the rules and the lexicon share them.
THREAT_WORDS = (*VISIT_THREATS, *PRISON_THREATS)
MISLEADING_WORDS = CRIMINAL_CLAIMS
IMPERSONATION_RE = re.compile(IMPERSONATION)

# --- Thresholds ---------------------------------------------------------------------------------

# Bombing: the law says "多次" and gives no number. These are the kit's own screening figures
# (a day's or a week's volume no debtor could reasonably be expected to bear), not law.
BOMBING_PER_DAY = 10
BOMBING_PER_WEEK = 20
# "多次" of 治安 2012 第42条(五) / 2025 第50条(五): the kit counts three or more abusive messages
# before it names the provision (its own conservative reading; the statute gives no number).
REPEATED = 3
# GB/T 45251-2025: more than 3 active answered calls a day to one debtor.
MAX_ANSWERED_CALLS = 3
# 中银协 2026: more than 6 attempts a day to the same number after it went unanswered.
MAX_REDIALS = 6
# 侵犯个人信息解释 第五条: the lowest 情节严重 count, 50 items of 征信/财产 information (a debt).
PII_SERIOUS_ITEMS = 50
# 非法放贷意见 第二条: actual annual rate above 36%.
ILLEGAL_RATE = Decimal(36)

BOMBING_CHANNELS = (Medium.sms, Medium.call, Medium.im)
NETWORK_CHANNELS = (Medium.sms, Medium.im, Medium.email, Medium.social_post)
WORKPLACE_RELATIONS = (Relation.employer,)
CONTACT_RELATIONS = (Relation.contact, Relation.emergency_contact)
MOBILE = re.compile(r"^(\+?86)?1[3-9]\d{9}$")


# --- Helpers ------------------------------------------------------------------------------------

def quoted(a: Analysis, incidents: Iterable[Incident], *tags: str) -> str:
    """Up to five words from verbatim incidents, quoted: （如“上门”“坐牢”）; else nothing."""
    words = [w.strip("【[") for w in a.quotable_words(incidents, *tags)][:5]
    return f"（如“{'”“'.join(words)}”）" if words else ""


def refs(incidents: Sequence[Incident]) -> str:
    """The incidents' ids, for an element's fact: （I3、I7）."""
    return f"（{'、'.join(ids(incidents))}）" if incidents else ""


def when(a: Analysis, incident: Incident) -> str:
    t = a.local_time(incident)
    return f"{t.year}年{t.month}月{t.day}日{t.hour:02d}:{t.minute:02d}"


def described(incidents: Sequence[Incident]) -> str:
    """A note when some of the incidents are the complainant's account, not the words."""
    if any(not i.verbatim for i in incidents):
        return "（部分内容为本人对通话或上门经过的陈述，并非对方原话）"
    return ""


def consumer_baselines(a: Analysis) -> bool:
    """GB/T 45251-2025 and the 中银协 guideline cover consumer credit only."""
    return a.case.debt is None or a.case.debt.purpose != LoanPurpose.business


def institutional(a: Analysis, *, card: Sequence[Citation] = (), small: Sequence[Citation] = (),
                  cf: Sequence[Citation] = (), cpm: Sequence[Citation] = (),
                  gbt: Sequence[Citation] = (), cba: Sequence[Citation] = ()) -> list[Citation]:
    """The institutional rules and baselines that bind this kind of lender.

    A platform is bound through its funder's type when the case names the funder. A business
    loan is outside GB/T 45251-2025 and the 中银协 guideline (consumer credit), and the 消保办法
    protects consumers.
    """
    kind = regulated_type(a)
    consumer = consumer_baselines(a)
    out: list[Citation] = []
    if kind == InstitutionType.bank:
        out += card
        if consumer:
            out += cpm
    if kind == InstitutionType.small_loan:
        out += small
    if kind == InstitutionType.consumer_finance:
        out += cf
        if consumer:
            out += cpm
    if consumer and (a.lender_type in (InstitutionType.online_platform, InstitutionType.small_loan,
                                       InstitutionType.consumer_finance, InstitutionType.bank)):
        out += gbt  # online consumer credit (GB/T 45251-2025, recommended)
    if consumer and kind in (InstitutionType.bank, InstitutionType.consumer_finance):
        out += cba  # 中银协 members: banks and consumer-finance companies
    return list(dict.fromkeys(out))


def funder_type(a: Analysis) -> InstitutionType | None:
    """The type of the funder behind a platform, when the case names it."""
    debt = a.case.debt
    if debt is None or not debt.funder:
        return None
    funder = next((r for r in a.case.respondents if r.id == debt.funder), None)
    if funder is None or funder.type == InstitutionType.unknown:
        return None
    return funder.type


def regulated_type(a: Analysis) -> InstitutionType:
    """The institution whose supervisor acts: the lender, or for a platform its funder."""
    if a.lender_type == InstitutionType.online_platform:
        return funder_type(a) or InstitutionType.online_platform
    return a.lender_type


def illegal_debt(a: Analysis) -> bool:
    """Only the user's answer makes a debt 非法债务 (刑法 第293条之一); a rate alone does not."""
    return a.fact("illegal_debt") is True


def is_public(incident: Incident) -> bool:
    return (incident.audience in (Audience.group, Audience.public)
            or incident.to.relation == Relation.public)


def at_workplace(a: Analysis, incident: Incident) -> bool:
    if incident.to.relation in WORKPLACE_RELATIONS or a.has(incident, *WORKPLACE_TAGS):
        return True
    if incident.channel == Medium.visit:
        return bool(PLACES.classify(incident.location or "")) or a.has(incident, "workplace")
    return False


def warning_date(a: Analysis) -> date | None:
    """The first police warning or penalty (批评制止 / 处理处罚), if any."""
    dates = [p.date for p in a.case.prior_complaints
             if p.kind in (PriorAction.police_warning, PriorAction.police_penalty)]
    return min(dates) if dates else None


def after_warning(a: Analysis, incidents: Iterable[Incident]) -> list[Incident]:
    first = warning_date(a)
    return [] if first is None else [i for i in incidents if a.local_day(i) > first]


def grave_harm(a: Analysis) -> str:
    """Harm that the criminal provisions name as 情节严重/恶劣 (寻衅滋事解释 第三条(四)(五):
    精神失常、自杀; 严重影响工作): self-harm or a lost job, not distress alone."""
    h = a.case.harm
    parts = (["出现自伤、自杀等严重后果"] if h.self_harm else []) + (
        ["失去工作"] if h.job_loss else [])
    return "、".join(parts)


def harm_fact(a: Analysis) -> str:
    h = a.case.harm
    parts = []
    if h.self_harm:
        parts.append("出现自伤、自杀等严重后果")
    elif h.mental_health:
        parts.append("精神健康受损")
    if h.job_loss:
        parts.append("失去工作")
    return "、".join(parts)


def by_period(a: Analysis, incidents: Sequence[Incident],
              explain: Callable[[list[Incident]], str],
              before: Sequence[Citation], after: Sequence[Citation],
              common: Sequence[Citation] = (), tail: Sequence[Citation] = (),
              elements: Callable[[Citation, list[Incident]], list[Element]] | None = None,
              urgent: Callable[[list[Incident]], str] | None = None) -> list[Hit]:
    """One hit per 治安管理处罚法 text in force: 2012 before 2026-01-01, 2025 from then on.

    ``before``/``after`` are the penal citations (治安, 刑法) for each period; each is cited only
    where ``elements(citation, incidents)`` names the facts that meet it (the unverified 2025
    numbers too: no penalty is pointed at without its conduct). ``common`` (binding law) comes
    before the penal articles, ``tail`` (institutional rules and baselines) after them.
    """
    old = [i for i in incidents if a.local_day(i) < PSAPL_2025_FROM]
    new = [i for i in incidents if a.local_day(i) >= PSAPL_2025_FROM]
    hits = []
    for part, penal, label, other in ((old, before, "2026年1月1日前", new),
                                       (new, after, "2026年1月1日起", old)):
        if not part:
            continue
        text = explain(part)
        if other:
            text = f"{label}：{text}"
        cited = [*common, *penal, *tail]
        found = {c: elements(c, part) for c in penal} if elements else {}
        cited = [c for c in cited if c not in penal or found.get(c)]
        hits.append(Hit(ids(part), text, cited, {c: e for c, e in found.items() if e},
                        urgent(part) if urgent else ""))
    return hits
