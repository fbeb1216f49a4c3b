"""Hong Kong (香港): rules, channels, documents, questions and message words for complaint-kit.

Drafts in Traditional Chinese (Hong Kong usage) or English, by the case's ``language``.
"""

from __future__ import annotations

from pathlib import Path

from complaint_kit.api import JurisdictionPlugin

from .channels import CHANNELS
from .context import hk_context
from .documents import DOCUMENTS
from .jurisdiction import HK
from .lexicon import LEXICONS
from .questions import QUESTIONS, VALIDATORS
from .rules import RULES
from .validation import validate

__version__ = "0.1.0"

plugin = JurisdictionPlugin(
    HK,
    rules=RULES,
    channels=CHANNELS,
    documents=DOCUMENTS,
    templates=Path(__file__).parent / "templates",
    questions=QUESTIONS,
    answer_validators=VALIDATORS,
    classifiers=LEXICONS,
    extra_context=hk_context,
    validate=validate,
)
