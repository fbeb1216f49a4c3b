"""The points of a Taiwan letter, one per finding, grouped by law; the penal ones apart."""

from __future__ import annotations

import re
from typing import Any

from complaint_kit.api import series

from .citing import NON_LAW, Citer
from .sentences import DEEMED, EXAMPLES_IN_BRACKETS, KIT_NOTE, abuse_kinds, elements, sentence
from .wording import short

# Findings whose conduct is for the police (刑法, 社會秩序維護法), by their basis.
PENAL = ("criminal", "administrative")


# The finder's own screening notes are for the user (check), not for the recipient.
# The conduct of each finding in a few words, for a subject line (主旨, 報案事由).
CONDUCT = {
    "TW-THREAT-CRIMINAL": "恐嚇危害安全", "TW-HOURS": "於晚上十時至翌日上午七時催收",
    "TW-PERSISTENT": "持續催收", "TW-THIRD-PARTY": "向本人親友及同事催討",
    "TW-PUBLIC-NOTICE": "公開揭露本人債務", "TW-POSTCARD-ENVELOPE": "以明信片揭露債務",
    "TW-FALSE-COURT": "虛稱法院將查封", "TW-FALSE-ARREST": "虛稱將遭逮捕",
    "TW-EXEMPT-PROPERTY": "揚言扣押不得扣押之財產", "TW-EXCESS-AMOUNT": "要求超額款項",
    "TW-PAYMENT-TO-AGENCY": "要求將款項匯入催收人員帳戶", "TW-ABUSE": "恐嚇、辱罵",
    "TW-VISIT": "違規登門", "TW-DISRUPTION": "登門滋擾", "TW-HOME-NUISANCE": "至本人住處藉端滋擾",
    "TW-FOLLOWING": "經勸阻仍跟追本人", "TW-INSULT-CRIMINAL": "公然侮辱",
    "TW-SECRET-RECORDING": "竊錄", "TW-STALKING-ACT": "跟蹤騷擾",
    "TW-DATA-MISUSE": "逾越目的利用本人個人資料", "TW-LOCATION-CONTACT": "聯絡第三人未表明身分",
}


_QUOTE = re.compile(r"「([^「」]*)」")


_IDS = re.compile(r"（I\d+(?:[、，,]\s*I\d+)*）")


_END = "。！？!?」"


def explanation(finding: dict, incidents: dict[str, dict]) -> str:
    """A finding's explanation as the complainant writes it: no screening note, and quotation
    marks kept only around words that a verbatim message of the finding holds."""
    text = KIT_NOTE.sub("", finding.get("explanation") or "").strip()
    verbatim = [incidents[i]["content"] for i in finding["incidents"]
                if i in incidents and incidents[i]["verbatim"] and incidents[i].get("content")]

    def keep(m: re.Match) -> str:
        return m.group(0) if any(m.group(1) in v for v in verbatim) else m.group(1)

    text = _QUOTE.sub(keep, text).replace("申訴人陳述：", "本人陳述：")
    return _IDS.sub("", text)


def point(finding: dict, incidents: dict[str, dict], labels: dict, told: set[str],
          cite: Citer | None = None, year: bool = False) -> dict:
    """One finding in a letter: its title, what happened (with when), and its citations.
    ``told``: the incidents whose described content a point has already given."""
    own = [incidents[i] for i in finding["incidents"] if i in incidents]
    text = _timed(explanation(finding, incidents), own, labels, year)
    text += _described(own, labels, year, told)
    laws = [c for c in finding["citations"] if c["binding"] not in NON_LAW]
    # A reference is shown only where no law is cited (an industry measure on its own).
    refs = [] if laws else [c for c in finding["citations"] if c["binding"] in NON_LAW]
    cite = cite or Citer()
    return {"rule": finding["rule"], "title": finding["title"], "text": text,
            "said": explanation(finding, incidents), "own": own, "cites": laws or refs,
            "laws": [c["label"] for c in laws], "refs": [c["label"] for c in refs],
            "law_text": cite(laws) if laws else "", "ref_text": cite(refs) if refs else "",
            "basis": finding.get("basis"), "elements": finding.get("elements") or {}}


