"""The interview at a terminal (or from an answers file): prompts, review, findings, drafting."""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from complaint_kit.evidence.pasted import MESSAGE_START, split_messages
from complaint_kit.i18n import localise, pick_language, translator
from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.contact_choices import (
    ASKED_TO_STOP,
    AUDIENCE,
    AUTOMATED,
    GROUPS,
    N_,
    OTHERS,
    RELATIVES,
    WHOM,
    WORDING,
    WRITTEN,
)
from complaint_kit.interview.engine import (
    CHANNELS,
    OTHERS_CONTACTED,
    Interview,
    is_third_party,
    load_partial,
    parse_incident,
)
from complaint_kit.interview.money import confirmation, money_text
from complaint_kit.interview.phones import parse_phone, phone_region
from complaint_kit.interview.question import Question, get_path
from complaint_kit.interview.termwrap import wrap
from complaint_kit.interview.words import yes_no_words
from complaint_kit.textclean import terminal_text

EXIT_INTERRUPTED = 130
EXIT_MISSING = 2


class Interrupted(Exception):
    """Ctrl-C or end of input: save and say how to resume."""


def _columns() -> int | None:
    """The terminal's width, to wrap long lines at; None when the output is not a terminal."""
    import os

    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns if sys.stdout.isatty() else None
    except (OSError, ValueError):
        return None


