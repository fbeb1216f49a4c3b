"""The documents Taiwan cases can draft (layouts follow law-tw.md §4)."""

from __future__ import annotations

from complaint_kit.api import DocumentKind, evidence_given, pattern_shown


def _verified_findings(case, findings) -> bool:
    return any(f.verified for f in findings)




DOCUMENTS = [
    DocumentKind(id="complaint", jurisdiction="tw", title="申訴書",
                 template="tw/complaint.md.j2", channels=("lender",), wanted=_verified_findings,
                 description="致金融機構：申訴委外催收機構之違規催收，請求停止、提供錄音、"
                             "撤換催收機構並自行處理；金融機構應於30日內處理。"),
    DocumentKind(id="foi-application", jurisdiction="tw", title="評議申請書",
                 template="tw/foi-application.md.j2", channels=("foi",), wanted=_verified_findings,
                 description="致金融消費評議中心：載明金融消費者保護法第24條第1項之事項及"
                             "申訴未獲妥適處理之情形。"),
    DocumentKind(id="petition", jurisdiction="tw", title="陳情書",
                 template="tw/petition.md.j2", channels=("fsc",), wanted=_verified_findings,
                 formats=("docx", "txt"),
                 description="致金管會銀行局：陳情金融機構未監督其委外催收機構；"
                             "另附純文字檔，可貼入線上陳情表單。"),
    DocumentKind(id="police-report", jurisdiction="tw", title="報案資料",
                 template="tw/police-report.md.j2", channels=("police",), wanted=_verified_findings,
                 description="致警察機關或檢察署：恐嚇、強制、公然侮辱、誹謗、跟追、藉端滋擾等。"),
    DocumentKind(id="evidence-index", jurisdiction="tw", title="證據清單",
                 template="tw/evidence-index.md.j2", wanted=evidence_given,
                 description="逐項列明證據及其檔案之 SHA-256 雜湊值。"),
    DocumentKind(id="harassment-report", jurisdiction="tw", title="催收騷擾情況報告",
                 template="tw/harassment-report.md.j2", wanted=pattern_shown,
                 description="依時間順序之聯絡紀錄、每日次數、非催收時間之聯絡及被聯絡之第三人。"),
]
