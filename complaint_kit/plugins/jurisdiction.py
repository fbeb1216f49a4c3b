"""A whole jurisdiction as one plugin object, so that a plugin package declares what it brings
instead of writing the same hook functions again::

    plugin = JurisdictionPlugin(XX, rules=RULES, channels=CHANNELS, documents=DOCUMENTS,
                                templates=Path(__file__).parent / "templates")

and points its entry point at it: ``xx = "complaint_kit_xx:plugin"``. A plugin that needs more
than this implements the hooks itself (``complaint_kit.plugins.hookspecs``), as any plugin may.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from complaint_kit.plugins.hookspecs import hookimpl

if TYPE_CHECKING:
    from complaint_kit.assess.analysis import Analysis
    from complaint_kit.assess.routing import Amend, Channel
    from complaint_kit.assess.rules import Rule
    from complaint_kit.assess.tagging import Classifier
    from complaint_kit.casefile.load import Problem
    from complaint_kit.draft.documents import DocumentKind
    from complaint_kit.interview.question import Question
    from complaint_kit.model.case import Case
    from complaint_kit.model.jurisdiction import Jurisdiction


class JurisdictionPlugin:
    def __init__(self, jurisdiction: Jurisdiction, *, rules: Iterable[Rule] = (),
                 channels: Iterable[Channel] = (), documents: Iterable[DocumentKind] = (),
                 templates: Path | None = None, questions: Iterable[Question] = (),
                 answer_validators: Mapping[str, Callable[[str], str | None]] | None = None,
                 classifiers: Iterable[Classifier] = (),
                 validate: Callable[[Case], list[Problem]] | None = None,
                 extra_context: Callable[[Analysis, str, dict[str, Any]], dict | None] | None
                 = None, amendments: Iterable[Amend] = ()):
        self.jurisdiction = jurisdiction
        self.rules = list(rules)
        self.channels = list(channels)
        self.documents = list(documents)
        self.templates = templates
        self.questions = list(questions)
        self.answer_validators = dict(answer_validators or {})
        self.classifiers = list(classifiers)
        self.validate = validate
        self.extra_context = extra_context
        self.amendments = list(amendments)  # changes to other plugins' channels and documents

    def __repr__(self) -> str:
        return f"<JurisdictionPlugin {self.jurisdiction.code}>"

    @hookimpl
    def register_jurisdictions(self, register):
        register(self.jurisdiction)

    @hookimpl
    def register_rules(self, register):
        for rule in self.rules:
            register(rule)

    @hookimpl
    def register_channels(self, register):
        for channel in self.channels:
            register(channel)

    @hookimpl
    def register_document_kinds(self, register):
        for kind in self.documents:
            register(kind)

    @hookimpl
    def register_amendments(self, register):
        for amendment in self.amendments:
            register(amendment)

    @hookimpl
    def register_template_dirs(self, register):
        if self.templates is not None:
            register(self.templates)

    @hookimpl
    def register_questions(self, register):
        for question in self.questions:
            register(question)

    @hookimpl
    def register_answer_validators(self, register):
        for name, check in self.answer_validators.items():
            register(name, check)

    @hookimpl
    def register_classifiers(self, register):
        for classifier in self.classifiers:
            register(classifier)

    @hookimpl
    def validate_case(self, case):
        if self.validate is not None and case.jurisdiction == self.jurisdiction.code:
            return self.validate(case)
        return None

    @hookimpl
    def extra_render_context(self, case, document, context, analysis):
        if self.extra_context is not None and case.jurisdiction == self.jurisdiction.code:
            return self.extra_context(analysis, document, context)
        return None
