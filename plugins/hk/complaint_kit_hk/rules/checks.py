"""The Hong Kong rule checks: pure functions of the ``Analysis``, in the case's language.

Proportionate findings:

- A criminal provision (Crimes Ordinance s.24, Summary Offences Ordinance s.20, PDPO s.64, Money
  Lenders Ordinance) is cited only with the facts that meet each of its elements; where one is
  missing the rule asks the user instead. Otherwise the finding rests on the HKMA guideline and
  the Code of Banking Practice (a bank) or on the Code as the industry baseline (any other
  lender), and the PDPO's data protection principles.
- One incident is counted under one point of conduct: a threat under intimidation (not also as
  abuse), posing as the police under misleading statements (not also as a false name), a post
  with personal data under doxxing (not also under confidentiality). A contact with a relative
  can still be both a contact with a third party and a disclosure of the debt.
- Counts are exact: every call attempt, answered or not.
- Only the collector's own words (messages, recordings) are ever quoted; the complainant's
  account of a call is described, never put in quotation marks.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from complaint_kit.api import Analysis, Ask, Citation, Element, Hit, Incident, Medium, redial_runs

from .. import citations as c
from .matching import (
    ANONYMOUS,
    ARREST,
    CLAIMS_THIRD_PARTY,
    COURT_PAPERS,
    DEBT,
    DOXXING_FROM,
    FALSE_NAME,
    IMPERSONATION,
    INJURY,
    INSULT,
    OBSCENE,
    PERSISTENT_PER_DAY,
    PERSISTENT_PER_WEEK,
    PERSONAL_DATA,
    PHONE,
    POSTER,
    SOON,
    VEILED,
    cite,
    cites,
    en,
    has_agency,
    hours_text,
    ids,
    is_bank,
    is_unlicensed,
    joined,
    late,
    quoted,
    refs,
    relation_names,
    say,
    shown_to_many,
    times,
    to_person,
    visit,
)


def _bank(a: Analysis, item: c.Cite) -> c.Cite | None:
    """The HKMA guideline binds authorized institutions only."""
    return item if is_bank(a.case) else None


def _code(a: Analysis, rule_id: str, *items: c.Cite) -> list[Citation]:
    """Code of Banking Practice items, with the unverified note on its numbering.

    Against a bank, every finding cites the Code items it rests on. Against any other lender the
    Code is only a benchmark (``cite`` makes it a baseline): a finding that rests on nothing
    else cites it; one with binding law (an ordinance, a PDPO principle) needs no benchmark. The
    note that the Code binds banks only is said once (``_note``).
    """
    if is_bank(a.case) or dict(_CODE_ONLY)[rule_id](a):
        return cites(a, *items, c.CODE_NUMBERING)
    return []


def _target(i: Incident) -> str:
    return i.to.number or f"{i.to.relation}:{i.to.name or ''}"


def _whom(a: Analysis, i: Incident) -> str:
    if not i.to.relation.is_third_party:
        return say(a, "本人", "me")
    name = relation_names(a, [i])[0]
    return say(a, f"{name}{i.to.name or ''}", f"{name} {i.to.name or ''}".strip())


def _said(a: Analysis, incidents: list[Incident], *tags: str) -> str:
    """The words, quoted where the collector's own, or a note that it is my account."""
    words = quoted(a, incidents, *tags)
    if words:
        return words
    return say(a, "（據本人憶述）", "(as I recall it)")


def _quote(a: Analysis, incidents: list[Incident], *tags: str) -> str:
    """": “words”" after a sentence, or nothing where there is nothing to quote."""
    words = quoted(a, incidents, *tags)
    return f"{say(a, '：', ': ')}{words}" if words else ""


# --- Contact pattern ----------------------------------------------------------------------------

def _late_calls(a: Analysis) -> list[Incident]:
    return [i for i in a.incidents
            if i.channel == Medium.call and not i.consented and late(a.case, i)]


def hours(a: Analysis) -> Hit | None:
    found = _late_calls(a)
    if not found:
        return None
    window = hours_text(a.case)
    n = len(found)
    text = say(a, f"{n}次來電{refs(a, found)}發生在{window}之間，且未經本人同意，屬不合理時間。"
                  f"《銀行營運守則》沒有訂明具體時間；{window}是本人用以篩選來電的時段，"
                  "並非法定時限。",
               f"{'One call was' if n == 1 else f'{n} calls were'} made between {window} "
               f"without my agreement{refs(a, found)}, at unreasonable hours. The Code of "
               f"Banking Practice sets no numeric hours; {window} is the window I use to screen "
               "the calls, not a legal limit.")
    return Hit(ids(found), text + _note(a, "HK-HOURS"),
               _code(a, "HK-HOURS", c.CODE_HOURS))


