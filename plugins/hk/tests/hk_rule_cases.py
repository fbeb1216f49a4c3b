"""What the Hong Kong rule tests share: the reference's rule ids, a case of given contacts, its
findings and questions, and contacts written briefly."""

from __future__ import annotations

from complaint_kit.draft.pipeline import assess
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry

REFERENCE_IDS = {"HK-HOURS", "HK-PERSISTENT-CALLS", "HK-THIRD-PARTY", "HK-PUBLIC-HUMILIATION",
                 "HK-INTIMIDATION", "HK-ABUSIVE", "HK-FALSE-IDENTITY", "HK-MISLEADING",
                 "HK-CONFIDENTIALITY", "HK-DOXXING", "HK-DATA-TRANSFER-NOTICE", "HK-DCA-NOTICE",
                 "HK-BANKRUPT", "HK-UNLICENSED-LENDER"}


def make_case(incidents, language="zh-Hant", lender_type="bank", **extra) -> Case:
    data = {
        "jurisdiction": "hk", "timezone": "Asia/Hong_Kong", "language": language,
        "complainant": {"name": "陳測試" if language != "en" else "Chris Example"},
        "respondents": [{"id": "lender", "role": "lender", "type": lender_type,
                         "name": "示例銀行"}],
        "incidents": incidents,
    }
    data.update(extra)
    return Case.model_validate(data)


def findings(case: Case) -> dict:
    return {f.rule_id: f for f in assess(case, get_registry()).findings}


def asks(case: Case) -> set[str]:
    return {q.rule_id for q in assess(case, get_registry()).questions}


def msg(time, content, channel="im", **kw):
    return {"time": time, "channel": channel, "respondent": "lender", "content": content, **kw}


def call(time, answered=False, **kw):
    return {"time": time, "channel": "call", "respondent": "lender", "answered": answered, **kw}
