"""Rules, their citations, and the engine that turns a case into findings.

A rule is a pure function of the Case: it reads facts and returns hits; it never does I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .case import Case, Incident


class Binding(StrEnum):
    """How strongly a cited text binds; letters cite binding law first."""

    law = "binding"  # statutes, regulations, rules: binding on everyone they address
    judicial = "judicial"  # judicial interpretations and opinions
    regulator = "regulator"  # regulators' rules binding on the firms they supervise
    standard = "recommended standard"  # e.g. GB/T: industry baseline, not mandatory
    self_regulation = "self-regulation"  # association guidelines binding members only
    case_law = "case law"  # persuasive or typical cases
    guidance = "guidance"

    @property
    def rank(self) -> int:
        """Its place in the order above: binding law first."""
        return _RANKS[self]


_RANKS = {binding: n for n, binding in enumerate(Binding)}


UNVERIFIED = "UNVERIFIED"


@dataclass(frozen=True)
class Citation:
    """One cited provision, exactly as the legal reference records it."""

    instrument: str
    article: str | None
    binding: Binding
    source: str  # address (URL, or the reference collection's path)
    grade: str  # the reference's own grade, kept exactly as written: "A", "B−", "High", ...
    gist: str | None = None  # short quotation or paraphrase from the reference

    @property
    def verified(self) -> bool:
        return self.grade.strip().upper() != UNVERIFIED

    @property
    def label(self) -> str:
        """How a letter names it; an unverified provision is never named by article."""
        if not self.verified or not self.article:
            return self.instrument
        return f"{self.instrument}{self.article}" if _cjk(self.instrument) else \
            f"{self.instrument}, {self.article}"


def _cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@dataclass(frozen=True)
class Hit:
    """What a rule returns when the facts fit: the incidents that show it and why."""

    incidents: Sequence[str] = ()
    explanation: str = ""
    # A rule may choose among its citations by the facts (e.g. the law in force on the day).
    citations: Sequence[Citation] | None = None


RuleCheck = Callable[[Case], Hit | Iterable[Hit] | None]


@dataclass(frozen=True)
class Rule:
    id: str
    jurisdiction: str
    title: str
    citations: tuple[Citation, ...]
    check: RuleCheck
    summary: str = ""
    # A rule built on a point the reference marks unverified is a pointer, never a hard rule.
    verified: bool = True
    # The title in the jurisdiction's other languages, by language ("en" for Hong Kong).
    titles: Mapping[str, str] = field(default_factory=dict)

    def title_for(self, language: str | None) -> str:
        return self.titles.get(language or "", self.title)


@dataclass
class Finding:
    rule_id: str
    title: str
    incidents: list[str]
    explanation: str
    citations: list[Citation]
    verified: bool = True
    unverified_notes: list[str] = field(default_factory=list)

    @property
    def quotable(self) -> list[Citation]:
        """The citations a letter may name, binding law first."""
        return sorted((c for c in self.citations if c.verified), key=lambda c: c.binding.rank)

    def as_dict(self) -> dict:
        return {
            "rule": self.rule_id,
            "title": self.title,
            "incidents": self.incidents,
            "explanation": self.explanation,
            "verified": self.verified,
            "citations": [
                {"instrument": c.instrument, "article": c.article if c.verified else None,
                 "label": c.label, "binding": str(c.binding), "source": c.source,
                 "grade": c.grade, "gist": c.gist if c.verified else None}
                for c in sorted(self.citations, key=lambda c: c.binding.rank)
            ],
            "unverified_notes": self.unverified_notes,
        }


def run_rules(case: Case, rules: Iterable[Rule]) -> list[Finding]:
    """Apply every rule of the case's jurisdiction; one finding per rule that fits."""
    findings = []
    for rule in rules:
        if rule.jurisdiction != case.jurisdiction:
            continue
        result = rule.check(case)
        hits = [result] if isinstance(result, Hit) else list(result or ())
        if not hits:
            continue
        incidents: list[str] = []
        citations: list[Citation] = []
        for hit in hits:
            incidents += [i for i in hit.incidents if i not in incidents]
            citations += [c for c in (hit.citations or rule.citations) if c not in citations]
        findings.append(Finding(
            rule_id=rule.id,
            title=rule.title_for(case.language),
            incidents=incidents,
            explanation="\n".join(h.explanation for h in hits if h.explanation),
            citations=citations,
            verified=rule.verified,
            unverified_notes=[f"{c.instrument}: {c.gist}" if c.gist else c.instrument
                              for c in citations if not c.verified],
        ))
    return findings


def incidents_where(case: Case, predicate: Callable[[Incident], bool]) -> list[Incident]:
    """Helper for rule authors: the incidents that satisfy ``predicate``."""
    return [i for i in case.incidents if predicate(i)]
