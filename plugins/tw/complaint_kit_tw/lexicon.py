"""Traditional Chinese message tagging that the Taiwan rules need on top of the shared zh-Hant
lexicon (plugins/lexicons, which reaches the rules through ``Analysis``; this plugin never
imports it).

Registered as a zh-Hant classifier, so it also tags Hong Kong's zh-Hant cases: every tag says
what the words are, not which Taiwan article they break.

- ``false_court``: a statement that a court (or its enforcement officers) will 拘提、管收、查封
  or 拍賣 — what 金融機構作業委託他人處理內部作業制度及程序辦法 §14 II(4) deems false;
- ``exempt_property``: a threat to take property the law exempts (a whole salary, pensions,
  welfare payments, necessities);
- ``payment_to_collector``: payment demanded to the collector's own account or in cash to them;
- ``postcard``: a postcard;
- ``threat_harm``: a threat of harm to life, body, liberty, reputation or property (the harms
  刑法 §305 names), narrower than the shared ``threat_violence`` (which also holds vague words
  such as 後果自負);
- ``visit_soon``: a visit announced for tonight, today, tomorrow or right away;
- ``contact_narrated``: the complainant's own account that the collectors reached someone of
  theirs (打給我媽媽, 找我公司): a contact to record with its target, not a threat;
- ``debt_mention``: the words speak of the debt or ask for payment (a third-party contact with
  them is collection through that person, not a request for contact details);
- ``criminal_threat``: adds 羈押、管收、關進監獄 to the shared tag.

A lawful reminder (逾期將依法陳報聯徵中心, 本行將依法聲請支付命令, 依法聲請強制執行) gets none
of the threat tags. Words right after a negation or a hearsay marker in the same clause
(沒有說要上門, 並未提到欠款, 聽說要來) are not tagged: they are denied or second-hand, not said.
"""

from __future__ import annotations

from complaint_kit.api import TAGS, Lexicon

_STOP = r"[^，。！？,.!?\n]"
_COURT = r"(?:法院|執行處|法警|書記官|執行官)"
_LAWFUL_ENFORCEMENT = (r"依法(?:聲請|申請|向法院)", r"取得執行名義", r"聲請支付命令",
                       r"經法院(?:裁定|判決)")
_YOU = r"(?:你|您|妳)"
_SOON = (r"(?:今晚|今天|今日|今夜|明天|明日|明早|聽日|馬上|立刻|等一下|待會|晚點|現在|稍後|"
         r"半小時|一小時)")
_VISIT = (r"(?:上門|登門|到府|拜訪|(?:到|去|來|上|嚟)" + _YOU
          + r"(?:們)?的?(?:家|公司|店|學校|屋企|老家|樓下|門口)"
          r"|(?:去|到|來)(?:你|您|妳)?(?:家|公司)找" + _YOU + r")")

