"""The choices the interview offers about each contact typed in: whom it reached, whether its
words are exact, whether it was automated, who could see it."""

from __future__ import annotations


def N_(message: str) -> str:
    """Marks an English message id that the catalogs translate where it is shown."""
    return message


# What the interview asks about each contact typed one by one, as (value, label) choices. An
# answer left empty is unknown and stored as nothing (the case model's own default applies).
WHOM = (  # whom the contact reached, the people collectors call most first; see GROUPS
    ("debtor", N_("me")),
    ("parent", N_("my father or mother")),
    ("spouse", N_("my husband, wife or partner")),
    ("child", N_("my son or daughter")),
    ("relative", N_("another relative (brother, sister…)")),
    ("employer", N_("my employer or workplace (boss, HR, front desk)")),
    ("colleague", N_("a colleague")),
    ("contact", N_("someone in my phone book")),
    ("friend", N_("a friend")),
    ("other", N_("someone else (emergency contact, guarantor, group chat…)")),
)
RELATIVES = (
    ("sibling", N_("my brother or sister")),
    ("relative", N_("another relative")),
)
OTHERS = (
    ("emergency_contact", N_("my emergency contact (given to the lender)")),
    ("guarantor", N_("the guarantor of the loan")),
    ("public", N_("a group chat or a public post")),
    ("other", N_("someone else")),
)
# A choice in WHOM that leads to a short list (its own value is the list's last choice).
GROUPS = {"relative": RELATIVES, "other": OTHERS}
WORDING = (
    ("verbatim", N_("the exact words (copied from the message or a recording)")),
    ("described", N_("my own description of what was said")),
)
AUTOMATED = ((True, N_("yes, a recording or an automatic voice")), (False, N_("no, a person")))
ASKED_TO_STOP = ((True, N_("yes")), (False, N_("no")))
AUDIENCE = (
    ("private", N_("privately, to one person")),
    ("group", N_("in a group chat")),
    ("public", N_("publicly (a post anyone could see)")),
)
# The channels whose messages are written (so that their words can be copied exactly).
WRITTEN = ("sms", "im", "letter", "email", "social_post")
