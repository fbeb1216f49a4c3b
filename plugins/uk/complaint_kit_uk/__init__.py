"""United Kingdom: rules, channels, documents and templates for complaint-kit.

FCA CONC 7 (binding on authorised firms collecting credit debts), the Protection from Harassment
Act 1997, the Administration of Justice Act 1970 s.40, the DMCC Act 2024 and the Consumer Credit
Act 1974, as shared/reference/law-uk.md records them; complaints go to the firm, then the
Financial Ombudsman Service, and harassment to the police.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from pathlib import Path

from complaint_kit.api import TAGS, JurisdictionPlugin, formats, series

from .channels import CHANNELS, POLICE_REPORT_RULES
from .documents import DOCUMENTS, POINT_GROUPS, POINT_HEADINGS, WORST_TAGS
from .facts import conc_applies, deadlines, fos_covers
from .jurisdiction import HOURS_TEXT, UK
from .lexicon import LEXICON
from .questions import QUESTIONS, VALIDATORS
from .rules import RULES
from .validation import validate
from .voice import first_person, number_word, point_text

EN_GB = formats("en_GB")

__version__ = "0.1.0"


def extra_context(analysis, document, context):
    """``uk``: the complaint deadlines, whether CONC and the Ombudsman apply, and what the letters
    say in the complainant's voice: the pattern in counts, the worst messages, the points grouped,
    the harassment offence with the facts that meet its elements, and any urgent threat."""
    case = analysis.case
    findings = context["findings"]
    dates = deadlines(case)
    reply_by = (dates["firm_complaint_date"] or context["signed_on"]) + timedelta(weeks=8)
    # Each date as a British letter writes it in running text: '16 March 2026'.
    longs = {f"{k}_long": long_date(v) if v else None for k, v in dates.items()}
    return {"uk": {
        **dates,
        **longs,
        "signed_long": long_date(context["signed_on"]) if context.get("signed_on") else "",
        "reply_by_long": long_date(reply_by),
        "summary": summary(analysis, context),
        "worst": worst(analysis, context["incidents"]),
        "points": points(findings, context["incidents"], to_firm=document == "complaint"),
        "pha": pha_offence(findings),
        "urgent_now": [re.sub(r"\((I\w+), as described\)", r"(\1; my account of it is below)",
                              first_person(line)) for f in findings if f["urgent"]
                       for line in f["urgent"].splitlines() if line.strip()],
        "accounts": accounts(findings, context["incidents"]),
        "visits_after": visits_after(analysis, findings),
        "rules_found": {f["rule"] for f in findings},
        "reply_by": reply_by,
        "conc_applies": conc_applies(case),
        "fos_covers": fos_covers(case),
        "hours": HOURS_TEXT,
        "police_rules": list(POLICE_REPORT_RULES),
        "unverified_rules": [f["rule"] for f in context["findings"] if not f["verified"]],
        "tag_counts": tag_counts(analysis),
        "told_about_debt": told_about_debt(case, context["findings"]),
    }}


def long_date(day) -> str:
    """'2 March 2026', as British letters write a date in running text."""
    return EN_GB.date(day, "d MMMM y")


def times(n: int, one: str, many: str | None = None) -> str:
    """'one call', 'six text messages'."""
    return f"{number_word(n)} {one if n == 1 else (many or one + 's')}"


_CHANNEL_WORDS = {"call": ("call", "calls"), "sms": ("text message", "text messages"),
                  "im": ("instant message", "instant messages"), "visit": ("visit", "visits"),
                  "letter": ("letter", "letters"), "email": ("email", "emails"),
                  "social_post": ("social-media post", "social-media posts"),
                  "other": ("other contact", "other contacts")}


def summary(analysis, context) -> dict:
    """The pattern in counts, in words a letter uses: the period, the contacts by kind, those
    outside the hours, the redialling, and whom else they reached."""
    pattern = context["pattern"]
    if not pattern["total"]:
        return {}
    third = _third_parties(pattern, context["labels"])
    by = {i.respondent for i in analysis.case.incidents}
    who = [r.name for r in analysis.case.respondents if r.id in by]
    first, last = pattern["first"], pattern["last"]
    same_day = first.date() == last.date()
    parts = [_opening(pattern, who, bool(third), same_day), *_details(pattern, same_day)]
    if third:
        parts.append(f"They also contacted {_joined(third)}.")
    return {"text": " ".join(parts), "third": third, "who": who,
            "first": long_date(first), "last": long_date(last)}


def _third_parties(pattern: dict, labels: dict) -> list[str]:
    """'my employer (Jo Bloggs)': each third party the collectors reached."""
    third = []
    for t in pattern["third_parties"]:
        relation = labels.get(f"relation.{t['relation']}", str(t["relation"])).lower()
        third.append(f"my {relation}" + (f" ({t['name']})" if t.get("name") else ""))
    return third


def _period(first, last) -> str:
    """'On 2 March 2026', 'Between 2 and 9 March 2026', 'Between 2 March 2026 and …'."""
    if first.date() == last.date():
        return f"On {long_date(first)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"Between {first.day} and {long_date(last)}"
    return f"Between {long_date(first)} and {long_date(last)}"


def _opening(pattern: dict, who: list[str], third: bool, same_day: bool) -> str:
    """The summary's first sentence: when, who, whom, how often and by what means."""
    kinds = [times(n, *_CHANNEL_WORDS.get(ch, (ch, ch + "s")))
             for ch, n in pattern["by_channel"].items() if n]
    names = " and ".join(who) or "the collectors"
    total = {1: "once", 2: "twice"}.get(pattern["total"]) or times(pattern["total"], "time")
    days = "" if same_day else f" on {times(len(pattern['days']), 'day')}"
    whom = "me or others about me" if third else "me"
    return (f"{_period(pattern['first'], pattern['last'])}, {names} contacted {whom} "
            f"{total}{days}: {_joined(kinds)}.")


