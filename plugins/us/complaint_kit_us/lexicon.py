"""US collection words that the shared English lexicon does not tag, registered as a classifier
of English text (``us-en``).

The shared English lexicon (the ``lexicons`` plugin) tags the standard tags: threats, arrest
talk, posing as the police or a court, telling third parties, insults. Its tags reach the US
rules through ``Analysis``; nothing here imports it. This lexicon adds the words the US rules
need, each under a name that says what the words are, whoever's law reads them:

Tags (abuse the FDCPA names, 15 U.S.C. 1692d-1692f; 12 CFR 1006.18):

- ``false_attorney``: a lawyer or "legal department" is said to be handling the account;
- ``threat_seizure``: wage garnishment, bank levies, seizure; ``threat_repossession``;
- ``court_document``: the text presents itself as a court's paper ("you are hereby summoned");
- ``credit_bureau``: the caller claims to be, or to speak for, a credit bureau;
- ``debtor_list``, ``threat_deportation``, ``crime_accusation``, ``collect_call``,
  ``threat_third_party`` (will tell the boss or the family), ``no_identity`` (the caller would
  not say who was calling);
- ``threat_violence``, ``threat_visit``, ``impersonation`` (standard tags) in the words of a
  described call: "the caller said he would break my legs", "come to my house".

Features (``FEATURES``: what a message contains, not abuse; a lawful message may carry them,
and the core keeps them apart from the tags; the rules read both):

- ``debt_mention``: the debt is spoken of (owe, balance, past due...);
- ``location_inquiry``: where someone lives or works, or a number to reach them;
- ``debt_collector_disclosure``: "a debt collector", "an attempt to collect a debt";
- ``opt_out_notice``: "reply STOP", "unsubscribe";
- ``cease_exception``: collection is ending, or a specific remedy may or will be used;
- ``court_process``: a summons, a subpoena, a court order or a "legal notice" is spoken of;
- ``lawsuit_threat``: a lawsuit is spoken of (lawful, except on a time-barred debt);
- ``unauthorized_fee``: a processing, convenience or collection fee is asked for;
- ``visit_soon``: today, tonight, on our way (urgent beside a threatened visit);
- ``collector_speech``: a described contact attributes the words to the collector ("the caller
  said", "Caller:", a note that starts "Told my mother..."), so they are not the complainant's.

``negation`` denies words right after a negation in the same clause ("the caller did not mention
the debt", "we will not garnish"), not those after "if you do not pay". A lawful reminder ("we
may report this account to the credit bureaus", "we may file a lawsuit", "if a court enters a
judgment, wages may be garnished") gets no tag, only features.
"""

from __future__ import annotations

from complaint_kit.api import Lexicon

_S = r"[^.!?\n]"  # within one sentence
_PEOPLE = (r"(?:employer|boss|manager|supervisor|co-?workers?|colleagues?|HR|family|wife|husband|"
           r"spouse|parents?|mother|mom|father|dad|kids|children|relatives|neighbou?rs?|friends|"
           r"references|contacts|landlord|sister|brother|son|daughter|pastor|church|payroll)")

