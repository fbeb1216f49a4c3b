"""Hong Kong words: Cantonese and Hong Kong English, registered as classifiers of zh-Hant and en.

The shared zh-Hant and English lexicons tag the standard tags (complaint_kit.api.TAGS); these
add the Cantonese and Hong Kong usage they miss (街招, 入冊, 差人, 阿媽, 淋紅油, referees, HKID),
and the finer tags the Hong Kong rules need. Every tag here has a generic, accurate meaning, since
a zh-Hant or English classifier also tags the other jurisdictions' cases of that language:

- ``threat_injury``: an explicit threat to hurt a person or damage property (淋紅油, 斬你,
  "splash red paint", "break your legs") — what criminal intimidation needs, as opposed to
- ``veiled_threat``: menace without a stated harm ("we know where you work", 出入小心);
- ``visit_announced``: a visit to the home, workplace or building announced (上你屋企), with
  the denials the shared zh-Hant ``threat_visit`` lacks (我哋唔會上你屋企). English has none of
  its own: the shared English ``threat_visit`` already knows "we will not come";
- ``soon``: a time that makes a threat pressing (今晚, 即刻, tonight, today);
- ``personal_data``: the person's identifying data named (photo, identity card, address, phone
  number);
- ``doxxing``: publishing someone's personal data, or saying it will be published;
- ``public_notice``: posters, writing on walls, notices in the building;
- ``court_papers``: court papers named (summons, court order, writ): lawful when genuine, so
  only a question until the case says how they were found false; an arrest warrant for a debt
  is a ``criminal_threat``;
- ``debt_mention``: the debt itself mentioned (owes, 欠錢), which is what a contact with someone
  else discloses;
- ``obscene``: gross profanity (冚家鏟, 屌, "fuck"), as against an insult such as 仆街 or 老賴.

Every lexicon has a ``negation``: words denied in their clause ("the caller did not mention the
debt", "佢冇話要上嚟", "we will not come to your home") are not tagged. A condition is not a
denial: "唔還錢就淋紅油" and "if you do not pay we will come to your home" are threats.

A lawful reminder ("請於到期日前還款", "we may take legal action to recover the debt") gets no
threat, insult or disclosure tag: the patterns name the abuse, never a creditor's remedies.
"""

from __future__ import annotations

from complaint_kit.api import TAGS, Lexicon

_S = r"[^，。！？；,.!?;\n]"
_YOUR = r"(?:你|您|妳)(?:的|們|嘅|個)?"
_HK_KIN = r"阿媽|阿爸|媽咪|爹哋|老豆|老母|外母|外父|家姐|細佬|細妹|阿哥|老公|老婆|屋企人"
_HK_CIRCLE = r"老細|上司|同事|公司|人事部|擔保人|諮詢人|推薦人|朋友|街坊|鄰居|管理處|保安"
_DATA_ZH = r"(?:相片|照片|大頭相|身份證|身分證|證件|地址|住址|電話號碼|手機號碼|個人資料)"
_PUBLIC_ZH = (r"(?:WhatsApp|whatsapp|群組|group|(?<![A-Za-z])(?:FB|IG)(?![A-Za-z])|Facebook|連登|"
              r"網上|街招|大廈|樓下|門口|電梯)")  # FB, IG: not the letters inside "tonight"

# A denial right before the words: 冇 / 沒有 / 並無 / 從未 / 唔會 / 不會, optionally with a verb
# of saying ("冇話過要", "並無提及"). "唔還錢就…" is a condition, not a denial: 唔 alone does not
# count, only 唔會; nor does 唔係, which is as often "or else" ("叫佢還錢，唔係打斷佢隻腳").
ZH_NEGATION = (r"(?:冇|沒有|沒|無|並無|並未|從未|從來冇|未有|未曾|不曾|唔會|不會)"
               r"(?:有)?(?:人)?(?:講|話|說|提|提及|提到|表示|威脅|恐嚇|揚言|再)?(?:過)?"
               r"(?:要|會|話要|說要)?(?:再)?$")

