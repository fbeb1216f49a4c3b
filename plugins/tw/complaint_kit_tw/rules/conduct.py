"""Rules about conduct and duties beyond the messages: visits, identification, recordings,
the institution's own duties, following, nuisance, personal data, tort, fair trade.

Penal provisions (社會秩序維護法, 刑法, 跟蹤騷擾防制法) are cited only with the facts that meet
each of their elements.
"""

from __future__ import annotations

from complaint_kit.api import (
    Analysis,
    Ask,
    Element,
    Hit,
    Incident,
    InstitutionType,
    Medium,
    Relation,
    fact_date,
)

from .. import citations as c
from .matching import (
    CALL_ID_BREACH_TAGS,
    DEBT_TAGS,
    DISCLOSURE_TAGS,
    FALSE_ARREST_TAGS,
    INSULT_TAGS,
    RECORDING_MONTHS,
    THREAT_TAGS,
    VISIT_BREACH_TAGS,
    add_months,
    agency_involved,
    at_place,
    by_agency,
    by_institution,
    flag,
    hit,
    is_card_issuer,
    public,
    quote,
    ref,
    regulated,
    regulation,
)


def _ids(incidents) -> list[str]:
    return [i.id or "" for i in incidents]


def visit(a: Analysis) -> Hit | None:
    case = a.case
    if regulated(case) is None:
        return None
    found, faults = [], set()
    for i in a.incidents:
        if i.channel != Medium.visit:
            continue
        missing = [text for tag, text in VISIT_BREACH_TAGS.items() if a.has(i, tag)
                   and not (tag == "entered_home" and i.consented)]
        if missing:
            found.append(i)
            faults.update(missing)
    if not found:
        return None
    return hit(found, f"催收人員登門{len(found)}次，{'、'.join(sorted(faults))}。",
               regulation(case, found, [c.OUT_14_1_7], card=[c.CARD_51_5]))


def call_id(a: Analysis) -> Hit | None:
    case = a.case
    if regulated(case) != "fi" or not is_card_issuer(case):
        return None
    found, faults = [], set()
    for i in a.incidents:
        if i.channel == Medium.call and by_institution(case, i):
            missing = [text for tag, text in CALL_ID_BREACH_TAGS.items() if a.has(i, tag)]
            if missing:
                found.append(i)
                faults.update(missing)
    if not found:
        return None
    return hit(found, f"發卡機構自行電話催收{len(found)}次，{'、'.join(sorted(faults))}。",
               [c.CARD_51_3])


def recordings(a: Analysis) -> Hit | None:
    case = a.case
    if regulated(case) is None or not flag(case, "recordings_refused"):
        return None
    calls = [i for i in a.incidents if i.channel in (Medium.call, Medium.visit)]
    # The fact is that the recordings were not handed over (refused, or said to be deleted):
    # §13(6) and §51(3) are the duty to record and keep them, cited as the basis to ask for
    # them, not as a breach the facts would have to show.
    text = "本人請求提供催收電話及外訪錄音，未獲提供。"
    if calls:
        first = a.local_day(calls[0])
        keep = add_months(first, RECORDING_MONTHS)
        text += (f"最早一次通話或外訪為{first.year}年{first.month}月{first.day}日，"
                 f"錄音至少應保存至{keep.year}年{keep.month}月{keep.day}日。")
    cites = regulation(case, calls, [c.OUT_13_6], card=[c.CARD_51_3])
    return Hit([], text, cites) if cites else None


def pre_notice(a: Analysis) -> Hit | None:
    case = a.case
    if regulated(case) != "fi" or not agency_involved(case):
        return None
    parts, cites = [], []
    if flag(case, "pre_outsourcing_notice_received") is False:
        parts.append("金融機構委外催收前未以書面通知本人（委外催收通知書）")
        cites.append(c.OUT_16_6)
    if flag(case, "agency_on_bank_list") is False:
        parts.append("催收機構未列於金融機構公告之受託催收機構名單")
        cites.append(c.OUT_16_7)
    if not parts:
        return None
    return Hit([], "；".join(parts) + "。", cites)


def agency_status(a: Analysis) -> Hit | None:
    case = a.case
    if regulated(case) != "fi" or not agency_involved(case):
        return None
    parts, cites = [], []
    if flag(case, "agency_licensed") is False:
        parts.append("催收機構並非經營金錢債權管理服務業務之公司、金融控股公司之資產管理公司、"
                     "律師事務所或會計師事務所")
        cites.append(c.OUT_13_1)
    if flag(case, "sub_outsourced"):
        parts.append("受託催收機構將催收作業再委託他人處理")
        cites.append(c.OUT_3)
    if not parts:
        return None
    return Hit([], "；".join(parts) + "。", cites)


