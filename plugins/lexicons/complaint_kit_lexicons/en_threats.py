"""The English lexicon's threats: of violence, of a visit, of arrest or a criminal case."""

from __future__ import annotations

from .en_words import OWNERS, PLACES, SENTENCE, THEIR, WHERE, YOUR

THREATS: dict[str, tuple[str, ...]] = {
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
        # Harm in plain verbs and to the body: "get hurt", "i will cut you", "fingers broken".
        r"\b(?:(?:get|be|getting|gets|been) (?:hurt|harmed|injured)|(?:stab|cut|slap|punch|strangle"
        r"|choke|batter) (?:you|him|her)\b|knock (?:your|his|her) (?:teeth|head|lights) (?:out|in)"
        r"|smash (?:your|ur) (?:face|head|skull|teeth)|break you\b"
        r"|beat (?:you|him|her) (?:senseless|up|black and blue|to a pulp)"
        r"|(?:legs?|arms?|fingers|knees|bones|teeth|neck|kneecaps?)"
        r" (?:broken|snapped|smashed)|(?:keep|value|like) your (?:kneecaps|legs|teeth|health|life"
        r"|safety)|walk (?:straight|again)|limping|hospital food|(?:in|into) a (?:ditch|river"
        r"|wheelchair|coma)|in the river|pay or bleed|\bbleed\b"
        r"|you(?:'ll| will| are going to) suffer"
        r"|(?:will|are|is) (?:be )?painful|not gentle|what's coming to you|the hard way"
        r"|(?:i|we) know people who|(?:guarantee|fear for|worry about) your (?:safety|health)"
        r"|health insurance|drive (?:carefully|safe(?:ly)?)|sleep (?:lightly|light)"
        r"|catch you (?:outside|alone|on the street|in the street|after dark)"
        r"|(?:hate|shame) (?:for|if) (?:anything|something) (?:to )?happen"
        r"|(?:only|just) a (?:phone call|call|text|warning) this time|on your head"
        r"|won't walk away|(?:f|[a-z]?[*#@]+)[*#@]* you up)\b",
        # Harm to property and pets: fire, smashed windows, slashed tyres, the dog gone missing.
        r"\b(?:set (?:your|ur|the) \w+ on fire|(?:slash|slashed|slashing) (?:your |ur )?(?:tyres"
        r"|tires)|windows? (?:are|is|will be|getting|gets?) (?:smashed|broken)|(?:house|home|car"
        r"|shop|place)\b[^.!?\n]{0,25}\bburn\w*|(?:dog|cat|pet)\b[^.!?\n]{0,40}\b(?:go(?:es)?"
        r"|went|gone) missing)\b",
        # Menace in idiom: "deal with you mercilessly", "a right kicking", "we know your route
        # home".
        r"\b(?:deal with you (?:mercilessly|ruthlessly|properly|severely|our way|personally"
        r"|the hard way)|a (?:right |good |proper )?(?:kicking|beating|hiding|thrashing)"
        r"|kick (?:your|ur) (?:head|teeth|ass|arse)|(?:we|i) know (?:your|ur) (?:route|routine"
        r"|schedule|movements|car|kids'? school|school run)|(?:want|like) to (?:find out|see|know)"
        r" what happens\b|lose my (?:temper|patience))\b",
        # Violence as a complainant or a court tells it: "threatened me with physical harm".
        r"\b(?:(?:physical|bodily) (?:harm|injury|violence)|threat(?:s|ened|ening)? (?:of|with)"
        r" (?:violence|harm)|threaten(?:ed|ing)? to (?:hurt|harm|kill|beat|shoot|break|stab|burn"
        r"|attack|assault)|violent threats?|threaten(?:ed|ing)? (?:my|his|her|their) (?:life|safety"
        r"|family|children|kids))\b",
        r"\b(?:watch (?:my|his|her|their) back|something (?:bad|terrible|unfortunate) would happen"
        r"|(?:hurt|kill|beat|shoot|harm|stab) (?:me|him|her|them)\b(?! (?:to|if)))",
        # Loan-app and street menace: thugs sent, "you will die", "catch these hands".
        r"\b(?:thugs|goons|hit ?m[ae]n|hitman|you(?:'ll| will| are going to| gonna) die|die (?:poor"
        r"|soon|today|tonight)|catch (?:these|the) hands|end up like (?:the last|your)"
        r"|nobody will (?:ever )?find you|break (?:your|ur) (?:bones|teeth|jaw|head|back))\b",
    ),
    "threat_visit": (
        r"\b(?:come|coming|comes|show up|showing up|stop by|drop by|visit|knock|be|send"
        r"(?:ing)? (?:someone|somebody|an agent|a field agent|a process server|people|our guys)"
        r"|dispatch(?:ed|ing)? \w+)" + SENTENCE + r"{0,25}\b(?:at|to|on) your " + PLACES + r"\b",
        r"\b(?:field (?:agent|visit)|on your doorstep|knock on your door|visit you at (?:home|work)"
        r"|pay(?:ing)? you a (?:little |personal )?visit"
        r"|we (?:have|know|got|found) your (?:home |work |new )?address"
        r"|on (?:the|its|their|our|my) way to your " + PLACES
        + r"|(?:outside|in front of|near|around|across the street from|down the street from"
        r"|at) your " + PLACES + r"|knocking)\b",
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
        # Visits in other words: attending the premises, turning up, knocking, a home visit, "ur
        # place", "round to yours", "see you there" (lawful visits by appointment: UNLESS).
        r"\b(?:attend(?:ing)?|turn(?:ing)? up (?:at|to)|show(?:ing)? up (?:at|to)|camp(?:ing)?"
        r" (?:outside|at)|waiting (?:at|by|near|outside)|find you at|come (?:to|into)|coming (?:to"
        r"|into)|(?:be|been) (?:at|outside)) " + YOUR + r" " + WHERE + r"\b",
        r"\b(?:(?:home|house|doorstep|field|personal|surprise|unannounced) visit"
        r"|pay (?:your|ur) (?:home|house|place|office|work|family) a visit"
        r"|knock(?:s|ing)? (?:at|on) (?:the|your|ur) (?:door|gate|window)|(?:come|came|coming) "
        r"(?:to )?knock|(?:come|go|going) up to (?:your|ur)|(?:outside|downstairs|at the gate of"
        r"|across from|opposite) (?:your|ur)s?\b|(?:we(?:'re| are)|i(?:'m| am)|they(?:'re| are)) "
        r"(?:downstairs|outside|at the gate)|on (?:our|my|their|the) way to (?:your|ur)\b"
        r"|round to (?:yours|your|ur)\b|over to (?:your|ur) \w+|drove (?:past|by) (?:your|ur)"
        r"|(?:we(?:'ll| will)|i(?:'ll| will)|someone will|they(?:'ll| will)) be by\b|dropping in"
        r"|see you (?:there|at (?:your|ur|home|work))|(?:tracked|traced|located) your (?:phone"
        r"|car|location)|(?:we|i) know (?:you moved|where you moved|your new (?:place|address"
        r"|flat|house))|be (?:at )?home (?:tonight|tomorrow|today|this (?:evening|afternoon)))\b",
        r"\b(?:(?:we(?:'re| are)|i(?:'m| am)|they(?:'re| are)|(?:our|my) (?:team|guys|boys|men"
        r"|people|agents?|officers?|collectors?|staff|field team) (?:is|are|will be)) (?:coming"
        r"|heading|driving) (?:to (?:collect|get you|see you|find you|your|ur)|for you|over"
        r"|round|down|after you)|(?:come|coming|collect|knock|see you|talk to you|deal with you"
        r"|recover)\b[^.!?\n]{0,30}\bin person)\b",
        # A threatened visit told by the one threatened: "would have someone waiting outside my
        # apartment" (not a visit that happened: "a man came to my office").
        r"\b(?:would|will|'ll|'d|going to|gonna|threaten(?:ed|ing)? to)\s+(?:\w+\s+){0,3}?"
        r"(?:come|coming|show up|turn up|waiting|wait|park|be|sit(?:ting)?|knock|send(?:ing)?"
        r" (?:someone|somebody|people|men|a man))"
        r" (?:\w+ ){0,2}?(?:at|to|outside|in front of|by|near) (?:my|his|her|their) " + WHERE
        + r"\b",
        r"\b(?:(?:come|coming|stop|drop|swing) (?:by|round|over) (?:that (?:night|evening|day)"
        r"|tonight|tomorrow|later|this (?:evening|afternoon|morning|week)|today)|(?:calling"
        r"|call|coming|popping|pop) round\b|see(?:ing)? you (?:real |very )?soon"
        r"|parked up|(?:are|is|be) in (?:your|ur) (?:postcode|area|neighbou?rhood|street))\b",
        r"\b(?:would|will|'ll|'d|going to|gonna|threaten(?:ed|ing)? to)\s+(?:\w+\s+){0,2}?"
        r"(?:visit|raid|stake out) (?:my|his|her|their) " + WHERE + r"\b",
        # Courts' and complainants' accounts: "sitting outside plaintiff's residence".
        r"\b(?:came|turned up|showed up|arrived|knocked|sitting|waiting|parked|show up|turn up"
        r"|come) (?:\w+ ){0,2}?(?:at|to|on|outside|in front of) " + THEIR + r" " + WHERE
        + r"\b|\bon (?:his|her|their|my|our|the) way to (?:my|" + OWNERS + r") " + WHERE
        + r"\b",
        r"\b(?:physical verification|doorstep collection|home visitation|field (?:officers?"
        r"|executives?|investigation|verification)|pull(?:ing)? up (?:to|on|at) (?:ur|your)"
        r"|(?:ur|your) crib|knock(?:ing)? on (?:yours|ur door))\b",
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
        # Crimes alleged and the police brought in, in other words: a crime, false pretences, an
        # FIR, a cell, detained, the DA, a police report, "wanted".
        r"\b(?:committed (?:a )?(?:crime|theft|an offen[cs]e)|(?:obtain\w*|get\w*) (?:money|credit"
        r"|goods|a loan|property) by (?:false pretenc|deception|fraud)\w*|false pretenc\w*|FIR"
        r"|police station|(?:is|it's|are|that's|that is|this is) (?:a )?(?:crime|criminal"
        r" offen[cs]e)|criminal offen[cs]e|(?:will|would|could|can) be charged (?:with|for)"
        r" (?:fraud|theft|a crime|an? (?:criminal )?offen[cs]e|crimes?|stealing|deception"
        r"|defraud\w*|obtaining)|(?:be|being|get|been)"
        r" (?:detained|imprisoned|jailed|incarcerated|booked)|(?:have|get) you (?:detained"
        r"|imprisoned|jailed|arrested|locked)|involve (?:the )?(?:police|law enforcement"
        r"|authorities|cops)|(?:in|to) (?:a )?(?:cell|lockup|lock-up)|(?:in|into) custody"
        r"|DA'?s office|defraud\w*|guilty of|police (?:report|complaint|case)"
        r"|picked up by (?:the )?(?:police|authorities|cops|sheriff)"
        r"|wanted (?:person|man|woman|list|criminal)|EFCC"
        r"|imprison\w*|criminal (?:summons|proceedings?|action|case|complaint|investigation)"
        r"|(?:submit|sent|send|sending|forward|pass|hand|gave|give|refer|lodg)\w*\b[^.!?\n]{0,30}"
        r"\bto (?:the )?(?:police|cops|authorities)|police (?:will|are going to|are) (?:be )?"
        r"(?:collecting|pick\w*|coming|arrest\w*|tak\w*|visit\w*|knock\w*) |cyber ?crimes? (?:cell"
        r"|unit|police|department|division))\b",
        r"\b(?:police (?:unit|cell|department|matter|case)|(?:cops|police|sheriff|deputies"
        r"|officers|marshals?) (?:will|are going to|gonna) (?:be )?(?:knocking|coming|come|visit"
        r"|show up|pick|arrest|take)|(?:hot|rubber) checks?)\b",
        r"\b(?:(?:investigated|arrested|charged|prosecuted|jailed) for (?:fraud|theft|a crime"
        r"|stealing)|(?:sheriff|police|authorities|cops|district attorney) (?:would|will|is going"
        r" to|are going to) be (?:notified|informed|called|contacted|involved|told)"
        r"|charges (?:are|were|is) pending|pending (?:criminal )?charges)\b",
    ),
}
