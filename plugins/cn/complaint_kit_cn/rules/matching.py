"""What the mainland-China rules share: keyword lists, thresholds and helpers.

Every rule matches on ``incident.tags`` first, then on keywords in the verbatim content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal

from complaint_kit.case import Case, Channel, Incident, InstitutionType, Relation
from complaint_kit.rules import Citation, Hit

from ..lexicon import (
    AUTHORITY_WORDS,  # noqa: F401  (the rules import it from here)
    CRIMINAL_CLAIMS,
    CURSES,
    FAMILY_THREATS,
    IMPERSONATION,
    INSULT_WORDS,  # noqa: F401  (the rules import it from here)
    PRISON_THREATS,
    SHAMING_THREATS,
    VIOLENCE_THREATS,
    VISIT_THREATS,
)

# The 2025 治安管理处罚法 applies to conduct from this day (行政处罚法 第37条).
PSAPL_2025_FROM = date(2026, 1, 1)

# --- Keyword lists (matched on verbatim content after the tags) ---------------------------------
# The words that message tagging also uses live in ``..lexicon`` and are imported from there, so
# that the rules and the tags read the same lists.

# Threats to person, family or property, and threats of a visit.
THREAT_WORDS = (*VISIT_THREATS, *PRISON_THREATS, *VIOLENCE_THREATS, *FAMILY_THREATS,
                *SHAMING_THREATS, *CURSES)
THREAT_TAGS = ("threat", "threat_violence", "threat_visit", "criminal_threat", "threat_family")
# Insults and abuse (INSULT_WORDS, from the lexicon).
INSULT_TAGS = ("insult", "obscene", "death_image")
# Words that disclose a debt when sent to a third party or posted in public.
DISCLOSURE_WORDS = ("欠款", "欠钱", "欠债", "逾期", "老赖", "还款", "还钱", "借款", "拖欠", "催收",
                    "网贷", "贷款", "失信", "欠了")
DISCLOSURE_TAGS = ("disclosure", "debt_disclosure", "public_notice")
# A sender claiming to be (or to speak for) police, a court, a procuratorate or a court's
# "法务部/调解中心" (AUTHORITY_WORDS, from the lexicon). Mere mentions ("已移交公安") are
# CN-MISLEADING, not impersonation.
IMPERSONATION_RE = re.compile(IMPERSONATION)
IMPERSONATION_TAGS = ("impersonation", "impersonate_police", "impersonate_court")
# Legal documents a collector has no business sending: a genuine court notice comes from the court.
FAKE_DOCUMENT_WORDS = ("传票", "立案通知", "逮捕令", "拘留证", "拘捕令", "通缉令", "律师函",
                       "起诉书", "判决书", "执行通知书", "协查函")
FAKE_DOCUMENT_TAGS = ("fake_document", "fake_summons", "fake_lawyer_letter")
# Misleading claims about consequences. Plain factual notes ("逾期将依法报送征信", "将依法起诉")
# are lawful and must not match: only invented blacklists and claimed police or court steps do.
# CRIMINAL_CLAIMS (已报案, 已立案, 通缉, 逮捕 ...) come from the lexicon.
MISLEADING_WORDS = ("黑名单", *CRIMINAL_CLAIMS, "已经移交", "已起诉", "已经起诉", "已被起诉",
                    "已上征信", "征信已经花", "终身不能", "全国联网", "失信被执行人名单",
                    "限制高消费", "冻结你", "冻结全部")
MISLEADING_TAGS = ("misleading", "false_claim", "fake_credit_record")
# Places that mark a visit as at the workplace rather than the home.
WORKPLACE_WORDS = ("单位", "公司", "办公", "工厂", "厂里", "学校", "店里", "工作")
WORKPLACE_TAGS = ("workplace", "workplace_visit", "report_to_employer")
HOME_TAGS = ("home_visit",)
IDENTITY_TAGS = ("refused_identity", "no_identity", "private_number")

# Bombing: the law says "多次" and gives no number. These thresholds are the kit's own screening
# choice (a day's or a week's volume no debtor could reasonably be expected to bear), not law.
BOMBING_PER_DAY = 10
BOMBING_PER_WEEK = 20
# GB/T 45251-2025: more than 3 active answered calls a day to one debtor.
MAX_ANSWERED_CALLS = 3
# 中银协 2026: more than 6 attempts a day to the same unanswered number.
MAX_REDIALS = 6
# 非法放贷意见 第二条: actual annual rate above 36%. The 4×LPR test of 民间借贷规定 第25条 needs
# the one-year LPR at the contract date, which the case does not record.
ILLEGAL_RATE = Decimal(36)

_BOMBING_CHANNELS = (Channel.sms, Channel.call, Channel.im)
_WORKPLACE_RELATIONS = (Relation.employer, Relation.colleague)
_CONTACT_RELATIONS = (Relation.contact, Relation.emergency_contact)
_MOBILE = re.compile(r"^(\+?86)?1[3-9]\d{9}$")


# --- Helpers ------------------------------------------------------------------------------------

def tagged(incident: Incident, tags: Iterable[str]) -> bool:
    wanted = set(tags)
    return any(t.strip().lower() in wanted for t in incident.tags)


def found_words(incident: Incident, words: Iterable[str]) -> list[str]:
    return [w for w in words if w in incident.content]


def quoted_words(incidents: Iterable[Incident], words: Iterable[str]) -> str:
    """Up to five of the words found, quoted for an explanation: （如“上门”“坐牢”）."""
    found = sorted({w for i in incidents for w in found_words(i, words)})
    return f"（如“{'”“'.join(found[:5])}”）" if found else ""


def matches(incident: Incident, tags: Iterable[str], words: Iterable[str]) -> bool:
    return tagged(incident, tags) or bool(found_words(incident, words))


def incident_ids(incidents: Iterable[Incident]) -> list[str]:
    return [i.id or "" for i in incidents]


def local_day(case: Case, incident: Incident) -> date:
    return case.local_time(incident).date()


def lender_type(case: Case) -> InstitutionType:
    lender = case.lender
    return lender.type if lender else InstitutionType.unknown


def institutional(case: Case, *, card: Sequence[Citation] = (), small: Sequence[Citation] = (),
                   cf: Sequence[Citation] = (), cpm: Sequence[Citation] = (),
                   gbt: Sequence[Citation] = (), cba: Sequence[Citation] = ()) -> list[Citation]:
    """The institutional rules and baselines that bind this kind of lender."""
    kind = lender_type(case)
    out: list[Citation] = []
    if kind == InstitutionType.bank:
        out += [*card, *cpm]
    if kind == InstitutionType.small_loan:
        out += small
    if kind == InstitutionType.consumer_finance:
        out += cf
    if kind in (InstitutionType.online_platform, InstitutionType.small_loan,
                InstitutionType.consumer_finance, InstitutionType.bank):
        out += gbt  # online consumer credit (GB/T 45251-2025, recommended)
    if kind in (InstitutionType.bank, InstitutionType.consumer_finance):
        out += cba  # 中银协 members: banks and consumer-finance companies
    return out


def is_illegal_debt(case: Case) -> bool:
    rate = case.debt.annual_rate_percent if case.debt else None
    return bool(case.facts.get("illegal_debt")) or (rate is not None and rate > ILLEGAL_RATE)


def by_period(case: Case, incidents: Sequence[Incident], explain: Callable[[int], str],
               before: Sequence[Citation], after: Sequence[Citation],
               common: Sequence[Citation] = (), tail: Sequence[Citation] = ()) -> list[Hit]:
    """One hit per 治安管理处罚法 text in force: 2012 before 2026-01-01, 2025 from then on.

    ``common`` (binding law) comes before the 治安 article, ``tail`` (institutional rules and
    baselines) after it.
    """
    old = [i for i in incidents if local_day(case, i) < PSAPL_2025_FROM]
    new = [i for i in incidents if local_day(case, i) >= PSAPL_2025_FROM]
    hits = []
    if old:
        text = explain(len(old))
        if new:
            text = f"2026年1月1日前：{text}"
        hits.append(Hit(incident_ids(old), text, [*common, *before, *tail]))
    if new:
        text = explain(len(new))
        if old:
            text = f"2026年1月1日起：{text}"
        hits.append(Hit(incident_ids(new), text, [*common, *after, *tail]))
    return hits