PATTERNS: dict[str, tuple[str, ...]] = {
    # --- abuse ---------------------------------------------------------------------------------
    "false_attorney": (
        r"\b(?:our|the) (?:legal department|legal team|attorneys?|lawyers?|law firm)"
        + _S + r"{0,30}\b(?:is|are|will|has|have)\b",
        r"\b(?:attorney'?s|lawyer'?s) office\b|\blegal action department\b"
        r"|\bforwarded (?:to|for) (?:our )?(?:attorney|legal|counsel)\b"
        r"|\b(?:calling|this is) (?:from )?(?:the )?law (?:office|firm)\b",
    ),
    "threat_seizure": (
        r"\b(?:garnish\w*|(?:bank )?levy (?:on )?your|freeze your (?:bank )?account"
        r"|seize your|take your (?:house|home|paycheck|wages))\b",
    ),
    "threat_repossession": (
        r"\brepossess\w*|\b(?:tow|take) (?:away )?your (?:car|truck|vehicle)\b",
    ),
    "court_process": (
        r"\b(?:summons|subpoena|court order|notice of (?:pending )?(?:legal action|lawsuit"
        r"|litigation)|you (?:have been|are being) served|final legal notice"
        r"|(?:a )?(?:lawsuit|case) (?:has been|was) filed)\b",
    ),
    "court_document": (
        r"\byou are hereby (?:summoned|ordered|commanded)\b"
        r"|\b(?:this|the enclosed|the attached) (?:summons|subpoena|court order|warrant)\b"
        r"|\bcase (?:no\.?|number)\s*[:#]?\s*[\w-]*\d",
    ),
    "credit_bureau": (
        r"\b(?:this is|we are|i am|i'm|calling from|on behalf of) (?:the |a )?(?:credit bureau"
        r"|credit reporting agency|equifax|experian|transunion)\b",
        r"\b(?:credit bureau|credit reporting) (?:department|division|enforcement)\b",
    ),
    "debtor_list": (
        r"\b(?:deadbeat list|wall of shame|list of (?:people|customers|debtors) who (?:won't"
        r"|don't|do not|refuse to) pay|(?:sell|selling|advertis\w+) (?:your|this) (?:debt"
        r"|account))\b",
    ),
    "threat_deportation": (
        r"\b(?:deport\w*|immigration (?:authorities|officials|services)|call ICE"
        r"|report you to ICE)\b",
    ),
    "crime_accusation": (
        r"\b(?:you(?:'re| are) (?:a )?(?:thief|criminal|crook|fraud)|(?:committed|"
        r"committing) (?:a )?(?:crime|fraud|theft)|stole|stealing|check fraud|"
        r"theft by deception)\b",
    ),
    "unauthorized_fee": (
        r"\b(?:processing|convenience|collection|service|handling|administrative) fees?\b",
    ),
    "collect_call": (r"\bcollect call\b|\bcharges? (?:may|will) apply to you\b",),
    "lawsuit_threat": (
        r"\b(?:sue|suing|lawsuit|legal action|take you to court|file (?:a )?"
        r"(?:suit|claim|case) against)\b",
    ),
    "threat_third_party": (
        # "will never call your boss" is a promise, not a threat: no not/never in between
        r"\b(?:will|'ll|would|'d|going to|gonna|about to)\s+(?:(?!not\b|never\b)\w+\s+){0,2}"
        r"(?:tell|call"
        r"|contact|inform|notify|text|e-?mail|visit|speak to|talk to)\s+(?:all\s+)?(?:of\s+)?"
        r"(?:your|my)\s+" + _PEOPLE + r"\b",
        r"\byour " + _PEOPLE + _S + r"{0,20}\b(?:will|is going to|are going to) (?:know|find out"
        r"|hear about|be told|be (?:called|contacted|notified|informed))\b",
    ),
    # The standard tags in the words of a described call ("the caller said he would break my
    # legs"): the shared lexicon reads the collector's own second-person words.
    "threat_violence": (
        r"\b(?:hurt|kill|beat(?: up)?|shoot|stab|break)\s+(?:me|my (?:legs?|arms?|neck|face"
        r"|kids?|children|family|wife|husband|son|daughter|mother|father))\b",
        r"\b(?:burn down|set fire to) my (?:house|home|car)\b",
    ),
    "threat_visit": (
        r"\b(?:come|coming|show up|stop by|be|send(?:ing)? (?:someone|somebody|people|an agent))"
        + _S + r"{0,25}\b(?:at|to) my (?:house|home|door|work|job|workplace|office)\b",
    ),
    "impersonation": (
        r"\b(?:said|claimed|pretended|told me) (?:that )?(?:he|she|they) (?:was|were|is|are) "
        r"(?:a |an |the |with the |from the )?(?:police|officer|detective|sheriff|deputy"
        r"|investigator|judge|court|federal agent|district attorney)\b",
    ),
    "visit_soon": (
        r"\b(?:tonight|today|this (?:evening|afternoon|morning)|right now|within the hour"
        r"|in (?:an|one|two|a few) hours?|tomorrow|on (?:our|my|the|their|its) way)\b",
    ),
    # --- neutral features -------------------------------------------------------------------
    "debt_mention": (
        r"\b(?:debts?|owes?|owed|owing|balance|past[- ]due|overdue|collections?|delinquent"
        r"|unpaid|pay (?:up|back|what)|repay|loan|bill)\b",
    ),
    "location_inquiry": (
        r"\b(?:where (?:\w+ )?(?:is|does|can|lives?|works?|stays?)|whereabouts|locat\w+"
        r"|contact information|address|(?:home|new|current) (?:phone|number)"
        r"|how (?:to|can (?:I|we)) reach|a (?:good )?number for)\b",
    ),
    "debt_collector_disclosure": (
        r"\bdebt collector\b|\battempt(?:ing)? to collect a debt\b",
    ),
    "opt_out_notice": (
        r"\b(?:(?:reply|text|send) stop|opt[- ]?out|unsubscribe|stop to (?:end|cancel|quit"
        r"|opt))\b",
    ),
    "cease_exception": (
        r"\b(?:clos(?:e|ing) (?:your|this|the) (?:account|file)|(?:ending|terminat\w+|cease) "
        r"(?:our |all |further )?(?:collection )?(?:efforts|collection)|(?:may|will|intends? "
        r"to) (?:file (?:a )?(?:lawsuit|suit)|sue|invoke))\b",
    ),
    "no_identity": (
        r"\b(?:refused|would not|wouldn't|did not|didn't|won't|will not) (?:to )?(?:give|say"
        r"|tell|identify|state)\b" + _S + r"{0,25}\b(?:name|company|who)\b"
        r"|\bno (?:name|company) (?:was )?given\b",
    ),
    "collector_speech": (
        r"\b(?:caller|collector|agent|representative|rep|he|she|they|man|woman)\s+(?:also\s+"
        r"|then\s+|again\s+|later\s+)?(?:said|told|asked|threatened|warned|claimed|yelled"
        r"|screamed|shouted|stated|mentioned|insisted|demanded|accused|called me|left a "
        r"(?:voice ?mail|message))\b",
        r"(?:^|(?<=\. )|(?<=; ))(?:said|says|told|asked|threatened|warned|claimed|yelled"
        r"|mentioned|demanded|left a (?:voice ?mail|message))\b",
        r"\b(?:caller|collector|agent)\s*:",
    ),
}

