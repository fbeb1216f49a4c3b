"""The jurisdiction itself: language, time zone, contact hours, typography, fixed wording."""

from datetime import time

from complaint_kit.jurisdiction import Jurisdiction, Typography

# Formal Chinese correspondence: A4, 仿宋 body at 三号 (16 pt), 小标宋/黑体 titles, two-character
# first-line indent, 3.7/2.8/3.5/2.6 cm margins (GB/T 9704 practice for official documents).
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
    line_spacing=1.5,
    first_line_indent_chars=2,
    page_label="— {page} —",
)

LABELS = {
    "to_prefix": "致：",
    "to_suffix": "",
    "signature": "投诉人（签名）：",
    "date_format": "{year}年{month}月{day}日",
    "datetime_format": "{year}年{month}月{day}日 {hour:02d}:{minute:02d}",
    "draft_notice": "本文件由 complaint-kit 根据投诉人提供的信息自动生成，仅为草稿，供投诉人核对、"
                    "修改后使用，不构成法律意见。提交前请逐项核实事实、证据和所引条文。",
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
}

CN = Jurisdiction(
    code="cn",
    name="中国大陆",
    language="zh-Hans",
    languages=("zh-Hans",),
    timezone="Asia/Shanghai",
    typography=TYPOGRAPHY,
    # GB/T 45251-2025 and the 中银协 2026 guideline: no collection 22:00–08:00 without consent.
    contact_hours=(time(8, 0), time(22, 0)),
    labels=LABELS,
    demo_example="cn-sms-harassment.yaml",
)
