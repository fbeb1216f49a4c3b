"""The jurisdiction itself: language, time zone, contact hours, typography, fixed wording."""

from datetime import time
from pathlib import Path

from docx.shared import Pt

from complaint_kit.jurisdiction import CrisisLine, Currency, Jurisdiction, Typography

# Formal Chinese correspondence: A4, 仿宋 body, 小标宋/黑体 titles, two-character first-line
# indent, 3.7/2.8/3.5/2.6 cm margins (GB/T 9704 practice for official documents). Lines are at a
# fixed pitch (as GB/T 9704's 22 lines a page are), so a page holds the same text whichever CJK
# font the reader's machine substitutes for 仿宋; every list is numbered, never bulleted.
TYPOGRAPHY = Typography(
    page="A4",
    margins_cm=(3.7, 2.6, 3.5, 2.8),
    body_font="Times New Roman",
    body_font_east_asia="仿宋",
    heading_font="Times New Roman",
    heading_font_east_asia="黑体",
    title_font_east_asia="方正小标宋简体",
    body_size_pt=14,
    title_size_pt=20,
    heading_size_pt=15,
    table_size_pt=10.5,  # 五号: a table of numbers and messages fits the page
    line_spacing=Pt(26),  # exact: about 24 lines a page
    numbered_lists=True,
    first_line_indent_chars=2,
    page_label="— {page} —",
)

LABELS = {
    "to_prefix": "致：",
    "to_suffix": "",
    "signature": "投诉举报人（签名）：",  # as the letter's heading 一、投诉举报人
    "date_format": "y年M月d日",
    "datetime_format": "y年M月d日 HH:mm",
    # The complainant's own checklist (never in a recipient's copy).
    "checklist.title": "寄出前请核对",
    "checklist.intro": "以下文件是供您本人核对、修改后使用的草稿，不构成法律意见。"
                       "请逐项核对每一处事实、日期、姓名、号码和所引条文，"
                       "只签署真实的内容；核对后再签名、寄出或提交。",
    "checklist.urgent": "现在就做",
    "checklist.order": "按以下顺序提交",
    "checklist.file": "文件：",
    "checklist.how": "方式：",
    "checklist.deadlines": "时限：",
    "checklist.annexes": "随附材料",
    "checklist.extra.police-report": "报案材料打印两份，带身份证原件和证据原件"
                                     "（手机、截图打印件）到派出所当面提交，"
                                     "要求制作笔录并出具受案回执；回执妥善保存。",
    "checklist.extra.notice": "告知函通过贷款机构公布的投诉渠道提交，或以EMS寄送到其注册地址，"
                              "保留寄件凭证和签收记录；从寄出之日起计算十五日答复期。"
                              "报警不必等待其答复。",
    "checklist.extra.complaint": "投诉举报信填写收件机关的准确名称（将“××”换成所在地），"
                                 "签名后连同证据清单和骚扰情况报告一并提交；记下受理编号。",
    "checklist.extra.web-form": "登录举报平台实名举报，把各段文字分别粘贴到对应栏目"
                                "（也可使用同名 .txt 文件）；上传短信截图等证据。",
    "checklist.extra.evidence-index": "证据原件（手机、录音）自己保存，不要交出唯一的原件；"
                                      "提交复印件或打印件。",
    "closing": "此致",
    "salutation": "敬礼！",
    "attachments": "附件：",
    "col.id": "编号",
    "col.time": "时间",
    "col.channel": "方式及号码",
    "col.from": "来源号码",
    "col.to": "联系对象",
    "col.channel_to": "方式、号码及对象",
    "to_whom": "\n致：{whom}",  # a line of its own in the log's cell
    "col.content": "内容",
    "col.evidence": "证据",
    "col.day": "日期",
    "col.total": "联系次数",
    "col.night": "其中夜间",
    "col.file": "文件",
    "col.sha256": "SHA-256 校验值",
    "col.description": "证据名称及证明内容",
    "col.relation": "关系",
    "col.name": "姓名",
    "col.number": "号码",
    "col.count": "次数",
    "call.unanswered": "（未接通）",
    "call.duration": "通话时长 {duration}",
    "night_mark": "（夜间）",
    "empty": "—",
    "cite.law": "法律依据",
    "cite.baseline": "行业基准",
    "cite.reference": "参考",
    "cite.baseline_note.recommended standard": "（推荐性标准，不具有强制约束力，但代表行业基准）",
    "cite.baseline_note.self-regulation": "（行业自律规范，约束协会会员，代表行业基准）",
    "list_sep": "；",
    "enum_sep": "、",
    "colon": "：",
    "quote_open": "“",
    "quote_close": "”",
    "paren_open": "（",
    "paren_close": "）",
    "channel.call": "电话",
    "channel.sms": "短信",
    "channel.im": "即时通讯",
    "channel.visit": "上门",
    "channel.letter": "信函",
    "channel.email": "电子邮件",
    "channel.social_post": "网络发布",
    "channel.other": "其他",
    "relation.debtor": "本人",
    "relation.guarantor": "担保人",
    "relation.spouse": "配偶",
    "relation.parent": "父母",
    "relation.child": "子女",
    "relation.sibling": "兄弟姐妹",
    "relation.relative": "亲属",
    "relation.friend": "朋友",
    "relation.colleague": "同事",
    "relation.employer": "工作单位",
    "relation.contact": "通讯录联系人",
    "relation.emergency_contact": "紧急联系人",
    "relation.public": "公开场合",
    "relation.other": "其他人",
    "evidence.phone_export": "手机导出的短信、通话记录（{importer}）：{file}，"
                             "导入{count}条催收联系",
    "figure.contacts_per_day": "每日联系次数",
    "figure.daytime": "8:00至22:00",
    "figure.night": "夜间（22:00至次日8:00）",
    "figure.contacts": "次数",
    "tag.threat_violence": "以人身、家人或财产安全相威胁",
    "tag.threat_visit": "扬言上门",
    "tag.third_party_contact": "扬言或已经联系家人、同事、通讯录联系人",
    "tag.disclosure": "向第三人或公开透露欠款",
    "tag.criminal_threat": "以坐牢、抓人、刑事立案相恐吓",
    "tag.impersonation": "冒充公安、法院、律师等",
    "tag.insult": "侮辱、谩骂",
}

