"""The jurisdiction itself: languages, time zone, contact hours, typography, fixed wording.

Hong Kong drafts in Traditional Chinese (Hong Kong usage, the default) or English, by the case's
``language``. ``LABELS`` hold the zh-Hant wording and ``EN`` the English; both have every key
that the shared base templates use, plus the plugin's own (rule titles, request wording).

Contact hours: the Hong Kong sources set **no numeric hours** (law-hk.md §0): the Code of Banking
Practice says only "unreasonable hours". The jurisdiction therefore declares none; the HK-HOURS
rule screens with a window of its own (see ``rules.SCREENING_HOURS``) that the complainant can
change, and says that the window is not a legal limit.
"""

from pathlib import Path

from complaint_kit.jurisdiction import CrisisLine, Currency, Jurisdiction, Typography

# Hong Kong letters: A4, block paragraphs (no first-line indent) in both languages, a Ming
# (明體) body face for Chinese, 12 pt body text.
TYPOGRAPHY = Typography(
    page="A4",
    margins_cm=(2.5, 2.5, 2.5, 2.5),
    body_font="Times New Roman",
    body_font_east_asia="新細明體",
    heading_font="Arial",
    heading_font_east_asia="微軟正黑體",
    title_font_east_asia="微軟正黑體",
    body_size_pt=12,
    title_size_pt=16,
    heading_size_pt=13,
    line_spacing=1.3,
    first_line_indent_chars=0,
    page_label="{page} / {pages}",
)

