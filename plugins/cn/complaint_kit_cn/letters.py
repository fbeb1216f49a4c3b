"""What the mainland-China letters say about this case, built from its facts and findings.

Every sentence a letter prints here rests on an incident or a finding: the 报案事由 names only the
conduct the findings hold, the counts come from the incidents, the quotations only from messages
whose text is the collector's own (``Incident.verbatim``), and the penal items only where a
finding names the facts that meet their elements.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from complaint_kit.api import Analysis, formats

PENAL = ("administrative", "criminal")

# The worst messages first: what a clerk acts on. (tag, weight)
_SEVERITY = (
    ("threat_violence", 100), ("fake_summons", 90), ("document_sent", 85), ("impersonation", 80),
    ("threat_visit", 70), ("criminal_threat", 60), ("disclosure", 50),
    ("third_party_contact", 40), ("insult", 30),
)

_FAMILY = {"parent", "spouse", "child", "sibling", "relative", "employer"}

_CHANNEL_UNIT = {
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


def _join(items: list[str], last: str = "和") -> str:
    items = [x for x in items if x]
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + last + items[-1]


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
        names = _join([a.name for a in agencies])
        whom = _name(case, agencies[0].acting_for) or (lender.name if lender else None)
        staff = ""
        if whom and lender and lender.id in used:
            return f"{whom}及其委托的{names}{staff}"
        return f"{whom}委托的{names}{staff}" if whom else f"{names}{staff}"
    if lender:
        return f"{lender.name}及其催收人员" if people else lender.name
    return _join([r.name for r in case.respondents]) or "催收人员"


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
        noun, unit = _CHANNEL_UNIT.get(ch, ("其他方式", "次"))
        text = f"{noun}{n}{unit}" if ch != "visit" else f"上门{n}次"
        if ch == "call":
            missed = sum(1 for c in calls if c.answered is False)
            if missed:
                text += f"（未接通{missed}次）"
        parts.append(text)
    return "、".join(parts)


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
    if str(i.to.relation) in _FAMILY:
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
    noun = _CHANNEL_UNIT.get(str(i.channel), ("消息", "条"))[0]
    verb = {"call": "在电话中说", "visit": "上门时说"}.get(str(i.channel), f"发来{noun}")
    who = ""
    if i.to.relation.is_third_party:
        rel = labels.get(f"relation.{i.to.relation}", str(i.to.relation))
        who = f"向本人的{rel}{i.to.name or ''}"
        verb = {"call": "在电话中说", "visit": "上门时说"}.get(str(i.channel), f"发送{noun}")
    return {"id": i.id, "when": moment(analysis.local_time(i)), "from": i.from_number or "",
            "to": who, "verb": verb, "text": i.content.strip(),
            "verified_false": i.verified_false}


def penal_items(findings) -> list[dict[str, Any]]:
    """The 治安 and criminal provisions a finding cites with the facts meeting their elements."""
    items: dict[str, dict[str, Any]] = {}
    for f in findings:
        quotable = {c["label"]: c for c in f["citations"]}
        for label, found in (f.get("elements") or {}).items():
            c = quotable.get(label)
            if c is None or not found or str(c["basis"]) not in PENAL:
                continue
            item = items.setdefault(label, {"label": label, "criminal": c["basis"] == "criminal",
                                            "instrument": c["instrument"],
                                            "article": c["article"], "facts": [], "titles": []})
            if f["title"] not in item["titles"]:
                item["titles"].append(f["title"])
            for e in found:
                line = f"{e['element']}：{e['fact']}"
                if line not in item["facts"]:
                    item["facts"].append(line)
    return sorted(items.values(), key=lambda x: (x["criminal"], x["label"]))


_REFS = re.compile(r"（(I[0-9A-Za-z_\-]+(?:、I[0-9A-Za-z_\-]+)*)）$")


def _plain_fact(line: str, who: str, paper: str) -> str:
    """An element's fact without the element's name, in the words a report uses: the state
    body and the paper named as the case has them."""
    fact = line.split("：", 1)[1] if "：" in line else line
    m = re.match(r"经核实不实：(I[^：]+)：(.+)$", fact)
    if m:
        fact = f"所称事项经核实不实（{m.group(1)}：{m.group(2)}）"
    fact = fact.replace("（图片、附件或纸质件）", "")
    fact = fact.replace("对方发送了文书本身", f"对方将所谓{paper or '文书'}直接发送给本人")
    if who:
        fact = fact.replace("公安、法院等机关人员", f"{who}工作人员")
        fact = fact.replace("公安、法院等", who)
    return fact


def penal_text(facts: list[str], who: str = "", paper: str = "") -> str:
    """The facts meeting a provision's elements as one sentence a police officer reads: the
    element names left out (the provision says them), facts about the same contacts joined, a
    count already given not repeated."""
    out: list[tuple[str, str]] = []  # (text without refs, refs)
    for line in facts:
        fact = _plain_fact(line, who, paper)
        r = _REFS.search(fact)
        refs = r.group(1) if r else ""
        body = fact[: r.start()] if r else fact
        count = re.match(r"(?:\d{4}年\d+月\d+日起)?(\d+次)", body)
        if out and refs and out[-1][1] == refs:
            out[-1] = (f"{out[-1][0]}，{body}", refs)
            continue
        if not refs and count and any(count.group(1) in t for t, _ in out):
            element = line.split("：", 1)[0].replace("他人", "本人") if "：" in line else ""
            if element and element not in out[-1][0]:
                out[-1] = (f"{out[-1][0]}{'（' + out[-1][1] + '）' if out[-1][1] else ''}，"
                           f"{element}", "")
            continue
        out.append((body, refs))
    text = "；".join(f"{t}（{r}）" if r else t for t, r in out)
    if text[:1].isdigit() or text[:2] in ("自称", "以该") or text[:1] == "向":
        text = "对方" + text
    return text


def bodies(analysis: Analysis) -> str:
    """The authorities the collectors' words named: 法院, 公安机关, 检察院."""
    texts = " ".join(i.content or "" for i in analysis.incidents)
    named = (("法院", ("法院",)), ("公安机关", ("公安", "警察", "派出所")), ("检察院", ("检察",)))
    return _join([b for b, words in named if any(w in texts for w in words)], "、")


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
    who = _posed_as(" ".join(i.content or "" for i in analysis.incidents))
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
        out.append(f"以{_join(kinds, '、')}等相威胁")
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
    return f"向本人{who}{verb}" if n == 1 else f"向本人{_join(rels, '、')}共{n}人{verb}"


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
    joined = acts[0] if len(acts) == 1 else "，".join(acts[:-1]) + "，并" + acts[-1] if acts else ""
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
        noun = _CHANNEL_UNIT.get(kinds.pop(), ("其他方式", "次"))[0]
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


