"""Rules about what the collector said or wrote: abuse, false statements, threats, insults.

The specific rule takes the act: a statement that the debtor will be arrested is found under
辦法 §14 II(1) (deemed false), not again under §14 I(1) (abuse). A criminal provision is cited
only with the facts that meet its elements, quoting only the collector's own words (verbatim
incidents); where a fact is missing the rule asks for it instead.
"""

from __future__ import annotations

import re
from decimal import Decimal

from complaint_kit.api import Analysis, Ask, Element, Hit, Incident, Medium

from .. import citations as c
from .matching import (
    ABUSE_KINDS,
    DEBT_TAGS,
    EXEMPT_TAGS,
    FALSE_ARREST_TAGS,
    FALSE_COURT_TAGS,
    INSULT_TAGS,
    PAYMENT_TAGS,
    THREAT_HARM,
    THREAT_TAGS,
    VISIT_SOON,
    WRITTEN,
    by_agency,
    channel_label,
    hit,
    public,
    quote,
    ref,
    regulated,
    regulation,
    relation_label,
    words_of,
)

URGENT_HARM = "催收方揚言加害生命、身體或財產（{ids}）：如有立即危險，請先撥打110或至派出所報案。"
URGENT_VISIT = "催收方揚言近期登門（{ids}）：如有立即危險，請先撥打110或至派出所報案。"


def urgency(a: Analysis, incidents: list[Incident]) -> str:
    harm = a.tagged(*THREAT_HARM, among=incidents)
    visit = a.tagged(*VISIT_SOON, among=incidents)
    reasons = []
    if harm:
        reasons.append(URGENT_HARM.format(ids=ref(harm)))
    if visit:
        reasons.append(URGENT_VISIT.format(ids=ref(visit)))
    return "\n".join(reasons)


def _abusive(a: Analysis, incident: Incident) -> list[str]:
    """The §14 I(1) kinds an incident shows. A threat to tell others counts only in the
    collector's own words to the debtor: in a described call, 打給我媽媽 is the complainant's
    account of a contact; a message that reached a third party or the public is the
    third-party or public-notice rule's."""
    kinds = []
    for kind, tags in ABUSE_KINDS.items():
        if not a.has(incident, *tags):
            continue
        if kind.startswith("揚言通知") and (not incident.verbatim or public(incident)
                                           or incident.to.relation.is_third_party):
            continue
        kinds.append(kind)
    return kinds


def abuse(a: Analysis) -> Hit | None:
    case = a.case
    if regulated(case) is None:
        return None
    found = [i for i in a.incidents if _abusive(a, i)]
    if not found:
        return None
    counts: dict[str, int] = {}
    for i in found:
        for kind in _abusive(a, i):
            counts[kind] = counts.get(kind, 0) + 1
    detail = "、".join(f"{k}{n}次" for k, n in counts.items())
    tags = [t for ts in ABUSE_KINDS.values() for t in ts]
    third = [i for i in found if i.to.relation.is_third_party]
    text = (f"催收方{len(found)}次對本人或第三人有恐嚇、脅迫、辱罵或騷擾等行為（{detail}）"
            + (f"，其中{len(third)}次係對第三人" if third else "") + f"{quote(a, found, *tags)}。")
    return hit(found, text, regulation(case, found, [c.OUT_14_1_1], card=[c.CARD_51_4]),
               urgent=urgency(a, found))


def _deemed(a: Analysis, tags: tuple[str, ...], citation, text: str) -> Hit | None:
    if regulated(a.case) is None:
        return None
    found = a.tagged(*tags)
    if not found:
        return None
    checked = [f"{i.id}：{i.verified_false}" for i in found if i.verified_false]
    return hit(found, f"催收方{len(found)}次{text}{quote(a, found, *tags)}，依規定視為虛偽、詐欺或"
               "誤導。" + (f"經查證不實（{'；'.join(checked)}）。" if checked else ""),
               regulation(a.case, found, [citation]))


def false_arrest(a: Analysis) -> Hit | None:
    return _deemed(a, FALSE_ARREST_TAGS, c.OUT_14_2_1,
                   "虛偽陳述或暗示本人不還款將遭逮捕、羈押或負刑事責任")


def exempt_property(a: Analysis) -> Hit | None:
    return _deemed(a, EXEMPT_TAGS, c.OUT_14_2_2, "告知本人將扣押依法不得扣押之財產")


def false_court(a: Analysis) -> Hit | None:
    return _deemed(a, FALSE_COURT_TAGS, c.OUT_14_2_4, "虛偽陳述法院將對本人拘提、管收、查封或拍賣")


def _amount(value) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except ArithmeticError:
        return None


