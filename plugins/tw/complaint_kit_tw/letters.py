"""What the Taiwan letters say of a case, built from its facts and findings (writing.md): the
pattern in counts, the worst messages quoted exactly (verbatim incidents only), and one short
point per finding with the incidents it rests on. The full log stays in the harassment report."""

from __future__ import annotations

import re
from typing import Any

from complaint_kit.api import formats

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
# A request to negotiate the debt (分期、協商…): only then does a letter to the lender give the
# case's note on hardship or payment offers (writing.md 7: don't concede).
_NEGOTIATE = re.compile(r"協商|分期|還款方案|清償方案|和解|減免|延期清償|展延")
_HARDSHIP = re.compile(r"無力|失業|困難|願意|清償|還款|繳款|償還")


# Word and LibreOffice find no break in "I6、I7、I8…" (Latin after an ideographic comma), and
# break a long list inside an id: a zero-width space after each comma lets it wrap there.
_WRAP = "\u200b"


def id_list(ids: list[str]) -> str:
    """Incident ids for a line of text: 「I6、I7」, able to wrap after a comma when long."""
    text = "、".join(ids)
    return text if len(text) <= 18 else ("、" + _WRAP).join(ids)


def debt_note(context: dict[str, Any]) -> str:
    """The case's note on the debt, for the letter to the lender: a note on hardship or the wish
    to pay only when the requests ask to negotiate."""
    note = str((context.get("debt") or {}).get("note") or "")
    asks = any(_NEGOTIATE.search(str(r)) for r in context.get("requests") or ())
    return note if asks or not (_NEGOTIATE.search(note) or _HARDSHIP.search(note)) else ""


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


_FORMATS = formats("zh_Hant_TW")


def when(t, year: bool = True) -> str:
    return _FORMATS.date(t, "y年M月d日HH:mm" if year else "M月d日HH:mm")


def day(d) -> str:
    return _FORMATS.date(d, "y年M月d日")


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


NON_LAW = ("self-regulation", "guidance", "case law", "recommended standard")


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
    return words[0] if len(words) == 1 else "、".join(words[:-1]) + "及" + words[-1]


_ID = re.compile(r"(?<![A-Za-z0-9])(I\d+)(?![0-9])")
_ID_COLON = re.compile(r"(?<![A-Za-z0-9])(I\d+)：")


def elements(point_: dict, incidents: dict[str, dict], labels: dict) -> list[dict]:
    """A penal finding's elements, each with the fact that meets it, the incident ids written
    as the contact's date, time and channel."""
    def name(m: re.Match) -> str:
        i = incidents.get(m.group(1))
        return short(i, labels) if i else m.group(1)

    def fact(text: str) -> str:
        # "I23：本人住家門口" is the contact, then what it shows: 1月27日20:00於本人住家門口.
        text = _ID_COLON.sub(lambda m: name(m) + "，", text)
        text = re.sub(r"於([^，；：]+)，\1(?=$|；)", r"於\1", _ID.sub(name, text))
        # The whole report is my statement: a fact needs no "本人陳述" before it.
        return text.replace("申訴人陳述：", "").replace("申訴人陳述其", "本人")

    return [{"label": label, "rows": [
        {"element": e["element"], "fact": fact(e["fact"])}
        for e in found]} for label, found in point_["elements"].items()]


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
DEEMED = ("TW-FALSE-COURT", "TW-FALSE-ARREST", "TW-EXEMPT-PROPERTY", "TW-EXCESS-AMOUNT")
_EXAMPLE = re.compile(r"（如((?:「[^「」]*」)+)）")
_KINDS = re.compile(r"等行為（([^）]*)）")


def _times(own: list[dict], labels: dict, year: bool) -> str:
    return "、".join(short(i, labels, year) for i in own) if 0 < len(own) <= 4 else ""


def _strip(text: str) -> str:
    return text.rstrip("。")


