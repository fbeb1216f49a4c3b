"""The English lexicon's families of paraphrase (issue 15): each abusive paraphrase gets its tag,
with the words that matched as its reason; each lawful look-alike (an FDCPA notice, a visit by
appointment, a denial, a scam warning, a victim's account of what was not said) gets no tag from
the whole English tagger (the lexicons and the n-gram model)."""

from __future__ import annotations

import pytest
from complaint_kit_lexicons.en import LEXICON

from complaint_kit.plugins.registry import get_registry

# (message, tag, the words the reason must quote)
FAMILIES = [
    # Harm in plain verbs, to the body, to property and pets, and in idiom.
    ("Pay this week or somebody is going to get hurt.", "threat_violence", "get hurt"),
    ("Keep dodging me and I will cut you.", "threat_violence", "cut you"),
    ("You like your kneecaps? Then find the money.", "threat_violence", "like your kneecaps"),
    ("Nice truck. Be a shame if we set your truck on fire.", "threat_violence",
     "set your truck on fire"),
    ("We can settle this the easy way or the hard way.", "threat_violence", "the hard way"),
    ("Don't let me catch you outside alone after dark.", "threat_violence",
     "catch you outside"),
    ("They will deal with you mercilessly if you ignore this.", "threat_violence",
     "deal with you mercilessly"),
    # Visits that never say "visit".
    ("Our guys will be outside your flat from six.", "threat_visit", "outside your"),
    ("Two agents will attend your premises on Monday.", "threat_visit",
     "attend your premises"),
    ("we r on our way to ur place", "threat_visit", "on our way to ur"),
    ("Expect a knock at the door one of these nights.", "threat_visit", "knock at the door"),
    ("He said they would have a man waiting outside my house.", "threat_visit",
     "would have a man waiting outside my house"),
    # The people around the debtor, told and called, in other verbs.
    ("We rang your mum twice today.", "third_party_contact", "rang your mum"),
    ("Your brother picked up when we called, lovely man.", "third_party_contact",
     "Your brother picked up"),
    ("From today we call everyone you listed on the form.", "third_party_contact",
     "everyone you listed"),
    ("They have been calling my coworkers at the depot.", "third_party_contact",
     "calling my coworkers"),
    ("Your friend [NAME] has refused to pay his loan.", "third_party_contact",
     "friend [NAME] has refused to pay"),
    # Publishing the debt.
    ("We will print posters with your photo for the whole estate.", "disclosure",
     "print posters"),
    ("Your video will go online tonight.", "disclosure", "go online"),
    ("We've added you to our defaulters group.", "disclosure", "defaulters group"),
    ("Your boss will receive a letter about your overdue loan.", "disclosure",
     "Your boss will receive a letter about your overdue loan"),
    ("ATTENTION ALL: this man borrowed and ran.", "disclosure", "ATTENTION ALL"),
    # Crimes alleged without "crime" words the older lexicon knew.
    ("Not paying back a loan is a criminal offence here.", "criminal_threat",
     "criminal offence"),
    ("A police report has been filed in your name.", "criminal_threat", "police report"),
    ("You obtained money by false pretences.", "criminal_threat",
     "obtained money by false pretences"),
    ("We will have you detained at the airport.", "criminal_threat", "have you detained"),
    # Invented legal offices, process servers, titles with masked names, narrated posing.
    ("This is the legal department of Apex Credit regarding your case.", "impersonation",
     "legal department"),
    ("I am a process server and I need your address.", "impersonation", "process server"),
    ("Message from the Asset Recovery Bureau.", "impersonation", "Asset Recovery Bureau"),
    ("You have reached the Department of Judgments.", "impersonation",
     "Department of Judgments"),
    ("Detective [NAME] needs you to call him back.", "impersonation", "Detective [NAME]"),
    ("The caller claimed to be a deputy with the sheriff's office.", "impersonation",
     "claimed to be a deputy"),
    # Abuse in other words and masked profanity.
    ("You are a disgrace and a failure.", "insult", "You are a disgrace"),
    ("Piece of sh*t, answer your phone.", "insult", "sh*t"),
    ("Shut your mouth and pay, you dirty debtor.", "insult", "Shut your mouth"),
    ("You have no shame at all.", "insult", "have no shame"),
    # Accounts by courts and complainants.
    ("The collector telephoned plaintiff's sister every evening.", "third_party_contact",
     "telephoned plaintiff's sister"),
    ("The agent discussed the debt with my landlord.", "disclosure",
     "discussed the debt with my"),
    ("The caller threatened me with physical harm.", "threat_violence", "physical harm"),
    ("He said he was sitting outside plaintiff's residence.", "threat_visit",
     "sitting outside plaintiff's residence"),
    ("The notice was made to look like it came from a court.", "impersonation",
     "made to look like it came from a court"),
    ("The collector cursed at me and called me a liar.", "insult", "cursed at me"),
    # The loan apps' English and street slang.
    ("We have sent thugs to your street.", "threat_violence", "thugs"),
    ("Our field executives will be at your home for doorstep collection.", "threat_visit",
     "doorstep collection"),
    ("We will declare you a fraudster on every platform.", "disclosure",
     "declare you a fraudster"),
    ("Pay now, you ungrateful goat.", "insult", "ungrateful"),
]

LAWFUL = [
    "This is an attempt to collect a debt. Any information obtained will be used for that "
    "purpose.",
    "If you do not dispute this debt within 30 days, we may refer your account to an attorney.",
    "We may report your account to the credit bureaus if it stays unpaid.",
    "Our field agent would like to visit you at home by appointment; you can ask them to leave.",
    "We would like to arrange a home visit at a time convenient for you.",
    "Nobody from our office will ever turn up at your door unannounced.",
    "We will never contact your employer, family or friends about this debt.",
    "We will not share your information with your contacts.",
    "Beware of callers who say they are from a legal department and threaten arrest.",
    "If someone claiming to be a process server demands payment, it is a scam.",
    "You cannot be arrested for a civil debt, and this is not a criminal matter.",
    "Nobody threatened to arrest me; they asked when I could pay.",
    "At no point did they say they would tell my family.",
    "They called my mother only to ask for my new phone number.",
    "We are not the police and we never pretend to be.",
    "Please call our customer care team to set up a payment plan.",
    "Our field officer will visit only with your consent and after a prior appointment.",
    "Please update your contact persons in the app.",
    "The collector never used profanity and was polite throughout.",
    "He called me a few times last week to ask about a payment date.",
    "Can you please stop using profanity on a recorded line?",
]


@pytest.mark.parametrize(("text", "tag", "words"), FAMILIES)
def test_an_abusive_paraphrase_gets_its_tag_with_the_words_as_its_reason(text, tag, words):
    found = LEXICON.classify(text)
    assert tag in found, (text, found)
    assert any(words.casefold() in w.casefold() for w in found[tag]), (words, found[tag])
    assert all(w in text for w in found[tag])  # the reason quotes the message


@pytest.mark.parametrize("text", LAWFUL)
def test_a_lawful_look_alike_gets_no_tag_from_the_english_tagger(text):
    tagging = get_registry().tagger("en").tag(text)
    assert tagging.tags == [], (text, {t: tagging.reason(t) for t in tagging.tags})


def test_a_denial_of_the_same_words_withdraws_only_the_denied_tag():
    said = LEXICON.classify("We rang your mum, you idiot.")
    denied = LEXICON.classify("We never rang your mum, you idiot.")
    assert "third_party_contact" in said
    assert "third_party_contact" not in denied and "insult" in denied
