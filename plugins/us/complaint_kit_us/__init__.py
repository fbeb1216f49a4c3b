"""United States: FDCPA and Regulation F rules (with California and Massachusetts overlays),
channels, documents, interview questions and templates for complaint-kit."""

from __future__ import annotations

from pathlib import Path

from complaint_kit.api import JurisdictionPlugin

from .channels import CHANNELS
from .context import render_context
from .documents import DOCUMENTS
from .jurisdiction import US
from .lexicon import LEXICON
from .questions import QUESTIONS, VALIDATORS
from .rules import RULES
from .validation import validate

__version__ = "0.1.0"


def extra_context(analysis, document, context):
    return {"us": render_context(analysis, context)}


plugin = JurisdictionPlugin(
    US,
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
