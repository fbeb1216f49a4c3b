"""The Hong Kong checks of conduct: humiliation, threats, abuse, false identity, misleading."""

from __future__ import annotations

import re

from complaint_kit.api import Analysis, Ask, Element, Hit, Incident, series

from .. import citations as c
from .citing import bank_guideline, banking_code, benchmark_note
from .findings import (
    find_abuse,
    find_false_identity,
    find_humiliating,
    find_misleading,
    find_threats,
)
from .matching import (
    ARREST,
    COURT_PAPERS,
    DEBT,
    IMPERSONATION,
    INJURY,
    INSULT,
    OBSCENE,
    PHONE,
    POSTER,
    SOON,
    VEILED,
    cite,
    cites,
    en,
    ids,
    joined,
    quoted,
    refs,
    say,
    times,
    visit,
)
from .wording import contacted_whom, quote_after, said_or_recalled


def public_humiliation(a: Analysis) -> Hit | None:
    found = find_humiliating(a)
    if not found:
        return None
    posters = [i for i in found if a.has(i, *POSTER)]
    posts = [i for i in found if i not in posters]
    ways = []
    if posters:
        ways.append(say(a, f"張貼街招或字條{refs(a, posters)}",
                        f"put up notices{refs(a, posters)}"))
    if posts:
        ways.append(say(a, f"在群組或網上發布{refs(a, posts)}",
                        f"posted to a group or in public{refs(a, posts)}"))
    text = say(a, f"收數方{len(found)}次以{'及'.join(ways)}的方式，向公眾或群組披露本人欠債或個人"
                  "資料，令本人在公眾面前受辱。",
               f"{times(len(found)).capitalize()} the collectors {' and '.join(ways)}, telling "
               "others that I owe money or showing my personal data, in a way designed to "
               "humiliate me publicly.")
    return Hit(ids(found), text + benchmark_note(a, "HK-PUBLIC-HUMILIATION"),
               [*cites(a, bank_guideline(a, c.HKMA_GL_A)),
                *banking_code(a, "HK-PUBLIC-HUMILIATION", c.CODE_HUMILIATE)])


def intimidation(a: Analysis) -> list[Hit | Ask] | None:
    injury, other = find_threats(a)
    if not (injury or other):
        return None
    code = [*cites(a, bank_guideline(a, c.HKMA_GL_A)),
            *banking_code(a, "HK-INTIMIDATION", c.CODE_NO_INTIMIDATION)]
    result: list[Hit | Ask] = []
    soon = [i for i in a.tagged(*visit(a)) if a.has(i, *SOON)]
    if injury:
        result.append(_injury_threats(a, injury, code))
    if other:
        result += _other_threats(a, other, soon, code)
    hits = sorted((h for h in result if isinstance(h, Hit)),
                  key=lambda h: min(a.local_time(i) for i in a.incidents if i.id in h.incidents))
    return [*hits, *(x for x in result if isinstance(x, Ask))]


def _injury_threats(a: Analysis, injury: list[Incident], code: list) -> Hit:
    """Threats of injury to people or property: criminal intimidation (s. 24)."""
    s24 = cite(a, c.CAP200_S24)
    penalty = cite(a, c.CAP200_S24_PENALTY)
    threat = Element(
        say(a, "威脅使他人的人身、名譽或財產受損", "a threat of injury to the person, "
            "reputation or property of the person threatened or of another"),
        say(a, f"{said_or_recalled(a, injury, *INJURY)}{refs(a, injury)}",
            f"{said_or_recalled(a, injury, *INJURY)}{refs(a, injury)}"), ids(injury))
    demand = [i for i in injury if a.has(i, *DEBT)]
    intent = Element(
        say(a, "意圖使該人驚恐（或使其作出某項作為）",
            "with intent to alarm the person (or to make them do an act)"),
        say(a, f"威脅直接向{contacted_whom(a, injury[0])}作出"
               f"{'，並以此迫使還款' if demand else ''}{refs(a, injury)}",
            f"made directly to {contacted_whom(a, injury[0])}"
            f"{', to make me pay' if demand else ''}{refs(a, injury)}"), ids(injury))
    text = say(a, f"收數方{len(injury)}次{refs(a, injury)}以傷害人身或損毀財產相威脅"
                  f"{quote_after(a, injury, *INJURY)}。以此類威脅意圖使人驚恐，可構成刑事恐嚇。",
               f"{times(len(injury)).capitalize()}{refs(a, injury)} the collectors "
               f"threatened to hurt people or damage property{quote_after(a, injury, *INJURY)}. "
               "A threat of this kind made to alarm is criminal intimidation.")
    urgent = say(a, f"收數方威脅傷害人身或損毀財產{refs(a, injury)}：應立即報警（緊急情況請致電"
                    "999）。",
                 f"The collectors threatened to hurt people or damage property"
                 f"{refs(a, injury)}: report it to the police now (999 in an emergency).")
    return Hit(ids(injury), text + benchmark_note(a, "HK-INTIMIDATION"), [s24, penalty, *code],
               elements={s24: [threat, intent], penalty: [threat, intent]}, urgent=urgent)