def _persistent(a: Analysis) -> tuple[list[Incident], int, list]:
    """The calls that make the pattern (many to one person in a day or in seven days, or
    redialled in runs), the most to one person in a day, and the runs."""
    calls = [i for i in a.incidents if i.channel == Medium.call]
    chosen: dict[str, Incident] = {}
    per_day: dict[tuple, list[Incident]] = defaultdict(list)
    per_target: dict[str, list[Incident]] = defaultdict(list)
    for i in calls:
        per_day[(a.local_day(i), _target(i))].append(i)
        per_target[_target(i)].append(i)
    for items in per_day.values():
        if len(items) >= PERSISTENT_PER_DAY:
            chosen.update((i.id or "", i) for i in items)
    for items in per_target.values():
        chosen.update((i.id or "", i) for i in _in_busy_weeks(items))
    runs = redial_runs(a.case)
    by_id = {i.id: i for i in a.incidents}
    for run in runs:
        chosen.update((x, by_id[x]) for x in run.incidents if x in by_id)
    found = sorted(chosen.values(), key=lambda i: i.time)
    busiest = max((len(v) for k, v in per_day.items()
                   if any(i.id in chosen for i in v)), default=0)
    return found, busiest, runs


def _in_busy_weeks(items: list[Incident]) -> list[Incident]:
    """The calls (to one person, in time order) in any seven days that hold
    PERSISTENT_PER_WEEK of them or more."""
    busy: list[Incident] = []
    start = 0
    for end in range(len(items)):
        while items[end].time - items[start].time >= timedelta(days=7):
            start += 1
        if end - start + 1 >= PERSISTENT_PER_WEEK:
            busy += items[start:end + 1]
    return busy


def persistent_calls(a: Analysis) -> list[Hit | Ask] | None:
    found, busiest, runs = _persistent(a)
    if not found:
        return None
    n = len(found)
    run_text = say(a, "、".join(f"{r.calls}次" for r in runs),
                   ", ".join(f"{r.calls}" for r in runs))
    text = say(a, f"共{n}次來電{refs(a, found)}構成持續不斷的致電（接聽與否均計算在內；"
                  f"同一對象單日最多{busiest}次"
                  f"{f'，另有{len(runs)}輪未接聽後於15分鐘內連番重撥（{run_text}）' if runs else ''}"  # noqa: E501
                  f"）。本人以同一對象單日{PERSISTENT_PER_DAY}次、七日{PERSISTENT_PER_WEEK}次或"
                  "15分鐘內連續重撥3次以上作篩選，並非法定門檻。",
               f"{n} call attempts{refs(a, found)}, answered or not, were part of a pattern of "
               f"persistent calling (up to {busiest} to one person in one day"
               f"{f'; {len(runs)} runs of redialling within 15 minutes of an unanswered call ({run_text} calls)' if runs else ''}"  # noqa: E501
               f"). I screen with {PERSISTENT_PER_DAY} calls to one person in a day, "
               f"{PERSISTENT_PER_WEEK} in seven days, or 3 or more redials within 15 minutes; "
               "these are not legal thresholds.")
    items: list[Citation] = _code(a, "HK-PERSISTENT-CALLS", c.CODE_PERSISTENT)
    after_stop = [i for i in found if i.to.asked_to_stop]
    if after_stop:
        s20c = cite(a, c.CAP228_S20C)
        elements = [
            Element(say(a, "持續不斷地打電話", "persistently making telephone calls"),
                    say(a, f"{n}次來電，同一對象單日最多{busiest}次",
                        f"{n} calls, up to {busiest} to one person in one day"), ids(found)),
            Element(say(a, "無合理辯解（為引起煩擾、不便或不必要的焦慮）",
                        "without reasonable cause (for the purpose of causing annoyance, "
                        "inconvenience or needless anxiety)"),
                    say(a, f"對方已要求停止致電後，仍再來電{len(after_stop)}次",
                        f"{len(after_stop)} of the calls came after the person called had "
                        "asked them to stop"), ids(after_stop)),
        ]
        text += say(a, f"其中{len(after_stop)}次來電是在對方已要求停止致電之後作出。",
                    f" {len(after_stop)} of them came after the person called had asked the "
                    "collectors to stop.")
        return [Hit(ids(found), text + _note(a, "HK-PERSISTENT-CALLS"), [s20c, *items],
                    elements={s20c: elements})]
    result: list[Hit | Ask] = [Hit(ids(found), text + _note(a, "HK-PERSISTENT-CALLS"), items)]
    if not is_bank(a.case):  # a bank's calls go to the bank and the HKMA, not the police
        result.append(Ask(say(a, "這些來電之前，您（或被致電的人）有沒有要求收數方停止致電？",
                              "Before these calls, had you (or the person called) asked the "
                              "collectors to stop calling?"),
                          [cite(a, c.CAP228_S20C)], ids(found)))
    return result


