"""Every provision the United Kingdom rules and channels cite, as shared/reference/law-uk.md
records it.

Sources are written exactly as the reference gives them (it gives addresses without a scheme,
and none of them has been checked against a live website). Grades are the reference's own:
High, Medium, Low, and the compound grades it writes ("High/Medium", "Low-Medium"). Where the
rule catalogue (§1) grades a rule lower than the provision's own text (e.g. UK-FREQUENCY,
Medium), the citation that rule carries has the catalogue's grade.

Anything the reference marks UNVERIFIED has grade "UNVERIFIED" and no article, so the core never
names it in a letter, and its gist appears only in `complaint-kit check` as a point to check.

Binding: Acts of Parliament -> Binding.law; FCA rules (R, Principles, DISP) -> Binding.regulator
(binding on authorised firms); FCA guidance (G), the MCOB analogy and advice-sector content ->
Binding.guidance. Letters cite binding law first, then the FCA rules.
"""

from complaint_kit.api import UNVERIFIED, Basis, Binding, Citation

# --- Sources (law-uk.md, as written) -------------------------------------------------------------
_CONC_7_9 = "handbook.fca.org.uk/handbook/CONC/7/9.html?date=2024-01-01"
_CONC_7_11 = "handbook.fca.org.uk/handbook/CONC/7/11.html"
_CONC_7_3 = ("handbook.fca.org.uk/handbook/CONC/7/3.html?date=2025-04-01; "
             "related-provisions pages for CONC 7.3.2/7.3.4/7.3.17")
_CONC_VISITS = "handbook related-provisions for CONC 7.13.10"
_CONC_OTHER = "askcpag.org.uk CONC 7 overview; related-provisions pages"
_MCOB = ("handbook.fca.org.uk/handbook?date=2018-07-01&page=4&related-provisions-for-provision="
         "CONC 7.17.4")
_CITIZENS_ADVICE = "advicenetwork.org.uk (Citizens Advice content) harassment-by-creditors page"
_AJA = ("legislation.gov.uk/id/ukpga/1970/31/section/40/3A; "
        "legislation.gov.uk/cy/ukpga/1970/31/part/V/1991-02-01")
_DMCC = "lawgistics.co.uk blog; legislation.gov.uk/ukpga/2024/13/part/4/chapter/1"
_PHA = ("en.wikisource.org/wiki/Page:Protection_from_Harassment_Act_1997.pdf/6; "
        "legislation.vlex.co.uk/vid/protection-from-harassment-act-808147593; birkettlong.co.uk")
_CCA = ("legislation.gov.uk/ukpga/1974/39/section/88/2015-10-01; "
        "legislation.gov.uk/ukpga/1974/39/part/VII/crossheading/default-notices; "
        "askcpag.org.uk/?id=-257034")
_CCA_78 = "legalclarity.org summary"
_FOS_NOTE = ("financial-ombudsman.org.uk/publications/technical_notes/debtcollecting-note.html; "
             "askcpag.org.uk/?id=-259215")
_DISP_1_6 = ("handbook.fca.org.uk/handbook/DISP/1/6.html?date=2012-02-14; "
             "handbook.fca.org.uk/handbook/disp1/disp1s6?date=01-06-2026")
_DISP_1_5 = "handbook.fca.org.uk/handbook/DISP/1/5.html?date=2024-02-27"
_DISP_2_8 = ("handbook.fca.org.uk/handbook/DISP/2/8.html?date=2024-04-02; "
             "public-ui-fcahandbook-dev.azurewebsites.net/handbook/disp2/disp2s8")

CONC = "FCA Consumer Credit sourcebook (CONC)"
PRIN = "FCA Principles for Businesses"
AJA = "Administration of Justice Act 1970"
PHA = "Protection from Harassment Act 1997"
CCA = "Consumer Credit Act 1974"
DMCC = "Digital Markets, Competition and Consumers Act 2024"
DISP = "FCA Dispute resolution: Complaints sourcebook (DISP)"


def _conc(article: str, gist: str, source: str = _CONC_7_9, grade: str = "High") -> Citation:
    binding = Binding.guidance if article.endswith("G") else Binding.regulator
    return Citation(CONC, f"CONC {article}", binding, source, grade, gist,
                    basis=Basis.regulatory)