CN = Jurisdiction(
    code="cn",
    name="中国大陆",
    language="zh-Hans",
    languages=("zh-Hans",),
    timezone="Asia/Shanghai",
    phone_region="CN",
    text_encoding="gb18030",
    typography=TYPOGRAPHY,
    # GB/T 45251-2025 and the 中银协 2026 guideline: no collection 22:00–08:00 without consent.
    contact_hours=(time(8, 0), time(22, 0)),
    labels=LABELS,
    demo_example="cn-sms-harassment.yaml",
    names={"zh-Hans": "中国大陆", "zh-Hant": "中國大陸", "en": "Mainland China"},
    currency=Currency(
        code="CNY", names={"zh-Hans": "人民币", "zh-Hant": "人民幣", "en": "Chinese yuan"},
        marks=("¥", "RMB", "人民币", "人民幣", "元", "块钱", "块", "圆", "yuan"),
        formats={"zh-Hans": "人民币 {amount} 元", "zh-Hant": "人民幣 {amount} 元",
                 "en": "CN¥{amount}"}),
    crisis_lines=(
        # 国家卫生健康委设置的全国统一心理援助热线；每条热线每日至少18小时。400-161-9995
        # (希望24) is left out: no official source for it was found.
        CrisisLine(name={"zh-Hans": "全国统一心理援助热线", "zh-Hant": "全國統一心理援助熱線",
                         "en": "National mental health support line"},
                   number="12356",
                   hours={"zh-Hans": "每日至少18小时", "zh-Hant": "每日至少18小時",
                          "en": "at least 18 hours a day"},
                   source="http://gs.people.com.cn/BIG5/n2/2024/1227/c183356-41089989.html"),
    ),
    chart_font=Path(__file__).parent / "fonts" / "chart-sc.otf",
)
