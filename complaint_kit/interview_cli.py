"""The interview at a terminal (or from an answers file): prompts, review, findings, drafting."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .answers import AnswerError, parse_phone, yes_no_words
from .i18n import localise, pick_language, translator
from .interview import (
    ASKED_TO_STOP,
    AUDIENCE,
    AUTOMATED,
    CHANNELS,
    N_,
    OTHERS_CONTACTED,
    RELATIVE_VALUES,
    RELATIVES,
    WHOM,
    WORDING,
    WRITTEN,
    Interview,
    is_third_party,
    load_partial,
    parse_incident,
)
from .pasted import MESSAGE_START, split_messages
from .question import Question, get_path
from .textclean import terminal_text

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
        # Every line shown passes terminal_text: answers and case data printed back could
        # otherwise colour, clear or retitle the terminal.
        self.write: Callable[[str], None] = lambda text: write(terminal_text(text))

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
            return labels.get(value) or (_("yes") if value else _("no"))
        if question.type == "incidents":
            others = sum(isinstance(i, dict) and is_third_party(i) for i in value)
            if others:
                return _("{n} contacts, {k} of them with other people").format(
                    n=len(value), k=others)
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
    incidents = [dict(i) for i in iv.answers().get(question.id) or []]
    term.write("")
    term.write(f"[{n}/{total}] {localise(question.prompt, term.lang)}")
    term.write("  " + _("{n} contacts recorded so far.").format(n=len(incidents)))
    others = get_path(iv.data, OTHERS_CONTACTED) is True
    if others:
        term.write("  " + _("You said they contacted other people: record those contacts too, "
                            "and say whom each one reached."))
    term.write("  " + _("Enter the time of a contact (YYYY-MM-DD HH:MM), or paste several "
                        "messages, each line starting with its date and time. An empty line "
                        "finishes. (< goes back, ? shows help)"))
    if iv.pending is not None:  # a contact left half-way: finish it first
        index, step = iv.pending
        term.write(_("Finishing the contact of {time}.").format(
            time=incidents[index].get("time", "")))
        ContactForm(term, iv, incidents, index).run(start=step)
    reminded = False
    while True:
        line = term.ask(_("Time") + "> ").strip()
        if not line:
            if others and not reminded and not any(is_third_party(i) for i in incidents):
                reminded = True
                term.write(_("None of these contacts reached anyone but you. Type the time of "
                             "a contact with someone else, or press Enter again to go on."))
                continue
            break
        if line == "<":
            iv.back()  # what was recorded stays recorded
            return
        if line == "?":
            term.write(localise(question.help, term.lang))
            continue
        m = MESSAGE_START.match(line)
        if m and m["text"].strip():
            _paste(term, iv, incidents, line)
            continue
        try:
            incident = {"time": parse_incident({"time": line})["time"]}
        except AnswerError as exc:
            term.write(_(str(exc)))
            continue
        incidents.append(incident)
        ContactForm(term, iv, incidents, len(incidents) - 1).run()
    _ask_checked(term, iv, incidents)
    iv.advance()


def _ask_checked(term: Terminal, iv: Interview, incidents: list[dict[str, Any]]) -> None:
    """Which contact said something the user checked and found untrue, and how."""
    _ = term._
    said = [(n, i) for n, i in enumerate(incidents) if i.get("content")]
    if not said:
        return
    term.write(_("Did you check something they said and find it untrue (for example, the "
                 "court said there is no case against you)?"))
    for k, (_n, incident) in enumerate(said, 1):
        text = " ".join(str(incident["content"]).split())
        text = text if len(text) <= 40 else text[:39] + "…"
        term.write(f"  {k}. {incident.get('time', '')} · {text}")
    while True:
        raw = term.ask(_("Number of that contact (Enter = none)") + "> ").strip()
        if not raw or raw == "<":
            return
        if not (raw.isdigit() and 1 <= int(raw) <= len(said)):
            term.write(_("Choose one of the numbers shown."))
            continue
        incident = said[int(raw) - 1][1]
        how = term.ask(_("How did you check it, and what did you find? (e.g. the court said "
                         "there is no such case)") + "> ").strip()
        if how and how != "<":
            incident["verified_false"] = how
            _save_incidents(iv, incidents)


def _paste(term: Terminal, iv: Interview, incidents: list[dict[str, Any]], first: str) -> None:
    """Pasted messages: text messages to the user, word for word, unless the user says not."""
    _ = term._
    block = [first]
    try:
        while (more := term.ask("... ")).strip():
            block.append(more)
    except Interrupted:  # keep what was pasted so far
        incidents += split_messages("\n".join(block))
        _save_incidents(iv, incidents)
        raise
    found = split_messages("\n".join(block))
    at = len(incidents)
    incidents += found
    _save_incidents(iv, incidents)
    term.write(_("Added {n} contacts.").format(n=len(found)))
    term.write(_("They are recorded as text messages to you, copied word for word. Enter = "
                 "right; 1 = change how they came or whom they reached."))
    while True:
        raw = term.ask("> ").strip()
        if raw in ("", "<"):
            return
        if raw == "1":
            break
        term.write(_("Choose one of the numbers shown."))
    form = ContactForm(term, iv, incidents, at)
    form.run(steps=ContactForm.PASTED)
    for item in incidents[at + 1:]:
        for key in ("channel", "to", "wording", "audience"):
            item.pop(key, None)
            if key in incidents[at]:
                item[key] = copy.deepcopy(incidents[at][key])
    _save_incidents(iv, incidents)


_BACK = object()


class ContactForm:
    """The questions about one contact, asked one at a time. Enter leaves a question unknown
    (nothing is stored, and the case model's own default applies), ``<`` goes back one question
    with the answers kept, and each answer is saved at once, so that Ctrl-D loses nothing."""

    STEPS = ("time", "channel", "whom", "relative", "name", "asked_to_stop", "number", "text",
             "wording", "automated", "audience")
    PASTED = ("channel", "whom", "relative", "name", "asked_to_stop", "wording", "audience")

    def __init__(self, term: Terminal, iv: Interview, incidents: list[dict[str, Any]],
                 index: int):
        self.term, self.iv, self.incidents, self.index = term, iv, incidents, index
        self._ = term._

    @property
    def item(self) -> dict[str, Any]:
        return self.incidents[self.index]

    @property
    def relation(self) -> str:
        return (self.item.get("to") or {}).get("relation") or "debtor"

    def applies(self, step: str) -> bool:
        channel = self.item.get("channel")
        if step == "relative":
            return self.relation in RELATIVE_VALUES
        if step in ("name", "asked_to_stop"):
            return is_third_party(self.item) and self.relation != "public"
        if step == "wording":
            return bool(self.item.get("content"))
        if step == "automated":
            return channel == "call"
        if step == "audience":
            return channel in ("im", "social_post") or self.relation == "public"
        return True

    def run(self, start: str | None = None, steps: tuple[str, ...] = STEPS) -> None:
        steps = tuple(steps)
        at = steps.index(start) if start in steps else int(steps[0] == "time")
        while at < len(steps):
            step = steps[at]
            if not self.applies(step):
                at += 1
                continue
            self.iv.pending = (self.index, step)
            _save_incidents(self.iv, self.incidents)
            if getattr(self, "ask_" + step)() is _BACK:
                earlier = [k for k in range(at) if self.applies(steps[k])]
                if earlier:
                    at = earlier[-1]
                else:
                    self.term.write(self._("This is the first question about this contact."))
                continue
            at += 1
        for step in steps:  # answers a changed answer made beside the point go
            if not self.applies(step):
                self._drop(step)
        self.iv.pending = None
        _save_incidents(self.iv, self.incidents)
        self.term.write(self._("Added: {contact}").format(contact=self.describe()))

    def describe(self) -> str:
        _ = self._
        parts = [str(self.item.get("time", "")), _('channel.' + str(self.item.get("channel")))]
        whom = dict(WHOM) | dict(RELATIVES)
        parts.append(_(whom.get(self.relation, self.relation)))
        return " · ".join(parts)

    def _drop(self, step: str) -> None:
        item = self.item
        if step in ("name", "asked_to_stop") and "to" in item:
            item["to"].pop(step, None)
            if not item["to"]:
                item.pop("to")
        elif step == "wording":
            item.pop("wording", None)
        elif step in ("automated", "audience"):
            item.pop(step, None)

    # Asking

    def _ask(self, question: str, enter: str) -> str:
        return self._("{question} ({enter})").format(question=question, enter=enter)

    def _line(self, prompt: str, help: str | None = None) -> Any:
        while True:
            raw = self.term.ask(prompt + "> ").strip()
            if raw == "<":
                return _BACK
            if raw == "?":
                self.term.write(self._(help) if help else self._("No help for this question."))
                continue
            return raw

    def _choose(self, prompt: str, choices: tuple, current: Any, enter: str,
                help: str | None = None, listed: bool = True) -> Any:
        """A numbered choice; Enter keeps ``current`` (None: unknown)."""
        _ = self._
        if listed:
            for n, (_value, label) in enumerate(choices, 1):
                self.term.write(f"  {n}. {_(label)}")
        labels = dict(choices)
        if current is not None and current in labels:
            enter = _("Enter keeps: {value}").format(value=_(labels[current]))
        while True:
            form = N_("{question} (number, {enter})") if listed else N_(
                "{question} (1 = yes, 2 = no, {enter})")
            raw = self._line(_(form).format(question=_(prompt), enter=enter), help)
            if raw is _BACK:
                return _BACK
            if not raw:
                return current
            if raw.isdigit() and 1 <= int(raw) <= len(choices):
                return choices[int(raw) - 1][0]
            if any(isinstance(v, bool) for v, _l in choices):
                yes, no = yes_no_words()
                if raw.lower() in yes | no:
                    return raw.lower() in yes
            self.term.write(_("Choose one of the numbers shown."))

    def _set_to(self, key: str, value: Any) -> None:
        to = self.item.setdefault("to", {})
        if value is None:
            to.pop(key, None)
        else:
            to[key] = value
        if not to:
            self.item.pop("to")

    def _set(self, key: str, value: Any) -> None:
        if value is None:
            self.item.pop(key, None)
        else:
            self.item[key] = value

    def ask_time(self) -> Any:
        _ = self._
        while True:
            raw = self._line(self._ask(_("Time"), _("Enter keeps: {value}").format(
                value=self.item.get("time", ""))))
            if raw is _BACK or not raw:
                return raw
            try:
                self.item["time"] = parse_incident({"time": raw})["time"]
                return None
            except AnswerError as exc:
                self.term.write(_(str(exc)))

    def ask_channel(self) -> Any:
        _ = self._
        for i, channel in enumerate(CHANNELS, 1):
            self.term.write(f"  {i}. {_('channel.' + channel)}")
        current = self.item.get("channel")
        enter = (_("Enter keeps: {value}").format(value=_('channel.' + current)) if current
                 else _("Enter = text message"))
        while True:
            choice = self._line(_("{question} (number, {enter})").format(
                question=_("How"), enter=enter), N_("Choose how this contact was made; a "
                                                    "WeChat, QQ, WhatsApp or LINE message is "
                                                    "number 3."))
            if choice is _BACK:
                return _BACK
            choice = choice or (str(CHANNELS.index(current) + 1) if current else "2")
            if choice.isdigit() and 1 <= int(choice) <= len(CHANNELS):
                self.item["channel"] = CHANNELS[int(choice) - 1]
                return None
            self.term.write(_("Choose one of the numbers shown."))

    def ask_whom(self) -> Any:
        _ = self._
        relation = (self.item.get("to") or {}).get("relation")
        current = "relative" if relation in RELATIVE_VALUES else relation
        value = self._choose(N_("Whom did it reach"), WHOM, current, _("Enter = me"),
                             help=N_("Choose who answered the call or got the message. A "
                                     "relative leads to a short list."))
        if value is _BACK:
            return _BACK
        if value is not None and not (value == "relative" and relation in RELATIVE_VALUES):
            self._set_to("relation", None if value == "debtor" else value)
        return None

    def ask_relative(self) -> Any:
        _ = self._
        current = self.relation if self.relation != "relative" else None
        value = self._choose(N_("Which relative"), RELATIVES, current,
                             _("Enter = another relative"))
        if value is _BACK:
            return _BACK
        self._set_to("relation", value or "relative")
        return None

    def ask_name(self) -> Any:
        _ = self._
        current = (self.item.get("to") or {}).get("name")
        enter = (_("Enter keeps: {value}").format(value=current) if current
                 else _("Enter to skip"))
        raw = self._line(self._ask(_("Their name"), enter))
        if raw is _BACK:
            return _BACK
        if raw:
            self._set_to("name", raw)
        return None

    def ask_asked_to_stop(self) -> Any:
        _ = self._
        value = self._choose(N_("Had this person already asked the collectors to stop "
                                "contacting them?"), ASKED_TO_STOP,
                             (self.item.get("to") or {}).get("asked_to_stop"),
                             _("Enter = don't know"), listed=False,
                             help=N_("If they had told the collectors not to contact them "
                                     "again, each later contact weighs more."))
        if value is _BACK:
            return _BACK
        self._set_to("asked_to_stop", value)
        return None

    def ask_number(self) -> Any:
        _ = self._
        current = self.item.get("from_number")
        enter = (_("Enter keeps: {value}").format(value=current) if current
                 else _("Enter if unknown"))
        while True:
            raw = self._line(self._ask(_("From which number"), enter))
            if raw is _BACK or not raw:
                return raw
            try:
                self.item["from_number"] = parse_phone(raw)
                return None
            except AnswerError as exc:
                self.term.write(_(str(exc)))

    def ask_text(self) -> Any:
        _ = self._
        written = self.item.get("channel") in WRITTEN
        prompt = (_("The message, word for word") if written
                  else _("What did they say or do?"))
        current = self.item.get("content")
        enter = (_("Enter keeps what you typed") if current else _("Enter to skip"))
        raw = self._line(self._ask(prompt, enter))
        if raw is _BACK:
            return _BACK
        if raw:
            self.item["content"] = raw
        return None

    def ask_wording(self) -> Any:
        _ = self._
        written = self.item.get("channel") in WRITTEN
        value = self._choose(N_("Is this text"), WORDING, self.item.get("wording"),
                             _("Enter = exact words") if written
                             else _("Enter = my description"),
                             help=N_("Exact words may be quoted as the collectors' own; your "
                                     "description is told as yours."))
        if value is _BACK:
            return _BACK
        self._set("wording", value)
        return None

    def ask_automated(self) -> Any:
        _ = self._
        value = self._choose(N_("Was it a recording or an automatic voice, not a "
                                "person?"), AUTOMATED, self.item.get("automated"),
                             _("Enter = don't know"), listed=False)
        if value is _BACK:
            return _BACK
        self._set("automated", value)
        return None

    def ask_audience(self) -> Any:
        _ = self._
        value = self._choose(N_("Who could see it"), AUDIENCE,
                             self.item.get("audience"), _("Enter = don't know"),
                             help=N_("A post or a group chat that others can see weighs more "
                                     "than a private message."))
        if value is _BACK:
            return _BACK
        self._set("audience", value)
        return None


def _save_incidents(iv: Interview, incidents: list[dict[str, Any]]) -> None:
    iv.set_incidents(incidents)
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
    if assessment.questions:
        term.write(_("Questions that could change the findings (answer them in the case file):"))
        for q in assessment.questions:
            term.write(f"  - {q.question}")
    for reason in assessment.urgent:
        term.write(_("Urgent: {reason}").format(reason=reason))
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
