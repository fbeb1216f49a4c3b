"""The review: every answer by number, any one changed, and what a changed answer opens asked
at once."""

from __future__ import annotations

from complaint_kit.interview.asking import ask_question
from complaint_kit.interview.engine import Interview
from complaint_kit.interview.question import Question
from complaint_kit.interview.terminal import Terminal


def review(term: Terminal, iv: Interview) -> None:
    """Show every answer by number; a number changes that answer, Enter goes on."""
    _ = term._
    while True:
        questions = iv.applicable()
        answers = iv.answers()
        term.write("")
        term.write(_("Your answers:"))
        for i, q in enumerate(questions, 1):
            value = term.label(q, answers[q.id], iv.place) or _("(no answer)")
            term.write(f"  {i:>2}. {term.short_label(q)}{term.colon}{value}")
        raw = term.ask(_("Number of an answer to change, or Enter to go on") + "> ").strip()
        if not raw:
            return
        if not raw.isdigit() or not 1 <= int(raw) <= len(questions):
            term.write(_("Choose one of the numbers shown."))
            continue
        edit_answer(term, iv, questions[int(raw) - 1])


def edit_answer(term: Terminal, iv: Interview, question: Question) -> None:
    """Ask one question again, then at once whatever the new answer opens (a police warning:
    its date and station), so that nothing is judged without them."""
    asked = {q.id for q in iv.applicable()}
    iv.position = question.id
    ask_question(term, iv, editing=True)
    # Each question the answers now open, in order, until none is new (an answer to a
    # follow-up may open another); a required one is asked until it has an answer.
    while follow_up := next((q for q in iv.applicable() if q.id not in asked), None):
        asked.add(follow_up.id)
        while True:
            iv.position = follow_up.id
            ask_question(term, iv)
            if not (follow_up.required and unanswered(iv, follow_up)
                    and follow_up in iv.applicable()):
                break
    iv.position = None
    if iv.save_to is not None:
        iv.save(iv.save_to)


def unanswered(iv: Interview, question: Question) -> bool:
    """Whether ``question`` has no answer yet (nothing, or an empty text or list)."""
    return iv.answers().get(question.id) in (None, "", [])