# The people named only to deny contacting them ("本公司絕不會上門或聯絡您的公司",
# "我哋唔會搵你屋企人").
_DENIED_CONTACTS = (r"(?:唔會|不會|絕不會?|從不|從未|並未|不得)(?!放過|饒)" + _S + r"{0,12}?"
                    r"(?:" + _HK_KIN + "|" + _HK_CIRCLE + r"|家人|親友|通訊錄|聯絡人)")
ZH_UNLESS: dict[str, tuple[str, ...]] = {
    "third_party_contact": (_DENIED_CONTACTS,),
    "disclosure": (_DENIED_CONTACTS,),
}

ZH_PATTERNS: dict[str, tuple[str, ...]] = {
    # --- the standard tags: what the shared lexicon misses in Cantonese ----------------------
    "threat_violence": (
        r"淋(?:你)?(?:紅)?(?:油|漆)|噴(?:紅)?(?:油|漆)",
        r"(?:鎖匙孔|匙孔)" + _S + r"{0,4}(?:膠水|牙籤)",
        r"斬(?:死|柒|開)?你|劈(?:死|你)|打(?:柒|爆|殘|死)你|郁你|搞你(?:屋企人|全家|個仔|個女)",
        r"(?:搵|叫)(?:人|兄弟|社團)" + _S + r"{0,6}(?:搞|斬|打|郁|處理)你",
        r"黑社會|(?<!臉書)(?<!FB)社團|14K|新義安",
        r"(?:你|您)(?:屋企|間屋|架車|間舖)" + _S + r"{0,8}(?:燒|淋|砸|爆)",
    ),
    "threat_visit": (
        r"(?<![打發寄傳])(?:上|落|嚟|去)(?:你|您)(?:屋企|公司|寫字樓|舖頭|學校)(?:搵你|坐|等你)?",
        r"(?:喺|響)(?:你|您)(?:屋企|公司|大廈)(?:樓下|門口)等",
    ),
    "third_party_contact": (
        r"(?:搵|打俾|打畀|打咗俾|打咗畀|話俾|話畀|通知|聯絡|問)(?:埋|咗|過)?" + _YOUR
        + r"(?:" + _HK_KIN + "|" + _HK_CIRCLE + r")",
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
        r"拘捕令|通緝令",
        r"(?:警方|警察|差人)" + _S + r"{0,6}(?:立案|通緝|拘捕)",
    ),
    "impersonation": (
        r"(?:我係|我哋係|呢度係|我是|我們是)" + _S + r"{0,12}(?:警署|警察|差館|法庭|法院|"
        r"律師行|律師樓|執達主任|破產管理署|海關|入境處)",
    ),
    "insult": (
        r"仆街|撲街|冚家鏟|冚家富貴|屌|𨳒|食屎|廢柴|垃圾|人渣|老賴|賴數佬|走數佬|老千|衰人|"
        r"賤格|on9|柒頭|低能",
    ),
    # --- the finer tags -------------------------------------------------------------------------
    "threat_injury": (
        r"淋(?:你)?(?:紅)?(?:油|漆)|噴(?:紅)?(?:油|漆)|潑(?:紅)?(?:油|漆)",
        r"(?:鎖匙孔|匙孔)" + _S + r"{0,4}(?:膠水|牙籤)|塞膠水",
        r"斬(?:死|柒|開|手指)?(?:你|佢)|斬手指|劈(?:死|你|佢)|打(?:柒|爆|殘|死|斷)(?:你|佢)|"
        r"打斷(?:你|佢)?(?:隻|對)?(?:手|腳)|郁(?:你|佢)|殺(?:咗|了)?(?:你|佢)|弄死(?:你|佢)|"
        r"燒(?:咗|了)?(?:你|佢)?(?:間屋|屋企|架車|間舖)",
        r"(?:搵|叫)(?:人|兄弟|社團)" + _S + r"{0,6}(?:搞|斬|打|郁|處理)你",
        r"(?:你|您)(?:屋企|間屋|架車|間舖)" + _S + r"{0,8}(?:燒|淋|砸|爆)",
        r"(?:你|您)?(?:屋企人|阿媽|阿爸|個仔|個女|老婆|老公|全家)" + _S
        + r"{0,6}(?:出事|有事|遭殃|好睇)",
    ),
    "veiled_threat": (
        r"(?:我哋|我們)?(?:知|知道)(?:你|您)(?:住邊|住喺邊|住哪|喺邊度返工|喺邊返工|返工地址|"
        r"住址|屋企喺邊)",
        r"出入小心|小心(?:啲|d)(?:你|您)?(?:屋企人|個仔|個女)?|小心(?:你|您)(?:屋企人|個仔|個女"
        r"|安全)|"
        r"後果自負|睇住嚟|走着瞧|走著瞧|唔好怪我哋|讓你好看|俾啲顏色你睇|不會放過你|唔會放過你|"
        r"付出代價|你等著|等著瞧",
    ),
    "visit_announced": (
        r"(?<![打發寄傳])(?:上|落|嚟|去|到)(?:你|您|妳)(?:屋企|公司|寫字樓|舖頭|學校|家|單位|門口"
        r"|樓下)",
        r"(?:喺|響|在)(?:你|您)(?:屋企|公司|大廈)(?:樓下|門口)等",
        r"上門|登門|拍門|踢門",
    ),
    "soon": (
        # Not 即刻 / 而家 / "now": they qualify the payment more often than the visit
        # ("即刻還錢，唔係上你屋企").
        r"今晚|今夜|今日|今天|聽日|聽朝|明天|明日|一陣|稍後|今個星期",
    ),
    "personal_data": (_DATA_ZH,),
    "doxxing": (
        r"(?:公開|貼|post|Post|曬|公佈|公布|放上|放到|發上|發到|傳上|傳到)" + _S + r"{0,10}"
        r"(?:你|您|妳|佢)(?:嘅|的)?" + _DATA_ZH,
        _DATA_ZH + _S + r"{0,10}(?:貼|放|post|發|傳|公開|公佈|公布)" + _S + r"{0,6}"
        + _PUBLIC_ZH,
        r"起(?:你)?底",
    ),
    "public_notice": (
        r"街招|海報|大字報|寫大字|張貼|貼滿|橫額|寫(?:喺|在|響)?(?:牆|門|大門|鐵閘)",
    ),
    "court_papers": (
        r"傳票|法庭文件|法庭命令|破產令",
    ),
    "debt_mention": (
        r"欠(?:錢|債|款|銀行|我哋|我們|數)|債務|還錢|還款|走數|賴數|追數|收數|貸款|借(?:錢|咗)|"
        r"幫佢(?:還|俾錢)|替佢還",
    ),
    # Sexual or family-cursing obscenity; 仆街, 老賴 or 垃圾 are abuse (``insult``), not this.
    "obscene": (
        r"冚家鏟|冚家富貴|屌|𨳒|戇鳩|柒頭|on9",
    ),
}

