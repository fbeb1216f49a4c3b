"""The pattern of contacts in counts, and the worst messages a Taiwan letter quotes."""

from __future__ import annotations

from .wording import day, short, when

# The order in which messages are worth quoting: threats first, then deemed-false statements,
# pressure through others and public disclosure.
SEVERE = ("TW-THREAT-CRIMINAL", "TW-FALSE-COURT", "TW-FALSE-ARREST", "TW-EXEMPT-PROPERTY",
          "TW-THIRD-PARTY", "TW-PUBLIC-NOTICE", "TW-PAYMENT-TO-AGENCY", "TW-EXCESS-AMOUNT",
          "TW-ABUSE", "TW-INSULT-CRIMINAL")


def overview(pattern: dict, labels: dict, incidents: list[dict] | None = None) -> str:
    """The pattern in counts: period, total by channel, night contacts, the busiest day,
    unanswered calls, third parties reached."""
    if not pattern.get("total"):
        return ""
    parts = _span(pattern, labels)
    public_ids = {i["id"] for i in incidents or [] if i["to"]["relation"] == "public"}
    night = [i for i in pattern.get("night") or [] if i not in public_ids]
    if night:
        parts.append(f"其中{len(night)}次在晚上十時至翌日上午七時之間")
    if pattern.get("unanswered_calls"):
        parts.append(_unanswered(pattern))
    people = [t for t in pattern.get("third_parties", []) if t["relation"] != "public"]
    public = [t for t in pattern.get("third_parties", []) if t["relation"] == "public"]
    if people:
        parts.append(f"並聯絡本人之{_people(people, labels)}")
    if public:
        parts.append(_in_public(public[0]["contacts"], incidents or []))
    return "；".join(parts) + "。"


def _span(pattern: dict, labels: dict) -> list[str]:
    """The period, the contacts in it by channel, the days they fell on, and the busiest
    day."""
    by = "、".join(f"{labels.get('channel.' + ch, ch)}{n}次"
                   for ch, n in pattern["by_channel"].items())
    busiest = [d for d in pattern["days"] if d["total"] == pattern["max_per_day"]]
    parts = [f"自{day(pattern['first'])}至{day(pattern['last'])}，催收方共聯絡{pattern['total']}次"
             + (f"（{by}）" if len(pattern["by_channel"]) > 1 else "")
             + f"，分布於{len(pattern['days'])}日"]
    if busiest and pattern["max_per_day"] > 1:
        parts.append(f"{day(busiest[0]['day'])}單日即達{pattern['max_per_day']}次")
    return parts


def _unanswered(pattern: dict) -> str:
    """The unanswered calls, and the longest run of redialling."""
    text = f"{pattern['unanswered_calls']}通來電未接通"
    runs = pattern.get("redial_runs") or []
    if runs:
        run = max(runs, key=lambda r: r["calls"])
        text += (f"，{run['start'].month}月{run['start'].day}日"
                 f"{run['start']:%H:%M}至{run['end']:%H:%M}間即連撥{run['calls']}通")
    return text


def _people(people: list[dict], labels: dict) -> str:
    """Named by relation, each relation once: 父母陳測父、兄弟姊妹甲、乙; many as a count."""
    by_rel: dict[str, list[str]] = {}
    for t in people:
        by_rel.setdefault(labels.get(f"relation.{t['relation']}", t["relation"]),
                          []).append(t["name"] or "")
    return "、".join(rel + (f"{len(ns)}人" if len(ns) > 3 else "、".join(n for n in ns if n))
                    for rel, ns in by_rel.items())


def _in_public(contacts: int, incidents: list[dict]) -> str:
    """How many contacts were made in public, and by what channels."""
    ways = list(dict.fromkeys(i["channel_label"] for i in incidents
                              if i["to"]["relation"] == "public"))
    return (f"另{contacts}次以{'、'.join(ways)}公開為之" if ways
            else f"另{contacts}次公開為之")


def quotes(findings: list[dict], incidents: list[dict], limit: int = 3) -> list[dict]:
    """The worst verbatim messages: those of the most serious findings first."""
    rank: dict[str, int] = {}
    for f in findings:
        score = 0 if f.get("urgent") else (
            SEVERE.index(f["rule"]) + 1 if f["rule"] in SEVERE else len(SEVERE) + 1)
        for i in f["incidents"]:
            rank[i] = min(rank.get(i, 99), score)
    chosen = [i for i in incidents if i["verbatim"] and i.get("content") and i["id"] in rank]
    chosen.sort(key=lambda i: (rank[i["id"]], i["time"]))
    return sorted(chosen[:limit], key=lambda i: i["time"])


def people_contacted_at_night(pattern: dict, incidents: dict[str, dict]) -> list[str]:
    """Night contacts with people, as the letters count them (a public post is not one)."""
    return [i for i in pattern.get("night") or []
            if i in incidents and incidents[i]["to"]["relation"] != "public"]


def worst_quotes(findings: list[dict], incidents: list[dict], labels: dict) -> list[dict]:
    """The worst verbatim messages, as the letters quote them."""
    return [{"when": when(i["time"]), "channel": i["channel_label"],
             "to": (None if not i["third_party"] else short(i, labels)),
             "content": i["content"], "id": i["id"]}
            for i in quotes(findings, incidents)]