def demanded_amount(a: Analysis) -> Decimal | None:
    debt = a.case.debt
    if debt is not None and debt.demanded is not None:
        return debt.demanded
    return _amount(a.fact("amount_demanded"))


def excess_amount(a: Analysis) -> Hit | None:
    case = a.case
    if regulated(case) is None:
        return None
    found = a.tagged("excess_amount", "unlawful_fee")
    demanded = demanded_amount(a)
    owed = case.debt.outstanding if case.debt else None
    parts = []
    if found:
        parts.append(f"{len(found)}次要求超過債務之金額或收取法律禁止之費用")
    if demanded is not None and owed is not None and demanded > owed:
        parts.append(f"要求清償新臺幣{demanded:,}元，超過積欠之{owed:,}元")
    if not parts:
        return None
    return hit(found, "催收方" + "，並".join(parts) + "，依規定視為虛偽、詐欺或誤導。",
               regulation(case, found, [c.OUT_14_2_3]))


def payment_to_agency(a: Analysis) -> Hit | None:
    case = a.case
    if regulated(case) is None:
        return None
    found = [i for i in a.tagged(*PAYMENT_TAGS) if by_agency(case, i)]
    if not found:
        return None
    return hit(found, f"受託催收機構或其人員{len(found)}次要求本人或第三人將款項交付其本人或"
               f"匯入其帳戶{quote(a, found, *PAYMENT_TAGS)}。",
               regulation(case, found, [c.OUT_14_1_6]))


_FEAR = re.compile(r"畏懼|害怕|恐懼|擔心|擔憂|擔驚受怕|不敢|驚嚇|驚恐|恐慌|焦慮|失眠")
# A sentence of the harm about the threat (收到訊息後…), not about the whole campaign.
_OF_THREAT = re.compile(r"恐嚇|威脅|揚言|收到|訊息|簡訊|這則|該則|此後|之後")
_OF_CAMPAIGN = re.compile(r"連續|持續|一個多月|長期|每天|每日|多次|深夜電話")


def _fear(a: Analysis, quoted: list[Incident]) -> str:
    """The fact that meets 致生危害於安全: what the case says the threat made the complainant
    feel (the clauses of the harm that speak of the threat and of fear), else the threat itself.
    An account of the whole campaign (失眠 from calls at night, colleagues' talk) is not it."""
    h = a.case.harm
    if not (h.description or h.mental_health or h.self_harm):
        return ""
    said = []
    for sentence in re.split(r"[；。]", h.description or ""):
        if _OF_THREAT.search(sentence) and not _OF_CAMPAIGN.search(sentence):
            said += [cl for cl in sentence.split("，") if _FEAR.search(cl)]
    if said:
        return "申訴人陳述：" + "，".join(said) + "。"
    # The threat itself: the whole message, which element 1 gives only in its threatening words.
    return "；".join(f"{i.id}：揚言「{(i.content or '').rstrip('。')}」" for i in quoted)


def threat_criminal(a: Analysis) -> list[Hit | Ask] | None:
    """刑法 §305: a threat of harm to life, body, liberty, reputation or property, made known to
    the person, that made them fear for their safety. Vague words (後果自負) are abuse under the
    辦法, not this offence. §304 (coercion) and §346 (extortion) need facts only the
    complainant can give: they are asked for, not stated."""
    out: list[Hit | Ask] = []
    threats = a.tagged(*THREAT_HARM)
    quoted = [i for i in threats if words_of(a, i, *THREAT_HARM)]
    described = [i for i in threats if i not in quoted]
    if described:
        out.append(Ask(f"{ref(described)}的恐嚇內容是您的轉述。是否有錄音、截圖或逐字紀錄？"
                       "請提供對方原話，才能引用刑法第305條。",
                       would_cite=(c.CRIM_305,), incidents=[i.id or "" for i in described]))
    fear = _fear(a, quoted)
    if quoted and not fear:
        out.append(Ask("這些恐嚇是否讓您或家人感到害怕、擔心安全？請具體說明。",
                       would_cite=(c.CRIM_305,), incidents=[i.id or "" for i in quoted]))
    if quoted and fear:
        out.append(_threat_hit(a, quoted, fear))
    out += _coercion_asks(a)
    return [x for x in out if x is not None] or None


def _threat_hit(a: Analysis, quoted: list[Incident], fear: str) -> Hit | None:
    """§305's elements, met by the quoted threats and the fear the case states."""
    elements = [
        Element("以加害生命、身體、自由、名譽或財產之事相恐嚇",
                "；".join(f"{i.id}：{words_of(a, i, *THREAT_HARM)}" for i in quoted),
                [i.id or "" for i in quoted]),
        Element("使被害人知悉",
                "；".join(f"{i.id}以{channel_label(i)}傳達予{relation_label(i)}"
                          for i in quoted), [i.id or "" for i in quoted]),
        Element("致生危害於安全（被害人心生畏懼）", fear),
    ]
    return hit(quoted, f"催收方{len(quoted)}次以加害生命、身體、自由、名譽或財產之事相恐嚇"
               f"{quote(a, quoted, *THREAT_HARM)}，可能涉及恐嚇危害安全罪，由檢警依法"
               "認定。", [c.CRIM_305], {c.CRIM_305: elements},
               urgent=urgency(a, quoted))