# --- CONC 7.9: contact (High unless noted) -----------------------------------------------
CONC_7_9_2 = _conc("7.9.2R", "a firm must not make a statement that may make the customer contact "
                   "it ‘misunderstanding the reason for making contact’")
CONC_7_9_3 = _conc("7.9.3G", "example: a calling card implying a missed delivery")
CONC_7_9_4 = _conc("7.9.4R", "a firm ‘must not contact customers at unreasonable times and must "
                   "pay due regard to the reasonable requests of customers … in respect of when, "
                   "where and how they may be contacted’")
# UK-FREQUENCY: the catalogue grades the use of 7.9.4R against frequency Medium (no number).
CONC_7_9_4_FREQUENCY = _conc("7.9.4R", "contact at ‘unreasonable times’; CONC sets no numeric "
                             "limit on how often a firm may contact a customer", grade="Medium")
CONC_7_9_5 = _conc("7.9.5R", "a firm must not require the customer to call a premium-rate or "
                   "special-rate number")
# The rule number is inferred from the order of the section text; the text is confirmed.
CONC_7_9_6 = _conc("7.9.6R", "a firm ‘must not unfairly disclose or threaten to disclose "
                   "information relating to the customer's debt to a third party’",
                   grade="High/Medium")
CONC_7_9_7_1 = _conc("7.9.7R(1)", "a firm must not act in a way ‘likely to be publicly "
                     "embarrassing to the customer’")
CONC_7_9_7_2 = _conc("7.9.7R(2)", "a firm must take reasonable steps so that ‘third parties do "
                     "not become aware that the customer is being pursued in respect of a debt’")
CONC_7_9_8 = _conc("7.9.8G", "post should be marked ‘private and confidential’ and the firm's "
                   "debt-collection name should not be visible")
CONC_7_9_10 = _conc("7.9.10R", "a firm must not disclose details of the debt to anyone without "
                    "first establishing that they are, or act for, the borrower")
CONC_7_9_11 = _conc("7.9.11G", "threatening action against the ‘occupier’, or sending demands to "
                    "everyone sharing a name, date of birth or address, is likely to breach "
                    "CONC 7.9.10R")
CONC_7_9_12 = _conc("7.9.12R", "people visiting for the firm must explain the purpose and intended "
                    "outcome of the visit, unless that is impracticable")
# The visits rule: text confirmed (High), rule number UNVERIFIED -> no number is ever written.
CONC_VISITS = Citation(
    CONC, None, Binding.regulator, _CONC_VISITS, "High",
    "people visiting for the firm must not act in a threatening manner, visit when they know or "
    "suspect the customer is particularly vulnerable, visit an inappropriate location without "
    "express consent, or enter the property without consent", basis=Basis.regulatory)
CONC_VISITS_NUMBER = Citation(
    CONC, None, Binding.regulator, _CONC_VISITS, UNVERIFIED,
    "the number of the CONC visits rule is not verified (probably 7.9.14R); do not cite a number",
    basis=Basis.regulatory)

# --- CONC 7.11: authority and legal position (High) --------------------------------------------
CONC_7_11_1 = _conc("7.11.1R", "a firm must not misrepresent its authority or the legal position",
                    _CONC_7_11)
CONC_7_11_2 = _conc("7.11.2G", "example: falsely claiming to act on the instructions of a court "
                    "as bailiffs", _CONC_7_11)
CONC_7_11_3 = _conc("7.11.3R", "a firm must not use official-looking documents designed or likely "
                    "to mislead", _CONC_7_11)
CONC_7_11_4 = _conc("7.11.4R", "a firm must not falsely claim membership of a trade body",
                    _CONC_7_11)
CONC_7_11_5 = _conc("7.11.5G", "falsely claiming to be a solicitor is an offence under the Legal "
                    "Services Act 2007, s.17", _CONC_7_11)
CONC_7_11_6 = _conc("7.11.6R", "a firm ‘must not suggest or state that action can or will be taken "
                    "when legally it cannot be taken’", _CONC_7_11)
CONC_7_11_7 = _conc("7.11.7G", "examples include threatening bankruptcy when the balance is too "
                    "low for it", _CONC_7_11)
CONC_7_11_9 = _conc("7.11.9R", "a firm must not say that an action has been taken when it has not",
                    _CONC_7_11)