def _third_party(a: Analysis) -> tuple[list[Incident], list[Incident], list[Incident]]:
    """(contacts with third persons that break the rules, verbatim claims to the debtor that
    others were or will be told, contacts whose purpose turns on whether I was reachable)."""
    contacts = [i for i in a.incidents if to_person(i)]
    counts: dict[str, int] = defaultdict(int)
    for i in contacts:
        counts[_target(i)] += 1
    reachable = a.case.debtor_reachable
    wrong, open_ = [], []
    for i in contacts:
        recovery = a.has(i, *DEBT)  # the debt spoken of: recovery through them, not tracing
        pestering = counts[_target(i)] >= 2 or bool(i.to.asked_to_stop)
        if recovery or pestering or reachable is True:
            wrong.append(i)
        elif reachable is None:
            open_.append(i)
    claims = [i for i in a.incidents if not i.to.relation.is_third_party and i.verbatim
              and a.has(i, *CLAIMS_THIRD_PARTY)]
    return wrong, claims, open_


def third_party(a: Analysis) -> list[Hit | Ask] | None:
    wrong, claims, open_ = _third_party(a)
    described = [i for i in a.incidents if not i.to.relation.is_third_party
                 and not i.verbatim and a.has(i, *CLAIMS_THIRD_PARTY)]
    result: list[Hit | Ask] = []
    law = [*cites(a, _bank(a, c.HKMA_GL_B)), *_code(a, "HK-THIRD-PARTY", c.CODE_REFEREES)]
    if wrong or claims:
        parts = []
        if wrong:
            people = {_target(i) for i in wrong}
            recovery = [i for i in wrong if a.has(i, *DEBT)]
            parts.append(say(
                a, f"收數方{len(wrong)}次聯絡並非擔保人的第三者{refs(a, wrong)}，共{len(people)}人"
                   f"（{joined(a, relation_names(a, wrong))}）"
                   f"{f'，其中{len(recovery)}次向對方提及本人的欠款或要求對方代還' if recovery else ''}"  # noqa: E501
                   "。守則禁止向未有正式簽署擔保的第三者直接或間接追收欠款，亦禁止為查問本人下落而"
                   "滋擾他們。",
                f"The collectors contacted people who have not guaranteed the debt "
                f"{times(len(wrong))}{refs(a, wrong)}, {len(people)} in all "
                f"({joined(a, relation_names(a, wrong))})"
                f"{f'; {len(recovery)} of these contacts spoke of my debt or asked them to pay' if recovery else ''}"  # noqa: E501
                ". The Code forbids recovering the debt, directly or indirectly, from third "
                "parties who have not formally guaranteed it, and pestering them about my "
                "whereabouts."))
        if claims:
            parts.append(say(a, f"另有{len(claims)}則訊息{refs(a, claims)}聲稱已經或將會聯絡"
                                f"本人的家人、同事或朋友{_quote(a, claims, *CLAIMS_THIRD_PARTY)}。",
                             f"{'One more message says' if len(claims) == 1 else f'{len(claims)} more messages say'}"  # noqa: E501
                             f" they have told or will tell my family, colleagues or friends"
                             f"{refs(a, claims)}{_quote(a, claims, *CLAIMS_THIRD_PARTY)}."))
        result.append(Hit(ids([*wrong, *claims]),
                          (" " if en(a) else "").join(parts) + _note(a, "HK-THIRD-PARTY"), law))
    if open_:
        result.append(Ask(say(a, "收數方聯絡這些人時，他們有沒有提及您的欠款？當時收數方能否直接"
                                 "聯絡到您本人？",
                              "When the collectors contacted these people, did they mention your "
                              "debt? Could the collectors reach you directly at the time?"),
                          law, ids(open_)))
    if described:
        result.append(Ask(say(a, "您的描述提到收數方聯絡了其他人：請把每次聯絡另列為一項紀錄，"
                                 "註明聯絡了誰（例如母親、僱主）及說了甚麼。",
                              "Your account says the collectors contacted someone else: record "
                              "each such contact as its own incident, with whom it reached (your "
                              "mother, your employer) and what was said."),
                          law, ids(described)))
    return result or None


