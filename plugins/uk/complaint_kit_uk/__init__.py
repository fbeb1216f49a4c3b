"""United Kingdom: rules, channels, documents and templates for complaint-kit.

FCA CONC 7 (binding on authorised firms collecting credit debts), the Protection from Harassment
Act 1997, the Administration of Justice Act 1970 s.40, the DMCC Act 2024 and the Consumer Credit
Act 1974, as shared/reference/law-uk.md records them; complaints go to the firm, then the
Financial Ombudsman Service, and harassment to the police.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from complaint_kit.jurisdiction_plugin import JurisdictionPlugin
from complaint_kit.tagging import TAGS

from .channels import CHANNELS, POLICE_REPORT_RULES
from .documents import DOCUMENTS
from .facts import conc_applies, deadlines, fos_covers
from .jurisdiction import HOURS_TEXT, UK
from .lexicon import LEXICON
from .questions import QUESTIONS, VALIDATORS
from .rules import RULES
from .validation import validate

__version__ = "0.1.0"


def extra_context(analysis, document, context):
    """``uk``: the complaint deadlines, whether CONC and the Ombudsman apply, and which findings
    rest on an unverified point (so that letters can say to check them)."""
    case = analysis.case
    return {"uk": {
        **deadlines(case),
        "conc_applies": conc_applies(case),
        "fos_covers": fos_covers(case),
        "hours": HOURS_TEXT,
        "police_rules": list(POLICE_REPORT_RULES),
        "unverified_rules": [f["rule"] for f in context["findings"] if not f["verified"]],
        "tag_counts": tag_counts(analysis),
        "told_about_debt": told_about_debt(case, context["findings"]),
    }}


def told_about_debt(case, findings):
    """The other people the findings say were given the debt (UK-DISCLOSURE, UK-PUBLIC-
    EMBARRASSMENT): relation and name, once each, for a sentence that says no more than that."""
    found = {x for f in findings if f["rule"] in ("UK-DISCLOSURE", "UK-PUBLIC-EMBARRASSMENT")
             for x in f["incidents"]}
    people = []
    for i in case.incidents:
        if i.id in found and i.to.relation.is_third_party:
            person = {"relation": str(i.to.relation), "name": i.to.name}
            if person not in people:
                people.append(person)
    return people


def tag_counts(analysis):
    """Standard tag -> contacts carrying it, as the rules see them (the tags the classifiers
    give each contact's text, with the recorded ones)."""
    counts: Counter = Counter()
    for i in analysis.incidents:
        reasons = dict(analysis.tags(i))
        if reasons.get("threat_visit") and all(
                w.lower().startswith("at your ") and w.count(" ") == 2
                for w in reasons["threat_visit"]):
            del reasons["threat_visit"]  # "at your work" names a place, not a visit
        counts.update(set(reasons))
    return {t: counts[t] for t in TAGS if counts[t]}


plugin = JurisdictionPlugin(
    UK,
    rules=RULES,
    channels=CHANNELS,
    documents=DOCUMENTS,
    templates=Path(__file__).parent / "templates",
    questions=QUESTIONS,
    answer_validators=VALIDATORS,
    classifiers=[LEXICON],
    extra_context=extra_context,
    validate=validate,
)