def _timed(text: str, own: list[dict], labels: dict, year: bool) -> str:
    """The explanation with the times of its contacts (up to four) after its first
    sentence."""
    if not own or len(own) > 4:
        return text
    times = "（" + "、".join(short(i, labels, year) for i in own) + "）"
    cut = text.find("。")
    return text + times + "。" if cut < 0 else text[:cut] + times + text[cut:]


def _described(own: list[dict], labels: dict, year: bool, told: set[str]) -> str:
    """My account of the finding's (one or two) contacts that no point has given yet; they
    are added to ``told``."""
    described = [i for i in own if not i["verbatim"] and i.get("content") and i["id"] not in told]
    if not described or len(own) > 2:
        return ""
    told.update(i["id"] for i in described)
    said = (described[0]["content"] if len(own) == 1 else
            "；".join(f"{short(i, labels, year)}，{i['content']}" for i in described))
    # The report is my own account throughout: no "依本人記述" before each contact.
    return ("當時" if len(described) == 1 else "") + said + ("" if said[-1] in _END else "。")


def conduct(findings: list[dict], rules=None, limit: int = 5) -> str:
    """This case's conduct for a subject line, the most serious first, as 甲、乙及丙等."""
    order = {r: n for n, r in enumerate(CONDUCT)}
    chosen = sorted((f for f in findings if f["rule"] in CONDUCT
                     and (rules is None or f["rule"] in rules)), key=lambda f: order[f["rule"]])
    words = list(dict.fromkeys(CONDUCT[f["rule"]] for f in chosen))
    if not words:
        return ""
    if len(words) > limit:
        return "、".join(words[:limit]) + "等"
    return series(words, "及", "、")


# The letters' points, as a Taiwan lawyer groups them: one heading per kind of conduct, one
# sentence per finding with the contacts it rests on and the provision it breaks. "{inst}" is
# the institution as the letter names it (貴行, 相對人, the bank's name).
GROUPS = (
    ("催收時間及頻率", ("TW-HOURS", "TW-PERSISTENT", "TW-LUNAR-NEW-YEAR")),
    ("", ("TW-ABUSE",)),  # headed by the kinds found: 恐嚇、辱罵…
    ("視為虛偽、詐欺或誤導之陳述", ("TW-FALSE-COURT", "TW-FALSE-ARREST", "TW-EXEMPT-PROPERTY",
                                   "TW-EXCESS-AMOUNT")),
    ("透過第三人催討及揭露債務", ("TW-THIRD-PARTY", "TW-LOCATION-CONTACT",
                                 "TW-POSTCARD-ENVELOPE", "TW-PUBLIC-NOTICE", "TW-DATA-MISUSE")),
    ("外訪催收", ("TW-DISRUPTION", "TW-VISIT")),
    ("要求將款項交付催收人員", ("TW-PAYMENT-TO-AGENCY",)),
    ("{inst}之義務", ("TW-CALL-ID", "TW-RECORDINGS", "TW-PRE-NOTICE", "TW-AGENCY-STATUS",
                     "TW-THIRD-PARTY-DATA", "TW-DEBT-SALE-NOTICE", "TW-FI-DUTIES")),
    ("損害賠償", ("TW-TORT",)),
)


def groups(points: list[dict], labels: dict, year: bool, cite: Citer) -> list[dict]:
    """The points as a letter gives them: headed groups of sentences, each with its provision,
    the provisions named as Taiwan practice names them (a long name in full once)."""
    by_rule = {p["rule"]: p for p in points}
    order = [(title, [r for r in rules if r in by_rule]) for title, rules in GROUPS]
    grouped = {r for _t, rules in order for r in rules}
    order += [(by_rule[r]["title"], [r]) for r in by_rule if r not in grouped]
    out = []
    for title, rules in order:
        if not rules:
            continue
        deemed = [r for r in rules if r in DEEMED]
        parts = []
        for r in rules:
            p = by_rule[r]
            law = cite(p["cites"]) if p["cites"] else ""
            parts.append(_with_law(sentence(p, labels, year, _within_disruption(p, rules, by_rule)),
                                   p, law, len(deemed)))
        body = "。".join(parts) + "。"
        if len(deemed) > 1:
            body += "上開陳述，依規定均視為虛偽、詐欺或誤導。"
        if not title:
            title = abuse_kinds(by_rule[rules[0]]["said"]).rstrip("等")
        out.append({"title": title, "text": body, "rules": rules})
    return out


