"""The documents mainland-China cases can draft (layouts follow law-cn.md §5)."""

from __future__ import annotations

from complaint_kit.api import DocumentKind, evidence_given, findings_made, pattern_shown

DOCUMENTS = [
    DocumentKind(id="complaint", jurisdiction="cn", title="投诉举报信",
                 template="cn/complaint.md.j2", channels=("regulator",),
                 wanted=findings_made,
                 description="致金融监管部门：投诉违规催收并举报，请求调查处理、书面答复。"),
    DocumentKind(id="web-form", jurisdiction="cn", title="互联网金融举报信息平台举报内容",
                 template="cn/web-form.md.j2", channels=("association",), formats=("docx", "txt"),
                 wanted=findings_made,
                 description="中国互联网金融协会举报平台：按表单栏目填写的简短举报内容。"),
    DocumentKind(id="police-report", jurisdiction="cn", title="报案材料",
                 template="cn/police-report.md.j2", channels=("police",), wanted=findings_made,
                 description="致公安机关：报案，请求受案回执、调查处理，符合条件的请求禁止接触。"),
    DocumentKind(id="notice", jurisdiction="cn", title="停止违规催收告知函",
                 template="cn/notice.md.j2", channels=("lender",), wanted=findings_made,
                 description="致贷款机构：列明违规事实和要求，限十五日内书面答复。"),
    DocumentKind(id="evidence-index", jurisdiction="cn", title="证据清单",
                 template="cn/evidence-index.md.j2", wanted=evidence_given,
                 description="逐项列明证据及其文件的 SHA-256 校验值。"),
    DocumentKind(id="harassment-report", jurisdiction="cn", title="骚扰情况报告",
                 template="cn/harassment-report.md.j2", wanted=pattern_shown,
                 description="按时间顺序的联系记录、每日次数、夜间联系和被联系的第三人。"),
]
