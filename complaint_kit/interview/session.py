"""An interview from start to end, at a terminal or from an answers file: asked, saved after each
answer, reviewed, checked, and drafted; paused with Ctrl-C and resumed from the case file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from complaint_kit.i18n import pick_language
from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.asking import ask_question
from complaint_kit.interview.drafting import finish
from complaint_kit.interview.engine import Interview, load_partial
from complaint_kit.interview.question import Question
from complaint_kit.interview.review import review, unanswered
from complaint_kit.interview.terminal import Interrupted, Terminal, terminal_width

EXIT_INTERRUPTED = 130
EXIT_MISSING = 2


def _load_answers(path: Path) -> dict[str, Any]:
    """An answers file: answers by question id, read (and its errors located) as a case file."""
    from complaint_kit.casefile.load import CaseFileError, Problem, parse

    data, _ = parse(path.read_text(encoding="utf-8-sig"), str(path))
    if not isinstance(data, dict):
        raise CaseFileError(str(path), [Problem("", "answers must be a mapping of question ids")])
    return data


def resume_command(path: Path, lang: str) -> str:
    """What to type to go on: the same file, in the same language."""
    import shlex

    return f"{shlex.quote(str(path))} --lang {lang}"


def run(path: Path, *, lang: str | None = None, answers_file: Path | None = None,
        out_dir: Path | None = None, docs: list[str] | None = None,
        read: Callable[[str], str] = input, interactive: bool | None = None) -> int:
    """The interview for the case file at ``path``, begun or resumed; the exit code (0, or
    EXIT_INTERRUPTED when the user paused it)."""
    from complaint_kit.cli.common import user_errors

    existed = path.exists()
    if interactive is None:
        interactive = sys.stdin.isatty()
    try:
        with user_errors():
            return _run(path, lang, answers_file, out_dir, docs, read, interactive)
    except BaseException:
        # A run from an answers file that fails leaves no case file behind: the answers are
        # still in their file, and a half-written case would only be mistaken for a case.
        if not existed and not interactive and path.exists():
            path.unlink()
        raise


def _run(path: Path, lang: str | None, answers_file: Path | None, out_dir: Path | None,
         docs: list[str] | None, read: Callable[[str], str], interactive: bool) -> int:
    term, iv, resuming = _start(path, lang, read)
    given = _load_answers(answers_file) if answers_file else {}
    if interactive:
        _greet(term, iv, path, resuming, bool(given))
    try:
        _ask_all(term, iv, path, given, answers_file, interactive)
        guided = interactive and answers_file is None
        chosen = docs or given.get("documents")
        done = False
        while not done:  # the user may go back from the documents to the answers
            case = _check(term, iv, path, term.registry, guided)
            done = finish(term, iv, case, path, term.registry, out_dir or path.parent, chosen,
                          guided)
    except (Interrupted, KeyboardInterrupt):
        iv.save(path)
        term.write("")
        term.write(term._("Saved. To continue later: complaint-kit interview {file}")
                   .format(file=resume_command(path, term.lang)))
        return EXIT_INTERRUPTED
    return 0


def _start(path: Path, lang: str | None, read: Callable[[str], str]
           ) -> tuple[Terminal, Interview, bool]:
    """The terminal, in the language asked for or the one the case was begun in; the interview,
    as far as the case file goes; and whether that file holds an interview begun before."""
    from complaint_kit.plugins.registry import get_registry

    data = load_partial(path)
    saved_lang = (data.get("interview") or {}).get("lang")
    term = Terminal(pick_language(lang or saved_lang), read, columns=terminal_width())
    term.registry = get_registry()
    resuming = bool(data.get("interview"))
    iv = Interview.for_registry(data, term.registry)
    iv.lang = term.lang
    iv.save_to = path
    return term, iv, resuming


def _greet(term: Terminal, iv: Interview, path: Path, resuming: bool, given: bool) -> None:
    """What a new interview opens with, or the word that an unfinished one goes on."""
    if not given and not resuming:
        _opening(term, path)
    elif resuming and iv.position:
        term.write(term._("Resuming {file}.").format(file=path))


def _still_needed(iv: Interview, question: Question) -> bool:
    """A required question without an answer yet."""
    return question.required and unanswered(iv, question)


def _ask_all(term: Terminal, iv: Interview, path: Path, given: dict[str, Any],
             answers_file: Path | None, interactive: bool) -> None:
    """Each question that applies, in turn: answered from the answers file where it has the
    answer, else asked (with an answers file, only what it must know), and saved. Fails
    naming the required questions that no one answered."""
    from complaint_kit.cli.common import fail

    missing: list[str] = []
    while (question := iv.current) is not None:
        if question.id in given:
            _answer_given(term, iv, question, given[question.id], answers_file, interactive)
        elif interactive and (not given or _still_needed(iv, question)):
            ask_question(term, iv)
        else:
            if _still_needed(iv, question):
                missing.append(question.id)
            iv.advance()
        iv.save(path)
    if missing:
        raise fail(term._("no answers for these questions: {ids} (give them in --answers)")
                   .format(ids=", ".join(missing)), EXIT_MISSING)


def _answer_given(term: Terminal, iv: Interview, question: Question, answer: Any,
                  answers_file: Path | None, interactive: bool) -> None:
    """The answers file's answer to ``question``. One that cannot be used fails the run, naming
    the file and the question; at a terminal, the question is asked instead."""
    from complaint_kit.cli.common import fail

    try:
        iv.answer(answer)
    except AnswerError as exc:
        if not interactive:
            raise fail(f"{answers_file}: {question.id}: {term.error(exc)}") from None
        term.write(f"{question.id}: {term.error(exc)}")
        ask_question(term, iv)


def _opening(term: Terminal, path: Path) -> None:
    """What the user should know before the first question."""
    _ = term._
    term.write(_("This interview takes about 15 to 30 minutes. It asks about you, the loan and "
                 "each contact from the collectors, then shows what they appear to have done "
                 "wrong and drafts the documents for you to check and send."))
    term.write(_("Each answer is saved in {file} as soon as you give it. Ctrl-C pauses at any "
                 "time; to go on later, run: complaint-kit interview {command}").format(
        file=path, command=resume_command(path, term.lang)))
    term.write(_("At any question: < goes back, ? explains, Enter skips what you do not know."))


def _check(term: Terminal, iv: Interview, path: Path, registry: Any, interactive: bool):
    from complaint_kit.casefile.load import CaseFileError, validate

    _ = term._
    while True:
        if interactive:
            review(term, iv)
        try:
            case = validate(iv.snapshot(done=True), str(path), registry=registry)
        except CaseFileError as exc:
            if not interactive:
                raise
            term.write(_("The case is not complete yet:"))
            for problem in exc.problems:
                term.write(f"  {problem.path}: {problem.message}")
            continue
        iv.save(path, done=True)
        return case
