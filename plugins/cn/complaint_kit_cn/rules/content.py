"""Rules about what the messages say: threats, insults, impersonation, fake documents,
misleading claims."""

from __future__ import annotations

from complaint_kit.case import Case, Incident
from complaint_kit.rules import Hit

from .. import citations as c
from .matching import (
    FAKE_DOCUMENT_TAGS,
    FAKE_DOCUMENT_WORDS,
    IMPERSONATION_RE,
    IMPERSONATION_TAGS,
    INSULT_TAGS,
    INSULT_WORDS,
    MISLEADING_TAGS,
    MISLEADING_WORDS,
    THREAT_TAGS,
    THREAT_WORDS,
    by_period,
    found_words,
    incident_ids,
    institutional,
    is_illegal_debt,
    matches,
    quoted_words,
    tagged,
)


def threat(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if matches(i, THREAT_TAGS, THREAT_WORDS)]
    if not found:
        return None
    quoted = quoted_words(found, THREAT_WORDS)

    def explain(n: int) -> str:
        return f"催收方{n}次以人身安全、上门或牵连家人等相威胁{quoted}。"

    tail = [c.CRIM_293_2]
    if is_illegal_debt(case):
        tail.append(c.CRIM_293A_3)
    if any(tagged(i, ("extortion",)) for i in found):
        tail.append(c.CRIM_274)
    tail += institutional(case, card=[c.CARD_68], small=[c.SMALL_LOAN_37_2],
                           cf=[c.CONSUMER_FINANCE], cpm=[c.CONSUMER_PROTECTION],
                           cba=[c.CBA_IMPROPER])
    return by_period(case, found, explain, [c.PS2012_42_1], [c.PS2025_50], tail=tail)


def insult(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if matches(i, INSULT_TAGS, INSULT_WORDS)]
    if not found:
        return None
    quoted = quoted_words(found, INSULT_WORDS)

    def explain(n: int) -> str:
        return f"催收方{n}次使用侮辱性言语或图片{quoted}。"

    common = [c.CIVIL_1024, c.CIVIL_1183]
    tail = [c.CRIM_246, c.NET_DEFAMATION_5,
            *institutional(case, card=[c.CARD_68], small=[c.SMALL_LOAN_37_2],
                            cf=[c.CONSUMER_FINANCE], cba=[c.CBA_IMPROPER])]
    return by_period(case, found, explain, [c.PS2012_42_2, c.PS2012_42_5], [c.PS2025_50],
                      common=common, tail=tail)


def _impersonates(incident: Incident) -> bool:
    return tagged(incident, IMPERSONATION_TAGS) or bool(IMPERSONATION_RE.search(incident.content))


def impersonation(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if _impersonates(i)]
    if not found:
        return None

    def explain(n: int) -> str:
        return f"催收方{n}次自称或冒充公安、法院、检察院或其“法务部/调解中心”等机关人员。"

    tail = institutional(case, small=[c.SMALL_LOAN_37_1], cpm=[c.CONSUMER_PROTECTION],
                          cba=[c.CBA_IMPERSONATION])
    return by_period(case, found, explain, [c.PS2012_51], [c.PS2025_RENUMBERED],
                      common=[c.CRIM_279], tail=tail)


def fake_document(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if matches(i, FAKE_DOCUMENT_TAGS, FAKE_DOCUMENT_WORDS)]
    if not found:
        return None
    kinds = sorted({w for i in found for w in found_words(i, FAKE_DOCUMENT_WORDS)})
    named = f"（{'、'.join(kinds)}）" if kinds else ""

    def explain(n: int) -> str:
        return (f"催收方{n}次发送或提及法律文书{named}。真实的法院文书由法院送达，"
                "可拨打当地区号+12368向法院核实。")

    tail = institutional(case, cba=[c.CBA_PUBLIC_DOCS, c.CBA_MISLEADING])
    return by_period(case, found, explain, [c.PS2012_52], [c.PS2025_RENUMBERED],
                      common=[c.CRIM_280], tail=tail)


def misleading(case: Case) -> Hit | None:
    found = [i for i in case.incidents if matches(i, MISLEADING_TAGS, MISLEADING_WORDS)]
    if not found:
        return None
    quoted = quoted_words(found, MISLEADING_WORDS)
    cites = [c.PIPL_5, *institutional(case, small=[c.SMALL_LOAN_37_2],
                                       cpm=[c.CONSUMER_PROTECTION], cba=[c.CBA_MISLEADING])]
    if len(cites) == 1:  # the institutional rule is the real basis; show the baseline anyway
        cites.append(c.CBA_MISLEADING)
    return Hit(incident_ids(found), f"催收方{len(found)}次以虚构的黑名单、已报案、已立案等不实后果"
               f"误导债务人{quoted}。", cites)