def _other_threats(a: Analysis, other: list[Incident], soon: list[Incident], code: list
                   ) -> list[Hit | Ask]:
    """Veiled threats and threats to visit, and what the veiled ones said they would do."""
    result: list[Hit | Ask] = []
    visits = [i for i in other if a.has(i, *visit(a))]
    veiled = [i for i in other if a.has(i, *VEILED)]
    parts = []
    if veiled:
        parts.append(say(a, f"收數方{len(veiled)}次{refs(a, veiled)}以含糊的說話威嚇本人"
                            f"{quote_after(a, veiled, *VEILED)}。",
                         f"{times(len(veiled)).capitalize()}{refs(a, veiled)} the collectors "
                         f"used veiled threats{quote_after(a, veiled, *VEILED)}."))
    if visits:
        parts.append(say(a, f"收數方{len(visits)}次{refs(a, visits)}揚言上門"
                            f"{quote_after(a, visits, *visit(a))}。",
                         f"{times(len(visits)).capitalize()}{refs(a, visits)} the "
                         f"collectors said they would come to my home or workplace"
                         f"{quote_after(a, visits, *visit(a))}."))
    pressing = [i for i in soon if i in other]
    urgent = ""
    if pressing:
        urgent = say(a, f"收數方揚言短時間內（{joined(a, a.words(pressing[0], *SOON))}）上門"
                        f"{refs(a, pressing)}：應立即報警（緊急情況請致電999）。",
                     f"The collectors announced a visit soon "
                     f"({joined(a, a.words(pressing[0], *SOON))}){refs(a, pressing)}: "
                     "report it to the police now (999 in an emergency).")
    result.append(Hit(ids(other), (" " if en(a) else "").join(parts)
                      + benchmark_note(a, "HK-INTIMIDATION"), code,
                      urgent=urgent))
    if veiled:
        result.append(Ask(say(a, "收數方有沒有說明會對您、您的家人、財產或名譽做甚麼（例如會"
                                 "傷害誰、損毀甚麼）？請盡量記下原話。",
                              "Did the collectors say what they would do to you, your "
                              "family, your property or your reputation? Write down their "
                              "exact words if you can."),
                          [cite(a, c.CAP200_S24)], ids(veiled)))
    return result


