"""The interview engine: which question comes next, answers into case data, pause and resume.

Pure logic: no terminal I/O (the front end is ``interview.session``). A partial case usually is not
a valid Case yet, so the engine works on the raw case data and saves it as YAML with
``interview: {version, next_question}``; the full check happens at the end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from complaint_kit.casefile.atomic import atomic_write_text
from complaint_kit.evidence.pasted import split_messages
from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.answers import CORE_VALIDATORS, Validator, parse
from complaint_kit.interview.dates import format_datetime, parse_datetime
from complaint_kit.interview.phones import parse_phone, phone_region
from complaint_kit.interview.question import Question, get_path, holds, load_questions, set_path
from complaint_kit.model.case import Audience, Relation, Wording

if TYPE_CHECKING:
    from complaint_kit.plugins.registry import Registry

# Raise when questions change in a way that makes an old `next_question` meaningless.
INTERVIEW_VERSION = 1
CORE_QUESTIONS = Path(__file__).parent / "questions" / "core.yaml"
CHANNELS = ("call", "sms", "im", "visit", "letter", "email", "social_post", "other")


OTHERS_CONTACTED = "facts.others_contacted"  # the core question's answer; see core.yaml


def is_third_party(incident: Mapping[str, Any]) -> bool:
    relation = (incident.get("to") or {}).get("relation") or "debtor"
    return relation not in ("debtor", "guarantor")


def merge_questions(core: list[Question], extra: list[Question]) -> list[Question]:
    """Plugin questions go after the question they name in ``after``, else at the end."""
    ordered = list(core)
    for question in extra:
        ids = [q.id for q in ordered]
        if question.after in ids:
            at = ids.index(question.after) + 1
            while at < len(ordered) and ordered[at].after == question.after:
                at += 1
            ordered.insert(at, question)
        else:
            ordered.append(question)
    return ordered


def parse_incident(raw: Mapping[str, Any], place: str | None = None) -> dict[str, Any]:
    """One incident from quick-entry fields (time, channel, number, text) as case data;
    ``place`` (the case's jurisdiction) says how its dates and numbers are written."""
    raw = dict(raw)
    if "time" not in raw:
        raise AnswerError("Each contact needs its date and time.")
    incident: dict[str, Any] = {"time": format_datetime(parse_datetime(str(raw.pop("time")),
                                                                       place=place))}
    incident["channel"] = _channel(raw.pop("channel", "sms"))
    number = raw.pop("number", None) or raw.pop("from_number", None)
    if number:
        incident["from_number"] = parse_phone(str(number), phone_region(place), service=True)
    text = raw.pop("text", None) or raw.pop("content", None)
    if text:
        incident["content"] = str(text)
    to = _whom_reached(raw.pop("to", None), place)
    if to:
        incident["to"] = to
    _check_wording_and_audience(raw)
    incident.update(raw)  # anything else a case file allows (answered, automated, tags...)
    return incident


def _channel(value: Any) -> str:
    channel = str(value or "sms")
    if channel not in CHANNELS:
        raise AnswerError("Choose one of the numbers shown.")
    return channel


def _whom_reached(to: Any, place: str | None) -> dict[str, Any] | None:
    """Whom a contact reached: a relation ("to: parent" for short) or a mapping, its number (the
    person's own, never a service sender's) checked; None if not given."""
    if isinstance(to, str):
        to = {"relation": to}
    if to is not None and not isinstance(to, Mapping):
        raise AnswerError("Whom a contact reached is a relation, e.g. parent or employer.")
    if not to:
        return None
    if to.get("relation") is not None and str(to["relation"]) not in set(Relation):
        raise AnswerError("Whom a contact reached is a relation, e.g. parent or employer.")
    reached = dict(to)
    if to.get("number"):
        reached["number"] = parse_phone(str(to["number"]), phone_region(place))
    return reached


def _check_wording_and_audience(raw: Mapping[str, Any]) -> None:
    if raw.get("wording") is not None and str(raw["wording"]) not in set(Wording):
        raise AnswerError("The wording is verbatim (exact words) or described.")
    if raw.get("audience") is not None and str(raw["audience"]) not in set(Audience):
        raise AnswerError("The audience is private, group or public.")


class Interview:
    def __init__(self, data: dict[str, Any], questions: list[Question],
                 validators: Mapping[str, Validator] | None = None,
                 jurisdictions: Mapping[str, str | Mapping[str, str]] | None = None):
        self.data = data
        self.validators = {**CORE_VALIDATORS, **(validators or {})}
        choices = tuple((jurisdictions or {}).items())
        self.questions = [dataclasses.replace(q, choices=choices)
                          if q.choices_from == "jurisdictions" else q for q in questions]
        self.position: str | None = None
        self.history: list[str] = []
        self.save_to: Path | None = None  # where the front end saves after each answer
        # A contact being typed in: (its index in the incidents, the next thing to ask about
        # it), saved in ``next_question`` as "incidents#3:whom" so that a pause loses nothing.
        self.pending: tuple[int, str] | None = None
        state = data.get("interview") or {}
        self.lang: str | None = state.get("lang")  # the interview's language, kept on resume
        self.documents: list[str] | None = state.get("documents")  # the kinds chosen last
        self._resume()

    @classmethod
    def for_registry(cls, data: dict[str, Any], registry: Registry) -> Interview:
        questions = merge_questions(load_questions(CORE_QUESTIONS), registry.questions)
        names = {code: j.choice_label() for code, j in sorted(registry.jurisdictions.items())}
        return cls(data, questions, registry.answer_validators, names)

    # What is asked

    def answers(self) -> dict[str, Any]:
        found = {}
        for q in self.questions:
            value = get_path(self.data, q.target)
            if q.type == "flags" and isinstance(value, Mapping):
                value = [k for k, v in value.items() if v is True]
            found[q.id] = value
        return found

    def applicable(self) -> list[Question]:
        answers = self.answers()
        place = self.data.get("jurisdiction")
        return [q for q in self.possible(place) if holds(q.when, answers)]

    def question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)

    @property
    def current(self) -> Question | None:
        return self.question(self.position) if self.position else None

    def possible(self, place: str | None) -> list[Question]:
        """The questions a case of ``place`` could ask, whatever its answers turn out to be."""
        asked = [q for q in self.questions if q.jurisdiction in (None, place)]
        replaced = {q.replaces for q in asked if q.replaces}
        return [q for q in asked if q.id not in replaced]

    def progress(self) -> tuple[int, int]:
        """(this question's place, how many there can be at most). Counting the questions that
        could still come, not those that apply so far, keeps the total from growing as answers
        open follow-ups: numbers are skipped instead. Before the place is known, the largest
        total of any place is shown, which then can only shrink."""
        place = self.data.get("jurisdiction")
        places = [place] if place else sorted({q.jurisdiction for q in self.questions}
                                              - {None}) or [None]
        total = max(len(self.possible(p)) for p in places)
        ids = [q.id for q in self.possible(place)] if place else [q.id for q in self.questions]
        if self.position in ids:
            return ids.index(self.position) + 1, total
        return total, total

    def _resume(self) -> None:
        state = self.data.get("interview") or {}
        ids = [q.id for q in self.applicable()]
        position, _, pending = str(state.get("next_question") or "").partition("#")
        if state.get("version") == INTERVIEW_VERSION and position in ids:
            self.position = position
            self.pending = self._pending_contact(pending)
        elif state.get("done") and state.get("version") == INTERVIEW_VERSION:
            self.position = None
        else:  # new file, or saved by another version: ask what has no answer yet
            answers = self.answers()
            self.position = next((i for i in ids if answers.get(i) in (None, "", [])), None)

    def _pending_contact(self, saved: str) -> tuple[int, str] | None:
        """A contact left half-way, from its saved "3:whom" (its index, the next thing to ask
        about it); None if there is none, or it is no longer there."""
        index, _, step = saved.partition(":")
        if index.isdigit() and step and int(index) < len(self.data.get("incidents") or []):
            return int(index), step
        return None

    # Answering

    def parse(self, question: Question, raw: Any) -> Any:
        if question.type == "incidents":
            if isinstance(raw, str):  # a pasted block of messages
                raw = [raw]
            if not isinstance(raw, list):
                raise AnswerError("Contacts are a list.")
            incidents: list[dict[str, Any]] = []
            for item in raw:
                if isinstance(item, Mapping):
                    incidents.append(parse_incident(item, self.place))
                else:
                    found = split_messages(str(item))
                    if not found:
                        raise AnswerError("Each contact needs its date and time.")
                    incidents += found
            return incidents
        return parse(question, raw, self.validators, place=self.place)

    @property
    def place(self) -> str | None:
        """The case's jurisdiction, once it is known: how dates, numbers and money are read."""
        place = self.data.get("jurisdiction")
        return str(place) if place else None

    def answer(self, raw: Any) -> None:
        """Store the answer to the current question and move on; AnswerError if unusable."""
        question = self.current
        if question is None:
            raise RuntimeError("the interview is over")
        self.set_answer(question, raw)
        self.history.append(question.id)
        self.position = self._after(question.id)

    def set_answer(self, question: Question, raw: Any) -> None:
        empty = raw is None or (isinstance(raw, str) and not raw.strip())
        if empty:
            if question.required:
                raise AnswerError("An answer is needed here.")
            return
        value = self.parse(question, raw)
        if question.type == "flags":
            value = self._with_flags(question, value)
        if question.type == "incidents":
            self.set_incidents(value)
            return
        for target in (question.target, *question.also):
            set_path(self.data, target, value)  # None ("I don't know") removes an answer
        self._set_what_the_answer_says(question, value)

    def _with_flags(self, question: Question, chosen: Any) -> dict[str, bool]:
        """The flags answered: each choice true or false, the others kept as they were."""
        current = get_path(self.data, question.target) or {}
        return {**current, **{v: v in chosen for v, _ in question.choices}}

    def _set_what_the_answer_says(self, question: Question, value: Any) -> None:
        """The fields an answer says more about: from its table (``sets_from``), and the fixed
        values any answer sets (``sets``)."""
        for target, table in (question.sets_from or {}).items():
            if not isinstance(value, list | dict) and value in table:
                set_path(self.data, target, table[value])
        if value is not None:
            for target, fixed in (question.sets or {}).items():
                set_path(self.data, target, fixed)

    def set_incidents(self, incidents: list[dict[str, Any]]) -> None:
        """The contacts; one recorded with someone else answers ``others_contacted`` too."""
        set_path(self.data, "incidents", incidents)
        if any(isinstance(i, Mapping) and is_third_party(i) for i in incidents):
            set_path(self.data, OTHERS_CONTACTED, True)

    def clear(self, question: Question) -> None:
        """Remove the answer to an optional question (the case model's default applies)."""
        if question.required:
            raise AnswerError("An answer is needed here.")
        if question.type == "flags":
            current = get_path(self.data, question.target) or {}
            set_path(self.data, question.target,
                     {**current, **{v: False for v, _ in question.choices}})
            return
        for target in (question.target, *question.also, *(question.sets or {}),
                       *(question.sets_from or {})):
            set_path(self.data, target, None)

    def skip(self) -> None:
        """Leave an optional question unanswered, or a required one with its answer as it is."""
        question = self.current
        if question is None:
            return
        if question.required and self.answers().get(question.id) in (None, "", []):
            raise AnswerError("An answer is needed here.")
        self.advance()

    def advance(self) -> None:
        """Go on to the next question that applies, leaving the current one as it is."""
        if self.current:
            self.history.append(self.current.id)
            self.position = self._after(self.current.id)

    def back(self) -> bool:
        ids = [q.id for q in self.applicable()]
        while self.history:
            previous = self.history.pop()
            if previous in ids:
                self.position = previous
                return True
        if self.position in ids and ids.index(self.position) > 0:
            self.position = ids[ids.index(self.position) - 1]
            return True
        if self.position is None and ids:
            self.position = ids[-1]
            return True
        return False

    def _after(self, question_id: str) -> str | None:
        all_ids = [q.id for q in self.questions]
        applicable = {q.id for q in self.applicable()}
        for qid in all_ids[all_ids.index(question_id) + 1:]:
            if qid in applicable:
                return qid
        return None

    # Saving

    def state(self, done: bool = False) -> dict[str, Any]:
        state: dict[str, Any] = {"version": INTERVIEW_VERSION}
        if self.position and not done:
            state["next_question"] = self.position
            if self.pending:
                state["next_question"] += "#{}:{}".format(*self.pending)
        if done:
            state["done"] = True
        if self.lang:
            state["lang"] = self.lang
        if self.documents is not None:
            state["documents"] = list(self.documents)
        return state

    def snapshot(self, done: bool = False) -> dict[str, Any]:
        data = {k: v for k, v in self.data.items() if k != "interview"}
        data.setdefault("schema_version", 1)
        data = {"schema_version": data.pop("schema_version"), **data}
        data["interview"] = self.state(done)
        return data

    def save(self, path: Path, done: bool = False) -> None:
        from complaint_kit.casefile.dump import dump_data

        atomic_write_text(path, dump_data(self.snapshot(done)))


def load_partial(path: Path) -> dict[str, Any]:
    """A case file as raw data (a partial case need not validate); {} if there is none yet."""
    if not path.exists():
        return {}
    from complaint_kit.casefile.load import CaseFileError, Problem, parse

    data, _ = parse(path.read_text(encoding="utf-8-sig"), str(path))
    if not isinstance(data, dict):
        raise CaseFileError(str(path), [Problem("", "a case must be a mapping of fields")])
    return data
