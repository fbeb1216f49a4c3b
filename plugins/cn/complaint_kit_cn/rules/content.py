"""Rules about what the messages say: threats, insults, impersonation, fake documents,
misleading claims, amounts demanded."""

from __future__ import annotations

import re

from complaint_kit.api import Analysis, Ask, Element, Hit, Incident, Medium, Relation, ids

from .. import citations as c
from .matching import (
    CREDIT_TAGS,
    FAKE_DOCUMENT_TAGS,
    IMPERSONATION_TAGS,
    INSULT_TAGS,
    MISLEADING_TAGS,
    REPEATED,
    SAFETY_TAGS,
    SENT_DOCUMENT_TAGS,
    THREAT_TAGS,
    by_period,
    consumer_baselines,
    described,
    grave_harm,
    illegal_debt,
    institutional,
    is_public,
    quoted,
    refs,
    when,
)

_REMOTE = (Medium.sms, Medium.call, Medium.im, Medium.email)


def _urgent(a: Analysis, part: list[Incident]) -> str:
    """Why a threat cannot wait: explicit violence, or a visit announced for today or tomorrow."""
    reasons = []
    violent = [i for i in part if a.has(i, *SAFETY_TAGS)]
    if violent:
        reasons.append(f"对方以暴力相威胁{quoted(a, violent, 'threat_explicit')}{refs(violent)}，"
                       "人身安全受到威胁")
    soon = [i for i in part if a.has(i, "visit_imminent")]
    if soon:
        last = soon[-1]
        family = "并扬言找本人家人" if any(a.has(i, "threat_family") for i in soon) else ""
        reasons.append(f"对方于{when(a, last)}扬言即将上门{family}"
                       f"{quoted(a, soon, 'visit_imminent')}{refs(soon)}")
    if not reasons:
        return ""
    return "；".join(reasons) + "。应立即向公安机关报警（110），不必等待贷款机构答复。"


def _threatens(a: Analysis, incident: Incident) -> bool:
    """A threat, not merely a claim that a case was opened (已立案, 已移交公安: CN-MISLEADING)."""
    if a.has(incident, *(t for t in THREAT_TAGS if t != "criminal_threat"), *SAFETY_TAGS,
             "visit_imminent"):
        return True
    words = set(a.words(incident, "criminal_threat"))
    claims = set(a.words(incident, "criminal_claim", "lawsuit_claim"))
    return a.has(incident, "criminal_threat") and (not words or bool(words - claims))


