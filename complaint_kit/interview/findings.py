"""The findings screen: what the collectors appear to have done wrong, the questions that could
change that, and where to turn."""

from __future__ import annotations

from typing import Any

from complaint_kit.interview.crisis import show_crisis_lines
from complaint_kit.interview.terminal import Terminal


def channel_for_user(term: Terminal, registry: Any, case: Any, channel: Any) -> Any:
    """A routed channel (in the case's language) in the user's, where the plugin has that
    translation; else as the case has it."""
    base = registry.channel(case.jurisdiction, channel.id)
    return base.in_language(term.lang) if term.lang in base.translations else channel


def show_findings(term: Terminal, case: Any, registry: Any, assessment: Any) -> None:
    """The findings, the open questions, anything urgent, the crisis lines where the user needs
    them, and the channels to turn to in order."""
    _ = term._
    term.write("")
    if assessment.findings:
        term.write(_("What the collectors appear to have done wrong:"))
        for f in assessment.findings:
            term.write(f"  - {f.title}")
    else:
        term.write(_("No rule appears to be broken by the recorded contacts."))
    if assessment.questions:
        term.write(_("Questions that could change the findings (answer them in the case file):"))
        for q in assessment.questions:
            term.write(f"  - {q.question}")
    for reason in assessment.urgent:
        term.write(_("Urgent: {reason}").format(reason=reason))
    if case.harm.self_harm:
        show_crisis_lines(term, case.jurisdiction)
    if assessment.routes:
        term.write("")
        term.write(_("Where to turn, in this order:"))
        for i, channel in enumerate(assessment.routes, 1):
            term.write(f"  {i}. {channel_for_user(term, registry, case, channel).name}")