def _details(pattern: dict, same_day: bool) -> list[str]:
    """The sentences on the busiest day, the runs of redialling and the contacts outside the
    hours."""
    parts = []
    if pattern["max_per_day"] > 2 and not same_day:
        parts.append(f"On the busiest day there were {number_word(pattern['max_per_day'])} "
                     "contacts.")
    for r in pattern["redial_runs"]:
        run = (f"on {long_date(r['start'])} {times(r['calls'], 'unanswered call')} came "
               f"between {r['start']:%H:%M} and {r['end']:%H:%M}")
        parts.append(run[0].upper() + run[1:] + ".")
    if pattern["night"]:
        n = len(pattern["night"])
        parts.append(f"{times(n, 'contact').capitalize()} came outside {HOURS_TEXT}.")
    return parts


def _joined(items: list[str]) -> str:
    """'a, b and c'."""
    return series(items, " and ")


def worst(analysis, incidents, limit: int = 3) -> list[dict]:
    """Up to ``limit`` messages to quote word for word, the worst conduct first, shown in time
    order: only what the collectors wrote or said verbatim."""
    ranked = []
    for i, data in zip(sorted(analysis.case.incidents, key=lambda x: x.time), incidents,
                       strict=True):
        if not (data["verbatim"] and data["content"]):
            continue
        tags = set(dict(analysis.tags(i)))
        rank = min((WORST_TAGS.index(t) for t in tags if t in WORST_TAGS), default=None)
        if rank is not None:
            ranked.append((rank, data["time"], {**data, "rank": rank, "when": when(data["time"])}))
    chosen = sorted(ranked, key=lambda x: (x[0], x[1]))[:limit]
    return [d for _, _, d in sorted(chosen, key=lambda x: x[1])]


def accounts(findings, incidents) -> list[dict]:
    """Calls and visits the harassment finding or an urgent threat rests on, in the
    complainant's own account (never quoted as the collectors' words)."""
    wanted = {x for f in findings if f["rule"] == "UK-PHA-COURSE" or f["urgent"]
              for x in f["incidents"]}
    return [{**i, "when": when(i["time"])} for i in incidents
            if i["id"] in wanted and i["content"] and not i["verbatim"]]


def visits_after(analysis, findings) -> list[str]:
    """The visits made after an urgent threat of one: 'On 7 March 2026 someone from Example Debt
    Recovery Ltd came to my workplace reception (I11).'"""
    urgent = {x for f in findings if f["urgent"] for x in f["incidents"]}
    case = analysis.case
    threats = [i.time for i in case.incidents if i.id in urgent]
    if not threats:
        return []
    names = {r.id: r.name for r in case.respondents}
    out = []
    for i in case.incidents:
        if str(i.channel) == "visit" and i.time > min(threats) and i.id not in urgent:
            who = names.get(i.respondent or "", "the collectors")
            where = f" came to {i.location}" if i.location else " came to see me"
            out.append(f"On {long_date(i.time)} someone from {who}{where} ({i.id}).")
    return out


