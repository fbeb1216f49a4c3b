"""The sentence of each Taiwan point: the conduct, when, and the collector's words."""

from __future__ import annotations

import re

from .wording import join_with_and, short, when

KIT_NOTE = re.compile(r"（(?:法令未規定|上述門檻|本工具)[^）]*）")


_ID = re.compile(r"(?<![A-Za-z0-9])(I\d+)(?![0-9])")


_ID_COLON = re.compile(r"(?<![A-Za-z0-9])(I\d+)：")


def elements(point_: dict, incidents: dict[str, dict], labels: dict) -> list[dict]:
    """A penal finding's elements, each with the fact that meets it, the incident ids written
    as the contact's date, time and channel."""
    def name(m: re.Match) -> str:
        i = incidents.get(m.group(1))
        return short(i, labels) if i else m.group(1)

    def fact(text: str) -> str:
        # "I23：本人住家門口" is the contact, then what it shows: 1月27日20:00於本人住家門口.
        text = _ID_COLON.sub(lambda m: name(m) + "，", text)
        text = re.sub(r"於([^，；：]+)，\1(?=$|；)", r"於\1", _ID.sub(name, text))
        # The whole report is my statement: a fact needs no "本人陳述" before it.
        return text.replace("申訴人陳述：", "").replace("申訴人陳述其", "本人")

    return [{"label": label, "rows": [
        {"element": e["element"], "fact": fact(e["fact"])}
        for e in found]} for label, found in point_["elements"].items()]


DEEMED = ("TW-FALSE-COURT", "TW-FALSE-ARREST", "TW-EXEMPT-PROPERTY", "TW-EXCESS-AMOUNT")


EXAMPLES_IN_BRACKETS = re.compile(r"（如((?:「[^「」]*」)+)）")


_KINDS = re.compile(r"等行為（([^）]*)）")


def _times(own: list[dict], labels: dict, year: bool) -> str:
    return "、".join(short(i, labels, year) for i in own) if 0 < len(own) <= 4 else ""


def _strip(text: str) -> str:
    return text.rstrip("。")


def _account(own: list[dict]) -> str:
    """My account of a single contact, as I tell it (no quotation marks of mine)."""
    if len(own) == 1 and own[0].get("content") and not own[0]["verbatim"]:
        return _strip(own[0]["content"])
    return ""


def abuse_kinds(said: str) -> str:
    m = _KINDS.search(said)
    if not m:
        return "恐嚇、辱罵等"
    return "、".join(dict.fromkeys(re.sub(r"\d+次$", "", k) for k in m.group(1).split("、")))


def sentence(p: dict, labels: dict, year: bool, merged: bool = False) -> str:
    """What happened under one finding, in a clause of a letter (no provision yet)."""
    rule, said, own = p["rule"], p["said"], p["own"]
    ts = _times(own, labels, year)
    text = None
    if ts:
        text = _dated(rule, said, own, ts, year)
    if text is None:
        text = _undated(rule, said, own, ts, labels, merged)
    if text is None:
        text = _strip(said) + (f"（{ts}）" if ts and ts not in said else "")
    return text


def _quoted(said: str) -> str:
    """The collectors' words the finding quotes as its example: '「…」「…」'."""
    example = EXAMPLES_IN_BRACKETS.search(said)
    return example.group(1) if example else ""


def _dated(rule: str, said: str, own: list[dict], ts: str, year: bool) -> str | None:
    """The clause of a finding told by the times of its contacts (``ts``); None for the
    others."""
    quoted = _quoted(said)
    if rule == "TW-HOURS":
        return f"{ts}，{'均' if len(own) > 1 else ''}在上午七時前或晚上十時後，本人並未同意"
    if rule == "TW-LUNAR-NEW-YEAR":
        span = re.search(r"期間（([^）]*)）", said)
        return (f"{ts}，係在銀行公會宣布之春節暫停催收期間"
                + (f"（{span.group(1)}）" if span else ""))
    if rule == "TW-ABUSE":
        return f"{ts}，內容涉及{abuse_kinds(said)}" + (f"（如{quoted}）" if quoted else "")
    if rule in DEEMED:
        return _deemed(rule, said, own, ts)
    if rule == "TW-DISRUPTION":
        account = _account(own)
        if len(own) == 1 and own[0]["channel"] == "visit" and own[0].get("location"):
            ts = f"{when(own[0]['time'], year)}催收人員至{own[0]['location']}"
        return f"{ts}" + (f"，{account}" if account else "") + "，影響本人正常居住及生活"
    if rule == "TW-PAYMENT-TO-AGENCY":
        return f"{ts}要求將款項交付催收人員或匯入其帳戶" + (f"（如{quoted}）" if quoted else "")
    if rule == "TW-CALL-ID" and "，" in said:
        return f"{{inst}}於{ts}自行催收，{_strip(said.split('，', 1)[1])}"
    return _disclosed(rule, said, own, ts)


