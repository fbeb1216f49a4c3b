"""British collection words for the standard tags, added to the shared English lexicon.

The ``lexicons`` plugin already tags English messages (threats, arrest and prison, posing as
police or a court, telling family, insults). This lexicon adds only what British collectors say:
bailiffs and enforcement agents coming round, posing as a county court, the High Court or an
enforcement agent, British insults, and British words for family and friends. A county court
judgment (CCJ) or court action named as a possibility is a creditor's ordinary remedy and gets no
tag; the UK rules judge such threats against the facts (CONC 7.3.18R, 7.11.6R, 7.11.9R).

Classifiers serve a language, not a place, so these patterns also run on English messages of
other jurisdictions: they are kept to words whose meaning does not depend on UK law.
"""

from __future__ import annotations

from complaint_kit.tagging import Lexicon

_S = r"[^.!?\n]"  # within one sentence
_ENFORCERS = (r"(?:the\s+|our\s+|a\s+|an\s+)?(?:bailiffs?|enforcement (?:agents?|officers?)"
              r"|high court enforcement(?: officers?)?|HCEOs?|sheriff'?s? officers?)")
_KIN = (r"(?:mum|mam|nan|nana|gran|granny|grandad|mates?|flatmates?|housemates?|missus|"
        r"other half|line manager|gaffer|next of kin|neighbours?|guarantor)")

PATTERNS: dict[str, tuple[str, ...]] = {
    "threat_violence": (
        r"\b(?:kneecap\w*|do you over|(?:sort|batter|smack|deck|lamp) you(?: out| up)?|"
        r"smash (?:your|up your) (?:windows?|car|face|door|house)|put (?:a brick|bricks) "
        r"through your)\b",
    ),
    "threat_visit": (
        r"\b(?:send(?:ing)?|instruct(?:ing)?|dispatch(?:ing)?)\s+(?:round\s+)?" + _ENFORCERS
        + r"\b",
        _ENFORCERS + r"\s+(?:will|are going to|shall|may|can)\s+(?:be\s+)?(?:call(?:ing)?|come|"
        r"coming|attend(?:ing)?|visit(?:ing)?|knock(?:ing)?|round)\b",
        r"\b(?:come|coming|pop|call|be)\s+round\s+(?:to\s+)?(?:your|yours)\b",
        r"\bon your doorstep\b|\bat your (?:flat|door)\b",
    ),
    "impersonation": (
        r"\b(?:this is|i am|i'm|we are|we're|calling from|writing from|on behalf of)\s+"
        + _ENFORCERS + r"\b",
        r"\b(?:this is|i am|i'm|we are|we're|calling from|writing from)\s+(?:the\s+)?"
        r"(?:county court|high court|HMCTS|court service|magistrates'? court|"
        r"metropolitan police|police)\b",
        r"\b(?:acting|act|instructed)\s+(?:on|under)\s+(?:the\s+)?(?:instructions?|orders?|"
        r"authority)\s+of\s+(?:the\s+)?(?:county |high |magistrates'? )?court\b",
        r"\bcourt[- ]appointed\b",
    ),
    "criminal_threat": (
        r"\b(?:report(?:ed|ing)?\s+(?:you\s+|this\s+)?to\s+the\s+police|police\s+(?:will|are "
        r"going to)\s+(?:come|call|visit|be involved|be informed|be notified))\b",
        r"\b(?:get|be)\s+nicked\b",
    ),
    "third_party_contact": (
        r"\b(?:tell|told|call(?:ed)?|ring|rang|phone(?:d)?|contact(?:ed)?|speak to|spoke to|"
        r"text(?:ed)?|write to|wrote to|visit(?:ed)?)\s+your\s+" + _KIN + r"\b",
        r"\byour\s+" + _KIN + _S + r"{0,20}\b(?:will|is going to|are going to)\s+(?:know|hear|"
        r"find out|be told)\b",
    ),
    "disclosure": (
        r"\b(?:name and shame|tell the whole (?:street|estate|village|road)|"
        r"(?:post|put|stick)\w* (?:a notice|notices|your name)" + _S + r"{0,20}\b(?:on|through|"
        r"outside|up) (?:your|the) (?:door|street|estate|window))\b",
    ),
    "insult": (
        r"\b(?:scroungers?|spongers?|skivers?|tossers?|wankers?|pillocks?|prats?|gits?|muppets?|"
        r"wastrels?|chavs?|dossers?)\b",
    ),
}

UNLESS: dict[str, tuple[str, ...]] = {
    "threat_visit": (r"\bwe (?:will not|won't|do not|don't|never) (?:send|visit|come)\b",),
}

LEXICON = Lexicon(name="uk-en", language="en", patterns=PATTERNS, unless=UNLESS)
