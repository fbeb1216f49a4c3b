"""Every provision the US rules and channels cite, as shared/reference/law-us.md records it.

Grades are the reference's own (High / Medium / Medium-High / Low / UNVERIFIED), and each source
is the reference's bracketed address, written as it gives it. Where a rule row's grade differs
by provision (e.g. US-DESIGNATED-INCONVENIENT: the statute and the regulation High, the
commentary summary Medium), each citation carries the grade of its own provision (law-us.md §3).

Binding: the FDCPA (15 U.S.C.), Regulation F (12 C.F.R. Part 1006) and state statutes and
regulations -> Binding.law; the CFPB's official commentary to Regulation F ->
Binding.regulator; Supreme Court decisions -> Binding.case_law; channel facts -> guidance.
Anything UNVERIFIED has no article, and its gist names no section: letters never show it.

Basis: the FDCPA and the Rosenthal Act give the consumer a claim for damages (15 U.S.C. 1692k,
Cal. Civ. Code 1788.30) -> Basis.civil, as do the Supreme Court's readings of the FDCPA;
Regulation F and its commentary are the CFPB's rules -> Basis.regulatory, as are the
Massachusetts regulations, which the Attorney General and the Division of Banks enforce. The
reference holds no criminal provision, so no US rule cites one: threats of violence go to the
police as a channel, never as a cited offence. Channel facts -> Basis.baseline.
"""

from complaint_kit.api import UNVERIFIED, Basis, Binding, Citation

FDCPA = "Fair Debt Collection Practices Act"
REG_F = "Regulation F"
COMMENTARY = "CFPB Official Interpretation of Regulation F"

# --- Sources (law-us.md, as written) -------------------------------------------------------------
_S_1692A = "lawserver.com/law/country/us/code/15_usc_1692b"  # "Terms used", quoting 1692a
_S_HENSON = ("raw.githubusercontent.com/ThomasMoreAI/legal-skills-open/.../"
             "or-consumer-debt-codearranger/references/fdcpa.md")
_S_1006_6 = "lawserver.com/law/country/us/cfr/12_cfr_1006-6"
_S_1692C = ("ftp.gwdg.de/.../usc15.tgz:15/1692c (GPO text); "
            "chanrobles.com/usa/uslaws/codes/title15/15usc1692c.php")
_S_1006_6B = ("lawserver.com/law/country/us/cfr/12_cfr_1006-6; developer.cloudcontactai.com/docs/"
              "12-cfr-part-1006-regulation-f-communications-in-connection-with-debt-collection")
_S_DESIGNATED = "support.smslp.com/kb/a3055/...; support.smslp.com/kb/a3051/..."
_S_ECHOPROOF = "EchoProof sheet, secondary source (code repository)"
_S_ATTORNEY = "GPO 1692c; EchoProof sheet quoting 1006.6(b)(2), secondary source (code repository)"
_S_GPO_1692C = "GPO 1692c"
_S_CEASE = ("urbansiasociatii.ro/manualul_colectorului/HTML/8.html; uslegalforms summaries; "
            "1006.6(c)(1), (c)(2)(ii)–(iii) quoted in EchoProof sheet, secondary source "
            "(code repository)")
_S_1692B = ("frrsdigital.com/topic-by-locator/6-1680 (FDIC compilation); "
            "lawserver.com/law/country/us/code/15_usc_1692b")
_S_1692C_B = "chanrobles.com 15usc1692c (text truncated after the opening words)"
_S_1006_6D = ("1006.6(d)(1)(vi) \"The debt collector's attorney\" in EchoProof sheet, "
              "secondary source (code repository)")
_S_1692D = "lawserver.com/law/country/us/code/15_usc_1692d"
_S_1006_14 = ("law.lawstack.com/cfr/12/1006.14/ (\"verified against eCFR\"); "
              "consumerfinance.gov/rules-policy/regulations/1006/14/")
_S_1006_14_CFPB = "consumerfinance.gov/rules-policy/regulations/1006/14/"
_S_14B3 = ("EchoProof sheet quoting 1006.14(b)(3)(i)–(ii), secondary source (code repository)")
_S_14B3_COMMENT = "secondary source (code repository)"  # Comment 14(b)(3)(ii)-1, quoted
_S_14B4 = "support.smslp.com/kb/a2764/..."
_S_REBUTTAL = "support.smslp.com/kb/a2772/..."
_S_1692E = ("apeccp.org.tw/htdocs/doc/USA/Policy/ch41/1692e.htm; GPO usc15 1692e; "
            "frrsdigital.com")
