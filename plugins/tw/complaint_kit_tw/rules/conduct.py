"""Rules about conduct and duties beyond the messages: visits, identification, recordings,
the institution's own duties, following, nuisance, personal data, tort, fair trade."""

from __future__ import annotations

from complaint_kit.analysis import is_night
from complaint_kit.case import Case, Channel, Incident, InstitutionType, Relation
from complaint_kit.rules import Hit

from .. import citations as c
from ..jurisdiction import TW
from .matching import (
    CALL_ID_BREACH_TAGS,
    COERCION_TAGS,
    DEMAND_WORDS,
    DISCLOSURE_TAGS,
    FALSE_ARREST_TAGS,
    INSULT_TAGS,
    RECORDING_MONTHS,
    THREAT_TAGS,
    VISIT_BREACH_TAGS,
    add_months,
    agency_involved,
    by_agency,
    by_institution,
    fact_date,
    has_tag,
    hit,
    is_card_issuer,
    local_day,
    own_tag,
    quoted,
    regulated,
    regulation,
)

_CONTACT_RELATIONS = (Relation.contact, Relation.emergency_contact)


def _flag(case: Case, key: str) -> bool | None:
    value = case.facts.get(key)
    return value if isinstance(value, bool) else None


def visit(case: Case) -> Hit | None:
    if regulated(case) is None:
        return None
    found, faults = [], set()
    for i in case.incidents:
        if i.channel != Channel.visit:
            continue
        missing = [text for tag, text in VISIT_BREACH_TAGS.items() if own_tag(i, (tag,))
                   and not (tag == "entered_home" and i.consented)]
        if missing:
            found.append(i)
            faults.update(missing)
    if not found:
        return None
    return hit(found, f"催收人員登門{len(found)}次，{'、'.join(sorted(faults))}。",
               regulation(case, found, [c.OUT_14_1_5, c.OUT_14_1_7], card=[c.CARD_51_5]))


def call_id(case: Case) -> Hit | None:
    if regulated(case) != "fi" or not is_card_issuer(case):
        return None
    found, faults = [], set()
    for i in case.incidents:
        if i.channel == Channel.call and by_institution(case, i):
            missing = [text for tag, text in CALL_ID_BREACH_TAGS.items() if own_tag(i, (tag,))]
            if missing:
                found.append(i)
                faults.update(missing)
    if not found:
        return None
    return hit(found, f"發卡機構自行電話催收{len(found)}次，{'、'.join(sorted(faults))}。",
               [c.CARD_51_3])


def recordings(case: Case) -> Hit | None:
    if regulated(case) is None or not _flag(case, "recordings_refused"):
        return None
    calls = sorted((i for i in case.incidents if i.channel in (Channel.call, Channel.visit)),
                   key=lambda i: i.time)
    text = "本人請求提供催收電話及外訪錄音，遭拒絕或被告知錄音已刪除。"
    if calls:
        first = local_day(case, calls[0])
        keep = add_months(first, RECORDING_MONTHS)
        text += (f"最早一次通話或外訪為{first.year}年{first.month}月{first.day}日，"
                 f"錄音至少應保存至{keep.year}年{keep.month}月{keep.day}日。")
    cites = regulation(case, calls, [c.OUT_13_6], card=[c.CARD_51_3])
    return Hit([], text, cites) if cites else None


def pre_notice(case: Case) -> Hit | None:
    if regulated(case) != "fi" or not agency_involved(case):
        return None
    parts, cites = [], []
    if _flag(case, "pre_outsourcing_notice_received") is False:
        parts.append("金融機構委外催收前未以書面通知本人（委外催收通知書）")
        cites.append(c.OUT_16_6)
    if _flag(case, "agency_on_bank_list") is False:
        parts.append("催收機構未列於金融機構公告之受託催收機構名單")
        cites.append(c.OUT_16_7)
    if not parts:
        return None
    return Hit([], "；".join(parts) + "。", cites)


def agency_status(case: Case) -> Hit | None:
    if regulated(case) != "fi" or not agency_involved(case):
        return None
    parts, cites = [], []
    if _flag(case, "agency_licensed") is False:
        parts.append("催收機構並非經營金錢債權管理服務業務之公司、金融控股公司之資產管理公司、"
                     "律師事務所或會計師事務所")
        cites.append(c.OUT_13_1)
    if _flag(case, "sub_outsourced"):
        parts.append("受託催收機構將催收作業再委託他人處理")
        cites.append(c.OUT_3)
    if not parts:
        return None
    return Hit([], "；".join(parts) + "。", cites)


def third_party_data(case: Case) -> Hit | None:
    kind = regulated(case)
    if kind != "fi":
        return None
    found = [i for i in case.incidents if i.to.relation == Relation.emergency_contact]
    stated = bool(_flag(case, "third_party_data_used"))
    if not found and not stated:
        return None
    cites = []
    if agency_involved(case) and (stated or any(by_agency(case, i) for i in found)):
        cites.append(c.OUT_16_5)
    if is_card_issuer(case):
        cites.append(c.CARD_42_4_3)
    text = ("催收方使用對債務不負法律責任之第三人（如申請書所填緊急聯絡人）之資料催收"
            + (f"，聯絡緊急聯絡人{len(found)}次" if found else "") + "。")
    return hit(found, text, cites)


def debt_sale_notice(case: Case) -> Hit | None:
    if not (is_card_issuer(case) and _flag(case, "debt_sold")
            and _flag(case, "debt_sale_notice_received") is False):
        return None
    return Hit([], "發卡機構將本人之不良債權出售予資產管理公司，未以書面通知本人買受人、金額及"
               "發卡機構申訴電話。", [c.CARD_29_4])


