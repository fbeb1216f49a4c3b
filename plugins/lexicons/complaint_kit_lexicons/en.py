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
           r"(?:whole |entire )?(?:neighbou?rhood|community|town|office|workplace)"
           r"|grandma|granny|gran|nan|clients|customers|business partners?|receptionist"
           r"|emergency contacts?|job|place of (?:work|employment)|referees|loved ones"
           r"|contact persons?|old (?:man|lady)|baby ?(?:mama|daddy)"
           r"|HR department|supervisors?|in-laws|relatives?|guarantors?)")
_PLACES = r"(?:house|home|door|doorstep|front door|work|job|workplace|office|place|school)"
# Whose people, home or debt a court's or a complainant's account speaks of.
_OWNERS = (r"his|her|their|plaintiff'?s|consumer'?s|borrower'?s|victim'?s|debtor'?s"
           r"|customer'?s")
_THEIR = r"(?:" + _OWNERS + r")"
# Where a visit lands, more widely ("your flat", "ur place", "your mum's house", "your village").
_YOUR = r"(?:your|ur|yr)"
_WHERE = (r"(?:house|home|door|doorstep|front (?:door|gate)|gate|work|job|workplace|office|place"
          r"|school|flat|apartment|premises|address|village|home ?town|building|estate|residence"
          r"|property|street|neighbou?rhood|shop|store|church|parking lot|car park|driveway|lobby"
          r"|porch|yard|(?:mom|mum|mother|dad|father"
          r"|parents|family)(?:'s|s')? (?:house|home|place|door))")

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
        # Visits in other words: attending the premises, turning up, knocking, a home visit, "ur
        # place", "round to yours", "see you there" (lawful visits by appointment: UNLESS).
        r"\b(?:attend(?:ing)?|turn(?:ing)? up (?:at|to)|show(?:ing)? up (?:at|to)|camp(?:ing)?"
        r" (?:outside|at)|waiting (?:at|by|near|outside)|find you at|come (?:to|into)|coming (?:to"
        r"|into)|(?:be|been) (?:at|outside)) " + _YOUR + r" " + _WHERE + r"\b",
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
        r" (?:\w+ ){0,2}?(?:at|to|outside|in front of|by|near) (?:my|his|her|their) " + _WHERE
        + r"\b",
        r"\b(?:(?:come|coming|stop|drop|swing) (?:by|round|over) (?:that (?:night|evening|day)"
        r"|tonight|tomorrow|later|this (?:evening|afternoon|morning|week)|today)|(?:calling"
        r"|call|coming|popping|pop) round\b|see(?:ing)? you (?:real |very )?soon"
        r"|parked up|(?:are|is|be) in (?:your|ur) (?:postcode|area|neighbou?rhood|street))\b",
        r"\b(?:would|will|'ll|'d|going to|gonna|threaten(?:ed|ing)? to)\s+(?:\w+\s+){0,2}?"
        r"(?:visit|raid|stake out) (?:my|his|her|their) " + _WHERE + r"\b",
        # Courts' and complainants' accounts: "sitting outside plaintiff's residence".
        r"\b(?:came|turned up|showed up|arrived|knocked|sitting|waiting|parked|show up|turn up"
        r"|come) (?:\w+ ){0,2}?(?:at|to|on|outside|in front of) " + _THEIR + r" " + _WHERE
        + r"\b|\bon (?:his|her|their|my|our|the) way to (?:my|" + _OWNERS + r") " + _WHERE
        + r"\b",
        r"\b(?:physical verification|doorstep collection|home visitation|field (?:officers?"
        r"|executives?|investigation|verification)|pull(?:ing)? up (?:to|on|at) (?:ur|your)"
        r"|(?:ur|your) crib|knock(?:ing)? on (?:yours|ur door))\b",
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
        # Calls to the people around the debtor in other verbs ("rang your mum", "dialing your
        # relatives", "spoken to your sister"), and what those people did or will get.
        r"\b(?:rang|ring|ringing|phoned?|phoning|dial(?:ed|ing|led|ling)?|spoken (?:to|with)"
        r"|wrote to|writing to|reach(?:ing)?|messaging|calling|text(?:ing)?|e-?mailing"
        r"|start (?:calling|ringing|texting|dialing)) (?:all )?(?:of )?" + _YOUR + r" " + _PEOPLE
        + r"\b",
        r"\b" + _YOUR + r" " + _PEOPLE + r"\b[^.!?\n]{0,30}\b(?:answered|picked up|gave (?:us|me)"
        r"|(?:will|'ll) be hearing from us|(?:will|are going to|gonna) (?:get|receive|start "
        r"getting) (?:a |our |the )?(?:calls?|messages?|texts?|emails?|letters?|visits?)|(?:is|are)"
        r" next)\b",
        r"\b(?:got|have|found|get) (?:all )?(?:of )?(?:your|ur) " + _PEOPLE + r"(?:'s|s')? "
        r"(?:numbers?|phones?|contacts?|details|address(?:es)?)\b"
        r"|\b(?:everyone|everybody|all the people|the people) you (?:listed|named|put down"
        r"|gave us)\b"
        r"|\b(?:listed|named|put) you (?:down )?as (?:a |an |his |her |their )?(?:contact"
        r"|reference|referee)\b|\bnext on (?:my|our|the) list\b"
        r"|\bleft (?:a )?(?:message|voicemail)s? with (?:your|ur|the|a) \w+"
        r"|\b(?:is this|are you) (?:\w+|\[\w+\])'s \w+"
        r"|\bthis (?:message )?is for (?:\w+|\[\w+\])'s\b"
        r"|\b(?:to|for) (?:all (?:the )?)?(?:contacts|friends|family|relatives|references"
        r"|guarantors) of\b|\bgroup (?:with|of) (?:all )?(?:your|ur) " + _PEOPLE + r"\b",
        # A message for someone else about the debtor: pass it on, make him pay, he owes.
        r"\b(?:advise|urge|beg|persuade|convince|make) (?:him|her|them) (?:to )?pay\b"
        r"|\blet (?:him|her|them) know (?:that )?(?:we|collections|the collectors?|our office)\b"
        r"|\b(?:your|ur) (?:\w+ )?(?:friend|brother|sister|son|daughter|husband|wife|employee"
        r"|colleague|relative|tenant|cousin|neighbou?r) (?:\[\w+\] |\w+ )?(?:has refused to pay"
        r"|refuses to pay|is owing|owes|has absconded|is a (?:loan )?defaulter)\b"
        r"|\b(?:he|she) (?:is|was) (?:a )?(?:loan |chronic |serial )?defaulter\b"
        r"|\b(?:he|she) (?:is owing|has absconded|ran away with)\b",
        # Told by the one whose people were called: "they called my mother-in-law".
        r"\b(?:call(?:ed|ing)|contact(?:ed|ing)|messag(?:ed|ing)|text(?:ed|ing)|e-?mail(?:ed|ing)"
        r"|rang|ringing|phon(?:ed|ing)|harass(?:ed|ing)|reached|wrote to|writing to|spoke (?:to"
        r"|with)|spoken to|told|telling|visit(?:ed|ing)|went to|showed up at) (?:all )?(?:of )?"
        r"(?:my|his|her|their) (?:\w+ )?" + _PEOPLE + r"\b",
        r"\b(?:references|referees|contacts|people|numbers|guarantors) you (?:provided|gave"
        r"|listed|named|put down)\b|\bincluding (?:your|ur) " + _PEOPLE + r"\b",
        # Calls to the people around the debtor, unnamed or as a complainant tells them.
        r"\b(?:call(?:ed|ing|s)?|contact(?:ed|ing|s)?|harass(?:ed|ing)|messag(?:ed|ing)|text(?:ed"
        r"|ing)|reach(?:ed|ing) out to|phon(?:ed|ing)) (?:several |multiple |other |many |my |his "
        r"|her )?(?:family members|relatives|neighbou?rs|co-?workers|colleagues|references"
        r"|friends and family|third parties|place of (?:work|employment)|job)\b"
        r"|\bleft (?:a )?(?:message|voicemail)s? with (?:my|his|her|their) \w+",
        r"\b(?:call(?:ed|ing)|contact(?:ed|ing)|telephon(?:ed|ing)|messag(?:ed|ing)|text(?:ed|ing)"
        r"|rang|phon(?:ed|ing)|harass(?:ed|ing)|reached|told|visit(?:ed|ing)) (?:\w+ )?" + _THEIR
        + r" (?:\w+ )?" + _PEOPLE + r"\b"
        r"|\bleft (?:a )?(?:\w+ )?(?:message|voicemail)s? with (?:my|the|" + _OWNERS + r")"
        r" (?:\w+ )?\w+",
        r"\b(?:hit(?:ting)? up|had a word with|holla(?:red)? at) (?:your|ur) \w+",
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
        # Publishing in other words: flyers and posters, "made public", online, group chats, the
        # local paper, the whole street learning what is owed.
        r"\b(?:(?:print|put up|stick|post|distribute|hang|paste)\w*\b[^.!?\n]{0,30}\b(?:flyers?"
        r"|posters?|banners?|notices?|leaflets?)|(?:flyers?|posters?|banners?|leaflets?) (?:with"
        r"|of|about|around|at|on)|(?:made|make|making|be) (?:\w+ ){0,3}?(?:public|known to (?:the"
        r" public|everyone|all))|go(?:es|ing)? online|all over (?:the )?(?:internet|web|news"
        r"|facebook|social media)|go(?:ing)? live on|tag (?:you|your \w+) in|your followers"
        r"|(?:family|whatsapp|facebook|office|church|class|school|community) group(?: chat)?"
        r"|group chat|local (?:paper|newspaper|radio|news)|shared (?:publicly|online|with everyone)"
        r"|humiliate (?:you|him|her)|public humiliation|announce (?:your|his|her|it|this)"
        r"|(?:whole|entire) (?:street|building"
        r"|estate|village|town|city|neighbou?rhood|office|family|church|world|contact list)"
        r" (?:will )?(?:knows?|learns?|hears?|sees?|finds? out)|(?:let|tell|show) the (?:whole"
        r"|entire) \w+|expose you|your name (?:on|in) (?:the|a|our) (?:wall|list|board|paper"
        r"|newspaper|notice|group|page)|defaulters? group|(?:created|made|started|opened) a"
        r" (?:whatsapp |facebook |telegram )?(?:group|page)"
        r"|(?:learns?|knows?|hears?|sees?|find out) (?:what|how much) you owe)\b",
        # The debt's details going to the people around the debtor, or told to them.
        r"\b(?:your|ur) (?:debt|loan|account|default|arrears|balance)(?: \w+){0,2}\b[^.!?\n]{0,40}"
        r"\b(?:to|with|going to) (?:all )?(?:of )?(?:your|ur) " + _PEOPLE + r"\b",
        r"\b(?:your|ur) " + _PEOPLE + r"(?:'s|s')?\b[^.!?\n]{0,40}\b(?:get|receive|see|read"
        r"|be sent|hear|getting|receiving)\w*\b[^.!?\n]{0,40}\b(?:debt|loan|account|balance"
        r"|default|how much you owe|what you owe|arrears)",
        r"\b(?:tell|telling|told|show|showing|inform|informing|emailed|texted|messaged) (?:him|her"
        r"|them|everyone|everybody|people|(?:your|ur) " + _PEOPLE
        + r")\b[^.!?\n]{0,30}\b(?:how much you owe|what you owe"
        r"|about (?:your|the) (?:debt|loan|default)|(?:that )?you (?:are in"
        r" default|owe|don't pay|do not pay|never pay|don't honou?r|are a (?:defaulter|debtor)))"
        r"|\b(?:been )?(?:informed|told|notified) of (?:your|the|his|her) (?:debt|loan|default"
        r"|arrears)\b"
        r"|\b(?:to|for) (?:all (?:the )?)?(?:contacts|friends|family|relatives|references"
        r"|guarantors) of\b|\b(?:he|she) (?:is|was) (?:a )?(?:loan |chronic |serial )?defaulter\b"
        r"|\b(?:he|she) (?:is owing|has absconded|ran away with)\b"
        r"|\b(?:your|ur) (?:\w+ )?(?:friend|brother|sister|son|daughter|husband|wife|employee"
        r"|colleague|relative|tenant|cousin|neighbou?r) (?:\[\w+\] |\w+ )?(?:has refused to pay"
        r"|refuses to pay|is owing|has absconded|is a (?:loan )?defaulter)\b"
        r"|\b(?:advise|urge|beg|persuade|convince|make) (?:him|her|them) (?:to )?pay\b",
        # Photos and broadcasts to everyone the debtor knows; a public notice about the debtor.
        r"\b(?:make you (?:famous|viral|popular|a celebrity)|morph\w*|(?:everyone|everybody"
        r"|all the people) you know|do not (?:trust|lend to|deal with) (?:him|her|this (?:person"
        r"|man|woman|guy)|them)|(?:photos?|pictures?|pics|images?|videos?)\b[^.!?\n]{0,30}"
        r"\b(?:sent|send|shared|share|posted|circulated|forwarded)\b[^.!?\n]{0,20}\b(?:to|with|on)"
        r" (?:everyone|everybody|all|your|ur))\b",
        r"^\W*(?:attention|notice|warning|alert|public notice|beware)\W*(?:to )?(?:all|everyone"
        r"|the (?:general )?public)\b",
        r"\b(?:tell|inform|notify|advise)\w*\s+(?:all\s+)?(?:of\s+)?(?:your|ur)\s+(?:\w+(?:'s)?\s+)?"
        + _PEOPLE + r"(?:'s \w+)?\s+(?:about|of)\s+(?:the|this|your)\s+(?:\w+\s+)?(?:debt|account"
        r"|loan|balance|arrears|default)",
        # Told of someone else's debt: "reached his wife and told her he owed". Not "my": the
        # customer's own account of a contact it records as made to the customer (the rules ask
        # who was told, rather than read it as a threat to tell).
        r"\b(?:his|her|their) (?:\w+ )?" + _PEOPLE + r"\b[^.!?\n]{0,40}\babout (?:his|her|their"
        r"|the) (?:\w+ )?(?:debt|loan|account|balance|bill|arrears)",
        r"\b(?:told|informed|notified|texted|messaged|telling) (?:his|her|their) (?:\w+ )?"
        + _PEOPLE + r"\b[^.!?\n]{0,40}\b(?:i|he|she|we) (?:owed|owe|owes|had a debt|was refusing"
        r"|refused|was in default|had not paid|hadn't paid)",
        r"\b(?:discuss\w*|disclos\w*|reveal\w*) (?:the |my |his |her |their |plaintiff'?s )?"
        r"(?:\w+ ){0,3}?(?:debt|account|balance|loan|arrears)\b[^.!?\n]{0,30}\b(?:with|to)"
        r" (?:my|the|a|an|" + _OWNERS + r")\b"
        r"|\b(?:disclos\w*|reveal\w*) (?:the |his |her |their )?(?:balance|amount|debt|existence)"
        r" of (?:the |his |her |their )?(?:debt|loan|account)"
        r"|\b(?:told|informed|notified) (?:a|an|the|" + _OWNERS + r") (?:\w+ )?" + _PEOPLE
        + r"\b[^.!?\n]{0,40}\b(?:owed|owes|had a debt|was in default|had not paid|about the debt)"
        r"|\b(?:doctored|morphed|edited|photoshopped|fake|nude) (?:photos?|pictures?|images?)\b"
        r"|\bcontact lists\b",
        r"\b(?:declare (?:you|him|her) (?:as )?(?:a |an )?(?:fraudster|defaulter|thief|criminal"
        r"|scammer|wanted)|(?:put|putting) (?:you|u|him|her) on blast|(?:tell|telling) them"
        r" (?:that )?you(?:'re| are) (?:a |an )?(?:thief|fraud\w*|scammer|criminal|debtor"
        r"|defaulter))\b",
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
    "impersonation": (
        r"\b(?:this is|i am|i'm|we are|calling from|on behalf of|from)\s+(?:the\s+)?(?:officer|"
        r"detective|deputy|sheriff|agent|investigator|sergeant|sgt|lieutenant|captain|trooper|"
        r"marshal|constable|special agent|federal agent|judge)\b",
        r"\b(?:this is|i am|i'm|we are|calling from|on behalf of)\s+(?!not\b|never\b|no\b)"
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