# --- CONC 7.3: arrears and default (High) ------------------------------------------------------
CONC_7_3_4 = _conc("7.3.4R", "a firm must treat customers in default or arrears ‘with forbearance "
                   "and due consideration’", _CONC_7_3)
CONC_7_3_9 = _conc("7.3.9R", "a firm must not have a policy of refusing to negotiate with a "
                   "customer who is developing a repayment plan", _CONC_7_3)
CONC_7_3_10 = _conc("7.3.10R", "a firm must not pressurise a customer to pay in one or very few "
                    "payments or unreasonably large amounts when that harms their finances, to pay "
                    "within an unreasonably short period, or to raise funds by selling property, "
                    "borrowing or increasing borrowing", _CONC_7_3)
CONC_7_3_14 = _conc("7.3.14R", "a firm must not take disproportionate action, such as an order for "
                    "sale or a bankruptcy petition without exploring other options", _CONC_7_3)
CONC_7_3_15 = _conc("7.3.15G", "no undue or excessive use of statutory demands", _CONC_7_3)
CONC_7_3_18 = _conc("7.3.18R", "a firm must not threaten court action (a charging order, an order "
                    "for sale and the like) to pressurise the customer to pay more than they can "
                    "reasonably afford", _CONC_7_3)
PRINCIPLE_6 = Citation(PRIN, "Principle 6", Binding.regulator, _CONC_7_3, "High",
                       "a firm must pay due regard to the interests of its customers and treat "
                       "them fairly", basis=Basis.regulatory)
PRINCIPLE_12 = Citation(PRIN, "Principle 12 (Consumer Duty)", Binding.regulator, _CONC_7_3,
                        "High", "the Consumer Duty, which now sits alongside Principle 6 in "
                        "CONC 7.3", basis=Basis.regulatory)

# --- Other CONC 7 sections: existence High, details not fully confirmed ------------------------
CONC_7_7_5 = _conc("7.7.5R", "collection charges no higher than necessary to cover reasonable "
                   "costs", _CONC_OTHER)
CONC_7_13 = Citation(CONC, "CONC 7.13", Binding.regulator, _CONC_OTHER, "High",
                     "data accuracy (the wrong person or the wrong amount)", basis=Basis.regulatory)
CONC_7_14 = Citation(CONC, "CONC 7.14", Binding.regulator, _CONC_OTHER, "High", "disputed debts",
                     basis=Basis.regulatory)
CONC_7_15 = Citation(CONC, "CONC 7.15", Binding.regulator, _CONC_OTHER, "High",
                     "statute-barred debts", basis=Basis.regulatory)

# --- Analogies and advice-sector content (not binding in a consumer-credit case) --------------
MCOB_13_5_3 = Citation("FCA Mortgages sourcebook (MCOB), by analogy", "MCOB 13.5.3R",
                       Binding.guidance, _MCOB, "High",
                       "in mortgage arrears, no ‘excessive telephone calls’ and no contact ‘at an "
                       "unreasonable hour’", basis=Basis.baseline)
MCOB_13_5_4 = Citation("FCA Mortgages sourcebook (MCOB), by analogy", "MCOB 13.5.4G",
                       Binding.guidance, _MCOB, "High",
                       "a reasonable hour ‘will usually fall between 8 am and 9 pm’; applying this "
                       "to CONC is a heuristic", basis=Basis.baseline)
CITIZENS_ADVICE = Citation("Citizens Advice content on harassment by creditors", None,
                           Binding.guidance, _CITIZENS_ADVICE, "Medium",
                           "contact ‘several times a day’ or ‘early morning / late at night’ can "
                           "be harassment", basis=Basis.baseline)

# --- Administration of Justice Act 1970 s.40 (England and Wales) --------------------------------
# The reference grades the text of s.40 High, but whether s.40(1) still reaches a trader collecting
# from a consumer is UNVERIFIED: s.40(3A) takes commercial practices within the 2008 Regulations
# out of s.40(1), and whether it now points to the DMCC Act 2024 that replaced them is not known
# (law-uk.md §3.3, §6 item 2). So every s.40 citation a rule gives is a point to check: graded
# UNVERIFIED, never named by section in a letter, never quoted, and its rule flagged.
_AJA_CHECK = ("whether s.40(1) applies to a business collecting from a consumer is not verified "
              "(s.40(3A) and the DMCC Act 2024): check before relying on it")