_S_1692E11 = "law-journals-books.vlex.com/vid/4-4-violations-of-1037093010 quoting current text"
_S_1006_18 = "consumerfinance.gov/rules-policy/regulations/1006/18/"
_S_1692F = "frrsdigital.com/topic-by-locator/6-1686"
_S_1006_22 = ("EchoProof sheet, secondary source (code repository); "
              "consumerfinance.gov .../interp-22/")
_S_1006_6E = ("support.smslp.com/kb/a3059/... citing 1006.6(e); "
              "online.collector.com/collectormagazine/202104")
_S_1692G = "frrsdigital.com display-section GUID-169B6CEE... (1692g(a)–(b))"
_S_1006_34 = "casetext.com/regulation/.../section-100634-notice-for-validation-of-debts"
_S_1006_26 = "ThomasMoreAI reg-f.md"
_S_1692K = "codes.lp.findlaw.com/uscode/15/41/V/1692k; GPO usc15 1692k"
_S_1692K_D = ("consumerfinance.gov/compliance/amicus/briefs/rotkiske-v-klemm/; casetext 1692k "
              "analysis page; online.flipbuilder.com .../page28.html")
_S_CA_1788_17 = "law.onecle.com/california/civil/1788.17.html"
_S_CA_1788_30 = "self-law.org/code/ca/civil-code/1788-30; legalfina.com summary"
_S_CA_REACH = "ThomasMoreAI ca rosenthal-act.md"
_S_MA_940_704 = ("regulations.justia.com/states/massachusetts/940-cmr/title-940-cmr-7-00/"
                 "section-7-04; lemberglaw.com/massachusetts-debt-collection-regulations-"
                 "calls-per-week-limit")
_S_MA_209_1816 = "law.cornell.edu/regulations/massachusetts/209-CMR-18-16"
_S_MA_209_1817 = "casetext 209 CMR 18.17"
_S_MA_940_705 = "regulations.justia.com .../section-7-05"


def _inner(gist: str | None) -> str | None:
    """Quotations inside a gist in single curly quotes: letters put the gist in double ones."""
    if gist is None:
        return None
    parts = gist.split('"')
    return "".join(p + ("‘" if n % 2 == 0 else "’") if n < len(parts) - 1 else p
                   for n, p in enumerate(parts))


def _usc(section: str, grade: str, source: str, gist: str | None = None) -> Citation:
    return Citation(FDCPA, f"15 U.S.C. § {section}", Binding.law, source, grade, _inner(gist),
                    basis=Basis.civil)


def _cfr(section: str, grade: str, source: str, gist: str | None = None) -> Citation:
    return Citation(REG_F, f"12 C.F.R. § {section}", Binding.law, source, grade, _inner(gist),
                    basis=Basis.regulatory)


def _comment(number: str | None, grade: str, source: str, gist: str | None = None) -> Citation:
    return Citation(COMMENTARY, number, Binding.regulator, source, grade, _inner(gist),
                    basis=Basis.regulatory)


# --- Who is covered (§3.1) -----------------------------------------------------------------------
FDCPA_1692A = _usc("1692a", "High", _S_1692A,
                   "a \"debt\" is an obligation from a transaction \"primarily for personal, "
                   "family, or household purposes\"")
HENSON = Citation("Henson v. Santander Consumer USA Inc. (U.S. Supreme Court, 2017)", None,
                  Binding.case_law, _S_HENSON, "Medium",
                  "original creditors collecting their own debts are generally excluded; "
                  "debt buyers may be covered", basis=Basis.civil)
REGF_6A = _cfr("1006.6(a)", "High", _S_1006_6,
               "\"consumer\" includes the consumer's spouse, a parent if the consumer is a "
               "minor, a legal guardian, an executor or administrator, and a confirmed "
               "successor in interest")

# --- Time and place (§3.2) -----------------------------------------------------------------------
FDCPA_1692C_A1 = _usc("1692c(a)(1)", "High", _S_1692C,
                      "no communication \"at any unusual time or place or a time or place known "
                      "or which should be known to be inconvenient\"; convenient is \"after 8 "
                      "o'clock antemeridian and before 9 o'clock postmeridian, local time at "
                      "the consumer's location\"")