def _humiliating(a: Analysis) -> list[Incident]:
    return [i for i in a.incidents
            if (shown_to_many(i) and a.has(i, *DEBT, *POSTER, *PERSONAL_DATA))
            or (i.channel in (Medium.visit, Medium.letter, Medium.other)
                and a.has(i, *POSTER) and i.to.relation.is_third_party)]


def public_humiliation(a: Analysis) -> Hit | None:
    found = _humiliating(a)
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
    return Hit(ids(found), text + _note(a, "HK-PUBLIC-HUMILIATION"),
               [*cites(a, _bank(a, c.HKMA_GL_A)),
                *_code(a, "HK-PUBLIC-HUMILIATION", c.CODE_HUMILIATE)])


# --- What was said ------------------------------------------------------------------------------

def _threats(a: Analysis) -> tuple[list[Incident], list[Incident]]:
    injury = a.tagged(*INJURY)
    other = [i for i in a.tagged(*VEILED, *visit(a)) if i not in injury]
    return injury, other


def intimidation(a: Analysis) -> list[Hit | Ask] | None:
    injury, other = _threats(a)
    if not (injury or other):
        return None
    code = [*cites(a, _bank(a, c.HKMA_GL_A)),
            *_code(a, "HK-INTIMIDATION", c.CODE_NO_INTIMIDATION)]
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
        say(a, f"{_said(a, injury, *INJURY)}{refs(a, injury)}",
            f"{_said(a, injury, *INJURY)}{refs(a, injury)}"), ids(injury))
    demand = [i for i in injury if a.has(i, *DEBT)]
    intent = Element(
        say(a, "意圖使該人驚恐（或使其作出某項作為）",
            "with intent to alarm the person (or to make them do an act)"),
        say(a, f"威脅直接向{_whom(a, injury[0])}作出"
               f"{'，並以此迫使還款' if demand else ''}{refs(a, injury)}",
            f"made directly to {_whom(a, injury[0])}"
            f"{', to make me pay' if demand else ''}{refs(a, injury)}"), ids(injury))
    text = say(a, f"收數方{len(injury)}次{refs(a, injury)}以傷害人身或損毀財產相威脅"
                  f"{_quote(a, injury, *INJURY)}。以此類威脅意圖使人驚恐，可構成刑事恐嚇。",
               f"{times(len(injury)).capitalize()}{refs(a, injury)} the collectors "
               f"threatened to hurt people or damage property{_quote(a, injury, *INJURY)}. "
               "A threat of this kind made to alarm is criminal intimidation.")
    urgent = say(a, f"收數方威脅傷害人身或損毀財產{refs(a, injury)}：應立即報警（緊急情況請致電"
                    "999）。",
                 f"The collectors threatened to hurt people or damage property"
                 f"{refs(a, injury)}: report it to the police now (999 in an emergency).")
    return Hit(ids(injury), text + _note(a, "HK-INTIMIDATION"), [s24, penalty, *code],
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
                            f"{_quote(a, veiled, *VEILED)}。",
                         f"{times(len(veiled)).capitalize()}{refs(a, veiled)} the collectors "
                         f"used veiled threats{_quote(a, veiled, *VEILED)}."))
    if visits:
        parts.append(say(a, f"收數方{len(visits)}次{refs(a, visits)}揚言上門"
                            f"{_quote(a, visits, *visit(a))}。",
                         f"{times(len(visits)).capitalize()}{refs(a, visits)} the "
                         f"collectors said they would come to my home or workplace"
                         f"{_quote(a, visits, *visit(a))}."))
    pressing = [i for i in soon if i in other]
    urgent = ""
    if pressing:
        urgent = say(a, f"收數方揚言短時間內（{joined(a, a.words(pressing[0], *SOON))}）上門"
                        f"{refs(a, pressing)}：應立即報警（緊急情況請致電999）。",
                     f"The collectors announced a visit soon "
                     f"({joined(a, a.words(pressing[0], *SOON))}){refs(a, pressing)}: "
                     "report it to the police now (999 in an emergency).")
    result.append(Hit(ids(other), (" " if en(a) else "").join(parts)
                      + _note(a, "HK-INTIMIDATION"), code,
                      urgent=urgent))
    if veiled:
        result.append(Ask(say(a, "收數方有沒有說明會對您、您的家人、財產或名譽做甚麼（例如會"
                                 "傷害誰、損毀甚麼）？請盡量記下原話。",
                              "Did the collectors say what they would do to you, your "
                              "family, your property or your reputation? Write down their "
                              "exact words if you can."),
                          [cite(a, c.CAP200_S24)], ids(veiled)))
    return result


