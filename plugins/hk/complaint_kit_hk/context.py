"""Extra render context for Hong Kong documents: everything in the case's language.

- ``findings``: the core's list with each title replaced by the title in the case's language
  (labels ``rule.<ID>``); explanations and citations are already in it (the rules build them so).
  A complaint to the PCPD keeps only the findings about personal data.
- ``hk``: the plugin's own values: the screening window and the contacts in it, whether the
  lender is a bank, the agency, the deadlines derived from the dates (law-hk.md §5), the
  addressee's name in the case's language, and the Hong Kong facts.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from babel.dates import format_date

from complaint_kit.api import Analysis, local_day

from .jurisdiction import labels_for
from .rules import conduct, findings
from .rules.matching import (
    ARREST,
    COURT_PAPERS,
    DEBT,
    IMPERSONATION,
    POSTER,
    has_agency,
    hours_text,
    is_bank,
    is_unlicensed,
    late,
    relation_names,
    visit,
)

# What a complaint to the Privacy Commissioner is about: personal data, not collection conduct
# (contacts with third parties and public humiliation are the Code's and the HKMA's; the
# disclosures they carry are HK-CONFIDENTIALITY and HK-DOXXING).
PRIVACY_RULES = ("HK-DOXXING", "HK-CONFIDENTIALITY", "HK-DATA-TRANSFER-NOTICE")

ADDRESSEES = {
    "zh-Hant": {
        "lender": "{lender}客戶投訴部",
        "hkma": "香港金融管理局投訴處理中心",
        "pcpd": "個人資料私隱專員公署",
        "police": "香港警務處",
        "fdrc": "金融糾紛調解中心",
        "consumer-council": "消費者委員會",
        "money-lenders": "放債人註冊處處長（公司註冊處）",
    },
    "en": {
        "lender": "The Complaints Department, {lender}",
        "hkma": "Complaint Processing Centre, Hong Kong Monetary Authority",
        "pcpd": "Office of the Privacy Commissioner for Personal Data",
        "police": "Hong Kong Police Force",
        "fdrc": "Financial Dispute Resolution Centre",
        "consumer-council": "Consumer Council",
        "money-lenders": "Registrar of Money Lenders, Companies Registry",
    },
}


# The order in which the worst contacts are chosen for quotation: threats of harm first.
WORST_ORDER = ("HK-INTIMIDATION", "HK-MISLEADING", "HK-DOXXING", "HK-PUBLIC-HUMILIATION",
               "HK-ABUSIVE", "HK-THIRD-PARTY", "HK-CONFIDENTIALITY", "HK-HOURS",
               "HK-PERSISTENT-CALLS", "HK-FALSE-IDENTITY", "HK-BANKRUPT")


def _says(language: str):
    english = language == "en"

    def say(zh: str, en: str) -> str:
        return en if english else zh
    return say


def _join(items: list[str], language: str) -> str:
    """"a, b and c" / "a、b及c"."""
    items = [x for x in items if x]
    if len(items) <= 1:
        return "".join(items)
    if language == "en":
        return ", ".join(items[:-1]) + " and " + items[-1]
    return "、".join(items[:-1]) + "及" + items[-1]


def _conduct(analysis: Analysis, fired: set[str], language: str) -> list[str]:
    """What the collectors did, one short phrase per point of conduct found, each true of this
    case: the subject of the police report and the opening of each letter."""
    say = _says(language)
    a = analysis
    out: list[str] = []
    if "HK-INTIMIDATION" in fired:
        out += _threat_phrases(a, say)
    if "HK-MISLEADING" in fired:
        out += _misleading_phrases(a, say)
    if "HK-DOXXING" in fired:
        out.append(say("未經本人同意公開本人的個人資料", "disclosed my personal data without "
                       "my consent"))
    if "HK-PUBLIC-HUMILIATION" in fired:
        out += _public_phrases(a, say, doxxing="HK-DOXXING" in fired)
    if "HK-THIRD-PARTY" in fired:
        out += _third_party_phrases(a, say, language)
    if "HK-CONFIDENTIALITY" in fired and "HK-THIRD-PARTY" not in fired:
        out.append(say("向他人透露本人的欠債", "told others about my debt"))
    return out + _plain_phrases(a, fired, say)


def _threat_phrases(a: Analysis, say) -> list[str]:
    injury, other = findings._threats(a)
    out = []
    if injury:
        out.append(say("以傷害人身或損毀財產相威脅", "threatened harm to people or property"))
    if any(a.has(i, *visit(a)) for i in other):
        out.append(say("揚言上門", "threatened to come to my home"))
    if any(i not in injury and not a.has(i, *visit(a)) for i in other):
        out.append(say("以含糊的說話威嚇本人", "made veiled threats"))
    return out


def _misleading_phrases(a: Analysis, say) -> list[str]:
    found = findings._misleading(a)[0]
    out = []
    posing = [i for i in found if a.has(i, *IMPERSONATION)]
    if posing:
        out.append(say("冒充警務人員", "posed as a police officer") if _police_only(posing)
                   else say("冒充執法或司法人員", "posed as police or court officers"))
    arrest = [i for i in found if a.has(i, *ARREST)]
    if arrest:
        what = conduct.threatened(a, arrest)
        out.append(say(f"以{what}相恐嚇", f"threatened me with {what}"))
    if any(a.has(i, *COURT_PAPERS) and i.verified_false for i in found):
        out.append(say("提及虛假的法庭文件", "referred to court papers that proved false"))
    return out


def _public_phrases(a: Analysis, say, doxxing: bool) -> list[str]:
    """Notices put up, and (unless the doxxing phrase says it) posts to a group or online."""
    found = findings._humiliating(a)
    out = []
    if any(a.has(i, *POSTER) for i in found):
        out.append(say("張貼街招公開本人欠債", "put up notices about my debt"))
    if any(not a.has(i, *POSTER) for i in found) and not doxxing:
        out.append(say("在群組或網上公開本人欠債", "posted about my debt to a group or "
                       "online"))
    return out


def _third_party_phrases(a: Analysis, say, language: str) -> list[str]:
    wrong, claims, _open = findings._third_party(a)
    if wrong:
        names = relation_names(a, wrong)
        told = any(a.has(i, *DEBT) for i in wrong)
        return [say(f"聯絡本人的{_join(names, language)}{'追數' if told else ''}",
                    f"contacted my {_join(names, language)}"
                    f"{' about the debt' if told else ''}")]
    if claims:
        return [say("揚言會聯絡本人的家人或同事", "said they would tell my family or "
                    "colleagues")]
    return []


def _plain_phrases(a: Analysis, fired: set[str], say) -> list[str]:
    """The points of conduct that one phrase always tells."""
    out = []
    if "HK-ABUSIVE" in fired:
        out.append(say("辱罵本人", "abused me"))
    if "HK-HOURS" in fired:
        start, end = hours_text(a.case).split("–")
        out.append(say(f"在{start}至{end}之間致電", f"called between {start} and {end}"))
    if "HK-PERSISTENT-CALLS" in fired:
        out.append(say("連番致電", "called persistently"))
    if "HK-FALSE-IDENTITY" in fired:
        out.append(say("使用假名或匿名聯絡", "used false names or contacted me anonymously"))
    if "HK-BANKRUPT" in fired:
        out.append(say("在本人被判破產後仍然追數", "kept collecting after I was adjudged "
                       "bankrupt"))
    return out


_POLICE = re.compile(r"police|officer|警|差人|阿Sir", re.I)
_COURT = re.compile(r"court|summons|warrant|bailiff|法庭|法院|傳票|拘捕令|執達", re.I)


def _police_only(incidents: list) -> bool:
    """Whether the collectors posed only as the police (never as the court or its officers),
    going by their own words."""
    texts = [i.content or "" for i in incidents]
    return any(_POLICE.search(t) for t in texts) and not any(_COURT.search(t) for t in texts)


def _worst(findings: list[dict], incidents: list[dict], limit: int = 3) -> list[dict]:
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


def _relation(labels: dict, relation: str, name: str | None) -> str:
    """The relation as it stands before a name: one person ("家人（父母）陳母")."""
    plain = labels.get(f"relation.{relation}", relation)
    return labels.get(f"relation_named.{relation}", plain) if name else plain


def _also(penal: list[dict], incidents: list[dict], quoted: list[dict]) -> list[dict]:
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


def _third_parties(pattern: dict, labels: dict, language: str) -> str:
    """"my parent 陳母 (once), my employer …" / "父母陳母（1次）、僱主…"."""
    say = _says(language)
    parts = []
    for t in pattern.get("third_parties") or []:
        if t["relation"] == "public":  # a group or a notice: the letters say so where it matters
            continue
        name = t.get("name") or ""
        relation = _relation(labels, t["relation"], name)
        n = t["contacts"]
        parts.append(say(f"{relation}{name}（{n}次）",
                         f"my {relation}{' ' + name if name else ''} "
                         f"({ {1: 'once', 2: 'twice'}.get(n, f'{n} times') })"))
    return _join(parts, language)


_LOCALES = {"en": "en_HK", "zh-Hant": "zh_Hant_HK"}


def _when(analysis: Analysis, incidents: list, language: str) -> str:
    """The times of contacts as a letter writes them, one day named once:
    "2月3日00:20、09:00及09:05" / "on 3 February at 00:20, 09:00 and 09:05"; the year only
    where the contacts span more than one."""
    locale = _LOCALES.get(language, "zh_Hant_HK")
    stamps = sorted(analysis.case.local_time(i) for i in incidents)
    if not stamps:
        return ""
    years = {analysis.case.local_time(i).year for i in analysis.case.incidents}
    english = language == "en"
    pattern = ("d MMMM y" if english else "y年M月d日") if len(years) > 1 else \
        ("d MMMM" if english else "M月d日")
    days: dict[date, list[str]] = {}
    for t in stamps:
        days.setdefault(t.date(), []).append(f"{t:%H:%M}")
    parts = []
    for day, hours in days.items():
        label = format_date(day, pattern, locale=locale)
        if english:
            parts.append(f"on {label} at {_join(hours, language)}")
        else:
            parts.append(f"{label}{_join(hours, language)}")
    if english:
        return "; ".join(parts) if any(" and " in p for p in parts) and len(parts) > 1 \
            else _join(parts, language)
    return "；".join(parts) if any("及" in p for p in parts) and len(parts) > 1 \
        else _join(parts, language)


_REFS = {"zh": re.compile(r"（([A-Za-z]*\d+(?:、[A-Za-z]*\d+)*)）"),
         "en": re.compile(r" \(([A-Za-z]*\d+(?:, [A-Za-z]*\d+)*)\)")}


def _retime(a: Analysis, text: str, language: str) -> str:
    """The incident ids a rule's sentence names ("（I1、I2）", "Once (I8) the collectors")
    written as the times of those contacts, which is how the annexed log finds them."""
    english = language == "en"
    by_id = {i.id: i for i in a.case.incidents}

    def times_of(names: str) -> list:
        return [by_id[x.strip()] for x in re.split(r"[、,]", names) if x.strip() in by_id]

    if english:
        def lead(m: re.Match) -> str:
            items = times_of(m.group(2))
            if not items:
                return m.group(0)
            w = _when(a, items, language)
            return f"{w[0].upper()}{w[1:]} the collectors"
        text = re.sub(r"(Once|Twice|\d+ times) \(([^)]*)\) the collectors", lead, text)
    else:
        def lead_zh(m: re.Match) -> str:
            items = times_of(m.group(2))
            return f"收數方於{_when(a, items, language)}" if items else m.group(0)
        text = re.sub(r"收數方(\d+)次（([^）]*)）", lead_zh, text)

    def paren(m: re.Match) -> str:
        items = times_of(m.group(1))
        if not items:
            return m.group(0)
        w = _when(a, items, language)
        return f" ({w[3:] if w.startswith('on ') else w})" if english else f"（{w}）"
    return _REFS["en" if english else "zh"].sub(paren, text)


def _point(analysis: Analysis, finding: dict, language: str, you: str | None = None) -> str:
    """What a finding says in a letter: the facts with the times of the contacts (the annexed
    log lists them by time), never the incident ids nor the screening thresholds, which are
    the complainant's own and no rule of law."""
    a = analysis
    by_id = {i.id: i for i in a.case.incidents}
    rule = finding["rule"]
    found = [by_id[x] for x in finding["incidents"] if x in by_id]
    text = None
    if found:
        text = _point_of_contacts(a, rule, found, by_id, language)
    if text is not None:
        return text
    if rule in ("HK-DATA-TRANSFER-NOTICE", "HK-DCA-NOTICE") and you:
        return _notice_to(finding.get("explanation") or "", language, you)
    return _explained(a, rule, finding.get("explanation") or "", found, language)