REGF_6B1I = _cfr("1006.6(b)(1)(i)", "High", _S_1006_6B,
                 "\"a time before 8:00 a.m. and after 9:00 p.m. local time at the consumer's "
                 "location is inconvenient\" (applies to attempts to communicate as well)")
FDCPA_1692C_A = _usc("1692c(a)", "High", _S_1692C,
                     "no communication at any unusual or inconvenient place without the "
                     "consumer's prior consent")
REGF_6B1II = _cfr("1006.6(b)(1)(ii)", "High", _S_1006_6B,
                  "no communication or attempt to communicate at an unusual or inconvenient "
                  "place")
REGF_6B1 = _cfr("1006.6(b)(1)", "High", _S_1006_6B,
                "no communication or attempt to communicate at a time or place known or which "
                "should be known to be inconvenient")
COMMENT_6B1_2 = _comment("Comment 6(b)(1)-2", "Medium", _S_DESIGNATED,
                         "a time or place the consumer says is inconvenient binds the collector, "
                         "except one reply through the same medium to a contact the consumer "
                         "started, or the consumer's direct prior consent")
FDCPA_1692C_A2 = _usc("1692c(a)(2)", "High", _S_ATTORNEY,
                      "no communication with a consumer known to be represented by an attorney, "
                      "unless the attorney fails to respond within a reasonable time or consents")
REGF_6B2 = _cfr("1006.6(b)(2)", "High", _S_ATTORNEY)
FDCPA_1692C_A3 = _usc("1692c(a)(3)", "High", _S_GPO_1692C,
                      "no communication at the consumer's place of employment if the collector "
                      "knows or has reason to know that the employer prohibits it")
# The Regulation F paragraph for the workplace rule is not confirmed (law-us.md §6 item 1).
REGF_WORKPLACE = Citation(REG_F + " (its paragraph on workplace contacts)", None, Binding.law,
                          "law-us.md §3.2 and §6 item 1", UNVERIFIED,
                          "the paragraph number in Regulation F is not confirmed",
                          basis=Basis.regulatory)

# --- Cease communication (§3.3) ------------------------------------------------------------------
FDCPA_1692C_C = _usc("1692c(c)", "High", _S_CEASE,
                     "after the consumer notifies the collector in writing that they refuse to "
                     "pay or want communication to stop, the collector must stop, except to say "
                     "collection efforts are ending, that specified remedies may be invoked, or "
                     "that a specified remedy will be invoked")
REGF_6C = _cfr("1006.6(c)(1), (c)(2)(ii)–(iii)", "High", _S_CEASE)

# --- Third parties (§3.4) ------------------------------------------------------------------------
FDCPA_1692B = _usc("1692b", "High", _S_1692B,
                   "a collector seeking location information must identify himself, must not "
                   "state that the consumer owes any debt, and must not contact the same person "
                   "more than once unless asked")
REGF_10 = _cfr("1006.10", "High", _S_1692B)
FDCPA_1692C_B = _usc("1692c(b)", "Medium-High", _S_1692C_B,
                     "no communication about the debt with anyone but the consumer, the "
                     "consumer's attorney, a consumer reporting agency, the creditor and its "
                     "attorney, or the collector's attorney")
REGF_6D = _cfr("1006.6(d)", "Medium-High", _S_1006_6D)

# --- Harassment (§3.5) ---------------------------------------------------------------------------
FDCPA_1692D = _usc("1692d", "High", _S_1692D,
                   "no conduct \"the natural consequence of which is to harass, oppress, or abuse "
                   "any person\"")
FDCPA_1692D_1 = _usc("1692d(1)", "High", _S_1692D,
                     "the use or threat of violence or other criminal means to harm the person, "
                     "reputation or property of any person")
FDCPA_1692D_2 = _usc("1692d(2)", "High", _S_1692D,
                     "\"obscene or profane language or language the natural consequence of which "
                     "is to abuse the hearer or reader\"")
FDCPA_1692D_3 = _usc("1692d(3)", "High", _S_1692D,
                     "publishing a list of consumers who allegedly refuse to pay debts")
FDCPA_1692D_4 = _usc("1692d(4)", "High", _S_1692D,
                     "advertising a debt for sale to coerce payment")