# A denial right before the words, with at most a verb of saying and an article between:
# "did not mention the debt", "never threatened to", "we will not come". A condition ("if you do
# not pay we will come") is not one: the words between must be of that short list.
EN_NEGATION = (r"\b(?:not|never|no|didn't|don't|doesn't|won't|wasn't|weren't|nobody|no one)"
               r"(?:\s+(?:ever|once|say|said|says|mention|mentioned|mentions|threaten|threatened|"
               r"talk|talked|speak|spoke|about|of|the|a|any|anything|to|that|they|he|she|would|"
               r"will|be|been|come|came|coming|visit|visited|call|called|contact|contacted|"
               r"my|me|us))*\s*$")

_PEOPLE_EN = (r"(?:referees?|guarantors? you named|emergency contacts?|boss|colleagues?|"
              r"family|parents?|mum|mom|mother|dad|father|wife|husband|friends?|neighbou?rs?|"
              r"building management|security guard)")
_DATA_EN = (r"(?:photos?|pictures?|selfie|HKID(?: card)?|ID card|identity card|address|"
            r"phone number|personal (?:data|details|information))")
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
    "threat_injury": (
        r"\b(?:(?:splash|throw|pour)(?:ing)? (?:red )?paint|red paint"
        r"|glue (?:in|into) your (?:lock|keyhole)"
        r"|(?:hurt|kill|beat|stab|chop|burn) (?:you|him|her|them|(?:your|his|her) \w+)"
        r"|beat (?:you|him|her) up"
        r"|break (?:your|his|her) (?:legs?|arms?|neck|face|fingers|knees|windows?|door)"
        r"|burn (?:down )?(?:your|his|her) (?:house|flat|home|car|shop)"
        r"|smash (?:your|his|her) (?:car|door|windows?|shop))\b",
    ),
    "veiled_threat": (
        r"\bwe know where (?:you|your \w+) (?:live|lives|work|works|go to school)\b",
        r"\b(?:accidents happen|watch your back|be careful|you(?:'ll| will) regret|or else"
        r"|you have been warned|something (?:bad|terrible) (?:will|could|might) happen)\b",
    ),
    "soon": (
        r"\b(?:tonight|today|this (?:evening|afternoon|morning)|tomorrow|within the hour"
        r"|in an hour|later today)\b",
    ),
    "personal_data": (r"\b(?:your|his|her|my) " + _DATA_EN + r"\b", r"\bHKID\b"),
    "doxxing": (
        r"\b(?:post|posted|posting|share|sharing|send|sending|publish|publishing|put|spread)"
        r"\b[^.!?\n]{0,20}\b(?:your|his|her) " + _DATA_EN + r"\b",
        r"\b(?:your|his|her) " + _DATA_EN + r"\b[^.!?\n]{0,30}\b(?:in|on|to|around) "
        + _PUBLIC_EN + r"\b",
        r"\bhere is (?:his|her) " + _DATA_EN + r"\b",
    ),
    "public_notice": (
        r"\b(?:posters?|notices? (?:on|at|in|outside) (?:the|your)|wrote on|writing on"
        r"|written on)\b",
    ),
    "court_papers": (
        r"\b(?:summons|court order|bankruptcy order|writ)\b",
    ),
    "debt_mention": (
        r"\b(?:owe|owes|owed|owing|debts?|loan|repay|repayment|overdue|arrears|outstanding"
        r"|pay for (?:him|her|them))\b",
    ),
    "obscene": (
        r"\b(?:f+u+c+k\w*|shit\w*|bitch\w*|bastard|asshole|cunt|motherf\w*)\b",
    ),
}



def _merged(*maps: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for patterns in maps:
        for tag, alternatives in patterns.items():
            merged[tag] = (*merged.get(tag, ()), *alternatives)
    return merged


# Hong Kong's own tags say what a message contains for its rules (the time of a visit, the
# personal data, the debt); the standard tags are what marks abuse.
FEATURES = (frozenset(ZH_PATTERNS) | frozenset(EN_PATTERNS)) - frozenset(TAGS)

ZH_LEXICON = Lexicon(name="hk-zh-Hant", language="zh-Hant", patterns=ZH_PATTERNS,
                     unless=ZH_UNLESS, negation=ZH_NEGATION, features=FEATURES)
# Classifiers are chosen by the case's language, not the message's: an English Hong Kong case
# often holds Cantonese WhatsApp messages, which no zh-Hant classifier would read. The English
# lexicon therefore carries the Cantonese patterns too (they match nothing in English text).
EN_LEXICON = Lexicon(name="hk-en", language="en", patterns=_merged(EN_PATTERNS, ZH_PATTERNS),
                     negation=f"(?:{EN_NEGATION})|(?:{ZH_NEGATION})", features=FEATURES)
LEXICONS = (ZH_LEXICON, EN_LEXICON)