LABELS = {
    "to_prefix": "致：",
    "to_suffix": "",
    "signature": "投訴人（簽署）：",
    "date_format": "y年M月d日",
    "datetime_format": "y年M月d日 HH:mm",
    # For the complainant only (the terminal and the checklist), never printed in a document.
    "draft_notice": "以下文件是供您核對的草稿，並非法律意見。",
    "closing": "此致",
    "salutation": "",
    "attachments": "附件：",
    "col.id": "編號",
    "col.time": "時間",
    "col.channel": "方式及號碼",
    "col.from": "來電／發訊號碼",
    "col.to": "聯絡對象",
    "col.content": "內容（原文）",
    "col.evidence": "證據",
    "col.day": "日期",
    "col.total": "聯絡次數",
    "col.night": "其中深夜",
    "col.file": "檔案",
    "col.sha256": "SHA-256 雜湊值",
    "col.description": "證據名稱及證明內容",
    "col.relation": "關係",
    "col.name": "姓名",
    "col.number": "號碼",
    "col.count": "次數",
    "call.unanswered": "（未接聽）",
    "call.duration": "通話時間 {duration}",
    "night_mark": "（深夜／清晨）",
    "empty": "—",
    "cite.law": "法律及監管依據",
    "cite.baseline": "業界守則",
    "cite.reference": "參考",
    "cite.baseline_note.recommended standard": "（建議性標準，不具法律約束力）",
    "cite.baseline_note.self-regulation": "（非法定守則，代表業界基準）",
    "list_sep": "；",
    "enum_sep": "、",
    "colon": "：",
    "quote_open": "「",
    "quote_close": "」",
    "paren_open": "（",
    "paren_close": "）",
    "channel.call": "電話",
    "channel.sms": "短訊",
    "channel.im": "即時通訊訊息",
    "channel.visit": "上門",
    "channel.letter": "信件",
    "channel.email": "電郵",
    "channel.social_post": "網上發布",
    "channel.other": "其他",
    "relation.debtor": "本人",
    "relation.guarantor": "擔保人",
    "relation.spouse": "配偶",
    "relation.parent": "父母",
    "relation.child": "子女",
    "relation.sibling": "兄弟姊妹",
    "relation.relative": "親屬",
    "relation.friend": "朋友",
    "relation.colleague": "同事",
    "relation.employer": "僱主",
    "relation.contact": "通訊錄聯絡人",
    "relation.emergency_contact": "緊急聯絡人",
    "relation.public": "公眾地方或群組",
    "relation.other": "其他人",
    # Before a person's name: one person, so not the plural 父母 / 子女 / 兄弟姊妹 alone
    # ("本人的家人（父母）陳母", not "本人的父母陳母").
    "relation_named.parent": "家人（父母）",
    "relation_named.child": "家人（子女）",
    "relation_named.sibling": "家人（兄弟姊妹）",
    "evidence.phone_export": "手機匯出的短訊、通話紀錄（{importer}）：{file}，"
                             "匯入{count}項收數聯絡",
    "figure.contacts_per_day": "每日聯絡次數",
    "figure.daytime": "聯絡",
    "figure.night": "深夜",
    "figure.contacts": "次數",
    "tag.threat_violence": "以人身、家人或財產安全相威脅",
    "tag.threat_visit": "揚言上門",
    "tag.third_party_contact": "揚言或已經聯絡家人、同事、聯絡人",
    "tag.disclosure": "向第三者或公眾透露欠款",
    "tag.criminal_threat": "以坐監、拘捕、刑事案件相恐嚇",
    "tag.impersonation": "冒充警方、法院、律師等",
    "tag.insult": "侮辱、辱罵",
    "tag.doxxing": "公開個人資料（相片、身份證、地址）",
    # Rule titles, shown in documents (the Rule itself carries the zh-Hant title).
    "rule.HK-HOURS": "在不合理時間致電",
    "rule.HK-PERSISTENT-CALLS": "持續不斷致電滋擾",
    "rule.HK-THIRD-PARTY": "向第三者追數",
    "rule.HK-PUBLIC-HUMILIATION": "公開羞辱本人",
    "rule.HK-INTIMIDATION": "恐嚇",
    "rule.HK-ABUSIVE": "辱罵",
    "rule.HK-FALSE-IDENTITY": "使用假名、匿名來電或無法識別身份的字條",
    "rule.HK-MISLEADING": "作出虛假或誤導性陳述以迫使還款",
    "rule.HK-CONFIDENTIALITY": "向他人透露本人欠債",
    "rule.HK-DOXXING": "未經同意披露個人資料（「起底」）",
    "rule.HK-DATA-TRANSFER-NOTICE": "收集資料時未告知可能轉交收數公司",
    "rule.HK-DCA-NOTICE": "委託收數公司前未有適當的書面通知",
    "rule.HK-BANKRUPT": "債務人被判破產後仍然追數",
    "rule.HK-UNLICENSED-LENDER": "放債人未持有放債人牌照",
    "hk.screening_note": "（本人用以篩選的時段，並非法定時限；香港的規則沒有訂明具體時間）",
    # The complainant's checklist, written beside the drafts (never sent to anyone).
    "checklist.title": "寄出之前",
    "checklist.intro": "以下文件是根據您提供的資料擬備的草稿，供您核對，並非法律意見。請逐份細閱，"
                       "核實每項事實、日期、姓名、號碼及金額，刪改不正確的內容，只簽署屬實的文件。"
                       "《銀行營運守則》的現行版本及章節須先核實。",
    "checklist.urgent": "現在先做",
    "checklist.order": "向哪個機構遞交哪份文件（按次序）",
    "checklist.file": "文件：",
    "checklist.how": "遞交方法：",
    "checklist.deadlines": "期限：",
    "checklist.annexes": "隨信附上",
    "checklist.extra.police-report": "另帶同證據清單、收數滋擾紀錄及手機內的原始訊息和通話紀錄，"
                                     "並索取報案編號。",
    "checklist.extra.lender-complaint": "以掛號郵遞或電郵寄出，保留副本及寄出證明；"
                                        "信中要求30日內回覆，請記下限期。",
    "checklist.extra.hkma-complaint": "表格要求身份證號碼首4個字符，請填上。",
    "checklist.extra.pcpd-complaint": "可把 .txt 文本貼入投訴表格；您須同意向被投訴者披露您的身份，"
                                      "否則公署不能跟進。",
    "checklist.extra.harassment-report": "附於每份信件及報案書之後；每封信只撮要，完整紀錄在此。",
    "checklist.extra.evidence-index": "附於每份信件及報案書之後；原始檔案請妥善保存，不要修改。",
}

