"""How the Hong Kong checks name the person contacted and give the collector's words."""

from __future__ import annotations

from complaint_kit.api import Analysis, Incident

from .matching import (
    quoted,
    relation_names,
    say,
)


def contacted_whom(a: Analysis, i: Incident) -> str:
    if not i.to.relation.is_third_party:
        return say(a, "本人", "me")
    name = relation_names(a, [i])[0]
    return say(a, f"{name}{i.to.name or ''}", f"{name} {i.to.name or ''}".strip())


def said_or_recalled(a: Analysis, incidents: list[Incident], *tags: str) -> str:
    """The words, quoted where the collector's own, or a note that it is my account."""
    words = quoted(a, incidents, *tags)
    if words:
        return words
    return say(a, "（據本人憶述）", "(as I recall it)")


def quote_after(a: Analysis, incidents: list[Incident], *tags: str) -> str:
    """": “words”" after a sentence, or nothing where there is nothing to quote."""
    words = quoted(a, incidents, *tags)
    return f"{say(a, '：', ': ')}{words}" if words else ""
