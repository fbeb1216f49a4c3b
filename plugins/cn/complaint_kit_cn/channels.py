"""Mainland-China channels, in the order a complainant should use them."""

from __future__ import annotations

from complaint_kit.channels import Channel, ChannelKind

CHANNELS = [
    Channel(
        id="lender", jurisdiction="cn", name="贷款机构（出借人）本身", kind=ChannelKind.lender,
        order=10, applies=lambda case, findings: bool(findings) and case.lender is not None,
        why="金融机构对其委托的催收机构承担主体责任；监管部门通常要求先向机构投诉。",
        deadlines=("银行、保险机构：15日内办结，复杂的30日，特殊情况再延30日。",),
    ),
]
