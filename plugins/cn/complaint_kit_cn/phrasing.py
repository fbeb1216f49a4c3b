"""Dates, collectors, third parties and counts as the mainland-China letters print them."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from complaint_kit.api import formats, series

FAMILY = {"parent", "spouse", "child", "sibling", "relative", "employer"}


CHANNEL_UNIT = {
    "call": ("电话", "次"), "sms": ("短信", "条"), "im": ("即时通讯消息", "条"),
    "visit": ("上门", "次"), "letter": ("信函", "封"), "email": ("电子邮件", "封"),
    "social_post": ("网络发布", "次"), "other": ("其他方式", "次"),
}


_FORMATS = formats("zh_Hans_CN")


def day(d: date | datetime) -> str:
    return _FORMATS.date(d, "y年M月d日")


def moment(t: datetime) -> str:
    return _FORMATS.date(t, "y年M月d日HH:mm")


def period(first: datetime, last: datetime) -> str:
    if first.date() == last.date():
        return day(first)
    if first.year == last.year:
        return f"{day(first)}至{_FORMATS.date(last, 'M月d日')}"
    return f"{day(first)}至{day(last)}"


def join_words(items: list[str], last: str = "和") -> str:
    return series([x for x in items if x], last, "、")


def _name(case, rid: str | None) -> str | None:
    r = case.respondent(rid) if rid else None
    return r.name if r else None


def collectors(case) -> str:
    """Who did it, and for whom: 受某公司委托的某催收公司及其催收人员."""
    lender = case.lender
    agencies = [r for r in case.respondents if r.role == "collection_agency"]
    people = [r for r in case.respondents if r.role == "collector"]
    used = {i.respondent for i in case.incidents}
    if agencies:
        names = join_words([a.name for a in agencies])
        whom = _name(case, agencies[0].acting_for) or (lender.name if lender else None)
        staff = ""
        if whom and lender and lender.id in used:
            return f"{whom}及其委托的{names}{staff}"
        return f"{whom}委托的{names}{staff}" if whom else f"{names}{staff}"
    if lender:
        return f"{lender.name}及其催收人员" if people else lender.name
    return join_words([r.name for r in case.respondents]) or "催收人员"


def third_party_text(case, labels) -> tuple[str, int, int]:
    """本人父母张测父、张测母，同事孙同事 …; the number of people; the number of contacts."""
    groups: dict[str, list[str]] = {}
    people: dict[tuple, int] = Counter()
    for i in sorted(case.incidents, key=lambda x: x.time):
        if not i.to.relation.is_third_party:
            continue
        label = labels.get(f"relation.{i.to.relation}", str(i.to.relation))
        key = (label, i.to.name or i.to.number or "")
        if key not in people:
            groups.setdefault(label, []).append(i.to.name or "")
        people[key] += 1
    parts = []
    for label, names in groups.items():
        named = [n for n in names if n]
        if label == "公开场合":
            parts.append("在公开场合")
            continue
        parts.append(f"{label}{'、'.join(named)}" if named else label)
    return "，".join(parts), len(people), sum(people.values())


def channel_counts(incidents) -> str:
    calls = [i for i in incidents if str(i.channel) == "call"]
    counts = Counter(str(i.channel) for i in incidents)
    parts = []
    for ch, n in counts.items():
        noun, unit = CHANNEL_UNIT.get(ch, ("其他方式", "次"))
        text = f"{noun}{n}{unit}" if ch != "visit" else f"上门{n}次"
        if ch == "call":
            missed = sum(1 for c in calls if c.answered is False)
            if missed:
                text += f"（未接通{missed}次）"
        parts.append(text)
    return "、".join(parts)
