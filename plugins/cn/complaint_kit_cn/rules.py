"""Mainland-China rules: pure functions of the Case, each carrying its citations.

Every rule matches on ``incident.tags`` first, then on keywords in the verbatim content. Binding
law (民法典, 治安管理处罚法, 刑法, PIPL) is always cited first; the institutional rules that bind
the lender (信用卡办法, 小贷办法, 消金办法, 消保办法) and the industry baselines (GB/T 45251-2025,
中银协 2026) are added according to ``case.lender.type``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal

from complaint_kit.analysis import is_night
from complaint_kit.case import Case, Channel, Incident, InstitutionType, PriorAction, Relation
from complaint_kit.rules import Citation, Hit, Rule

from . import citations as c
from .jurisdiction import CN

# The 2025 治安管理处罚法 applies to conduct from this day (行政处罚法 第37条).
PSAPL_2025_FROM = date(2026, 1, 1)

# --- Keyword lists (matched on verbatim content after the tags) ---------------------------------

# Threats to person, family or property, and threats of a visit.
THREAT_WORDS = ("上门", "坐牢", "打断", "弄死", "弄残", "找你家人", "后果自负", "走着瞧",
                "让你好看", "杀了你", "砍死", "出门小心", "小心点", "去你家", "去你单位",
                "找到你家", "全家遭殃", "不得好死", "让你社死", "送花圈", "拉横幅")
THREAT_TAGS = ("threat", "threat_violence", "threat_visit", "criminal_threat", "threat_family")
# Insults and abuse. 老赖 is an insult when a collector calls the debtor that.
INSULT_WORDS = ("老赖", "畜生", "畜牲", "去死", "不要脸", "骗子", "王八蛋", "人渣", "废物", "贱人",
                "狗东西", "傻逼", "杂种", "死全家", "婊子", "垃圾人", "冥照", "遗照")
INSULT_TAGS = ("insult", "obscene", "death_image")
# Words that disclose a debt when sent to a third party or posted in public.
DISCLOSURE_WORDS = ("欠款", "欠钱", "欠债", "逾期", "老赖", "还款", "还钱", "借款", "拖欠", "催收",
                    "网贷", "贷款", "失信", "欠了")
DISCLOSURE_TAGS = ("disclosure", "debt_disclosure", "public_notice")
# A sender claiming to be (or to speak for) police, a court, a procuratorate or a court's
# "法务部/调解中心". Mere mentions ("已移交公安") are CN-MISLEADING, not impersonation.
AUTHORITY_WORDS = ("公安", "警察", "警官", "派出所", "刑警", "经侦", "法院", "检察院", "法务部",
                   "调解中心", "司法所", "执行局")
IMPERSONATION_RE = re.compile(
    r"(我是|我们是|这里是|本人是|我方是|【|\[)[^，。！？,.!?\n]{0,15}?(" + "|".join(AUTHORITY_WORDS)
    + r")")
IMPERSONATION_TAGS = ("impersonation", "impersonate_police", "impersonate_court")
# Legal documents a collector has no business sending: a genuine court notice comes from the court.
FAKE_DOCUMENT_WORDS = ("传票", "立案通知", "逮捕令", "拘留证", "拘捕令", "通缉令", "律师函",
                       "起诉书", "判决书", "执行通知书", "协查函")
FAKE_DOCUMENT_TAGS = ("fake_document", "fake_summons", "fake_lawyer_letter")
# Misleading claims about consequences. Plain factual notes ("逾期将依法报送征信", "将依法起诉")
# are lawful and must not match: only invented blacklists and claimed police or court steps do.
MISLEADING_WORDS = ("黑名单", "已移交公安", "移交公安机关", "已经移交", "已报案", "已经报案",
                    "已立案", "已经立案", "已起诉", "已经起诉", "已被起诉", "通缉", "逮捕",
                    "已上征信", "征信已经花", "终身不能", "全国联网", "失信被执行人名单",
                    "限制高消费", "冻结你", "冻结全部")
MISLEADING_TAGS = ("misleading", "false_claim", "fake_credit_record")
# Places that mark a visit as at the workplace rather than the home.
WORKPLACE_WORDS = ("单位", "公司", "办公", "工厂", "厂里", "学校", "店里", "工作")
WORKPLACE_TAGS = ("workplace", "workplace_visit", "report_to_employer")
HOME_TAGS = ("home_visit",)
IDENTITY_TAGS = ("refused_identity", "no_identity", "private_number")

# Bombing: the law says "多次" and gives no number. These thresholds are the kit's own screening
# choice (a day's or a week's volume no debtor could reasonably be expected to bear), not law.
BOMBING_PER_DAY = 10
BOMBING_PER_WEEK = 20
# GB/T 45251-2025: more than 3 active answered calls a day to one debtor.
MAX_ANSWERED_CALLS = 3
# 中银协 2026: more than 6 attempts a day to the same unanswered number.
MAX_REDIALS = 6
# 非法放贷意见 第二条: actual annual rate above 36%. The 4×LPR test of 民间借贷规定 第25条 needs
# the one-year LPR at the contract date, which the case does not record.
ILLEGAL_RATE = Decimal(36)

_BOMBING_CHANNELS = (Channel.sms, Channel.call, Channel.im)
_WORKPLACE_RELATIONS = (Relation.employer, Relation.colleague)
_CONTACT_RELATIONS = (Relation.contact, Relation.emergency_contact)
_MOBILE = re.compile(r"^(\+?86)?1[3-9]\d{9}$")


# --- Helpers ------------------------------------------------------------------------------------

def _tagged(incident: Incident, tags: Iterable[str]) -> bool:
    wanted = set(tags)
    return any(t.strip().lower() in wanted for t in incident.tags)


def _words(incident: Incident, words: Iterable[str]) -> list[str]:
    return [w for w in words if w in incident.content]


def _matches(incident: Incident, tags: Iterable[str], words: Iterable[str]) -> bool:
    return _tagged(incident, tags) or bool(_words(incident, words))


def _ids(incidents: Iterable[Incident]) -> list[str]:
    return [i.id or "" for i in incidents]


def _day(case: Case, incident: Incident) -> date:
    return case.local_time(incident).date()


def _lender_type(case: Case) -> InstitutionType:
    lender = case.lender
    return lender.type if lender else InstitutionType.unknown


def _institutional(case: Case, *, card: Sequence[Citation] = (), small: Sequence[Citation] = (),
                   cf: Sequence[Citation] = (), cpm: Sequence[Citation] = (),
                   gbt: Sequence[Citation] = (), cba: Sequence[Citation] = ()) -> list[Citation]:
    """The institutional rules and baselines that bind this kind of lender."""
    kind = _lender_type(case)
    out: list[Citation] = []
    if kind == InstitutionType.bank:
        out += [*card, *cpm]
    if kind == InstitutionType.small_loan:
        out += small
    if kind == InstitutionType.consumer_finance:
        out += cf
    if kind in (InstitutionType.online_platform, InstitutionType.small_loan,
                InstitutionType.consumer_finance, InstitutionType.bank):
        out += gbt  # online consumer credit (GB/T 45251-2025, recommended)
    if kind in (InstitutionType.bank, InstitutionType.consumer_finance):
        out += cba  # 中银协 members: banks and consumer-finance companies
    return out


def _illegal_debt(case: Case) -> bool:
    rate = case.debt.annual_rate_percent if case.debt else None
    return bool(case.facts.get("illegal_debt")) or (rate is not None and rate > ILLEGAL_RATE)


def _by_period(case: Case, incidents: Sequence[Incident], explain: Callable[[int], str],
               before: Sequence[Citation], after: Sequence[Citation],
               common: Sequence[Citation] = (), tail: Sequence[Citation] = ()) -> list[Hit]:
    """One hit per 治安管理处罚法 text in force: 2012 before 2026-01-01, 2025 from then on.

    ``common`` (binding law) comes before the 治安 article, ``tail`` (institutional rules and
    baselines) after it.
    """
    old = [i for i in incidents if _day(case, i) < PSAPL_2025_FROM]
    new = [i for i in incidents if _day(case, i) >= PSAPL_2025_FROM]
    hits = []
    if old:
        text = explain(len(old))
        if new:
            text = f"2026年1月1日前：{text}"
        hits.append(Hit(_ids(old), text, [*common, *before, *tail]))
    if new:
        text = explain(len(new))
        if old:
            text = f"2026年1月1日起：{text}"
        hits.append(Hit(_ids(new), text, [*common, *after, *tail]))
    return hits


# --- Rules --------------------------------------------------------------------------------------

def night(case: Case) -> Hit | None:
    hits = [i for i in case.incidents if is_night(case, CN, i) and not i.consented]
    if not hits:
        return None
    cites = [c.CIVIL_1033_1, *_institutional(case, gbt=[c.GBT_45251_NIGHT], cba=[c.CBA_NIGHT])]
    if len(cites) == 1:  # lender type unknown: still show the industry baseline
        cites.append(c.GBT_45251_NIGHT)
    return Hit(_ids(hits), f"{len(hits)}次联系发生在22:00至次日8:00之间，且未经本人同意。", cites)


def freq_calls(case: Case) -> Hit | None:
    per_day: dict[date, list[Incident]] = defaultdict(list)
    for i in case.incidents:
        if i.channel == Channel.call and i.answered is True and i.to.relation == Relation.debtor:
            per_day[_day(case, i)].append(i)
    over = {d: items for d, items in sorted(per_day.items()) if len(items) > MAX_ANSWERED_CALLS}
    if not over:
        return None
    worst = max(len(v) for v in over.values())
    return Hit([x for items in over.values() for x in _ids(items)],
               f"共有{len(over)}天接通的催收电话超过每日{MAX_ANSWERED_CALLS}次，"
               f"单日最多{worst}次。")


def freq_redial(case: Case) -> Hit | None:
    groups: dict[tuple, list[Incident]] = defaultdict(list)
    for i in case.incidents:
        if i.channel == Channel.call and i.answered is False:
            target = i.to.number or f"{i.to.relation}:{i.to.name or ''}"
            groups[(_day(case, i), target)].append(i)
    over = {k: v for k, v in sorted(groups.items(), key=lambda kv: kv[0][0])
            if len(v) > MAX_REDIALS}
    if not over:
        return None
    worst = max(len(v) for v in over.values())
    return Hit([x for items in over.values() for x in _ids(items)],
               f"共有{len(over)}次同一号码在同一天未接通后被反复拨打超过{MAX_REDIALS}次，"
               f"单日对同一号码最多拨打{worst}次。")


def bombing(case: Case) -> list[Hit] | None:
    items = sorted((i for i in case.incidents if i.channel in _BOMBING_CHANNELS),
                   key=lambda i: i.time)
    per_day: dict[date, list[Incident]] = defaultdict(list)
    for i in items:
        per_day[_day(case, i)].append(i)
    chosen: dict[str, Incident] = {}
    heavy_days = [d for d, v in per_day.items() if len(v) >= BOMBING_PER_DAY]
    for d in heavy_days:
        chosen.update((i.id or "", i) for i in per_day[d])
    heavy_weeks = 0
    start = 0
    for end in range(len(items)):  # sliding 7-day window
        while items[end].time - items[start].time >= timedelta(days=7):
            start += 1
        if end - start + 1 >= BOMBING_PER_WEEK:
            heavy_weeks += 1
            chosen.update((i.id or "", i) for i in items[start:end + 1])
    if not chosen:
        return None
    found = sorted(chosen.values(), key=lambda i: i.time)
    busiest = max(len(v) for v in per_day.values())

    def explain(n: int) -> str:
        return (f"短时间内密集发送短信、拨打电话或发送即时消息共{n}次"
                f"（单日最多{busiest}次），属于“多次发送…信息，干扰他人正常生活”。")

    common = [c.CIVIL_1032, c.CIVIL_1033_1]
    tail = [c.CRIM_293_2, c.NET_DEFAMATION_5, c.SOFT_VIOLENCE]
    return _by_period(case, found, explain, [c.PS2012_42_5], [c.PS2025_50_5, c.PS2025_50_2],
                      common=common, tail=tail)


def third_party(case: Case) -> Hit | None:
    found = [i for i in case.incidents if i.to.relation.is_third_party]
    if not found:
        return None
    people = {(str(i.to.relation), i.to.name, i.to.number) for i in found}
    labels = sorted({CN.labels.get(f"relation.{i.to.relation}", str(i.to.relation))
                     for i in found})
    cites = [c.PIPL_6, c.PIPL_10, c.PIPL_13, c.PIPL_23,
             *_institutional(case, card=[c.CARD_68], small=[c.SMALL_LOAN_37_5],
                             cf=[c.CONSUMER_FINANCE], gbt=[c.GBT_45251_THIRD],
                             cba=[c.CBA_THIRD]),
             c.CASE_YUANHAI]
    return Hit(_ids(found), f"催收方{len(found)}次联系债务人及担保人以外的第三人，涉及"
               f"{len(people)}人（{'、'.join(labels)}）。", cites)


def disclosure(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if i.to.relation.is_third_party
             and _matches(i, DISCLOSURE_TAGS, DISCLOSURE_WORDS)]
    if not found:
        return None
    people = {(str(i.to.relation), i.to.name, i.to.number) for i in found}

    def explain(n: int) -> str:
        return (f"催收方{n}次向第三人或公开场合透露债务人的欠款、逾期等信息，"
                f"涉及{len(people)}人或场合。")

    common = [c.CIVIL_1032, c.CIVIL_1034, c.CIVIL_1038, c.PIPL_10, c.PIPL_13, c.CRIM_253_1,
              c.PII_INTERP_3, c.PII_INTERP_5]
    tail = _institutional(case, small=[c.SMALL_LOAN_37_4], gbt=[c.GBT_45251_THIRD],
                          cba=[c.CBA_THIRD, c.CBA_IMPROPER])
    return _by_period(case, found, explain, [c.PS2012_42_6], [c.PS2025_RENUMBERED],
                      common=common, tail=tail)


def contacts_data(case: Case) -> Hit | None:
    found = [i for i in case.incidents if i.to.relation in _CONTACT_RELATIONS]
    harvested = bool(case.facts.get("app_harvested_contacts"))
    if not found and not harvested:
        return None
    parts = []
    if found:
        people = {(i.to.name, i.to.number) for i in found}
        parts.append(f"催收方{len(found)}次联系债务人通讯录或紧急联系人中的{len(people)}人，"
                     "这些人并非担保人")
    if harvested:
        parts.append("借款App读取了债务人手机通讯录")
    cites = [c.PIPL_5, c.PIPL_6, c.PIPL_13, c.PIPL_14, c.PIPL_23, c.PIPL_47, c.PIPL_69,
             c.CRIM_253_1, c.PII_INTERP_4, c.APP_NECESSARY_INFO]
    return Hit(_ids(found), "；".join(parts) + "。", cites)


def threat(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if _matches(i, THREAT_TAGS, THREAT_WORDS)]
    if not found:
        return None
    words = sorted({w for i in found for w in _words(i, THREAT_WORDS)})
    quoted = f"（如“{'”“'.join(words[:5])}”）" if words else ""

    def explain(n: int) -> str:
        return f"催收方{n}次以人身安全、上门或牵连家人等相威胁{quoted}。"

    tail = [c.CRIM_293_2]
    if _illegal_debt(case):
        tail.append(c.CRIM_293A_3)
    if any(_tagged(i, ("extortion",)) for i in found):
        tail.append(c.CRIM_274)
    tail += _institutional(case, card=[c.CARD_68], small=[c.SMALL_LOAN_37_2],
                           cf=[c.CONSUMER_FINANCE], cpm=[c.CONSUMER_PROTECTION],
                           cba=[c.CBA_IMPROPER])
    return _by_period(case, found, explain, [c.PS2012_42_1], [c.PS2025_50], tail=tail)


def insult(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if _matches(i, INSULT_TAGS, INSULT_WORDS)]
    if not found:
        return None
    words = sorted({w for i in found for w in _words(i, INSULT_WORDS)})
    quoted = f"（如“{'”“'.join(words[:5])}”）" if words else ""

    def explain(n: int) -> str:
        return f"催收方{n}次使用侮辱性言语或图片{quoted}。"

    common = [c.CIVIL_1024, c.CIVIL_1183]
    tail = [c.CRIM_246, c.NET_DEFAMATION_5,
            *_institutional(case, card=[c.CARD_68], small=[c.SMALL_LOAN_37_2],
                            cf=[c.CONSUMER_FINANCE], cba=[c.CBA_IMPROPER])]
    return _by_period(case, found, explain, [c.PS2012_42_2, c.PS2012_42_5], [c.PS2025_50],
                      common=common, tail=tail)


def _impersonates(incident: Incident) -> bool:
    return _tagged(incident, IMPERSONATION_TAGS) or bool(IMPERSONATION_RE.search(incident.content))


def impersonation(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if _impersonates(i)]
    if not found:
        return None

    def explain(n: int) -> str:
        return f"催收方{n}次自称或冒充公安、法院、检察院或其“法务部/调解中心”等机关人员。"

    tail = _institutional(case, small=[c.SMALL_LOAN_37_1], cpm=[c.CONSUMER_PROTECTION],
                          cba=[c.CBA_IMPERSONATION])
    return _by_period(case, found, explain, [c.PS2012_51], [c.PS2025_RENUMBERED],
                      common=[c.CRIM_279], tail=tail)


def fake_document(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if _matches(i, FAKE_DOCUMENT_TAGS, FAKE_DOCUMENT_WORDS)]
    if not found:
        return None
    kinds = sorted({w for i in found for w in _words(i, FAKE_DOCUMENT_WORDS)})
    named = f"（{'、'.join(kinds)}）" if kinds else ""

    def explain(n: int) -> str:
        return (f"催收方{n}次发送或提及法律文书{named}。真实的法院文书由法院送达，"
                "可拨打当地区号+12368向法院核实。")

    tail = _institutional(case, cba=[c.CBA_PUBLIC_DOCS, c.CBA_MISLEADING])
    return _by_period(case, found, explain, [c.PS2012_52], [c.PS2025_RENUMBERED],
                      common=[c.CRIM_280], tail=tail)


def misleading(case: Case) -> Hit | None:
    found = [i for i in case.incidents if _matches(i, MISLEADING_TAGS, MISLEADING_WORDS)]
    if not found:
        return None
    words = sorted({w for i in found for w in _words(i, MISLEADING_WORDS)})
    quoted = f"（如“{'”“'.join(words[:5])}”）" if words else ""
    cites = [c.PIPL_5, *_institutional(case, small=[c.SMALL_LOAN_37_2],
                                       cpm=[c.CONSUMER_PROTECTION], cba=[c.CBA_MISLEADING])]
    if len(cites) == 1:  # the institutional rule is the real basis; show the baseline anyway
        cites.append(c.CBA_MISLEADING)
    return Hit(_ids(found), f"催收方{len(found)}次以虚构的黑名单、已报案、已立案等不实后果"
               f"误导债务人{quoted}。", cites)


def _at_workplace(incident: Incident) -> bool:
    place = incident.location or ""
    return (incident.to.relation in _WORKPLACE_RELATIONS or _tagged(incident, WORKPLACE_TAGS)
            or (incident.channel == Channel.visit and any(w in place for w in WORKPLACE_WORDS)))


def home_visit(case: Case) -> list[Hit] | None:
    found = [i for i in case.incidents if _tagged(i, HOME_TAGS)
             or (i.channel == Channel.visit and not _at_workplace(i))]
    if not found:
        return None

    def explain(n: int) -> str:
        return f"催收人员{n}次上门到债务人或其家人住处催收。"

    common = [c.CIVIL_1033_2, c.CRIM_245]
    if _illegal_debt(case):
        common.append(c.CRIM_293A_2)
    tail = [c.SOFT_VIOLENCE, *_institutional(case, cba=[c.CBA_PREMISES, c.CBA_VISIT_TWO])]
    return _by_period(case, found, explain, [c.PS2012_40_3], [c.PS2025_RENUMBERED],
                      common=common, tail=tail)


def workplace(case: Case) -> Hit | None:
    found = [i for i in case.incidents if _at_workplace(i)]
    if not found:
        return None
    visits = sum(1 for i in found if i.channel == Channel.visit)
    cites = [c.XUNXIN_3_5, c.SOFT_VIOLENCE,
             *_institutional(case, cba=[c.CBA_PREMISES, c.CBA_THIRD]), c.CASE_BOWANG]
    return Hit(_ids(found), f"催收方{len(found)}次联系债务人的工作单位或同事"
               f"（其中上门{visits}次），影响债务人的工作。", cites)


def _private_collectors(case: Case) -> list:
    return [r for r in case.respondents if r.acting_for and r.role.value == "collector"
            and (r.accounts or any(_MOBILE.match(p.replace(" ", "")) for p in r.phones))]


def identity(case: Case) -> list[Hit] | None:
    hits = []
    refused = [i for i in case.incidents if _tagged(i, IDENTITY_TAGS[:2])]
    if refused or case.facts.get("collector_refused_identity"):
        hits.append(Hit(_ids(refused), "催收人员拒绝说明其所属机构或身份。注意：催收人员须表明"
                        "姓名、工号的一般义务未经核实，本项仅作提示。", [c.IDENTITY_DUTY]))
    collectors = _private_collectors(case)
    if collectors:
        ids = {r.id for r in collectors}
        used = [i for i in case.incidents if i.respondent in ids or _tagged(i, ("private_number",))]
        names = "、".join(r.name for r in collectors)
        hits.append(Hit(_ids(used), f"受托催收人员（{names}）使用私人手机号码或社交账号催收，"
                        "未表明以何机构名义进行。",
                        [*_institutional(case, card=[c.CARD_69], cpm=[c.CONSUMER_PROTECTION]),
                         c.CBA_IDENTITY]))
    return hits or None


def escalation(case: Case) -> Hit | None:
    warnings = [p for p in case.prior_complaints
                if p.kind in (PriorAction.police_warning, PriorAction.police_penalty)]
    if not warnings:
        return None
    first = min(p.date for p in warnings)
    after = [i for i in case.incidents if _day(case, i) > first]
    if not after:
        return None
    return Hit(_ids(after), f"公安机关已于{first.year}年{first.month}月{first.day}日批评制止或"
               f"处理处罚后，催收方仍继续实施{len(after)}次骚扰行为。", [c.XUNXIN_1_3])


def harm(case: Case) -> Hit | None:
    h = case.harm
    if not (h.mental_health or h.self_harm or h.job_loss):
        return None
    parts, cites = [], []
    if h.mental_health or h.self_harm:
        parts.append("精神健康受损" if not h.self_harm else "出现自伤、自杀等严重后果")
        cites += [c.XUNXIN_3_4, c.PII_INTERP_5]
        if _illegal_debt(case):
            cites.append(c.ILLEGAL_LENDING_2_4)
    if h.job_loss:
        parts.append("失去工作")
        cites.append(c.XUNXIN_3_5)
    cites.append(c.CIVIL_1183)
    return Hit([], f"催收行为造成债务人或其亲属{'、'.join(parts)}。", cites)


def illegal_debt(case: Case) -> Hit | None:
    rate = case.debt.annual_rate_percent if case.debt else None
    if rate is None or rate <= ILLEGAL_RATE:
        return None
    text = (f"借款合同约定的年利率为{rate}%，超过36%。是否超过合同成立时一年期贷款市场报价利率"
            "（LPR）的四倍，需按合同成立时的LPR另行核对（本案未记录LPR，仅按36%标准判断）。")
    cites = [c.PRIVATE_LENDING_25, c.ILLEGAL_LENDING_1_2, c.CRIM_293A]
    if _lender_type(case) == InstitutionType.small_loan:
        text += "出借人为小额贷款公司，依最高人民法院批复不适用民间借贷司法解释的利率上限。"
        cites.append(c.PRIVATE_LENDING_REPLY)
    return Hit([], text, cites)


def _rule(rule_id: str, title: str, check, citations: Iterable[Citation], summary: str = "",
          verified: bool = True) -> Rule:
    return Rule(rule_id, "cn", title, tuple(dict.fromkeys(citations)), check, summary, verified)


RULES = [
    _rule("CN-NIGHT", "夜间催收（22:00至次日8:00）", night,
          [c.CIVIL_1033_1, c.GBT_45251_NIGHT, c.CBA_NIGHT]),
    _rule("CN-FREQ-CALLS", "每日接通催收电话超过3次", freq_calls, [c.GBT_45251_FREQ]),
    _rule("CN-FREQ-REDIAL", "未接通后当日对同一号码反复拨打超过6次", freq_redial, [c.CBA_REDIAL]),
    _rule("CN-BOMBING", "短信、电话“轰炸”", bombing,
          [c.CIVIL_1032, c.CIVIL_1033_1, c.PS2012_42_5, c.PS2025_50_5, c.PS2025_50_2,
           c.CRIM_293_2, c.NET_DEFAMATION_5, c.SOFT_VIOLENCE]),
    _rule("CN-THIRD-PARTY", "向与债务无关的第三人催收（“爆通讯录”）", third_party,
          [c.PIPL_6, c.PIPL_10, c.PIPL_13, c.PIPL_23, c.CARD_68, c.SMALL_LOAN_37_5,
           c.CONSUMER_FINANCE, c.GBT_45251_THIRD, c.CBA_THIRD, c.CASE_YUANHAI]),
    _rule("CN-DISCLOSURE", "向第三人或公开泄露债务信息", disclosure,
          [c.CIVIL_1032, c.CIVIL_1034, c.CIVIL_1038, c.PIPL_10, c.PIPL_13, c.CRIM_253_1,
           c.PII_INTERP_3, c.PII_INTERP_5, c.PS2012_42_6, c.SMALL_LOAN_37_4, c.GBT_45251_THIRD,
           c.CBA_THIRD]),
    _rule("CN-CONTACTS-DATA", "违法收集、使用通讯录个人信息", contacts_data,
          [c.PIPL_5, c.PIPL_6, c.PIPL_13, c.PIPL_14, c.PIPL_23, c.PIPL_47, c.PIPL_69,
           c.CRIM_253_1, c.PII_INTERP_4, c.APP_NECESSARY_INFO]),
    _rule("CN-THREAT", "威胁、恐吓", threat,
          [c.PS2012_42_1, c.PS2025_50, c.CRIM_293_2, c.CRIM_293A_3, c.CRIM_274, c.CARD_68,
           c.SMALL_LOAN_37_2, c.CONSUMER_FINANCE, c.CONSUMER_PROTECTION, c.CBA_IMPROPER]),
    _rule("CN-INSULT", "侮辱、辱骂", insult,
          [c.CIVIL_1024, c.CIVIL_1183, c.PS2012_42_2, c.PS2012_42_5, c.PS2025_50, c.CRIM_246,
           c.NET_DEFAMATION_5, c.CARD_68, c.SMALL_LOAN_37_2, c.CBA_IMPROPER]),
    _rule("CN-IMPERSONATION", "冒充公安、法院等国家机关", impersonation,
          [c.CRIM_279, c.PS2012_51, c.SMALL_LOAN_37_1, c.CONSUMER_PROTECTION,
           c.CBA_IMPERSONATION]),
    _rule("CN-FAKE-DOCUMENT", "伪造或冒用法律文书", fake_document,
          [c.CRIM_280, c.PS2012_52, c.CBA_PUBLIC_DOCS, c.CBA_MISLEADING]),
    _rule("CN-MISLEADING", "以虚假后果误导、恐吓债务人", misleading,
          [c.PIPL_5, c.SMALL_LOAN_37_2, c.CONSUMER_PROTECTION, c.CBA_MISLEADING]),
    _rule("CN-HOME-VISIT", "上门催收、侵入住宅", home_visit,
          [c.CIVIL_1033_2, c.CRIM_245, c.CRIM_293A_2, c.PS2012_40_3, c.SOFT_VIOLENCE,
           c.CBA_PREMISES, c.CBA_VISIT_TWO]),
    _rule("CN-WORKPLACE", "联系或前往工作单位催收", workplace,
          [c.XUNXIN_3_5, c.SOFT_VIOLENCE, c.CBA_PREMISES, c.CBA_THIRD, c.CASE_BOWANG]),
    # Refusing to give a name and employee number has no verified basis; the private-number
    # part rests on 中银协 and 消保办法. The rule as a whole is therefore a pointer only.
    _rule("CN-IDENTITY", "催收人员身份不明、使用私人号码", identity,
          [c.IDENTITY_DUTY, c.CARD_69, c.CONSUMER_PROTECTION, c.CBA_IDENTITY], verified=False),
    _rule("CN-ESCALATION", "经公安机关批评制止或处理后继续滋扰", escalation, [c.XUNXIN_1_3]),
    _rule("CN-HARM", "造成精神损害、自伤或失业等严重后果", harm,
          [c.XUNXIN_3_4, c.XUNXIN_3_5, c.PII_INTERP_5, c.ILLEGAL_LENDING_2_4, c.CIVIL_1183]),
    _rule("CN-ILLEGAL-DEBT", "借款利率超过法定上限（可能为非法债务）", illegal_debt,
          [c.PRIVATE_LENDING_25, c.ILLEGAL_LENDING_1_2, c.CRIM_293A, c.PRIVATE_LENDING_REPLY]),
]