def _within_disruption(p: dict, rules: list[str], by_rule: dict[str, dict]) -> bool:
    """Whether a visit point's contacts are all told in its group's disruption point."""
    return p["rule"] == "TW-VISIT" and "TW-DISRUPTION" in rules and {
        i["id"] for i in p["own"]} <= {i["id"] for i in by_rule["TW-DISRUPTION"]["own"]}


def _with_law(text: str, p: dict, law: str, deemed: int) -> str:
    """A point's sentence with its provision: the law it breaks, the law that deems a
    statement false (``deemed``: how many such points the group has), or a reference that
    is no law."""
    r = p["rule"]
    if p["laws"] and r == "TW-RECORDINGS":
        return text.replace("{law}", law)
    if p["laws"] and r in DEEMED:
        return text + (f"，依{law}視為虛偽、詐欺或誤導" if deemed == 1 else f"（{law}）")
    if p["laws"] and r in ("TW-TORT", "TW-FI-DUTIES"):
        return f"{text}（{law}）"
    if p["laws"]:
        return text + f"，違反{law}"
    if law and r == "TW-LUNAR-NEW-YEAR":
        return text + f"；該期間係業界自律措施，並非法律規定（參考：{law}）"
    if law:
        return text + f"（參考：{law}）"
    return text


def penal_span(findings: list[dict], incidents: dict[str, dict]) -> dict[str, Any]:
    """The first and last contacts the penal findings rest on, and those quoted verbatim."""
    times = sorted(incidents[i]["time"] for f in findings if _penal(f)
                   for i in f["incidents"] if i in incidents)
    return {"penal_first": times[0] if times else None,
            "penal_last": times[-1] if times else None,
            "penal_quoted": [i for f in findings if _penal(f) for i in f["incidents"]
                             if i in incidents and incidents[i]["verbatim"]]}


def penal_provisions(findings: list[dict]) -> list[dict]:
    """The provisions of law (not guidance) the penal findings cite."""
    return [c for f in findings if f.get("basis") in PENAL
            for c in f["citations"] if c["binding"] not in NON_LAW]


def _penal(finding: dict) -> bool:
    """Whether the finding is a penal one with elements met."""
    return finding.get("basis") in PENAL and bool(finding.get("elements"))


def penal_points(findings: list[dict], incidents: dict[str, dict], labels: dict, year: bool
                  ) -> list[dict]:
    """The penal findings as the report gives them: the elements, the suspected offence, and
    the collectors' words quoted in full."""
    penal_cite, penal_told = Citer(), set()
    penal = [point(f, incidents, labels, penal_told, penal_cite, year)
             for f in findings if _penal(f)]
    for p in penal:
        p["element_list"] = elements(p, incidents, labels)
        # The report states the suspected offence; the threat is quoted in full below it.
        p["text"] = re.sub(r"可能涉及(.+?)，由檢警依法認定", r"涉嫌\1", p["text"])
        p["verbatim"] = [{"when": short(incidents[i], labels), "content": incidents[i]["content"]}
                         for i in next(f["incidents"] for f in findings if f["rule"] == p["rule"])
                         if i in incidents and incidents[i]["verbatim"]
                         and incidents[i].get("content")]
        if p["verbatim"]:
            p["text"] = EXAMPLES_IN_BRACKETS.sub("", p["text"])
    return penal


def point_groups(points: list[dict], kind: str | None, labels: dict, year: bool, cite: Citer,
            inst: str) -> list[dict]:
    """The letter's groups of points (a petition leaves out the civil ones), naming the
    institution as the letter does."""
    shown = [p for p in points if kind != "petition" or p["basis"] != "civil"]
    grouped = groups(shown, labels, year, cite)
    for g in grouped:
        g["title"] = g["title"].replace("{inst}", inst)
        g["text"] = g["text"].replace("{inst}", inst)
    return grouped
