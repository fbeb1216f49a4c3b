"""The provisions mainland-China findings cite, as labels and compact, ordered citations."""

from __future__ import annotations

import re
from typing import Any

PENAL = ("administrative", "criminal")


def labels_of(findings, *, basis: tuple[str, ...] = (), instrument: str = "",
              binding: tuple[str, ...] = ()) -> list[str]:
    out = []
    for f in findings:
        for c in f["citations"]:
            if basis and str(c["basis"]) not in basis:
                continue
            if binding and str(c["binding"]) not in binding:
                continue
            if instrument and instrument not in c["instrument"]:
                continue
            if c["label"] not in out:
                out.append(c["label"])
    return out


def provisions_by_kind(findings, fund) -> dict[str, Any]:
    """The provisions the letters name, by kind: supervisory (and those binding a platform's
    funder), baselines, PIPL, civil."""
    supervisory = labels_of(findings, binding=("regulator",))
    return {
        "supervisory": supervisory,
        # A platform is no bank, insurer or licensed lender: the supervisory rules its funder's
        # type brings bind the funder, and a regulator's letter is about the funder it
        # supervises.
        "funder": fund.name if fund else "",
        "funder_rules": [x for x in supervisory if "信用卡" not in x] if fund else [],
        "baseline": labels_of(findings, binding=("recommended standard", "self-regulation")),
        "pipl47": [x for x in labels_of(findings, instrument="个人信息保护法")
                   if "第四十七条" in x],
        "civil": labels_of(findings, basis=("civil",), binding=("binding",)),
        "pipl": [x for x in labels_of(findings, instrument="个人信息保护法")
                 if "第六十九条" not in x],
    }


def compact(citations: list[dict[str, Any]]) -> str:
    """Labels joined, one instrument named once: 《个人信息保护法》第六条、第十条."""
    groups: dict[str, list[str]] = {}
    for c in citations:
        if c.get("article") and c["label"].endswith(c["article"]):
            head = c["label"][: -len(c["article"])]
            groups.setdefault(head, [])
            if c["article"] not in groups[head]:
                groups[head].append(c["article"])
        else:
            groups.setdefault(c["label"], [])
    return "、".join(head + "、".join(arts) for head, arts in groups.items())


def cite_texts(findings) -> dict[str, dict[str, str]]:
    """Per finding: its binding law (civil and regulatory), the supervisory rules, the industry
    baseline and the penal provisions, each as one compact phrase (labels only, never a gist)."""
    out = {}
    for f in findings:
        # a liability provision (精神损害赔偿, PIPL 第六十九条) is not a rule the conduct breaks
        cs = [c for c in f["citations"] if not any(
            a in (c.get("article") or "") for a in ("第一千一百八十三条", "第六十九条"))]
        out[f["rule"]] = {
            "law": compact([c for c in cs if c["binding"] == "binding"
                            and c["basis"] not in PENAL]),
            "statute": compact([c for c in cs if c["binding"] == "binding"
                                and c["basis"] not in PENAL and c["basis"] != "civil"]),
            "reg": compact([c for c in cs if c["binding"] == "regulator"]),
            "base": compact([c for c in cs if c["binding"] in ("recommended standard",
                                                               "self-regulation")]),
            "penal": compact([c for c in cs if c["binding"] == "binding"
                              and c["basis"] in PENAL]),
        }
    return out


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}


_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_number(text: str) -> int:
    """一千零三十三 -> 1033 (article and item numbers)."""
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
    return total + digit


def _article_key(article: str) -> tuple[int, ...]:
    numbers = re.findall(r"[（(]?([一二三四五六七八九十百千零〇两\d]+)[）)]?[条款项]", article)
    return tuple(cn_number(n) for n in numbers) or (0,)


def compact_sorted(citations: list[dict[str, Any]]) -> str:
    """compact(), each instrument's articles in their order in the instrument, and the items of
    one article after it: 《办法》第三十七条第（一）项、第（二）项."""
    heads: dict[str, list[str]] = {}
    for c in citations:
        art = c.get("article") or ""
        if art and c["label"].endswith(art):
            arts = heads.setdefault(c["label"][: -len(art)], [])
            if art not in arts:
                arts.append(art)
        else:
            heads.setdefault(c["label"], [])
    out = []
    for head, arts in heads.items():
        arts = sorted(arts, key=_article_key)
        parts, last = [], None
        for a in arts:
            m = re.match(r"(第[^条]+条)(.+)$", a)
            if m and m.group(1) == last:
                parts.append(m.group(2))  # 第三十七条第（一）项、第（二）项
            else:
                parts.append(a)
                last = m.group(1) if m else a
        out.append(head + "、".join(parts))
    # no 顿号 between two titles in 书名号 (GB/T 15834): 《甲》《乙》
    return "".join(x if i == 0 or (out[i - 1].endswith("》") and x.startswith("《"))
                   else "、" + x for i, x in enumerate(out))
