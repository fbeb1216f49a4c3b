"""What the Taiwan letters say of a case, built from its facts and findings (writing.md): the
pattern in counts, the worst messages quoted exactly (verbatim incidents only), and one short
point per finding with the incidents it rests on. The full log stays in the harassment report."""

from __future__ import annotations

import re
from typing import Any

# Findings whose conduct is for the police (刑法, 社會秩序維護法), by their basis.
PENAL = ("criminal", "administrative")
# The order in which messages are worth quoting: threats first, then deemed-false statements,
# pressure through others and public disclosure.
SEVERE = ("TW-THREAT-CRIMINAL", "TW-FALSE-COURT", "TW-FALSE-ARREST", "TW-EXEMPT-PROPERTY",
          "TW-THIRD-PARTY", "TW-PUBLIC-NOTICE", "TW-PAYMENT-TO-AGENCY", "TW-EXCESS-AMOUNT",
          "TW-ABUSE", "TW-INSULT-CRIMINAL")
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
_DIGITS = "一二三四五六七八九"
# Chinese numerals for （一）（二）…: 一 to 九十九.
CN = [("" if n < 20 else _DIGITS[n // 10 - 1]) + ("十" if n >= 10 else "")
      + ("" if n % 10 == 0 else _DIGITS[n % 10 - 1]) for n in range(1, 100)]
_NOTE = re.compile(r"（(?:法令未規定|上述門檻|本工具)[^）]*）")
_QUOTE = re.compile(r"「([^「」]*)」")
_IDS = re.compile(r"（I\d+(?:[、，,]\s*I\d+)*）")
# Long instruments named in full once, then by the short name Taiwan practice uses.
SHORT = {"金融機構作業委託他人處理內部作業制度及程序辦法": "委外辦法", "中華民國刑法": "刑法",
         "社會秩序維護法": "社維法", "個人資料保護法": "個資法", "金融消費者保護法": "金保法"}
_END = "。！？!?」"


class Citer:
    """Writes citations as a Taiwan lawyer does: articles of one instrument grouped
    (委外辦法第14條第1項第3款、第3項第1款), a long name in full the first time with
    （下稱…）, its short name after."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def name(self, instrument: str) -> str:
        short_ = SHORT.get(instrument)
        if not short_:
            return instrument
        if instrument in self.seen:
            return short_
        self.seen.add(instrument)
        return f"{instrument}（下稱{short_}）"

    def __call__(self, citations: list[dict]) -> str:
        groups: dict[str, list[str]] = {}
        for c in citations:
            inst = c.get("instrument") or ""
            art = c.get("article") or ""
            if inst and art and c["label"] == inst + art:
                groups.setdefault(inst, []).append(art)
            else:
                groups.setdefault(c["label"], [])
        parts = []
        for inst, arts in groups.items():
            if not arts:
                parts.append(inst)
                continue
            shown = [arts[0]] + [_same_article(arts[0], a) for a in arts[1:]]
            parts.append(self.name(inst) + "、".join(shown))
        return "、".join(parts)

    def label(self, label: str) -> str:
        """A single label (a request's basis), by its short name once introduced."""
        for inst, short_ in SHORT.items():
            if label.startswith(inst) and inst in self.seen:
                return short_ + label[len(inst):]
        return label


def _same_article(first: str, other: str) -> str:
    """第14條第3項第1款 after 第14條第1項第3款 is written 第3項第1款; 第14條第1項第7款
    after 第14條第1項第5款, 第7款."""
    for pattern in (r"第[\d之-]+條第\d+項", r"第[\d之-]+條"):
        head = re.match(pattern, first)
        if head and other.startswith(head.group(0)) and other != head.group(0):
            return other[len(head.group(0)):]
    return other


def when(t, year: bool = True) -> str:
    return (f"{t.year}年" if year else "") + f"{t.month}月{t.day}日{t.hour:02d}:{t.minute:02d}"


def day(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def short(incident: dict, labels: dict, year: bool = True) -> str:
    """One contact in a few words: when, how, and whom it reached when not me."""
    text = when(incident["time"], year)
    place = incident.get("location")
    text += f"於{place}" if incident["channel"] == "visit" and place else incident["channel_label"]
    if incident["third_party"]:
        rel = incident["to"]["relation"]
        if rel == "public":
            text += "（公開）"
        else:
            name = incident["to"].get("name") or ""
            text += "致本人" + labels.get(f"relation.{rel}", rel) + name
    if incident["channel"] == "call" and incident.get("answered") is False:
        text += "（未接通）"
    return text


def explanation(finding: dict, incidents: dict[str, dict]) -> str:
    """A finding's explanation as the complainant writes it: no screening note, and quotation
    marks kept only around words that a verbatim message of the finding holds."""
    text = _NOTE.sub("", finding.get("explanation") or "").strip()
    verbatim = [incidents[i]["content"] for i in finding["incidents"]
                if i in incidents and incidents[i]["verbatim"] and incidents[i].get("content")]

    def keep(m: re.Match) -> str:
        return m.group(0) if any(m.group(1) in v for v in verbatim) else m.group(1)

    text = _QUOTE.sub(keep, text).replace("申訴人陳述：", "本人陳述：")
    return _IDS.sub("", text)


def overview(pattern: dict, labels: dict, incidents: list[dict] | None = None) -> str:
    """The pattern in counts: period, total by channel, night contacts, the busiest day,
    unanswered calls, third parties reached."""
    if not pattern.get("total"):
        return ""
    by = "、".join(f"{labels.get('channel.' + ch, ch)}{n}次"
                   for ch, n in pattern["by_channel"].items())
    busiest = [d for d in pattern["days"] if d["total"] == pattern["max_per_day"]]
    parts = [f"自{day(pattern['first'])}至{day(pattern['last'])}，催收方共聯絡{pattern['total']}次"
             + (f"（{by}）" if len(pattern["by_channel"]) > 1 else "")
             + f"，分布於{len(pattern['days'])}日"]
    if busiest and pattern["max_per_day"] > 1:
        parts.append(f"{day(busiest[0]['day'])}單日即達{pattern['max_per_day']}次")
    if pattern.get("night"):
        parts.append(f"其中{len(pattern['night'])}次在晚上十時至翌日上午七時之間")
    if pattern.get("unanswered_calls"):
        text = f"{pattern['unanswered_calls']}通來電未接通"
        runs = pattern.get("redial_runs") or []
        if runs:
            run = max(runs, key=lambda r: r["calls"])
            text += (f"，{run['start'].month}月{run['start'].day}日"
                     f"{run['start']:%H:%M}至{run['end']:%H:%M}間即連撥{run['calls']}通")
        parts.append(text)
    people = [t for t in pattern.get("third_parties", []) if t["relation"] != "public"]
    public = [t for t in pattern.get("third_parties", []) if t["relation"] == "public"]
    if people:
        names = "、".join(labels.get(f"relation.{t['relation']}", t["relation"]) + (t["name"] or "")
                         for t in people)
        parts.append(f"並聯絡本人之{names}")
    if public:
        ways = list(dict.fromkeys(i["channel_label"] for i in incidents or []
                                  if i["to"]["relation"] == "public"))
        parts.append(f"另{public[0]['contacts']}次以{'、'.join(ways)}公開為之" if ways
                     else f"另{public[0]['contacts']}次公開為之")
    return "；".join(parts) + "。"


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


NON_LAW = ("self-regulation", "guidance", "case law", "recommended standard")


def point(finding: dict, incidents: dict[str, dict], labels: dict, told: set[str],
          cite: Citer | None = None, year: bool = False) -> dict:
    """One finding in a letter: its title, what happened (with when), and its citations.
    ``told``: the incidents whose described content a point has already given."""
    own = [incidents[i] for i in finding["incidents"] if i in incidents]
    text = explanation(finding, incidents)
    if own and len(own) <= 4:
        times = "（" + "、".join(short(i, labels, year) for i in own) + "）"
        cut = text.find("。")
        text = text + times + "。" if cut < 0 else text[:cut] + times + text[cut:]
    described = [i for i in own if not i["verbatim"] and i.get("content") and i["id"] not in told]
    if described and len(own) <= 2:
        told.update(i["id"] for i in described)
        said = (described[0]["content"] if len(own) == 1 else
                "；".join(f"{short(i, labels, year)}，{i['content']}" for i in described))
        text += "依本人記述：" + said + ("" if said[-1] in _END else "。")
    laws = [c for c in finding["citations"] if c["binding"] not in NON_LAW]
    # A reference is shown only where no law is cited (an industry measure on its own).
    refs = [] if laws else [c for c in finding["citations"] if c["binding"] in NON_LAW]
    cite = cite or Citer()
    return {"rule": finding["rule"], "title": finding["title"], "text": text,
            "laws": [c["label"] for c in laws], "refs": [c["label"] for c in refs],
            "law_text": cite(laws) if laws else "", "ref_text": cite(refs) if refs else "",
            "basis": finding.get("basis"), "elements": finding.get("elements") or {}}


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
    return words[0] if len(words) == 1 else "、".join(words[:-1]) + "及" + words[-1]


_ID = re.compile(r"(?<![A-Za-z0-9])(I\d+)(?![0-9])")


def elements(point_: dict, incidents: dict[str, dict], labels: dict) -> list[dict]:
    """A penal finding's elements, each with the fact that meets it, the incident ids written
    as the contact's date, time and channel."""
    def name(m: re.Match) -> str:
        i = incidents.get(m.group(1))
        return short(i, labels) if i else m.group(1)

    return [{"label": label, "rows": [
        {"element": e["element"],
         "fact": _ID.sub(name, e["fact"]).replace("申訴人陳述：", "本人陳述：")}
        for e in found]} for label, found in point_["elements"].items()]


def letter_context(context: dict[str, Any], basis: dict[str, str]) -> dict[str, Any]:
    labels = context["labels"]
    incidents = {i["id"]: i for i in context["incidents"]}
    findings = [f for f in context["findings"] if f["verified"]]
    pattern = context["pattern"]
    year = bool(pattern.get("total")) and pattern["first"].year != pattern["last"].year
    cite, told = Citer(), set()
    points = [point(f, incidents, labels, told, cite, year)
              for f in findings if f.get("basis") not in PENAL]
    penal_cite, penal_told = Citer(), set()
    penal = [point(f, incidents, labels, penal_told, penal_cite, year)
             for f in findings if f.get("basis") in PENAL and f.get("elements")]
    for p in penal:
        p["element_list"] = elements(p, incidents, labels)
        p["verbatim"] = [{"when": short(incidents[i], labels), "content": incidents[i]["content"]}
                         for i in next(f["incidents"] for f in findings if f["rule"] == p["rule"])
                         if i in incidents and incidents[i]["verbatim"]
                         and incidents[i].get("content")]
    penal_times = sorted(incidents[i]["time"] for f in findings
                         if f.get("basis") in PENAL and f.get("elements")
                         for i in f["incidents"] if i in incidents)
    return {
        "penal_first": penal_times[0] if penal_times else None,
        "penal_last": penal_times[-1] if penal_times else None,
        "penal_quoted": [i for f in findings if f.get("basis") in PENAL and f.get("elements")
                         for i in f["incidents"]
                         if i in incidents and incidents[i]["verbatim"]],
        "cn": CN,
        "conduct": conduct(findings),
        "penal_conduct": conduct([f for f in findings if f.get("basis") in PENAL]),
        "overview": overview(context["pattern"], labels, context["incidents"]),
        "quotes": [{"when": when(i["time"]), "channel": i["channel_label"],
                    "to": (None if not i["third_party"] else short(i, labels)),
                    "content": i["content"], "id": i["id"]}
                   for i in quotes(findings, context["incidents"])],
        "points": points,
        "penal": penal,
        # The penal provisions in one phrase, for letters to the institution side.
        "penal_laws": cite([c for f in findings if f.get("basis") in PENAL
                            for c in f["citations"] if c["binding"] not in NON_LAW]),
        "basis": {k: cite.label(v) for k, v in basis.items()},
        "urgent": [f["urgent"] for f in findings if f.get("urgent")],
        "third_party_names": [t for t in context["pattern"].get("third_parties", [])
                              if t["relation"] != "public"],
    }