def threat(a: Analysis) -> list[Hit] | None:
    found = [i for i in a.incidents if _threatens(a, i)]
    if not found:
        return None
    def explain(part: list[Incident]) -> str:
        kinds = []
        if a.tagged(*SAFETY_TAGS, among=part):
            kinds.append("暴力")
        if a.tagged("threat_visit", "visit_imminent", among=part):
            kinds.append("上门")
        if a.tagged("threat_family", among=part):
            kinds.append("找家人")
        if a.tagged("criminal_threat", among=part):
            kinds.append("坐牢、拘留")
        if a.tagged("threat_violence", among=part) and not a.tagged(*SAFETY_TAGS, among=part):
            kinds.append("不利后果")
        claims = set(a.quotable_words(part, "criminal_claim", "lawsuit_claim"))
        said = [w for w in a.quotable_words(part, *THREAT_TAGS, "threat_explicit",
                                            "threat_family", "visit_imminent")
                if w not in claims][:5]
        words = f"（如“{'”“'.join(said)}”）" if said else ""
        return (f"催收方{len(part)}次以{'、'.join(kinds) or '不利后果'}等相威胁{words}。"
                f"{described(part)}")

    def elements(cite, part: list[Incident]) -> list[Element]:
        if cite in (c.PS2012_42_1, c.PS2025_50):
            violent = a.tagged(*SAFETY_TAGS, among=part)
            if not violent:
                return []
            return [Element("威胁他人人身安全",
                            f"{len(violent)}次明确以暴力相威胁"
                            f"{quoted(a, violent, 'threat_explicit')}{refs(violent)}")]
        sent = [i for i in part if i.channel in _REMOTE and i.to.relation == Relation.debtor]
        if len(sent) < REPEATED:
            return []
        if cite == c.PS2025_50_2:
            return [Element("有前款第五项规定的滋扰、纠缠行为",
                            f"2026年1月1日起{len(sent)}次向本人发送恐吓信息{refs(sent)}")]
        return [Element("多次发送恐吓信息", f"{len(sent)}次向本人发送恐吓内容{refs(sent)}"),
                Element("干扰他人正常生活", f"{len(sent)}次恐吓性短信、电话或消息")]

    # A threat is no intrusion on 私人生活安宁 (民法典 第1033条(一) is for the intruding contacts:
    # CN-NIGHT, CN-BOMBING); law-cn.md names no civil-code article for it.
    common: list = []
    tail = institutional(a, card=[c.CARD_68], small=[c.SMALL_LOAN_37_2],
                         cf=[c.CONSUMER_FINANCE], cpm=[c.CONSUMER_PROTECTION],
                         cba=[c.CBA_IMPROPER])
    hits = by_period(a, found, explain, [c.PS2012_42_1, c.PS2012_42_5],
                     [c.PS2025_50, c.PS2025_50_5, c.PS2025_50_2], common=common,
                     tail=tail, elements=elements, urgent=lambda part: _urgent(a, part))
    serious = grave_harm(a) or (f"{len(found)}次" if len(found) >= REPEATED else "")
    if illegal_debt(a) and serious:
        el = [Element("催收高利放贷等产生的非法债务", "本人确认该借款系非法放贷产生的债务"),
              Element("恐吓、跟踪、骚扰他人", f"{len(found)}次威胁{refs(found)}"),
              Element("情节严重", serious)]
        hits = [Hit(h.incidents, h.explanation, [*h.citations, c.CRIM_293A_3],
                    {**h.elements, c.CRIM_293A_3: el}, h.urgent) for h in hits]
    return hits


def _insult_text(a: Analysis, part: list[Incident]) -> str:
    """The insults of one period: how many, their words, those in public or said to others."""
    text = f"催收方{len(part)}次使用侮辱性言语或图片{quoted(a, part, *INSULT_TAGS)}"
    shown = [i for i in part if is_public(i)]
    heard = [i for i in part if i.to.relation.is_third_party and not is_public(i)]
    if shown:
        text += f"，其中{len(shown)}次在群聊或公开场合"
    if heard:
        text += f"，{len(heard)}次是对本人的亲友、同事说的"
    return text + "。" + described(part)


def _insult_elements(cite, part: list[Incident]) -> list[Element]:
    """The elements of the public-security provisions the period's insults meet."""
    pub = [i for i in part if is_public(i)]
    sent = [i for i in part if i.channel in _REMOTE and i.to.relation == Relation.debtor]
    out = []
    if cite in (c.PS2012_42_2, c.PS2025_50) and pub:
        out.append(Element("公然侮辱他人", f"在群聊或公开场合侮辱本人{refs(pub)}"))
    if cite in (c.PS2012_42_5, c.PS2025_50_5) and len(sent) >= REPEATED:
        out += [Element("多次发送侮辱信息", f"{len(sent)}次向本人发送侮辱内容{refs(sent)}"),
                Element("干扰他人正常生活", f"{len(sent)}次侮辱性短信、电话或消息")]
    return out


def _criminal_insult(a: Analysis, out: list[Hit | Ask], public: list[Incident]
                     ) -> list[Hit | Ask]:
    """Public insults with grave harm: 刑法 第二百四十六条 added to each hit; without a fact of
    grave harm, how many saw them is asked."""
    harm = grave_harm(a)
    if not harm:
        return [*out, Ask("群聊或公开场合中的侮辱内容有多少人看到（群成员人数、浏览或转发次数）？"
                          "是否给您造成了严重后果？", [c.CRIM_246], ids(public))]
    el = [Element("公然侮辱他人", f"在群聊或公开场合侮辱本人{refs(public)}"),
          Element("情节严重", harm)]
    return [Hit(h.incidents, h.explanation, [*h.citations, c.CRIM_246],
                {**h.elements, c.CRIM_246: el}, h.urgent) if isinstance(h, Hit) else h
            for h in out]