def labels_of(findings, *, basis: tuple[str, ...] = (), instrument: str = "",
              binding: tuple[str, ...] = ()) -> list[str]:
    out = []
    for f in findings:
        for c in f["citations"]:
            if basis and str(c["basis"]) not in basis:
                continue
            if binding and str(c["binding"]) not in binding:
                continue
            if instrument and instrument not in c["instrument"]:
                continue
            if c["label"] not in out:
                out.append(c["label"])
    return out


def extra_context(analysis: Analysis, document: str, context: dict[str, Any]) -> dict[str, Any]:
    case = analysis.case
    findings = list(context.get("findings") or [])
    data = summary(analysis, findings)
    data["worst"] = worst(analysis)
    data["worst2"] = worst(analysis, limit=2)
    data["penal"] = penal_items(findings)
    data["cites"] = cite_texts(findings)
    data["violations"] = violations(findings, data["cites"], analysis=analysis)
    # a regulator enforces the supervisory rules and the PIPL, not the civil code: its letter
    # cites what it can act on
    data["violations_reg"] = violations(findings, data["cites"], civil=False, analysis=analysis)
    data["violations_pi"] = violations(findings, data["cites"], civil=False,
                                       only=_PERSONAL_DATA, analysis=analysis)
    # PBOC's letter is about personal information: it quotes only what bears on that
    pi_ids = {x for g in data["violations_pi"]["items"] for x in g["incidents"]}
    data["worst_pi"] = [w for w in worst(analysis, limit=len(analysis.incidents))
                        if w["id"] in pi_ids][:2]
    data["bodies"] = bodies(analysis)
    _penal_texts(analysis, data["penal"], data["bodies"])
    # 禁止接触 only where the finding meets 2025 第五十条第二款 (conduct from 2026-01-01)
    data["no_contact"] = next((p["label"] for p in data["penal"] if "第五十条第二款" in p["label"]),
                              "")
    data["rules"] = sorted({f["rule"] for f in findings})
    data["collectors"] = collectors(case)
    data["agencies"] = [r.name for r in case.respondents if r.role == "collection_agency"]
    data.update(_provisions(findings, _platform_funder(case)))
    data["disclosed"] = "CN-DISCLOSURE" in data["rules"] or "CN-THIRD-PARTY" in data["rules"]
    data["urgent"] = [f["urgent"] for f in findings if f.get("urgent")]
    signed = context.get("signed_on")
    if isinstance(signed, date):
        data["reply_by"] = day(signed + timedelta(days=15))
    disputed = bool(case.debt and case.debt.disputed)
    data["disputed"] = disputed
    # hardship and offers to pay go to the lender only when I ask to negotiate (writing.md 7)
    data["negotiate"] = any(re.search("协商|分期|减免|还款计划", r) for r in case.requests)
    return {"cn": data}