def _account(own: list[dict]) -> str:
    """My account of a single contact, as I tell it (no quotation marks of mine)."""
    if len(own) == 1 and own[0].get("content") and not own[0]["verbatim"]:
        return _strip(own[0]["content"])
    return ""


def abuse_kinds(said: str) -> str:
    m = _KINDS.search(said)
    if not m:
        return "恐嚇、辱罵等"
    return "、".join(dict.fromkeys(re.sub(r"\d+次$", "", k) for k in m.group(1).split("、")))


def sentence(p: dict, labels: dict, year: bool, merged: bool = False) -> str:
    """What happened under one finding, in a clause of a letter (no provision yet)."""
    rule, said, own = p["rule"], p["said"], p["own"]
    ts = _times(own, labels, year)
    text = None
    if ts:
        text = _dated(rule, said, own, ts, year)
    if text is None:
        text = _undated(rule, said, own, ts, labels, merged)
    if text is None:
        text = _strip(said) + (f"（{ts}）" if ts and ts not in said else "")
    return text


def _quoted(said: str) -> str:
    """The collectors' words the finding quotes as its example: '「…」「…」'."""
    example = _EXAMPLE.search(said)
    return example.group(1) if example else ""


def _dated(rule: str, said: str, own: list[dict], ts: str, year: bool) -> str | None:
    """The clause of a finding told by the times of its contacts (``ts``); None for the
    others."""
    quoted = _quoted(said)
    if rule == "TW-HOURS":
        return f"{ts}，{'均' if len(own) > 1 else ''}在上午七時前或晚上十時後，本人並未同意"
    if rule == "TW-LUNAR-NEW-YEAR":
        span = re.search(r"期間（([^）]*)）", said)
        return (f"{ts}，係在銀行公會宣布之春節暫停催收期間"
                + (f"（{span.group(1)}）" if span else ""))
    if rule == "TW-ABUSE":
        return f"{ts}，內容涉及{abuse_kinds(said)}" + (f"（如{quoted}）" if quoted else "")
    if rule in DEEMED:
        return _deemed(rule, said, own, ts)
    if rule == "TW-DISRUPTION":
        account = _account(own)
        if len(own) == 1 and own[0]["channel"] == "visit" and own[0].get("location"):
            ts = f"{when(own[0]['time'], year)}催收人員至{own[0]['location']}"
        return f"{ts}" + (f"，{account}" if account else "") + "，影響本人正常居住及生活"
    if rule == "TW-PAYMENT-TO-AGENCY":
        return f"{ts}要求將款項交付催收人員或匯入其帳戶" + (f"（如{quoted}）" if quoted else "")
    if rule == "TW-CALL-ID" and "，" in said:
        return f"{{inst}}於{ts}自行催收，{_strip(said.split('，', 1)[1])}"
    return _disclosed(rule, said, own, ts)


def _deemed(rule: str, said: str, own: list[dict], ts: str) -> str | None:
    """A statement the law deems false, deceptive or misleading: what was said, in the
    collectors' words or my account; None when the finding holds neither."""
    if rule == "TW-EXCESS-AMOUNT":
        m = re.search(r"要求清償新臺幣([\d,]+)元，超過積欠之([\d,]+)元", said)
        if m:
            return f"{ts}要求清償新臺幣{m.group(1)}元，超過{{inst}}主張之新臺幣{m.group(2)}元"
        return f"{ts}要求超過債務之金額或法律禁止之費用"
    quoted = _quoted(said)
    if quoted:
        return f"{ts}稱{quoted}"
    account = _account(own)
    if account:
        return f"{ts}稱{account}"
    return None


def _disclosed(rule: str, said: str, own: list[dict], ts: str) -> str | None:
    """The clauses of contacts that let others learn of my debt; None for other rules."""
    if rule == "TW-THIRD-PARTY":
        rest = said.split("），", 1)[1] if "），" in said else ""
        return f"{ts}" + (f"，{_strip(rest)}" if rest else "，聯絡本人以外之第三人")
    if rule == "TW-LOCATION-CONTACT" and "但" in said:
        return f"{ts}為探尋本人聯絡方式聯絡第三人，但{_strip(said.split('但', 1)[1])}"
    if rule == "TW-POSTCARD-ENVELOPE" and all("postcard" in (i.get("tags") or []) for i in own):
        return f"{ts}以明信片催收，使第三人得以知悉本人之債務"
    if rule == "TW-PUBLIC-NOTICE":
        return f"{ts}，使不特定人得知本人之債務"
    return None


