"""The questions about one contact, asked one at a time and saved as each is answered; and a
contact described on one line."""

from __future__ import annotations

from typing import Any

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
from complaint_kit.interview.engine import CHANNELS, Interview, is_third_party, parse_incident
from complaint_kit.interview.phones import parse_phone, phone_region
from complaint_kit.interview.terminal import Interrupted, Terminal
from complaint_kit.interview.words import yes_no_words

_BACK = object()  # what a step returns when the user goes back one question
_UNCHOSEN = object()  # a line that picks none of the choices


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
            save_incidents(self.iv, self.incidents)
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
        save_incidents(self.iv, self.incidents)
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
        form = N_("{question} (number, {enter})") if listed else N_(
            "{question} (1 = yes, 2 = no, {enter})")
        while True:
            raw = self._line(_(form).format(question=_(prompt), enter=enter), help)
            if raw is _BACK:
                return _BACK
            if not raw:
                return current
            value = _chosen(raw, choices)
            if value is not _UNCHOSEN:
                return value
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


def save_incidents(iv: Interview, incidents: list[dict[str, Any]]) -> None:
    """The contacts into the case, and the case saved at once (where the interview saves)."""
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


def _chosen(raw: str, choices: tuple) -> Any:
    """The value a number picks (or, in a yes/no choice, a word); _UNCHOSEN if none."""
    if raw.isdigit() and 1 <= int(raw) <= len(choices):
        return choices[int(raw) - 1][0]
    if any(isinstance(v, bool) for v, _l in choices):
        yes, no = yes_no_words()
        if raw.lower() in yes | no:
            return raw.lower() in yes
    return _UNCHOSEN
