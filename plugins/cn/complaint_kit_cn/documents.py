"""The documents mainland-China cases can draft."""

from __future__ import annotations

from complaint_kit.documents import DocumentKind


def _has_findings(case, findings) -> bool:
    return bool(findings)


DOCUMENTS = [
    DocumentKind(id="notice", jurisdiction="cn", title="停止违规催收告知函",
                 template="cn/notice.md.j2", channels=("lender",), wanted=_has_findings,
                 description="致贷款机构：要求立即停止违规催收、删除通讯录数据、保存录音。"),
]
