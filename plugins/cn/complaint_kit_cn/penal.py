"""The penal items of a mainland-China report: provisions whose elements the facts meet."""

from __future__ import annotations

import re
from typing import Any

from complaint_kit.api import Analysis

from .citing import PENAL, compact


def penal_items(findings) -> list[dict[str, Any]]:
    """The 治安 and criminal provisions a finding cites with the facts meeting their elements."""
    items: dict[str, dict[str, Any]] = {}
    for f in findings:
        quotable = {c["label"]: c for c in f["citations"]}
        for label, found in (f.get("elements") or {}).items():
            c = quotable.get(label)
            if c is None or not found or str(c["basis"]) not in PENAL:
                continue
            item = items.setdefault(label, {"label": label, "criminal": c["basis"] == "criminal",
                                            "instrument": c["instrument"],
                                            "article": c["article"], "facts": [], "titles": []})
            if f["title"] not in item["titles"]:
                item["titles"].append(f["title"])
            for e in found:
                line = f"{e['element']}：{e['fact']}"
                if line not in item["facts"]:
                    item["facts"].append(line)
    return sorted(items.values(), key=lambda x: (x["criminal"], x["label"]))


_REFS = re.compile(r"（(I[0-9A-Za-z_\-]+(?:、I[0-9A-Za-z_\-]+)*)）$")


def _plain_fact(line: str, who: str, paper: str) -> str:
    """An element's fact without the element's name, in the words a report uses: the state
    body and the paper named as the case has them."""
    fact = line.split("：", 1)[1] if "：" in line else line
    m = re.match(r"经核实不实：(I[^：]+)：(.+)$", fact)
    if m:
        fact = f"所称事项经核实不实（{m.group(1)}：{m.group(2)}）"
    fact = fact.replace("（图片、附件或纸质件）", "")
    fact = fact.replace("对方发送了文书本身", f"对方将所谓{paper or '文书'}直接发送给本人")
    if who:
        fact = fact.replace("公安、法院等机关人员", f"{who}工作人员")
        fact = fact.replace("公安、法院等", who)
    return fact


def penal_text(facts: list[str], who: str = "", paper: str = "") -> str:
    """The facts meeting a provision's elements as one sentence a police officer reads: the
    element names left out (the provision says them), facts about the same contacts joined, a
    count already given not repeated."""
    out: list[tuple[str, str]] = []  # (text without refs, refs)
    for line in facts:
        fact = _plain_fact(line, who, paper)
        r = _REFS.search(fact)
        refs = r.group(1) if r else ""
        body = fact[: r.start()] if r else fact
        count = re.match(r"(?:\d{4}年\d+月\d+日起)?(\d+次)", body)
        if out and refs and out[-1][1] == refs:
            out[-1] = (f"{out[-1][0]}，{body}", refs)
            continue
        if not refs and count and any(count.group(1) in t for t, _ in out):
            element = line.split("：", 1)[0].replace("他人", "本人") if "：" in line else ""
            if element and element not in out[-1][0]:
                out[-1] = (f"{out[-1][0]}{'（' + out[-1][1] + '）' if out[-1][1] else ''}，"
                           f"{element}", "")
            continue
        out.append((body, refs))
    text = "；".join(f"{t}（{r}）" if r else t for t, r in out)
    if text[:1].isdigit() or text[:2] in ("自称", "以该") or text[:1] == "向":
        text = "对方" + text
    return text


def penal_texts(analysis: Analysis, penal: list[dict[str, Any]], who: str) -> None:
    """Each penal provision's short label, and its facts as one sentence naming the state body
    and the paper as the case has them."""
    paper = "传票" if any("传票" in (i.content or "") for i in analysis.incidents) else ""
    for item in penal:
        item["short"] = compact([{"label": item["label"], "article": item["article"]}])
        item["text"] = penal_text(item["facts"], who, paper)