def abusive(a: Analysis) -> Hit | None:
    found = find_abuse(a)
    if not found:
        return None
    text = say(a, f"收數方{len(found)}次{refs(a, found)}使用辱罵性言語"
                  f"{quote_after(a, found, *INSULT, *OBSCENE)}。",
               f"{times(len(found)).capitalize()}{refs(a, found)} the collectors used abusive "
               f"words{quote_after(a, found, *INSULT, *OBSCENE)}.")
    items = banking_code(a, "HK-ABUSIVE", c.CODE_ABUSIVE)
    gross = [i for i in found if i.channel in PHONE and a.has(i, *OBSCENE)]
    if not gross:
        return Hit(ids(found), text + benchmark_note(a, "HK-ABUSIVE"), items)
    s20 = cite(a, c.CAP228_S20)
    channels = joined(a, sorted({say(a, {"call": "電話", "sms": "短訊", "im": "即時通訊訊息"}[
        str(i.channel)], {"call": "a telephone call", "sms": "an SMS",
                          "im": "an instant message"}[str(i.channel)]) for i in gross}))
    elements = [
        Element(say(a, "藉電話或無線電通訊傳送的訊息", "a message sent by telephone or wireless "
                    "communication"), f"{channels}{refs(a, gross)}", ids(gross)),
        Element(say(a, "極度冒犯、不雅或淫褻", "grossly offensive, indecent or obscene"),
                f"{said_or_recalled(a, gross, *OBSCENE)}{refs(a, gross)}", ids(gross)),
    ]
    return Hit(ids(found), text + benchmark_note(a, "HK-ABUSIVE"), [s20, *items],
               elements={s20: elements})


def false_identity(a: Analysis) -> Hit | None:
    found = find_false_identity(a)
    anonymous = bool(a.fact("anonymous_calls"))
    false_name = bool(a.fact("collector_false_name"))
    if not (found or anonymous or false_name):
        return None
    parts = []
    if found:
        parts.append(say(a, f"收數方{len(found)}次{refs(a, found)}使用假名或匿名聯絡。",
                         f"{times(len(found)).capitalize()}{refs(a, found)} the collectors used "
                         "a false name or contacted me anonymously."))
    if false_name:
        parts.append(say(a, "收數員使用假名。", "The collectors used false names."))
    if anonymous:
        parts.append(say(a, "收數方以匿名來電或無法識別身份的字條聯絡本人。",
                         "The collectors made anonymous calls or left unidentifiable notes."))
    return Hit(ids(found),
               (" " if en(a) else "").join(parts) + benchmark_note(a, "HK-FALSE-IDENTITY"),
               banking_code(a, "HK-FALSE-IDENTITY", c.CODE_FALSE_NAMES, c.CODE_ANONYMOUS))


_PRISON = re.compile(r"入冊|踎監|坐監|監獄|prison|jail|gaol|behind bars", re.I)


_ARRESTED = re.compile(r"拘捕|通緝|拉你|捉你|拉人|arrest|warrant|handcuff", re.I)


_CRIME = re.compile(r"詐騙|立案|報差人|叫差人|報警|刑事|起訴|fraud|criminal|prosecut|charge", re.I)


def threatened(a: Analysis, incidents: list[Incident]) -> str:
    """What the collectors threatened, named from the words that tagged the threat (arrest,
    prison, a criminal case; "拘捕或坐監" / "arrest or prison"); "刑事後果" / "criminal
    consequences" where the case gives the tag without words."""
    words = [w for i in incidents for w in a.words(i, *ARREST)]
    kinds = [k for k, rx in (("arrest", _ARRESTED), ("prison", _PRISON), ("crime", _CRIME))
             if any(rx.search(w) for w in words)]
    if not kinds:
        return say(a, "刑事後果", "criminal consequences")
    names = [say(a, {"arrest": "拘捕", "prison": "坐監", "crime": "刑事案件"}[k],
                 {"arrest": "arrest", "prison": "prison", "crime": "a criminal case"}[k])
             for k in kinds]
    return say(a, series(names, "或", "、"), series(names, " or "))


def misleading(a: Analysis) -> list[Hit | Ask] | None:
    found, unchecked = find_misleading(a)
    result: list[Hit | Ask] = []
    code = banking_code(a, "HK-MISLEADING", c.CODE_MISLEADING)
    if found:
        text = _misleading_text(a, found) + benchmark_note(a, "HK-MISLEADING")
        known_false = [i for i in found if i.channel in PHONE
                       and (a.has(i, *IMPERSONATION) or i.verified_false)]
        if known_false:
            s20b = cite(a, c.CAP228_S20B)
            result.append(Hit(ids(found), text, [s20b, *code],
                              elements={s20b: _false_message(a, known_false)}))
        else:
            result.append(Hit(ids(found), text, code))
    if unchecked:
        result.append(Ask(say(a, "收數方提及的法庭文件（例如傳票）是否真確？您有沒有向法院或律師"
                                 "查證？如查證屬虛假，請記下查證方法。",
                              "Are the court papers the collectors mention (a summons, a court "
                              "order) genuine? Have you checked with the court or a lawyer? If "
                              "they proved false, record how you checked."),
                          code, ids(unchecked)))
    return result or None