FDCPA_1692D_5 = _usc("1692d(5)", "High", _S_1692D,
                     "\"Causing a telephone to ring or engaging any person in telephone "
                     "conversation repeatedly or continuously with intent to annoy, abuse, or "
                     "harass\"")
FDCPA_1692D_6 = _usc("1692d(6)", "High", _S_1692D,
                     "calls \"without meaningful disclosure of the caller's identity\"")
REGF_14A = _cfr("1006.14(a)", "High", _S_1006_14_CFPB,
                "no conduct the natural consequence of which is to harass, oppress, or abuse")
REGF_14B = _cfr("1006.14(b)(1), (b)(2)", "High", _S_1006_14,
                "a collector is presumed to break the rule if it places a call to a person about "
                "a debt \"More than seven times within seven consecutive days\" or \"Within a "
                "period of seven consecutive days after having had a telephone conversation with "
                "the person\"; \"The date of the telephone conversation is the first day of the "
                "seven-consecutive-day period.\"")
REGF_14B3 = _cfr("1006.14(b)(3)(i)–(ii)", "High", _S_14B3,
                 "calls placed with the person's prior consent given directly to the collector, "
                 "and calls not connected to the dialed number, are not counted")
COMMENT_14B3II_1 = _comment("Comment 14(b)(3)(ii)-1", "Medium", _S_14B3_COMMENT,
                            "calls that ring unanswered or reach voicemail count; busy signals "
                            "and numbers not in service do not")
COMMENT_14B4_1II = _comment("Comment 14(b)(4)-1.ii", "Medium", _S_14B4,
                            "calls are counted per debt")
COMMENT_REBUTTAL = _comment(None, "Medium", _S_REBUTTAL,
                            "factors against the collector include \"two unanswered telephone "
                            "calls to the same telephone number within five minutes\" and \"seven "
                            "telephone calls to the same telephone number within one day\"")
COMMENT_14A_1I = _comment("Comment 14(a)-1.i", "High", _S_1006_14_CFPB,
                          "\"numerous, unsolicited text messages per day for several "
                          "consecutive days\" can be harassment")
REGF_14G = _cfr("1006.14(g)", "High", _S_ECHOPROOF,
                "no telephone calls without meaningful disclosure of the caller's identity")
REGF_14H1 = _cfr("1006.14(h)(1)", "High", _S_ECHOPROOF,
                 "a collector must not communicate through a medium the person has asked it "
                 "not to use")

# --- False or misleading representations (§3.6) --------------------------------------------------
FDCPA_1692E_1 = _usc("1692e(1)", "High", _S_1692E,
                     "falsely implying government affiliation (e.g. a badge or uniform)")
FDCPA_1692E_2 = _usc("1692e(2)", "High", _S_1692E,
                     "false representation of the character, amount or legal status of a debt")
FDCPA_1692E_3 = _usc("1692e(3)", "High", _S_1692E,
                     "falsely implying that an attorney is involved")
FDCPA_1692E_4 = _usc("1692e(4)", "High", _S_1692E,
                     "implying non-payment will cause \"arrest or imprisonment ... or the seizure, "
                     "garnishment, attachment, or sale of any property or wages ... unless such "
                     "action is lawful and the debt collector or creditor intends to take such "
                     "action\"")
FDCPA_1692E_5 = _usc("1692e(5)", "High", _S_1692E,
                     "\"threat to take any action that cannot legally be taken or that is not "
                     "intended to be taken\"")
FDCPA_1692E_7 = _usc("1692e(7)", "High", _S_1692E,
                     "falsely implying the consumer committed a crime \"in order to disgrace the "
                     "consumer\"")
FDCPA_1692E_8 = _usc("1692e(8)", "High", _S_1692E,
                     "communicating false credit information, including failing to say that a "
                     "disputed debt is disputed")
FDCPA_1692E_9 = _usc("1692e(9)", "High", _S_1692E,
                     "documents that look like court or government papers")
FDCPA_1692E_11 = _usc("1692e(11)", "High", _S_1692E11,
                      "the initial communication must say \"that the debt collector is attempting "
                      "to collect a debt and that any information obtained will be used for that "
                      "purpose\", and later communications \"that the communication is from a "
                      "debt collector\"")
REGF_18B1II = _cfr("1006.18(b)(1)(ii)", "High", _S_1006_18,
                   "falsely implying that the collector is a consumer reporting agency")
