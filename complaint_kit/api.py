"""The one module a plugin imports: everything a jurisdiction, regulator or lexicon plugin
builds with, and nothing else.

    from complaint_kit.api import Citation, DocumentKind, Rule, hookimpl

Stability: the names in ``__all__`` keep their meaning and their call signatures within an
``API_VERSION`` major version; a name may be added in a minor version. Everything else in
``complaint_kit`` is internal and may move or change in any release. The built-in plugins
import only from here, as a third party's would (a test checks it).
"""

from __future__ import annotations

from complaint_kit.assess.analysis import (
    Analysis,
    as_date,
    fact_date,
    ids,
    local_day,
    redial_runs,
)
from complaint_kit.assess.ngram_model import NgramModel
from complaint_kit.assess.routing import Amend, Channel, ChannelKind
from complaint_kit.assess.rules import (
    UNVERIFIED,
    Ask,
    Basis,
    Binding,
    Citation,
    Element,
    Finding,
    Hit,
    Rule,
    RuleCheck,
    rule_maker,
)
from complaint_kit.assess.tagging import TAGS, Lexicon
from complaint_kit.casefile.problems import Problem, id_number_problems
from complaint_kit.draft.documents import DocumentKind, evidence_given, findings_made, pattern_shown
from complaint_kit.draft.formats import formats
from complaint_kit.evidence.importing import Record
from complaint_kit.i18n import series
from complaint_kit.interview.answers import Normalised, translated
from complaint_kit.interview.question import Question, with_labels
from complaint_kit.model.case import (
    Audience,
    Case,
    Incident,
    InstitutionType,
    LoanPurpose,
    Medium,
    PriorAction,
    Relation,
    RespondentRole,
)
from complaint_kit.model.jurisdiction import CrisisLine, Currency, Era, Jurisdiction, Typography
from complaint_kit.plugins.hookspecs import hookimpl
from complaint_kit.plugins.jurisdiction import JurisdictionPlugin

API_VERSION = (1, 2)  # 1.1: fact_date, local_day, as_date; 1.2: series, id_number_problems

__all__ = [
    "API_VERSION",
    "TAGS",
    "UNVERIFIED",
    "Amend",
    "Analysis",
    "Ask",
    "Audience",
    "Basis",
    "Binding",
    "Case",
    "Channel",
    "ChannelKind",
    "Citation",
    "CrisisLine",
    "Currency",
    "DocumentKind",
    "Element",
    "Era",
    "Finding",
    "Hit",
    "Incident",
    "InstitutionType",
    "Jurisdiction",
    "JurisdictionPlugin",
    "Lexicon",
    "LoanPurpose",
    "Medium",
    "NgramModel",
    "Normalised",
    "PriorAction",
    "Problem",
    "Question",
    "Record",
    "Relation",
    "RespondentRole",
    "Rule",
    "RuleCheck",
    "Typography",
    "as_date",
    "evidence_given",
    "fact_date",
    "findings_made",
    "formats",
    "hookimpl",
    "id_number_problems",
    "ids",
    "local_day",
    "pattern_shown",
    "redial_runs",
    "rule_maker",
    "series",
    "translated",
    "with_labels",
]