def _penal_texts(analysis: Analysis, penal: list[dict[str, Any]], who: str) -> None:
    """Each penal provision's short label, and its facts as one sentence naming the state body
    and the paper as the case has them."""
    paper = "传票" if any("传票" in (i.content or "") for i in analysis.incidents) else ""
    for item in penal:
        item["short"] = compact([{"label": item["label"], "article": item["article"]}])
        item["text"] = penal_text(item["facts"], who, paper)


def _provisions(findings, fund) -> dict[str, Any]:
    """The provisions the letters name, by kind: supervisory (and those binding a platform's
    funder), baselines, PIPL, civil."""
    supervisory = labels_of(findings, binding=("regulator",))
    return {
        "supervisory": supervisory,
        # A platform is no bank, insurer or licensed lender: the supervisory rules its funder's
        # type brings bind the funder, and a regulator's letter is about the funder it
        # supervises.
        "funder": fund.name if fund else "",
        "funder_rules": [x for x in supervisory if "信用卡" not in x] if fund else [],
        "baseline": labels_of(findings, binding=("recommended standard", "self-regulation")),
        "pipl47": [x for x in labels_of(findings, instrument="个人信息保护法")
                   if "第四十七条" in x],
        "civil": labels_of(findings, basis=("civil",), binding=("binding",)),
        "pipl": [x for x in labels_of(findings, instrument="个人信息保护法")
                 if "第六十九条" not in x],
    }


def compact(citations: list[dict[str, Any]]) -> str:
    """Labels joined, one instrument named once: 《个人信息保护法》第六条、第十条."""
    groups: dict[str, list[str]] = {}
    for c in citations:
        if c.get("article") and c["label"].endswith(c["article"]):
            head = c["label"][: -len(c["article"])]
            groups.setdefault(head, [])
            if c["article"] not in groups[head]:
                groups[head].append(c["article"])
        else:
            groups.setdefault(c["label"], [])
    return "、".join(head + "、".join(arts) for head, arts in groups.items())


def cite_texts(findings) -> dict[str, dict[str, str]]:
    """Per finding: its binding law (civil and regulatory), the supervisory rules, the industry
    baseline and the penal provisions, each as one compact phrase (labels only, never a gist)."""
    out = {}
    for f in findings:
        # a liability provision (精神损害赔偿, PIPL 第六十九条) is not a rule the conduct breaks
        cs = [c for c in f["citations"] if not any(
            a in (c.get("article") or "") for a in ("第一千一百八十三条", "第六十九条"))]
        out[f["rule"]] = {
            "law": compact([c for c in cs if c["binding"] == "binding"
                            and c["basis"] not in PENAL]),
            "statute": compact([c for c in cs if c["binding"] == "binding"
                                and c["basis"] not in PENAL and c["basis"] != "civil"]),
            "reg": compact([c for c in cs if c["binding"] == "regulator"]),
            "base": compact([c for c in cs if c["binding"] in ("recommended standard",
                                                               "self-regulation")]),
            "penal": compact([c for c in cs if c["binding"] == "binding"
                              and c["basis"] in PENAL]),
        }
    return out


_PERSONAL_DATA = ("CN-THIRD-PARTY", "CN-DISCLOSURE", "CN-CONTACTS-DATA")