def _coercion_asks(a: Analysis) -> list[Ask]:
    """§304 (coercion) and §346 (extortion): the facts only the complainant can give."""
    out = []
    coerced = a.tagged("coercion")
    if coerced:
        out.append(Ask(f"{ref(coerced)}：對方以強暴或脅迫要求您做了什麼沒有義務做的事"
                       "（例如簽本票、交出證件）？", would_cite=(c.CRIM_304,),
                       incidents=[i.id or "" for i in coerced]))
    extorted = a.tagged("extortion")
    if extorted:
        out.append(Ask(f"{ref(extorted)}：對方以恐嚇要求交付之金額，是否超過您實際積欠之金額？"
                       "您是否因此交付金錢？", would_cite=(c.CRIM_346,),
                       incidents=[i.id or "" for i in extorted]))
    return out


def insult_criminal(a: Analysis) -> list[Hit | Ask] | None:
    """刑法 §309 公然侮辱 needs others to perceive it (a group, a post, the public); §310 needs
    an allegation spread to others. A private call or one text is abuse under the 辦法 §14 I(1)
    (or a tort); the rule asks whether it was in a group or in public."""
    insults = a.tagged(*INSULT_TAGS)
    if not insults:
        return None
    out: list[Hit | Ask] = []
    unknown = [i for i in insults if public(i) is None]
    if unknown:
        out.append(Ask(f"{ref(unknown)}的辱罵是在群組、公開貼文或有他人在場時發生的嗎？"
                       "（僅一對一之電話或訊息，不構成公然侮辱。）",
                       would_cite=(c.CRIM_309,), incidents=[i.id or "" for i in unknown]))
    open_ = [i for i in insults if public(i)]
    quoted = [i for i in open_ if words_of(a, i, *INSULT_TAGS)]
    described = [i for i in open_ if i not in quoted]
    if described:
        out.append(Ask(f"{ref(described)}的辱罵內容是您的轉述。是否有錄音、截圖或逐字紀錄？",
                       would_cite=(c.CRIM_309,), incidents=[i.id or "" for i in described]))
    if quoted:
        out.append(_insult_hit(a, quoted))
    return [x for x in out if x is not None] or None


def _insult_hit(a: Analysis, quoted: list[Incident]) -> Hit | None:
    """§309's elements met by insults in a group or in public, and §310's by those that
    spread word of my debt in writing."""
    where = "；".join(f"{i.id}：{_audience(i)}" for i in quoted)
    elements = {c.CRIM_309: [
        Element("公然（不特定或多數人得以共見共聞）", where, [i.id or "" for i in quoted]),
        Element("侮辱", "；".join(f"{i.id}：{words_of(a, i, *INSULT_TAGS)}" for i in quoted),
                [i.id or "" for i in quoted]),
    ]}
    cites = [c.CRIM_309]
    spread = [i for i in quoted if i.channel in WRITTEN and a.has(i, *DEBT_TAGS)]
    if spread:
        cites.append(c.CRIM_310)
        elements[c.CRIM_310] = [
            Element("意圖散布於眾", "；".join(f"{i.id}：{_audience(i)}" for i in spread),
                    [i.id or "" for i in spread]),
            Element("指摘或傳述足以毀損他人名譽之事（以文字為之）",
                    "；".join(f"{i.id}：{words_of(a, i, *INSULT_TAGS, *DEBT_TAGS)}"
                              for i in spread), [i.id or "" for i in spread]),
        ]
    return hit(quoted, f"催收方{len(quoted)}次在群組或公開場合辱罵本人"
               f"{quote(a, quoted, *INSULT_TAGS)}"
               + (f"，其中{len(spread)}次以文字傳述本人欠債之事" if spread else "")
               + "，可能涉及公然侮辱" + ("、誹謗" if spread else "")
               + "，由檢警依法認定。", cites, elements)


def _audience(i: Incident) -> str:
    if i.channel == Medium.social_post:
        return "於網路公開張貼"
    if str(i.audience) == "group":
        return f"於群組以{channel_label(i)}發送"
    return f"以{channel_label(i)}公開為之（{relation_label(i)}）"


__all__ = ["THREAT_TAGS", "abuse", "excess_amount", "exempt_property", "false_arrest",
           "false_court", "insult_criminal", "payment_to_agency", "threat_criminal"]
