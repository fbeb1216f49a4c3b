"""The documents Hong Kong cases can draft (law-hk.md §4), in zh-Hant or English.

The three complaint letters share one template per language (``hk/{language}/complaint.md.j2``)
that follows the HKMA form's order (§2.1); the HKMA and PCPD complaints are also written as
plain text, to paste into the online forms. A money lender is reported to the Registrar of Money
Lenders; an unlicensed one is never written to (the police and the Registrar take it).
"""

from __future__ import annotations

from complaint_kit.api import DocumentKind, findings_made, pattern_shown


def _evidence_and_findings(case, findings) -> bool:
    return bool(case.evidence) and bool(findings)



_COMPLAINT = "hk/{language}/complaint.md.j2"

DOCUMENTS = [
    DocumentKind(
        id="lender-complaint", jurisdiction="hk", title="致貸款機構投訴信", template=_COMPLAINT,
        channels=("lender",), wanted=findings_made, titles={"en": "Complaint to the lender"},
        description="To the bank (or other lender): stop the tactics, replace the agency, "
                    "confirm in writing, deal with me directly."),
    DocumentKind(
        id="hkma-complaint", jurisdiction="hk", title="致香港金融管理局投訴書",
        template=_COMPLAINT, channels=("hkma",), formats=("docx", "txt"), wanted=findings_made,
        titles={"en": "Complaint to the Hong Kong Monetary Authority"},
        description="To the HKMA Complaint Processing Centre, in the order of its form; also as "
                    "text for bankcomplaint.hkma.gov.hk."),
    DocumentKind(
        id="pcpd-complaint", jurisdiction="hk", title="致個人資料私隱專員公署投訴書",
        template=_COMPLAINT, channels=("pcpd",), formats=("docx", "txt"), wanted=findings_made,
        titles={"en": "Complaint to the Privacy Commissioner for Personal Data"},
        description="To the PCPD (PDPO s. 37): disclosure of the debt, doxxing, data passed to "
                    "collectors; also as text for the form."),
    DocumentKind(
        id="police-report", jurisdiction="hk", title="報案書（收數滋擾）",
        template="hk/{language}/police-report.md.j2", channels=("police",),
        wanted=findings_made, titles={"en": "Report to the police (debt-collection harassment)"},
        description="To the police: the incident log, threats verbatim, numbers used; Crimes "
                    "Ordinance s. 24, Summary Offences Ordinance s. 20, PDPO s. 64."),
    DocumentKind(
        id="money-lenders-report", jurisdiction="hk", title="致放債人註冊處處長的舉報信",
        template="hk/{language}/money-lenders.md.j2", channels=("money-lenders",),
        wanted=findings_made, titles={"en": "Report to the Registrar of Money Lenders"},
        description="To the Registrar of Money Lenders (Companies Registry), which licenses "
                    "money lenders: a lender without a licence, or a licensed one whose "
                    "collectors broke the law; never a letter to an unlicensed lender."),
    DocumentKind(
        id="evidence-index", jurisdiction="hk", title="證據清單",
        template="hk/{language}/evidence-index.md.j2", wanted=_evidence_and_findings,
        titles={"en": "Index of evidence"},
        description="Each item of evidence with its file and the file's SHA-256."),
    DocumentKind(
        id="harassment-report", jurisdiction="hk", title="收數滋擾紀錄報告",
        template="hk/{language}/harassment-report.md.j2", wanted=pattern_shown,
        titles={"en": "Record of debt-collection harassment"},
        description="The call diary: every contact in date order, contacts per day, calls in "
                    "the screening hours, third parties reached, numbers used."),
]
