"""The worst messages a mainland-China letter quotes, one of each kind, most severe first."""

from __future__ import annotations

from typing import Any

from complaint_kit.api import Analysis

from .phrasing import CHANNEL_UNIT, FAMILY, moment

# The worst messages first: what a clerk acts on. (tag, weight)
_SEVERITY = (
    ("threat_violence", 100), ("fake_summons", 90), ("document_sent", 85), ("impersonation", 80),
    ("threat_visit", 70), ("criminal_threat", 60), ("disclosure", 50),
    ("third_party_contact", 40), ("insult", 30),
)


def worst(analysis: Analysis, limit: int = 3) -> list[dict[str, Any]]:
    """The two or three worst messages whose text is the collector's own, in time order: the
    most serious first, one kind of conduct each, and one sent to a third party when any was."""
    scored = []
    seen = set()
    for i in analysis.incidents:
        score = _severity(analysis, i)
        if score is None or i.content.strip() in seen:
            continue
        seen.add(i.content.strip())
        scored.append((score, i))
    ranked = [i for _s, i in sorted(scored, key=lambda p: (-p[0], p[1].time))]
    chosen = _one_of_each_kind(analysis, ranked, limit)
    return [_quoted_message(analysis, i) for i in sorted(chosen, key=lambda x: x.time)]


def _severity(analysis: Analysis, i) -> int | None:
    """How bad a verbatim message is; None for one not worth quoting (no text of the
    collector's own, nothing serious and not to a third party)."""
    if not (i.content and i.verbatim):
        return None
    tags = analysis.tags(i)
    score = max((w for t, w in _SEVERITY if t in tags), default=0)
    if score == 0 and not i.to.relation.is_third_party:
        return None
    score += 15 if i.verified_false else 0
    score += 40 if "visit_imminent" in tags else 10 if "document_sent" in tags else 0
    if str(i.to.relation) in FAMILY:
        score += 5
    return score


def _one_of_each_kind(analysis: Analysis, ranked: list, limit: int) -> list:
    """Up to ``limit`` of the ranked messages: the worst to a third party first, then one of
    each kind of conduct (any kind again when there are no more than ``limit``)."""
    chosen: list = []
    third = [i for i in ranked if i.to.relation.is_third_party]
    if third:
        chosen.append(third[0])
    kinds: set = set()
    for i in ranked:
        if len(chosen) >= limit:
            break
        if i in chosen:
            continue
        kind = max(((w, t) for t, w in _SEVERITY if t in analysis.tags(i)), default=(0, ""))[1]
        if kind in kinds and len(ranked) > limit:
            continue
        kinds.add(kind)
        chosen.append(i)
    return chosen


def _quoted_message(analysis: Analysis, i) -> dict[str, Any]:
    """A message as the letters quote it: when, from which number, to whom, by what means."""
    labels = analysis.jurisdiction.labels
    noun = CHANNEL_UNIT.get(str(i.channel), ("消息", "条"))[0]
    verb = {"call": "在电话中说", "visit": "上门时说"}.get(str(i.channel), f"发来{noun}")
    who = ""
    if i.to.relation.is_third_party:
        rel = labels.get(f"relation.{i.to.relation}", str(i.to.relation))
        who = f"向本人的{rel}{i.to.name or ''}"
        verb = {"call": "在电话中说", "visit": "上门时说"}.get(str(i.channel), f"发送{noun}")
    return {"id": i.id, "when": moment(analysis.local_time(i)), "from": i.from_number or "",
            "to": who, "verb": verb, "text": i.content.strip(),
            "verified_false": i.verified_false}