class Terminal:
    def __init__(self, lang: str, read: Callable[[str], str] = input,
                 write: Callable[[str], None] = print, columns: int | None = None):
        self.lang = lang
        self._ = translator(lang)
        self.read_line = read
        self.registry: Any = None  # set by ``run``: the crisis lines and titles come from it
        self.columns = columns

        # Every line shown passes terminal_text: answers and case data printed back could
        # otherwise colour, clear or retitle the terminal. Long lines wrap at words (or, in
        # Chinese, characters), never in the middle of a word.
        def show(text: str) -> None:
            for line in terminal_text(text).split("\n"):
                for part in wrap(line, self.columns - 1) if self.columns else [line]:
                    write(part)

        self.write: Callable[[str], None] = show

    @property
    def colon(self) -> str:
        """A label's colon: the full-width one after Chinese, never an ASCII one."""
        return "\uff1a" if self.lang.startswith("zh") else ": "

    def error(self, exc: AnswerError) -> str:
        """Why an answer cannot be used, in the user's language."""
        return exc.text(self.lang)

    def short_label(self, question: Question) -> str:
        """A question as the review lists it: its short label, or its prompt's first sentence
        without the instructions in brackets."""
        if question.label:
            return localise(question.label, self.lang)
        text = re.sub(r"\s*[（(][^（）()]*[）)]", "", localise(question.prompt, self.lang))
        return re.split(r"[？?。:：]", text, maxsplit=1)[0].strip() or text

    def ask(self, prompt: str = "> ") -> str:
        if self.columns:  # a long prompt wraps too; the answer is typed after its last line
            space = prompt[len(prompt.rstrip()):]
            *above, last = wrap(prompt, self.columns - 1)
            for line in above:
                self.write(line)
            prompt = last.rstrip() + space
        try:
            return self.read_line(prompt)
        except (KeyboardInterrupt, EOFError):
            raise Interrupted from None

    def label(self, question: Question, value: Any, place: str | None = None) -> str:
        _ = self._
        if value in (None, "", []):
            return ""
        if question.type == "money":
            return money_text(value, place, self.lang)
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
            return ("、" if self.lang.startswith("zh") else "; ").join(
                labels.get(v, str(v)) for v in value)
        return labels.get(value, str(value))


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
    _ = term._
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
    while True:
        raw = term.ask().strip()
        if raw == "<":
            if not iv.back():
                term.write(_("This is the first question."))
            return
        if raw == "?":
            term.write(localise(question.help, term.lang) or _("No help for this question."))
            continue
        clears = ("-", "0") if question.type == "flags" else ("-",)
        try:
            if raw in clears and not question.required and (current or raw == "0"):
                iv.clear(question)
                iv.advance()
            elif not raw:
                iv.skip()
            elif _confirmed(term, iv, question, raw):
                iv.answer(raw)
            else:
                term.write(localise(question.prompt, term.lang))
                continue
        except AnswerError as exc:
            term.write(term.error(exc))
            continue
        _after_answer(term, iv, question)
        return


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
            incident = {"time": parse_incident({"time": line}, iv.place)["time"]}
        except AnswerError as exc:
            term.write(term.error(exc))
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

    STEPS = ("time", "channel", "whom", "which", "name", "their_number", "asked_to_stop",
             "number", "text", "wording", "automated", "audience")
    PASTED = ("channel", "whom", "which", "name", "their_number", "asked_to_stop", "wording",
              "audience")

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

    @property
    def group(self) -> str | None:
        """The choice of WHOM whose short list holds this contact's relation, if any."""
        return next((key for key, members in GROUPS.items()
                     if self.relation in {v for v, _l in members}), None)

    def applies(self, step: str) -> bool:
        channel = self.item.get("channel")
        if step == "which":
            return self.group is not None
        if step in ("name", "their_number", "asked_to_stop"):
            return is_third_party(self.item) and self.relation != "public"
        if step == "wording":
            return bool(self.item.get("content"))
        if step == "automated":
            return channel == "call"
        if step == "audience":
            return channel in ("im", "social_post") or self.relation == "public"
        return True

    def run(self, start: str | None = None, steps: tuple[str, ...] = STEPS) -> None:
        try:
            self._run(start, tuple(steps))
        except Interrupted:  # Ctrl-C or Ctrl-D half-way: say what happens to this contact
            self.term.write("")
            self.term.write(self._("The contact of {time} is saved as far as you got; the "
                                   "interview asks the rest when you go on.").format(
                time=self.item.get("time", "")))
            raise

    def _run(self, start: str | None, steps: tuple[str, ...]) -> None:
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
        return describe_contact(self.term, self.item)

    def _drop(self, step: str) -> None:
        item = self.item
        if step in ("name", "their_number", "asked_to_stop") and "to" in item:
            item["to"].pop("number" if step == "their_number" else step, None)
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
                self.item["time"] = parse_incident({"time": raw}, self.iv.place)["time"]
                return None
            except AnswerError as exc:
                self.term.write(self.term.error(exc))

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
        current = self.group or relation
        value = self._choose(N_("Whom did it reach"), WHOM, current, _("Enter = me"),
                             help=N_("Choose who answered the call or got the message. Another "
                                     "relative, or someone else, leads to a short list."))
        if value is _BACK:
            return _BACK
        if value is not None and value != self.group:  # the same group keeps its pick
            self._set_to("relation", None if value == "debtor" else value)
        return None

    def ask_which(self) -> Any:
        """Which one of a group: the relative, or the someone else."""
        _ = self._
        group = self.group or "relative"
        choices = GROUPS[group]
        current = self.relation if self.relation != group else None
        if group == "relative":
            value = self._choose(N_("Which relative"), choices, current,
                                 _("Enter = another relative"))
        else:
            value = self._choose(N_("Who was it"), choices, current, _("Enter = someone else"))
        if value is _BACK:
            return _BACK
        self._set_to("relation", value or group)
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

    def ask_their_number(self) -> Any:
        _ = self._
        current = (self.item.get("to") or {}).get("number")
        enter = (_("Enter keeps: {value}").format(value=current) if current
                 else _("Enter to skip"))
        while True:
            raw = self._line(self._ask(_("Their phone number, the one the collectors called "
                                         "or texted"), enter))
            if raw is _BACK or not raw:
                return raw if raw is _BACK else None
            try:
                self._set_to("number", parse_phone(raw, phone_region(self.iv.place)))
                return None
            except AnswerError as exc:
                self.term.write(self.term.error(exc))

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
                self.item["from_number"] = parse_phone(raw, phone_region(self.iv.place),
                                                       service=True)
                return None
            except AnswerError as exc:
                self.term.write(self.term.error(exc))

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


def describe_contact(term: Terminal, item: dict[str, Any]) -> str:
    """One contact on one line: when, how, whom (with the name and number typed), the words."""
    _ = term._
    to = item.get("to") or {}
    relation = to.get("relation") or "debtor"
    whom = _((dict(WHOM) | dict(RELATIVES) | dict(OTHERS)).get(relation, relation))
    whom += "".join(f" {to[k]}" for k in ("name", "number") if to.get(k))
    parts = [str(item.get("time", "")), _('channel.' + str(item.get("channel", "sms"))), whom]
    if item.get("from_number"):
        parts.append(str(item["from_number"]))
    if item.get("content"):
        text = " ".join(str(item["content"]).split())
        parts.append(text if len(text) <= 24 else text[:23] + "…")
    return " · ".join(parts)


