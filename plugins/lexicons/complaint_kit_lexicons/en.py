"""The English lexicon: the abuse the FDCPA forbids (15 U.S.C. 1692d-1692f), in the words
collectors use.

Lawful reminders — a balance and a due date, "this is an attempt to collect a debt", "we may
report this account to the credit bureaus", "we may file a lawsuit" — get no tag.

The threats are in en_threats.py, contacting and telling the people around the debtor in
en_people.py, the pieces they share in en_words.py; posing as an authority and insults here.
"""

from __future__ import annotations

from complaint_kit.api import Lexicon

from .en_people import PEOPLE_PATTERNS
from .en_threats import THREATS
from .en_words import SENTENCE

PATTERNS: dict[str, tuple[str, ...]] = {
    "threat_violence": THREATS["threat_violence"],
    "threat_visit": THREATS["threat_visit"],
    "third_party_contact": PEOPLE_PATTERNS["third_party_contact"],
    "disclosure": PEOPLE_PATTERNS["disclosure"],
    "criminal_threat": THREATS["criminal_threat"],
    "impersonation": (
        r"\b(?:this is|i am|i'm|we are|calling from|on behalf of|from)\s+(?:the\s+)?(?:officer|"
        r"detective|deputy|sheriff|agent|investigator|sergeant|sgt|lieutenant|captain|trooper|"
        r"marshal|constable|special agent|federal agent|judge)\b",
        r"\b(?:this is|i am|i'm|we are|calling from|on behalf of)\s+(?!not\b|never\b|no\b)"
        r"(?:the\s+)?" + SENTENCE + r"{0,25}\b(?:police|sheriff'?s? (?:office|department)|"
        r"district attorney|DA'?s office|county court|district court|superior court|the court|"
        r"FBI|IRS|attorney general|law enforcement|fraud (?:unit|division|department))\b",
        r"\bbadge (?:number|no)\b",
        # An "investigations unit": a name that poses as an authority.
        r"\b(?:investigations?|investigative|financial crimes?|fraud investigations?|warrants?"
        r"|criminal (?:investigations?|division))\s+(?:unit|division|department|bureau|section"
        r"|team|squad)\b|\bspecial investigations?\b"
        r"|\b(?:case|fraud|financial|field|lead|senior) investigator\b",
        r"\b(?:arrest warrant (?:processing|department|division|unit)|fraud escalation)\b",
        # Other posing: private detectives, task forces, "investigation services", agencies.
        r"\b(?:private (?:detective|investigator|eye)|task force|investigat\w* (?:services?|office"
        r"|agency|agent|officer)|investigators?|(?:government|federal|state|county) (?:agency|agent"
        r"|official"
        r"|department|officer)|department of (?:justice|treasury|public health)|public health \w+"
        r"|(?:legal|law enforcement) (?:officer|agent)|processing (?:officer|agent) for the court"
        r"|court (?:officer|official|clerk|representative)|(?:magistrate|municipal) court)\b",
        r"\b(?:court (?:processing|services?) (?:office|department|division|unit)"
        r"|(?:you've|you have) reached the \w+ (?:of|for) \w+|warrant (?:division|department|unit)"
        r"|(?:recovery|enforcement|compliance) (?:division|bureau)|national bureau"
        r"|bureau of \w+ enforcement)\b",
        r"\b(?:fbi|irs|dea) (?:officer|agent)s?\b",
        # Invented legal and official offices: a "legal department" or "litigation division"
        # speaking for itself, court services, a clerk's or prosecutor's office, a process server.
        r"\b(?:this is|i am|i'm|we are|we're|calling from|on behalf of|from|with|message from"
        r"|notice from|you(?:'ve| have) reached)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:[\w'&\[\]]+\s+)"
        r"{0,3}?(?:legal|litigation|pre-?litigation|pre-?legal|law|judicial|court|warrants?"
        r"|judgments?|prosecution|investigations?|fraud|crimes?)\s+(?:department|division|dept"
        r"|affairs|unit|team|section|office|desk|bureau|agency|cell|squad)\b",
        # Not "refer it to our legal department" (lawful), nor "our legal department is preparing"
        # (a lawyer's involvement claimed: the US rules read it as false_attorney).
        r"(?<!to our )(?<!to the )(?<!to a )(?<!to )(?<!by our )(?<!by the )(?<!with our )(?<!our )"
        r"\b(?:legal (?:department|division|affairs|unit|section|dept)|litigation (?:department"
        r"|division|unit|section)|pre-?(?:litigation|legal)(?: (?:department|division|unit|team))?"
        r")\b",
        r"\b(?:process(?:ing)? serv(?:er|ers|ice|ing)|court (?:services?|enforcement|clerk"
        r"|processing)|clerk'?s office|county clerk|(?:magistrate|judge|prosecutor|attorney"
        r"|solicitor)'?s? (?:office|chambers|department)|law offices? of"
        r"|(?:from|with) the (?:court|courthouse|judiciary)|(?:serve|serving|deliver\w*|hand\w*)"
        r" (?:you )?(?:your |the |with )?(?:summons|subpoena|court (?:papers|documents)))\b",
        r"\b(?:this is|i am|i'm|we are|we're|calling from|with|from)\s+(?:the\s+|a\s+|an\s+"
        r"|your\s+)?(?:attorney|lawyer|solicitor|barrister|paralegal|counsel|legal (?:officer"
        r"|counsel|representative|advis[eo]r))\b",
        # Names that pose as a government office: bureaus, agencies and units of debts and crimes.
        r"\b(?:verification|compliance|crimes?|cyber ?crimes?|fraud|prevention|enforcement"
        r"|warrants?|judgments?|legal|asset|litigation|debt recovery|asset recovery)\s+(?:unit"
        r"|cell|squad|bureau|division|agency|authority|directorate)\b"
        r"|\b(?:bureau|office|department|division|agency|ministry|directorate) of (?:\w+ ){0,2}?"
        r"(?:legal|justice|judgments?|warrants?|debts?|assets?|recovery|enforcement|affairs"
        r"|investigations?|collections?)\b"
        r"|\b(?:federal|national|state|government|county|central|regional)\b[^.!?\n]{0,30}"
        r"\b(?:agency|bureau|division|unit|directorate)\b"
        r"|\b(?:officer|detective|agent|sergeant|sgt|lieutenant|inspector|constable|investigator"
        r"|marshal|judge|attorney|paralegal)\s+\[\w+\]|\bbadge (?:#|no\.?|number )?\s*\d",
        # Told by the one deceived: "a man claiming to be a sheriff's deputy", "she said she
        # worked for the county court".
        r"\b(?:(?:claim(?:ed|ing|s)?|pretend(?:ed|ing|s)?|pos(?:ed|es|ing)|introduc(?:ed|ing)"
        r" (?:himself|herself|themselves)|identif(?:ied|ying) (?:himself|herself|themselves)"
        r"|misrepresent\w* (?:himself|herself|themselves))\s+(?:to be|as)"
        r"|said (?:he|she|they) (?:was|were|worked for|worked with|is|are|from))\s+(?:(?:a|an|the"
        r"|from|with|for)\s+)*(?:[\w']+\s+){0,3}?(?:police|officer|deputy|sheriff|detective"
        r"|investigator|agent|judge|court|attorney|lawyer|law firm|prosecutor|marshal|government"
        r"|fbi|irs|process servers?|legal)\b",
        r"\b(?:deputy|advocate|adv\.|captain|trooper|sheriff|barrister|counsel) \[\w+\]"
        r"|\b(?:office|department|bureau|division) of (?:\w+ ){0,2}?(?:litigation|judicial|courts?)"
        r"\b|\b(?:judicial|litigation|court) (?:\w+ )?(?:center|centre|unit|bureau)\b",
        # Posing as told by the one deceived, and officers of a law the sender does not enforce.
        r"\b(?:stated|represented|held (?:himself|herself|themselves) out|identified)"
        r" (?:that )?(?:(?:he|she|they) (?:was|were|is|are) |(?:himself|herself|themselves) as )"
        r"(?:an? |the |with the |from the )?(?:[\w']+ ){0,2}?(?:officer|police|deputy|sheriff"
        r"|detective|investigator|agent|attorney|lawyer|court|judge|prosecutor|legal)\b"
        r"|\b(?:police|peace|law enforcement|court|sheriff'?s?|legal|fraud|federal|county"
        r"|investigating|arresting|warrant) officers?\b"
        r"|\b(?:officer|detective|agent|deputy|sergeant|investigator|inspector) (?:X|XX+)\b"
        r"|\bspecial (?:department|unit|division|branch)\b"
        r"|\b(?:from|with|of) (?:the |our )?[\"“']\s?(?:legal|litigation|investigations?|fraud"
        r"|warrants?|court) (?:department|division|unit|team|office)",
        r"\b(?:(?:made|designed) to look like (?:it came from )?(?:a|an|the) (?:court|judge"
        r"|government|police|official|legal)|look(?:ed|s)? like (?:a|an) (?:court|official|legal"
        r"|government) (?:document|notice|summons|order|paper)|(?:court|official|state"
        r"|government) seal)\b",
        r"\b(?:(?:debt recovery |recovery |loan )?tribunal|cyber cell)\b",
    ),
    "insult": (
        r"\b(?:deadbeats?|loser|scum(?:bag)?|bum|low-?life|idiot|moron|stupid|worthless"
        r"|pathetic|thief|liar|crook|leech|freeloader|parasite|degenerate|trash|garbage|jerk"
        r"|dirtbag|sleazebag|waste of space|good[- ]for[- ]nothing|excuse for a human"
        r"|piece of (?:shit|garbage|trash)|f+u+c+k\w*|shit\w*|bitch\w*|bastard|asshole"
        r"|dumb\w*|retard\w*|cheat(?:er)?|lying|fraudster|con artist|scammer|lazy|useless"
        r"|waste of (?:oxygen|air|space|skin)|freeload\w*|you people)\b",
        # Profanity the source masked, and curses.
        r"\[(?:expletive|expletives|obscenity|profanity|deleted)\]|\b(?:rest|burn|rot) in hell\b"
        r"|\bgo to hell\b",
        r"\b(?:\w*f+u+c+k\w*|motherf\w*|shameless|disgrace(?:ful)?|coward|clown|your lies|you lied"
        r"|liars?|cupcake|sweetheart|criminal (?:family|soul|mind)|animal|pig|dog|rat|snake|vermin"
        r"|imbecile|fool|nitwit|halfwit|numbskull|dimwit|screw you|shut up"
        r"|grow up|get (?:a|your) (?:life|act together)|man up|broke ass|cheapskate|welsher|bum)\b",
        # Abuse in other words: what the debtor "is", masked profanity, "dirty debtor".
        r"\b(?:you(?:'re| are) (?:a |an |such a |the |nothing but a |just a )?(?:bad |sad |sick "
        r"|total |complete |absolute |real |big |fat |walking )?(?:joke|embarrassment|failure"
        r"|disappointment|nobody|waste|disgrace|parasite|vulture|beggar|weakling|crybaby|baby"
        r"|slob|nobody)|what a (?:joke|loser|waste|disgrace|pathetic|clown|failure|piece of)"
        r"|joke of a (?:person|human|man|woman)|slime\w*|brain ?dead|brainless|dimwit|spineless"
        r"|gutless|grow a (?:spine|pair)|whin(?:e|ing|er)|crybaby|(?:have|has|with) no (?:shame"
        r"|dignity|self-respect|morals|conscience|honou?r)|should be ashamed|ashamed (?:of you"
        r"|(?:she|he|they) raised)|shut (?:your|ur|yer) (?:mouth|trap|face|hole|gob)"
        r"|(?:hey|listen|ok|okay|well|nice (?:one|going|try)),? (?:genius|einstein|princess"
        r"|big shot|hotshot|smart guy|smartass|sunshine|champ)"
        r"|(?:dirty|filthy|stinking|lousy|wretched|greedy|fat|ugly|shameless|bloody|damn(?:ed)?"
        r"|dumb|cheap) (?:little |old )?(?:debtor|borrower|beggar|dog|pig|cow|rat|thief|liar"
        r"|crook|idiot|bum|loser|fool|animal|creature|cheat|scoundrel|wretch)s?|stupid cow)\b",
        r"\b(?:f[*#@]+(?:k|c?k)?\w*|sh[*#!@]+t\w*|b[*#@]+tch\w*|a[*#@]+hole|d[*#@]mn\w*)"
        r"|\bsh\*t\b",
        # Abuse as a complainant tells it: "called me names", "cursed at me".
        r"\b(?:called (?:me|him|her|us) (?:names|(?:a|an) (?!few|couple|number|lot|total|second"
        r"|third|dozen|bunch|times?|minute|day|week|month)\w+)|curs(?:ed|ing) (?:at )?(?:me|him|her"
        r"|us)|sw(?:ore|earing) at|yell(?:ed|ing) obscenities|(?<!stop )(?:used|using|with)"
        r" (?:profanity"
        r"|obscenities|vulgarities|slurs)|(?:vulgar|obscene|profane|abusive|foul|degrading"
        r"|demeaning) (?:language|names|words|remarks)|racial slurs?|belittl\w+|ridicul(?:ed|ing)"
        r" (?:me|him|her))\b",
        # Slurs of the loan apps' English (Nigerian Pidgin, Hindi), slang and bleeped words.
        r"\b(?:goat|mumu|ashawo|olodo|chor|kutta|kamina|bhikari|bewakoof|gadha|harami|saala"
        r"|prostitutes?|whore|slut|ungrateful|(?:you|u) mug|f-+(?:ing|in)?|effing|mofo"
        r"|(?:ur|youre|u r) (?:a |an )?(?:\w+ )?(?:joke|clown|disgrace|loser|failure|waste))\b",
    ),
}