AJA_40_1_A = Citation(AJA, None, Binding.law, _AJA, UNVERIFIED,
                      "s.40(1)(a): an offence to harass a debtor, with the object of coercing "
                      "payment, with demands calculated by their frequency, manner, occasion, "
                      "threats or publicity to cause alarm, distress or humiliation; "
                      + _AJA_CHECK, basis=Basis.criminal)
AJA_40_1_B = Citation(AJA, None, Binding.law, _AJA, UNVERIFIED,
                      "s.40(1)(b): an offence falsely to represent that criminal proceedings lie "
                      "for non-payment; " + _AJA_CHECK, basis=Basis.criminal)
AJA_40_1_C = Citation(AJA, None, Binding.law, _AJA, UNVERIFIED,
                      "s.40(1)(c): an offence falsely to claim official capacity; " + _AJA_CHECK,
                      basis=Basis.criminal)
AJA_40_1_D = Citation(AJA, None, Binding.law, _AJA, UNVERIFIED,
                      "s.40(1)(d): an offence to use a document falsely represented as official; "
                      + _AJA_CHECK, basis=Basis.criminal)

# --- DMCC Act 2024 Part 4 Chapter 1 (from 6 April 2025; High) ----------------------------------
DMCC_UNFAIR = Citation(DMCC, "Part 4, Chapter 1", Binding.law, _DMCC, "High",
                       "from 6 April 2025, unfair commercial practices towards consumers are "
                       "prohibited: misleading actions, misleading omissions, aggressive practices "
                       "and practices contrary to professional diligence (overview in s.224)",
                       basis=Basis.regulatory)

# --- Protection from Harassment Act 1997 (England and Wales; High) -----------------------------
PHA_1 = Citation(PHA, "s.1", Binding.law, _PHA, "High",
                 "a person must not pursue a course of conduct which amounts to harassment and "
                 "which they know or ought to know amounts to harassment", basis=Basis.civil)
PHA_2 = Citation(PHA, "s.2", Binding.law, _PHA, "High",
                 "harassment is an offence: up to 6 months' imprisonment and / or a level-5 fine",
                 basis=Basis.criminal)
PHA_3 = Citation(PHA, "s.3", Binding.law, _PHA, "High",
                 "a civil claim: damages for ‘any anxiety caused by the harassment and any "
                 "financial loss’, and an injunction", basis=Basis.civil)
PHA_7_2 = Citation(PHA, "s.7(2)", Binding.law, _PHA, "High",
                   "harassing a person includes alarming them or causing them distress",
                   basis=Basis.civil)
PHA_7_3 = Citation(PHA, "s.7(3)", Binding.law, _PHA, "High",
                   "a course of conduct means conduct on at least two occasions", basis=Basis.civil)
PHA_7_4 = Citation(PHA, "s.7(4)", Binding.law, _PHA, "High", "conduct includes speech",
                   basis=Basis.civil)
# UK-INSULT: the catalogue grades insults as covered only generally (Medium); the same general
# duty is all the reference gives against a single threat (UK-AJA-HARASSMENT).
PRINCIPLE_6_INSULT = Citation(PRIN, "Principle 6", Binding.regulator, _CONC_7_3, "Medium",
                              "a firm must treat its customers fairly; abuse is covered only "
                              "by this general duty", basis=Basis.regulatory)
PRINCIPLE_12_INSULT = Citation(PRIN, "Principle 12 (Consumer Duty)", Binding.regulator, _CONC_7_3,
                               "Medium", "the Consumer Duty; abuse is covered only by this "
                               "general duty", basis=Basis.regulatory)

# --- Consumer Credit Act 1974 ------------------------------------------------------------------
CCA_87 = Citation(CCA, "s.87", Binding.law, _CCA, "High",
                  "a default notice is needed before terminating, accelerating or enforcing the "
                  "agreement for breach", basis=Basis.civil)
CCA_88_2 = Citation(CCA, "s.88(2)", Binding.law, _CCA, "High",
                    "the date by which to remedy the breach must be at least 14 days after the "
                    "notice is served", basis=Basis.civil)
CCA_88_4A = Citation(CCA, "s.88(4A)", Binding.law, _CCA, "High",
                     "the default notice must include the current default information sheet",
                     basis=Basis.civil)
