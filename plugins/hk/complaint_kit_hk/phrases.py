"""What the collectors did, as short phrases in the case's language, for Hong Kong letters."""

from __future__ import annotations

import re

from complaint_kit.api import Analysis, series

from .rules import conduct, findings
from .rules.matching import (
    ARREST,
    COURT_PAPERS,
    DEBT,
    IMPERSONATION,
    POSTER,
    hours_text,
    relation_names,
    visit,
)


def say_in(language: str):
    english = language == "en"

    def say(zh: str, en: str) -> str:
        return en if english else zh
    return say


def join_words(items: list[str], language: str) -> str:
    """"a, b and c" / "a、b及c"."""
    items = [x for x in items if x]
    return series(items, " and ") if language == "en" else series(items, "及", "、")


def conduct_phrases(analysis: Analysis, fired: set[str], language: str) -> list[str]:
    """What the collectors did, one short phrase per point of conduct found, each true of this
    case: the subject of the police report and the opening of each letter."""
    say = say_in(language)
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
    injury, other = findings.find_threats(a)
    out = []
    if injury:
        out.append(say("以傷害人身或損毀財產相威脅", "threatened harm to people or property"))
    if any(a.has(i, *visit(a)) for i in other):
        out.append(say("揚言上門", "threatened to come to my home"))
    if any(i not in injury and not a.has(i, *visit(a)) for i in other):
        out.append(say("以含糊的說話威嚇本人", "made veiled threats"))
    return out


def _misleading_phrases(a: Analysis, say) -> list[str]:
    found = findings.find_misleading(a)[0]
    out = []
    posing = [i for i in found if a.has(i, *IMPERSONATION)]
    if posing:
        out.append(say("冒充警務人員", "posed as a police officer") if police_only(posing)
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
    found = findings.find_humiliating(a)
    out = []
    if any(a.has(i, *POSTER) for i in found):
        out.append(say("張貼街招公開本人欠債", "put up notices about my debt"))
    if any(not a.has(i, *POSTER) for i in found) and not doxxing:
        out.append(say("在群組或網上公開本人欠債", "posted about my debt to a group or "
                       "online"))
    return out


def _third_party_phrases(a: Analysis, say, language: str) -> list[str]:
    wrong, claims, _open = findings.find_third_party(a)
    if wrong:
        names = relation_names(a, wrong)
        told = any(a.has(i, *DEBT) for i in wrong)
        return [say(f"聯絡本人的{join_words(names, language)}{'追數' if told else ''}",
                    f"contacted my {join_words(names, language)}"
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


def police_only(incidents: list) -> bool:
    """Whether the collectors posed only as the police (never as the court or its officers),
    going by their own words."""
    texts = [i.content or "" for i in incidents]
    return any(_POLICE.search(t) for t in texts) and not any(_COURT.search(t) for t in texts)
