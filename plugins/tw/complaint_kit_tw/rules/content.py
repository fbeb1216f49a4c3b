"""Rules about what the collector said or wrote: abuse, false statements, threats, insults."""

from __future__ import annotations

from decimal import Decimal

from complaint_kit.case import Case, Channel, Incident, Relation
from complaint_kit.rules import Hit

from .. import citations as c
from .matching import (
    ABUSE_TAGS,
    COERCION_TAGS,
    DISCLOSURE_TAGS,
    FALSE_ARREST_TAGS,
    INSULT_TAGS,
    THREAT_TAGS,
    by_agency,
    has_tag,
    hit,
    own_tag,
    quoted,
    regulated,
    regulation,
)

_WRITTEN = (Channel.sms, Channel.im, Channel.letter, Channel.email, Channel.social_post)


def _abusive(incident: Incident) -> bool:
    return has_tag(incident, ABUSE_TAGS) or (
        incident.to.relation.is_third_party and has_tag(incident, DISCLOSURE_TAGS))


def abuse(case: Case) -> Hit | None:
    if regulated(case) is None:
        return None
    found = [i for i in case.incidents if _abusive(i)]
    if not found:
        return None
    words = quoted(found, (*ABUSE_TAGS, *DISCLOSURE_TAGS))
    return hit(found, f"催收方{len(found)}次對本人或第三人有恐嚇、脅迫、辱罵、騷擾、虛偽或誤導之"
               f"言詞，或侵害本人隱私{words}。",
               regulation(case, found, [c.OUT_14_1_1], card=[c.CARD_51_4]))


def _deemed(case: Case, tags: tuple[str, ...], citation, text: str) -> Hit | None:
    if regulated(case) is None:
        return None
    found = [i for i in case.incidents if has_tag(i, tags)]
    if not found:
        return None
    return hit(found, f"催收方{len(found)}次{text}{quoted(found, tags)}，依規定視為虛偽、詐欺或"
               "誤導。", regulation(case, found, [citation]))


def false_arrest(case: Case) -> Hit | None:
    return _deemed(case, FALSE_ARREST_TAGS, c.OUT_14_2_1,
                   "虛偽陳述或暗示本人不還款將遭逮捕、羈押或負刑事責任")


def exempt_property(case: Case) -> Hit | None:
    return _deemed(case, ("exempt_property",), c.OUT_14_2_2, "告知本人將扣押依法不得扣押之財產")


def false_court(case: Case) -> Hit | None:
    return _deemed(case, ("false_court",), c.OUT_14_2_4,
                   "虛偽陳述法院將對本人拘提、管收、查封或拍賣")


def _amount(value) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except ArithmeticError:
        return None


def excess_amount(case: Case) -> Hit | None:
    if regulated(case) is None:
        return None
    found = [i for i in case.incidents if own_tag(i, ("excess_amount", "unlawful_fee"))]
    demanded = _amount(case.facts.get("amount_demanded"))
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


def payment_to_agency(case: Case) -> Hit | None:
    if regulated(case) is None:
        return None
    found = [i for i in case.incidents if by_agency(case, i)
             and (has_tag(i, ("payment_to_agency",)))]
    if not found:
        return None
    return hit(found, f"受託催收機構或其人員{len(found)}次要求本人或第三人將款項交付其本人或"
               f"匯入其帳戶{quoted(found, ('payment_to_agency',))}。",
               regulation(case, found, [c.OUT_14_1_6]))


def threat_criminal(case: Case) -> Hit | None:
    threats = [i for i in case.incidents if has_tag(i, THREAT_TAGS)]
    coerced = [i for i in case.incidents if has_tag(i, COERCION_TAGS)]
    if not threats and not coerced:
        return None
    found = sorted({i.id: i for i in threats + coerced}.values(), key=lambda i: i.time)
    cites = []
    if threats:
        cites.append(c.CRIM_305)
    if coerced:
        cites.append(c.CRIM_304)
    if any(own_tag(i, ("extortion",)) for i in found):
        cites.append(c.CRIM_346)
    text = (f"催收方{len(found)}次以加害生命、身體、自由、名譽或財產之事相恐嚇"
            f"{quoted(found, THREAT_TAGS)}")
    if coerced:
        text += f"，其中{len(coerced)}次以脅迫使本人行無義務之事"
    return hit(found, text + "，可能涉及刑事責任，由檢警依法認定。", cites)


def insult_criminal(case: Case) -> Hit | None:
    """公然侮辱 needs others to perceive it: only insults that reached third parties or the
    public count here; insults to the debtor alone are abuse under 辦法 §14 I(1)."""
    found = [i for i in case.incidents if has_tag(i, INSULT_TAGS)
             and (i.to.relation.is_third_party or i.channel == Channel.social_post
                  or i.to.relation == Relation.public)]
    if not found:
        return None
    cites = [c.CRIM_309]
    written = [i for i in found if i.channel in _WRITTEN]
    if written:
        cites.append(c.CRIM_310)
    return hit(found, f"催收方{len(found)}次在第三人或公眾得知悉之情形下辱罵、貶損本人"
               f"{quoted(found, INSULT_TAGS)}" + (f"，其中{len(written)}次以文字為之" if written
                                                   else "") + "。", cites)
