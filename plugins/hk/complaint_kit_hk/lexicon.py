"""Hong Kong words on top of the shared zh-Hant and English lexicons (plugins/lexicons).

The shared lexicons already tag Traditional-Chinese and English collection messages with the
standard tags. These add Cantonese and Hong Kong usage they miss (街招, 入冊, 差人, 阿媽, 淋紅油
variants, referees, HKID). ``DOXXING`` finds a tag of the plugin's own, ``doxxing``: a message that
publishes, or threatens to publish, someone's personal data (photo, identity card, address, phone
number) — what PDPO s.64(3A) is about. The rules use it; it is not a registered classifier, since
classifiers keep to the standard tags.

A lawful reminder ("請於到期日前還款", "we may take legal action to recover the debt") gets no
tag: the patterns name the abuse, never a creditor's ordinary remedies.
"""

from __future__ import annotations

from complaint_kit.tagging import TAGS, Lexicon

_S = r"[^，。！？,.!?\n]"
_YOUR = r"(?:你|您|妳)(?:的|們|嘅|個)?"
_HK_KIN = r"阿媽|阿爸|媽咪|爹哋|老豆|老母|外母|外父|家姐|細佬|細妹|阿哥|老公|老婆|屋企人"
_HK_CIRCLE = r"老細|上司|同事|公司|人事部|擔保人|諮詢人|推薦人|朋友|街坊|鄰居|管理處|保安"
_DATA_ZH = r"(?:相片|照片|大頭相|身份證|身分證|證件|地址|住址|電話號碼|手機號碼|個人資料)"
_PUBLIC_ZH = r"(?:WhatsApp|whatsapp|群組|group|FB|Facebook|IG|連登|網上|街招|大廈|樓下|門口|電梯)"

ZH_PATTERNS: dict[str, tuple[str, ...]] = {
    "threat_violence": (
        r"淋(?:你)?(?:紅)?(?:油|漆)|噴(?:紅)?(?:油|漆)",
        r"(?:鎖匙孔|匙孔)" + _S + r"{0,4}(?:膠水|牙籤)",
        r"斬(?:死|柒|開)?你|劈(?:死|你)|打(?:柒|爆|殘|死)你|郁你|搞你(?:屋企人|全家|個仔|個女)?",
        r"(?:搵|叫)(?:人|兄弟|社團)" + _S + r"{0,6}(?:搞|斬|打|郁|處理)你",
        r"(?:黑社會|社團|14K|新義安)", r"(?:你|您)(?:屋企|間屋|架車|間舖)" + _S
        + r"{0,8}(?:燒|淋|砸|爆)",
    ),
    "threat_visit": (
        r"(?<![打發寄傳])(?:上|落|嚟|去)(?:你|您)(?:屋企|公司|寫字樓|舖頭|學校)(?:搵你|坐|等你)?",
        r"(?:喺|響)(?:你|您)(?:屋企|公司|大廈)(?:樓下|門口)等",
    ),
    "third_party_contact": (
        r"(?:搵|打俾|打畀|話俾|話畀|通知|聯絡|問)(?:埋)?" + _YOUR + r"(?:" + _HK_KIN + "|"
        + _HK_CIRCLE + r")",
        _YOUR + r"(?:" + _HK_KIN + "|" + _HK_CIRCLE + r")" + _S + r"{0,6}(?:都|已經)?(?:會)?"
        r"(?:知|收到|接到)",
    ),
    "disclosure": (
        r"貼(?:街招|大字報|滿)|街招|寫大字|(?:你|您)(?:公司|大廈|屋企)" + _S + r"{0,8}(?:貼|寫)",
        r"(?:話|講|通知)(?:俾|畀)?" + _S + r"{0,10}(?:知)?(?:你|您)(?:欠錢|欠債|走數|賴數)",
        r"(?:放|post|Post|發|貼)(?:上|到|去|喺|響)" + _S + r"{0,6}" + _PUBLIC_ZH,
    ),
    "criminal_threat": (
        r"入冊|踎監|坐監|(?:叫|報)差人|差人(?:拉|捉|搵)你|拉你(?:入|返)差館|告你詐騙|詐騙罪|"
        r"(?:警方|警察|差人)" + _S + r"{0,6}(?:立案|通緝|拘捕)",
    ),
    "impersonation": (
        r"(?:我係|我哋係|呢度係|我是|我們是)" + _S + r"{0,12}(?:警署|警察|差館|法庭|法院|"
        r"律師行|律師樓|執達主任|破產管理署|海關|入境處)",
    ),
    "insult": (
        r"仆街|撲街|冚家鏟|冚家富貴|屌|𨳒|食屎|廢柴|垃圾|人渣|老賴|賴數|走數佬|老千|死老|衰人|"
        r"賤格|on9|On9|柒頭|低能",
    ),
}