CCA_78 = Citation(CCA, "s.78", Binding.law, _CCA_78, "Medium",
                  "the customer may ask for a copy of the agreement and a statement of account "
                  "(running-account credit)", basis=Basis.civil)
CCA_78_DETAILS = Citation(CCA, None, Binding.law, _CCA_78, UNVERIFIED,
                          "the s.78 deadline (said to be 12 working days), the fee and whether "
                          "the creditor may enforce while in default are not verified",
                          basis=Basis.civil)

# --- Channels: DISP and the Financial Ombudsman Service (High) ---------------------------------
DISP_1_6 = Citation(DISP, "DISP 1.6.1R, 1.6.2R", Binding.regulator, _DISP_1_6, "High",
                    "prompt written acknowledgement; a final response within 8 weeks, which must "
                    "say the customer may refer the complaint to the Financial Ombudsman Service "
                    "within six months", basis=Basis.regulatory)
DISP_1_5 = Citation(DISP, "DISP 1.5", Binding.regulator, _DISP_1_5, "High",
                    "a complaint resolved by the close of the third business day may get a "
                    "summary resolution communication instead", basis=Basis.regulatory)
DISP_2_8_1 = Citation(DISP, "DISP 2.8.1R", Binding.regulator, _DISP_2_8, "High",
                      "the Ombudsman can consider a complaint once the firm has sent its final "
                      "response or summary resolution communication, or 8 weeks have passed",
                      basis=Basis.regulatory)
DISP_2_8_2 = Citation(DISP, "DISP 2.8.2R", Binding.regulator, _DISP_2_8, "High",
                      "not if referred more than 6 months after the final response, or more "
                      "than 6 years after the event or (if later) 3 years from awareness, unless "
                      "exceptional circumstances apply or the firm consents",
                      basis=Basis.regulatory)
FOS_DEBT_COLLECTING = Citation(
    "Financial Ombudsman Service technical note on debt collecting", None, Binding.guidance,
    _FOS_NOTE, "High",
    "covers debt collecting from 6 April 2007; from 1 April 2014 regulated and exempt credit and "
    "hire agreements and P2P; not council tax, utility bills, court fines or mobile-phone "
    "contracts; the eligible complainant is the person asked to pay", basis=Basis.baseline)
FOS_CONTACT = Citation(
    "Financial Ombudsman Service leaflet pages; FOS complaint form (pdfslide copy); "
    "debtcorrect.co.uk complaints page", None, Binding.guidance,
    "financial-ombudsman.org.uk leaflet pages; pdfslide copy of the FOS complaint form; "
    "debtcorrect.co.uk complaints page", "High/Medium",
    "0800 023 4567 / 0300 123 9 123; complaint.info@financial-ombudsman.org.uk; Exchange Tower, "
    "London E14 9SR", basis=Basis.baseline)
FOS_FORM = Citation("Financial Ombudsman Service: updating the complaint form", None,
                    Binding.guidance, "financial-ombudsman.org.uk/news/updating-complaint-form",
                    "High", "a redesigned form in use since 1 April 2022; the old form is no "
                    "longer accepted", basis=Basis.baseline)
FOS_HOW_TO = Citation("Financial Ombudsman Service: how to complain", None, Binding.guidance,
                      "financial-ombudsman.org.uk how-to-complain page via altruwe proxy", "High",
                      "‘Let the business know what the problem is, and how you'd like them to "
                      "put things right’", basis=Basis.baseline)
FCA_INTELLIGENCE = Citation("FCA (debt-advice factsheet copy)", None, Binding.guidance,
                            "wijbewegenzodatuvooruitgaat.be copy of a debt-advice factsheet",
                            "Low-Medium", "the FCA does not resolve individual complaints; it "
                            "gathers intelligence", basis=Basis.baseline)
POLICE_PHA = Citation(PHA, "s.2", Binding.law, "wikisource PHA page", "Medium",
                      "harassment is an offence the police can investigate", basis=Basis.criminal)
COURT_PHA = Citation(PHA, "s.3", Binding.law, "wikisource PHA page", "Medium",
                     "a civil claim for damages and an injunction; limitation for PHA damages "
                     "is excluded from the personal-injury special rule (s.6)", basis=Basis.civil)
