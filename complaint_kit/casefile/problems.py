"""What is wrong with a case: one problem (field path, file line, message) and the error that
carries them all."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from complaint_kit.model.case import Case


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a case: where (field path, file line) and what."""

    path: str
    message: str
    line: int | None = None

    def format(self, source: str | None = None) -> str:
        """One line: the file, the line, the field path and what is wrong; line breaks and
        other control characters (in a key, a file name) are written as escapes."""
        where = ":".join(str(p) for p in (source, self.line) if p is not None)
        field = self.path or "(case)"
        text = f"{where}: {field}: {self.message}" if where else f"{field}: {self.message}"
        return _CONTROLS.sub(lambda m: repr(m.group())[1:-1], text)


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def id_number_problems(case: Case, check: Callable[[str], str | None]) -> list[Problem]:
    """The complainant's ID number as a jurisdiction's ``check`` finds it (why it is invalid, or
    None): one problem, or none. The message is the check's; the number itself is never echoed,
    as it is personal data."""
    number = case.complainant.id_number
    reason = check(number) if number else None
    return [Problem("complainant.id_number", reason)] if reason else []


class CaseFileError(Exception):
    """A case file that cannot be used; carries every problem found, not only the first."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        super().__init__("\n".join(p.format(source) for p in problems))


def format_path(loc: tuple) -> str:
    """A field path as messages write it: ``incidents[0].time``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
