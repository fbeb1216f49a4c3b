"""Taiwan (臺灣): rules, channels, documents and templates for complaint-kit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from complaint_kit.api import JurisdictionPlugin

from .channels import CHANNELS
from .deadlines import request_basis, timeline
from .documents import DOCUMENTS
from .jurisdiction import TW
from .letters import letter_context
from .lexicon import LEXICON
from .questions import QUESTIONS, VALIDATORS
from .rules import RULES
from .rules.matching import agency_involved, is_card_issuer, principal_type, regulated
from .validation import validate

__version__ = "0.1.0"


def extra_context(analysis, document, context):
    case = analysis.case
    today = case.signed_on or context.get("today") or date.today()  # as of the letter's date
    return {"tw": {
        **timeline(case, today),
        "basis": request_basis(),
        "regulated": regulated(case),
        "principal_type": principal_type(case),
        "card_issuer": is_card_issuer(case),
        "agency": agency_involved(case),
        "letter": letter_context(context, request_basis(), document),
    }}


plugin = JurisdictionPlugin(
    TW,
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