def when(moment) -> str:
    """'3 March 2026, 22:30': a contact's date in words and its time on the 24-hour clock."""
    return f"{long_date(moment)}, {moment:%H:%M}"


def points(findings, incidents=(), to_firm: bool = False) -> list[dict]:
    """The findings as the complaint's points, grouped, each with a heading in the first person,
    what happened in the first person, and the provisions a letter may cite (no guidance that
    is only the advice sector's, no unverified point)."""
    placed = {rule: n for n, (_, rules) in enumerate(POINT_GROUPS) for rule in rules}
    groups = [{"heading": heading, "points": []} for heading, _ in POINT_GROUPS]
    by_id = {i["id"]: i for i in incidents}
    no_court = "no court has issued a claim or judgment about this debt"
    said = False
    for f in findings:
        text = point_text(f["rule"], f["explanation"],
                          [by_id[x] for x in f["incidents"] if x in by_id])
        text = re.sub(r" Whether it amounts to harassment is judged by[^.]*\.", "", text)
        if to_firm:
            text = re.sub(r"\bthe firm\b", "you", text)
            text = re.sub(r"\bThe firm\b", "You", text)
        if f["rule"] == "UK-PHA-COURSE" and f["elements"]:
            course, alarm = next(iter(f["elements"].values()))[:2]
            kinds = ("the conduct set out above" if len(findings) > 3
                     else first_person(alarm["fact"]).split(";")[0].lower())
            when = re.sub(r"(\d+) (\w+) (\d{4}) to (\d+) \2 \3", r"\1 to \4 \2 \3",
                          first_person(course["fact"]))
            text = (f"{kinds[:1].upper()}{kinds[1:]} came in {when[:1].lower()}{when[1:]}. "
                    "Conduct on at least two occasions is a course of conduct, and I believe "
                    "this one amounts to harassment.")
        if no_court in text:  # said once, where it first applies
            if said:
                text = re.sub(r",? though " + no_court, "", text)
                text = re.sub(r" \((I\w+): " + no_court + r"\)", r" (\1)", text)
                text = re.sub(r"(\(I\w+\)), which was false: " + no_court, r"\1, which was false",
                              text)
            said = True
        cites = [c for c in f["citations"] if c["article"] or c["basis"] != "industry baseline"]
        groups[placed.get(f["rule"], len(groups) - 1)]["points"].append({
            "rule": f["rule"], "heading": POINT_HEADINGS.get(f["rule"], f["title"]),
            "text": text, "incidents": f["incidents"], "citations": cites,
            "cite_text": cite_text(cites)})
    return [g for g in groups if g["points"]]


def cite_text(citations) -> str:
    """'CONC 7.9.4R; MCOB 13.5.4G (by analogy); Protection from Harassment Act 1997, s.1, s.2'."""
    parts: list[str] = []
    acts: dict[str, list[str]] = {}
    principles: list[str] = []
    for c in citations:
        article = c["article"]
        if article and (article.startswith(("CONC", "MCOB", "DISP"))):
            parts.append(article + (", by analogy" if "by analogy" in c["label"] else ""))
        elif article and article.startswith("Principle"):
            principles.append(article.split()[1])
            if "FCA Principles" not in parts:
                parts.append("FCA Principles")
        elif article:
            if c["instrument"] not in acts:
                acts[c["instrument"]] = []
                parts.append(c["instrument"])
            acts[c["instrument"]].append(article)
        elif "visiting" in (c["gist"] or ""):
            parts.append("the CONC rule on visits")
        else:
            parts.append(c["instrument"])
    out = []
    for p in parts:
        if p == "FCA Principles":
            p = (f"FCA Principle {principles[0]}" if len(principles) == 1 else
                 f"FCA Principles {series(principles, ' and ')}")
        out.append(f"{p}, {sections(acts[p])}" if p in acts else p)
    return "; ".join(dict.fromkeys(out))


