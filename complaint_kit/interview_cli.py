"""The interview at a terminal (or from an answers file): prompts, review, findings, drafting."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .answers import AnswerError
from .i18n import localise, pick_language, translator
from .interview import CHANNELS, Interview, load_partial, parse_incident
from .pasted import MESSAGE_START, split_messages
from .question import Question

EXIT_INTERRUPTED = 130
EXIT_MISSING = 2


class Interrupted(Exception):
    """Ctrl-C or end of input: save and say how to resume."""


class Terminal:
    def __init__(self, lang: str, read: Callable[[str], str] = input,
                 write: Callable[[str], None] = print):
        self.lang = lang
        self._ = translator(lang)
        self.read_line = read
        self.write = write

    def ask(self, prompt: str = "> ") -> str:
        try:
            return self.read_line(prompt)
        except (KeyboardInterrupt, EOFError):
            raise Interrupted from None

    def label(self, question: Question, value: Any) -> str:
        _ = self._
        if value in (None, "", []):
            return ""
        labels = {v: localise(lbl, self.lang) for v, lbl in question.choices}
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if question.type == "incidents":
            return _("{n} contacts").format(n=len(value))
        if isinstance(value, list):
            return "; ".join(labels.get(v, str(v)) for v in value)
        return labels.get(value, str(value))


def _show_question(term: Terminal, iv: Interview, question: Question) -> None:
    _ = term._
    n, total = iv.progress()
    term.write("")
    term.write(f"[{n}/{total}] {localise(question.prompt, term.lang)}")
    for i, (_value, label) in enumerate(question.choices, 1):
        term.write(f"  {i}. {localise(label, term.lang)}")
    if question.type == "yes_no":
        term.write("  " + _("y = yes, n = no"))
    current = term.label(question, iv.answers().get(question.id))
    if current:
        term.write("  " + _("Now: {value} (Enter keeps it)").format(value=current))
    term.write("  " + _("(< goes back, ? shows help)"))


def ask_question(term: Terminal, iv: Interview) -> None:
    """Ask the current question until it has a usable answer (or the user goes back)."""
    _ = term._
    question = iv.current
    assert question is not None
    if question.type == "incidents":
        return ask_incidents(term, iv, question)
    _show_question(term, iv, question)
    while True:
        raw = term.ask().strip()
        if raw == "<":
            if not iv.back():
                term.write(_("This is the first question."))
            return
        if raw == "?":
            term.write(localise(question.help, term.lang) or _("No help for this question."))
            continue
        try:
            iv.answer(raw) if raw else iv.skip()
            return
        except AnswerError as exc:
            term.write(_(str(exc)))


def ask_incidents(term: Terminal, iv: Interview, question: Question) -> None:
    _ = term._
    n, total = iv.progress()
    existing = list(iv.answers().get(question.id) or [])
    term.write("")
    term.write(f"[{n}/{total}] {localise(question.prompt, term.lang)}")
    term.write("  " + _("{n} contacts recorded so far.").format(n=len(existing)))
    term.write("  " + _("Enter the time of a contact (YYYY-MM-DD HH:MM), or paste several "
                        "messages, each line starting with its date and time. An empty line "
                        "finishes. (< goes back, ? shows help)"))
    added: list[dict[str, Any]] = []
    while True:
        line = term.ask(_("Time") + "> ").strip()
        if not line:
            break
        if line == "<" and not added:
            iv.back()
            return
        if line == "?":
            term.write(localise(question.help, term.lang))
            continue
        m = MESSAGE_START.match(line)
        if m and m["text"].strip():
            block = [line]
            while (more := term.ask("... ")).strip():
                block.append(more)
            found = split_messages("\n".join(block))
            added += found
            term.write(_("Added {n} contacts.").format(n=len(found)))
            _save_incidents(iv, existing + added)
            continue
        try:
            incident = parse_incident({"time": line, "channel": "sms"})
        except AnswerError as exc:
            term.write(_(str(exc)))
            continue
        for i, channel in enumerate(CHANNELS, 1):
            term.write(f"  {i}. {_('channel.' + channel)}")
        while True:
            choice = term.ask(_("How (number, Enter = text message)") + "> ").strip() or "2"
            if choice.isdigit() and 1 <= int(choice) <= len(CHANNELS):
                incident["channel"] = CHANNELS[int(choice) - 1]
                break
            term.write(_("Choose one of the numbers shown."))
        while True:
            number = term.ask(_("From which number (Enter if unknown)") + "> ").strip()
            try:
                incident = parse_incident({**incident, "number": number}) if number else incident
                break
            except AnswerError as exc:
                term.write(_(str(exc)))
        text = term.ask(_("The exact words (Enter if none)") + "> ").strip()
        if text:
            incident["content"] = text
        added.append(incident)
        _save_incidents(iv, existing + added)
        term.write(_("Added {n} contacts.").format(n=1))
    iv.advance()


def _save_incidents(iv: Interview, incidents: list[dict[str, Any]]) -> None:
    from .question import set_path

    set_path(iv.data, "incidents", incidents)
    if iv.save_to is not None:
        iv.save(iv.save_to)


def review(term: Terminal, iv: Interview) -> None:
    """Show every answer by number; a number changes that answer, Enter goes on."""
    _ = term._
    while True:
        questions = iv.applicable()
        answers = iv.answers()
        term.write("")
        term.write(_("Your answers:"))
        for i, q in enumerate(questions, 1):
            term.write(f"  {i:>2}. {localise(q.prompt, term.lang)}: {term.label(q, answers[q.id])}")
        raw = term.ask(_("Number of an answer to change, or Enter to go on") + "> ").strip()
        if not raw:
            return
        if not raw.isdigit() or not 1 <= int(raw) <= len(questions):
            term.write(_("Choose one of the numbers shown."))
            continue
        iv.position = questions[int(raw) - 1].id
        ask_question(term, iv)
        iv.position = None
        if iv.save_to is not None:
            iv.save(iv.save_to)


def _load_answers(path: Path) -> dict[str, Any]:
    from .caseio import CaseFileError, Problem, parse

    data, _ = parse(path.read_text(encoding="utf-8-sig"), str(path))
    if not isinstance(data, dict):
        raise CaseFileError(str(path), [Problem("", "answers must be a mapping of question ids")])
    return data


def run(path: Path, *, lang: str | None = None, answers_file: Path | None = None,
        out_dir: Path | None = None, docs: list[str] | None = None,
        read: Callable[[str], str] = input, interactive: bool | None = None) -> int:
    from .cli import fail, user_errors
    from .registry import get_registry

    with user_errors():
        term = Terminal(pick_language(lang), read)
        _ = term._
        registry = get_registry()
        data = load_partial(path)
        resuming = bool(data.get("interview"))
        iv = Interview.for_registry(data, registry)
        iv.save_to = path
        given = _load_answers(answers_file) if answers_file else {}
        if interactive is None:
            interactive = sys.stdin.isatty()
        if resuming and iv.position and interactive:
            term.write(_("Resuming {file}.").format(file=path))
        missing: list[str] = []
        try:
            while iv.current is not None:
                question = iv.current
                if question.id in given:
                    try:
                        iv.answer(given[question.id])
                    except AnswerError as exc:
                        if not interactive:
                            raise fail(f"{answers_file}: {question.id}: {_(str(exc))}") from None
                        term.write(f"{question.id}: {_(str(exc))}")
                        ask_question(term, iv)
                elif interactive and (not given or (question.required and _unanswered(
                        iv, question))):
                    ask_question(term, iv)  # with an answers file, only what it must know
                else:
                    if question.required and _unanswered(iv, question):
                        missing.append(question.id)
                    iv.advance()
                iv.save(path)
            if missing:
                raise fail(_("no answers for these questions: {ids} (give them in --answers)")
                           .format(ids=", ".join(missing)), EXIT_MISSING)
            guided = interactive and answers_file is None
            case = _check(term, iv, path, registry, guided)
            _finish(term, case, path, registry, out_dir or path.parent, docs or given.get(
                "documents"), guided)
        except (Interrupted, KeyboardInterrupt):
            iv.save(path)
            term.write("")
            term.write(_("Saved. To continue later: complaint-kit interview {file}")
                       .format(file=path))
            return EXIT_INTERRUPTED
    return 0


def _unanswered(iv: Interview, question: Question) -> bool:
    return iv.answers().get(question.id) in (None, "", [])


def _check(term: Terminal, iv: Interview, path: Path, registry: Any, interactive: bool):
    from .caseio import CaseFileError, validate

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


def _finish(term: Terminal, case: Any, path: Path, registry: Any, out_dir: Path,
            docs: list[str] | None, interactive: bool) -> None:
    from .drafting import assess, draft_case, plan

    _ = term._
    assessment = assess(case, registry)
    term.write("")
    if assessment.findings:
        term.write(_("What the collectors appear to have done wrong:"))
        for f in assessment.findings:
            term.write(f"  - {f.title} ({f.rule_id})")
    else:
        term.write(_("No rule appears to be broken by the recorded contacts."))
    if assessment.routes:
        term.write(_("Where to turn, in this order:"))
        for i, channel in enumerate(assessment.routes, 1):
            term.write(f"  {i}. {channel.name}")
    kinds: list[str] = []
    for d in plan(case, registry, assessment):
        if d.kind.id not in kinds:
            kinds.append(d.kind.id)
    if docs is None and not kinds:
        return
    chosen = kinds if docs is None else list(docs)  # a kind named explicitly is always drafted
    if interactive and docs is None:
        titles = {d.id: d.title for d in registry.documents_for(case.jurisdiction)}
        term.write(_("Documents to draft:"))
        for i, kind in enumerate(kinds, 1):
            term.write(f"  {i}. {titles.get(kind, kind)}")
        while True:
            raw = term.ask(_("Numbers of the documents to draft (Enter = all, 0 = none)") + "> ")
            picks = raw.replace(",", " ").split()
            if not picks:
                break
            if picks == ["0"]:
                return
            if all(p.isdigit() and 1 <= int(p) <= len(kinds) for p in picks):
                chosen = [kinds[int(p) - 1] for p in picks]
                break
            term.write(_("Choose one of the numbers shown."))
    written = []
    for kind in chosen:
        _a, drafts = draft_case(case, registry, out_dir, doc=kind, base_dir=path.parent,
                                case_stem=path.stem)
        written += [d.path for d in drafts if d.path]
    for file in written:
        term.write(f"  {file}")
    term.write(_("Drafts to check and sign, not legal advice."))
