"""The violations a mainland-China letter lists: each act with the law it breaks."""

from __future__ import annotations

from typing import Any

from complaint_kit.api import Analysis

from .citing import PENAL, compact_sorted
from .phrasing import join_words, third_party_text

PERSONAL_DATA_RULES = ("CN-THIRD-PARTY", "CN-DISCLOSURE", "CN-CONTACTS-DATA")


# Findings a letter states as one act, most serious first: a clerk reads one line per act, with
# every provision that act breaks, not one line per rule.
_GROUPS = (
    ("CN-IMPERSONATION", "CN-FAKE-DOCUMENT", "CN-MISLEADING"),
    ("CN-THREAT", "CN-INSULT"),
    ("CN-THIRD-PARTY", "CN-DISCLOSURE", "CN-CONTACTS-DATA"),
    ("CN-NIGHT",),
)


def _act(analysis: Analysis, rules: dict[str, dict], group: tuple[str, ...]) -> str:
    """One act of this case in a few words, from its incidents (never a rule's generic title)."""
    have = [r for r in group if r in rules]
    if not have:
        return ""
    if have[0] in ("CN-IMPERSONATION", "CN-FAKE-DOCUMENT", "CN-MISLEADING"):
        if "CN-IMPERSONATION" not in have and "CN-FAKE-DOCUMENT" not in have:
            return rules["CN-MISLEADING"]["title"]
        return _posing_act(analysis, rules, have)
    if have[0] in ("CN-THREAT", "CN-INSULT"):
        return _threat_act(analysis, have)
    if have[0] in PERSONAL_DATA_RULES:
        return _third_party_act(analysis, have)
    if have == ["CN-NIGHT"]:
        return f"在夜间（22:00至次日8:00）联系{len(analysis.pattern.night)}次"
    if have == ["CN-EXTRA-FEES"]:
        return _fees_act(analysis)
    return ""


def _posing_act(analysis: Analysis, rules: dict[str, dict], have: list[str]) -> str:
    """Posing as a state body, with a paper sent or spoken of, and the false claims made."""
    texts = " ".join(i.content or "" for i in analysis.incidents)
    who = posed_as(texts)
    paper = "传票" if "传票" in texts else "法律文书"
    false = any(i.verified_false for i in analysis.incidents)
    if "CN-FAKE-DOCUMENT" in have:
        # the paper itself sent (刑法 第二百八十条 met), or only spoken of
        sent = any("第二百八十条" in k and v for k, v in
                   (rules["CN-FAKE-DOCUMENT"].get("elements") or {}).items())
        verb = f"发送所谓{paper}" if sent else f"以所谓{paper}施压"
        act = f"冒用{who}名义{verb}" if "CN-IMPERSONATION" in have else verb
    else:
        act = f"冒用{who}名义催收"
    if "CN-MISLEADING" in have:
        act += _claimed(texts, false)
    elif false:
        act += "，所称事项经核实不实"
    return act


def posed_as(texts: str) -> str:
    """The state bodies the collectors' words name: 法院、公安机关 …"""
    bodies = [b for b, words in (("法院", ("法院",)), ("公安机关", ("公安", "警察", "派出所")),
                                  ("检察院", ("检察",))) if any(w in texts for w in words)]
    return join_words(bodies, "、") or "国家机关"


def _claimed(texts: str, false: bool) -> str:
    """The legal steps the collectors claimed (虚称 when checked and found false)."""
    claims = [w for w, words in (("已起诉", ("起诉",)), ("已立案", ("立案",)),
                                 ("将强制执行", ("强制执行",)), ("将拘留", ("拘留",)))
              if any(x in texts for x in words)]
    verb = "虚称" if false else "声称"
    return f"，{verb}{join_words(claims[:2], '、')}等" if claims else "，以虚构的后果施压"


def _threat_act(analysis: Analysis, have: list[str]) -> str:
    """What the threats threatened, and the insults' words."""
    parts = []
    if "CN-THREAT" in have:
        kinds = ["上门"] if analysis.tagged("threat_visit") else []
        said = " ".join(w for i in analysis.tagged("criminal_threat")
                        for w in analysis.words(i, "criminal_threat"))
        kinds += [w for w in ("坐牢", "拘留", "抓人") if w in said]
        parts.append(f"以{join_words(kinds, '、')}等相威胁" if kinds else "发送恐吓信息")
    if "CN-INSULT" in have:
        words = [w for w in analysis.quotable_words(analysis.incidents, "insult", "obscene")
                 if len(w) > 1][:3]
        parts.append("以" + "".join(f"“{w}”" for w in words) + "等言语辱骂本人" if words
                     else "辱骂本人")
    return "，".join(parts)