def _deemed(rule: str, said: str, own: list[dict], ts: str) -> str | None:
    """A statement the law deems false, deceptive or misleading: what was said, in the
    collectors' words or my account; None when the finding holds neither."""
    if rule == "TW-EXCESS-AMOUNT":
        m = re.search(r"要求清償新臺幣([\d,]+)元，超過積欠之([\d,]+)元", said)
        if m:
            return f"{ts}要求清償新臺幣{m.group(1)}元，超過{{inst}}主張之新臺幣{m.group(2)}元"
        return f"{ts}要求超過債務之金額或法律禁止之費用"
    quoted = _quoted(said)
    if quoted:
        return f"{ts}稱{quoted}"
    account = _account(own)
    if account:
        return f"{ts}稱{account}"
    return None


def _disclosed(rule: str, said: str, own: list[dict], ts: str) -> str | None:
    """The clauses of contacts that let others learn of my debt; None for other rules."""
    if rule == "TW-THIRD-PARTY":
        rest = said.split("），", 1)[1] if "），" in said else ""
        return f"{ts}" + (f"，{_strip(rest)}" if rest else "，聯絡本人以外之第三人")
    if rule == "TW-LOCATION-CONTACT" and "但" in said:
        return f"{ts}為探尋本人聯絡方式聯絡第三人，但{_strip(said.split('但', 1)[1])}"
    if rule == "TW-POSTCARD-ENVELOPE" and all("postcard" in (i.get("tags") or []) for i in own):
        return f"{ts}以明信片催收，使第三人得以知悉本人之債務"
    if rule == "TW-PUBLIC-NOTICE":
        return f"{ts}，使不特定人得知本人之債務"
    return None


def _undated(rule: str, said: str, own: list[dict], ts: str, labels: dict, merged: bool
             ) -> str | None:
    """The clauses of findings that do not rest on the contacts' times; None for the
    others."""
    if rule == "TW-PERSISTENT":
        return _strip(KIT_NOTE.sub("", said).replace("，共", "，計"))
    if rule == "TW-VISIT" and "，" in said:
        faults = _strip(said.split("，", 1)[1])
        return f"該次外訪{faults}" if merged else f"{ts}，{faults}" if ts else _strip(said)
    if rule == "TW-RECORDINGS":
        return _recordings(said)
    if rule in ("TW-PRE-NOTICE", "TW-FI-DUTIES", "TW-THIRD-PARTY-DATA"):
        return _strip(said.replace("金融機構", "{inst}"))
    if rule == "TW-TORT":
        return tort_sentence(said, own, labels)
    return None


def _recordings(said: str) -> str:
    """§13(6) is a duty to record and keep, not to hand over: the point asks for the
    recordings the institution must keep and claims no breach ("{law}" is the provision)."""
    asked = _strip(said.split("。", 1)[0])
    keep = re.search(r"最早一次通話或外訪為([^，。]+)，錄音至少應保存至([^，。]+)", said)
    return (f"{asked}。依{{law}}，催收電話及外訪均應錄音，錄音至少保存六個月，不得刪除或修改"
            + (f"；最早一次通話或外訪為{keep.group(1)}，錄音至少應保存至{keep.group(2)}"
               if keep else "") + "，請{inst}調取並提供上開錄音")


def tort_sentence(said: str, own: list[dict], labels: dict) -> str:
    """民法: the acts of this case that infringed my rights, the rights they infringed, and the
    harm the case states."""
    acts, rights = [], []
    if any("TW-THREAT-CRIMINAL" in i.get("findings", ()) for i in own):
        acts.append("恐嚇")
        rights.append("自由")
    people = list(dict.fromkeys(labels.get(f"relation.{i['to']['relation']}", "")
                                for i in own if i["third_party"]
                                and i["to"]["relation"] != "public"))
    if people:
        acts.append(f"向本人{join_with_and(people)}揭露債務")
    if any(i["to"]["relation"] == "public" for i in own):
        acts.append("公開張貼本人債務")
    if people or len(acts) > len(rights):
        rights[:0] = ["名譽", "隱私"]
    rest = said.split("；", 1)[1] if "；" in said else ""
    if not acts:
        return _strip(re.sub(r"催收方\d+次以", "催收方以", EXAMPLES_IN_BRACKETS.sub("", said)))
    return (f"上開{join_with_and(acts)}之行為，侵害本人之{join_with_and(rights)}"
            + (f"；{_strip(rest)}" if rest else ""))
