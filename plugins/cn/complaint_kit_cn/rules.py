"""Mainland-China rules: pure functions of the Case, each carrying its citations."""

from __future__ import annotations

from complaint_kit.analysis import is_night
from complaint_kit.case import Case
from complaint_kit.rules import Hit, Rule

from . import citations as c
from .jurisdiction import CN


def night(case: Case) -> Hit | None:
    hits = [i for i in case.incidents if is_night(case, CN, i) and not i.consented]
    if not hits:
        return None
    return Hit([i.id for i in hits], f"{len(hits)}次联系发生在22:00至次日8:00之间，且未经本人同意。")


RULES = [
    Rule("CN-NIGHT", "cn", "夜间催收（22:00至次日8:00）", (c.CIVIL_1033_1, c.GBT_45251_NIGHT), night),
]
