"""How a Taiwan letter cites the law: long instruments in full once, then short."""

from __future__ import annotations

import re

# Long instruments named in full once, then by the short name Taiwan practice uses.
SHORT = {"金融機構作業委託他人處理內部作業制度及程序辦法": "委外辦法", "中華民國刑法": "刑法",
         "社會秩序維護法": "社維法", "個人資料保護法": "個資法", "金融消費者保護法": "金保法"}


class Citer:
    """Writes citations as a Taiwan lawyer does: articles of one instrument grouped
    (委外辦法第14條第1項第3款、第3項第1款), a long name in full the first time with
    （下稱…）, its short name after."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def name(self, instrument: str) -> str:
        short_ = SHORT.get(instrument)
        if not short_:
            return instrument
        if instrument in self.seen:
            return short_
        self.seen.add(instrument)
        return f"{instrument}（下稱{short_}）"

    def __call__(self, citations: list[dict]) -> str:
        groups: dict[str, list[str]] = {}
        for c in citations:
            inst = c.get("instrument") or ""
            art = c.get("article") or ""
            if inst and art and c["label"] == inst + art:
                groups.setdefault(inst, []).append(art)
            else:
                groups.setdefault(c["label"], [])
        parts = []
        for inst, arts in groups.items():
            if not arts:
                parts.append(inst)
                continue
            shown = [arts[0]] + [_same_article(arts[0], a) for a in arts[1:]]
            parts.append(self.name(inst) + "、".join(shown))
        return "、".join(parts)

    def label(self, label: str) -> str:
        """A single label (a request's basis), by its short name once introduced."""
        for inst, short_ in SHORT.items():
            if label.startswith(inst) and inst in self.seen:
                return short_ + label[len(inst):]
        return label


def _same_article(first: str, other: str) -> str:
    """第14條第3項第1款 after 第14條第1項第3款 is written 第3項第1款; 第14條第1項第7款
    after 第14條第1項第5款, 第7款."""
    for pattern in (r"第[\d之-]+條第\d+項", r"第[\d之-]+條"):
        head = re.match(pattern, first)
        if head and other.startswith(head.group(0)) and other != head.group(0):
            return other[len(head.group(0)):]
    return other


NON_LAW = ("self-regulation", "guidance", "case law", "recommended standard")