def edit_contacts(term: Terminal, iv: Interview, question: Question) -> None:
    """The recorded contacts, by number: change one, delete one, or add one."""
    _ = term._
    incidents = [dict(i) for i in iv.answers().get(question.id) or []]
    while True:
        term.write("")
        term.write(_("The contacts recorded:") if incidents else _("No contacts recorded yet."))
        for n, item in enumerate(incidents, 1):
            term.write(f"  {n}. {describe_contact(term, item)}")
        raw = term.ask(_("Number of a contact to change or delete, + to add one, Enter when "
                         "done") + "> ").strip()
        if raw in ("", "<"):
            return
        if raw == "+":
            line = term.ask(_("Time") + "> ").strip()
            if line in ("", "<"):  # changed their mind
                continue
            try:
                incidents.append({"time": parse_incident({"time": line}, iv.place)["time"]})
            except AnswerError as exc:
                term.write(term.error(exc))
                continue
            ContactForm(term, iv, incidents, len(incidents) - 1).run()
            continue
        if not (raw.isdigit() and 1 <= int(raw) <= len(incidents)):
            term.write(_("Choose one of the numbers shown."))
            continue
        index = int(raw) - 1
        term.write(f"  {describe_contact(term, incidents[index])}")
        what = term.ask(_("1 = change it, 2 = delete it, Enter = leave it as it is") + "> "
                        ).strip()
        if what == "1":
            ContactForm(term, iv, incidents, index).run(start="time")
        elif what == "2":
            gone = incidents.pop(index)
            _save_incidents(iv, incidents)
            term.write(_("Deleted: {contact}").format(contact=describe_contact(term, gone)))
        elif what not in ("", "<"):
            term.write(_("Choose one of the numbers shown."))


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
            if not (follow_up.required and _unanswered(iv, follow_up)
                    and follow_up in iv.applicable()):
                break
    iv.position = None
    if iv.save_to is not None:
        iv.save(iv.save_to)


def _load_answers(path: Path) -> dict[str, Any]:
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
    from complaint_kit.cli.common import fail
    from complaint_kit.plugins.registry import get_registry

    data = load_partial(path)
    saved_lang = (data.get("interview") or {}).get("lang")
    term = Terminal(pick_language(lang or saved_lang), read, columns=_columns())
    _ = term._
    registry = get_registry()
    term.registry = registry
    resuming = bool(data.get("interview"))
    iv = Interview.for_registry(data, registry)
    iv.lang = term.lang
    iv.save_to = path
    given = _load_answers(answers_file) if answers_file else {}
    if interactive and not given and not resuming:
        _opening(term, path)
    elif resuming and iv.position and interactive:
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
                        raise fail(f"{answers_file}: {question.id}: {term.error(exc)}"
                                   ) from None
                    term.write(f"{question.id}: {term.error(exc)}")
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
        chosen = docs or given.get("documents")
        while True:
            case = _check(term, iv, path, registry, guided)
            if _finish(term, iv, case, path, registry, out_dir or path.parent, chosen,
                       guided) is not _BACK:
                break
    except (Interrupted, KeyboardInterrupt):
        iv.save(path)
        term.write("")
        term.write(_("Saved. To continue later: complaint-kit interview {file}")
                   .format(file=resume_command(path, term.lang)))
        return EXIT_INTERRUPTED
    return 0


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


def _unanswered(iv: Interview, question: Question) -> bool:
    return iv.answers().get(question.id) in (None, "", [])


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


@contextmanager
def _quiet() -> Iterator[None]:
    """No library warnings (matplotlib's font notes...) over the user's screen while drafting."""
    import logging
    import warnings

    logger = logging.getLogger("matplotlib")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _for_user(term: Terminal, registry: Any, case: Any, channel: Any) -> Any:
    """A routed channel (in the case's language) in the user's, where the plugin has that
    translation; else as the case has it."""
    base = registry.channel(case.jurisdiction, channel.id)
    return base.in_language(term.lang) if term.lang in base.translations else channel


def _findings(term: Terminal, case: Any, registry: Any, assessment: Any) -> None:
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
            term.write(f"  {i}. {_for_user(term, registry, case, channel).name}")