_PEOPLE_EN = (r"(?:referees?|guarantors? you named|emergency contacts?|boss|colleagues?|"
              r"family|parents?|mum|mom|dad|wife|husband|friends|neighbou?rs?|building "
              r"management|security guard)")
_DATA_EN = (r"(?:photo|picture|selfie|HKID|ID card|identity card|address|phone number|"
            r"personal (?:data|details|information))")
_PUBLIC_EN = (r"(?:WhatsApp group|group chat|Facebook|social media|Instagram|LIHKG|online|the "
              r"lift|the lobby|your building|your door|the internet)")

EN_PATTERNS: dict[str, tuple[str, ...]] = {
    "threat_violence": (
        r"\b(?:red paint|splash(?:ing)? paint|paint (?:your|on your) (?:door|wall|car)"
        r"|glue (?:in|into) your (?:lock|keyhole)|triads?|our brothers|chop you)\b",
    ),
    "third_party_contact": (
        r"\b(?:call(?:ed|ing)?|contact(?:ed|ing)?|tell|told|message(?:d)?|WhatsApp(?:ed)?|"
        r"visit(?:ed)?|ask(?:ed)?) (?:all )?(?:of )?your " + _PEOPLE_EN + r"\b",
    ),
    "disclosure": (
        r"\b(?:post(?:ed|ing)?|put(?:ting)?|stick(?:ing)?|share|sharing|send(?:ing)?)\b[^.!?\n]"
        r"{0,40}\b(?:in|on|to|around) " + _PUBLIC_EN + r"\b",
        r"\b(?:posters?|notices?) (?:at|on|outside|around) your (?:door|building|office|home)\b",
    ),
}

# Personal data published, or threatened to be: the plugin's own tag, read by HK-DOXXING. It is
# kept out of the registered classifiers, which tag only the standard tags (complaint_kit.tagging).
DOXXING_PATTERNS: dict[str, tuple[str, ...]] = {
    "doxxing": (
        r"(?:公開|貼|post|Post|曬|公佈|公布|放上|放到|發上|發到|傳上|傳到)" + _S + r"{0,10}"
        r"(?:你|您|妳)(?:嘅|的)?" + _DATA_ZH,
        _DATA_ZH + _S + r"{0,10}(?:貼|放|post|發|傳|公開|公佈|公布)" + _S + r"{0,6}"
        + _PUBLIC_ZH,
        r"起(?:你)?底",
        r"\b(?:post|posted|posting|share|sharing|send|sending|publish|publishing|put|spread)"
        r"\b[^.!?\n]{0,20}\byour " + _DATA_EN + r"\b",
        r"\byour " + _DATA_EN + r"\b[^.!?\n]{0,30}\b(?:in|on|to|around) " + _PUBLIC_EN + r"\b",
    ),
}


def _standard(patterns: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Every standard tag, empty where Hong Kong adds nothing to the shared lexicon."""
    return {tag: patterns.get(tag, ()) for tag in TAGS}


ZH_LEXICON = Lexicon(name="hk-zh-Hant", language="zh-Hant", patterns=_standard(ZH_PATTERNS))
EN_LEXICON = Lexicon(name="hk-en", language="en", patterns=_standard(EN_PATTERNS))
LEXICONS = (ZH_LEXICON, EN_LEXICON)
DOXXING = Lexicon(name="hk-doxxing", language="zh-Hant", patterns=DOXXING_PATTERNS)
