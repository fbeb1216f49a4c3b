"""The conduct and counts a mainland-China letter sums up: the 报案事由 and its pattern."""

from __future__ import annotations

from typing import Any

from complaint_kit.api import Analysis, series

from .phrasing import CHANNEL_UNIT, channel_counts, collectors, join_words, period, third_party_text
from .violations import posed_as


def bodies(analysis: Analysis) -> str:
    """The authorities the collectors' words named: 法院, 公安机关, 检察院."""
    texts = " ".join(i.content or "" for i in analysis.incidents)
    named = (("法院", ("法院",)), ("公安机关", ("公安", "警察", "派出所")), ("检察院", ("检察",)))
    return join_words([b for b, words in named if any(w in texts for w in words)], "、")


def conduct(analysis: Analysis, findings) -> list[str]:
    """This case's conduct, in a few words each, from its findings (most serious first)."""
    rules = {f["rule"]: f for f in findings}
    out = []
    if "CN-FAKE-DOCUMENT" in rules or "CN-IMPERSONATION" in rules:
        out.append(_posing_conduct(analysis, rules))
    if "CN-THREAT" in rules:
        out += _threat_conduct(analysis)
    if "CN-DISCLOSURE" in rules or "CN-THIRD-PARTY" in rules:
        out.append(_third_party_conduct(analysis, rules))
    if "CN-INSULT" in rules:
        out.append("辱骂本人")
    if "CN-NIGHT" in rules:
        out.append(f"在夜间（22:00至次日8:00）联系{len(analysis.pattern.night)}次")
    if "CN-MISLEADING" in rules and "CN-FAKE-DOCUMENT" not in rules:
        out.append("虚称已起诉、立案等后果")
    return out


def _posing_conduct(analysis: Analysis, rules: dict[str, dict]) -> str:
    """Posing as a state body, and a summons sent or spoken of."""
    who = posed_as(" ".join(i.content or "" for i in analysis.incidents))
    fake = rules.get("CN-FAKE-DOCUMENT")
    sent = bool(fake and any("第二百八十条" in k and v for k, v in
                             (fake.get("elements") or {}).items()))
    paper = "发送所谓传票" if sent else "以所谓传票施压"
    if fake and "CN-IMPERSONATION" in rules:
        return f"冒用{who}名义催收并{paper}"
    if fake:
        return paper
    return f"冒用{who}名义催收"


def _threat_conduct(analysis: Analysis) -> list[str]:
    """What the threats threatened, and threatening messages."""
    out = []
    kinds = ["上门"] if analysis.tagged("threat_visit") else []
    said = " ".join(w for i in analysis.tagged("criminal_threat")
                    for w in analysis.words(i, "criminal_threat"))
    kinds += [w for w in ("坐牢", "拘留", "抓人") if w in said]
    if kinds:
        out.append(f"以{join_words(kinds, '、')}等相威胁")
    if analysis.tagged("threat_violence") or not kinds:
        out.append("发送恐吓信息")
    return out


def _third_party_conduct(analysis: Analysis, rules: dict[str, dict]) -> str:
    """Whom else the collectors pressed, and whether they told them of the loan."""
    labels = analysis.jurisdiction.labels
    who, n, _ = third_party_text(analysis.case, labels)
    rels = list(dict.fromkeys(labels.get(f"relation.{i.to.relation}", "")
                              for i in analysis.incidents if i.to.relation.is_third_party))
    verb = "披露本人借款信息" if "CN-DISCLOSURE" in rules else "催收"
    return f"向本人{who}{verb}" if n == 1 else f"向本人{join_words(rels, '、')}共{n}人{verb}"


def summary(analysis: Analysis, findings) -> dict[str, Any]:
    case = analysis.case
    labels = analysis.jurisdiction.labels
    incidents = analysis.incidents
    if not incidents:
        return {"period": "", "counts": "", "reason": "", "third": ""}
    first, last = analysis.local_time(incidents[0]), analysis.local_time(incidents[-1])
    theirs = [i for i in incidents if i.to.relation.is_third_party]
    who, people, contacts = third_party_text(case, labels)
    counts = f"{period(first, last)}，催收方共联系{len(incidents)}次"
    counts += _whom(incidents, who, people, contacts) + _pattern_counts(analysis.pattern) + "。"
    acts = conduct(analysis, findings)
    joined = series(acts, "，并", "，")
    reason = f"{period(first, last)}，{collectors(case)}为催收欠款，{joined}。" if acts else ""
    rels = list(dict.fromkeys(labels.get(f"relation.{i.to.relation}", str(i.to.relation))
                              for i in theirs))
    return {"period": period(first, last), "counts": counts, "reason": reason,
            "third_relations": "、".join(rels),
            "third": who, "third_people": people, "third_contacts": contacts,
            "acts": acts}


def _whom(incidents, who: str, people: int, contacts: int) -> str:
    """The contacts with me, by channel, and with others (``who``, how many people, how many
    contacts)."""
    mine = [i for i in incidents if not i.to.relation.is_third_party]
    if len(mine) == len(incidents):
        return f"，包括{channel_counts(incidents)}"
    text = ""
    kinds = {str(i.channel) for i in mine}
    if len(kinds) == 1 and not any(i.answered is False for i in mine):
        noun = CHANNEL_UNIT.get(kinds.pop(), ("其他方式", "次"))[0]
        text += f"，其中直接联系本人{len(mine)}次（{'均为' if len(mine) > 1 else ''}{noun}）"
    elif mine:
        text += f"，其中直接联系本人{len(mine)}次，包括{channel_counts(mine)}"
    text += f"；联系本人的{who}{contacts}次" if people == 1 else \
        f"；联系本人的{who}共{people}人{contacts}次"
    return text


def _pattern_counts(pat) -> str:
    """The night contacts, the busiest day, and how many numbers or accounts were used."""
    text = ""
    if pat.night:
        text += f"；{len(pat.night)}次发生在夜间22:00至次日8:00"
    if pat.max_per_day > 1 and len(pat.days) > 1:
        text += f"；单日最多{pat.max_per_day}次"
    if len(pat.numbers) > 1:
        text += f"；先后使用{len(pat.numbers)}个号码或账号"
    return text
