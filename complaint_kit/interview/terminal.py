"""The terminal the interview speaks through: each line shown safe and wrapped, each answer
read (Ctrl-C or the end of input as Interrupted), each value labelled in the user's language."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

from complaint_kit.i18n import localise, translator
from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.engine import is_third_party
from complaint_kit.interview.money import money_text
from complaint_kit.interview.question import Question
from complaint_kit.interview.termwrap import wrap
from complaint_kit.textclean import terminal_text


class Interrupted(Exception):
    """Ctrl-C or end of input: save and say how to resume."""


def terminal_width() -> int | None:
    """The terminal's width, to wrap long lines at; None when the output is not a terminal."""
    import os

    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns if sys.stdout.isatty() else None
    except (OSError, ValueError):
        return None


class Terminal:
    """Lines shown and answers read in the user's language (``read`` and ``write`` stand in for
    the keyboard and screen in tests)."""

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
            return self._contacts_label(value)
        if isinstance(value, list):
            return ("、" if self.lang.startswith("zh") else "; ").join(
                labels.get(v, str(v)) for v in value)
        return labels.get(value, str(value))

    def _contacts_label(self, contacts: list[Any]) -> str:
        """How many contacts, and how many of them reached other people."""
        _ = self._
        others = sum(isinstance(i, dict) and is_third_party(i) for i in contacts)
        if others:
            return _("{n} contacts, {k} of them with other people").format(
                n=len(contacts), k=others)
        return _("{n} contacts").format(n=len(contacts))
