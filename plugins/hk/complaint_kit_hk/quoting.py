"""Which contacts a Hong Kong document quotes, worst first, and how it names those contacted."""

from __future__ import annotations

from .phrases import join_words, say_in

# The order in which the worst contacts are chosen for quotation: threats of harm first.
WORST_ORDER = ("HK-INTIMIDATION", "HK-MISLEADING", "HK-DOXXING", "HK-PUBLIC-HUMILIATION",
               "HK-ABUSIVE", "HK-THIRD-PARTY", "HK-CONFIDENTIALITY", "HK-HOURS",
               "HK-PERSISTENT-CALLS", "HK-FALSE-IDENTITY", "HK-BANKRUPT")


def worst_contacts(findings: list[dict], incidents: list[dict], limit: int = 3) -> list[dict]:
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


def relation_before_name(labels: dict, relation: str, name: str | None) -> str:
    """The relation as it stands before a name: one person ("家人（父母）陳母")."""
    plain = labels.get(f"relation.{relation}", relation)
    return labels.get(f"relation_named.{relation}", plain) if name else plain


def other_false_claims(penal: list[dict], incidents: list[dict], quoted: list[dict]) -> list[dict]:
    """The false claims of arrest, prison or court papers (HK-MISLEADING) that no element of
    s. 20(b) names and the report does not quote (a forged summons sent by letter): the police
    report sets them out with the facts, so that every such claim is before the police. A veiled
    threat the s. 24 elements leave out stays out: it is not put forward as an offence."""
    penal = [f for f in penal if f["rule"] == "HK-MISLEADING"]
    met = {x for f in penal for els in f["elements"].values() for e in els
           for x in e["incidents"]}
    shown = {i["id"] for i in quoted}
    ids = {x for f in penal for x in f["incidents"]} - met - shown
    return [i for i in incidents if i["id"] in ids and i.get("content")]


def third_parties_text(pattern: dict, labels: dict, language: str) -> str:
    """"my parent 陳母 (once), my employer …" / "父母陳母（1次）、僱主…"."""
    say = say_in(language)
    parts = []
    for t in pattern.get("third_parties") or []:
        if t["relation"] == "public":  # a group or a notice: the letters say so where it matters
            continue
        name = t.get("name") or ""
        relation = relation_before_name(labels, t["relation"], name)
        n = t["contacts"]
        parts.append(say(f"{relation}{name}（{n}次）",
                         f"my {relation}{' ' + name if name else ''} "
                         f"({ {1: 'once', 2: 'twice'}.get(n, f'{n} times') })"))
    return join_words(parts, language)
