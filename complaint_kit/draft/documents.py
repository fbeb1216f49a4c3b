"""Document kinds: what can be drafted, from which template, addressed to which channels."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from complaint_kit.assess.rules import Finding
from complaint_kit.model.case import Case

if TYPE_CHECKING:
    from complaint_kit.assess.routing import Channel

Wanted = Callable[[Case, Sequence[Finding]], bool]


def _always(case: Case, findings: Sequence[Finding]) -> bool:
    return True


# The tests most document kinds use for ``wanted``.


def findings_made(case: Case, findings: Sequence[Finding]) -> bool:
    """At least one rule appears to be broken."""
    return bool(findings)


def evidence_given(case: Case, findings: Sequence[Finding]) -> bool:
    """The case lists evidence (screenshots, recordings, exports)."""
    return bool(case.evidence)


def pattern_shown(case: Case, findings: Sequence[Finding]) -> bool:
    """The case records contacts, and at least one rule appears to be broken: the contacts
    are worth a chronology of their own."""
    return bool(case.incidents) and bool(findings)


@dataclass(frozen=True)
class DocumentKind:
    id: str  # unique within its jurisdiction: "complaint", "police-report", "evidence-index"
    jurisdiction: str
    title: str
    # Jinja2 template name, e.g. "cn/complaint.md.j2"; "{language}" in it becomes the case's
    # language, for a jurisdiction that drafts in more than one ("hk/{language}/complaint.md.j2").
    template: str
    # Channel ids or kinds it is addressed to; one document per routed channel that matches.
    # Empty: one document, addressed to nobody in particular (an evidence index, a report).
    channels: tuple[str, ...] = ()
    formats: tuple[str, ...] = ("docx",)  # "docx", "txt" (text for a web portal)
    wanted: Wanted = _always  # whether a case calls for this document at all
    description: str = ""
    titles: Mapping[str, str] = field(default_factory=dict)  # the title in other languages

    def title_for(self, language: str | None) -> str:
        return self.titles.get(language or "", self.title)

    def template_for(self, language: str) -> str:
        return self.template.replace("{language}", language)

    def addresses(self, channel_id: str, channel_kind: str) -> bool:
        return channel_id in self.channels or channel_kind in self.channels

    def goes_to(self, channel: Channel) -> bool:
        """Whether one of this kind is drafted for the channel: the kind names it (by id or
        kind), and the channel takes this kind (``Channel.documents``)."""
        return self.addresses(channel.id, channel.kind) and (
            channel.documents is None or self.id in channel.documents)
