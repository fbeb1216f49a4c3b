"""The zh-Hans message lexicon: collection messages to tags, with the matched words as reasons.

This module, with tag_patterns.py and feature_patterns.py (its patterns) and words.py (their
words), is the one place where the mainland-China rules match words. The core tags every
incident of a zh-Hans case with it before the rules run (``complaint_kit.api.Analysis``); the
rules read the tags, never the text. Three kinds:

- the standard tags (``complaint_kit.api.TAGS``: threats, insults, impersonation...), which
  name abuse: a lawful reminder — a bill, a due date, "逾期将依法报送征信", "我司将依法起诉" —
  gets none of them;
- features: what a message contains — ``debt_mention`` (it speaks of the debt: said to a third
  party, that is a disclosure; said to the debtor, an ordinary reminder), ``lawsuit_claim`` (it
  says a suit or case exists: often false, true only if a court served it), ``legal_document``,
  ``document_sent``, ``demand_third_party`` and ``workplace``; a lawful reminder may carry them;
- features that refine the standard tags or name conduct they do not cover, for the rules:
  ``threat_explicit`` (violence in so many words, within threat_violence), ``threat_family``,
  ``visit_imminent`` (a visit tonight, today or tomorrow), ``criminal_claim`` (police steps said
  to be taken), ``false_claim``, ``credit_claim``, ``entered_home``, ``collection_fee`` and
  ``new_loan_pressure``.

All of them are ``features`` of the Lexicon: ``Tagging.tags`` stays the standard vocabulary,
comparable across languages, and the rules read tags and features alike.

``PLACES`` (not a message classifier) reads a visit's ``location``: at the workplace or not.

``NEGATION`` denies words that a negation right before them (in the same clause) denies: "没有提到
欠款", "并未上门", "未透露借款信息". "不还钱就上门" is still a threat: the negation must end where
the words begin.
"""

from __future__ import annotations

from complaint_kit.api import TAGS, Lexicon

from .feature_patterns import FEATURE_PATTERNS
from .tag_patterns import TAG_PATTERNS
from .words import (
    DENIED_CONTACTS,
    NOTICE,
    WORK_PLACES,
    one_of,
)

PATTERNS: dict[str, tuple[str, ...]] = {**TAG_PATTERNS, **FEATURE_PATTERNS}

# A denial right before the words, in the same clause: "没有提到欠款", "并未上门", "未透露任何借款
# 信息", "他们不会上门". Anchored at the end, so that "不还钱就上门" stays a threat.
NEGATION = (r"(?:没有|没|未|并未|并没有|从未|从没有?|从来没有?|不曾|未曾|没再|并非|不会)"
            r"(?:再|跟|对|向|给|将|把)?(?:她|他|他们|我|我们|你|本人|我妈|我爸|家人)?"
            r"(?:提到|提及|提起|提|说起|说过|说|讲|透露|告诉|表示|问起|问|涉及|采取|安排)?(?:过)?"
            r"(?:要|会)?"
            r"(?:她|他|他们|我|你|本人)?(?:有|任何|关于)?(?:我的?|你的?|您的?|他的?|她的?)?$")

# A message that says a debt is civil ("欠款属于民事纠纷，不会坐牢") names prison only to deny it.
# An anti-fraud notice ("谨防冒充公检法") names what it warns of.
UNLESS: dict[str, tuple[str, ...]] = {
    # "本平台从未授权任何人以调查组名义催收", "催收人员没有执法权": the powers named to deny them.
    "impersonation": (NOTICE, r"未(?:经)?授权|甄别|(?:无|没有|不具备|不具有)执法|(?:不得|严禁"
                              r"|禁止)冒充|任何(?:自称|冒充)"),
    # "本公司不收取任何催收费" says there is no fee.
    "collection_fee": (r"(?:不|不会|从不|无需|无须)(?:另行)?(?:收取|收|缴纳|支付)[^，。！？\n]{0,4}"
                       r"(?:催收|外访|上门|委外)",),
    "criminal_threat": (
        r"(?:不会|不涉及|不构成|并非)[^，。！？\n]{0,6}(?:坐牢|刑事|拘留|犯罪|抓)", NOTICE,
    ),
    # "我们不会联系您的通讯录": the contact list named only to deny it.
    "third_party_contact": (DENIED_CONTACTS,),
    "disclosure": (DENIED_CONTACTS,),
}

# Everything beyond the standard tags (see the module's docstring).
FEATURES = frozenset(PATTERNS) - frozenset(TAGS)

LEXICON = Lexicon(name="cn", language="zh-Hans", patterns=PATTERNS, unless=UNLESS,
                  negation=NEGATION, features=FEATURES)

# A visit's location (``Incident.location``) is a place, not a message: the CN rules read it with
# this lexicon, through the same negation-aware path. It is not registered as a classifier.
PLACES = Lexicon(name="cn-places", language="zh-Hans",
                 patterns={"workplace": (one_of(WORK_PLACES),)}, negation=NEGATION)