def _third_party_act(analysis: Analysis, have: list[str]) -> str:
    """Whom else the collectors pressed, whether they told them of the loan, and the
    contacts list used."""
    case = analysis.case
    labels = analysis.jurisdiction.labels
    theirs = [i for i in analysis.incidents if i.to.relation.is_third_party]
    rels = list(dict.fromkeys(labels.get(f"relation.{i.to.relation}", "") for i in theirs))
    who, n, _k = third_party_text(case, labels)
    act = "在本人电话可以正常联系的情况下，" if case.debtor_reachable else ""
    act += (f"向本人的{who}催收" if n == 1 else f"向本人的{join_words(rels, '、')}共{n}人催收") \
        if rels else "向第三人催收"
    if "CN-DISCLOSURE" in have:
        act += "并透露本人的借款信息"
    if "CN-CONTACTS-DATA" in have:
        act += "，使用了本人的通讯录信息"
    return act


def _fees_act(analysis: Analysis) -> str:
    """The fees, the new loans and the amount demanded beyond the debt."""
    debt = analysis.case.debt
    parts = []
    if analysis.tagged("collection_fee"):
        parts.append("以催收名义要求支付额外费用")
    if analysis.tagged("new_loan_pressure"):
        parts.append("要求本人另行借款还债")
    if debt and debt.demanded is not None and debt.outstanding is not None \
            and debt.demanded > debt.outstanding:
        parts.append(f"索要{_money(debt.demanded)}元，超出出借人记录的欠款金额"
                     f"{_money(debt.outstanding)}元")
    return "，".join(parts)


def platform_funder(case):
    """The named funder of a platform's loan, whose regulator the letters address."""
    lender, debt = case.lender, case.debt
    if lender is None or str(lender.type) != "online_platform" or not (debt and debt.funder):
        return None
    r = next((r for r in case.respondents if r.id == debt.funder), None)
    return r if r is not None and str(r.type) != "unknown" else None


def _card_loan(analysis: Analysis) -> bool:
    """Whether the credit-card rules can bind this loan: a bank's own lending, and a card when
    the product is named (a platform's loan funded by a bank is no card)."""
    case = analysis.case
    lender = case.lender
    if lender is None or str(lender.type) != "bank":
        return False
    product = case.debt.product if case.debt else None
    return not product or "卡" in product


def _money(x) -> str:
    return f"{x:,.2f}"


def _identity(analysis: Analysis, finding: dict) -> str:
    """The collectors who used their own phones or accounts, and which, as the case gives them."""
    people = [r for r in analysis.case.respondents if r.role == "collector"]
    for r in people:
        nums = list(dict.fromkeys([*r.phones, *(i.from_number for i in analysis.incidents
                                                 if i.respondent == r.id and i.from_number)]))
        if nums or r.accounts:
            means = "、".join([f"手机号码{n}" for n in nums] + list(r.accounts))
            return f"{r.name}使用{means}催收"
    return finding["title"]


def violations(findings, cites: dict[str, dict[str, str]], *, penal: bool = False,
               civil: bool = True, only: tuple[str, ...] = (),
               analysis: Analysis | None = None) -> dict[str, Any]:
    """The findings as a letter lists them: one line per act of this case (冒用法院名义发送所谓
    传票 …), with every provision that act breaks, the harm left to its own part; the industry
    baselines named once, after them, unless a line rests on a baseline alone."""
    rules = {f["rule"]: f for f in findings if f["rule"] != "CN-HARM"
             and (not only or f["rule"] in only)}
    scope = _lender_scope(analysis)
    items: list[dict[str, Any]] = []
    baselines: list[str] = []
    for unit in _units(rules):
        cs = [c for r in unit for c in rules[r]["citations"] if _applies(c, *scope)]
        law = _law(cs, penal, civil)
        base = _baseline(cs)
        if _listed(unit, law, base):
            items.append(_item(unit, rules, analysis, law, base))
            for b in (base.split("、") if base and law else []):
                if b not in baselines:
                    baselines.append(b)
    for i in items:
        i["base_word"] = "等行业基准" if "、" in i["base"] else "这一行业基准"
    named = " ".join(i["base"] for i in items)
    rest = [b for b in baselines if b not in named]
    return {"items": items, "baselines": "、".join(rest)}


