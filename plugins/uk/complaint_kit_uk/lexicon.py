"""British collection words: the standard tags in British English, and the words the UK rules
need that no standard tag covers.

The shared English lexicon (another plugin) already tags English messages with the standard tags
(threats, arrest and prison, posing as police or a court, telling family, insults); its tags reach
the UK rules through the core's ``Analysis``. This lexicon adds what British collectors say
(bailiffs and enforcement agents coming round, posing as a county court, British insults and
words for family and friends) and, under tags prefixed ``uk_``, the words the UK rules judge
against the facts: county court judgments claimed as already registered, bailiffs, bankruptcy,
pressure to pay at once or by borrowing, premium-rate numbers, demands to "the occupier", the
debt itself mentioned to someone else, a debt-collection name that tells a third party what the
contact is about. A county court judgment (CCJ) or court action named as a possibility is a
creditor's ordinary remedy and gets no standard tag; the UK rules judge such threats against the
facts (CONC 7.3.18R, 7.11.6R, 7.11.9R).

Classifiers serve a language, not a place, so these patterns also run on English messages of
other jurisdictions: the standard tags are kept to words whose meaning does not depend on UK
law, and every tag whose meaning is British is prefixed ``uk_``.

Negation: words denied in their clause ("the caller did not mention the debt", "we will not send
bailiffs", "he never said anything about the police") do not count. The negation must come right
before the words, with at most a verb of saying between, so that "if you don't pay we will send
the bailiffs round" is still a threat.
"""

from __future__ import annotations

from complaint_kit.api import TAGS, Lexicon

_S = r"[^.!?\n]"  # within one sentence
_ENFORCERS = (r"(?:the\s+|our\s+|a\s+|an\s+)?(?:bailiffs?|enforcement (?:agents?|officers?)"
              r"|high court enforcement(?: officers?)?|HCEOs?|sheriff'?s? officers?)")
_KIN = (r"(?:mum|mam|nan|nana|gran|granny|grandad|mates?|flatmates?|housemates?|missus|"
        r"other half|line manager|gaffer|next of kin|neighbours?|guarantor)")
# Everyone a threat to tell may name, British and plain English.
_PEOPLE = (r"(?:" + _KIN + r"|mother|father|dad|parents?|family|wife|husband|partner|"
           r"employer|boss|manager|colleagues?|co-?workers?|work(?:place)?|office|friends?|"
           r"relatives|sister|brother|son|daughter|children|kids|landlord|contacts)")
_SOON = (r"(?:today|tonight|this (?:evening|afternoon|morning)|tomorrow|within the hour|"
         r"in (?:an|one|two|a couple of) hours?)")
# Coming to the customer: bailiffs sent, someone coming round, at the door.
_VISIT = (r"(?:(?:send|sending|instruct|instructing|dispatch|dispatching)\s+(?:round\s+)?"
          + _ENFORCERS + r"|" + _ENFORCERS + r"\s+(?:will|are going to|shall)\s+(?:be\s+)?"
          r"(?:call(?:ing)?|come|coming|attend(?:ing)?|visit(?:ing)?|knock(?:ing)?|round)"
          r"|(?:come|coming|pop|call|be|visit|visiting|knock)\s+(?:round\s+)?(?:to|at|on)\s+"
          r"your\s+(?:house|home|door|flat|work|office|place|doorstep)"
          r"|(?:come|coming|pop|be)\s+round|on (?:our|my|their) way to you\w*)")

# A negation right before the words, with at most a verb of saying (and an article) between.
NEGATION = (r"(?:\bnot|\bnever|\bno|n't|\bwithout|\bnor)\s+(?:(?:even|ever|once|actually|"
            r"really|be|been|being|say|said|says|mention|mentioned|mentioning|talk|talked|"
            r"ask|asked|tell|told|discuss|discussed|threaten|threatened|claim|claimed|refer|"
            r"referred|speak|spoke|anything|any|about|to|of|that|going|send|sending|sent|come|"
            r"coming|visit|instruct|involve|use|using)\s+)*(?:the\s+|a\s+|an\s+|"
            r"my\s+|your\s+|his\s+|her\s+)?$")

