"""The Hong Kong rule checks: pure functions of the Case returning Hits in the case's language.

Each hit carries the citations in the case's language (``matching.cites``): binding ordinances
and the HKMA guideline (banks only) first, the Code of Banking Practice as the industry baseline,
and the unverified note on the Code's numbering, which letters never print.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from complaint_kit.analysis import redial_runs
from complaint_kit.case import Case, Channel, Incident, Relation
from complaint_kit.rules import Hit

from .. import citations as c
from ..jurisdiction import labels_for
from .matching import (
    ANONYMOUS_TAGS,
    DEBT_WORDS,
    DISCLOSURE_TAGS,
    DOXXING_FROM,
    DOXXING_TAGS,
    FAKE_DOCUMENT_WORDS,
    IMPERSONATION_TAGS,
    INSULT_TAGS,
    MISLEADING_TAGS,
    PERSISTENT_PER_DAY,
    PERSISTENT_PER_WEEK,
    PERSONAL_DATA_WORDS,
    POSTER_WORDS,
    PUBLIC_TAGS,
    THIRD_PARTY_TAGS,
    THREAT_TAGS,
    cites,
    code,
    en,
    has_agency,
    has_tag,
    hours_text,
    ids,
    is_bank,
    joined,
    late,
    matches,
    not_bank_note,
    say,
)

_PHONE = (Channel.call, Channel.sms, Channel.im)


def _bank(case: Case, cite: c.Cite) -> c.Cite | None:
    return cite if is_bank(case) else None


def times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _cap(items: list) -> str:
    return times(len(items)).capitalize()


def _calls(n: int) -> str:
    return "One call was" if n == 1 else f"{n} calls were"


def _messages(n: int) -> str:
    return "one more message" if n == 1 else f"{n} more messages"


def _target(i: Incident) -> str:
    return i.to.number or f"{i.to.relation}:{i.to.name or ''}"


# --- Contact pattern ----------------------------------------------------------------------------

def hours(case: Case) -> Hit | None:
    found = [i for i in case.incidents
             if i.channel == Channel.call and not i.consented and late(case, i)]
    if not found:
        return None
    window = hours_text(case)
    text = say(case,
               f"{len(found)}次來電發生在{window}之間，且未經本人同意，屬不合理時間。"
               f"《銀行營運守則》沒有訂明具體時間；{window}是本工具篩選來電所用的時段，"
               "並非法定時限。",
               f"{_calls(len(found))} made in the hours {window} without my agreement, at "
               f"unreasonable hours. The Code of Banking Practice sets no numeric hours; "
               f"{window} is the window this tool uses to screen calls, not a legal limit.")
    return Hit(ids(found), text + not_bank_note(case), cites(case, *code(case, c.CODE_HOURS)))


def persistent_calls(case: Case) -> Hit | None:
    calls = sorted((i for i in case.incidents if i.channel == Channel.call),
                   key=lambda i: i.time)
    chosen: dict[str, Incident] = {}
    per_day: dict[tuple, list[Incident]] = defaultdict(list)
    per_target: dict[str, list[Incident]] = defaultdict(list)
    for i in calls:
        per_day[(case.local_time(i).date(), _target(i))].append(i)
        per_target[_target(i)].append(i)
    heavy = [v for v in per_day.values() if len(v) >= PERSISTENT_PER_DAY]
    for items in heavy:
        chosen.update((i.id or "", i) for i in items)
    weeks = 0
    for items in per_target.values():
        start = 0
        for end in range(len(items)):
            while items[end].time - items[start].time >= timedelta(days=7):
                start += 1
            if end - start + 1 >= PERSISTENT_PER_WEEK:
                weeks += 1
                chosen.update((i.id or "", i) for i in items[start:end + 1])
    runs = redial_runs(case)
    by_id = {i.id: i for i in case.incidents}
    for run in runs:
        chosen.update((x, by_id[x]) for x in run.incidents if x in by_id)
    if not chosen:
        return None
    found = sorted(chosen.values(), key=lambda i: i.time)
    busiest = max((len(v) for v in per_day.values()), default=0)
    text = say(case,
               f"共{len(found)}次來電構成持續不斷的致電（同一對象單日最多{busiest}次"
               f"{f'，另有{len(runs)}輪未接聽後連番重撥' if runs else ''}）。"
               f"本工具以同一對象單日{PERSISTENT_PER_DAY}次、七日{PERSISTENT_PER_WEEK}次或"
               "15分鐘內連續重撥3次以上作初步篩選，並非法定門檻；是否「無合理辯解」而持續致電，"
               "由警方按個案判斷。",
               f"{_calls(len(found))} part of a pattern of persistent calling (up to "
               f"{busiest} to one person in a day"
               f"{f'; {len(runs)} runs of redialling after unanswered calls' if runs else ''}). "
               f"This tool screens with {PERSISTENT_PER_DAY} calls to one person in a day, "
               f"{PERSISTENT_PER_WEEK} in seven days, or 3 or more redials within 15 minutes; "
               "these are not legal thresholds, and whether the calls were made without "
               "reasonable cause is for the police to assess.")
    return Hit(ids(found), text + not_bank_note(case),
               cites(case, c.CAP228_S20C, *code(case, c.CODE_PERSISTENT)))


def third_party(case: Case) -> Hit | None:
    reached = [i for i in case.incidents if i.to.relation.is_third_party]
    claimed = [i for i in case.incidents if not i.to.relation.is_third_party
               and has_tag(i, THIRD_PARTY_TAGS)]
    if not reached and not claimed:
        return None
    labels = labels_for(case.language)
    kinds = sorted({labels.get(f"relation.{i.to.relation}", str(i.to.relation))
                    for i in reached})
    people = {(str(i.to.relation), i.to.name, i.to.number) for i in reached}
    parts = []
    if reached:
        parts.append(say(case, f"收數方{len(reached)}次聯絡並非擔保人的第三者，涉及{len(people)}人"
                               f"（{joined(case, kinds)}）。"
                               "守則亦禁止向未有正式簽署擔保的第三者直接或間接追收欠款。",
                         f"The collectors contacted people who have not guaranteed the debt "
                         f"{times(len(reached))}, {len(people)} in all "
                         f"({joined(case, kinds)}). The Code also forbids recovering the debt, "
                         "directly or indirectly, from third parties who have not formally "
                         "guaranteed it."))
    if claimed:
        parts.append(say(case, f"另有{len(claimed)}則訊息聲稱已經或將會聯絡本人的家人、"
                               "同事或朋友。",
                         f"{_messages(len(claimed)).capitalize()} say they have told or will "
                         "tell my family, colleagues or friends."))
    return Hit(ids([*reached, *claimed]), " ".join(parts) + not_bank_note(case),
               cites(case, _bank(case, c.HKMA_GL_B),
                     *code(case, c.CODE_REFEREES)))


def public_humiliation(case: Case) -> Hit | None:
    found = [i for i in case.incidents
             if i.to.relation == Relation.public or i.channel == Channel.social_post
             or has_tag(i, PUBLIC_TAGS)
             or (i.channel in (Channel.visit, Channel.letter, Channel.other)
                 and matches(i, (), POSTER_WORDS))]
    if not found:
        return None
    text = say(case, f"收數方{len(found)}次以張貼、寫字或公開發布等方式，令本人在公眾面前受辱。",
               f"{_cap(found)} the collectors put up notices, wrote on walls or posted in "
               "public in a way designed to humiliate me publicly.")
    return Hit(ids(found), text + not_bank_note(case),
               cites(case, _bank(case, c.HKMA_GL_A), *code(case, c.CODE_HUMILIATE)))


# --- What was said ------------------------------------------------------------------------------

def intimidation(case: Case) -> Hit | None:
    found = [i for i in case.incidents if has_tag(i, THREAT_TAGS)]
    if not found:
        return None
    text = say(case, f"收數方{len(found)}次以傷害本人或他人的人身、財產或名譽相威脅。"
                     "以此類威脅意圖使人驚恐，可能構成刑事恐嚇。",
               f"{_cap(found)} the collectors threatened injury to me or others, to our "
               "person, property or reputation. Threats of this kind made to alarm may be "
               "criminal intimidation.")
    return Hit(ids(found), text + not_bank_note(case),
               cites(case, c.CAP200_S24, c.CAP200_S24_PENALTY, _bank(case, c.HKMA_GL_A),
                     *code(case, c.CODE_NO_INTIMIDATION)))


def abusive(case: Case) -> Hit | None:
    found = [i for i in case.incidents if has_tag(i, (*INSULT_TAGS, *THREAT_TAGS))]
    if not found:
        return None
    by_phone = [i for i in found if i.channel in _PHONE]
    insults = sum(1 for i in found if has_tag(i, INSULT_TAGS))
    text = say(case, f"收數方{len(found)}次使用辱罵或威嚇性言語（其中辱罵{insults}次）"
                     f"{f'，其中{len(by_phone)}次經電話、短訊或WhatsApp等傳送' if by_phone else ''}"
                     "。",
               f"{_cap(found)} the collectors used abusive or threatening words "
               f"({insults} of them abuse)"
               f"{f', {len(by_phone)} by telephone, SMS or WhatsApp' if by_phone else ''}.")
    return Hit(ids(found), text + not_bank_note(case),
               cites(case, c.CAP228_S20 if by_phone else None, *code(case, c.CODE_ABUSIVE)))


def false_identity(case: Case) -> Hit | None:
    found = [i for i in case.incidents if has_tag(i, (*IMPERSONATION_TAGS, *ANONYMOUS_TAGS))]
    anonymous = bool(case.facts.get("anonymous_calls"))
    false_name = bool(case.facts.get("collector_false_name"))
    if not (found or anonymous or false_name):
        return None
    parts = []
    if found:
        parts.append(say(case, f"收數方{len(found)}次冒用他人身份、使用假名或匿名聯絡。",
                         f"{_cap(found)} the collectors used a false identity or name, or "
                         "contacted me anonymously."))
    if false_name:
        parts.append(say(case, "收數員使用假名。", "The collectors used false names."))
    if anonymous:
        parts.append(say(case, "收數方以匿名來電或無法識別身份的字條聯絡本人。",
                         "The collectors made anonymous calls or left unidentifiable notes."))
    return Hit(ids(found), " ".join(parts) + not_bank_note(case),
               cites(case, *code(case, c.CODE_FALSE_NAMES, c.CODE_ANONYMOUS)))


def misleading(case: Case) -> Hit | None:
    found = [i for i in case.incidents if matches(i, MISLEADING_TAGS, FAKE_DOCUMENT_WORDS)]
    if not found:
        return None
    by_phone = [i for i in found if i.channel in _PHONE]
    text = say(case, f"收數方{len(found)}次以坐監、拘捕、刑事案件、法庭文件或冒充執法人員等"
                     "虛假或誤導性說法迫使本人還款；拖欠債務屬民事事宜。",
               f"{_cap(found)} the collectors used false or misleading claims — prison, "
               "arrest, a criminal case, court papers, or posing as officials — to make me pay; "
               "an unpaid debt is a civil matter.")
    return Hit(ids(found), text + not_bank_note(case),
               cites(case, c.CAP228_S20B if by_phone else None,
                     *code(case, c.CODE_MISLEADING)))


# --- Personal data ------------------------------------------------------------------------------

def _discloses_debt(i: Incident) -> bool:
    return (i.to.relation.is_third_party or i.channel == Channel.social_post) and (
        matches(i, DISCLOSURE_TAGS, DEBT_WORDS))


def confidentiality(case: Case) -> Hit | None:
    found = [i for i in case.incidents if _discloses_debt(i)]
    if not found:
        return None
    text = say(case, f"收數方{len(found)}次向第三者或公眾透露本人的欠債資料，未將客戶資料保密，"
                     "亦將本人的個人資料用於收集時以外的目的。",
               f"{_cap(found)} the collectors told third parties or the public about my "
               "debt, instead of keeping customer information confidential, and used my "
               "personal data for a purpose other than the one it was collected for.")
    return Hit(ids(found), text, cites(case, c.PDPO_DPP3, *code(case, c.CODE_LAWFUL_CONFIDENTIAL)))


def _doxxes(i: Incident) -> bool:
    shown = (i.to.relation.is_third_party or i.channel == Channel.social_post)
    return shown and (has_tag(i, DOXXING_TAGS) or matches(i, (), PERSONAL_DATA_WORDS))


def doxxing(case: Case) -> Hit | None:
    found = [i for i in case.incidents if _doxxes(i)
             and case.local_time(i).date() >= DOXXING_FROM]
    if not found:
        return None
    h = case.harm
    harmed = bool(case.facts.get("doxxing_harm")) or h.mental_health or h.self_harm or h.job_loss
    text = say(case, f"收數方{len(found)}次未經本人同意，向第三者或公眾披露本人的個人資料"
                     "（如相片、身份證、地址或電話），意圖或罔顧是否會對本人或家人造成滋擾、"
                     "騷擾、纏擾、威嚇或心理傷害等傷害（條例所指的 “specified harm”）。",
               f"{_cap(found)} the collectors disclosed my personal data (such as my "
               "photo, identity card, address or phone number) to third parties or the public "
               "without my consent, with intent, or being reckless, as to causing me or my family "
               "\"specified harm\" such as harassment, molestation, pestering, threats, "
               "intimidation or psychological harm.")
    if harmed:
        text += say(case, "有關披露已對本人造成傷害。", " The disclosure has caused me harm.")
    return Hit(ids(found), text,
               cites(case, c.PDPO_S64_3A, c.PDPO_S64_3C if harmed else None))


def data_transfer_notice(case: Case) -> Hit | None:
    if case.facts.get("data_transfer_notice_given") is not False or not has_agency(case):
        return None
    public = [i for i in case.incidents if i.to.relation.is_third_party]
    text = say(case, "貸款人在收集本人個人資料時或之前，沒有告知本人資料可能轉交收數公司或"
                     "律師，但其後將資料交予收數公司使用。",
               "When (or before) the lender collected my personal data it did not tell me that "
               "the data might be passed to debt-collection agencies or solicitors, yet it "
               "passed them to a collection agency.")
    return Hit([], text, cites(case, c.PDPO_DPP1_3, c.AAB_39_2006 if public else None))


_NOTICE_ITEMS = {
    "overdue_amount": ("逾期金額", "the overdue amount"),
    "default_length": ("拖欠時間", "how long the account has been in default"),
    "recovery_costs": ("將加收的追收費用", "the recovery costs to be added"),
    "lender_contact": ("貸款人追收部門的聯絡方法", "the lender's debt-recovery contact details"),
    "illegal_tactics": ("收數公司使用非法手段時可採取的行動",
                        "what to do if the agency uses illegal tactics"),
}


def dca_notice(case: Case) -> Hit | None:
    if not has_agency(case):
        return None
    received = case.facts.get("dca_advance_notice_received")
    missing = [m for m in case.facts.get("dca_notice_missing") or [] if m in _NOTICE_ITEMS]
    english = en(case)
    if received is False:
        text = say(case, "貸款人委託收數公司前，沒有預先以書面通知本人。",
                   "The lender did not give me written notice before it used a "
                   "debt-collection agency.")
    elif missing:
        names = [(_NOTICE_ITEMS[m][1] if english else _NOTICE_ITEMS[m][0]) for m in missing]
        text = say(case, f"貸款人委託收數公司前的書面通知沒有列明：{joined(case, names)}。",
                   f"The lender's written notice before it used a debt-collection agency did "
                   f"not state: {joined(case, names)}.")
    else:
        return None
    return Hit([], text, cites(case, c.IFEC_DCA_NOTICE))


# --- The debtor and the lender ------------------------------------------------------------------

def _date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def bankrupt(case: Case) -> Hit | None:
    since = _date(case.facts.get("adjudged_bankrupt_on"))
    if since is None:
        return None
    after = [i for i in case.incidents if case.local_time(i).date() > since]
    if not after:
        return None
    text = say(case, f"本人已於{since.year}年{since.month}月{since.day}日被判破產，其後收數方仍"
                     f"{len(after)}次向本人追數。",
               f"I was adjudged bankrupt on {since:%d/%m/%Y}; the collectors contacted me "
               f"{times(len(after))} after that to collect the debt.")
    return Hit(ids(after), text + not_bank_note(case), cites(case, c.CODE_BANKRUPT))


def unlicensed_lender(case: Case) -> Hit | None:
    if case.facts.get("money_lender_licensed") is not False:
        return None
    text = say(case, "貸款人以放債為業，但並未持有放債人牌照。無牌放債屬刑事罪行（最高罰款"
                     "港幣100,000元及監禁2年），而無牌放債人不能透過法院追討有關貸款。",
               "The lender lends money as a business without a money lender's licence. "
               "Unlicensed money lending is an offence (a fine of up to HK$100,000 and two "
               "years' imprisonment), and an unlicensed lender cannot recover the loan in court.")
    rate = case.debt.annual_rate_percent if case.debt else None
    return Hit([], text, cites(case, c.MLO_LICENCE, c.MLO_RATE_CAP if rate is not None else None))