REGF_18B3 = _cfr("1006.18(b)(3)", "High", _S_1006_18,
                 "the same ban on implying arrest, imprisonment, seizure or garnishment")
REGF_18E = _cfr("1006.18(e)(1), (e)(2)", "High", _S_ECHOPROOF)

# --- Unfair practices (§3.7) ---------------------------------------------------------------------
FDCPA_1692F_1 = _usc("1692f(1)", "High", _S_1692F,
                     "collecting any amount not \"expressly authorized by the agreement creating "
                     "the debt or permitted by law\"")
FDCPA_1692F_2_4 = _usc("1692f(2)–(4)", "High", _S_1692F,
                       "a check postdated by more than five days may be deposited only after "
                       "three to ten business days' written notice")
FDCPA_1692F_5 = _usc("1692f(5)", "High", _S_1692F,
                     "concealed charges for communications, such as collect calls")
FDCPA_1692F_6 = _usc("1692f(6)", "High", _S_1692F,
                     "threatening non-judicial repossession without a right to do so")
FDCPA_1692F_7_8 = _usc("1692f(7), (8)", "High", _S_1692F,
                       "no postcards; nothing on an envelope but the collector's address (a "
                       "business name that does not indicate debt collection is allowed)")
FDCPA_1692B_4_5 = _usc("1692b(4)–(5)", "High", _S_1692B,
                       "no postcard, and no debt-collection language or symbol on the envelope, "
                       "in location contacts")
REGF_22F4 = _cfr("1006.22(f)(4)", "High", _S_1006_22,
                 "no communication through social media \"if the communication or attempt to "
                 "communicate is viewable by the general public or the person's social media "
                 "contacts\"")

# --- Electronic communications (§3.8) ------------------------------------------------------------
REGF_6E = _cfr("1006.6(e)", "High", _S_1006_6E,
               "each email, text or other electronic communication must carry a clear and "
               "conspicuous notice of \"a reasonable and simple method\" to opt out")

# --- Validation (§3.9) ---------------------------------------------------------------------------
FDCPA_1692G_A = _usc("1692g(a)", "High", _S_1692G,
                     "within five days after the initial communication, a written notice of the "
                     "amount, the creditor's name, the 30-day dispute statement, the verification "
                     "statement and the original-creditor statement")
FDCPA_1692G_B = _usc("1692g(b)", "High", _S_1692G,
                     "after a written dispute or request within 30 days, the collector \"shall "
                     "cease collection of the debt, or any disputed portion\" until it mails "
                     "verification or a judgment, or the original creditor's name and address")
REGF_34A1 = _cfr("1006.34(a)(1)", "High", _S_1006_34,
                 "validation information in the initial communication, within five days of it, "
                 "or orally in the initial communication")
REGF_26 = _cfr("1006.26", "Medium", _S_1006_26,
               "a collector must not sue or threaten to sue on a time-barred debt")

# --- Remedies (§3.10) ----------------------------------------------------------------------------
FDCPA_1692K = _usc("1692k(a)", "High", _S_1692K,
                   "actual damages, additional damages up to $1,000 for an individual, costs and "
                   "reasonable attorney's fees")
FDCPA_1692K_D = _usc("1692k(d)", "High", _S_1692K_D,
                     "an action may be brought \"within one year from the date on which the "
                     "violation occurs\"")
ROTKISKE = Citation("Rotkiske v. Klemm (U.S. Supreme Court, 2019)", None, Binding.case_law,
                    _S_1692K_D, "High",
                    "the one-year period runs from the violation, not from its discovery",
                    basis=Basis.civil)

# --- States (§3.11) ------------------------------------------------------------------------------
_ROSENTHAL = "California Rosenthal Fair Debt Collection Practices Act"
CA_1788_17 = Citation(_ROSENTHAL, "Cal. Civ. Code § 1788.17", Binding.law, _S_CA_1788_17,
                      "High", "every debt collector must comply with 15 U.S.C. 1692b to 1692j "
                      "and is subject to the remedies of 1692k", basis=Basis.civil)
CA_1788_30B = Citation(_ROSENTHAL, "Cal. Civ. Code § 1788.30(b)", Binding.law, _S_CA_1788_30,
                       "High", "willful and knowing violations: a penalty of $100 to $1,000 "
                       "plus actual damages; suit within one year", basis=Basis.civil)
