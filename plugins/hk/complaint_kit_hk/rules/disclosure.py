"""The Hong Kong checks of personal data: doxxing, confidentiality, data transfer notice."""

from __future__ import annotations

from complaint_kit.api import Analysis, Ask, Element, Hit, Incident

from .. import citations as c
from .citing import banking_code, benchmark_note
from .findings import find_confidential, find_doxxing, find_doxxing_candidates
from .matching import (
    DEBT,
    PERSONAL_DATA,
    POSTER,
    cite,
    cites,
    has_agency,
    ids,
    joined,
    refs,
    relation_names,
    say,
    shown_to_many,
    times,
)
from .wording import contacted_whom


def doxxing(a: Analysis) -> list[Hit | Ask] | None:
    candidates = find_doxxing_candidates(a)
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
    found = find_doxxing(a)
    if not found:
        return None
    pressing = [i for i in found if a.has(i, *DEBT, *POSTER)]

    def data(i: Incident) -> str:
        # The Chinese words matched name the data (相片、身份證); the English ones are phrases
        # of the message ("his photo"), so English says only "my personal data".
        words = a.words(i, *PERSONAL_DATA)
        what = joined(a, words) if words else "個人資料"
        whom = i.to.name if str(i.to.relation) == "public" and i.to.name else contacted_whom(a, i)
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


def confidentiality(a: Analysis) -> Hit | None:
    found = find_confidential(a)
    if not found:
        return None
    text = say(a, f"收數方{len(found)}次{refs(a, found)}向第三者或群組透露本人的欠債資料"
                  f"（{joined(a, relation_names(a, found))}），沒有將客戶資料保密，並將本人的"
                  "個人資料用於收集時以外的目的。",
               f"{times(len(found)).capitalize()}{refs(a, found)} the collectors told others "
               f"about my debt ({joined(a, relation_names(a, found))}), instead of keeping "
               "customer information confidential, and used my personal data for a purpose "
               "other than the one it was collected for.")
    return Hit(ids(found), text + benchmark_note(a, "HK-CONFIDENTIALITY"),
               [*cites(a, c.PDPO_DPP3),
                *banking_code(a, "HK-CONFIDENTIALITY", c.CODE_LAWFUL_CONFIDENTIAL)])


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
