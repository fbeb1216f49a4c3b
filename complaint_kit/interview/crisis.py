"""The crisis lines, shown when the user says they have thought of harming themselves."""

from __future__ import annotations

from complaint_kit.i18n import localise
from complaint_kit.interview.terminal import Terminal


def show_crisis_lines(term: Terminal, place: str | None) -> None:
    """The place's crisis lines (from its plugin), or, without any, the advice to call the
    local emergency number."""
    _ = term._
    jurisdiction = term.registry.jurisdictions.get(place) if term.registry and place else None
    lines = jurisdiction.crisis_lines if jurisdiction else ()
    term.write("")
    term.write(_("You said you have had thoughts of harming yourself. You are not alone, and "
                 "you do not have to face this by yourself: you can talk to someone now."))
    brackets = "（{}）" if term.lang.startswith("zh") else " ({})"
    for line in lines:
        text = f"{localise(line.name, term.lang)}{term.colon}{line.number}"
        if line.hours:
            text += brackets.format(localise(line.hours, term.lang))
        term.write("  " + text)
    term.write(_("If you are in danger right now, call the emergency number."))