def _abuse(a: Analysis) -> list[Incident]:
    injury, other = _threats(a)
    return [i for i in a.tagged(*INSULT, *OBSCENE) if i not in injury and i not in other]


def abusive(a: Analysis) -> Hit | None:
    found = _abuse(a)
    if not found:
        return None
    text = say(a, f"收數方{len(found)}次{refs(a, found)}使用辱罵性言語"
                  f"{_quote(a, found, *INSULT, *OBSCENE)}。",
               f"{times(len(found)).capitalize()}{refs(a, found)} the collectors used abusive "
               f"words{_quote(a, found, *INSULT, *OBSCENE)}.")
    items = _code(a, "HK-ABUSIVE", c.CODE_ABUSIVE)
    gross = [i for i in found if i.channel in PHONE and a.has(i, *OBSCENE)]
    if not gross:
        return Hit(ids(found), text + _note(a, "HK-ABUSIVE"), items)
    s20 = cite(a, c.CAP228_S20)
    channels = joined(a, sorted({say(a, {"call": "電話", "sms": "短訊", "im": "即時通訊訊息"}[
        str(i.channel)], {"call": "a telephone call", "sms": "an SMS",
                          "im": "an instant message"}[str(i.channel)]) for i in gross}))
    elements = [
        Element(say(a, "藉電話或無線電通訊傳送的訊息", "a message sent by telephone or wireless "
                    "communication"), f"{channels}{refs(a, gross)}", ids(gross)),
        Element(say(a, "極度冒犯、不雅或淫褻", "grossly offensive, indecent or obscene"),
                f"{_said(a, gross, *OBSCENE)}{refs(a, gross)}", ids(gross)),
    ]
    return Hit(ids(found), text + _note(a, "HK-ABUSIVE"), [s20, *items], elements={s20: elements})


def _false_identity(a: Analysis) -> list[Incident]:
    return a.tagged(*FALSE_NAME, *ANONYMOUS)


def false_identity(a: Analysis) -> Hit | None:
    found = _false_identity(a)
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
    return Hit(ids(found), (" " if en(a) else "").join(parts) + _note(a, "HK-FALSE-IDENTITY"),
               _code(a, "HK-FALSE-IDENTITY", c.CODE_FALSE_NAMES, c.CODE_ANONYMOUS))


def _misleading(a: Analysis) -> tuple[list[Incident], list[Incident]]:
    found = [i for i in a.incidents if a.has(i, *IMPERSONATION, *ARREST)
             or (a.has(i, *COURT_PAPERS) and i.verified_false)]
    unchecked = [i for i in a.tagged(*COURT_PAPERS) if i not in found]
    return found, unchecked


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
    if len(names) == 1:
        return names[0]
    return say(a, "、".join(names[:-1]) + "或" + names[-1],
               ", ".join(names[:-1]) + " or " + names[-1])


def misleading(a: Analysis) -> list[Hit | Ask] | None:
    found, unchecked = _misleading(a)
    result: list[Hit | Ask] = []
    code = _code(a, "HK-MISLEADING", c.CODE_MISLEADING)
    if found:
        text = _misleading_text(a, found) + _note(a, "HK-MISLEADING")
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


# --- Personal data ------------------------------------------------------------------------------