def insult(a: Analysis) -> list[Hit | Ask] | None:
    found = a.tagged(*INSULT_TAGS)
    if not found:
        return None
    public = [i for i in found if is_public(i)]
    told = [i for i in found if i.to.relation.is_third_party]

    common = [c.CIVIL_1024] if public or told else [c.CIVIL_109]
    if a.case.harm.mental_health or a.case.harm.self_harm:
        common.append(c.CIVIL_1183)
    tail = institutional(a, card=[c.CARD_68], small=[c.SMALL_LOAN_37_2],
                         cf=[c.CONSUMER_FINANCE], cba=[c.CBA_IMPROPER])
    out: list[Hit | Ask] = list(by_period(
        a, found, lambda part: _insult_text(a, part), [c.PS2012_42_2, c.PS2012_42_5],
        [c.PS2025_50, c.PS2025_50_5], common=common, tail=tail, elements=_insult_elements))
    if public:
        out = _criminal_insult(a, out, public)
    unsure = [i for i in found if i.audience is None and i.channel in (Medium.im,
                                                                        Medium.social_post)
              and i.to.relation != Relation.public]
    if unsure and not public:
        out.append(Ask("这些侮辱内容是私聊发给您的，还是发在群聊或公开场合？",
                       [c.PS2012_42_2, c.CRIM_246], ids(unsure)))
    return out


_STATE = ("公安", "警", "派出所", "法院", "检察院", "司法", "执行局", "法官", "书记员", "金融办",
          "网贷办", "金融监管")


def _poses_as_state(a: Analysis, incident: Incident) -> bool:
    words = a.words(incident, *IMPERSONATION_TAGS)
    if not words:  # a tag the user gave: they say it was an authority
        return a.has(incident, *IMPERSONATION_TAGS)
    return any(s in w for w in words for s in _STATE)


_STAFF = ("我是", "我们是", "本人是", "这里是", "这边是", "这是", "民警", "警官", "法官", "书记员",
          "刑警", "工作人员")


def _poses_as_staff(a: Analysis, incident: Incident) -> bool:
    """A caller who says they are an official (刑法 第279条: 冒充国家机关工作人员), not merely a
    message headed with an organ's name (冒用名义: the regulatory rules)."""
    words = a.words(incident, *IMPERSONATION_TAGS)
    return not words or any(s in w for w in words for s in _STAFF)


def impersonation(a: Analysis) -> list[Hit] | None:
    found = [i for i in a.tagged(*IMPERSONATION_TAGS) if _poses_as_state(a, i)]
    if not found:
        return None
    demanding = [i for i in found if a.has(i, "debt_mention", "lawsuit_claim", "criminal_threat")]

    def explain(part: list[Incident]) -> str:
        return (f"催收方{len(part)}次以公安、法院、检察院或其“调解中心”等机关的名义催收"
                f"{quoted(a, part, *IMPERSONATION_TAGS)}。{described(part)}")

    def elements(cite, part: list[Incident]) -> list[Element]:
        pose = [i for i in part if i in demanding and _poses_as_staff(a, i)]
        if not pose:
            return []
        return [Element("冒充国家机关工作人员", f"自称公安、法院等机关人员{refs(pose)}"),
                Element("招摇撞骗", f"以该身份要求还款、声称已立案或将采取强制措施{refs(pose)}")]

    tail = institutional(a, small=[c.SMALL_LOAN_37_1], cpm=[c.CONSUMER_PROTECTION],
                         cba=[c.CBA_IMPERSONATION])
    hits = by_period(a, found, explain, [c.PS2012_51, c.CRIM_279],
                     [c.PS2025_RENUMBERED, c.CRIM_279], tail=tail, elements=elements)
    return [h for h in hits if h.citations]