CA_REACH = Citation(_ROSENTHAL + " (definition of \"debt collector\")", None, Binding.law,
                    _S_CA_REACH, "Medium",
                    "the Rosenthal Act's definition of ‘debt collector’ reaches original "
                    "creditors", basis=Basis.civil)
MA_940_704 = Citation("Massachusetts Attorney General debt collection regulations",
                      "940 CMR 7.04(1)(f)", Binding.law, _S_MA_940_704, "High",
                      "creditors: no more than two telephone communications (including texts and "
                      "recorded messages) in each seven-day period to a residence, cell or "
                      "personal number, and two in each 30 days to other numbers, for each debt",
                      basis=Basis.regulatory)
MA_209_1816 = Citation("Massachusetts Division of Banks debt collector regulations",
                       "209 CMR 18.16(1)(d)", Binding.law, _S_MA_209_1816, "High",
                       "debt collectors: the same caps of two per seven days and two per 30 days",
                       basis=Basis.regulatory)
MA_209_1817 = Citation("Massachusetts Division of Banks debt collector regulations",
                       "209 CMR 18.17(6)", Binding.law, _S_MA_209_1817, "High",
                       "household visits only between 8 a.m. and 9 p.m., and at most one in "
                       "each 30 days for each debt", basis=Basis.regulatory)
MA_940_705 = Citation("Massachusetts Attorney General debt collection regulations",
                      "940 CMR 7.05(3)(e)", Binding.law, _S_MA_940_705, "High",
                      "no calls to household members outside 8 a.m. to 9 p.m. Eastern time",
                      basis=Basis.regulatory)

# --- Channel sources (§2) ------------------------------------------------------------------------
SRC_LETTERS = Citation("Cease and dispute letters (conventional structure)", None,
                       Binding.guidance,
                       "meddebtsol.us/letters/cease; uslegalforms.com summaries", "Medium",
                       "certified mail, keep copies; a cease letter can prompt a lawsuit if the "
                       "debt is still within the limitations period", basis=Basis.baseline)
SRC_CFPB_CONTACT = Citation(
    "CFPB complaint intake", None, Binding.guidance,
    "omb.report/icr/201407-3170-002/doc/48693101 (CFPB paper intake form v3.1/2014); "
    "issuhub.com/view/index/4410?pageIndex=277; issuhub.com/view/index/4410?pageIndex=276",
    "Medium", "older documents; confirm current contacts", basis=Basis.baseline)
SRC_CFPB_TIMELINE = Citation(
    "CFPB complaint process", None, Binding.guidance,
    "legalexaminer.news/2020/06/...; insidearm.com/daily/.../debt-collection-complaints-now-"
    "being-accepted-by-cfpb/; github.com/hanzvanaardt/cfgov-refresh/blob/master/docs/"
    "consumer-complaint-database.md", "Medium-High",
    "companies generally respond within 15 days; all but the most complicated are closed "
    "within 60 days", basis=Basis.baseline)
SRC_CFPB_FORM = Citation("CFPB web complaint form (2015 OMB package)", None, Binding.guidance,
                         "omb.report/icr/201504-3170-001/doc/54859401", "Medium",
                         "the form may have changed since 2015", basis=Basis.baseline)
SRC_CFPB_ISSUES = Citation("CFPB debt-collection issue values (public complaint data)", None,
                           Binding.guidance, "public complaint data, secondary source (code "
                           "repository)", "Medium", "live form labels may differ",
                           basis=Basis.baseline)
SRC_STATE_AG = Citation("FTC, state Attorney General, state regulator", None, Binding.guidance,
                        "law-us.md §2 and §6 item 6", UNVERIFIED,
                        "addresses and forms not researched", basis=Basis.baseline)
SRC_CA_SUIT = Citation(_ROSENTHAL, "Cal. Civ. Code § 1788.30", Binding.law,
                       "self-law.org/code/ca/civil-code/1788-30; legalfina.com summary", "High",
                       "suit within one year", basis=Basis.civil)
# The reference researches no police channel and no state criminal statute: the police channel
# is named for threats of violence and announced visits, and cites nothing.
SRC_POLICE = Citation("Local police", None, Binding.guidance,
                      "law-us.md §2 (the police are not among the researched channels)",
                      UNVERIFIED, "not researched: call 911 in an emergency", basis=Basis.baseline)