PATTERNS: dict[str, tuple[str, ...]] = {
    # --- Standard tags, in British words ----------------------------------------------------
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
    # --- UK tags: what the UK rules judge against the facts ----------------------------------
    # A threat to tell others, in the future tense (CONC 7.9.6R: "threaten to disclose").
    "uk_threat_to_tell": (
        r"\b(?:will|'ll|are going to|is going to|shall|gonna)\s+(?:tell|inform|notify|contact|"
        r"call|ring|phone|text|write to|let)\s+(?:all\s+)?(?:of\s+)?your\s+" + _PEOPLE + r"\b",
        r"\b(?:everyone|everybody|the whole \w+|all your \w+)(?:\s+at\s+your\s+\w+)?\s+will\s+"
        r"(?:know|find out|hear|see)\b",
        r"\byour\s+" + _PEOPLE + _S + r"{0,20}\b(?:will|are going to|is going to)\s+(?:know|hear|"
        r"find out|be told)\b",
        r"\b(?:name and shame|tell the whole (?:street|estate|village|road))\b",
    ),
    # Details of the debt (CONC 7.9.6R, 7.9.10R): an amount, arrears, what is owed.
    "uk_debt_details": (
        r"£\s?\d[\d,.]*",
        r"\b(?:arrears|owes?|owing|overdue|unpaid|missed payments?|in default|outstanding "
        r"balance|the balance|the debt|(?:his|her|their|your|a|an|this) (?:\w+ )?debts?|"
        r"refuses to pay|won't pay|doesn't pay)\b",
    ),
    # A name or word that tells a third party the contact is about collecting a debt
    # (CONC 7.9.7R(2)).
    "uk_collection_named": (
        r"\b(?:debt (?:recovery|collection|collectors?|management)|collections? "
        r"(?:agency|department|team)|recoveries (?:department|team)|bailiffs?|"
        r"enforcement agents?)\b",
    ),
    # A reason to get in touch that is not the real one (CONC 7.9.2R, 7.9.3G).
    "uk_misleading_contact": (
        r"\b(?:missed (?:a |your )?(?:delivery|parcel)|tried to deliver|(?:parcel|package|"
        r"delivery) (?:for you|waiting|could not be delivered|is waiting)|we have (?:a|your) "
        r"(?:parcel|package|delivery)|(?:urgent|important|private) (?:personal|family|legal) "
        r"matter|regarding a (?:personal|private) matter|you have (?:won|been selected)|refund "
        r"(?:is )?due to you)\b",
    ),
    # Premium-rate (09), special-rate (084, 087) and directory (118) numbers (CONC 7.9.5R).
    "uk_premium_rate": (
        r"(?<!\d)(?:0(?:9\d\d|8[47]\d)[\s-]?\d{3}[\s-]?\d{3,4}|118\s?\d{3})(?!\d)",
    ),
    # Bailiffs and enforcement agents, and taking goods (CONC 7.11.6R without a court order).
    "uk_enforcement": (
        r"\b(?:bailiffs?|enforcement (?:agents?|officers?)|high court enforcement|HCEOs?|"
        r"warrant of control|(?:seize|take|remove|clear)(?: control of)? (?:all )?your (?:goods|"
        r"belongings|car|possessions|furniture|things|property))\b",
    ),
    # Court or enforcement action claimed as already taken (CONC 7.11.9R).
    "uk_action_taken": (
        r"\b(?:(?:a |the |court |legal )?(?:claim|proceedings|action|summons|case) (?:has|have) "
        r"(?:now |already )?been (?:issued|started|filed|lodged|commenced|taken|brought)"
        r"|(?:we|our solicitors|the court) (?:have|has|'ve) (?:now |already )?(?:issued|started|"
        r"filed|lodged|commenced|brought) (?:a |the )?(?:court |legal )?(?:claim|proceedings|"
        r"action|case)"
        r"|you (?:have|'ve) (?:now |already )?been (?:sued|taken to court|summoned)"
        r"|(?:a |the )?(?:CCJ|county court judg(?:e)?ment|judg(?:e)?ment) (?:has been|was|is now) "
        r"(?:registered|issued|obtained|entered|granted)|(?:bailiffs?|enforcement (?:agents?|"
        r"officers?)) (?:have|has) been (?:instructed|sent|appointed|assigned)|(?:a |the )?"
        r"warrant (?:of control )?(?:has been|was) issued|your (?:case|file|account) has been "
        r"(?:passed|referred|sent|handed) to (?:the )?(?:court|bailiffs|enforcement))\b",
    ),
    # Court action named as a threat (CONC 7.3.18R).
    "uk_court_threat": (
        r"\b(?:take you to court|sue you|(?:apply|go) (?:to|for) (?:the )?(?:county )?court|"
        r"charging order|order for sale|repossess\w*|bankrupt\w*|statutory demand)\b",
    ),
    "uk_bankruptcy": (r"\bbankrupt\w*\b",),
    # Pressure to pay at once, too soon, or by borrowing or selling (CONC 7.3.10R).
    "uk_pressure": (
        r"\b(?:(?:pay|clear|settle)" + _S + r"{0,30}\b(?:in full|the (?:full|whole|entire) "
        r"(?:balance|amount|debt|sum)|everything|the lot)" + _S + r"{0,30}\b(?:today|tonight|now|"
        r"immediately|by tomorrow|this week|within \w+ hours?)"
        r"|within (?:the next )?(?:24|48|twenty-four|forty-eight|one|two|three|\d) hours?"
        r"|(?:borrow|get) (?:it|the money|a loan)" + _S + r"{0,20}\bfrom (?:your )?(?:family|"
        r"friends|parents|mum|dad|relatives)|take out (?:a|another) (?:loan|credit card|payday "
        r"loan)|(?:get|take) a payday loan|sell (?:your )?(?:car|house|home|flat|belongings|"
        r"jewellery|possessions|furniture)|remortgage|use (?:your |another )?credit card to "
        r"pay)\b",
    ),
    # A refusal to consider a repayment plan (CONC 7.3.9R).
    "uk_refuses_plan": (
        r"\b(?:(?:we )?(?:don't|do not|won't|will not|cannot|can't) (?:do|offer|accept|agree|"
        r"consider|set up) (?:any )?(?:payment|repayment|instalment) (?:plans?|arrangements?)"
        r"|no (?:payment|repayment) (?:plans?|arrangements?))\b",
    ),
    # Demands to "the occupier" or everyone at an address (CONC 7.9.10R, 7.9.11G).
    "uk_occupier": (
        r"\b(?:the (?:current )?occupiers?|the occupants?|to whom it may concern|all residents|"
        r"anyone (?:living|at) (?:this|the) address)\b",
    ),
    # A solicitor, trade body or official document claimed (CONC 7.11.1R, 7.11.4R, 7.11.5G).
    "uk_authority_claim": (
        r"\b(?:(?:this is|i am|i'm|we are|we're)\s+(?:your |a |the )?(?:solicitors?|lawyers?|"
        r"court officers?)|member of (?:the )?\w+ (?:association|institute)|official (?:court|"
        r"government) (?:notice|document|papers)|court summons|summons to appear)\b",
    ),
    # A visit threatened for today, tonight or tomorrow (in one sentence): what makes a threat
    # of a visit urgent.
    "uk_visit_soon": (
        r"\b" + _VISIT + _S + r"{0,40}\b" + _SOON + r"\b",
        r"\b" + _SOON + _S + r"{0,40}\b" + _VISIT + r"\b",
        r"\bon (?:our|my|their) way (?:to you\w*|round|over)\b",
    ),
    # The complainant's own account naming someone else ("they rang my mum"): a contact that
    # may have been made to that person and is not recorded as such.
    "uk_mentions_other": (
        r"\bmy\s+(?:" + _KIN + r"|mother|father|dad|parents?|wife|husband|partner|employer|"
        r"boss|manager|colleagues?|friends?|sister|brother|son|daughter|family)\b",
    ),
}

# "We will not send bailiffs": the sentence denies the visit.
UNLESS: dict[str, tuple[str, ...]] = {
    "threat_visit": (r"\bwe (?:will not|won't|do not|don't|never) (?:send|visit|come)\b",
                     # "nobody from our office will ever turn up at your door": a promise
                     r"\b(?:nobody|no one|none of our \w+) (?:\w+ ){0,4}(?:will|would|is going to) "
                     r"(?:ever )?(?:come|visit|call|turn up|show up|knock)\b"),
    # "we can set up a payment plan" is the opposite of pressure
    "uk_refuses_plan": (r"\b(?:can we help you|we can|happy to) (?:set up|agree|discuss)\b",),
}

# The uk_ tags say what a message contains for the CONC rules (a court threat, the debt's
# details, a visit soon); the standard tags are what marks abuse.
FEATURES = frozenset(PATTERNS) - frozenset(TAGS)

LEXICON = Lexicon(name="uk-en", language="en", patterns=PATTERNS, unless=UNLESS,
                  negation=NEGATION, features=FEATURES)
