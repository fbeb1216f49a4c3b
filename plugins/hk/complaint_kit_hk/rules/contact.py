"""The Hong Kong checks of the contact pattern: hours, persistent calls, third parties."""

from __future__ import annotations

from complaint_kit.api import Analysis, Ask, Citation, Element, Hit

from .. import citations as c
from .citing import bank_guideline, banking_code, benchmark_note
from .findings import find_late_calls, find_persistent, find_third_party, target_key
from .matching import (
    CLAIMS_THIRD_PARTY,
    DEBT,
    PERSISTENT_PER_DAY,
    PERSISTENT_PER_WEEK,
    cite,
    cites,
    en,
    hours_text,
    ids,
    is_bank,
    joined,
    refs,
    relation_names,
    say,
    times,
)
from .wording import quote_after


def hours(a: Analysis) -> Hit | None:
    found = find_late_calls(a)
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
    return Hit(ids(found), text + benchmark_note(a, "HK-HOURS"),
               banking_code(a, "HK-HOURS", c.CODE_HOURS))


def persistent_calls(a: Analysis) -> list[Hit | Ask] | None:
    found, busiest, runs = find_persistent(a)
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
    items: list[Citation] = banking_code(a, "HK-PERSISTENT-CALLS", c.CODE_PERSISTENT)
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
        return [Hit(ids(found), text + benchmark_note(a, "HK-PERSISTENT-CALLS"), [s20c, *items],
                    elements={s20c: elements})]
    result: list[Hit | Ask] = [
        Hit(ids(found), text + benchmark_note(a, "HK-PERSISTENT-CALLS"), items)]
    if not is_bank(a.case):  # a bank's calls go to the bank and the HKMA, not the police
        result.append(Ask(say(a, "這些來電之前，您（或被致電的人）有沒有要求收數方停止致電？",
                              "Before these calls, had you (or the person called) asked the "
                              "collectors to stop calling?"),
                          [cite(a, c.CAP228_S20C)], ids(found)))
    return result


def third_party(a: Analysis) -> list[Hit | Ask] | None:
    wrong, claims, open_ = find_third_party(a)
    described = [i for i in a.incidents if not i.to.relation.is_third_party
                 and not i.verbatim and a.has(i, *CLAIMS_THIRD_PARTY)]
    result: list[Hit | Ask] = []
    law = [*cites(a, bank_guideline(a, c.HKMA_GL_B)),
           *banking_code(a, "HK-THIRD-PARTY", c.CODE_REFEREES)]
    if wrong or claims:
        parts = []
        if wrong:
            people = {target_key(i) for i in wrong}
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
                                f"本人的家人、同事或朋友"
                                f"{quote_after(a, claims, *CLAIMS_THIRD_PARTY)}。",
                             f"{'One more message says' if len(claims) == 1 else f'{len(claims)} more messages say'}"  # noqa: E501
                             f" they have told or will tell my family, colleagues or friends"
                             f"{refs(a, claims)}{quote_after(a, claims, *CLAIMS_THIRD_PARTY)}."))
        result.append(Hit(ids([*wrong, *claims]),
                          (" " if en(a) else "").join(parts)
                          + benchmark_note(a, "HK-THIRD-PARTY"), law))
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