# A warning against fraudsters who pose as the police or threaten arrest: it names them to warn.
_SCAM_WARNING = (r"\b(?:beware|be wary|scam warning|fraud alert|(?:it is|it's|this is) a scam"
                 r"|fake (?:collectors?|callers?)|(?:scammers|fraudsters) (?:may|might|often"
                 r"|pretend|posing|pose|claiming)|warn(?:ed|s|ing)? (?:\w+ ){0,3}(?:about|of"
                 r"|against) (?:scam|fraud|fake|criminal|people|callers|anyone))\b")

# Words that deny the threat: "this is not a criminal matter", "you will not be arrested".
UNLESS: dict[str, tuple[str, ...]] = {
    "criminal_threat": (
        r"\b(?:will not|won't|cannot|can't|can not|never|not) (?:be )?(?:arrested|go to (?:jail"
        r"|prison)"
        r"|jailed|imprisoned|sent to (?:jail|prison))\b|\b(?:nobody|no one) (?:will"
        r"|can) be arrested\b",
        r"\b(?:is|it's|it is) (?:a |purely a |only a )?civil matter\b",
        r"\bnot a criminal (?:matter|case|offen[cs]e)\b|\bno one (?:can|will) arrest\b"
        r"|\b(?:not|isn't) a crime\b",
        _SCAM_WARNING,
    ),
    "impersonation": (_SCAM_WARNING,),
    "third_party_contact": (
        # A call to someone else only to find the debtor (15 U.S.C. 1692b), or a promise.
        r"\bonly (?:to )?ask(?:ed|ing)? (?:for|about) (?:my|his|her|their|your) (?:new |current )?"
        r"(?:phone|number|address|contact|whereabouts)",
        r"\b(?:will not|won't|never|do not|don't) (?:share|disclose|reveal|pass on|give out)\b",
        r"\b(?:nobody|no one|none of (?:them|the \w+))\b[^.!?\n]{0,30}\b(?:has|have|had|will"
        r"|would|did)(?: ever)? (?:contacted|contact|called|call|told|tell|spoken|speak|visited"
        r"|visit|texted|emailed)\b",
        r"\bonly\b[^.!?\n]{0,30}\bto (?:ask|get|confirm|verify|find)\b[^.!?\n]{0,25}\b(?:number"
        r"|address|contact|whereabouts|employment)",
    ),
    "disclosure": (
        # "your emergency contact will not be told about your debt": a promise.
        r"\b(?:will not|won't|never|not) be (?:told|informed|notified|contacted|shown)\b",
        r"\b(?:will not|won't|never|do not|don't) (?:share|disclose|reveal|pass on|give out)\b",
    ),
    "threat_visit": (
        r"\bwe (?:will not|won't|do not|don't|never) (?:come|visit)\b",
        # A lawful doorstep-visit notice: a visit to discuss the account that may be refused.
        r"\bask (?:them|the agent|him|her|us) to leave\b"
        r"|\bmay (?:visit|call at|call on) (?:you|your (?:home|address|property))\b"
        r"[^.!?\n]{0,40}\bto (?:discuss|talk about|agree|arrange)\b",
        r"\b(?:by appointment|(?:book|arrange|make) an appointment|(?:prior|an|your) appointment"
        r"|with your (?:consent|agreement|permission)|at a time (?:that suits"
        r"|convenient)|(?:refuse|decline|rearrange) the visit|do not have to let (?:them|us|him"
        r"|her) in)\b",
        r"\b(?:nobody|no one|none of our \w+) (?:\w+ ){0,4}(?:will|would|is going to) (?:ever )?"
        r"(?:come|visit|call at|turn up|show up)\b",
        r"\b(?:at a time you choose|time of your choosing|you can ask us to stop visits)\b",
    ),
}

# A negation right before the words, with at most a verb of saying (and an article) between:
# "the caller did not mention the debt", "he never said anything about the police". Not "if you
# don't pay we will come to your house", which is still a threat.
NEGATION = (r"(?:\bnot|\bnever|\bno|n't|\bwithout|\bnor|\bnobody|\bno one)\s+(?:(?:even|ever|once|"
            r"actually|point|did|they|he|she|we|i|with|anyone|anybody|be|been|was|were|use|used|"
            r"using|"
            r"really|say|said|says|mention|mentioned|mentioning|talk|talked|tell|told|discuss|"
            r"discussed|threaten|threatened|claim|claimed|refer|referred|speak|spoke|anything|"
            r"contact|contacted|email|e-mail|text|texted|notify|notified|inform|informed|reach|"
            r"write|wrote|will|would|"
            r"any|about|to|of|that|going|come|coming|visit|call|called|me|you|him|her|us"
            r"|them|or|and)\s+)*(?:the\s+|a\s+|an\s+|my\s+|"
            r"your\s+|his\s+|her\s+)?$")

LEXICON = Lexicon(name="lexicons-en", language="en", patterns=PATTERNS, unless=UNLESS,
                  negation=NEGATION)
