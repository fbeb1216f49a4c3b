"""Interview questions as data: the Question record, its `when` conditions and target paths.

Questions come from YAML (the core's ``questions/core.yaml``) or from plugins through the
``register_questions`` hook. Nothing here is specific to a place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

TYPES = ("text", "text_list", "choice", "multi_choice", "flags", "yes_no", "date", "datetime",
         "phone", "money", "national_id", "incidents")


@dataclass(frozen=True)
class Question:
    """One question. ``prompt``/``help`` are either an English message id (translated through
    the core's gettext catalogs) or a mapping language → text (plugins carry their own)."""

    id: str
    prompt: str | Mapping[str, str]
    target: str  # where the answer goes in the case data: "complainant.name", "facts.x"...
    type: str = "text"
    # (value, label); a value may be true/false (a yes/no with more to say) or null ("I don't
    # know": nothing is stored)
    choices: tuple[tuple[Any, str | Mapping[str, str]], ...] = ()
    choices_from: str | None = None  # "jurisdictions": filled in by the interview
    help: str | Mapping[str, str] | None = None
    when: Mapping[str, Any] | None = None
    validator: str | None = None
    required: bool = False
    jurisdiction: str | None = None  # asked only in cases of this jurisdiction
    after: str | None = None  # for plugin questions: the question id they follow
    also: tuple[str, ...] = ()  # further paths that receive the same answer
    sets: Mapping[str, Any] | None = None  # paths set to these values once it has an answer
    replaces: str | None = None  # a plugin question asked instead of this core question
    # Paths set from the answer through a table, {path: {answer: value}}: a place's own
    # categories can fill the case's general field too (an answer not in the table sets none).
    sets_from: Mapping[str, Mapping[Any, Any]] | None = None
    # A short name for the answer, for the review ("Amount borrowed"); a message id or a
    # mapping language → text. None: the front end shortens the prompt.
    label: str | Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"question {self.id!r}: unknown type {self.type!r}")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], **defaults: Any) -> Question:
        data = {**defaults, **data}
        choices = data.pop("choices", None) or ()
        if isinstance(choices, Mapping):
            choices = tuple(choices.items())
        else:
            choices = tuple((c, c) if isinstance(c, str) else (c["value"], c["label"])
                            for c in choices)
        if isinstance(data.get("also"), str | list):
            data["also"] = tuple([data["also"]] if isinstance(data["also"], str) else
                                 data["also"])
        return cls(choices=choices, **data)


def load_questions(path: Path, **defaults: Any) -> list[Question]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Question.from_dict(item, **defaults) for item in data["questions"]]


# `when` conditions: a small language of mappings, never eval().
#   {"field": "q", "equals": v} | {"field": "q", "in": [...]} | {"field": "q", "is_set": true}
#   {"field": "q", "contains": v} (multi-choice) | {"all": [...]} | {"any": [...]} | {"not": {...}}


def with_labels(questions: list[Question], labels: Mapping[str, tuple[str, ...]],
                languages: tuple[str, ...] = ("zh-Hans", "zh-Hant", "en")) -> list[Question]:
    """The questions, each whose id ``labels`` names given its short review label in each of
    ``languages`` (one text per language, in that order)."""
    return [replace(q, label=dict(zip(languages, labels[q.id], strict=True)))
            if q.id in labels else q for q in questions]


def holds(condition: Mapping[str, Any] | None, answers: Mapping[str, Any]) -> bool:
    if not condition:
        return True
    if "all" in condition:
        return all(holds(c, answers) for c in condition["all"])
    if "any" in condition:
        return any(holds(c, answers) for c in condition["any"])
    if "not" in condition:
        return not holds(condition["not"], answers)
    return _field_holds(condition, answers)


def _field_holds(condition: Mapping[str, Any], answers: Mapping[str, Any]) -> bool:
    """Whether the answer to the condition's field passes each of its tests."""
    if "field" not in condition:
        raise ValueError(f"condition without a field: {dict(condition)!r}")
    value = answers.get(condition["field"])
    tests: dict[str, Callable[[Any], bool]] = {
        "equals": lambda v: value == v,
        "in": lambda v: value in v,
        "is_set": lambda v: (value not in (None, "", [])) == bool(v),
        "contains": lambda v: isinstance(value, list) and v in value,
    }
    known = [k for k in condition if k in tests]
    if not known:
        raise ValueError(f"condition without a test: {dict(condition)!r}")
    return all(tests[k](condition[k]) for k in known)


# Target paths: dotted keys; "[key=value,...]" picks the list item with those keys, creating it.
_SEGMENT = re.compile(r"([^.\[\]]+)(?:\[([^\]]*)\])?")


def _parts(target: str) -> list[tuple[str, dict[str, str] | None]]:
    parts = []
    for name, selector in _SEGMENT.findall(target):
        keys = dict(kv.split("=", 1) for kv in selector.split(",")) if selector else None
        parts.append((name, keys))
    return parts


def get_path(data: Mapping[str, Any], target: str) -> Any:
    node: Any = data
    for name, keys in _parts(target):
        if not isinstance(node, Mapping) or name not in node:
            return None
        node = node[name]
        if keys is not None:
            node = next((i for i in node or [] if isinstance(i, Mapping) and all(
                str(i.get(k)) == v for k, v in keys.items())), None)
    return node


def set_path(data: dict[str, Any], target: str, value: Any) -> None:
    """Set (or with ``value`` None, remove) the value at ``target``, creating what is missing."""
    parts = _parts(target)
    node = data
    for i, (name, keys) in enumerate(parts):
        last = i == len(parts) - 1
        if keys is None:
            if last:
                if value is None:
                    node.pop(name, None)
                else:
                    node[name] = value
                return
            node = node.setdefault(name, {})
            continue
        items = node.setdefault(name, [])
        item = _item(items, keys)
        if item is None:
            if value is None:
                return
            item = dict(keys)
            items.append(item)
        if last:
            item.clear()
            item.update({**keys, **(value or {})})
            return
        node = item


def _item(items: list[dict[str, Any]], keys: dict[str, str]) -> dict[str, Any] | None:
    """The first list item whose values for ``keys`` are those given (compared as text)."""
    return next((x for x in items if all(str(x.get(k)) == v for k, v in keys.items())), None)
