"""The English lexicon's words for the people around a debtor: contacting them, and telling them
(or the public) of the debt."""

from __future__ import annotations

from .en_words import OWNERS, PEOPLE, SENTENCE, THEIR, YOUR

PEOPLE_PATTERNS: dict[str, tuple[str, ...]] = {
    "third_party_contact": (
        r"\b(?:tell|told|call(?:ed|ing)?|contact(?:ed|ing)?|notif(?:y|ied)|inform(?:ed)?"
        r"|text(?:ed)?|e-?mail(?:ed)?|reach(?:ed|ing)? out to|let|talk(?:ed)? to|spoke (?:to|with)"
        r"|speak (?:to|with)|got in touch with|messag(?:e|ed)|visit(?:ed)?"
        r"|left (?:a )?messages? (?:with|for))\s+(?:all\s+)?"
        r"(?:of\s+)?your\s+" + PEOPLE
        + r"\b",
        r"\byour " + PEOPLE + SENTENCE
        + r"{0,20}\b(?:will|is going to|are going to|has been|have been"
        r"|was|were) (?:know|find out|hear|(?:be )?(?:told|notified|contacted|called|informed))\b",
        r"\beveryone in your (?:contacts|phone|contact list)\b",
        r"\b(?:send|sending|sent|mail(?:ing|ed)?|forward(?:ing|ed)?|cc(?:ing)?)\b" + SENTENCE
        + r"{0,40}\bto (?:all (?:of )?)?your " + PEOPLE + r"\b",
        r"\byour " + PEOPLE + r" (?:gave|told|sent) us\b",
        r"\bwe (?:already |have )?(?:called|contacted|told|texted|spoke (?:to|with)|notified) "
        r"your " + PEOPLE + r"\b",
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
        r" (?:call|contact|visit|tell)?\s*(?:my|his|her) " + PEOPLE + r"\b",
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
        r"|start (?:calling|ringing|texting|dialing)) (?:all )?(?:of )?" + YOUR + r" " + PEOPLE
        + r"\b",
        r"\b" + YOUR + r" " + PEOPLE + r"\b[^.!?\n]{0,30}\b(?:answered|picked up|gave (?:us|me)"
        r"|(?:will|'ll) be hearing from us|(?:will|are going to|gonna) (?:get|receive|start "
        r"getting) (?:a |our |the )?(?:calls?|messages?|texts?|emails?|letters?|visits?)|(?:is|are)"
        r" next)\b",
        r"\b(?:got|have|found|get) (?:all )?(?:of )?(?:your|ur) " + PEOPLE + r"(?:'s|s')? "
        r"(?:numbers?|phones?|contacts?|details|address(?:es)?)\b"
        r"|\b(?:everyone|everybody|all the people|the people) you (?:listed|named|put down"
        r"|gave us)\b"
        r"|\b(?:listed|named|put) you (?:down )?as (?:a |an |his |her |their )?(?:contact"
        r"|reference|referee)\b|\bnext on (?:my|our|the) list\b"
        r"|\bleft (?:a )?(?:message|voicemail)s? with (?:your|ur|the|a) \w+"
        r"|\b(?:is this|are you) (?:\w+|\[\w+\])'s \w+"
        r"|\bthis (?:message )?is for (?:\w+|\[\w+\])'s\b"
        r"|\b(?:to|for) (?:all (?:the )?)?(?:contacts|friends|family|relatives|references"
        r"|guarantors) of\b|\bgroup (?:with|of) (?:all )?(?:your|ur) " + PEOPLE + r"\b",
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
        r"(?:my|his|her|their) (?:\w+ )?" + PEOPLE + r"\b",
        r"\b(?:references|referees|contacts|people|numbers|guarantors) you (?:provided|gave"
        r"|listed|named|put down)\b|\bincluding (?:your|ur) " + PEOPLE + r"\b",
        # Calls to the people around the debtor, unnamed or as a complainant tells them.
        r"\b(?:call(?:ed|ing|s)?|contact(?:ed|ing|s)?|harass(?:ed|ing)|messag(?:ed|ing)|text(?:ed"
        r"|ing)|reach(?:ed|ing) out to|phon(?:ed|ing)) (?:several |multiple |other |many |my |his "
        r"|her )?(?:family members|relatives|neighbou?rs|co-?workers|colleagues|references"
        r"|friends and family|third parties|place of (?:work|employment)|job)\b"
        r"|\bleft (?:a )?(?:message|voicemail)s? with (?:my|his|her|their) \w+",
        r"\b(?:call(?:ed|ing)|contact(?:ed|ing)|telephon(?:ed|ing)|messag(?:ed|ing)|text(?:ed|ing)"
        r"|rang|phon(?:ed|ing)|harass(?:ed|ing)|reached|told|visit(?:ed|ing)) (?:\w+ )?" + THEIR
        + r" (?:\w+ )?" + PEOPLE + r"\b"
        r"|\bleft (?:a )?(?:\w+ )?(?:message|voicemail)s? with (?:my|the|" + OWNERS + r")"
        r" (?:\w+ )?\w+",
        r"\b(?:hit(?:ting)? up|had a word with|holla(?:red)? at) (?:your|ur) \w+",
    ),
    "disclosure": (
        r"\b(?:post|posting|share|sharing|publish|publishing|put)\b" + SENTENCE
        + r"{0,30}\b(?:(?:on|to) "
        r"(?:facebook|social media|instagram|twitter|x|tiktok|linkedin|the internet)|online)\b",
        r"\b(?:tell|inform|notify)\s+(?:all\s+)?(?:of\s+)?your\s+" + PEOPLE
        + r"\s+about\s+(?:the|this|your)\s+(?:debt|account|loan|balance)\b",
        r"\byour " + PEOPLE + SENTENCE + r"{0,40}\babout (?:your|the|this) (?:unpaid |outstanding "
        r"|overdue |past-due )?(?:debt|balance|account|loan|bill)s?\b",
        r"\byour " + PEOPLE + SENTENCE + r"{0,20}\b(?:will|are going to|is going to) "
        r"(?:know|find out|hear about|learn|see)\b",
        r"\b(?:everyone|everybody|the whole (?:town|neighbou?rhood|office)|all your "
        + PEOPLE + r") will (?:know|see|find out)\b",
        r"\b(?:send|sending|sent|mail(?:ing|ed)?|forward(?:ing|ed)?)\b" + SENTENCE
        + r"{0,40}\b(?:notice|statement|bill|letter)\b" + SENTENCE
        + r"{0,20}\bto (?:all (?:of )?)?your "
        + PEOPLE
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
        r"\b(?:to|with|going to) (?:all )?(?:of )?(?:your|ur) " + PEOPLE + r"\b",
        r"\b(?:your|ur) " + PEOPLE + r"(?:'s|s')?\b[^.!?\n]{0,40}\b(?:get|receive|see|read"
        r"|be sent|hear|getting|receiving)\w*\b[^.!?\n]{0,40}\b(?:debt|loan|account|balance"
        r"|default|how much you owe|what you owe|arrears)",
        r"\b(?:tell|telling|told|show|showing|inform|informing|emailed|texted|messaged) (?:him|her"
        r"|them|everyone|everybody|people|(?:your|ur) " + PEOPLE
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
        + PEOPLE + r"(?:'s \w+)?\s+(?:about|of)\s+(?:the|this|your)\s+(?:\w+\s+)?(?:debt|account"
        r"|loan|balance|arrears|default)",
        # Told of someone else's debt: "reached his wife and told her he owed". Not "my": the
        # customer's own account of a contact it records as made to the customer (the rules ask
        # who was told, rather than read it as a threat to tell).
        r"\b(?:his|her|their) (?:\w+ )?" + PEOPLE + r"\b[^.!?\n]{0,40}\babout (?:his|her|their"
        r"|the) (?:\w+ )?(?:debt|loan|account|balance|bill|arrears)",
        r"\b(?:told|informed|notified|texted|messaged|telling) (?:his|her|their) (?:\w+ )?"
        + PEOPLE + r"\b[^.!?\n]{0,40}\b(?:i|he|she|we) (?:owed|owe|owes|had a debt|was refusing"
        r"|refused|was in default|had not paid|hadn't paid)",
        r"\b(?:discuss\w*|disclos\w*|reveal\w*) (?:the |my |his |her |their |plaintiff'?s )?"
        r"(?:\w+ ){0,3}?(?:debt|account|balance|loan|arrears)\b[^.!?\n]{0,30}\b(?:with|to)"
        r" (?:my|the|a|an|" + OWNERS + r")\b"
        r"|\b(?:disclos\w*|reveal\w*) (?:the |his |her |their )?(?:balance|amount|debt|existence)"
        r" of (?:the |his |her |their )?(?:debt|loan|account)"
        r"|\b(?:told|informed|notified) (?:a|an|the|" + OWNERS + r") (?:\w+ )?" + PEOPLE
        + r"\b[^.!?\n]{0,40}\b(?:owed|owes|had a debt|was in default|had not paid|about the debt)"
        r"|\b(?:doctored|morphed|edited|photoshopped|fake|nude) (?:photos?|pictures?|images?)\b"
        r"|\bcontact lists\b",
        r"\b(?:declare (?:you|him|her) (?:as )?(?:a |an )?(?:fraudster|defaulter|thief|criminal"
        r"|scammer|wanted)|(?:put|putting) (?:you|u|him|her) on blast|(?:tell|telling) them"
        r" (?:that )?you(?:'re| are) (?:a |an )?(?:thief|fraud\w*|scammer|criminal|debtor"
        r"|defaulter))\b",
    ),
}