def _baseline(cs: list[dict[str, Any]]) -> str:
    """The industry baselines (recommended standards, self-regulation) among the citations."""
    return compact_sorted([c for c in cs if c["binding"] in ("recommended standard",
                                                             "self-regulation")])


def _listed(unit: tuple[str, ...], law: str, base: str) -> bool:
    """Whether an act has a line: it breaks a law or a baseline; but the bank association's
    guideline alone, on a collector's own phone, is no rule this lender is bound by, and the
    requests already ask for the agency and its mandate."""
    return bool(law or base) and not (unit == ("CN-IDENTITY",) and not law)


def _units(rules: dict[str, dict]) -> list[tuple[str, ...]]:
    """The findings by act: those of a group together, in the groups' order, then the rest
    one by one."""
    grouped = [tuple(r for r in g if r in rules) for g in _GROUPS]
    taken = {r for g in grouped for r in g}
    return [g for g in grouped if g] + [(r,) for r in rules if r not in taken]


def _lender_scope(analysis: Analysis | None) -> tuple[bool, bool, bool]:
    """Whether the credit-card rules can bind the loan, whether it is online consumer credit,
    and whether the lender is a platform."""
    card = analysis is None or _card_loan(analysis)
    # GB/T 45251-2025 is a standard for online consumer credit, not for a bank's credit card
    product = (analysis.case.debt.product or "") if analysis and analysis.case.debt else ""
    online = "信用卡" not in product
    platform = analysis is not None and analysis.case.lender is not None \
        and str(analysis.case.lender.type) == "online_platform"
    return card, online, platform


def _applies(c: dict[str, Any], card: bool, online: bool, platform: bool) -> bool:
    """Whether a citation belongs in the letter's list: not the harm's provisions (their own
    part), not the card rules for another loan, not the online-credit standard for a card,
    and not the supervisory rules against a platform's acts (they bind a bank,
    consumer-finance or small-loan company, never a platform: its funder is addressed on its
    own)."""
    article = c.get("article") or ""
    if any(a in article for a in ("第一千一百八十三条", "第六十九条", "第四十七条")):
        return False
    if not card and "信用卡" in c["instrument"]:
        return False
    if not online and "45251" in c["instrument"]:
        return False
    return not (platform and c["binding"] == "regulator")


def _law(cs: list[dict[str, Any]], penal: bool, civil: bool) -> str:
    """The binding provisions (the penal ones if asked for, the civil unless told not), and
    the regulators' rules."""
    keep = [c for c in cs if c["binding"] == "binding" and str(c["basis"]) not in PENAL
            and (civil or c["basis"] != "civil")]
    if penal:
        keep += [c for c in cs if c["binding"] == "binding" and str(c["basis"]) in PENAL]
    return "及".join(x for x in (compact_sorted(keep), compact_sorted(
        [c for c in cs if c["binding"] == "regulator"])) if x)


def _item(unit: tuple[str, ...], rules: dict[str, dict], analysis: Analysis | None, law: str,
          base: str) -> dict[str, Any]:
    """One line of the list: the act, the findings' titles, the law, the incidents in the
    case's order, and the baseline when no law is named."""
    fs = [rules[r] for r in unit]
    text = ""
    if analysis is not None:
        text = (_identity(analysis, fs[0]) if unit == ("CN-IDENTITY",)
                else _act(analysis, rules, unit))
    titles = [f["title"] for f in fs]
    order = {i.id: n for n, i in enumerate(analysis.incidents)} if analysis else {}
    seen = list(dict.fromkeys(x for f in fs for x in (f.get("incidents") or [])))
    return {"text": text or "；".join(titles), "titles": titles, "law": law,
            "incidents": sorted(seen, key=lambda x: order.get(x, 0)),
            "base": "" if law else base, "explanations": []}
