"""Channels: the bodies that take complaints, and routing a case to the ones that fit."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from complaint_kit.assess.rules import Citation, Finding
from complaint_kit.model.case import Case

Applies = Callable[[Case, Sequence[Finding]], bool]


class ChannelKind:
    lender = "lender"
    regulator = "regulator"
    association = "association"
    hotline = "hotline"
    police = "police"
    court = "court"
    ombudsman = "ombudsman"


@dataclass(frozen=True)
class Channel:
    id: str
    jurisdiction: str
    name: str
    kind: str  # one of ChannelKind's values, or a plugin's own
    order: int  # the order in which a complainant should use the channels, lowest first
    applies: Applies
    why: str = ""  # why this channel fits, shown when it is recommended
    contact: str = ""  # phone, address, website
    how_to_file: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    deadlines: tuple[str, ...] = ()
    covers: tuple[str, ...] = ()  # institution types it supervises; empty = anyone
    sources: tuple[Citation, ...] = ()
    addressee: str | None = None  # how letters address it, if not ``name``
    # The body needs the complainant's ID number to act on a complaint (the police, a
    # regulator's form). Documents to any other body leave the number out, unless the user
    # asks for it (``draft --with-id-number``).
    takes_id_number: bool = False
    # The texts above in the jurisdiction's other languages, by language:
    # {"zh-Hant": {"name": "…", "how_to_file": ("…",)}}; see ``in_language``.
    translations: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, compare=False)
    # Ids of channels of the same jurisdiction that this one stands in for: for a case this
    # channel applies to, they are not routed (a city's bureau instead of the province's).
    replaces: tuple[str, ...] = ()
    # The only document kinds drafted for it, by id; None: every kind that names its id or kind.
    documents: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        for language, texts in self.translations.items():
            if unknown := set(texts) - TRANSLATABLE:
                raise ValueError(f"channel {self.jurisdiction}/{self.id}: translations"
                                 f"[{language!r}] has {', '.join(sorted(unknown))}, which is "
                                 f"not a text of a channel ({', '.join(sorted(TRANSLATABLE))})")

    def in_language(self, language: str | None) -> Channel:
        """The channel as a case in ``language`` reads it: its translation, where it has one."""
        texts = self.translations.get(language or "")
        return replace(self, **texts) if texts else self

    def as_dict(self) -> dict:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "order": self.order,
            "why": self.why, "contact": self.contact, "how_to_file": list(self.how_to_file),
            "needs": list(self.needs), "deadlines": list(self.deadlines),
            "covers": list(self.covers), "addressee": self.addressee or self.name,
            "sources": [{"source": c.source, "grade": c.grade, "instrument": c.instrument}
                        for c in self.sources],
        }


TRANSLATABLE = frozenset({"name", "why", "contact", "how_to_file", "needs", "deadlines",
                          "addressee"})


def route(case: Case, findings: Sequence[Finding], channels: Iterable[Channel],
          language: str | None = None) -> list[Channel]:
    """The channels that fit the case, in the order the complainant should use them, in
    ``language`` (the case's documents', by default ``case.language``).

    Where a finding is urgent (a threat of violence, a visit announced), the police come first,
    whatever their usual order: that is never made to wait for the lender's reply. A channel
    that applies takes the place of those it ``replaces``.
    """
    language = language or case.language
    fitting = [c for c in channels
               if c.jurisdiction == case.jurisdiction and c.applies(case, findings)]
    replaced = {r for c in fitting for r in c.replaces}
    fitting = [c.in_language(language) for c in fitting if c.id not in replaced]
    urgent = any(f.urgent for f in findings)
    return sorted(fitting, key=lambda c: (not (urgent and c.kind == ChannelKind.police),
                                          c.order, c.id))


@dataclass(frozen=True)
class Amend:
    """A change to a channel or a document kind that another plugin registered, registered with
    the ``register_amendments`` hook. Name ``channel`` or ``document`` (ids in ``jurisdiction``).

    - ``order``: the channel's new place in routing.
    - ``suppress``: the channel is never routed (True), or not for the cases where the function
      ``(case, findings) -> bool`` returns True.
    - ``channels``: the document kind goes only to these channel ids or kinds.
    """

    jurisdiction: str
    channel: str | None = None
    document: str | None = None
    order: int | None = None
    suppress: bool | Applies = False
    channels: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if (self.channel is None) == (self.document is None):
            raise ValueError("an Amend names either a channel or a document kind")
        if self.channel is not None and self.channels is not None:
            raise ValueError(f"Amend of channel {self.channel!r}: `channels` is for a document "
                             "kind")
        if self.document is not None and (self.order is not None or self.suppress):
            raise ValueError(f"Amend of document kind {self.document!r}: `order` and `suppress` "
                             "are for a channel")

    @property
    def target(self) -> tuple[str, str, str]:
        """("channel" or "document kind", jurisdiction, id)."""
        if self.channel is not None:
            return ("channel", self.jurisdiction, self.channel)
        return ("document kind", self.jurisdiction, self.document or "")

    @property
    def fields(self) -> list[str]:
        """The fields it changes."""
        return [name for name, value in (("order", self.order), ("suppress", self.suppress),
                                         ("channels", self.channels))
                if value is not None and value is not False]


def urgency(findings: Sequence[Finding]) -> list[str]:
    """Why the case cannot wait, one reason per urgent finding's reason."""
    return list(dict.fromkeys(r for f in findings for r in f.urgent.splitlines() if r))