def _misleading_text(a: Analysis, found: list[Incident]) -> str:
    """What the false or misleading claims were, their words, and those checked and found
    false."""
    kinds = []
    arrest = [i for i in found if a.has(i, *ARREST)]
    if arrest:
        what = threatened(a, arrest)
        kinds.append(say(a, f"以{what}相威脅", f"threatened {what}"))
    if any(a.has(i, *IMPERSONATION) for i in found):
        kinds.append(say(a, "冒充執法或司法人員", "posed as police or court officers"))
    if any(a.has(i, *COURT_PAPERS) and i.verified_false for i in found):
        kinds.append(say(a, "提及虛假的法庭文件", "referred to court papers that proved "
                         "false"))
    words = quoted(a, found, *IMPERSONATION, *ARREST)
    papers = quoted(a, [i for i in found if i.verified_false], *COURT_PAPERS)
    words = say(a, "、", ", ").join(w for w in (words, papers) if w)
    said = f"{say(a, '：', ': ')}{words}" if words else ""
    text = say(a, f"收數方{len(found)}次{refs(a, found)}{'、'.join(kinds)}，以虛假或誤導性說法"
                  f"迫使本人還款{said}。拖欠債務屬民事事宜。",
               f"{times(len(found)).capitalize()}{refs(a, found)} the collectors "
               f"{' and '.join(kinds)}, false or misleading claims made to make me pay"
               f"{said}. An unpaid debt is a civil matter.")
    checked = [i for i in found if i.verified_false]
    if checked:
        text += say(a, "".join(f"經查證屬虛假{refs(a, [i])}：{i.verified_false}。"
                               for i in checked),
                    "".join(f" Checked and found false{refs(a, [i])}: {i.verified_false}."
                            for i in checked))
    return text


def _false_message(a: Analysis, known_false: list[Incident]) -> list[Element]:
    """The elements of s. 20(b) (a message known to be false, sent by telephone), as the
    contacts meet them."""
    posing = [i for i in known_false if a.has(i, *IMPERSONATION)]
    false_fact = []
    if posing:
        false_fact.append(say(a, f"收數方自稱執法或司法人員{refs(a, posing)}",
                              f"a debt collector claimed to be a police or court "
                              f"officer{refs(a, posing)}"))
    for i in known_false:
        if i.verified_false and i not in posing:
            false_fact.append(say(a, f"經查證屬虛假：{i.verified_false}{refs(a, [i])}",
                                  f"checked and found false: {i.verified_false}"
                                  f"{refs(a, [i])}"))
    threats = [i for i in known_false if a.has(i, *ARREST)]
    what = threatened(a, threats) if threats else ""
    purpose = (say(a, f"以{what}相威脅", f"threatening {what}") if threats
               else say(a, "以虛假說法", "making a false claim"))
    return [
        Element(say(a, "藉電話或無線電通訊傳送的訊息",
                    "a message sent by telephone or wireless communication"),
                say(a, f"以電話、短訊或即時通訊傳送{refs(a, known_false)}",
                    f"sent by call, SMS or instant message{refs(a, known_false)}"),
                ids(known_false)),
        Element(say(a, "傳送者知道訊息虛假", "a message the sender knows to be false"),
                "; ".join(false_fact), ids(known_false)),
        Element(say(a, "為引起煩擾、不便或不必要的焦慮",
                    "for the purpose of causing annoyance, inconvenience or needless "
                    "anxiety"),
                say(a, f"{purpose}，迫使本人還款{refs(a, known_false)}",
                    f"{purpose} to make me pay{refs(a, known_false)}"),
                ids(known_false)),
    ]
