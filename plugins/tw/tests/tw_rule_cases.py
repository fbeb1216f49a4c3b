"""What the Taiwan rule tests share: a case of given contacts, principal and facts, its findings
and questions, an agency, and the outsourcing rules' name."""

from __future__ import annotations

from pathlib import Path

from complaint_kit.draft.pipeline import assess
from complaint_kit.model.case import Case
from complaint_kit.plugins.registry import get_registry

REFERENCE = Path(__file__).resolve().parents[4] / "shared" / "reference" / "law-tw.md"
AGENCY = {"id": "agency", "role": "collection_agency", "type": "collection_agency",
          "name": "示例資產管理股份有限公司", "acting_for": "lender"}


def make_case(incidents, *, principal="bank", agency=True, facts=None, **extra) -> Case:
    data = {
        "jurisdiction": "tw", "timezone": "Asia/Taipei",
        "complainant": {"name": "陳測試"},
        "respondents": [{"id": "lender", "role": "lender", "type": "bank",
                         "name": "示例商業銀行"}, *([AGENCY] if agency else [])],
        "incidents": incidents,
        "facts": {"principal_type": principal, **(facts or {})},
    }
    data.update(extra)
    return Case.model_validate(data)


def findings(case: Case) -> dict:
    return {f.rule_id: f for f in assess(case, get_registry()).findings}


def asks(case: Case) -> set:
    return {q.rule_id for q in assess(case, get_registry()).questions}


FEAR = {"description": "收到訊息後非常害怕，不敢出門。"}


def articles(finding) -> set:
    return {(x.instrument, x.article) for x in finding.citations}


def sms(time, content, respondent="agency", **kw):
    return {"time": time, "channel": "sms", "respondent": respondent, "content": content, **kw}


OUTSOURCING = "金融機構作業委託他人處理內部作業制度及程序辦法"