def _choose_documents(term: Terminal, iv: Interview, kinds: list[str], titles: dict[str, str]
                      ) -> list[str] | object:
    """The documents the user picks (``_BACK``: back to the answers)."""
    _ = term._
    term.write("")
    term.write(_("Documents to draft:"))
    for i, kind in enumerate(kinds, 1):
        term.write(f"  {i}. {titles.get(kind, kind)}")
    term.write("  " + _("(< goes back to your answers)"))
    last = [str(kinds.index(k) + 1) for k in iv.documents or [] if k in kinds]
    while True:
        if last:
            raw = term.ask(_("Numbers of the documents to draft (Enter = as last time: "
                             "{numbers}; 0 = none)").format(numbers=" ".join(last)) + "> ")
        else:
            raw = term.ask(_("Numbers of the documents to draft (Enter = all, 0 = none)") + "> ")
        if raw.strip() == "<":
            return _BACK
        picks = raw.replace(",", " ").replace("，", " ").split() or last
        if not picks:
            return list(kinds)
        if picks == ["0"]:
            return []
        if all(p.isdigit() and 1 <= int(p) <= len(kinds) for p in picks):
            return [kinds[int(p) - 1] for p in dict.fromkeys(picks)]
        term.write(_("Choose one of the numbers shown."))


def _finish(term: Terminal, iv: Interview, case: Any, path: Path, registry: Any,
            out_dir: Path, docs: list[str] | None, interactive: bool) -> object:
    from complaint_kit.draft.checklist import checklist_path, write_checklist
    from complaint_kit.draft.pipeline import assess, draft_case, plan

    _ = term._
    assessment = assess(case, registry)
    _findings(term, case, registry, assessment)
    kinds: list[str] = []
    for d in plan(case, registry, assessment):
        if d.kind.id not in kinds:
            kinds.append(d.kind.id)
    if docs is None and not kinds:
        return None
    # A kind named explicitly is always drafted; a finished case run again without one drafts
    # what was chosen last time.
    chosen: list[str] = list(docs) if docs is not None else [
        k for k in iv.documents or kinds if k in kinds] or list(kinds)
    if interactive and docs is None:
        titles = {d.id: d.title_for(case.language)
                  for d in registry.documents_for(case.jurisdiction)}
        picked = _choose_documents(term, iv, kinds, titles)
        if picked is _BACK:
            return _BACK
        chosen = list(picked)  # type: ignore[arg-type]
    iv.documents = chosen
    iv.save(path, done=True)
    if not chosen:
        return None
    term.write(_("Drafting…"))
    drafts: list[Any] = []
    with _quiet():
        for kind in chosen:
            assessment, found = draft_case(case, registry, out_dir, doc=kind,
                                           base_dir=path.parent, case_stem=path.stem,
                                           checklist=False)
            drafts += found
        checklist = None
        if drafts:
            checklist = write_checklist(case, registry, assessment, drafts,
                                        checklist_path(out_dir, case, path.stem))
    _what_next(term, case, registry, assessment, drafts, checklist)
    return None


def _what_next(term: Terminal, case: Any, registry: Any, assessment: Any, drafts: list[Any],
               checklist: Path | None) -> None:
    """The drafted files as a table in the user's language: each file with its folder, what
    it is for, where it goes, in which order and by when (the routing the findings made)."""
    _ = term._
    if not drafts:
        return
    c = term.colon
    file, send_to, limits = _("File"), _("Send to"), _("Time limits")
    term.write("")
    term.write(_("Your documents, in the order to send them:"))
    order = {channel.id: n for n, channel in enumerate(assessment.routes, 1)}
    ranked = sorted(drafts, key=lambda d: order.get(d.channel.id, 0) if d.channel else 10**6)
    for n, draft in enumerate(ranked, 1):
        files = [p.resolve() for p in (draft.path, draft.text_path) if p]
        term.write(f"  {n}. {draft.kind.title_for(term.lang)}")
        for path in files:
            term.write(f"     {file}{c}{path}")
        if draft.channel is not None:
            channel = _for_user(term, registry, case, draft.channel)
            term.write(f"     {send_to}{c}{channel.name}")
            for deadline in channel.deadlines or (_("none listed"),):
                term.write(f"     {limits}{c}{deadline}")
        else:
            term.write(f"     {send_to}{c}" + _("enclose it with the documents above"))
    if checklist is not None:
        term.write(_("Checklist (how to send each one, what to enclose){colon}{file}").format(
            colon=c, file=checklist.resolve()))
    term.write(_("Drafts to check and sign, not legal advice."))