EN = {
    "to_prefix": "To: ",
    "to_suffix": "",
    "signature": "Signed by the complainant: ",
    "date_format": "d MMMM y",  # "1 April 2026", as a Hong Kong letter writes a date
    "datetime_format": "dd/MM/y HH:mm",
    # For the complainant only (the terminal and the checklist), never printed in a document.
    "draft_notice": "These documents are drafts for you to check, not legal advice.",
    "closing": "Yours faithfully,",
    "salutation": "",
    "attachments": "Enclosures: ",
    "col.id": "No.",
    "col.time": "Time",
    "col.channel": "How, from which number",
    "col.from": "From number",
    "col.to": "Who was contacted",
    "col.content": "What was said (verbatim)",
    "col.evidence": "Evidence",
    "col.day": "Date",
    "col.total": "Contacts",
    "col.night": "Late at night",
    "col.file": "File",
    "col.sha256": "SHA-256",
    "col.description": "Evidence and what it shows",
    "col.relation": "Relation",
    "col.name": "Name",
    "col.number": "Number",
    "col.count": "Times",
    "call.unanswered": " (not answered)",
    "call.duration": " (call lasted {duration})",
    "night_mark": " (late or early)",
    "empty": "—",
    "cite.law": "Law and regulation",
    "cite.baseline": "Industry code",
    "cite.reference": "See also",
    "cite.baseline_note.recommended standard": " (a recommended standard, not binding law)",
    "cite.baseline_note.self-regulation": " (non-statutory; the industry baseline)",
    "list_sep": "; ",
    "enum_sep": ", ",
    "colon": ": ",
    "quote_open": "\u201c",
    "quote_close": "\u201d",
    "paren_open": " (",
    "paren_close": ")",
    "channel.call": "Call",
    "channel.sms": "SMS",
    "channel.im": "Instant message",
    "channel.visit": "Visit",
    "channel.letter": "Letter",
    "channel.email": "Email",
    "channel.social_post": "Online post",
    "channel.other": "Other",
    "relation.debtor": "me",
    "relation.guarantor": "guarantor",
    "relation.spouse": "spouse",
    "relation.parent": "parent",
    "relation.child": "child",
    "relation.sibling": "sibling",
    "relation.relative": "relative",
    "relation.friend": "friend",
    "relation.colleague": "colleague",
    "relation.employer": "employer",
    "relation.contact": "phone contact",
    "relation.emergency_contact": "emergency contact",
    "relation.public": "public place or group",
    "relation.other": "someone else",
    "evidence.phone_export": "Messages and call log exported from the phone ({importer}): "
                             "{file}, {count} collection contacts imported",
    "figure.contacts_per_day": "Contacts per day",
    "figure.daytime": "Contacts",
    "figure.night": "Late at night",
    "figure.contacts": "Contacts",
    "tag.threat_violence": "threats to person, family or property",
    "tag.threat_visit": "threats to come to the home or workplace",
    "tag.third_party_contact": "says family, colleagues or contacts were or will be told",
    "tag.disclosure": "tells third parties or the public about the debt",
    "tag.criminal_threat": "threats of prison, arrest or a criminal case",
    "tag.impersonation": "poses as police, a court or a lawyer",
    "tag.insult": "abuse or insults",
    "tag.doxxing": "publishes personal data (photo, ID card, address)",
    "rule.HK-HOURS": "Telephone calls at unreasonable hours",
    "rule.HK-PERSISTENT-CALLS": "Pestering with persistent phone calls",
    "rule.HK-THIRD-PARTY": "Pressing people other than me for the debt",
    "rule.HK-PUBLIC-HUMILIATION": "Public humiliation",
    "rule.HK-INTIMIDATION": "Intimidation",
    "rule.HK-ABUSIVE": "Abusive remarks",
    "rule.HK-FALSE-IDENTITY": "False names, anonymous calls or unidentifiable notes",
    "rule.HK-MISLEADING": "False or misleading statements to induce payment",
    "rule.HK-CONFIDENTIALITY": "My debt disclosed to others",
    "rule.HK-DOXXING": "Personal data disclosed without consent (doxxing)",
    "rule.HK-DATA-TRANSFER-NOTICE": "Not told that personal data may pass to debt collectors",
    "rule.HK-DCA-NOTICE": "No proper written notice before a debt-collection agency was "
                          "used",
    "rule.HK-BANKRUPT": "Collection after the debtor was adjudged bankrupt",
    "rule.HK-UNLICENSED-LENDER": "Money lender without a licence",
    "hk.screening_note": " (the hours I use to screen calls, not a legal limit; Hong Kong "
                         "rules set no numeric hours)",
    # The complainant's checklist, written beside the drafts (never sent to anyone).
    "checklist.title": "Before you send",
    "checklist.intro": "These documents are drafts prepared from the information you gave, "
                       "for you to check; they are not legal advice. Read each one, check "
                       "every fact, date, name, number and amount, correct what is wrong, and "
                       "sign only what is "
                       "true. Check the current edition and sections of the Code of Banking "
                       "Practice before relying on it.",
    "checklist.urgent": "Do this first, now",
    "checklist.order": "Where to send what, in this order",
    "checklist.file": "Document:",
    "checklist.how": "How:",
    "checklist.deadlines": "Time limits:",
    "checklist.annexes": "Enclose with what you send",
    "checklist.extra.police-report": "Also bring the index of evidence, the record of "
                                     "harassment and the original messages and call log on "
                                     "your phone; ask for the report reference number.",
    "checklist.extra.lender-complaint": "Send it by registered post or email; keep a copy and "
                                        "proof of sending. The letter asks for a reply within "
                                        "30 days: note the date.",
    "checklist.extra.hkma-complaint": "The form asks for the first 4 characters of your HKID: "
                                      "add them.",
    "checklist.extra.pcpd-complaint": "Paste the .txt text into the complaint form. You must "
                                      "consent to your identity being disclosed to the party "
                                      "complained against, or the PCPD cannot act.",
    "checklist.extra.harassment-report": "Enclose it with every letter and the police report; "
                                         "the letters give a summary, the full log is here.",
    "checklist.extra.evidence-index": "Enclose it with every letter and the police report; keep "
                                      "the original files safe and unchanged.",
}

