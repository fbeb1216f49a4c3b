"""What a Hong Kong finding cites by lender: binding codes, or the Code as a benchmark."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from complaint_kit.api import Analysis, Citation

from .. import citations as c
from .findings import (
    find_abuse,
    find_after_bankruptcy,
    find_false_identity,
    find_humiliating,
    find_late_calls,
    find_misleading,
    find_persistent,
    find_third_party,
    find_threats,
    misleading_known_false,
)
from .matching import (
    OBSCENE,
    PHONE,
    cites,
    is_bank,
    say,
)


def bank_guideline(a: Analysis, item: c.Cite) -> c.Cite | None:
    """The HKMA guideline binds authorized institutions only."""
    return item if is_bank(a.case) else None


def banking_code(a: Analysis, rule_id: str, *items: c.Cite) -> list[Citation]:
    """Code of Banking Practice items, with the unverified note on its numbering.

    Against a bank, every finding cites the Code items it rests on. Against any other lender the
    Code is only a benchmark (``cite`` makes it a baseline): a finding that rests on nothing
    else cites it; one with binding law (an ordinance, a PDPO principle) needs no benchmark. The
    note that the Code binds banks only is said once (``benchmark_note``).
    """
    if is_bank(a.case) or dict(_CODE_ONLY)[rule_id](a):
        return cites(a, *items, c.CODE_NUMBERING)
    return []


# The rules that can rest on the Code alone, in the order the registry runs them, each with
# whether it does in this case (it fires, and no ordinance or PDPO principle supports it). For
# a lender that is no bank, they cite the Code as the benchmark; the first of them also says
# that the Code binds banks only.
_CODE_ONLY: list[tuple[str, Callable[[Analysis], object]]] = [
    ("HK-HOURS", find_late_calls),
    ("HK-PERSISTENT-CALLS", lambda a: (found := find_persistent(a)[0])
     and not any(i.to.asked_to_stop for i in found)),
    ("HK-THIRD-PARTY", lambda a: any(find_third_party(a)[:2])),
    ("HK-PUBLIC-HUMILIATION", find_humiliating),
    ("HK-INTIMIDATION", lambda a: not find_threats(a)[0] and find_threats(a)[1]),
    ("HK-ABUSIVE", lambda a: (found := find_abuse(a))
     and not any(i.channel in PHONE and a.has(i, *OBSCENE) for i in found)),
    ("HK-FALSE-IDENTITY", lambda a: find_false_identity(a) or a.fact("anonymous_calls")
     or a.fact("collector_false_name")),
    ("HK-MISLEADING", lambda a: find_misleading(a)[0] and not misleading_known_false(a)),
    ("HK-BANKRUPT", find_after_bankruptcy),
    ("HK-CONFIDENTIALITY", lambda a: False),  # DPP3 always supports it
]


_FIRST: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _benchmark(a: Analysis) -> str | None:
    """The rule whose finding cites the Code as the benchmark, for a lender that is no bank."""
    if a not in _FIRST:
        _FIRST[a] = next((r for r, alone in _CODE_ONLY if r != "HK-CONFIDENTIALITY"
                          and alone(a)), None)
    return _FIRST[a]


def benchmark_note(a: Analysis, rule_id: str) -> str:
    if is_bank(a.case) or _benchmark(a) != rule_id:
        return ""
    return say(a, "（貸款人並非銀行：《銀行營運守則》只約束銀行及其收數公司，本投訴只以其作為業界"
                  "基準。）",
               " (The lender is not a bank: the Code of Banking Practice binds banks and their "
               "agencies, and I refer to it only as the industry benchmark.)")
