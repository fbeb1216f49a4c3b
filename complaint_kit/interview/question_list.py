"""`interview --list-questions`: every question as the skeleton of an answers file.

Each question is a commented block, its prompt in the user's language, then its type, whether it
is required, its choices and its condition, then ``id:`` — so the output can be saved and filled
in as an answers file (``interview --answers``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from complaint_kit.i18n import localise
from complaint_kit.interview.question import Question, load_questions

if TYPE_CHECKING:
    from complaint_kit.plugins.registry import Registry

INCIDENT_FIELDS = ("time", "channel", "number", "text", "to", "wording", "automated",
                   "audience", "answered", "verified_false")


def _value(value: Any) -> str:
    """A value as an answers file writes it: true, null, 8000, cn."""
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def condition_text(condition: Mapping[str, Any] | None) -> str:
    """A `when` condition in words: "cn_police_warned = true and x is set"."""
    if not condition:
        return ""
    if "all" in condition:
        return " and ".join(f"({condition_text(c)})" if "any" in c else condition_text(c)
                            for c in condition["all"])
    if "any" in condition:
        return " or ".join(condition_text(c) for c in condition["any"])
    if "not" in condition:
        return f"not ({condition_text(condition['not'])})"
    return " and ".join(_field_tests(condition))


def _field_tests(condition: Mapping[str, Any]) -> list[str]:
    """The tests a condition makes of its one field, in words."""
    field = condition.get("field", "?")
    parts = []
    if "equals" in condition:
        parts.append(f"{field} = {_value(condition['equals'])}")
    if "in" in condition:
        parts.append(f"{field} in [{', '.join(_value(v) for v in condition['in'])}]")
    if "is_set" in condition:
        parts.append(f"{field} is {'set' if condition['is_set'] else 'not set'}")
    if "contains" in condition:
        parts.append(f"{field} contains {_value(condition['contains'])}")
    return parts


def questions_for(registry: Registry, jurisdiction: str | None) -> list[Question]:
    """The questions in the order asked: the core's and the plugins'; with ``jurisdiction``,
    only those asked in its cases (a plugin's replacement instead of the core question)."""
    from complaint_kit.interview.engine import CORE_QUESTIONS, merge_questions

    questions = merge_questions(load_questions(CORE_QUESTIONS), registry.questions)
    if jurisdiction is None:
        return questions
    asked = [q for q in questions if q.jurisdiction in (None, jurisdiction)]
    replaced = {q.replaces for q in asked if q.replaces}
    return [q for q in asked if q.id not in replaced]


def render(registry: Registry, jurisdiction: str | None, lang: str) -> str:
    places = {code: j.choice_label() for code, j in sorted(registry.jurisdictions.items())}
    if jurisdiction is not None and jurisdiction not in places:
        registry.jurisdiction(jurisdiction)  # raises UnknownName, which names those loaded
    return "\n\n".join(_block(q, jurisdiction, lang, places)
                       for q in questions_for(registry, jurisdiction)) + "\n"


def _block(q: Question, jurisdiction: str | None, lang: str, places: dict[str, Any]) -> str:
    """One question in an answers file: its prompt, what it takes and when, its choices, and
    its id with no answer."""
    lines = [f"# {line}" for line in localise(q.prompt, lang).splitlines()]
    lines.append("# " + "; ".join(_facts(q, jurisdiction)))
    choices = (tuple(places.items()) if q.choices_from == "jurisdictions" else q.choices)
    if choices:
        shown = ", ".join(f"{_value(v)} = {localise(label, lang)}" for v, label in choices)
        lines.append(f"# choices: {shown}")
    if q.type == "incidents":
        lines.append("# a list of contacts, each with: " + ", ".join(INCIDENT_FIELDS))
    lines.append(f"{q.id}:")
    return "\n".join(lines)


def _facts(q: Question, jurisdiction: str | None) -> list[str]:
    """What a question takes, where and when it is asked."""
    facts = [f"type: {q.type}" + (" (required)" if q.required else "")]
    if q.jurisdiction and jurisdiction is None:
        facts.append(f"only in {q.jurisdiction} cases")
    if q.replaces:
        facts.append(f"asked instead of {q.replaces}")
    if q.when:
        facts.append(f"when: {condition_text(q.when)}")
    return facts
