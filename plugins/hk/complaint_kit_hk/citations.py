"""Every provision the Hong Kong rules and channels cite, as shared/reference/law-hk.md records
it, in both languages.

Each ``Cite`` holds the same provision as an English and a Traditional-Chinese ``Citation`` with
the same source address and grade (the reference's own: High, Medium, Medium-High, UNVERIFIED).
Rules pick the one in the case's language.

- **Code of Banking Practice.** Non-statutory (issued by HKAB and DTCAHK, endorsed by the HKMA,
  which monitors compliance): ``Binding.self_regulation``, shown as the industry baseline. The
  reference grades its debt-collection text Medium (a secondary copy, §43 of an edition
  reproduced in 2017) and marks the **current edition and section numbers UNVERIFIED** ("cite by
  heading and edition year"). Letters therefore name the Code by edition and heading only; the
  2017 section numbers live in ``CODE_NUMBERING``, an UNVERIFIED citation that ``check`` shows
  as "check before relying on this" and no letter ever prints.
- **HKMA Guideline 3.4.1.** Binding on authorized institutions: ``Binding.regulator`` (High).
- **Ordinances.** ``Binding.law``.
- **Basis** (what a breach can lead to): the ordinances' offences (Crimes Ordinance s.24,
  Summary Offences Ordinance s.20, PDPO s.64, the Money Lenders Ordinance's licensing offence)
  are ``criminal`` and are cited only with the facts that meet their elements; the PDPO's data
  protection principles (enforced by the Privacy Commissioner) and the HKMA guideline are
  ``regulatory``; the Code of Banking Practice is ``regulatory`` against a bank, and a
  ``baseline`` against any other lender (``Cite.code``; ``rules.matching.cite`` swaps it);
  IFEC's page is a ``baseline``.
- Gists are only words the reference itself quotes, in English (the authentic text); Chinese
  letters quote them in English too rather than an invented translation. Provisions the
  reference only paraphrases carry no gist: the rule's explanation describes them instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from complaint_kit.api import UNVERIFIED, Basis, Binding, Citation


@dataclass(frozen=True)
class Cite:
    en: Citation
    zh: Citation
    code: bool = False  # the Code of Banking Practice: regulatory for banks, else a baseline

    def of(self, english: bool) -> Citation:
        return self.en if english else self.zh


def _pair(en_instrument: str, en_article: str | None, zh_instrument: str,
          zh_article: str | None, binding: Binding, source: str, grade: str,
          gist: str | None = None, zh_gist: str | None = "same", *,
          basis: Basis, code: bool = False) -> Cite:
    return Cite(Citation(en_instrument, en_article, binding, source, grade, gist, basis=basis),
                Citation(zh_instrument, zh_article, binding, source, grade,
                         gist if zh_gist == "same" else zh_gist, basis=basis), code)


# --- Sources (addresses exactly as law-hk.md gives them) ---------------------------------------
SRC_CODE = "angel-lawyer.com/newsview.asp?id=118"
SRC_HKMA_GL = "hkma.gov.hk/eng/regulatory-resources/regulatory-guides/guidelines/1996/05/guide_341b"
SRC_CAP228 = "familyclic.hk/tc/topics/Daily-lives-legal-issues/Stalking/..."
SRC_CAP200 = "youthclic.hk/en/topics/Bullying-and-triad-related-crimes"
SRC_PDPO_DEBT = ("pcpd.org.hk/misc/booklets/e-lawbook/html/files/assets/basic-html/page-90.html"
                 ", paras 7.38–7.40")
SRC_DOXXING = "pcpd.org.hk/english/data_privacy_law/amendments_2021/amendment_2021.html"
SRC_IFEC = "ifec.org.hk/web/en/banking-and-credit/managing-debt/debt-collection.html"
SRC_IFLR = "iflr.com/article/b1ltxsk74jrqb5/hong-kong"
SRC_MLO = "clic.org.hk/zh/topics/consumerCredit/money_lenders_ordinance/licensing_of_money_lenders"
SRC_MLO_RATE = "yearbook.gov.hk/2005/en/04_07.htm"

# --- Code of Banking Practice (Medium; edition and numbering unconfirmed) ----------------------
_CODE_EN = "Code of Banking Practice (edition reproduced in 2017)"
_CODE_ZH = "《銀行營運守則》（2017年轉載版本）"
_HEADING_EN = 'section "Debt Collection Activities"'
# In Chinese the section is described, not quoted: only its English heading is verified.
_HEADING_ZH = "有關收數活動的一節"


def _code(gist: str | None) -> Cite:
    return _pair(_CODE_EN, _HEADING_EN, _CODE_ZH, _HEADING_ZH, Binding.self_regulation,
                 SRC_CODE, "Medium", gist, basis=Basis.regulatory, code=True)


CODE_LAWFUL_CONFIDENTIAL = _code(None)  # 43.1: act within the law, keep information confidential
CODE_NO_INTIMIDATION = _code("intimidation or violence, either oral or physical, against any "
                             "person")  # 43.2
CODE_HUMILIATE = _code("other actions designed to humiliate the debtor publicly")  # 43.2(a)(i)
CODE_PERSISTENT = _code("pestering the debtor with persistent phone calls")  # 43.2(a)(ii)
CODE_HOURS = _code("making telephone calls at unreasonable hours")  # 43.2(a)(iii)
CODE_REFEREES = _code("pestering the debtor's referees, family members and friends for "
                      "information about the debtor's whereabouts")  # 43.2(a)(iv)
CODE_FALSE_NAMES = _code("using false names")  # 43.2(b)(i)
CODE_ANONYMOUS = _code("anonymous calls ... unidentifiable notes")  # 43.2(b)(ii)
CODE_ABUSIVE = _code("abusive or threatening remarks")  # 43.2(b)(iii)
CODE_MISLEADING = _code("false or misleading representation with an intent to induce the debtor "
                        "to make a payment")  # 43.2(b)(iv)
CODE_BANKRUPT = _pair("Code of Banking Practice (2001 revision)", None,
                      "《銀行營運守則》（2001年修訂）", None, Binding.self_regulation, SRC_IFLR,
                      "Medium", basis=Basis.regulatory, code=True)
# The section numbers of the edition reproduced in 2017; the current edition's are UNVERIFIED.
CODE_NUMBERING = _pair(
    "Code of Banking Practice: current edition and section numbers", None,
    "《銀行營運守則》：現行版本及條文編號", None, Binding.self_regulation, SRC_CODE, UNVERIFIED,
    "§43 in the edition reproduced in 2017 (§36-37 in an older one); check the current edition",
    basis=Basis.regulatory, code=True)

# --- HKMA Guideline 3.4.1 (High) ---------------------------------------------------------------
_GL_EN = 'HKMA Guideline 3.4.1 "Debt Collection Agencies" (May 1996)'
_GL_ZH = "香港金融管理局指引3.4.1「Debt Collection Agencies」（1996年5月）"
HKMA_GL_A = _pair(_GL_EN, "para. (a)", _GL_ZH, "(a)段", Binding.regulator, SRC_HKMA_GL, "High",
                  "must not resort to intimidation or violence, either verbal or physical "
                  "against any person", basis=Basis.regulatory)
HKMA_GL_B = _pair(_GL_EN, "para. (b)", _GL_ZH, "(b)段", Binding.regulator, SRC_HKMA_GL, "High",
                  "must not try to recover debts from third parties including referees, family "
                  "members or friends", basis=Basis.regulatory)

# --- Ordinances --------------------------------------------------------------------------------
_CAP228_EN = "Summary Offences Ordinance (Cap. 228)"
_CAP228_ZH = "《簡易程序治罪條例》（第228章）"
CAP228_S20 = _pair(_CAP228_EN, "s. 20", _CAP228_ZH, "第20條", Binding.law, SRC_CAP228,
                   "Medium-High", basis=Basis.criminal)
CAP228_S20B = _pair(_CAP228_EN, "s. 20(b)", _CAP228_ZH, "第20(b)條", Binding.law, SRC_CAP228,
                    "Medium-High", basis=Basis.criminal)
CAP228_S20C = _pair(_CAP228_EN, "s. 20(c)", _CAP228_ZH, "第20(c)條", Binding.law, SRC_CAP228,
                    "Medium-High",
                    "persistently making telephone calls without reasonable cause",
                    basis=Basis.criminal)
CAP200_S24 = _pair("Crimes Ordinance (Cap. 200)", "s. 24", "《刑事罪行條例》（第200章）",
                   "第24條", Binding.law, SRC_CAP200, "Medium-High", basis=Basis.criminal)
# The s.24 penalty is UNVERIFIED: never quoted.
CAP200_S24_PENALTY = _pair("Crimes Ordinance (Cap. 200): penalty for s. 24", None,
                           "《刑事罪行條例》（第200章）第24條的罰則", None, Binding.law,
                           SRC_CAP200, UNVERIFIED, "penalty not confirmed in any source",
                           basis=Basis.criminal)

_PDPO_EN = "Personal Data (Privacy) Ordinance (Cap. 486)"
_PDPO_ZH = "《個人資料（私隱）條例》（第486章）"
# The data protection principles are enforced by the Privacy Commissioner: regulatory.
PDPO_DPP3 = _pair(_PDPO_EN, "Data Protection Principle 3", _PDPO_ZH, "保障資料第3原則",
                  Binding.law, SRC_PDPO_DEBT, "High", basis=Basis.regulatory)
PDPO_DPP1_3 = _pair(_PDPO_EN, "Data Protection Principle 1(3)", _PDPO_ZH, "保障資料第1(3)原則",
                    Binding.law, SRC_PDPO_DEBT, "High", basis=Basis.regulatory)
PDPO_S64_3A = _pair(_PDPO_EN, "s. 64(3A)", _PDPO_ZH, "第64(3A)條", Binding.law, SRC_DOXXING,
                    "High", basis=Basis.criminal)
PDPO_S64_3C = _pair(_PDPO_EN, "s. 64(3C)", _PDPO_ZH, "第64(3C)條", Binding.law, SRC_DOXXING,
                    "High", basis=Basis.criminal)
AAB_39_2006 = _pair("Administrative Appeals Board, Appeal No. 39/2006", None,
                    "行政上訴委員會上訴案件第39/2006號", None, Binding.case_law, SRC_PDPO_DEBT,
                    "High", basis=Basis.regulatory)

_MLO_EN = "Money Lenders Ordinance (Cap. 163)"
_MLO_ZH = "《放債人條例》（第163章）"
MLO_LICENCE = _pair(_MLO_EN, None, _MLO_ZH, None, Binding.law, SRC_MLO, "High",
                    basis=Basis.criminal)
MLO_RATE_CAP = _pair(_MLO_EN + ": current interest-rate cap", None, _MLO_ZH + "：現行利率上限",
                     None, Binding.law, SRC_MLO_RATE, UNVERIFIED,
                     "60% p.a. in older yearbooks, reportedly lowered in 2022; current figure "
                     "not confirmed", basis=Basis.civil)

# IFEC describes the lender's duty without naming the instrument behind it: a baseline.
IFEC_DCA_NOTICE = _pair("Investor and Financial Education Council (IFEC), debt-collection page",
                        None, "投資者及理財教育委員會（IFEC）收數資訊網頁", None, Binding.guidance,
                        SRC_IFEC, "Medium", basis=Basis.baseline)

# --- Channel sources (for `complaint-kit channels`) --------------------------------------------
SRC_HKMA_BANKS = Citation("HKMA: complaints about banks", None, Binding.guidance,
                          "hkma.gov.hk/eng/smart-consumers/complaints/complaints-about-banks/",
                          "High")
SRC_HKMA_FORM = Citation("HKMA complaint form (04.2017)", None, Binding.guidance,
                         "anyform.org/doc/62483/...; vdocument.in/complaint-form-in-relation-to-"
                         "services-provided-by-...", "High")
SRC_HKMA_IFLR = Citation("IFLR on HKMA complaints about collectors", None, Binding.guidance,
                         SRC_IFLR, "Medium")
SRC_FDRC = Citation("FDRC jurisdiction", None, Binding.guidance,
                    "fdrc.org.hk/m/en/html/resolvingdisputes/resolvingdisputes_jurisdiction.php",
                    "High")
SRC_FDRC_ABOUT = Citation("FDRC: about the scheme", None, Binding.guidance,
                          "fdrc.org.hk/m/en/html/aboutus/aboutus_fdrs.php", "High")
SRC_PCPD = Citation("PCPD: complaints", None, Binding.guidance,
                    "pcpd.org.hk/english/complaints/introduction/introduction.html", "High")
SRC_PCPD_FORM = Citation("PCPD complaint form (copy)", None, Binding.guidance,
                         "paperzz.com/doc/7316586/complaint-form---office-of-the-privacy-"
                         "commissioner-for-p...", "Medium")
SRC_POLICE_2007 = Citation("LegCo answer on DCA harassment complaints (2007)", None,
                           Binding.guidance,
                           "info.gov.hk/gia/general/200711/28/P200711280211.htm", "High")
SRC_POLICE_2016 = Citation("LegCo answer on DCA harassment complaints (2016)", None,
                           Binding.guidance,
                           "info.gov.hk/gia/general/201606/08/P201606080484.htm", "High")
SRC_CONSUMER = Citation("Consumer Council complaint form", None, Binding.guidance,
                        "consumer.org.hk/en/complaint-form; consumer.org.hk/en/page/detail/426434",
                        "High")
SRC_MONEY_LENDERS = Citation("Registrar of Money Lenders: licensing role", None, Binding.guidance,
                             "clic.org.hk", "High")
SRC_MONEY_LENDERS_PROCEDURE = Citation("Money-lender complaint procedure", None,
                                       Binding.guidance, "law-hk.md §2, §6 item 3", UNVERIFIED)
