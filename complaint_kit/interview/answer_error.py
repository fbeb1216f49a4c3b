"""Why an answer cannot be used: the AnswerError every kind of answer is refused with."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class AnswerError(ValueError):
    """An answer that cannot be used. ``message`` says why: an English message id (translated
    through the catalogs) or a mapping of language to text (plugins carry their own);
    ``params`` fill its ``{placeholders}`` and may be such mappings too."""

    def __init__(self, message: str | Mapping[str, str], **params: Any):
        self.message = message
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The message in the user's language."""
        from complaint_kit.i18n import localise

        text = localise(self.message, lang)
        if not self.params:
            return text
        return text.format(**{k: localise(v, lang) if isinstance(v, Mapping) else v
                              for k, v in self.params.items()})