UNLESS: dict[str, tuple[str, ...]] = {
    # "if a court enters a judgment, wages may be garnished as the law allows" is lawful.
    "threat_seizure": (r"\bif (?:a|the) court (?:enters|grants|awards) (?:a )?judgment\b",),
    # "at no point did they say they would tell my family": what was not said.
    "threat_third_party": (r"\bat no (?:point|time)\b",),
}

# A negation at most four words before the words, in the same clause: "did not mention the
# debt", "we will not garnish", "never told my mother that I owe". Not "if you do not pay".
NEGATION = (r"\b(?:not|never|didn't|doesn't|won't|wasn't|isn't|aren't|weren't|wouldn't"
            r"|couldn't|hasn't|haven't|nobody|no one|neither|nor)\b"
            r"(?:\s+(?!pay\b|paying\b)[\w'$]+){0,4}\s*$")

# What a message contains rather than abuse (the core keeps them apart from the tags): a lawful
# message may carry them, and the rules read them beside the tags.
FEATURES = frozenset({"debt_mention", "location_inquiry", "debt_collector_disclosure",
                      "opt_out_notice", "cease_exception", "collector_speech", "lawsuit_threat",
                      "visit_soon", "court_process", "unauthorized_fee", "collect_call",
                      "court_document", "credit_bureau", "no_identity"})

LEXICON = Lexicon(name="us-en", language="en", patterns=PATTERNS, unless=UNLESS,
                  negation=NEGATION, features=FEATURES)
