"""Taiwan-specific message tagging, on top of the shared zh-Hant lexicon (plugins/lexicons).

The shared lexicon already tags threats, visits, third parties, disclosure, criminal threats,
impersonation and insults. This one adds what 金融機構作業委託他人處理內部作業制度及程序辦法
§14 names and the shared list does not: false statements that a court will 拘提、管收、查封或拍賣
(``false_court``), threats against property exempt by law (``exempt_property``), payment
demanded to the collector (``payment_to_agency``), postcards and envelope markings
(``postcard``), and 羈押/管收 as criminal threats.

A lawful reminder — 逾期將依法陳報聯徵中心, 本行將依法聲請支付命令, 依法聲請強制執行 — gets no tag.

It is deliberately not registered through ``register_classifiers``: classifiers are chosen by
language only, so a Taiwan-only lexicon would also tag Hong Kong's zh-Hant messages with
Taiwan's legal categories. The Taiwan rules run it themselves (``rules/matching.py``), on Taiwan
cases only, together with the shared zh-Hant lexicon.
"""

from __future__ import annotations

from complaint_kit.tagging import Lexicon

_STOP = r"[^，。！？,.!?\n]"
_COURT = r"(?:法院|執行處|法警|書記官|執行官)"
_LAWFUL_ENFORCEMENT = (r"依法(?:聲請|申請|向法院)", r"取得執行名義", r"聲請支付命令",
                       r"經法院(?:裁定|判決)")

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
    "payment_to_agency": (
        r"(?:匯|轉|存)(?:款|帳)?(?:到|至|進)(?:我|我們|本公司|敝公司)(?:的|個人)?(?:帳戶|戶頭)",
        r"(?:匯|轉)(?:到|至)(?:以下|下列|這個)(?:個人)?(?:帳戶|戶頭)",
        r"(?:現金|錢)(?:直接)?(?:交給|拿給)(?:我|我們)|付現給我|私下(?:匯|轉|給)",
    ),
    "postcard": (r"明信片",),
}

UNLESS: dict[str, tuple[str, ...]] = {
    "false_court": _LAWFUL_ENFORCEMENT,
}

LEXICON = Lexicon(name="tw-zh-Hant", language="zh-Hant", patterns=PATTERNS, unless=UNLESS)