def _undated(rule: str, said: str, own: list[dict], ts: str, labels: dict, merged: bool
             ) -> str | None:
    """The clauses of findings that do not rest on the contacts' times; None for the
    others."""
    if rule == "TW-PERSISTENT":
        return _strip(_NOTE.sub("", said).replace("，共", "，計"))
    if rule == "TW-VISIT" and "，" in said:
        faults = _strip(said.split("，", 1)[1])
        return f"該次外訪{faults}" if merged else f"{ts}，{faults}" if ts else _strip(said)
    if rule == "TW-RECORDINGS":
        return _recordings(said)
    if rule in ("TW-PRE-NOTICE", "TW-FI-DUTIES", "TW-THIRD-PARTY-DATA"):
        return _strip(said.replace("金融機構", "{inst}"))
    if rule == "TW-TORT":
        return tort_sentence(said, own, labels)
    return None


def _recordings(said: str) -> str:
    """§13(6) is a duty to record and keep, not to hand over: the point asks for the
    recordings the institution must keep and claims no breach ("{law}" is the provision)."""
    asked = _strip(said.split("。", 1)[0])
    keep = re.search(r"最早一次通話或外訪為([^，。]+)，錄音至少應保存至([^，。]+)", said)
    return (f"{asked}。依{{law}}，催收電話及外訪均應錄音，錄音至少保存六個月，不得刪除或修改"
            + (f"；最早一次通話或外訪為{keep.group(1)}，錄音至少應保存至{keep.group(2)}"
               if keep else "") + "，請{inst}調取並提供上開錄音")


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else "、".join(words[:-1]) + "及" + words[-1]


def tort_sentence(said: str, own: list[dict], labels: dict) -> str:
    """民法: the acts of this case that infringed my rights, the rights they infringed, and the
    harm the case states."""
    acts, rights = [], []
    if any("TW-THREAT-CRIMINAL" in i.get("findings", ()) for i in own):
        acts.append("恐嚇")
        rights.append("自由")
    people = list(dict.fromkeys(labels.get(f"relation.{i['to']['relation']}", "")
                                for i in own if i["third_party"]
                                and i["to"]["relation"] != "public"))
    if people:
        acts.append(f"向本人{_and(people)}揭露債務")
    if any(i["to"]["relation"] == "public" for i in own):
        acts.append("公開張貼本人債務")
    if people or len(acts) > len(rights):
        rights[:0] = ["名譽", "隱私"]
    rest = said.split("；", 1)[1] if "；" in said else ""
    if not acts:
        return _strip(re.sub(r"催收方\d+次以", "催收方以", _EXAMPLE.sub("", said)))
    return (f"上開{_and(acts)}之行為，侵害本人之{_and(rights)}"
            + (f"；{_strip(rest)}" if rest else ""))


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


def institution(kind: str | None, lender: dict | None) -> str:
    """How a letter names the institution: 貴行 to itself, 相對人 before the ombudsman, 該行
    to the supervisor."""
    bank = bool(lender) and lender.get("type") == "bank"
    if kind == "complaint":
        return "貴行" if bank else "貴公司"
    if kind == "foi-application":
        return "相對人"
    if kind == "petition":
        return "該行" if bank else "該公司"
    return "金融機構"


