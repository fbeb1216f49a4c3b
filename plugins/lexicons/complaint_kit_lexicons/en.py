"""The English lexicon: the abuse the FDCPA forbids (15 U.S.C. 1692d-1692f), in the words
collectors use.

Lawful reminders — a balance and a due date, "this is an attempt to collect a debt", "we may
report this account to the credit bureaus", "we may file a lawsuit" — get no tag.
"""

from __future__ import annotations

from complaint_kit.api import Lexicon

_S = r"[^.!?\n]"  # within one sentence
_PEOPLE = (r"(?:employer|boss|manager|supervisor|co-?workers?|colleagues?|HR|human resources|"
           r"family|wife|husband|spouse|partner|parents?|mother|mom|father|dad|kids|children|"
           r"relatives|neighbou?rs?|friends|references|church|pastor|contacts|landlord|sister|mum"
           r"|mam|"
           r"brother|siblings|son|daughter|aunt|uncle|cousins?|grand(?:mother|father|parents)|"
           r"in-laws|(?:brother|sister|mother|father)-in-law|ex(?:-wife|-husband)?|roommate|"
           r"girlfriend|boyfriend|fianc[eé]e?|school|teacher|coach|payroll(?: department)?|"
           r"(?:whole |entire )?(?:neighbou?rhood|community|town|office|workplace))")
_PLACES = r"(?:house|home|door|doorstep|front door|work|job|workplace|office|place|school)"

