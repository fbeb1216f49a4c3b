"""What the UK rules share: message tags, word patterns and helpers.

A rule reads an incident's tags first: the tags recorded in the case (by `import`, by hand) and
the tags the English lexicons give its verbatim content (the shared ``lexicons`` plugin's when it
is installed, and this plugin's British words), so a case typed by hand is judged the same way as
an imported one. Then it reads word patterns of its own, for what no standard tag covers
(pressure to pay, premium-rate numbers, claims that court action has been taken...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from complaint_kit.case import Case, Channel, Incident, Relation

from ..lexicon import LEXICON as UK_LEXICON

try:  # the shared English lexicon (bundled with complaint-kit; optional for an outside install)
    from complaint_kit_lexicons.en import LEXICON as EN_LEXICON
except ImportError:  # pragma: no cover
    EN_LEXICON = None

_LEXICONS = tuple(x for x in (EN_LEXICON, UK_LEXICON) if x is not None)

ABUSE_TAGS = ("threat_violence", "threat_visit", "third_party_contact", "disclosure",
              "criminal_threat", "impersonation", "insult")
THREAT_TAGS = ("threat_violence", "threat_visit")

_I = re.IGNORECASE
_S = r"[^.!?\n]"

# UK-MISLEADING-CONTACT: a reason to get in touch that is not the real one (CONC 7.9.3G).
MISLEADING_CONTACT = re.compile(
    r"\b(?:missed (?:a |your )?(?:delivery|parcel)|tried to deliver|(?:parcel|package|delivery) "
    r"(?:for you|waiting|could not be delivered|is waiting)|we have (?:a|your) (?:parcel|package|"
    r"delivery)|(?:urgent|important|private) (?:personal|family|legal) matter|regarding a "
    r"(?:personal|private) matter|you have (?:won|been selected)|refund (?:is )?due to you)\b", _I)
MISLEADING_CONTACT_TAGS = ("misleading_contact",)

# UK-PREMIUM-RATE: 09 premium-rate, 084/087 special-rate, 118 directory numbers.
PREMIUM_NUMBER = re.compile(r"(?<!\d)(?:0(?:9\d\d|8[47]\d)[\s-]?\d{3}[\s-]?\d{3,4}|118\s?\d{3})"
                            r"(?!\d)")
PREMIUM_TAGS = ("premium_rate",)

# Bailiffs and enforcement agents, and taking goods.
ENFORCEMENT = re.compile(
    r"\b(?:bailiffs?|enforcement (?:agents?|officers?)|high court enforcement|HCEOs?|warrant of "
    r"control|(?:seize|take|remove|clear)(?: control of)? (?:all )?your (?:goods|belongings|car|"
    r"possessions|furniture|things|property))\b", _I)
# Claims that court or enforcement action HAS been taken (UK-FALSE-ACTION-TAKEN).
ACTION_TAKEN = re.compile(
    r"\b(?:(?:court )?(?:claim|proceedings|action|summons) (?:has|have) (?:now )?been (?:issued|"
    r"started|filed|lodged)|(?:a |the )?(?:CCJ|county court judg(?:e)?ment|judg(?:e)?ment) "
    r"(?:has been|was|is now) (?:registered|issued|obtained|entered|granted)|(?:bailiffs?|"
    r"enforcement (?:agents?|officers?)) (?:have|has) been (?:instructed|sent|appointed|"
    r"assigned)|(?:a |the )?warrant (?:has been|was) issued|your (?:case|file|account) has been "
    r"(?:passed|referred|sent|handed) to (?:the )?(?:court|bailiffs|enforcement))\b", _I)
ACTION_TAKEN_TAGS = ("false_action", "false_claim")
# Court action named as a threat (UK-COURT-THREAT, UK-DISPROPORTIONATE).
COURT_THREAT = re.compile(
    r"\b(?:take you to court|(?:court|legal) (?:action|proceedings)|sue you|"
    r"(?:apply|go) (?:to|for) (?:the )?(?:county )?court|CCJ|county court judg(?:e)?ment|"
    r"charging order|order for sale|"
    r"repossess\w*|bankrupt\w*|statutory demand)\b", _I)
DISPROPORTIONATE = re.compile(
    r"\b(?:statutory demand|bankruptcy petition|bankrupt\w*|order for sale|force the sale|"
    r"sell your (?:house|home|flat))\b", _I)
BANKRUPTCY = re.compile(r"\bbankrupt\w*\b", _I)
# UK-PRESSURE: pay all at once, at once, or by borrowing or selling (CONC 7.3.10R).
PRESSURE = re.compile(
    r"\b(?:(?:pay|clear|settle)" + _S + r"{0,30}\b(?:in full|the (?:full|whole|entire) "
    r"(?:balance|amount|debt|sum)|everything|the lot)" + _S + r"{0,30}\b(?:today|tonight|now|"
    r"immediately|by tomorrow|this week|within \w+ hours?)"
    r"|within (?:the next )?(?:24|48|twenty-four|forty-eight|one|two|three|\d) hours?"
    r"|(?:borrow|get) (?:it|the money|a loan)" + _S + r"{0,20}\bfrom (?:your )?(?:family|friends|"
    r"parents|mum|dad|relatives)|take out (?:a|another) (?:loan|credit card|payday loan)|"
    r"(?:get|take) a payday loan|sell (?:your )?(?:car|house|home|flat|belongings|jewellery|"
    r"possessions|furniture)|remortgage|use (?:your |another )?credit card to pay)\b", _I)
PRESSURE_TAGS = ("pressure",)
# UK-IDENTITY-CHECK: demands to the occupier, or to everyone at an address.
OCCUPIER = re.compile(r"\b(?:the (?:current )?occupiers?|the occupants?|to whom it may concern|"
                      r"all residents|anyone (?:living|at) (?:this|the) address)\b", _I)
OCCUPIER_TAGS = ("identity_not_checked", "occupier")
# Details of a debt, in a message that reached someone else.
DEBT_DETAILS = re.compile(r"£\s?\d|\b(?:balance|arrears|debt|debts|owes?|owing|overdue|loan|"
                          r"account|unpaid|missed payments?|in default|collections?)\b", _I)
# A solicitor, trade body or official capacity claimed (UK-FALSE-AUTHORITY).
AUTHORITY_CLAIM = re.compile(
    r"\b(?:(?:this is|i am|i'm|we are|we're)\s+(?:your |a |the )?(?:solicitors?|lawyers?|"
    r"court officers?)|member of (?:the )?\w+ (?:association|institute)|official (?:court|"
    r"government) (?:notice|document|papers)|notice of (?:enforcement|seizure|court action)|"
    r"court summons|summons to appear)\b", _I)
FAKE_DOCUMENT_TAGS = ("fake_document", "official_looking")
PUBLIC_TAGS = ("public", "workplace", "workplace_visit", "postcard")
IGNORED_REQUEST_TAGS = ("ignored_request",)
VISIT_PURPOSE_TAGS = ("purpose_not_explained",)
VISIT_CONDUCT_TAGS = ("entered_without_consent", "threatening_visit", "inappropriate_location")

WORKPLACE_RELATIONS = (Relation.employer, Relation.colleague)
WORKPLACE_WORDS = re.compile(r"\b(?:work|workplace|office|shop|factory|site|school|college)\b",
                             _I)


@lru_cache(maxsize=4096)
def _classify(text: str) -> frozenset[str]:
    found: set[str] = set()
    for lexicon in _LEXICONS:
        found.update(lexicon.classify(text))
    return frozenset(found)


def tags(incident: Incident) -> set[str]:
    """The incident's recorded tags and the tags its verbatim content earns."""
    recorded = {t.strip().lower() for t in incident.tags}
    return recorded | (_classify(incident.content) if incident.content else set())


