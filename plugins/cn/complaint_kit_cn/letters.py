"""What the mainland-China letters say about this case, built from its facts and findings.

Every sentence a letter prints here rests on an incident or a finding: the 报案事由 names only the
conduct the findings hold, the counts come from the incidents, the quotations only from messages
whose text is the collector's own (``Incident.verbatim``), and the penal items only where a
finding names the facts that meet their elements.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from complaint_kit.api import Analysis

from .citing import cite_texts, provisions_by_kind
from .penal import penal_items, penal_texts
from .phrasing import collectors, day
from .quotes import worst
from .summary import bodies, summary
from .violations import PERSONAL_DATA_RULES, platform_funder, violations


def extra_context(analysis: Analysis, document: str, context: dict[str, Any]) -> dict[str, Any]:
    case = analysis.case
    findings = list(context.get("findings") or [])
    data = summary(analysis, findings)
    data["worst"] = worst(analysis)
    data["worst2"] = worst(analysis, limit=2)
    data["penal"] = penal_items(findings)
    data["cites"] = cite_texts(findings)
    data["violations"] = violations(findings, data["cites"], analysis=analysis)
    # a regulator enforces the supervisory rules and the PIPL, not the civil code: its letter
    # cites what it can act on
    data["violations_reg"] = violations(findings, data["cites"], civil=False, analysis=analysis)
    data["violations_pi"] = violations(findings, data["cites"], civil=False,
                                       only=PERSONAL_DATA_RULES, analysis=analysis)
    # PBOC's letter is about personal information: it quotes only what bears on that
    pi_ids = {x for g in data["violations_pi"]["items"] for x in g["incidents"]}
    data["worst_pi"] = [w for w in worst(analysis, limit=len(analysis.incidents))
                        if w["id"] in pi_ids][:2]
    data["bodies"] = bodies(analysis)
    penal_texts(analysis, data["penal"], data["bodies"])
    # 禁止接触 only where the finding meets 2025 第五十条第二款 (conduct from 2026-01-01)
    data["no_contact"] = next((p["label"] for p in data["penal"] if "第五十条第二款" in p["label"]),
                              "")
    data["rules"] = sorted({f["rule"] for f in findings})
    data["collectors"] = collectors(case)
    data["agencies"] = [r.name for r in case.respondents if r.role == "collection_agency"]
    data.update(provisions_by_kind(findings, platform_funder(case)))
    data["disclosed"] = "CN-DISCLOSURE" in data["rules"] or "CN-THIRD-PARTY" in data["rules"]
    data["urgent"] = [f["urgent"] for f in findings if f.get("urgent")]
    signed = context.get("signed_on")
    if isinstance(signed, date):
        data["reply_by"] = day(signed + timedelta(days=15))
    disputed = bool(case.debt and case.debt.disputed)
    data["disputed"] = disputed
    # hardship and offers to pay go to the lender only when I ask to negotiate (writing.md 7)
    data["negotiate"] = any(re.search("协商|分期|减免|还款计划", r) for r in case.requests)
    return {"cn": data}
