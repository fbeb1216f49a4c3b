"""The points of a Hong Kong complaint: each finding told as facts in the case's language."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date

from complaint_kit.api import Analysis

from .jurisdiction import labels_for
from .phrases import join_words, police_only, say_in
from .quoting import relation_before_name
from .rules import findings
from .rules.matching import (
    DEBT,
    POSTER,
)

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
            parts.append(f"on {label} at {join_words(hours, language)}")
        else:
            parts.append(f"{label}{join_words(hours, language)}")
    if english:
        return "; ".join(parts) if any(" and " in p for p in parts) and len(parts) > 1 \
            else join_words(parts, language)
    return "；".join(parts) if any("及" in p for p in parts) and len(parts) > 1 \
        else join_words(parts, language)


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


def point_text(analysis: Analysis, finding: dict, language: str, you: str | None = None) -> str:
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
        say = say_in(language)
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
    say = say_in(language)
    _found, _busiest, runs = findings.find_persistent(a)
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
    say = say_in(language)
    english = language == "en"
    people = [i for i in found if i.to.relation.is_third_party and
              str(i.to.relation) != "public"]
    if not people or len(people) != len(found):
        return None
    labels = labels_for(language)
    whom = join_words(list(dict.fromkeys(
        f"{'my ' if english else ''}"
        f"{relation_before_name(labels, str(i.to.relation), i.to.name)}"
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
    say = say_in(language)
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
               f"The collectors {join_words(ways, language)}, disclosing my personal data and "
               "my debt without my consent, to put pressure on me to pay, reckless as to "
               "the harassment and psychological harm this would cause me.")


def _humiliation_point(a: Analysis, found: list, language: str) -> str:
    """Where and when the collectors put up notices, then where they posted."""
    say = say_in(language)
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
               f"The collectors {join_words(ways, language)}, telling others that I owe money "
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
    if rule == "HK-MISLEADING" and police_only(found):
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


def offence_name(label: str, language: str) -> str:
    for key, zh, en in OFFENCES:
        if key in label:
            return en if language == "en" else zh
    return ""


def element_facts(a: Analysis, element: dict, language: str) -> str:
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
    if found and police_only(found):
        fact = fact.replace("收數方自稱執法或司法人員", "收數方自稱警務人員").replace(
            "claimed to be a police or court officer", "claimed to be a police officer")
    fact = re.sub(r"(港幣[\d,]+)$", r"\1元", fact)
    return _retime(a, fact, language)


def merged_points(findings: list[dict], language: str, you: str | None = None) -> list[dict]:
    """One point per set of facts in a letter: a disclosure to the people contacted joins the
    point on contacting them, a doxxing post joins the point on public humiliation, each with
    both bases, so that no fact is told twice."""
    say = say_in(language)
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
