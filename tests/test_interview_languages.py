"""The interview's language: from the option or the locale, and every message translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from complaint_kit.i18n import LANGUAGES, _messages, pick_language, translator
from complaint_kit.interview.engine import CORE_QUESTIONS
from complaint_kit.interview.question import load_questions


def test_language_from_option_or_locale():
    assert pick_language("zh-Hant", {}) == "zh-Hant"
    assert pick_language(None, {"LANG": "zh_CN.UTF-8"}) == "zh-Hans"
    assert pick_language(None, {"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"}) == "zh-Hant"
    assert pick_language(None, {"LANG": "C"}) == "en"
    assert pick_language(None, {}) == "en"


def _message_ids() -> set[str]:
    package = Path(__file__).resolve().parents[1] / "complaint_kit" / "interview"
    ids: set[str] = set()
    speaks = ("terminal.py", "asking.py", "crisis.py", "contacts.py", "contact_form.py",
              "contact_choices.py", "review.py", "findings.py", "drafting.py", "session.py",
              "engine.py", "choices.py", "dates.py", "money.py", "phones.py", "words.py")
    for name in speaks:  # what speaks to the user
        src = (package / name).read_text(encoding="utf-8")
        for match in re.findall(r'(?:_\(|AnswerError\(|else ")\s*((?:"[^"]*"\s*)+)', src):
            ids.add("".join(re.findall(r'"([^"]*)"', match)))
    for q in load_questions(CORE_QUESTIONS):
        ids.update(q.prompt for q in [q] if q.prompt)
        ids.update([q.help] if q.help else [])
        ids.update(label for _value, label in q.choices)
    ids.update(f"channel.{c}" for c in ("call", "sms", "im", "visit", "letter", "email",
                                        "social_post", "other"))
    return {i for i in ids if i and not i.startswith("unknown validator")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang):
    catalog = _messages(lang)
    missing = sorted(_message_ids() - set(catalog))
    assert not missing, missing
    _ = translator(lang)
    assert _("Added {n} contacts.").format(n=2)