def third_party_data(a: Analysis) -> Hit | Ask | None:
    """§16(5) binds the institution not to hand over data of people with no obligation on the
    debt. A call to an emergency contact does not show who gave the number: the rule needs the
    complainant's fact, and asks for it."""
    case = a.case
    if regulated(case) != "fi":
        return None
    contacts = [i for i in a.incidents if i.to.relation == Relation.emergency_contact]
    stated = flag(case, "third_party_data_used")
    cites = []
    if agency_involved(case):
        cites.append(c.OUT_16_5)
    if is_card_issuer(case):
        cites.append(c.CARD_42_4_3)
    if stated:
        return hit(contacts, "金融機構將對債務不負法律責任之第三人（如申請書所填緊急聯絡人）之資料"
                   "提供催收或用於催收" + (f"，催收方並聯絡緊急聯絡人{len(contacts)}次"
                                         if contacts else "") + "。", cites)
    if contacts and stated is None and cites:
        return Ask(f"催收方聯絡了您的緊急聯絡人（{ref(contacts)}）。您是否知道其號碼是由金融機構"
                   "依申請書資料提供給催收方？", would_cite=tuple(cites),
                   incidents=_ids(contacts))
    return None


def debt_sale_notice(a: Analysis) -> Hit | None:
    case = a.case
    if not (is_card_issuer(case) and flag(case, "debt_sold")
            and flag(case, "debt_sale_notice_received") is False):
        return None
    return Hit([], "發卡機構將本人之不良債權出售予資產管理公司，未以書面通知本人買受人、金額及"
               "發卡機構申訴電話。", [c.CARD_29_4])


def fi_duties(a: Analysis) -> Hit | None:
    """The institution's own duties once the debtor turns to it (§16(3)) or its agency is
    prosecuted (§16(8)). Its duty to report threats to the police (§16(4)) is a request of the
    complaint, not a finding: nothing in the case says it failed to."""
    case = a.case
    if regulated(case) != "fi" or not agency_involved(case):
        return None
    parts, cites = [], []
    if flag(case, "refused_agency"):
        parts.append("本人因受託機構違規催收而不接受其催收，逕向金融機構聯繫，金融機構應受理並"
                     "自行處理")
        cites.append(c.OUT_16_3)
    if flag(case, "agency_prosecuted"):
        parts.append("受託機構已因催收行為遭起訴，金融機構應終止委託契約")
        cites.append(c.OUT_16_8)
    if not parts:
        return None
    return Hit([], "；".join(parts) + "。", cites)


def secret_recording(a: Analysis) -> Hit | None:
    found = a.tagged("secret_recording", "peeping")
    if not found and not flag(a.case, "secret_recording"):
        return None
    fact = (f"申訴人陳述：催收方竊錄或窺視其非公開之活動或談話（{ref(found)}）" if found
            else "申訴人陳述：催收方竊錄或窺視其非公開之活動或談話")
    return hit(found, "催收方無故竊錄、竊聽或窺視本人非公開之活動或談話。", [c.CRIM_315_1],
               {c.CRIM_315_1: [Element("無故以工具竊錄、竊聽或窺視他人非公開之活動、言論或談話",
                                       fact, _ids(found))]})


def following(a: Analysis) -> Hit | None:
    warned = fact_date(a.case, "following_warned_on")
    if warned is None:
        return None
    found = [i for i in a.tagged("following") if a.local_day(i) > warned]
    if not found:
        return None
    day = f"{warned.year}年{warned.month}月{warned.day}日"
    elements = [
        Element("無正當理由跟追他人", f"申訴人陳述：催收人員跟追本人（{ref(found)}）", _ids(found)),
        Element("經勸阻不聽", f"本人於{day}勸阻後，仍跟追{len(found)}次", _ids(found)),
    ]
    return hit(found, f"催收人員無正當理由跟追本人，經於{day}勸阻後仍跟追{len(found)}次。",
               [c.SOA_89_2], {c.SOA_89_2: elements})


def home_nuisance(a: Analysis) -> Hit | Ask | None:
    """社會秩序維護法 §68(2): 藉端滋擾住戶、工廠、公司行號: a visit, on the pretext of the debt,
    that made a nuisance at a home or business."""
    visits = [i for i in a.incidents if i.channel == Medium.visit and not a.has(i, "following")]
    nuisance = [i for i in visits if a.has(i, "nuisance", *THREAT_TAGS, *INSULT_TAGS, "coercion")
                or (a.is_night(i) and not i.consented)]
    if not nuisance:
        return None
    placed = [i for i in nuisance if at_place(i)]
    unknown = [i for i in nuisance if not at_place(i)]
    if not placed:
        return Ask(f"催收人員登門滋擾（{ref(unknown)}）的地點是您的住家、工作或營業場所嗎？",
                   would_cite=(c.SOA_68_2,), incidents=_ids(unknown))
    how = [f"{i.id}：{'、'.join(_nuisance_kinds(a, i))}" for i in placed]
    elements = [
        Element("藉端（假借催討債務之名）", f"登門催討債務（{ref(placed)}）", _ids(placed)),
        Element("滋擾", "申訴人陳述：" + "；".join(how), _ids(placed)),
        Element("住戶、工廠、公司行號",
                "；".join(f"{i.id}：{i.location}" for i in placed), _ids(placed)),
    ]
    places = "、".join(dict.fromkeys(i.location or "" for i in placed))
    return hit(placed, f"催收人員{len(placed)}次登門至{places}滋擾。", [c.SOA_68_2],
               {c.SOA_68_2: elements})