def _doxxing_candidates(a: Analysis) -> list[Incident]:
    return [i for i in a.incidents
            if (shown_to_many(i) or to_person(i)) and a.has(i, *PERSONAL_DATA)
            and a.local_day(i) >= DOXXING_FROM]


def _doxxing(a: Analysis) -> list[Incident]:
    """The disclosures that meet every element of s.64(3A), when the case holds them all."""
    found = _doxxing_candidates(a)
    if not found or a.fact("disclosure_consented") is not False:
        return []
    return found if any(a.has(i, *DEBT, *POSTER) for i in found) else []


def doxxing(a: Analysis) -> list[Hit | Ask] | None:
    candidates = _doxxing_candidates(a)
    if not candidates:
        return None
    s64 = cite(a, c.PDPO_S64_3A)
    s64c = cite(a, c.PDPO_S64_3C)
    consented = a.fact("disclosure_consented")
    if consented is None:
        return [Ask(say(a, "收數方公開或轉發您的個人資料（相片、身份證、地址等）前，有沒有得到"
                           "您的同意？",
                        "Did you consent to the collectors disclosing your personal data "
                        "(photo, identity card, address)?"), [s64], ids(candidates))]
    found = _doxxing(a)
    if not found:
        return None
    pressing = [i for i in found if a.has(i, *DEBT, *POSTER)]

    def data(i: Incident) -> str:
        # The Chinese words matched name the data (相片、身份證); the English ones are phrases
        # of the message ("his photo"), so English says only "my personal data".
        words = a.words(i, *PERSONAL_DATA)
        what = joined(a, words) if words else "個人資料"
        whom = i.to.name if str(i.to.relation) == "public" and i.to.name else _whom(a, i)
        return say(a, f"向{whom}披露本人的{what}（{i.id}）",
                   f"my personal data disclosed to {whom} ({i.id})")

    elements = [
        Element(say(a, "披露資料當事人的個人資料", "disclosure of the data subject's personal "
                    "data"), joined(a, [data(i) for i in found]), ids(found)),
        Element(say(a, "未獲資料當事人同意", "without the data subject's consent"),
                say(a, "本人沒有同意有關披露", "I did not consent to the disclosure"), ()),
        Element(say(a, "意圖或罔顧是否會對當事人或其家人造成指明傷害（滋擾、騷擾、纏擾、威脅、"
                       "恐嚇或心理傷害等）",
                    "with intent, or being reckless, as to causing specified harm (harassment, "
                    "molestation, pestering, threat, intimidation, psychological harm) to the "
                    "data subject or family"),
                say(a, f"在追數期間連同本人欠債的說法一併披露，藉此向本人施壓{refs(a, pressing)}",
                    f"disclosed in the course of collection together with the claim that I owe "
                    f"money, to put pressure on me{refs(a, pressing)}"), ids(pressing)),
    ]
    text = say(a, f"收數方{len(found)}次{refs(a, found)}未經本人同意，向第三者或群組披露本人的"
                  "個人資料，並連同欠債的說法一併發布，意圖或罔顧是否會對本人造成滋擾、騷擾、"
                  "威嚇或心理傷害等指明傷害。",
               f"{times(len(found)).capitalize()}{refs(a, found)} the collectors disclosed my "
               "personal data to others without my consent, together with the claim that I owe "
               "money, with intent, or being reckless, as to causing me specified harm such as "
               "harassment, pestering, intimidation or psychological harm.")
    citations = [s64, cite(a, c.PDPO_DPP3)]
    element_map = {s64: elements}
    result: list[Hit | Ask] = []
    harmed = a.fact("doxxing_harm")
    if harmed:
        citations.insert(1, s64c)
        description = a.case.harm.description
        element_map[s64c] = [*elements, Element(
            say(a, "對當事人或其家人造成指明傷害", "specified harm caused to the data subject or "
                "family"),
            say(a, f"有關披露對本人造成傷害{f'：{description}' if description else ''}",
                f"the disclosure caused me harm{f': {description}' if description else ''}"),
            ())]
        text += say(a, "有關披露已對本人造成傷害。", " The disclosure has caused me harm.")
    elif harmed is None:
        result.append(Ask(say(a, "有關披露本身有沒有對您或家人造成傷害（例如被滋擾、騷擾或心理"
                                 "受創）？",
                              "Did the disclosure itself cause you or your family harm (for "
                              "example harassment, pestering or psychological harm)?"),
                          [s64c], ids(found)))
    result.insert(0, Hit(ids(found), text, citations, elements=element_map))
    return result