# Findings a letter states as one act, most serious first: a clerk reads one line per act, with
# every provision that act breaks, not one line per rule.
_GROUPS = (
    ("CN-IMPERSONATION", "CN-FAKE-DOCUMENT", "CN-MISLEADING"),
    ("CN-THREAT", "CN-INSULT"),
    ("CN-THIRD-PARTY", "CN-DISCLOSURE", "CN-CONTACTS-DATA"),
    ("CN-NIGHT",),
)

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_number(text: str) -> int:
    """一千零三十三 -> 1033 (article and item numbers)."""
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
    return total + digit


def _article_key(article: str) -> tuple[int, ...]:
    numbers = re.findall(r"[（(]?([一二三四五六七八九十百千零〇两\d]+)[）)]?[条款项]", article)
    return tuple(cn_number(n) for n in numbers) or (0,)


def compact_sorted(citations: list[dict[str, Any]]) -> str:
    """compact(), each instrument's articles in their order in the instrument, and the items of
    one article after it: 《办法》第三十七条第（一）项、第（二）项."""
    heads: dict[str, list[str]] = {}
    for c in citations:
        art = c.get("article") or ""
        if art and c["label"].endswith(art):
            arts = heads.setdefault(c["label"][: -len(art)], [])
            if art not in arts:
                arts.append(art)
        else:
            heads.setdefault(c["label"], [])
    out = []
    for head, arts in heads.items():
        arts = sorted(arts, key=_article_key)
        parts, last = [], None
        for a in arts:
            m = re.match(r"(第[^条]+条)(.+)$", a)
            if m and m.group(1) == last:
                parts.append(m.group(2))  # 第三十七条第（一）项、第（二）项
            else:
                parts.append(a)
                last = m.group(1) if m else a
        out.append(head + "、".join(parts))
    # no 顿号 between two titles in 书名号 (GB/T 15834): 《甲》《乙》
    return "".join(x if i == 0 or (out[i - 1].endswith("》") and x.startswith("《"))
                   else "、" + x for i, x in enumerate(out))


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
    if have[0] in _PERSONAL_DATA:
        return _third_party_act(analysis, have)
    if have == ["CN-NIGHT"]:
        return f"在夜间（22:00至次日8:00）联系{len(analysis.pattern.night)}次"
    if have == ["CN-EXTRA-FEES"]:
        return _fees_act(analysis)
    return ""


def _posing_act(analysis: Analysis, rules: dict[str, dict], have: list[str]) -> str:
    """Posing as a state body, with a paper sent or spoken of, and the false claims made."""
    texts = " ".join(i.content or "" for i in analysis.incidents)
    who = _posed_as(texts)
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


def _posed_as(texts: str) -> str:
    """The state bodies the collectors' words name: 法院、公安机关 …"""
    bodies = [b for b, words in (("法院", ("法院",)), ("公安机关", ("公安", "警察", "派出所")),
                                  ("检察院", ("检察",))) if any(w in texts for w in words)]
    return _join(bodies, "、") or "国家机关"


def _claimed(texts: str, false: bool) -> str:
    """The legal steps the collectors claimed (虚称 when checked and found false)."""
    claims = [w for w, words in (("已起诉", ("起诉",)), ("已立案", ("立案",)),
                                 ("将强制执行", ("强制执行",)), ("将拘留", ("拘留",)))
              if any(x in texts for x in words)]
    verb = "虚称" if false else "声称"
    return f"，{verb}{_join(claims[:2], '、')}等" if claims else "，以虚构的后果施压"


def _threat_act(analysis: Analysis, have: list[str]) -> str:
    """What the threats threatened, and the insults' words."""
    parts = []
    if "CN-THREAT" in have:
        kinds = ["上门"] if analysis.tagged("threat_visit") else []
        said = " ".join(w for i in analysis.tagged("criminal_threat")
                        for w in analysis.words(i, "criminal_threat"))
        kinds += [w for w in ("坐牢", "拘留", "抓人") if w in said]
        parts.append(f"以{_join(kinds, '、')}等相威胁" if kinds else "发送恐吓信息")
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
    act += (f"向本人的{who}催收" if n == 1 else f"向本人的{_join(rels, '、')}共{n}人催收") \
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


def _platform_funder(case):
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