PATTERNS: dict[str, tuple[str, ...]] = {
    "criminal_threat": (r"羈押|管收|關(?:進|到)?(?:監獄|看守所)",),
    "false_court": (
        _COURT + _STOP + r"{0,10}(?:拘提|管收|查封|拍賣|扣押|強制執行)",
        r"(?:明天|明日|今天|馬上|立刻|即將|下週|三天內)" + _STOP + r"{0,8}(?:拘提|管收|查封|拍賣)",
        r"(?:查封|拍賣)(?:你|您|妳)(?:的|家)?(?:房子|房屋|家|車|財產|店)",
    ),
    "exempt_property": (
        r"扣光(?:你|您|妳)?的?(?:薪水|薪資)|(?:薪水|薪資)全(?:部|額)(?:扣|查封|拿走)",
        r"(?:勞保|國民|老農)年金" + _STOP + r"{0,6}(?:扣|查封|拿走)",
        r"(?:低收入戶?|急難救助|身心障礙)(?:補助|津貼)?" + _STOP + r"{0,6}(?:扣|查封|拿走)",
        r"(?:冰箱|床|棉被|衣服|生活必需品)" + _STOP + r"{0,6}(?:搬走|查封|扣押)",
    ),
    "payment_to_collector": (
        r"(?:匯|轉|存)(?:款|帳)?(?:到|至|進)(?:我|我們|本公司|敝公司)(?:的|個人)?(?:帳戶|戶頭)",
        r"(?:匯|轉)(?:到|至)(?:以下|下列|這個)(?:個人)?(?:帳戶|戶頭)",
        r"(?:現金|錢)(?:直接)?(?:交給|拿給)(?:我|我們)|付現給我|私下(?:匯|轉|給)",
    ),
    "postcard": (r"明信片",),
    "threat_harm": (
        # life and body
        r"打斷|打(?:死|殘)|弄死|殺(?:了)?(?:你|妳|您|他)|砍(?:死|你|妳)|活埋|斬(?:手指|你)|見血|"
        r"廢了(?:你|妳)|讓(?:你|妳)(?:躺|住院)|人身安全",
        r"(?:家人|小孩|孩子|老婆|老公|父母|爸媽|全家|你|妳)" + _STOP
        + r"{0,4}(?:出門|上學|放學|走路)" + _STOP + r"{0,3}(?:小心(?:一?點)?|注意安全)",
        r"(?:家人|小孩|孩子|老婆|父母|全家)" + _STOP + r"{0,6}(?:出事|遭殃|不保)",
        # property
        r"潑(?:紅)?(?:漆|油)|噴漆|淋(?:紅)?油|砸(?:了)?(?:你|妳)?的?(?:車|店|門|家|房子)|"
        r"燒(?:了|掉)?(?:你|妳)?的?(?:車|店|房子|家)",
        # liberty
        r"綁(?:走|架)|押走(?:你|妳)|把(?:你|妳)(?:帶走|押走|關起來)",
        # reputation
        r"身敗名裂|裸照|私密照",
    ),
    "visit_soon": (
        # no 不/沒/未 between the time and the visit: 今晚不會去你家 announces nothing
        _SOON + r"(?:(?![不沒没未])" + _STOP + r"){0,8}" + _VISIT,
        _VISIT + _STOP + r"{0,4}(?:今晚|今天|馬上|立刻|等著)",
    ),
    "contact_narrated": (
        r"(?:打(?:電話)?(?:給|去)|打到|聯絡|聯繫|找(?:上)?|傳(?:訊息|簡訊|LINE)?給|寄(?:信)?給|去)(?:了)?"
        r"(?:我|本人)(?:的)?(?:媽媽?|爸爸?|父母|家人|家裡|老婆|老公|太太|先生|小孩|兒子|女兒|哥哥|"
        r"姐姐|弟弟|妹妹|親戚|朋友|同事|主管|老闆|公司|鄰居|房東|緊急聯絡人)",
    ),
    "debt_mention": (
        # 沒有還錢 is still about the debt: the negation belongs to the match, not before it.
        r"欠(?:錢|款|債|銀行|卡費|費|了|我們)|(?:沒有?|不|未)?(?:還錢|還款|繳款|繳清)|代償|"
        r"代為清償|幫(?:他|她|你)還|替(?:他|她|你)還|催繳|帳款|債務|逾期",
    ),
}

UNLESS: dict[str, tuple[str, ...]] = {
    "false_court": _LAWFUL_ENFORCEMENT,
}

# A negation or a hearsay marker right before the words, in the same clause: the words are
# denied or someone else's account, not what the collector said.
NEGATION = (r"(?:(?:沒有?|没有?|並沒有?|從來沒有?|從未|並未|未曾|不曾|未)"
            r"(?:說|講|提到?|提及|表示|威脅|揚言|罵)(?:過|要|會|說要|說會|到)?"
            r"|(?:沒有|没有|並沒有|從來沒有|從未|並未|未曾|不曾|絕對?不會|不會|並非)(?:再|要|會)?)$"
            r"|(?:聽說|據說|聽(?:我)?(?:媽媽?|爸爸?|家人|同事|朋友|鄰居|別人)說|傳言)"
            + _STOP + r"{0,6}$")

# Taiwan's own tags say what a message contains for the §14 rules; the standard tags (from
# the shared lexicon and PATTERNS) are what marks abuse.
FEATURES = frozenset(PATTERNS) - frozenset(TAGS)

LEXICON = Lexicon(name="tw-zh-Hant", language="zh-Hant", patterns=PATTERNS, unless=UNLESS,
                  negation=NEGATION, features=FEATURES)
