"""One question asked at the terminal until it has a usable answer, then what the answer calls
for at once."""

from __future__ import annotations

from complaint_kit.i18n import localise
from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.contacts import ask_incidents, edit_contacts
from complaint_kit.interview.crisis import show_crisis_lines
from complaint_kit.interview.engine import Interview
from complaint_kit.interview.money import confirmation
from complaint_kit.interview.question import Question, get_path
from complaint_kit.interview.terminal import Terminal
from complaint_kit.interview.words import yes_no_words


def _show_question(term: Terminal, iv: Interview, question: Question, current: str) -> None:
    _ = term._
    n, total = iv.progress()
    term.write("")
    term.write(f"[{n}/{total}] {localise(question.prompt, term.lang)}")
    for i, (_value, label) in enumerate(question.choices, 1):
        term.write(f"  {i}. {localise(label, term.lang)}")
    if question.type == "yes_no":
        term.write("  " + _("y = yes, n = no"))
    if current:  # only here does Enter keep an answer, and the screen says so
        if question.required:
            keeps = _("Now: {value} (Enter keeps it)")
        elif question.type == "flags":
            keeps = _("Now: {value} (Enter keeps it, 0 = none)")
        else:
            keeps = _("Now: {value} (Enter keeps it, - clears it)")
        term.write("  " + keeps.format(value=current))
    term.write("  " + _("(< goes back, ? shows help)"))


def ask_question(term: Terminal, iv: Interview, editing: bool = False) -> None:
    """Ask the current question until it has a usable answer (or the user goes back). With
    ``editing`` (from the review), the contacts question lists the contacts to change."""
    question = iv.current
    assert question is not None
    if question.type == "incidents":
        if editing:
            edit_contacts(term, iv, question)
            iv.advance()
            return
        return ask_incidents(term, iv, question)
    current = term.label(question, iv.answers().get(question.id), iv.place)
    _show_question(term, iv, question, current)
    while not _done_with(term, iv, question, term.ask().strip(), current):
        pass


def _done_with(term: Terminal, iv: Interview, question: Question, raw: str,
               current: str) -> bool:
    """One line typed at a question: True when the question is done with (answered, skipped,
    cleared, or gone back from), False to ask it again."""
    _ = term._
    if raw == "<":
        if not iv.back():
            term.write(_("This is the first question."))
        return True
    if raw == "?":
        term.write(localise(question.help, term.lang) or _("No help for this question."))
        return False
    try:
        taken = _take(term, iv, question, raw, current)
    except AnswerError as exc:
        term.write(term.error(exc))
        return False
    if taken:
        _after_answer(term, iv, question)
    return taken


def _take(term: Terminal, iv: Interview, question: Question, raw: str,
          current: str) -> bool:
    """Clear, skip or answer the question as typed; False if the user would not have the answer
    as it was read (the question is asked again)."""
    clears = ("-", "0") if question.type == "flags" else ("-",)
    if raw in clears and not question.required and (current or raw == "0"):
        iv.clear(question)
        iv.advance()
    elif not raw:
        iv.skip()
    elif _confirmed(term, iv, question, raw):
        iv.answer(raw)
    else:
        term.write(localise(question.prompt, term.lang))
        return False
    return True


def _confirmed(term: Terminal, iv: Interview, question: Question, raw: str) -> bool:
    """An answer read in a way the user should see (50 thousand written with a Chinese numeral,
    as 50,000 yuan) is read back first."""
    value = iv.parse(question, raw)
    if str(value) == raw.strip():  # read as typed: nothing to confirm
        return True
    text = confirmation(question, value, term.lang, iv.data)
    if not text:
        return True
    yes, no = yes_no_words()
    space = " " * (not term.lang.startswith("zh"))
    while True:
        reply = term.ask(text + space + term._("(Enter = yes, n = no)") + "> ").strip().lower()
        if not reply or reply in yes:
            return True
        if reply in no or reply == "<":
            return False
        term.write(term._("Answer y (yes) or n (no)."))


def _after_answer(term: Terminal, iv: Interview, question: Question) -> None:
    """What an answer calls for at once: the crisis lines, when the user has thought of
    harming themselves."""
    if question.target == "harm" and get_path(iv.data, "harm.self_harm") is True:
        show_crisis_lines(term, iv.place)
