"""What the Taiwan letters say of a case, built from its facts and findings (writing.md): the
pattern in counts, the worst messages quoted exactly (verbatim incidents only), and one short
point per finding with the incidents it rests on. The full log stays in the harassment report."""

from __future__ import annotations

import re
from typing import Any

from .citing import Citer
from .overview import overview, people_contacted_at_night, worst_quotes
from .points import PENAL, conduct, penal_points, penal_provisions, penal_span, point, point_groups
from .wording import CN, id_list

# A request to negotiate the debt (分期、協商…): only then does a letter to the lender give the
# case's note on hardship or payment offers (writing.md 7: don't concede).
_NEGOTIATE = re.compile(r"協商|分期|還款方案|清償方案|和解|減免|延期清償|展延")


_HARDSHIP = re.compile(r"無力|失業|困難|願意|清償|還款|繳款|償還")


def debt_note(context: dict[str, Any]) -> str:
    """The case's note on the debt, for the letter to the lender: a note on hardship or the wish
    to pay only when the requests ask to negotiate."""
    note = str((context.get("debt") or {}).get("note") or "")
    asks = any(_NEGOTIATE.search(str(r)) for r in context.get("requests") or ())
    return note if asks or not (_NEGOTIATE.search(note) or _HARDSHIP.search(note)) else ""


def institution(kind: str | None, lender: dict | None) -> str:
    """How a letter names the institution: 貴行 to itself, 相對人 before the ombudsman, 該行
    to the supervisor."""
    bank = bool(lender) and lender.get("type") == "bank"
    if kind == "complaint":
        return "貴行" if bank else "貴公司"
    if kind == "foi-application":
        return "相對人"
    if kind == "petition":
        return "該行" if bank else "該公司"
    return "金融機構"


def letter_context(context: dict[str, Any], basis: dict[str, str],
                   kind: str | None = None) -> dict[str, Any]:
    labels = context["labels"]
    incidents = {i["id"]: i for i in context["incidents"]}
    findings = [f for f in context["findings"] if f["verified"]]
    pattern = context["pattern"]
    year = bool(pattern.get("total")) and pattern["first"].year != pattern["last"].year
    cite, told = Citer(), set()
    points = [point(f, incidents, labels, told, cite, year)
              for f in findings if f.get("basis") not in PENAL]
    penal = penal_points(findings, incidents, labels, year)
    # The letter's own citer: its points name each long instrument in full the first time.
    cite = Citer()
    inst = institution(kind, context.get("lender"))
    grouped = point_groups(points, kind, labels, year, cite, inst)
    return {
        "groups": grouped,
        "debt_note": debt_note(context),
        "finding_ids": {f["rule"]: id_list(f["incidents"]) for f in findings},
        "night_people": people_contacted_at_night(pattern, incidents),
        "recordings_point": any("TW-RECORDINGS" in g["rules"] for g in grouped),
        "pre_notice_point": any("TW-PRE-NOTICE" in g["rules"] for g in grouped),
        "inst": inst,
        **penal_span(findings, incidents),
        "cn": CN,
        "conduct": conduct(findings),
        "penal_conduct": conduct([f for f in findings if f.get("basis") in PENAL]),
        "overview": overview(context["pattern"], labels, context["incidents"]),
        "quotes": worst_quotes(findings, context["incidents"], labels),
        "points": points,
        "penal": penal,
        # The penal provisions in one phrase, for letters to the institution side.
        "penal_laws": cite(penal_provisions(findings)),
        "basis": {k: cite.label(v) for k, v in basis.items()},
        "urgent": [f["urgent"] for f in findings if f.get("urgent")],
        "third_party_names": [t for t in pattern.get("third_parties", [])
                              if t["relation"] != "public"],
    }