def _verified(a: Analysis, incidents: list[Incident]) -> str:
    checked = [i for i in incidents if i.verified_false]
    return "；".join(f"{i.id}：{i.verified_false}" for i in checked)


def fake_document(a: Analysis) -> list[Hit | Ask] | None:
    found = a.tagged(*FAKE_DOCUMENT_TAGS)
    if not found:
        return None
    kinds = sorted({w for i in found for w in a.words(i, "legal_document")})
    named = f"（{'、'.join(kinds)}）" if kinds else ""
    sent = [i for i in found if a.has(i, *SENT_DOCUMENT_TAGS) or i.channel == Medium.letter]

    def explain(part: list[Incident]) -> str:
        shown = sum(1 for i in part if i in sent)
        text = f"催收方{len(part)}次提及法律文书{named}"
        text += f"，其中{shown}次发送了文书本身。" if shown else "。"
        checked = _verified(a, part)
        if checked:
            text += f"经核实，所称案件或文书不存在（{checked}）。"
        else:
            text += "真实的法院文书由法院送达，可拨打当地区号+12368向法院核实。"
        return text

    def elements(cite, part: list[Incident]) -> list[Element]:
        docs = [i for i in part if i in sent]
        if not docs:
            return []
        # what makes it a forgery is what the paper shows (a court's seal, …): the evidence
        # description says so, where the case has one
        shown = []
        for i in docs:
            for e in a.case.evidence:
                if e.id in (i.evidence or []) and "含" in (e.description or ""):
                    what = e.description.split("含", 1)[1].strip("。 ")
                    what = re.sub(r"^对方(?:发来|发送)的", "", what)
                    if what and (what, e.id) not in shown:
                        shown.append((what, e.id))
        sent_text = ("对方发送了" + "、".join(f"{w}（证据{eid}）" for w, eid in shown)
                     if shown else "对方发送了文书本身（图片、附件或纸质件）")
        out = [Element("伪造国家机关的公文（文书本身已发送）", f"{sent_text}{refs(docs)}")]
        checked = _verified(a, part)
        if checked:
            out.append(Element("所称公文系伪造", f"经核实不实：{checked}"))
        return out

    baseline = institutional(a, small=[c.SMALL_LOAN_37_1], cpm=[c.CONSUMER_PROTECTION],
                             cba=[c.CBA_MISLEADING])
    if not baseline and consumer_baselines(a):
        baseline = [c.CBA_MISLEADING]
    if any(is_public(i) for i in found) and consumer_baselines(a):
        baseline.append(c.CBA_PUBLIC_DOCS)
    hits = by_period(a, found, explain, [c.PS2012_52, c.CRIM_280],
                     [c.PS2025_RENUMBERED, c.CRIM_280], tail=baseline, elements=elements)
    out: list[Hit | Ask] = [h for h in hits if any(x.verified for x in h.citations)]
    if not sent:
        out.append(Ask("您是否收到了“传票”等文书本身（图片、附件或纸质件），而不只是提到文书的短信？"
                       "如有，请保存并作为证据提交。", [c.CRIM_280, c.PS2012_52], ids(found)))
    return out