PATTERNS: dict[str, tuple[str, ...]] = {
    "threat_violence": (
        r"\b(?:(?:hurt|kill|beat|shoot|hunt) (?:you|your \w+)|hunt you down"
        r"|break your (?:legs?|arms?|neck|face|fingers|knees)|watch your back"
        r"|you(?:'ll| will) (?:regret|be sorry)|accidents happen|teach you a lesson"
        r"|make your life (?:hell|miserable)|we will make you pay|you have been warned|or else"
        r"|you don't want to (?:find out|know|see) what|we(?: will|'ll) find you"
        r"|things (?:will|could|are going to) get (?:ugly|nasty|messy)"
        r"|(?:be a )?shame if something|if something (?:happened|were to happen|happens) to"
        r"|nice \w+ (?:of yours|you have)"
        r"|something (?:bad|terrible|unfortunate) (?:will|could|might|may) happen"
        r"|we know where (?:you|your \w+) (?:live|lives|work|works|go to school)"
        r"|be careful (?:when you|walking|going)|burn (?:your|down)"
        r"|your (?:family|kids|children|wife|husband)(?:'s)? (?:safety|won't be safe"
        r"|will not be safe))\b",
        # Violence in literary or idiomatic phrasing.
        r"\b(?:sleep(?:ing)? with the fishes|six feet under|body bag|pushing up daisies"
        r"|(?:put|land|end up|wind up) (?:you )?in (?:the |a )?(?:hospital|ground|grave"
        r"|wheelchair|morgue)|break every bone|pay in blood|your days are numbered"
        r"|dead man walking|won't see tomorrow|bury you|end you|finish you off"
        r"|rearrange your face|tear you apart|pound of flesh|(?:come|came) to (?:any )?harm"
        r"|harm (?:will|could|might) come|look(?:ing)? over your shoulder"
        r"|sleep with one eye open|mess you up|beat the (?:hell|crap|shit) out of"
        r"|you(?:'re| are) (?:dead|a dead man)|dead meat)\b",
        r"\b(?:lock|padlock|seal|paint|burn|smash|break into)\b[^.!?\n]{0,12}\byour "
        r"(?:house|home|shop|store|door|car)\b",
        # Menace in other words: coming after the debtor, ruin, "only God can help you".
        r"\b(?:(?:coming|come|go|going) after you|(?:i|we)(?:'ll| will| can| am going to"
        r"|'m going to)"
        r" (?:find|track|trace|hunt) you|destroy (?:your life|you)|ruin your life"
        r"|(?:only )?god (?:can )?help you|heard the last of (?:it|this|me|us)|dead serious"
        r"|make (?:\w+ )?sure you (?:\w+ )?pay|(?:\[expletive\]|f\w*) you up|you(?:'ll"
        r"| will) pay for"
        r"|don't (?:you )?dare|face the consequences|bad things|we have people|our (?:boys|guys"
        r"|people) will"
        r"|you (?:and your family )?(?:will|won't) be (?:safe|sorry)|what happens next"
        r"|no one can (?:save|protect) you"
        r"|make (?:bad|nude|dirty) (?:videos|pictures|photos)|strip (?:you|him|her)(?: naked)?)\b",
        r"\b(?:next time it won't be|(?:eat|eating) through a straw|cross(?:es|ed)? us"
        r"|regret(?:ting)? (?:it|this)|you(?:'ll| will) wish|(?:pretty|nice) face"
        r"|what happens to (?:your|that)|(?:don't|never|only) ask (?:twice|nicely|once)"
        r"|(?:car|house|home|shop|store)\b[^.!?\n]{0,15}\b(?:caught|catch(?:es)?|go(?:es)? up in)"
        r" (?:fire|flames)|your (?:kids|children|son|daughter)\b[^.!?\n]{0,30}\b(?:alone"
        r"|walk(?:ing|s)? (?:to|home)|on (?:their|his|her) way))\b",
    ),
    "threat_visit": (
        r"\b(?:come|coming|comes|show up|showing up|stop by|drop by|visit|knock|be|send"
        r"(?:ing)? (?:someone|somebody|an agent|a field agent|a process server|people|our guys)"
        r"|dispatch(?:ed|ing)? \w+)" + _S + r"{0,25}\b(?:at|to|on) your " + _PLACES + r"\b",
        r"\b(?:field (?:agent|visit)|on your doorstep|knock on your door|visit you at (?:home|work)"
        r"|pay(?:ing)? you a (?:little |personal )?visit"
        r"|we (?:have|know|got|found) your (?:home |work |new )?address"
        r"|on (?:the|its|their|our|my) way to your " + _PLACES
        + r"|(?:outside|in front of|near|around|across the street from|down the street from"
        r"|at) your " + _PLACES + r"|knocking)\b",
        # Visits in other words: dropping by, parked outside, "expect company".
        r"\b(?:(?:swing|drop|stop|come|pop) by (?:your|the house|the office)"
        r"|expect (?:company|a visit|visitors|us)|parked (?:outside|in front of)"
        r"|outside your (?:building|apartment|house|home|work|office|door|job)"
        r"|at your (?:building|apartment|complex|front door))\b",
        r"\b(?:at|to) (?:either )?your (?:residence|place of (?:business|employment))\b",
        # Finding the debtor in person: knowing where they live, tracing, coming looking.
        r"\b(?:(?:i|we) know where you (?:are|stay|sleep)\b|(?:i|we) (?:can|will|'ll) "
        r"(?:find|trace|locate|track) you|come (?:looking|round|around)(?: for you)?"
        r"|(?:coming|come) (?:for|after) you|(?:i|we)(?:'ll| will) (?:come|be) (?:back|round|over)"
        r"|(?:see|meet) you in person|face to face|in person at|(?:find|track) you down"
        r"|(?:sending|send|dispatch\w*) (?:a|an|our|someone|somebody|people"
        r"|the)\b[^.!?\n]{0,20}\b(?:to you|your way|over)"
        r"|we(?:'re| are) (?:outside|downstairs|nearby|in your area|near you))\b",
        r"\b(?:(?:stop|drop|swing|pop) (?:in|by|round|over)(?! (?:at )?(?:any|one of|our|a|the) "
        r"(?:branch|office|location|store|bank))|drive (?:out|over|down) (?:there|to you)"
        r"|come down to (?:the|your)|wait(?:ing)? for you (?:in|at|outside|after)"
        r"|(?:tracked|found|located|traced) (?:down )?your (?:new )?(?:address|location|house|home"
        r"|place|apartment)|which (?:apartment|house|building|unit|floor) (?:is yours|you(?:'re"
        r"| are) in"
        r"|you live))\b",
    ),
    "third_party_contact": (
        r"\b(?:tell|told|call(?:ed|ing)?|contact(?:ed|ing)?|notif(?:y|ied)|inform(?:ed)?"
        r"|text(?:ed)?|e-?mail(?:ed)?|reach(?:ed|ing)? out to|let|talk(?:ed)? to|spoke (?:to|with)"
        r"|speak (?:to|with)|got in touch with|messag(?:e|ed)|visit(?:ed)?"
        r"|left (?:a )?messages? (?:with|for))\s+(?:all\s+)?"
        r"(?:of\s+)?your\s+" + _PEOPLE
        + r"\b",
        r"\byour " + _PEOPLE + _S + r"{0,20}\b(?:will|is going to|are going to|has been|have been"
        r"|was|were) (?:know|find out|hear|(?:be )?(?:told|notified|contacted|called|informed))\b",
        r"\beveryone in your (?:contacts|phone|contact list)\b",
        r"\b(?:send|sending|sent|mail(?:ing|ed)?|forward(?:ing|ed)?|cc(?:ing)?)\b" + _S
        + r"{0,40}\bto (?:all (?:of )?)?your " + _PEOPLE + r"\b",
        r"\byour " + _PEOPLE + r" (?:gave|told|sent) us\b",
        r"\bwe (?:already |have )?(?:called|contacted|told|texted|spoke (?:to|with)|notified) "
        r"your " + _PEOPLE + r"\b",
        # The contact list: everyone in the phone, every name on it.
        r"\b(?:(?:your )?contact list|your (?:phone ?book|address book|contacts)"
        r"|everyone (?:in|on) your (?:phone|contacts|list)"
        r"|every (?:single )?(?:name|number|contact) (?:on|in) (?:it|your))\b",
        # A message for someone else to pass on: its reader is a third party.
        r"\b(?:tell|ask|remind|get) (?:that|your|the|him|her|them|[A-Z]\b)[^.!?\n]{0,25}\bto "
        r"(?:pay|call us|contact us|quit|settle)\b",
        r"\bif (?:his|her|their) (?:payments?|debt|loan|balance) (?:does|do|is|are|has|have)\b",
        # The reader is a referee, relative or employer, or is next on the list.
        r"\b(?:our next call|next (?:we|i)(?:'ll| will) call|we(?:'ll| will) (?:be )?call(?:ing)? "
        r"your)\b|\bused your (?:number|name|profile|details|contact)\b"
        r"|\b(?:as|listed you as|named you as|put you (?:down )?as) (?:an? |his |her |their )?"
        r"(?:emergency contact|reference|referee|guarantor|next of kin)s?\b"
        r"|\byour (?:employee|tenant|relative|friend|son|daughter|brother|sister|husband|wife"
        r"|mother|father|colleague)\b[^.!?\n]{0,30}\b(?:owes|owed|has (?:a|an) (?:unpaid"
        r"|outstanding"
        r"|overdue)|borrowed|took (?:a|out)|committed|failed to pay|has not paid|defaulted)\b"
        r"|\b(?:this person|the (?:above|said)[- ]?(?:named|mentioned)(?: person)?"
        r"|the person mentioned)\b"
        r"[^.!?\n]{0,40}\b(?:loan|debt|owes|payment|repay)\b"
        r"|\bgeneral public\b|\byour (?:contacts|relatives|friends|family) (?:will|are going to) "
        r"(?:receive|get)\b",
        r"\b(?:threaten\w* to|would|will|(?:they|he|she) (?:called|contacted|visited))"
        r" (?:call|contact|visit|tell)?\s*(?:my|his|her) " + _PEOPLE + r"\b",
        r"\b(?:(?:is this|are you) \w+'s (?:brother|sister|mother|mom|father|dad|wife|husband"
        r"|son|daughter|boss|employer|friend|roommate|neighbou?r|cousin)"
        r"|pass (?:on )?(?:a |the |this |our )?message|pass (?:this|it) on"
        r"|(?:make sure|ensure) (?:that )?(?:your (?:whole |entire )?(?:family|friends|neighbou?rs"
        r"|boss|employer|coworkers|colleagues|relatives|kids|children)|all your|everyone)"
        r"|(?:one by one|every one of them|each (?:and every )?one of them))\b",
    ),
    "disclosure": (
        r"\b(?:post|posting|share|sharing|publish|publishing|put)\b" + _S + r"{0,30}\b(?:(?:on|to) "
        r"(?:facebook|social media|instagram|twitter|x|tiktok|linkedin|the internet)|online)\b",
        r"\b(?:tell|inform|notify)\s+(?:all\s+)?(?:of\s+)?your\s+" + _PEOPLE
        + r"\s+about\s+(?:the|this|your)\s+(?:debt|account|loan|balance)\b",
        r"\byour " + _PEOPLE + _S + r"{0,40}\babout (?:your|the|this) (?:unpaid |outstanding "
        r"|overdue |past-due )?(?:debt|balance|account|loan|bill)s?\b",
        r"\byour " + _PEOPLE + _S + r"{0,20}\b(?:will|are going to|is going to) "
        r"(?:know|find out|hear about|learn|see)\b",
        r"\b(?:everyone|everybody|the whole (?:town|neighbou?rhood|office)|all your "
        + _PEOPLE + r") will (?:know|see|find out)\b",
        r"\b(?:send|sending|sent|mail(?:ing|ed)?|forward(?:ing|ed)?)\b" + _S
        + r"{0,40}\b(?:notice|statement|bill|letter)\b" + _S + r"{0,20}\bto (?:all (?:of )?)?your "
        + _PEOPLE
        + r"\b",
        r"\b(?:for (?:everyone|everybody|the world|all) to see"
        r"|knows? (?:that )?you (?:owe|don't pay|do not pay|never pay|won't pay)"
        r"|list of deadbeats|deadbeat list|wall of shame|public list|shame you|expose you"
        r"|(?:tell|show) (?:everyone|everybody|the whole \w+))\b",
        # The contact list: everyone in the phone, every name on it.
        r"\b(?:(?:your )?contact list|your (?:phone ?book|address book|contacts)"
        r"|everyone (?:in|on) your (?:phone|contacts|list)"
        r"|every (?:single )?(?:name|number|contact) (?:on|in) (?:it|your))\b",
        # A message for someone else to pass on tells its reader of the debt ("tell him to pay";
        # not "ask him to call us", which says nothing of a debt).
        r"\b(?:tell|ask|remind|get) (?:that|your|the|him|her|them|[A-Z]\b)[^.!?\n]{0,25}\bto "
        r"(?:pay|settle)\b",
        r"\bif (?:his|her|their) (?:payments?|debt|loan|balance) (?:does|do|is|are|has|have)\b",
        # Shaming in other words: the reputation, exposure, the general public, uploads.
        r"\b(?:(?:ruin|destroy|damage|save|protect|tarnish)\w* (?:your|his|her) (?:reputation|name"
        r"|image|dignity)|(?:will|shall|going to) be (?:exposed|published|made public|shamed)"
        r"|expos(?:e|ing|ure) (?:you|your|him|her)|general public|upload\w*|go viral|your shame"
        r"|enjoy your shame|shameful|(?:whatsapp|facebook|social media) (?:group|page|post)"
        r"|your (?:photos?|pictures?|picture|face|bvn|id|details) (?:will|on|all over)"
        r"|(?:is|are) (?:found )?wanted (?:by|for)|found wanted|not to be trusted)\b",
        r"\b(?:(?:who|he|she|they) (?:owes?|owe) (?:us|our|money|a)|(?:he|she|they) (?:has|have) "
        r"(?:a|an) (?:\w+ )?(?:debt|balance|account|loan) with"
        r"|(?:hear|heard|learn|learned|know|knows|find out) about your (?:account|debt|loan|balance"
        r"|bills?)|(?:published|printed|named) (?:in|on) (?:the )?(?:newspaper|paper|radio|news)"
        r"|(?:broadcast|announced?|circulated?)\w* to|defaulters? (?:list|page|notice|wall)"
        r"|in front of (?:your )?(?:customers|neighbou?rs|coworkers|colleagues|family|everyone))\b",
        r"\byour (?:employee|tenant|relative|friend|son|daughter|brother|sister|husband|wife"
        r"|mother|father|colleague)\b[^.!?\n]{0,30}\b(?:owes|owed|has (?:a|an) (?:unpaid"
        r"|outstanding"
        r"|overdue)|borrowed|committed|failed to pay|has not paid|defaulted)\b",
    ),
    "criminal_threat": (
        r"\b(?:arrest(?:ed|ing)?|jail(?:ed)?|prison|warrants?|behind bars|handcuff(?:ed|s)?"
        r"|criminal (?:charges?|case|complaint|prosecution|fraud|record|matter|investigation"
        r"|offen[cs]e)|prosecut\w*|(?:check|bank|wire) fraud|theft by deception|felony"
        r"|(?:press|file|bring) charges|lock(?:ed)? (?:you )?up|pick you up|take you in"
        r"|(?:taken )?into custody|(?:fraud|criminal|theft) charges|with the district attorney"
        r"|charges? (?:will be|are being|have been) (?:filed|pressed|brought))\b",
        r"\b(?:loan fraud|(?:do|doing|serve|serving) (?:time|years)|years behind bars)\b",
        r"\b(?:not coming home (?:any time soon|for a while)|(?:you are|you're|you have been)"
        r" (?:doing|committing|involved in) (?:some )?fraud|arrest warrant)\b",
        r"\b(?:you stole|stole from|hot checks?|criminal check writer)\b",
        # A crime alleged in other words: reported to the police, forgery, "wanted".
        r"\b(?:report(?:ed|ing)? (?:this |the |your )?(?:case |matter |you )?to (?:the )?(?:police"
        r"|authorities|cops|fbi|law enforcement|\w+ police)|forgery|embezzle\w*"
        r"|committed (?:\w+ )?fraud"
        r"|(?:you(?:'re| are)|you've been) (?:a )?(?:criminal|fugitive|suspect)|fugitive|felon"
        r"|(?:is|are) wanted|found wanted|(?:criminal|legal|fraud|theft|forgery) charges?"
        r"|charges? against you|(?:send|sending|sent) (?:the )?(?:police|cops|sheriff|marshals?)"
        r"|police (?:are on (?:their|the) way|will (?:come|arrive|be (?:called|involved|informed"
        r"|notified|contacted)))|jail ?time|locked away|serve time|penitentiary"
        r"|(?:a|your) (?:criminal )?record)\b",
        r"\b(?:(?:forward|send|refer|hand|pass|turn)(?:ed|ing|s)? (?:\w+ ){0,3}(?:over )?to "
        r"(?:the )?(?:local )?(?:police|authorities|law enforcement|district attorney|prosecutor)"
        r"|sheriff(?:'s office)? (?:will|is going to)|warrant (?:division|department|unit))\b",
    ),
    "impersonation": (
        r"\b(?:this is|i am|i'm|we are|calling from|on behalf of|from)\s+(?:the\s+)?(?:officer|"
        r"detective|deputy|sheriff|agent|investigator|sergeant|sgt|lieutenant|captain|trooper|"
        r"marshal|constable|special agent|federal agent|judge)\b",
        r"\b(?:this is|i am|i'm|we are|calling from|on behalf of)\s+"
        r"(?:the\s+)?" + _S + r"{0,25}\b(?:police|sheriff'?s? (?:office|department)|"
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
    ),
}

