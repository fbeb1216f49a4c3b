"""The contacts question: contacts typed or pasted in, the one whose words were checked and found
untrue, and (from the review) the list of contacts to change, delete or add to."""

from __future__ import annotations

import copy
from typing import Any

from complaint_kit.evidence.pasted import MESSAGE_START, split_messages
from complaint_kit.i18n import localise
from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.contact_form import ContactForm, describe_contact, save_incidents
from complaint_kit.interview.engine import (
    OTHERS_CONTACTED,
    Interview,
    is_third_party,
    parse_incident,
)
from complaint_kit.interview.question import Question, get_path
from complaint_kit.interview.terminal import Interrupted, Terminal


def ask_incidents(term: Terminal, iv: Interview, question: Question) -> None:
    """Contacts by their time (each then asked about in a ContactForm) or pasted as messages,
    until an empty line; then which one said something found untrue."""
    _ = term._
    incidents = [dict(i) for i in iv.answers().get(question.id) or []]
    others = get_path(iv.data, OTHERS_CONTACTED) is True
    _introduce(term, iv, question, len(incidents), others)
    if iv.pending is not None:  # a contact left half-way: finish it first
        index, step = iv.pending
        term.write(_("Finishing the contact of {time}.").format(
            time=incidents[index].get("time", "")))
        ContactForm(term, iv, incidents, index).run(start=step)
    if not _record_contacts(term, iv, question, incidents, others):
        return  # gone back: what was recorded stays recorded
    _ask_checked(term, iv, incidents)
    iv.advance()


def _introduce(term: Terminal, iv: Interview, question: Question, recorded: int,
               others: bool) -> None:
    _ = term._
    n, total = iv.progress()
    term.write("")
    term.write(f"[{n}/{total}] {localise(question.prompt, term.lang)}")
    term.write("  " + _("{n} contacts recorded so far.").format(n=recorded))
    if others:
        term.write("  " + _("You said they contacted other people: record those contacts too, "
                            "and say whom each one reached."))
    term.write("  " + _("Enter the time of a contact (YYYY-MM-DD HH:MM), or paste several "
                        "messages, each line starting with its date and time. An empty line "
                        "finishes. (< goes back, ? shows help)"))


def _record_contacts(term: Terminal, iv: Interview, question: Question,
                     incidents: list[dict[str, Any]], others: bool) -> bool:
    """Contacts typed or pasted until an empty line: True when done, False when the user went
    back. Where they said others were contacted and no contact reached anyone else, the first
    empty line reminds them."""
    _ = term._
    reminded = False
    while True:
        line = term.ask(_("Time") + "> ").strip()
        if not line:
            if others and not reminded and not any(is_third_party(i) for i in incidents):
                reminded = True
                term.write(_("None of these contacts reached anyone but you. Type the time of "
                             "a contact with someone else, or press Enter again to go on."))
                continue
            return True
        if line == "<":
            iv.back()
            return False
        _take_line(term, iv, question, incidents, line)


def _take_line(term: Terminal, iv: Interview, question: Question,
               incidents: list[dict[str, Any]], line: str) -> None:
    """A line typed at "Time>": help, pasted messages, or the time of a contact to ask about."""
    if line == "?":
        term.write(localise(question.help, term.lang))
        return
    m = MESSAGE_START.match(line)
    if m and m["text"].strip():
        _paste(term, iv, incidents, line)
        return
    try:
        incident = {"time": parse_incident({"time": line}, iv.place)["time"]}
    except AnswerError as exc:
        term.write(term.error(exc))
        return
    incidents.append(incident)
    ContactForm(term, iv, incidents, len(incidents) - 1).run()


def _ask_checked(term: Terminal, iv: Interview, incidents: list[dict[str, Any]]) -> None:
    """Which contact said something the user checked and found untrue, and how."""
    _ = term._
    said = [(n, i) for n, i in enumerate(incidents) if i.get("content")]
    if not said:
        return
    term.write(_("Did you check something they said and find it untrue (for example, the "
                 "court said there is no case against you)?"))
    for k, (_n, incident) in enumerate(said, 1):
        term.write(f"  {k}. {incident.get('time', '')} · {_shortened(incident['content'])}")
    while True:
        raw = term.ask(_("Number of that contact (Enter = none)") + "> ").strip()
        if not raw or raw == "<":
            return
        if not (raw.isdigit() and 1 <= int(raw) <= len(said)):
            term.write(_("Choose one of the numbers shown."))
            continue
        _ask_how_checked(term, iv, incidents, said[int(raw) - 1][1])


def _shortened(content: Any) -> str:
    """A contact's words on one line, cut at 40 characters."""
    text = " ".join(str(content).split())
    return text if len(text) <= 40 else text[:39] + "…"


def _ask_how_checked(term: Terminal, iv: Interview, incidents: list[dict[str, Any]],
                     incident: dict[str, Any]) -> None:
    how = term.ask(term._("How did you check it, and what did you find? (e.g. the court said "
                          "there is no such case)") + "> ").strip()
    if how and how != "<":
        incident["verified_false"] = how
        save_incidents(iv, incidents)


def _paste(term: Terminal, iv: Interview, incidents: list[dict[str, Any]], first: str) -> None:
    """Pasted messages: text messages to the user, word for word, unless the user says not."""
    _ = term._
    block = [first]
    try:
        while (more := term.ask("... ")).strip():
            block.append(more)
    except Interrupted:  # keep what was pasted so far
        incidents += split_messages("\n".join(block))
        save_incidents(iv, incidents)
        raise
    found = split_messages("\n".join(block))
    at = len(incidents)
    incidents += found
    save_incidents(iv, incidents)
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
    save_incidents(iv, incidents)


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
            _add_contact(term, iv, incidents)
        elif raw.isdigit() and 1 <= int(raw) <= len(incidents):
            _change_or_delete(term, iv, incidents, int(raw) - 1)
        else:
            term.write(_("Choose one of the numbers shown."))


def _add_contact(term: Terminal, iv: Interview, incidents: list[dict[str, Any]]) -> None:
    """A contact by its time, then asked about; nothing if the user changes their mind."""
    line = term.ask(term._("Time") + "> ").strip()
    if line in ("", "<"):
        return
    try:
        incidents.append({"time": parse_incident({"time": line}, iv.place)["time"]})
    except AnswerError as exc:
        term.write(term.error(exc))
        return
    ContactForm(term, iv, incidents, len(incidents) - 1).run()


def _change_or_delete(term: Terminal, iv: Interview, incidents: list[dict[str, Any]],
                      index: int) -> None:
    _ = term._
    term.write(f"  {describe_contact(term, incidents[index])}")
    what = term.ask(_("1 = change it, 2 = delete it, Enter = leave it as it is") + "> ").strip()
    if what == "1":
        ContactForm(term, iv, incidents, index).run(start="time")
    elif what == "2":
        gone = incidents.pop(index)
        save_incidents(iv, incidents)
        term.write(_("Deleted: {contact}").format(contact=describe_contact(term, gone)))
    elif what not in ("", "<"):
        term.write(_("Choose one of the numbers shown."))
