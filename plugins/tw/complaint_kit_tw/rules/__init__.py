"""Taiwan rules: pure functions of the case's ``Analysis``, each carrying its citations.

Ids and grades are those of shared/reference/law-tw.md §1. The FSC regulations that bind the
financial institution (金融機構作業委託他人處理內部作業制度及程序辦法 for its collection
agencies, 信用卡業務機構管理辦法 for a card issuer's own staff, the insurers' 注意事項 第12點)
apply only when the debt is owed to such an institution; the criminal law, 社會秩序維護法,
個人資料保護法 and 民法 apply to everyone. The Bankers Association's Lunar New Year pause is a
voluntary industry measure and is cited as such.

Each act is found under the rules that fit it: the specific provision takes it (a statement
that the debtor will be arrested is 辦法 §14 II(1), not again §14 I(1)); a regulatory finding and
a penal one may name the same act, but a penal provision only with the facts that meet its
elements, otherwise the rule asks for the missing fact.
"""


from complaint_kit.api import rule_maker

from .. import citations as c
from .conduct import (
    agency_status,
    call_id,
    data_misuse,
    debt_sale_notice,
    fair_trade,
    fi_duties,
    following,
    home_nuisance,
    pre_notice,
    recordings,
    secret_recording,
    stalking_act,
    third_party_data,
    tort,
    visit,
)
from .contact import (
    disruption,
    hours,
    location_contact,
    lunar_new_year,
    persistent,
    postcard_envelope,
    public_notice,
    third_party,
)
from .content import (
    abuse,
    excess_amount,
    exempt_property,
    false_arrest,
    false_court,
    insult_criminal,
    payment_to_agency,
    threat_criminal,
)

_rule = rule_maker("tw")


RULES = [
    # --- 辦法 §14 and the card issuers' own rules (regulation binding the institution) --------
    _rule("TW-HOURS", "非催收時間催收（晚上十時至翌日上午七時）", hours,
          [c.OUT_14_1_3, c.OUT_14_3_1, c.FSC_2012]),
    _rule("TW-PERSISTENT", "持續催收", persistent, [c.OUT_14_3_1]),
    _rule("TW-DISRUPTION", "騷擾影響居住、就學、工作、營業或生活", disruption,
          [c.OUT_14_1_2, c.OUT_14_3_1]),
    _rule("TW-ABUSE", "恐嚇、脅迫、辱罵、騷擾、虛偽或誤導", abuse,
          [c.OUT_14_1_1, c.CARD_51_4, c.INSURER_12]),
    _rule("TW-THIRD-PARTY", "透過第三人干擾或催討", third_party,
          [c.OUT_14_1_4, c.CARD_51_2, c.PDPA_20, c.FSC_2012]),
    _rule("TW-LOCATION-CONTACT", "為探尋聯絡方式聯絡第三人未表明身分、目的", location_contact,
          [c.OUT_14_1_5]),
    _rule("TW-FALSE-ARREST", "虛偽陳述或暗示將遭逮捕、羈押", false_arrest, [c.OUT_14_2_1]),
    _rule("TW-EXEMPT-PROPERTY", "揚言扣押依法不得扣押之財產", exempt_property, [c.OUT_14_2_2]),
    _rule("TW-EXCESS-AMOUNT", "要求超過債務之金額或法律禁止之費用", excess_amount,
          [c.OUT_14_2_3]),
    _rule("TW-FALSE-COURT", "虛偽陳述法院將拘提、管收、查封或拍賣", false_court, [c.OUT_14_2_4]),
    _rule("TW-POSTCARD-ENVELOPE", "使用明信片或信封註記使第三人得知債務", postcard_envelope,
          [c.OUT_14_3_2]),
    _rule("TW-PUBLIC-NOTICE", "以公告、張貼等方式使第三人得知債務", public_notice,
          [c.OUT_14_3_3, c.PDPA_20]),
    _rule("TW-PAYMENT-TO-AGENCY", "受託催收機構或人員收取款項", payment_to_agency,
          [c.OUT_14_1_6]),
    _rule("TW-VISIT", "外訪未配戴識別證、未錄音或進入住居所", visit,
          [c.OUT_14_1_7, c.CARD_51_5]),
    _rule("TW-CALL-ID", "發卡機構電話催收未表明機構名稱或未錄音", call_id, [c.CARD_51_3]),
    _rule("TW-RECORDINGS", "請求提供應保存之催收錄音", recordings, [c.OUT_13_6, c.CARD_51_3]),
    _rule("TW-PRE-NOTICE", "委外催收前未書面通知或未公告受託機構", pre_notice,
          [c.OUT_16_6, c.OUT_16_7]),
    _rule("TW-AGENCY-STATUS", "受託催收機構資格不符或再委託", agency_status, [c.OUT_13_1, c.OUT_3]),
    _rule("TW-THIRD-PARTY-DATA", "使用對債務不負責任之第三人資料催收", third_party_data,
          [c.OUT_16_5, c.CARD_42_4_3]),
    _rule("TW-DEBT-SALE-NOTICE", "出售不良債權未書面通知債務人", debt_sale_notice,
          [c.CARD_29_4]),
    _rule("TW-FI-DUTIES", "金融機構未盡監督受託催收機構之義務", fi_duties,
          [c.OUT_16_3, c.OUT_16_8]),
    # --- Statutes binding everyone -------------------------------------------------------------
    _rule("TW-THREAT-CRIMINAL", "恐嚇危害安全（刑法）", threat_criminal,
          [c.CRIM_305, c.CRIM_304, c.CRIM_346]),
    _rule("TW-INSULT-CRIMINAL", "公然侮辱、誹謗（刑法）", insult_criminal,
          [c.CRIM_309, c.CRIM_310]),
    _rule("TW-SECRET-RECORDING", "竊錄、窺視（刑法）", secret_recording, [c.CRIM_315_1]),
    _rule("TW-FOLLOWING", "無正當理由跟追，經勸阻不聽（社會秩序維護法）", following,
          [c.SOA_89_2]),
    _rule("TW-HOME-NUISANCE", "藉端滋擾住戶、公司行號（社會秩序維護法）", home_nuisance,
          [c.SOA_68_2]),
    _rule("TW-STALKING-ACT", "與性或性別有關之跟蹤騷擾", stalking_act, [c.STALK_3, c.STALK_18]),
    _rule("TW-DATA-MISUSE", "逾越特定目的利用個人資料", data_misuse,
          [c.PDPA_20, c.PDPA_29]),
    _rule("TW-TORT", "侵害名譽、隱私、自由、健康等人格權（民法）", tort,
          [c.CIVIL_184, c.CIVIL_195]),
    # The statute is graded High, but whether it reaches debt collection rests on FTC guidance
    # that the reference could not find (UNVERIFIED): a pointer, never a claim in a letter.
    _rule("TW-FAIR-TRADE", "欺罔或顯失公平之催收行為（公平交易法）", fair_trade,
          [c.FAIR_TRADE_25, c.FAIR_TRADE_42, c.FTC_GUIDANCE], verified=False),
    # --- Voluntary industry measure ------------------------------------------------------------
    _rule("TW-LUNAR-NEW-YEAR", "春節暫停催收期間催收（銀行公會自律措施）", lunar_new_year,
          [c.BANKERS_LUNAR]),
]