HK = Jurisdiction(
    code="hk",
    name="香港",
    language="zh-Hant",
    languages=("zh-Hant", "en"),
    timezone="Asia/Hong_Kong",
    phone_region="HK",
    text_encoding="big5hkscs",
    typography=TYPOGRAPHY,
    # No numeric hours in the Hong Kong sources (law-hk.md §0, §6 item 1): none declared here.
    contact_hours=None,
    labels=LABELS,
    translations={"en": EN},
    demo_example="hk-whatsapp-harassment.yaml",
    names={"zh-Hans": "香港", "zh-Hant": "香港", "en": "Hong Kong"},
    currency=Currency(
        code="HKD", names={"zh-Hans": "港币", "zh-Hant": "港幣", "en": "Hong Kong dollars"},
        marks=("HK$", "$", "港幣", "港币", "港元", "元", "蚊"),
        formats={"zh-Hans": "港币 {amount} 元", "zh-Hant": "港幣 {amount} 元",
                 "en": "HK${amount}"}),
    crisis_lines=(
        CrisisLine(name={"zh-Hans": "18111 精神健康支援热线", "zh-Hant": "18111 精神健康支援熱線",
                         "en": "18111 Mental Health Support Hotline"},
                   number="18111",
                   hours={"zh-Hans": "24小时", "zh-Hant": "24小時", "en": "24 hours"},
                   source="https://news.gov.hk/eng/2023/12/20231227/20231227_162155_701.html"),
        CrisisLine(name={"zh-Hans": "香港撒玛利亚防止自杀会", "zh-Hant": "香港撒瑪利亞防止自殺會",
                         "en": "The Samaritan Befrienders Hong Kong"},
                   number="2389 2222",
                   hours={"zh-Hans": "24小时", "zh-Hant": "24小時", "en": "24 hours"},
                   source="https://csrp.hku.hk/getting-help/"),
        CrisisLine(name={"zh-Hans": "生命热线", "zh-Hant": "生命熱綫",
                         "en": "Suicide Prevention Hotline"},
                   number="2382 0000",
                   hours={"zh-Hans": "24小时", "zh-Hant": "24小時", "en": "24 hours"},
                   source="https://csrp.hku.hk/getting-help/"),
    ),
    chart_font=Path(__file__).parent / "fonts" / "chart-hk.otf",
)


def labels_for(language: str | None) -> dict[str, str]:
    return HK.labels_for(language)


def is_english(language: str | None) -> bool:
    return (language or HK.language).split("-")[0] == "en"