def _confidential(a: Analysis) -> list[Incident]:
    doxxed = set(ids(_doxxing(a)))
    return [i for i in a.incidents
            if (to_person(i) or shown_to_many(i)) and a.has(i, *DEBT)
            and (i.id or "") not in doxxed]


def confidentiality(a: Analysis) -> Hit | None:
    found = _confidential(a)
    if not found:
        return None
    text = say(a, f"收數方{len(found)}次{refs(a, found)}向第三者或群組透露本人的欠債資料"
                  f"（{joined(a, relation_names(a, found))}），沒有將客戶資料保密，並將本人的"
                  "個人資料用於收集時以外的目的。",
               f"{times(len(found)).capitalize()}{refs(a, found)} the collectors told others "
               f"about my debt ({joined(a, relation_names(a, found))}), instead of keeping "
               "customer information confidential, and used my personal data for a purpose "
               "other than the one it was collected for.")
    return Hit(ids(found), text + _note(a, "HK-CONFIDENTIALITY"),
               [*cites(a, c.PDPO_DPP3),
                *_code(a, "HK-CONFIDENTIALITY", c.CODE_LAWFUL_CONFIDENTIAL)])


def data_transfer_notice(a: Analysis) -> Hit | None:
    if a.fact("data_transfer_notice_given") is not False or not has_agency(a.case):
        return None
    public = [i for i in a.incidents if shown_to_many(i)]
    text = say(a, "貸款人在收集本人個人資料時或之前，沒有告知本人資料可能轉交收數公司或"
                  "律師，但其後將資料交予收數公司使用。",
               "When (or before) the lender collected my personal data it did not tell me that "
               "the data might be passed to debt-collection agencies or solicitors, yet it "
               "passed them to a collection agency.")
    return Hit([], text, cites(a, c.PDPO_DPP1_3, c.AAB_39_2006 if public else None))


_NOTICE_ITEMS = {
    "overdue_amount": ("逾期金額", "the overdue amount"),
    "default_length": ("拖欠時間", "how long the account has been in default"),
    "recovery_costs": ("將加收的追收費用", "the recovery costs to be added"),
    "lender_contact": ("貸款人追收部門的聯絡方法", "the lender's debt-recovery contact details"),
    "illegal_tactics": ("收數公司使用非法手段時可採取的行動",
                        "what to do if the agency uses illegal tactics"),
}


def dca_notice(a: Analysis) -> Hit | None:
    # An unlicensed lender's notices are beside the point: its lending is the offence, and it is
    # reported, not asked to comply.
    if not has_agency(a.case) or is_unlicensed(a.case):
        return None
    received = a.fact("dca_advance_notice_received")
    missing = [m for m in a.fact("dca_notice_missing") or [] if m in _NOTICE_ITEMS]
    if received is False:
        text = say(a, "貸款人委託收數公司前，沒有預先以書面通知本人。",
                   "The lender did not give me written notice before it used a "
                   "debt-collection agency.")
    elif missing:
        names = [(_NOTICE_ITEMS[m][1] if en(a) else _NOTICE_ITEMS[m][0]) for m in missing]
        text = say(a, f"貸款人委託收數公司前的書面通知沒有列明：{joined(a, names)}。",
                   f"The lender's written notice before it used a debt-collection agency did "
                   f"not state: {joined(a, names)}.")
    else:
        return None
    return Hit([], text, cites(a, c.IFEC_DCA_NOTICE))


# --- The debtor and the lender ------------------------------------------------------------------

def _date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _after_bankruptcy(a: Analysis) -> list[Incident]:
    since = _date(a.fact("adjudged_bankrupt_on"))
    if since is None:
        return []
    return [i for i in a.incidents if a.local_day(i) > since]


def bankrupt(a: Analysis) -> Hit | None:
    after = _after_bankruptcy(a)
    if not after:
        return None
    since = _date(a.fact("adjudged_bankrupt_on"))
    assert since is not None
    text = say(a, f"本人已於{since.year}年{since.month}月{since.day}日被判破產，其後收數方仍"
                  f"{len(after)}次{refs(a, after)}向本人追數。",
               f"I was adjudged bankrupt on {since:%d/%m/%Y}; the collectors contacted me "
               f"{times(len(after))} after that to collect the debt{refs(a, after)}.")
    return Hit(ids(after), text + _note(a, "HK-BANKRUPT"),
               _code(a, "HK-BANKRUPT", c.CODE_BANKRUPT))


