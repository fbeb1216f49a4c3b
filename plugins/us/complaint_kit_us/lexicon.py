"""US collection words the shared English lexicon (complaint_kit_lexicons.en) does not tag.

The shared lexicon already tags threats, arrest talk, impersonation of police or courts,
insults and telling third parties. This one adds the FDCPA's own items (15 U.S.C. 1692e(3),
(4), (9); 12 CFR 1006.18(b)(1)(ii)):

- ``false_attorney``: a lawyer or "legal department" is said to be handling the account;
- ``threat_seizure``: wage garnishment, bank levies, repossession;
- ``fake_legal_document``: a "summons", "subpoena" or "notice of lawsuit" sent by the collector;
- ``credit_bureau``: the caller claims to be, or to speak for, a credit bureau.

A lawful reminder — "we may report this account to the credit bureaus", "we may file a lawsuit",
"this is an attempt to collect a debt" — gets no tag. The US rules run it beside the shared
English lexicon (``rules/common.signals``). It is not registered as a classifier: classifiers
serve a language, and these FDCPA tags would then appear on every English-speaking place's
messages (and count as noise in the shared English tagging benchmark).
"""

from __future__ import annotations

from complaint_kit.tagging import Lexicon

_S = r"[^.!?\n]"  # within one sentence

PATTERNS: dict[str, tuple[str, ...]] = {
    "false_attorney": (
        r"\b(?:our|the) (?:legal department|legal team|attorneys?|lawyers?|law firm)"
        + _S + r"{0,30}\b(?:is|are|will|has|have)\b",
        r"\b(?:attorney'?s|lawyer'?s) office\b|\blegal action department\b"
        r"|\bforwarded (?:to|for) (?:our )?(?:attorney|legal|counsel)\b"
        r"|\b(?:calling|this is) (?:from )?(?:the )?law (?:office|firm)\b",
    ),
    "threat_seizure": (
        r"\b(?:garnish\w*|repossess\w*|(?:bank )?levy (?:on )?your|freeze your (?:bank )?account"
        r"|seize your|take your (?:car|truck|house|home|paycheck|wages))\b",
    ),
    "fake_legal_document": (
        r"\b(?:summons|subpoena|court order|notice of (?:pending )?(?:legal action|lawsuit"
        r"|litigation)|you (?:have been|are being) served|final legal notice)\b",
    ),
    "credit_bureau": (
        r"\b(?:this is|we are|i am|i'm|calling from|on behalf of) (?:the |a )?(?:credit bureau"
        r"|credit reporting agency|equifax|experian|transunion)\b",
        r"\b(?:credit bureau|credit reporting) (?:department|division|enforcement)\b",
    ),
}

# "if a court enters a judgment, wages may be garnished as the law allows" is a lawful statement.
UNLESS: dict[str, tuple[str, ...]] = {
    "threat_seizure": (r"\bif (?:a|the) court (?:enters|grants|awards) (?:a )?judgment\b",),
}

LEXICON = Lexicon(name="us", language="en", patterns=PATTERNS, unless=UNLESS)