def letter_context(context: dict[str, Any], basis: dict[str, str],
                   kind: str | None = None) -> dict[str, Any]:
    labels = context["labels"]
    incidents = {i["id"]: i for i in context["incidents"]}
    findings = [f for f in context["findings"] if f["verified"]]
    pattern = context["pattern"]
    year = bool(pattern.get("total")) and pattern["first"].year != pattern["last"].year
    cite, told = Citer(), set()
    points = [point(f, incidents, labels, told, cite, year)
              for f in findings if f.get("basis") not in PENAL]
    penal = _penal_points(findings, incidents, labels, year)
    # The letter's own citer: its points name each long instrument in full the first time.
    cite = Citer()
    inst = institution(kind, context.get("lender"))
    grouped = _groups(points, kind, labels, year, cite, inst)
    return {
        "groups": grouped,
        "debt_note": debt_note(context),
        "finding_ids": {f["rule"]: id_list(f["incidents"]) for f in findings},
        "night_people": _night_people(pattern, incidents),
        "recordings_point": any("TW-RECORDINGS" in g["rules"] for g in grouped),
        "pre_notice_point": any("TW-PRE-NOTICE" in g["rules"] for g in grouped),
        "inst": inst,
        **_penal_span(findings, incidents),
        "cn": CN,
        "conduct": conduct(findings),
        "penal_conduct": conduct([f for f in findings if f.get("basis") in PENAL]),
        "overview": overview(context["pattern"], labels, context["incidents"]),
        "quotes": _quotes(findings, context["incidents"], labels),
        "points": points,
        "penal": penal,
        # The penal provisions in one phrase, for letters to the institution side.
        "penal_laws": cite(_penal_laws(findings)),
        "basis": {k: cite.label(v) for k, v in basis.items()},
        "urgent": [f["urgent"] for f in findings if f.get("urgent")],
        "third_party_names": [t for t in pattern.get("third_parties", [])
                              if t["relation"] != "public"],
    }


def _night_people(pattern: dict, incidents: dict[str, dict]) -> list[str]:
    """Night contacts with people, as the letters count them (a public post is not one)."""
    return [i for i in pattern.get("night") or []
            if i in incidents and incidents[i]["to"]["relation"] != "public"]


def _penal_span(findings: list[dict], incidents: dict[str, dict]) -> dict[str, Any]:
    """The first and last contacts the penal findings rest on, and those quoted verbatim."""
    times = sorted(incidents[i]["time"] for f in findings if _penal(f)
                   for i in f["incidents"] if i in incidents)
    return {"penal_first": times[0] if times else None,
            "penal_last": times[-1] if times else None,
            "penal_quoted": [i for f in findings if _penal(f) for i in f["incidents"]
                             if i in incidents and incidents[i]["verbatim"]]}


def _penal_laws(findings: list[dict]) -> list[dict]:
    """The provisions of law (not guidance) the penal findings cite."""
    return [c for f in findings if f.get("basis") in PENAL
            for c in f["citations"] if c["binding"] not in NON_LAW]


def _penal(finding: dict) -> bool:
    """Whether the finding is a penal one with elements met."""
    return finding.get("basis") in PENAL and bool(finding.get("elements"))


def _penal_points(findings: list[dict], incidents: dict[str, dict], labels: dict, year: bool
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
            p["text"] = _EXAMPLE.sub("", p["text"])
    return penal


def _groups(points: list[dict], kind: str | None, labels: dict, year: bool, cite: Citer,
            inst: str) -> list[dict]:
    """The letter's groups of points (a petition leaves out the civil ones), naming the
    institution as the letter does."""
    shown = [p for p in points if kind != "petition" or p["basis"] != "civil"]
    grouped = groups(shown, labels, year, cite)
    for g in grouped:
        g["title"] = g["title"].replace("{inst}", inst)
        g["text"] = g["text"].replace("{inst}", inst)
    return grouped


def _quotes(findings: list[dict], incidents: list[dict], labels: dict) -> list[dict]:
    """The worst verbatim messages, as the letters quote them."""
    return [{"when": when(i["time"]), "channel": i["channel_label"],
             "to": (None if not i["third_party"] else short(i, labels)),
             "content": i["content"], "id": i["id"]}
            for i in quotes(findings, incidents)]
