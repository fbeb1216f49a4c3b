"""The jurisdiction itself: language, time zone, contact hours, typography, fixed wording."""

from datetime import time

from complaint_kit.api import CrisisLine, Currency, Jurisdiction, Typography

# A plain British business letter on A4: 2.54 cm margins, a sans-serif body at 11 pt.
TYPOGRAPHY = Typography(
    page="A4",
    margins_cm=(2.54, 2.54, 2.54, 2.54),
    body_font="Arial",
    heading_font="Arial",
    body_size_pt=11,
    title_size_pt=16,
    heading_size_pt=13,
    line_spacing=1.15,
    page_label="Page {page} of {pages}",
)

# CONC 7.9.4R forbids contact at "unreasonable times" and sets no hours (law-uk.md §3.2). The only
# hours the reference gives are MCOB 13.5.4G's, for mortgage arrears: a reasonable hour "will
# usually fall between 8 am and 9 pm". The kit uses them by analogy, as the reference allows, to
# mark contacts worth a second look; documents say that they are an analogy, not a CONC limit.
CONTACT_HOURS = (time(8, 0), time(21, 0))
HOURS_TEXT = "8 am to 9 pm"

LABELS = {
    "to_prefix": "To: ",
    "to_suffix": "",
    "signature": "Signed: ",
    "date_format": "dd/MM/y",
    "datetime_format": "dd/MM/y HH:mm",
    # Not printed in any recipient's copy (the checklist tells the user); kept for the core.
    "draft_notice": "These documents are drafts for you to check, correct and sign, not legal "
                    "advice. Check every fact, date, piece of evidence and citation before "
                    "sending them.",
    "closing": "Yours faithfully,",
    "salutation": "",
    "attachments": "Enclosures: ",
    "col.id": "No.",
    "col.time": "Date and time",
    "col.channel": "How, and from which number",
    "col.from": "From number",
    "col.to": "Who was contacted",
    "col.content": "What was said",
    "account": "My account: ",
    "col.evidence": "Evidence",
    "col.day": "Day",
    "col.total": "Contacts",
    "col.night": f"Outside {HOURS_TEXT}",
    "col.file": "File",
    "col.sha256": "SHA-256 checksum",
    "col.description": "Evidence and what it shows",
    "col.relation": "Relationship",
    "col.name": "Name",
    "col.number": "Number",
    "col.count": "Times",
    "call.unanswered": " (not answered)",
    "call.duration": " (call lasted {duration})",
    "night_mark": f" (outside {HOURS_TEXT})",
    "empty": "—",
    "cite.law": "Law",
    "cite.baseline": "Baseline",
    "cite.reference": "Guidance",
    "cite.baseline_note.recommended standard": " (a recommended standard, not binding)",
    "cite.baseline_note.self-regulation": " (self-regulation, binding on members only)",
    "cite.regulator": "FCA rule (binding on authorised firms)",
    "list_sep": "; ",
    "enum_sep": ", ",
    "colon": ": ",
    "quote_open": "‘",
    "quote_close": "’",
    "paren_open": " (",
    "paren_close": ")",
    "channel.call": "Phone call",
    "channel.sms": "Text message",
    "channel.im": "Instant message",
    "channel.visit": "Visit",
    "channel.letter": "Letter",
    "channel.email": "Email",
    "channel.social_post": "Social-media post",
    "channel.other": "Other",
    "relation.debtor": "Me",
    "relation.guarantor": "Guarantor",
    "relation.spouse": "Spouse or partner",
    "relation.parent": "Parent",
    "relation.child": "Child",
    "relation.sibling": "Brother or sister",
    "relation.relative": "Relative",
    "relation.friend": "Friend",
    "relation.colleague": "Colleague",
    "relation.employer": "Employer",
    "relation.contact": "Phone contact",
    "relation.emergency_contact": "Emergency contact",
    "relation.public": "In public",
    "relation.other": "Someone else",
    "evidence.phone_export": "Messages and call log exported from the phone ({importer}): {file}, "
                             "{count} contacts from the collectors imported",
    "figure.contacts_per_day": "Contacts per day",
    "figure.daytime": HOURS_TEXT,
    "figure.night": f"Outside {HOURS_TEXT}",
    "figure.contacts": "Contacts",
    "tag.threat_violence": "threats to my safety, family or property",
    "tag.threat_visit": "threats to come to my home or work",
    "tag.third_party_contact": "threats to contact, or contact with, my family, colleagues or "
                               "contacts",
    "tag.disclosure": "telling others or the public about the debt",
    "tag.criminal_threat": "threats of arrest, prison or a criminal case",
    "tag.impersonation": "posing as police, a court, bailiffs or a solicitor",
    "tag.insult": "insults or abuse",
    # The complainant's checklist (complaint_kit/draft/checklist.py): never in a recipient's copy.
    "checklist.intro": "These documents are drafts for you to check, not legal advice. Read each "
                       "one and correct every fact, date, name, number and amount; remove "
                       "anything that is not true, and fill in anything in square brackets. "
                       "Sign only what is true.",
    "checklist.extra.complaint": "Send it to the firm's complaints address (on its letters or "
                                 "website), by email or by post with proof of posting, and send "
                                 "a copy to the debt collector named in it. Enclose the contact "
                                 "log and the evidence index. Keep a copy and note the date you "
                                 "sent it: the 8 weeks for the final response run from then.",
    "checklist.extra.fos-summary": "This is the text for the Ombudsman's complaint form (online, "
                                   "by phone or by post), not the form itself; paste it from the "
                                   ".txt file. Send it once the firm has sent its final "
                                   "response, or 8 weeks after your complaint, and no later "
                                   "than 6 months after the final response. Fill in the dates "
                                   "and what the firm said. It says the contact log is attached: "
                                   "upload it with the form (or enclose it by post).",
    "checklist.extra.police-report": "Take it to your local police station or report online "
                                     "through your police force, with the contact log and the "
                                     "evidence. If anyone threatens to come to you or to harm "
                                     "you, call 999; otherwise 101. Ask for a crime reference "
                                     "number and write it down.",
    "checklist.extra.harassment-report": "The full log of every contact: enclose it with the "
                                         "complaint, the Ombudsman referral and the police "
                                         "report.",
    "checklist.extra.evidence-index": "Enclose it with each document, with copies (never the "
                                      "originals) of the evidence it lists.",
}

UK = Jurisdiction(
    code="uk",
    name="United Kingdom",
    language="en",
    languages=("en",),
    timezone="Europe/London",
    phone_region="GB",
    text_encoding="cp1252",
    typography=TYPOGRAPHY,
    contact_hours=CONTACT_HOURS,
    labels=LABELS,
    demo_example="uk-harassment.yaml",
    names={"zh-Hans": "英国", "zh-Hant": "英國", "en": "United Kingdom"},
    currency=Currency(
        code="GBP", names={"zh-Hans": "英镑", "zh-Hant": "英鎊", "en": "pounds sterling"},
        marks=("£", "英镑", "英鎊", "pounds", "pound"),
        formats={"zh-Hans": "{amount} 英镑", "zh-Hant": "{amount} 英鎊", "en": "£{amount}"}),
    crisis_lines=(
        CrisisLine(name={"zh-Hans": "Samaritans 撒玛利亚会", "zh-Hant": "Samaritans 撒瑪利亞會",
                         "en": "Samaritans"},
                   number="116 123",
                   hours={"zh-Hans": "24小时，免费", "zh-Hant": "24小時，免費",
                          "en": "24 hours, free"},
                   source="https://www.samaritans.org/how-we-can-help/contact-samaritan/"),
    ),
)
