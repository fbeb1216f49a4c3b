"""Mainland China (中国大陆): rules, channels, documents and templates for complaint-kit."""

from __future__ import annotations

from pathlib import Path

from complaint_kit import hookimpl

from .channels import CHANNELS
from .documents import DOCUMENTS
from .jurisdiction import CN
from .questions import QUESTIONS, VALIDATORS
from .rules import RULES
from .validation import validate

__version__ = "0.1.0"


@hookimpl
def register_jurisdictions(register):
    register(CN)


@hookimpl
def register_rules(register):
    for rule in RULES:
        register(rule)


@hookimpl
def register_channels(register):
    for channel in CHANNELS:
        register(channel)


@hookimpl
def register_document_kinds(register):
    for kind in DOCUMENTS:
        register(kind)


@hookimpl
def register_template_dirs(register):
    register(Path(__file__).parent / "templates")


@hookimpl
def register_questions(register):
    for question in QUESTIONS:
        register(question)


@hookimpl
def register_answer_validators(register):
    for name, check in VALIDATORS.items():
        register(name, check)


@hookimpl
def validate_case(case):
    if case.jurisdiction == CN.code:
        return validate(case)
    return None