def tagged(incident: Incident, wanted: Iterable[str]) -> bool:
    return bool(tags(incident) & set(wanted))


def said(incident: Incident, pattern: re.Pattern) -> list[str]:
    """The words of ``pattern`` found in the incident's content."""
    return list(dict.fromkeys(m.group(0) for m in pattern.finditer(incident.content or "")))


def quoted(incidents: Iterable[Incident], pattern: re.Pattern, limit: int = 4) -> str:
    """Up to ``limit`` of the words found, quoted for an explanation: " (e.g. ‘bailiffs’)"."""
    found = sorted({w for i in incidents for w in said(i, pattern)}, key=str.lower)
    if not found:
        return ""
    return " (e.g. " + ", ".join(f"‘{w}’" for w in found[:limit]) + ")"


def ids(incidents: Iterable[Incident]) -> list[str]:
    return [i.id or "" for i in incidents]


def local_day(case: Case, incident: Incident) -> date:
    return case.local_time(incident).date()


def to_third_party(incident: Incident) -> bool:
    return incident.to.relation.is_third_party


def at_workplace(incident: Incident) -> bool:
    return (incident.to.relation in WORKPLACE_RELATIONS
            or tagged(incident, ("workplace", "workplace_visit"))
            or (incident.channel == Channel.visit
                and bool(WORKPLACE_WORDS.search(incident.location or ""))))


def count(n: int, one: str, many: str | None = None) -> str:
    """'1 contact', '3 contacts'."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