def misleading(a: Analysis) -> list[Hit | Ask] | None:
    """Invented blacklists, claimed police or court steps, exaggerated consequences; a claim
    checked and found false (``verified_false``, e.g. 12368 found no case) is a fact."""
    found = sorted({i.id: i for i in [*a.tagged(*MISLEADING_TAGS),
                                      *(i for i in a.incidents if i.verified_false)]}.values(),
                   key=lambda i: i.time)
    if not found:
        return None
    words = quoted(a, found, *MISLEADING_TAGS)
    checked = _verified(a, found)
    credit = a.tagged(*CREDIT_TAGS, among=found)
    # A claim that a suit exists may be true; only the rest (blacklists, police steps, frozen
    # accounts) is false on its face.
    # A check with the court (12368: no case) answers every claim of a suit in the case.
    suits = [] if checked else [
        i for i in found if not a.has(i, *(t for t in MISLEADING_TAGS if t != "lawsuit_claim"))]
    text = f"催收方{len(found)}次以已起诉、已立案、已报案、上黑名单等后果向本人施压{words}。"
    if checked:
        text += f"所称事项经核实不实（{checked}）。"
    if suits:
        text += ("真实的诉讼由法院送达，未收到法院送达的，可拨打当地区号+12368核实"
                 f"{refs(suits)}。")
    cites = _misleading_cites(a, bool(credit))
    if not cites:
        return None
    elements = _checked_false(found, checked, cites) if checked else {}
    out: list[Hit | Ask] = [Hit(ids(found), text + described(found), cites, elements)]
    if suits:
        out.append(Ask("对方说已经起诉或立案。您是否拨打过当地区号+12368向法院核实？"
                       "法院怎么答复（例如“没有这个案件”）？", cites, ids(suits)))
    return out


def _misleading_cites(a: Analysis, credit: bool) -> list:
    """The PIPL where a credit record was threatened, the lender's own rules, or, for a
    lender of unknown type, the baseline."""
    cites = [*([c.PIPL_5] if credit else []),
             *institutional(a, small=[c.SMALL_LOAN_37_2], cpm=[c.CONSUMER_PROTECTION],
                            cba=[c.CBA_MISLEADING])]
    if not cites and consumer_baselines(a):  # the baseline, for a lender of unknown type
        cites.append(c.CBA_MISLEADING)
    return cites


def _checked_false(found: list[Incident], checked: str, cites: list) -> dict:
    """The element a claim checked and found false meets, under each rule that has it."""
    fact = [Element("虚构或夸大债务的法律后果", f"经核实不实：{checked}",
                    [i.id or "" for i in found if i.verified_false])]
    return {x: fact for x in cites if x in (c.CBA_MISLEADING, c.SMALL_LOAN_37_2,
                                            c.CONSUMER_PROTECTION)}


def extra_fees(a: Analysis) -> list[Hit | Ask] | None:
    """Fees in the name of collection, pressure to borrow elsewhere (中银协 prohibition 4), and
    an amount demanded above the amount owed (prohibition 3: 夸大债务金额; 小贷办法 第37条(二)
    误导、欺骗)."""
    debt = a.case.debt
    cites = institutional(a, small=[c.SMALL_LOAN_37_2], cba=[c.CBA_EXTRA_FEES, c.CBA_MISLEADING])
    if not cites and consumer_baselines(a):  # a lender of unknown type: the baseline
        cites = [c.CBA_EXTRA_FEES, c.CBA_MISLEADING]
    if not cites:
        return None
    out: list[Hit | Ask] = []
    fees = a.tagged("collection_fee")
    if fees:
        out.append(Hit(ids(fees), f"催收方{len(fees)}次以催收名义要求支付额外费用"
                       f"{quoted(a, fees, 'collection_fee')}。{described(fees)}", cites))
    loans = a.tagged("new_loan_pressure")
    if loans:
        out.append(Hit(ids(loans), f"催收方{len(loans)}次要求本人另行借款还债"
                       f"{quoted(a, loans, 'new_loan_pressure')}。{described(loans)}", cites))
    if debt is None or debt.demanded is None:
        return out or None
    if debt.outstanding is None:
        out.append(Ask(f"对方要求您支付{debt.demanded}元。按合同计算，您实际尚欠多少（本金加约定的"
                       "利息和费用）？", cites))
        return out
    excess = debt.demanded - debt.outstanding
    if excess > 0:
        out.append(Hit([], f"催收方要求支付{debt.demanded}元，比本人实际尚欠的{debt.outstanding}元"
                       f"多出{excess}元，超出部分没有合同或法律依据。", cites))
    return out or None