def sections(articles: list[str]) -> str:
    """'s.88(2) and (4A)' for one section, 'ss.1, 2, 3 and 7' for several (their subsections
    left to the reader), as a British letter cites an Act."""
    parts = [re.match(r"s\.(\d+[A-Z]*)(.*)", a) for a in dict.fromkeys(articles)]
    if not all(parts):
        return ", ".join(articles)
    bases = list(dict.fromkeys(m.group(1) for m in parts))
    if len(bases) == 1:
        subs = [m.group(2) for m in parts if m.group(2)]
        if len(subs) == len(parts) and len(subs) > 1:
            return f"s.{bases[0]}" + series(subs, " and ")
        return ", ".join(articles)
    return "ss." + series(bases, " and ")


def pha_offence(findings) -> dict | None:
    """The harassment offence (PHA 1997 s.2) with the facts that meet each element, when the
    finding has it and its citation may be quoted."""
    for f in findings:
        if f["rule"] != "UK-PHA-COURSE":
            continue
        for c in f["citations"]:
            if c["article"] == "s.2" and c["label"] in f["elements"]:
                return {"label": c["label"], "gist": c["gist"], "incidents": f["incidents"],
                        "elements": [{"element": e["element"],
                                      "fact": _element_fact(n, first_person(e["fact"]))}
                                     for n, e in enumerate(f["elements"][c["label"]])]}
    return None


def _element_fact(n: int, fact: str) -> str:
    """The facts under each element of the offence, each said once: the kinds of conduct under
    the second element (harassment), which the third (knowledge) refers back to, and the effect
    on me in its own section of the report."""
    fact = re.sub(r"(\d+) (\w+) (\d{4}) to (\d+) \2 \3", r"between \1 and \4 \2 \3", fact)
    if n == 1:
        kinds, _, effect = fact.partition("; the effect on me: ")
        kinds = series(kinds.split(", "), " and ")
        return kinds + ("; the effect on me is set out below" if effect else "")
    if n == 2:
        fact = re.sub(r"^The conduct itself \([^()]*\)", "The conduct under 2", fact)
    return fact


def told_about_debt(case, findings):
    """The other people the findings say were given the debt (UK-DISCLOSURE, UK-PUBLIC-
    EMBARRASSMENT): relation and name, once each, for a sentence that says no more than that."""
    found = {x for f in findings if f["rule"] in ("UK-DISCLOSURE", "UK-PUBLIC-EMBARRASSMENT")
             for x in f["incidents"]}
    people = []
    for i in case.incidents:
        if i.id in found and i.to.relation.is_third_party:
            person = {"relation": str(i.to.relation), "name": i.to.name}
            if person not in people:
                people.append(person)
    return people


def tag_counts(analysis):
    """Standard tag -> contacts carrying it, as the rules see them (the tags the classifiers
    give each contact's text, with the recorded ones)."""
    counts: Counter = Counter()
    for i in analysis.incidents:
        reasons = dict(analysis.tags(i))
        if reasons.get("threat_visit") and all(
                w.lower().startswith("at your ") and w.count(" ") == 2
                for w in reasons["threat_visit"]):
            del reasons["threat_visit"]  # "at your work" names a place, not a visit
        counts.update(set(reasons))
    # "Telling others or the public about the debt" counts what the letters say was told: the
    # contacts that gave someone else the debt (UK-DISCLOSURE) or put it where others could see
    # it (UK-PUBLIC-EMBARRASSMENT), not a message to me that threatened to tell ("disclosure"
    # is also the classifier's tag for "everyone at your work will know").
    from .rules.contact import told_privately
    from .rules.matching import DEBT_DETAIL_TAGS, PUBLIC_TAGS, seen_by_others

    told = told_privately(analysis)
    public = [i for i in analysis.incidents if i.channel != "visit"
              and (seen_by_others(i) or analysis.has(i, *PUBLIC_TAGS))
              and analysis.has(i, *DEBT_DETAIL_TAGS)]
    counts["disclosure"] = len({i.id for i in told + public})
    return {t: counts[t] for t in TAGS if counts[t]}


plugin = JurisdictionPlugin(
    UK,
    rules=RULES,
    channels=CHANNELS,
    documents=DOCUMENTS,
    templates=Path(__file__).parent / "templates",
    questions=QUESTIONS,
    answer_validators=VALIDATORS,
    classifiers=[LEXICON],
    extra_context=extra_context,
    validate=validate,
)
