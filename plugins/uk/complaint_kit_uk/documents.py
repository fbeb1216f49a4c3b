"""The documents United Kingdom cases can draft (layouts follow law-uk.md §4)."""

from __future__ import annotations

from complaint_kit.api import DocumentKind, evidence_given, findings_made, pattern_shown

DOCUMENTS = [
    DocumentKind(id="complaint", jurisdiction="uk", title="Formal complaint",
                 template="uk/complaint.md.j2", channels=("firm",), wanted=findings_made,
                 description="To the firm: a formal complaint with the pattern of contacts in "
                             "counts and the worst messages quoted, the points the findings "
                             "support, grouped, with their rules, what I want, and the 8-week "
                             "final response; the contact log is enclosed."),
    DocumentKind(id="fos-summary", jurisdiction="uk",
                 title="Financial Ombudsman Service referral summary",
                 template="uk/fos-summary.md.j2", channels=("fos",), formats=("docx", "txt"),
                 wanted=findings_made,
                 description="For the Ombudsman's complaint form, short and factual: who I am, "
                             "the business and the account, my complaint to it and its "
                             "response, what happened, and what I want (also as text to "
                             "paste)."),
    DocumentKind(id="police-report", jurisdiction="uk", title="Harassment report to the police",
                 template="uk/police-report.md.j2", channels=("police",), wanted=findings_made,
                 description="To the police: any threat that cannot wait, the course of conduct "
                             "in counts with the messages quoted, the harassment offence "
                             "(Protection from Harassment Act 1997, s.2) with the facts that "
                             "meet its elements, and the evidence."),
    DocumentKind(id="harassment-report", jurisdiction="uk", title="Contact log and pattern",
                 template="uk/harassment-report.md.j2", wanted=pattern_shown,
                 description="The full log: every contact in order (written words quoted, calls "
                             "and visits as my account), contacts per day with a chart, "
                             "contacts outside 8 am to 9 pm, third parties reached and numbers "
                             "used."),
    DocumentKind(id="evidence-index", jurisdiction="uk", title="Evidence index",
                 template="uk/evidence-index.md.j2", wanted=evidence_given,
                 description="Each piece of evidence with what it shows and its file's SHA-256."),
]


# The complaint to the firm groups its points (law-uk.md §4.1); each point has a heading in the
# complainant's voice. A rule not listed here goes under the last group.
POINT_GROUPS = (
    ("How and when I was contacted",
     ("UK-TIMES", "UK-FREQUENCY", "UK-CONTACT-REQUESTS", "UK-MISLEADING-CONTACT",
      "UK-PREMIUM-RATE")),
    ("Other people told about my debt",
     ("UK-DISCLOSURE", "UK-PUBLIC-EMBARRASSMENT", "UK-THIRD-PARTY-AWARENESS",
      "UK-IDENTITY-CHECK")),
    ("Visits", ("UK-VISIT-PURPOSE", "UK-VISIT-CONDUCT")),
    ("False statements about authority and legal action",
     ("UK-FALSE-AUTHORITY", "UK-IMPOSSIBLE-ACTION", "UK-FALSE-ACTION-TAKEN",
      "UK-CRIMINAL-THREAT")),
    ("Threats, abuse and harassment",
     ("UK-AJA-HARASSMENT", "UK-INSULT", "UK-AGGRESSIVE-PRACTICE", "UK-PHA-COURSE")),
    ("How my arrears and my account were handled",
     ("UK-FORBEARANCE", "UK-PRESSURE", "UK-COURT-THREAT", "UK-DISPROPORTIONATE", "UK-CHARGES",
      "UK-DATA-DISPUTE-STATUTE-BARRED", "UK-DEFAULT-NOTICE", "UK-S78-REQUEST")),
)

# Each finding's heading as the complainant writes it (the rules' titles speak to "you").
POINT_HEADINGS = {
    "UK-MISLEADING-CONTACT": "A misleading reason was given to make me get in touch",
    "UK-TIMES": "I was contacted at unreasonable times",
    "UK-CONTACT-REQUESTS": "My request about how to be contacted was ignored",
    "UK-FREQUENCY": "I was contacted several times a day",
    "UK-PREMIUM-RATE": "I was asked to call a premium-rate number",
    "UK-DISCLOSURE": "My debt was disclosed, or threatened to be disclosed, to others",
    "UK-PUBLIC-EMBARRASSMENT": "Conduct likely to embarrass me in public",
    "UK-THIRD-PARTY-AWARENESS": "Others were made aware that I am pursued for a debt",
    "UK-IDENTITY-CHECK": "Details of the debt were given without checking who was told",
    "UK-VISIT-PURPOSE": "The visitor did not explain the purpose of the visit",
    "UK-VISIT-CONDUCT": "A visit broke the rules on visits",
    "UK-FALSE-AUTHORITY": "False claims of authority",
    "UK-IMPOSSIBLE-ACTION": "Threats of action that cannot legally be taken",
    "UK-FALSE-ACTION-TAKEN": "False statements that action had been taken",
    "UK-CRIMINAL-THREAT": "Threats of arrest and the police over a civil debt",
    "UK-FORBEARANCE": "My repayment offer was refused without forbearance",
    "UK-PRESSURE": "Pressure to pay at once, too soon, or by borrowing or selling",
    "UK-DISPROPORTIONATE": "Disproportionate action",
    "UK-COURT-THREAT": "Court action threatened to make me pay more than I can afford",
    "UK-CHARGES": "Collection charges above reasonable costs",
    "UK-DATA-DISPUTE-STATUTE-BARRED": "The debt is disputed",
    "UK-INSULT": "Insults and abuse",
    "UK-PHA-COURSE": "Harassment: a course of conduct",
    "UK-AJA-HARASSMENT": "Threats of harm or of a visit to make me pay",
    "UK-AGGRESSIVE-PRACTICE": "An aggressive commercial practice",
    "UK-DEFAULT-NOTICE": "The default notice was defective",
    "UK-S78-REQUEST": "My request for a copy of the credit agreement is unanswered",
}

# The messages a letter quotes first: the worst conduct first.
WORST_TAGS = ("threat_violence", "criminal_threat", "impersonation", "uk_action_taken",
              "threat_visit", "uk_enforcement", "disclosure", "uk_threat_to_tell", "insult")
