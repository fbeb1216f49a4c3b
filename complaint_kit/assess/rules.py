"""Rules, their citations, and the engine that turns a case into findings.

A rule is a pure function of the case's ``Analysis`` (the case, every incident's tags, local
times and counts): it returns hits, or asks for a fact it lacks; it never does I/O.

A finding is only as strong as its facts. Each citation says what kind of basis it is
(``Basis``); a criminal or penalty provision is cited only with the ``Element``s that name, for
each element or threshold it needs, the fact of the case that meets it. Where a fact is missing,
a rule asks (``Ask``) instead of stating.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from complaint_kit.assess.analysis import Analysis


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


class Basis(StrEnum):
    """What kind of law a provision is, weakest first: what its breach can lead to."""

    baseline = "industry baseline"  # standards, codes and guidelines: evidence of good practice
    civil = "civil"  # a claim the victim can bring: damages, an injunction
    regulatory = "regulatory"  # a supervisor's rule binding the lender: complaints, sanctions
    administrative = "administrative"  # a penalty the police or an authority impose
    criminal = "criminal"  # an offence

    @property
    def penal(self) -> bool:
        """Whether citing it accuses someone of an offence or a punishable act."""
        return self in (Basis.administrative, Basis.criminal)

    @property
    def rank(self) -> int:
        return _BASIS_RANKS[self]


_BASIS_RANKS = {basis: n for n, basis in enumerate(Basis)}

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
    basis: Basis | None = None  # required for a rule's citations (checked when rules load)

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
class Element:
    """One element or threshold of a provision, and the fact of the case that meets it."""

    element: str  # what the provision needs: "in public", "50 or more items"
    fact: str  # what in the case meets it: "posted in a group chat of 40 people (I7)"
    incidents: Sequence[str] = ()

    def as_dict(self) -> dict:
        return {"element": self.element, "fact": self.fact, "incidents": list(self.incidents)}


@dataclass(frozen=True)
class Hit:
    """What a rule returns when the facts fit: the incidents that show it and why."""

    incidents: Sequence[str] = ()
    explanation: str = ""
    # A rule may choose among its citations by the facts (e.g. the law in force on the day).
    citations: Sequence[Citation] | None = None
    # For every criminal or penalty citation: the facts that meet each of its elements.
    elements: Mapping[Citation, Sequence[Element]] = field(default_factory=dict)
    # Why this cannot wait (a threat of violence, a visit announced for today): the police and
    # other urgent channels then come first, with this as the reason.
    urgent: str = ""


@dataclass(frozen=True)
class Ask:
    """A fact the rule needs and the case lacks, put to the user as a question, never stated.

    ``would_cite`` names what the answer could support, so the user sees why it matters.
    """

    question: str
    would_cite: Sequence[Citation] = ()
    incidents: Sequence[str] = ()


RuleResult = Hit | Ask | Iterable[Hit | Ask] | None
RuleCheck = Callable[["Analysis"], RuleResult]


class RuleError(Exception):
    """A rule that broke its contract or raised; the message names the rule."""


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


def rule_maker(jurisdiction: str) -> Callable[..., Rule]:
    """A shorthand for a plugin's rule table: ``rule = rule_maker("xx")``, then
    ``rule("XX-NIGHT", "Calls at night", night, [c.NIGHT_CALLS, ...])``. The citations keep
    their order and lose repeats (tables often share one citation between grouped lists)."""

    def rule(rule_id: str, title: str, check: RuleCheck, citations: Iterable[Citation],
             summary: str = "", verified: bool = True, **more: Any) -> Rule:
        return Rule(rule_id, jurisdiction, title, tuple(dict.fromkeys(citations)), check,
                    summary, verified, **more)

    return rule


@dataclass
class Finding:
    rule_id: str
    title: str
    incidents: list[str]
    explanation: str
    citations: list[Citation]
    verified: bool = True
    unverified_notes: list[str] = field(default_factory=list)
    elements: dict[Citation, list[Element]] = field(default_factory=dict)
    urgent: str = ""

    @property
    def quotable(self) -> list[Citation]:
        """The citations a letter may name, binding law first."""
        return sorted((c for c in self.citations if c.verified), key=lambda c: c.binding.rank)

    @property
    def basis(self) -> Basis | None:
        """Its strength: the strongest kind of basis among the citations a letter may name
        (None when it rests only on unverified points)."""
        return max((c.basis for c in self.quotable if c.basis), key=lambda b: b.rank,
                   default=None)

    def as_dict(self) -> dict:
        return {
            "rule": self.rule_id,
            "title": self.title,
            "incidents": self.incidents,
            "explanation": self.explanation,
            "verified": self.verified,
            "basis": str(self.basis) if self.basis else None,
            "urgent": self.urgent or None,
            "citations": [
                {"instrument": c.instrument, "article": c.article if c.verified else None,
                 "label": c.label, "binding": str(c.binding),
                 "basis": str(c.basis) if c.basis else None, "source": c.source,
                 "grade": c.grade, "gist": c.gist if c.verified else None,
                 "elements": [e.as_dict() for e in self.elements.get(c, ())]}
                for c in sorted(self.citations, key=lambda c: c.binding.rank)
            ],
            "unverified_notes": self.unverified_notes,
        }


@dataclass
class OpenQuestion:
    """An ``Ask`` of one rule, as the assessment reports it."""

    rule_id: str
    question: str
    would_cite: list[Citation]
    incidents: list[str]

    def as_dict(self) -> dict:
        return {"rule": self.rule_id, "question": self.question, "incidents": self.incidents,
                "would_cite": [c.label for c in self.would_cite]}


def run_rules(analysis: Analysis, rules: Iterable[Rule]
              ) -> tuple[list[Finding], list[OpenQuestion]]:
    """Apply every rule of the case's jurisdiction: one finding per rule that fits, and the
    questions rules ask where a fact is missing."""
    case = analysis.case
    findings: list[Finding] = []
    questions: list[OpenQuestion] = []
    for rule in rules:
        if rule.jurisdiction != case.jurisdiction:
            continue
        try:
            result = rule.check(analysis)
        except Exception as exc:  # a plugin's bug, not the user's: name the rule
            raise RuleError(f"rule {rule.id} failed: {type(exc).__name__}: {exc}") from exc
        items = results(result)
        for ask in (i for i in items if isinstance(i, Ask)):
            questions.append(OpenQuestion(rule.id, ask.question, list(ask.would_cite),
                                      list(ask.incidents)))
        hits = [i for i in items if isinstance(i, Hit)]
        if hits:
            findings.append(_finding(rule, hits, case.language))
    return findings, questions


def _finding(rule: Rule, hits: list[Hit], language: str | None) -> Finding:
    incidents: list[str] = []
    citations: list[Citation] = []
    elements: dict[Citation, list[Element]] = {}
    for hit in hits:
        incidents += [i for i in hit.incidents if i not in incidents]
        cited = hit.citations if hit.citations is not None else rule.citations
        check_hit(rule, hit)
        for c in cited:
            if c not in citations:
                citations.append(c)
            elements.setdefault(c, [])
            elements[c] += [e for e in hit.elements.get(c, ()) if e not in elements[c]]
    return Finding(
        rule_id=rule.id,
        title=rule.title_for(language),
        incidents=incidents,
        explanation="\n".join(h.explanation for h in hits if h.explanation),
        citations=citations,
        verified=rule.verified,
        unverified_notes=[f"{c.instrument}: {c.gist}" if c.gist else c.instrument
                          for c in citations if not c.verified],
        elements={c: e for c, e in elements.items() if e},
        urgent="\n".join(dict.fromkeys(h.urgent for h in hits if h.urgent)),
    )


def check_hit(rule: Rule, hit: Hit) -> None:
    """Raise RuleError if a hit breaks the contract: every citation says its basis, and a penal
    one comes with the facts that meet its elements."""
    for c in hit.citations if hit.citations is not None else rule.citations:
        if c.basis is None:
            raise RuleError(f"rule {rule.id}: no basis (civil, regulatory, ...) for {c.label}")
        if c.basis.penal and not hit.elements.get(c):  # unverified ones too: check shows them
            raise RuleError(f"rule {rule.id} cites {c.label} ({c.basis}) without the facts "
                            "that meet its elements")


def results(result: RuleResult) -> list[Hit | Ask]:
    """What a rule's check returned, as a list."""
    return [result] if isinstance(result, Hit | Ask) else list(result or ())


def check_citations(rule: Rule) -> None:
    """Every citation a rule may give says what kind of basis it is."""
    missing = [c.label for c in rule.citations if c.basis is None]
    if missing:
        raise RuleError(f"rule {rule.id}: no basis (civil, regulatory, ...) for "
                        + ", ".join(missing))