def _nuisance_kinds(a: Analysis, i: Incident) -> list[str]:
    """How a visit made a nuisance: shouting, threats, abuse, coercion, the hour."""
    kinds = [k for k, tags in (("叫囂滋擾", ("nuisance",)), ("恐嚇", THREAT_TAGS),
                               ("辱罵", INSULT_TAGS), ("脅迫", ("coercion",)))
             if a.has(i, *tags)]
    if a.is_night(i) and not i.consented:
        kinds.append("於晚上十時後或上午七時前登門")
    return kinds


def stalking_act(a: Analysis) -> Hit | None:
    if not flag(a.case, "sexual_or_gender_element"):
        return None
    found = [i for i in a.incidents if i.channel in (Medium.call, Medium.sms, Medium.im,
                                                     Medium.visit, Medium.social_post)]
    if len(found) < 2:
        return None
    elements = [
        Element("與性或性別有關", "申訴人陳述：催收行為含有與性或性別有關之內容"),
        Element("對特定人反覆或持續為之", f"{len(found)}次聯絡（{ref(found)}）", _ids(found)),
    ]
    return hit(found, "催收行為含有與性或性別有關之內容，並反覆或持續為之。跟蹤騷擾防制法僅適用於"
               "與性或性別有關之行為，且須告訴乃論。", [c.STALK_3, c.STALK_18],
               {c.STALK_3: elements, c.STALK_18: elements})


def _discloses(a: Analysis, incident: Incident) -> bool:
    """A contact that told a third party or the public of the debt."""
    return incident.to.relation.is_third_party and a.has(incident, *DEBT_TAGS, *DISCLOSURE_TAGS)


def data_misuse(a: Analysis) -> Hit | None:
    """個人資料保護法: for a lender outside the FSC rules, the statute that reaches a disclosure
    of the debt to third parties (an institution's are found under the 辦法 rules, which cite
    §20 there)."""
    if regulated(a.case) is not None:
        return None
    found = [i for i in a.incidents if _discloses(a, i)]
    if not found:
        return None
    people = {(i.to.name, i.to.number, str(i.to.relation)) for i in found}
    return hit(found, f"催收方逾越蒐集之特定目的，利用本人之個人資料向第三人揭露本人債務"
               f"{len(found)}次，涉及{len(people)}人或場合。", [c.PDPA_20, c.PDPA_29])


def tort(a: Analysis) -> Hit | Ask | None:
    """民法 §184, §195: an infringement of 名譽、隱私、自由 or 健康 that caused harm. Without a
    fact of harm (the complainant's account, or damages claimed), it is asked for."""
    case = a.case
    h = case.harm
    harmful = [i for i in a.incidents
               if a.has(i, "threat_harm")
               or (a.has(i, *INSULT_TAGS) and (i.to.relation.is_third_party or public(i)))
               or _discloses(a, i) or (public(i) and a.has(i, *DEBT_TAGS, "public_notice"))]
    harmed = bool(h.mental_health or h.self_harm or h.job_loss or h.description
                  or a.fact("damages_claimed"))
    if not harmful:
        return None
    if not harmed:
        return Ask("這些催收行為是否使您的身心健康、名譽、工作或生活受到損害？請具體說明，"
                   "才能請求損害賠償。", would_cite=(c.CIVIL_184, c.CIVIL_195),
                   incidents=_ids(harmful))
    parts = [f"催收方{len(harmful)}次以加害安全之恐嚇、向第三人或公眾辱罵本人或揭露本人債務等方式，"
             f"侵害本人之名譽、隱私、自由或信用{quote(a, harmful, 'threat_harm', *INSULT_TAGS)}"]
    if h.mental_health or h.self_harm:
        parts.append("本人之身心健康因此受損")
    if h.job_loss:
        parts.append("本人因此失去工作")
    return hit(harmful, "；".join(parts) + "。本人得請求損害賠償及相當金額之精神慰撫金。",
               [c.CIVIL_184, c.CIVIL_195])


def fair_trade(a: Analysis) -> Hit | None:
    """A pointer only (the FTC's debt-collection guidance is UNVERIFIED), and only for a
    business outside the FSC rules: an institution's false statements are found under 辦法
    §14 II."""
    case = a.case
    if regulated(case) is not None or not any(
            r.type not in (InstitutionType.individual, InstitutionType.unknown)
            for r in case.respondents):
        return None
    tags = ("false_court", "impersonation", *FALSE_ARREST_TAGS)
    found = [i for i in a.incidents if a.has(i, *tags, "excess_amount", "unlawful_fee")]
    if not found:
        return None
    return hit(found, f"催收事業{len(found)}次以欺罔方法催收{quote(a, found, *tags)}。"
               "是否足以影響交易秩序，以及公平交易委員會有無針對債務催收之處理原則，均尚待"
               "查證，本項僅供參考。",
               [c.FAIR_TRADE_25, c.FAIR_TRADE_42, c.FTC_GUIDANCE])


__all__ = ["by_agency"]