def _point_of_contacts(a: Analysis, rule: str, found: list, by_id: dict, language: str
                       ) -> str | None:
    """The point of a finding told by its contacts, for the rules that are; else None."""
    if rule == "HK-HOURS":
        say = _says(language)
        n = len(found)
        return say(f"收數方於{_when(a, found, language)}致電本人，屬不合理時間。",
                   f"The collectors called me at "
                   f"{'an unreasonable hour' if n == 1 else 'unreasonable hours'}: "
                   f"{_when(a, found, language)}.")
    if rule == "HK-PERSISTENT-CALLS":
        return _persistent_point(a, found, by_id, language)
    if rule in ("HK-THIRD-PARTY", "HK-CONFIDENTIALITY"):
        return _people_point(a, rule, found, language)
    if rule == "HK-DOXXING":
        return _doxxing_point(a, found, language)
    if rule == "HK-PUBLIC-HUMILIATION":
        return _humiliation_point(a, found, language)
    return None


def _persistent_point(a: Analysis, found: list, by_id: dict, language: str) -> str:
    """The calls, from how many numbers, the runs of redialling, and those after I asked them
    to stop."""
    say = _says(language)
    _found, _busiest, runs = findings._persistent(a)
    n = len(found)
    numbers = {i.from_number for i in found if i.from_number}
    text = say(f"收數方於{_when(a, found, language)}先後致電本人{n}次"
               f"{f'，輪流使用{len(numbers)}個號碼' if len(numbers) > 1 else ''}。",
               f"The collectors called me {n} times, {_when(a, found, language)}"
               f"{f', from {len(numbers)} numbers in turn' if len(numbers) > 1 else ''}.")
    for r in runs:
        run = [by_id[x] for x in r.incidents if x in by_id]
        if len(run) < 3:
            continue
        start, end = a.case.local_time(run[0]), a.case.local_time(run[-1])
        minutes = int((end - start).total_seconds() // 60)
        text += say(f"其中{len(run)}次在{start:%H:%M}至{end:%H:%M}的{minutes}分鐘內連番重撥。",
                    f" Between {start:%H:%M} and {end:%H:%M} they called {len(run)} times "
                    f"within {minutes} minutes.")
    after_stop = [i for i in found if i.to.asked_to_stop]
    if after_stop:
        text += say(f"其中{len(after_stop)}次是在對方已要求停止致電之後作出。",
                    f" {len(after_stop)} came after I had asked them to stop.")
    return text


def _people_point(a: Analysis, rule: str, found: list, language: str) -> str | None:
    """Whom the collectors contacted or told, when every contact reached a person; else
    None (the explanation says it)."""
    say = _says(language)
    english = language == "en"
    people = [i for i in found if i.to.relation.is_third_party and
              str(i.to.relation) != "public"]
    if not people or len(people) != len(found):
        return None
    labels = labels_for(language)
    whom = _join(list(dict.fromkeys(
        f"{'my ' if english else ''}"
        f"{_relation(labels, str(i.to.relation), i.to.name)}"
        f"{(' ' if english else '') + i.to.name if i.to.name else ''}"
        for i in people)), language)
    if rule == "HK-THIRD-PARTY":
        told = all(a.has(i, *DEBT) for i in people)
        them = "對方" if len(people) == 1 else "他們"
        return say(f"收數方於{_when(a, people, language)}聯絡本人的{whom}"
                   f"{f'，向{them}提及本人的欠款或要求代還' if told else ''}。",
                   f"The collectors contacted {whom} {_when(a, people, language)}"
                   f"{', and spoke of my debt or asked them to pay' if told else ''}.")
    return say(f"收數方於{_when(a, people, language)}向本人的{whom}透露本人欠債，沒有"
               "將本人的資料保密，並將本人的個人資料用於收集時以外的目的。",
               f"The collectors told {whom} about my debt "
               f"{_when(a, people, language)}, instead of keeping it confidential, and "
               "used my personal data for a purpose other than the one it was "
               "collected for.")


def _doxxing_point(a: Analysis, found: list, language: str) -> str:
    """Where and when the collectors put up notices or posted my data."""
    say = _says(language)
    ways = []
    for i in found:
        where = i.location or i.to.name or say("公眾地方", "a public place")
        poster = a.has(i, *POSTER)
        act = "張貼街招" if poster else "發布訊息"
        ways.append(say(f"於{_when(a, [i], language)}在{where}{act}",
                        f"{'put up notices at' if poster else 'posted in'} {where} "
                        f"{_when(a, [i], language)}"))
    return say(f"收數方{'，並'.join(ways)}，未經本人同意披露本人的個人資料及欠債，意在向本人"
               "施壓追數，罔顧會對本人造成滋擾及心理傷害。",
               f"The collectors {_join(ways, language)}, disclosing my personal data and "
               "my debt without my consent, to put pressure on me to pay, reckless as to "
               "the harassment and psychological harm this would cause me.")


def _humiliation_point(a: Analysis, found: list, language: str) -> str:
    """Where and when the collectors put up notices, then where they posted."""
    say = _says(language)
    posters = [i for i in found if a.has(i, *POSTER)]
    posts = [i for i in found if i not in posters]
    ways = []
    for i in posters:
        where = i.location or say("公眾地方", "a public place")
        ways.append(say(f"於{_when(a, [i], language)}在{where}張貼街招",
                        f"put up notices at {where} {_when(a, [i], language)}"))
    for i in posts:
        where = i.to.name or say("群組", "a group")
        ways.append(say(f"於{_when(a, [i], language)}在{where}發布訊息",
                        f"posted in {where} {_when(a, [i], language)}"))
    return say(f"收數方{'，並'.join(ways)}，公開本人欠債，令本人在公眾面前受辱。",
               f"The collectors {_join(ways, language)}, telling others that I owe money "
               "and shaming me in public.")


def _notice_to(text: str, language: str, you: str) -> str:
    """A notice finding's explanation addressed to the lender itself."""
    if language == "en":
        return (text.replace("When (or before) the lender collected my personal data it",
                             "When (or before) you collected my personal data you")
                .replace("yet it passed", "yet you passed")
                .replace("The lender's written notice before it used",
                         "Your written notice before you used")
                .replace("The lender did not give me written notice before it used",
                         "You did not give me written notice before you used"))
    return text.replace("貸款人", you)


def _explained(a: Analysis, rule: str, text: str, found: list, language: str) -> str:
    """The finding's own explanation, the contacts' times for their references."""
    text = re.sub(r"（貸款人並非銀行[^）]*）|\s*\(The lender is not a bank[^)]*\)", "", text)
    if rule == "HK-MISLEADING" and _police_only(found):
        text = text.replace("冒充執法或司法人員", "冒充警務人員").replace(
            "posed as police or court officers", "posed as a police officer")
    text = text.replace(", false or misleading claims made to make me pay:",
                        ". These false or misleading claims were made to make me pay:")
    return _retime(a, text.replace("\n", " " if language == "en" else ""), language)


# The offence each penal provision creates, as the police name it.
OFFENCES = (
    ("64(3C)", "披露未經同意而取得的個人資料並造成指明傷害",
     "disclosing personal data without consent, causing specified harm"),
    ("64(3A)", "未經同意披露個人資料（起底）", "disclosing personal data without consent "
     "(doxxing)"),
    ("20(a)", "藉電話或無線電通訊發出極度冒犯、不雅、淫褻或威嚇性的訊息",
     "sending a grossly offensive, indecent, obscene or menacing message by telephone"),
    ("20(b)", "藉電話或無線電通訊發出明知虛假的訊息", "sending by telephone a message known "
     "to be false"),
    ("20(c)", "無合理辯解而持續不斷打電話", "persistently making telephone calls without "
     "reasonable cause"),
    ("24", "刑事恐嚇", "criminal intimidation"),
    ("163", "無牌經營放債人業務", "carrying on business as a money lender without a licence"),
)


def _offence(label: str, language: str) -> str:
    for key, zh, en in OFFENCES:
        if key in label:
            return en if language == "en" else zh
    return ""


def _fact(a: Analysis, element: dict, language: str) -> str:
    """An element's facts for the police: the times of the contacts, and the way a message
    came where the rule could only say "by call, SMS or instant message"."""
    fact = element["fact"]
    by_id = {i.id: i for i in a.case.incidents}
    found = [by_id[x] for x in element.get("incidents") or [] if x in by_id]
    ways = {str(i.channel) for i in found}
    if len(ways) == 1:
        labels = labels_for(language)
        way = labels.get(f"channel.{ways.pop()}", "")
        if way:
            fact = fact.replace("以電話、短訊或即時通訊傳送", f"以{way}傳送").replace(
                "sent by call, SMS or instant message",
                f"sent by {way if way.isupper() else way.lower()}")
    if found and _police_only(found):
        fact = fact.replace("收數方自稱執法或司法人員", "收數方自稱警務人員").replace(
            "claimed to be a police or court officer", "claimed to be a police officer")
    fact = re.sub(r"(港幣[\d,]+)$", r"\1元", fact)
    return _retime(a, fact, language)


def _merged(findings: list[dict], language: str, you: str | None = None) -> list[dict]:
    """One point per set of facts in a letter: a disclosure to the people contacted joins the
    point on contacting them, a doxxing post joins the point on public humiliation, each with
    both bases, so that no fact is told twice."""
    say = _says(language)
    rules = {f["rule"]: f for f in findings}
    drop: set[str] = set()

    def join(into: str, other: str, sentence: str, title: str | None = None,
             any_facts: bool = False) -> None:
        a, b = rules.get(into), rules.get(other)
        if not a or not b or not (any_facts or set(b["incidents"]) <= set(a["incidents"])):
            return
        labels = {c["label"] for c in a["citations"]}
        extra = [c for c in b["citations"] if c["label"] not in labels]
        rules[into] = {**a, "point": a["point"] + sentence,
                       "title": title or a["title"],
                       "citations": [*[c for c in extra if c["binding"] == "binding"],
                                     *a["citations"],
                                     *[c for c in extra if c["binding"] != "binding"]]}
        drop.add(other)

    if "HK-HOURS" in rules:
        join("HK-HOURS", "HK-PERSISTENT-CALLS",
             ("" if language != "en" else " ") + rules.get("HK-PERSISTENT-CALLS", {}).get(
                 "point", ""),
             say("在不合理時間致電及連番致電", "Calls at unreasonable hours and persistent calls"),
             any_facts=True)
    join("HK-THIRD-PARTY", "HK-CONFIDENTIALITY",
         say("此舉未經本人同意，將本人的個人資料用於新目的。",
             " This used my personal data for a new purpose without my consent."),
         say("向第三者追數及透露本人欠債", "Pressing others for the debt and telling them of it"))
    join("HK-PUBLIC-HUMILIATION", "HK-DOXXING",
         say("有關張貼及發布未經本人同意而披露本人的個人資料，意在向本人施壓追數，罔顧會對本人"
             "造成滋擾及心理傷害。",
             " They disclosed my personal data without my consent, to press me to pay, "
             "reckless as to the harassment and distress they would cause me."),
         say("公開羞辱本人及未經同意披露本人的個人資料（「起底」）",
             "Public humiliation and disclosure of my personal data without consent "
             "(doxxing)"))
    dca, data = rules.get("HK-DCA-NOTICE"), rules.get("HK-DATA-TRANSFER-NOTICE")
    not_given = ("沒有預先以書面通知", "did not give me written notice")
    if dca and data and any(x in dca["point"] for x in not_given):
        who = you or say("貸款人", "the lender")
        join("HK-DATA-TRANSFER-NOTICE", "HK-DCA-NOTICE", "",
             say("未有告知本人資料會轉交收數公司", "Not told that my data and account would "
                 "go to a debt-collection agency"))
        rules["HK-DATA-TRANSFER-NOTICE"]["point"] = say(
            f"{who}在收集本人個人資料時或之前，沒有告知本人資料可能轉交收數公司，委託收數公司"
            "前亦沒有預先以書面通知本人，卻將本人的資料及賬戶交予收數公司追收。",
            f"{who[0].upper()}{who[1:]} did not tell me, when or before collecting my personal "
            "data, that it might be passed to debt collectors, nor give me written notice "
            "before passing my account to a collection agency.")
    elif dca and data:
        join("HK-DATA-TRANSFER-NOTICE", "HK-DCA-NOTICE", ("" if language != "en" else " ")
             + dca["point"],
             say("未有告知本人資料會轉交收數公司", "Not told that my data and account would "
                 "go to a debt-collection agency"))
    return [rules[f["rule"]] for f in findings if f["rule"] not in drop]


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def hk_context(analysis: Analysis, document: str, context: dict[str, Any]) -> dict[str, Any]:
    case = analysis.case
    language = context["language"] if context["language"] in ADDRESSEES else "zh-Hant"
    labels = labels_for(language)
    you = _you(case, document, language)
    findings = _titled(analysis, [f for f in context["findings"] if document != "pcpd-complaint"
                                  or f["rule"] in PRIVACY_RULES], labels, language, you)
    late_ids = [i.id for i in sorted(case.incidents, key=lambda i: i.time) if late(case, i)]
    facts = case.facts
    agency = next((r for r in case.respondents if r.role == "collection_agency"), None)
    fired = {f["rule"] for f in context["findings"]}
    all_findings = _titled(analysis, context["findings"], labels, language, None)
    penal = _penal(analysis, all_findings, language)
    pattern = context.get("pattern") or {}
    _unquote_shown(findings, _shown(document, findings, all_findings, context["incidents"]),
                   context["incidents"])
    return {
        "findings": findings,
        "points": _merged(findings, language, you),
        "hk": {
            "to": _to(context.get("addressee"), language, case.lender),
            "product": _product(case, language),
            "names": {k: v for k, v in ADDRESSEES[language].items() if k != "lender"},
            "bank": is_bank(case),
            "agency": agency.model_dump() if agency else None,
            "has_agency": has_agency(case),
            "window": hours_text(case),
            "late": late_ids,
            "fired": [f["rule"] for f in findings],
            **_deadlines(case, context["findings"]),
            "dca_notice": facts.get("dca_advance_notice_received"),
            "lender_kind": facts.get("lender_kind"),
            "unlicensed": is_unlicensed(case),
            "licensed_lender": facts.get("money_lender_licensed") is True,
            **_conducts(analysis, document, fired, penal, language),
            "offence": _offences(penal, language),
            "worst": _worst(findings, context["incidents"]),
            "worst_all": _worst(all_findings, context["incidents"]),
            "worst_two": _worst(all_findings, context["incidents"], limit=2),
            "penal": penal,
            "also": _also(penal, context["incidents"], _worst(all_findings, context["incidents"])),
            "others": [f for f in all_findings if f not in penal],
            "third_parties": _third_parties(pattern, labels, language),
            "third_party_relations": _relations(pattern, labels, language),
            "agencies": [r.name for r in case.respondents if r.role == "collection_agency"],
        },
    }


def _titled(analysis: Analysis, findings: list[dict], labels: dict, language: str,
            you: str | None) -> list[dict]:
    """The findings with their titles and points in the document's language."""
    return [{**f, "title": labels.get(f"rule.{f['rule']}", f["title"]),
             "point": _point(analysis, f, language, you)} for f in findings]


def _you(case, document: str, language: str) -> str | None:
    """How the complaint to the lender addresses it; None in other documents."""
    if document != "lender-complaint":
        return None
    return "you" if language == "en" else ("貴行" if is_bank(case) else "貴公司")


def _to(addressee: dict | None, language: str, lender) -> str | None:
    """The addressee's line, in the document's language, naming the lender where it is the
    addressee."""
    if not addressee:
        return None
    if addressee["id"] == "lender" and not lender:
        return addressee["addressee"]
    pattern = ADDRESSEES[language].get(addressee["id"])
    return pattern.format(lender=lender.name if lender else "") if pattern else \
        addressee["addressee"]


def _deadlines(case, findings: list[dict]) -> dict[str, Any]:
    """The PCPD's two years and when they run from; when I complained to the bank, and when
    the FDRC may be asked after that."""
    first_known = _first_known(case, findings)
    complained = _date(case.facts.get("complained_to_bank_date"))
    return {"pcpd_deadline": _plus_years(first_known, 2) if first_known else None,
            "first_known": first_known,
            "first_known_given": _date(case.facts.get("first_known_on")) is not None,
            "complained_to_bank": complained,
            "fdrc_from": complained + timedelta(days=60) if complained else None}


def _first_known(case, findings: list[dict]) -> date | None:
    """What the PCPD's two years run from: the day I learnt of the act complained of, or,
    unless the case says, the day of the first disclosure complained of (never earlier
    contacts)."""
    privacy_ids = {x for f in findings if f["rule"] in PRIVACY_RULES for x in f["incidents"]}
    disclosures = [i for i in case.incidents if i.id in privacy_ids] or case.incidents
    return _date(case.facts.get("first_known_on")) or (
        min(local_day(case, i) for i in disclosures) if disclosures else None)


def _penal(analysis: Analysis, findings: list[dict], language: str) -> list[dict]:
    """The criminal findings with elements met, each element with its fact in words."""
    return [{**f, "elements": {label: [{**e, "fact": _fact(analysis, e, language)}
                                       for e in els]
                               for label, els in f["elements"].items()}}
            for f in findings if f.get("basis") == "criminal"
            and any(f["elements"].values())]


def _shown(document: str, findings: list[dict], all_findings: list[dict],
           incidents: list[dict]) -> list[dict]:
    """The messages the document quotes in full."""
    if document == "pcpd-complaint":
        return _worst(findings, incidents)
    if document in ("lender-complaint", "hkma-complaint"):
        return _worst(all_findings, incidents, limit=2)
    return _worst(all_findings, incidents)


def _unquote_shown(findings: list[dict], shown: list[dict], incidents: list[dict]) -> None:
    """The words of a message the letter quotes in full are not quoted again in pieces."""
    shown_ids = {i["id"] for i in shown}
    verbatim = {i["id"] for i in incidents if i.get("verbatim")}
    for f in findings:
        quoted = set(f["incidents"]) & verbatim
        if f["rule"] == "HK-MISLEADING" and quoted and quoted <= shown_ids:
            f["point"] = re.sub(r"(?:: (?:“[^”]*”(?:, )?)+|：(?:「[^」]*」、?)+)", "", f["point"])


def _product(case, language: str) -> str | None:
    """The debt's product, in English lower-cased as running text has it ("a personal
    loan"), unless it reads as a name."""
    product = case.debt.product if case.debt else None
    if product and language == "en":
        words = product.split()
        if len(words) > 1 and all(w[:1].islower() for w in words[1:]):
            product = product[0].lower() + product[1:]
    return product


def _conducts(analysis: Analysis, document: str, fired: set[str], penal: list[dict],
              language: str) -> dict[str, list[str]]:
    """What the collectors did: as the document complains of it (to the PCPD, only the
    privacy points), all of it, and what the penal findings rest on."""
    rules = fired if document != "pcpd-complaint" else fired & set(PRIVACY_RULES)
    return {"conduct": _conduct(analysis, rules, language),
            "conduct_all": _conduct(analysis, fired, language),
            "conduct_penal": _conduct(analysis, {f["rule"] for f in penal}, language)}


def _offences(penal: list[dict], language: str) -> dict[str, str]:
    """Each provision the penal findings cite, with the offence it creates."""
    return {c["label"]: _offence(c["label"], language) for f in penal for c in f["citations"]}


def _relations(pattern: dict, labels: dict, language: str) -> str:
    """The relations of the third parties reached (not the public), each once."""
    return _join(list(dict.fromkeys(
        labels.get(f"relation.{t['relation']}", t["relation"])
        for t in pattern.get("third_parties") or [] if t["relation"] != "public")), language)
