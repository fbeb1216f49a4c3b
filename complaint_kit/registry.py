"""A typed facade over the plugin manager: what the loaded plugins contribute, by kind."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import pluggy

from .analysis import Analysis
from .case import Case
from .caseio import Problem
from .channels import Channel
from .documents import DocumentKind
from .importing import Importer
from .jurisdiction import Jurisdiction
from .question import Question
from .rules import Rule, check_citations
from .tagging import Classifier, Tagger

T = TypeVar("T")


class UnknownName(LookupError):
    """A jurisdiction, channel or document kind that no loaded plugin provides."""


class Registry:
    def __init__(self, pm: pluggy.PluginManager):
        self.pm = pm
        self.jurisdictions: dict[str, Jurisdiction] = {
            j.code: j for j in self._collect(pm.hook.register_jurisdictions, "jurisdiction",
                                             lambda j: j.code)}
        self.rules: list[Rule] = self._collect(pm.hook.register_rules, "rule", lambda r: r.id)
        for rule in self.rules:  # a rule that cannot say how strong it is fails at load
            check_citations(rule)
        self.channels: list[Channel] = self._collect(
            pm.hook.register_channels, "channel", lambda c: (c.jurisdiction, c.id))
        self.documents: list[DocumentKind] = self._collect(
            pm.hook.register_document_kinds, "document kind", lambda d: (d.jurisdiction, d.id))
        self.questions: list[Question] = self._collect(
            pm.hook.register_questions, "question", lambda q: q.id)
        self.classifiers: list[Classifier] = self._collect(
            pm.hook.register_classifiers, "classifier", lambda c: (c.language, c.name))
        self.importers: list[Importer] = self._collect(
            pm.hook.register_importers, "importer", lambda i: i.name)
        self.answer_validators: dict[str, Callable[[str], str | None]] = {}

        def add_validator(name: str, check: Callable[[str], str | None]) -> None:
            if name in self.answer_validators:
                raise ValueError(f"two plugins register the answer validator {name!r}")
            self.answer_validators[name] = check

        pm.hook.register_answer_validators(register=add_validator)
        self.template_dirs: list[Path] = []
        pm.hook.register_template_dirs(register=lambda p: self.template_dirs.append(Path(p)))

    @staticmethod
    def _collect(hook: Any, what: str, key: Callable[[T], Any]) -> list[T]:
        items: dict[Any, T] = {}

        def register(item: T) -> None:
            k = key(item)
            if k in items:
                raise ValueError(f"two plugins register the {what} {k!r}")
            items[k] = item

        hook(register=register)
        return list(items.values())

    def jurisdiction(self, code: str) -> Jurisdiction:
        try:
            return self.jurisdictions[code]
        except KeyError:
            known = ", ".join(sorted(self.jurisdictions)) or "none; is a plugin installed?"
            raise UnknownName(f"unknown jurisdiction {code!r} (loaded: {known})") from None

    def rules_for(self, code: str) -> list[Rule]:
        return [r for r in self.rules if r.jurisdiction == code]

    def channels_for(self, code: str) -> list[Channel]:
        return sorted((c for c in self.channels if c.jurisdiction == code),
                      key=lambda c: (c.order, c.id))

    def channel(self, code: str, channel_id: str) -> Channel:
        return _by_id(self.channels_for(code), channel_id, f"channel in {code!r}")

    def documents_for(self, code: str) -> list[DocumentKind]:
        return [d for d in self.documents if d.jurisdiction == code]

    def document(self, code: str, doc_id: str) -> DocumentKind:
        return _by_id(self.documents_for(code), doc_id, f"document kind in {code!r}")

    def tagger(self, language: str) -> Tagger:
        """A tagger for cases in ``language``: every classifier, each message read by those of
        the language it is written in (see ``Tagger``); falsy when ``language`` has none."""
        return Tagger(language, self.classifiers)

    def importer(self, name: str) -> Importer:
        return _by_id(self.importers, name, "importer", key="name")

    def importer_for(self, path: Path) -> Importer | None:
        """The first importer that recognises the file, or None."""
        with open(path, "rb") as f:
            head = f.read(4096)
        return next((i for i in self.importers if i.sniff(path, head)), None)

    def apply_defaults(self, data: dict) -> dict:
        """Fill a raw case's language and time zone from its jurisdiction, when it is known."""
        jurisdiction = self.jurisdictions.get(data.get("jurisdiction"))  # type: ignore[arg-type]
        if jurisdiction is None:
            return data
        return {"language": jurisdiction.language, "timezone": jurisdiction.timezone, **{
            k: v for k, v in data.items() if v is not None or k not in ("language", "timezone")}}

    def validate_case(self, case: Case) -> list[Problem]:
        problems: list[Problem] = []
        if case.jurisdiction not in self.jurisdictions:
            known = ", ".join(sorted(self.jurisdictions)) or "none"
            problems.append(Problem("jurisdiction", f"unknown jurisdiction "
                                    f"{case.jurisdiction!r} (installed: {known})"))
            return problems
        for result in self.pm.hook.validate_case(case=case):
            problems += result or []
        return problems

    def extra_context(self, analysis: Analysis, document: str, context: dict[str, Any]) -> dict:
        extra: dict[str, Any] = {}
        for result in reversed(self.pm.hook.extra_render_context(
                case=analysis.case, document=document, context=context, analysis=analysis)):
            extra.update(result or {})
        return extra


def _by_id(items: list[T], wanted: str, what: str, key: str = "id") -> T:
    for item in items:
        if getattr(item, key) == wanted:
            return item
    known = ", ".join(getattr(item, key) for item in items)
    raise UnknownName(f"no {what} has the {key} {wanted!r} (known: {known or 'none'})")


@cache
def get_registry() -> Registry:
    from .plugins import load_plugins

    return Registry(load_plugins())