# Words that deny the threat: "this is not a criminal matter", "you will not be arrested".
UNLESS: dict[str, tuple[str, ...]] = {
    "criminal_threat": (
        r"\b(?:will not|won't|cannot|can't|can not|never|not) (?:be )?(?:arrested|go to (?:jail"
        r"|prison)"
        r"|jailed|imprisoned|sent to (?:jail|prison))\b|\b(?:nobody|no one) (?:will"
        r"|can) be arrested\b",
        r"\b(?:is|it's|it is) (?:a |purely a |only a )?civil matter\b",
        r"\bnot a criminal (?:matter|case|offen[cs]e)\b|\bno one (?:can|will) arrest\b",
    ),
    "threat_visit": (
        r"\bwe (?:will not|won't|do not|don't|never) (?:come|visit)\b",
        # A lawful doorstep-visit notice: a visit to discuss the account that may be refused.
        r"\bask (?:them|the agent|him|her|us) to leave\b"
        r"|\bmay (?:visit|call at|call on) (?:you|your (?:home|address|property))\b"
        r"[^.!?\n]{0,40}\bto (?:discuss|talk about|agree|arrange)\b",
    ),
}

# A negation right before the words, with at most a verb of saying (and an article) between:
# "the caller did not mention the debt", "he never said anything about the police". Not "if you
# don't pay we will come to your house", which is still a threat.
NEGATION = (r"(?:\bnot|\bnever|\bno|n't|\bwithout|\bnor)\s+(?:(?:even|ever|once|actually|"
            r"really|say|said|says|mention|mentioned|mentioning|talk|talked|tell|told|discuss|"
            r"discussed|threaten|threatened|claim|claimed|refer|referred|speak|spoke|anything|"
            r"contact|contacted|email|e-mail|text|texted|notify|notified|inform|informed|reach|"
            r"write|wrote|will|would|"
            r"any|about|to|of|that|going|come|coming|visit|call|called|me|you|him|her|us"
            r"|them|or|and)\s+)*(?:the\s+|a\s+|an\s+|my\s+|"
            r"your\s+|his\s+|her\s+)?$")

LEXICON = Lexicon(name="lexicons-en", language="en", patterns=PATTERNS, unless=UNLESS,
                  negation=NEGATION)
