"""What `complaint-kit check` gives for a case, as plain data the expected lists and the
minimal pairs compare: the findings (rule, basis, incidents), the routes, the urgency and the
rules that ask for a missing fact."""

from __future__ import annotations

import copy
from typing import Any

from complaint_kit.casefile.load import load_case
from complaint_kit.draft.pipeline import assess
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry


def outcome(case: Case) -> dict[str, Any]:
    result = assess(case, get_registry())
    return {
        "findings": [{"rule": f.rule_id, "basis": str(f.basis) if f.basis else "unverified",
                      "incidents": f.incidents} for f in result.findings],
        "routes": [c.id for c in result.routes],
        "urgent": bool(result.urgent),
        "asks": sorted({q.rule_id for q in result.questions}),
    }


def outcome_of_file(path) -> dict[str, Any]:
    return outcome(load_case(path, get_registry()))


def patched(data: dict, changes: dict[str, Any], removals: list[str]) -> dict:
    """``data`` with each dotted path (``incidents.0.to.relation``) set or removed."""
    data = copy.deepcopy(data)
    for path, value in changes.items():
        parent, key = _walk(data, path, create=True)
        parent[key] = value
    for path in removals:
        parent, key = _walk(data, path, create=False)
        del parent[key]
    return data


def _walk(data: Any, path: str, *, create: bool) -> tuple[Any, Any]:
    parts = [int(p) if p.isdigit() else p for p in path.split(".")]
    node = data
    for part in parts[:-1]:
        if isinstance(node, dict) and part not in node and create:
            node[part] = {}
        node = node[part]
    return node, parts[-1]