def unlicensed_lender(a: Analysis) -> Hit | None:
    if a.fact("money_lender_licensed") is not False or is_bank(a.case):
        return None
    lender = a.case.lender
    debt = a.case.debt
    name = lender.name if lender else say(a, "貸款人", "The lender")
    loan = ""
    if debt and (debt.principal or debt.outstanding):
        amount = debt.principal or debt.outstanding
        loan = say(a, f"，向本人借出{debt.currency or ''}{amount:,}",
                   f", lent me {debt.currency or ''}{amount:,}")
    mlo = cite(a, c.MLO_LICENCE)
    elements = [
        Element(say(a, "經營放債人業務", "carrying on business as a money lender"),
                say(a, f"{name}以財務公司／放債人名義經營{loan}",
                    f"{name} trades as a finance company (money lender){loan}"), ()),
        Element(say(a, "沒有放債人牌照", "without a money lender's licence"),
                say(a, "據本人所知，該公司沒有放債人牌照",
                    "to my knowledge it holds no money lender's licence"), ()),
    ]
    text = say(a, "貸款人以放債為業，但並未持有放債人牌照。無牌放債屬刑事罪行（最高罰款"
                  "港幣100,000元及監禁2年），而無牌放債人不能透過法院追討有關貸款。",
               "The lender lends money as a business without a money lender's licence. "
               "Unlicensed money lending is an offence (a fine of up to HK$100,000 and two "
               "years' imprisonment), and an unlicensed lender cannot recover the loan in court.")
    rate = debt.annual_rate_percent if debt else None
    return Hit([], text, cites(a, c.MLO_LICENCE, c.MLO_RATE_CAP if rate is not None else None),
               elements={mlo: elements})


# --- The Code against a lender that is not a bank: a benchmark, cited once ---------------------

def _misleading_known_false(a: Analysis) -> bool:
    return any(i.channel in PHONE and (a.has(i, *IMPERSONATION) or i.verified_false)
               for i in _misleading(a)[0])


# The rules that can rest on the Code alone, in the order the registry runs them, each with
# whether it does in this case (it fires, and no ordinance or PDPO principle supports it). For
# a lender that is no bank, they cite the Code as the benchmark; the first of them also says
# that the Code binds banks only.
_CODE_ONLY: list[tuple[str, Callable[[Analysis], object]]] = [
    ("HK-HOURS", _late_calls),
    ("HK-PERSISTENT-CALLS", lambda a: (found := _persistent(a)[0])
     and not any(i.to.asked_to_stop for i in found)),
    ("HK-THIRD-PARTY", lambda a: any(_third_party(a)[:2])),
    ("HK-PUBLIC-HUMILIATION", _humiliating),
    ("HK-INTIMIDATION", lambda a: not _threats(a)[0] and _threats(a)[1]),
    ("HK-ABUSIVE", lambda a: (found := _abuse(a))
     and not any(i.channel in PHONE and a.has(i, *OBSCENE) for i in found)),
    ("HK-FALSE-IDENTITY", lambda a: _false_identity(a) or a.fact("anonymous_calls")
     or a.fact("collector_false_name")),
    ("HK-MISLEADING", lambda a: _misleading(a)[0] and not _misleading_known_false(a)),
    ("HK-BANKRUPT", _after_bankruptcy),
    ("HK-CONFIDENTIALITY", lambda a: False),  # DPP3 always supports it
]
_FIRST: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _benchmark(a: Analysis) -> str | None:
    """The rule whose finding cites the Code as the benchmark, for a lender that is no bank."""
    if a not in _FIRST:
        _FIRST[a] = next((r for r, alone in _CODE_ONLY if r != "HK-CONFIDENTIALITY"
                          and alone(a)), None)
    return _FIRST[a]


def _note(a: Analysis, rule_id: str) -> str:
    if is_bank(a.case) or _benchmark(a) != rule_id:
        return ""
    return say(a, "（貸款人並非銀行：《銀行營運守則》只約束銀行及其收數公司，本投訴只以其作為業界"
                  "基準。）",
               " (The lender is not a bank: the Code of Banking Practice binds banks and their "
               "agencies, and I refer to it only as the industry benchmark.)")