def fi_duties(case: Case) -> Hit | None:
    if regulated(case) != "fi" or not agency_involved(case):
        return None
    parts, cites, found = [], [], []
    threats = [i for i in case.incidents if by_agency(case, i)
               and has_tag(i, (*THREAT_TAGS, *COERCION_TAGS))]
    if _flag(case, "refused_agency"):
        parts.append("本人因受託機構違規催收而不接受其催收，逕向金融機構聯繫，金融機構應受理並"
                     "自行處理")
        cites.append(c.OUT_16_3)
    if threats:
        found = threats
        parts.append(f"受託機構有恐嚇、脅迫等行為{len(threats)}次，金融機構應報警處理")
        cites.append(c.OUT_16_4)
    if _flag(case, "agency_prosecuted"):
        parts.append("受託機構已因催收行為遭起訴，金融機構應終止委託契約")
        cites.append(c.OUT_16_8)
    if not parts:
        return None
    return hit(found, "；".join(parts) + "。", cites)


def secret_recording(case: Case) -> Hit | None:
    found = [i for i in case.incidents if own_tag(i, ("secret_recording", "peeping"))]
    if not found and not _flag(case, "secret_recording"):
        return None
    return hit(found, "催收方無故竊錄、竊聽或窺視本人非公開之活動或談話。", [c.CRIM_315_1])


def following(case: Case) -> Hit | None:
    warned = fact_date(case, "following_warned_on")
    if warned is None:
        return None
    found = [i for i in case.incidents if own_tag(i, ("following",))
             and local_day(case, i) > warned]
    if not found:
        return None
    return hit(found, f"催收人員無正當理由跟追本人，經於{warned.year}年{warned.month}月"
               f"{warned.day}日勸阻後仍跟追{len(found)}次。", [c.SOA_89_2, c.SOA_35])


def home_nuisance(case: Case) -> Hit | None:
    found = [i for i in case.incidents if i.channel == Channel.visit and (
        own_tag(i, ("nuisance",)) or has_tag(i, (*THREAT_TAGS, *INSULT_TAGS, *COERCION_TAGS))
        or (is_night(case, TW, i) and not i.consented))]
    if not found:
        return None
    return hit(found, f"催收人員{len(found)}次登門至住家或營業場所叫囂、恐嚇、辱罵或於深夜滋擾。",
               [c.SOA_68_2, c.SOA_35])


def stalking_act(case: Case) -> Hit | None:
    if not _flag(case, "sexual_or_gender_element"):
        return None
    found = [i for i in case.incidents if i.channel in (Channel.call, Channel.sms, Channel.im,
                                                        Channel.visit, Channel.social_post)]
    if len(found) < 2:
        return None
    return hit(found, "催收行為含有與性或性別有關之內容，並反覆或持續為之。跟蹤騷擾防制法僅適用於"
               "與性或性別有關之行為，且須告訴乃論。", [c.STALK_3, c.STALK_18])


def _discloses(incident: Incident) -> bool:
    return incident.to.relation.is_third_party and (
        has_tag(incident, DISCLOSURE_TAGS) or any(w in incident.content for w in DEMAND_WORDS))


def data_misuse(case: Case) -> Hit | None:
    disclosed = [i for i in case.incidents if _discloses(i)]
    contacts = [i for i in case.incidents if i.to.relation in _CONTACT_RELATIONS]
    found = sorted({i.id: i for i in disclosed + contacts}.values(), key=lambda i: i.time)
    if not found:
        return None
    people = {(i.to.name, i.to.number, str(i.to.relation)) for i in found}
    cites = [c.PDPA_20, c.PDPA_29]
    public = [i for i in found if i.to.relation == Relation.public
              or i.channel == Channel.social_post]
    if public:
        cites.append(c.PDPA_41)
    text = (f"催收方逾越蒐集之特定目的，利用本人之個人資料聯絡或告知第三人{len(found)}次，"
            f"涉及{len(people)}人或場合")
    if public:
        text += "；其中公開揭露者，如經證明係意圖損害本人之利益，並可能涉及刑事責任"
    return hit(found, text + "。", cites)


def tort(case: Case) -> Hit | None:
    h = case.harm
    harmful = [i for i in case.incidents if has_tag(i, (*THREAT_TAGS, *INSULT_TAGS,
                                                        *FALSE_ARREST_TAGS))
               or _discloses(i)]
    if not (harmful or h.mental_health or h.self_harm or h.job_loss):
        return None
    parts = []
    if harmful:
        parts.append(f"催收方{len(harmful)}次以恐嚇、辱罵或向第三人揭露債務等方式侵害本人之"
                     "名譽、隱私、自由或信用")
    if h.mental_health or h.self_harm:
        parts.append("本人之身心健康因此受損")
    if h.job_loss:
        parts.append("本人因此失去工作")
    return hit(harmful, "；".join(parts) + "。本人得請求損害賠償及相當金額之精神慰撫金。",
               [c.CIVIL_184, c.CIVIL_195])


def fair_trade(case: Case) -> Hit | None:
    if not any(r.type not in (InstitutionType.individual, InstitutionType.unknown)
               for r in case.respondents):
        return None
    found = [i for i in case.incidents if has_tag(i, ("false_court", "impersonation",
                                                       *FALSE_ARREST_TAGS))
             or own_tag(i, ("excess_amount", "unlawful_fee"))]
    if not found:
        return None
    words = quoted(found, ("false_court", "impersonation", *FALSE_ARREST_TAGS))
    return hit(found, f"催收事業{len(found)}次以欺罔方法催收{words}。"
               "是否足以影響交易秩序，以及公平交易委員會有無針對債務催收之處理原則，均尚待"
               "查證，本項僅供參考。",
               [c.FAIR_TRADE_25, c.FAIR_TRADE_42, c.FTC_GUIDANCE])
