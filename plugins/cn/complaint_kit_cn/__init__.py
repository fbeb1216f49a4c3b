"""Mainland China (中国大陆): rules, channels, documents and templates for complaint-kit."""

from __future__ import annotations

from pathlib import Path

from complaint_kit.api import JurisdictionPlugin

from .channels import CHANNELS
from .documents import DOCUMENTS
from .jurisdiction import CN
from .letters import extra_context
from .lexicon import LEXICON
from .questions import QUESTIONS, VALIDATORS
from .rules import RULES
from .validation import validate

__version__ = "0.1.0"

plugin = JurisdictionPlugin(
    CN,
    rules=RULES,
    channels=CHANNELS,
    documents=DOCUMENTS,
    templates=Path(__file__).parent / "templates",
    questions=QUESTIONS,
    answer_validators=VALIDATORS,
    classifiers=[LEXICON],
    validate=validate,
    extra_context=extra_context,
)
