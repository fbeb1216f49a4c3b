"""The Hong Kong checks of the debtor's and lender's standing: DCA notice, bankruptcy, licence."""

from __future__ import annotations

from complaint_kit.api import Analysis, Element, Hit, fact_date

from .. import citations as c
from .citing import banking_code, benchmark_note
from .findings import find_after_bankruptcy
from .matching import (
    cite,
    cites,
    en,
    has_agency,
    ids,
    is_bank,
    is_unlicensed,
    joined,
    refs,
    say,
    times,
)

_NOTICE_ITEMS = {
    "overdue_amount": ("逾期金額", "the overdue amount"),
    "default_length": ("拖欠時間", "how long the account has been in default"),
    "recovery_costs": ("將加收的追收費用", "the recovery costs to be added"),
    "lender_contact": ("貸款人追收部門的聯絡方法", "the lender's debt-recovery contact details"),
    "illegal_tactics": ("收數公司使用非法手段時可採取的行動",
                        "what to do if the agency uses illegal tactics"),
}


def dca_notice(a: Analysis) -> Hit | None:
    # An unlicensed lender's notices are beside the point: its lending is the offence, and it is
    # reported, not asked to comply.
    if not has_agency(a.case) or is_unlicensed(a.case):
        return None
    received = a.fact("dca_advance_notice_received")
    missing = [m for m in a.fact("dca_notice_missing") or [] if m in _NOTICE_ITEMS]
    if received is False:
        text = say(a, "貸款人委託收數公司前，沒有預先以書面通知本人。",
                   "The lender did not give me written notice before it used a "
                   "debt-collection agency.")
    elif missing:
        names = [(_NOTICE_ITEMS[m][1] if en(a) else _NOTICE_ITEMS[m][0]) for m in missing]
        text = say(a, f"貸款人委託收數公司前的書面通知沒有列明：{joined(a, names)}。",
                   f"The lender's written notice before it used a debt-collection agency did "
                   f"not state: {joined(a, names)}.")
    else:
        return None
    return Hit([], text, cites(a, c.IFEC_DCA_NOTICE))


def bankrupt(a: Analysis) -> Hit | None:
    after = find_after_bankruptcy(a)
    if not after:
        return None
    since = fact_date(a.case, "adjudged_bankrupt_on")
    assert since is not None
    text = say(a, f"本人已於{since.year}年{since.month}月{since.day}日被判破產，其後收數方仍"
                  f"{len(after)}次{refs(a, after)}向本人追數。",
               f"I was adjudged bankrupt on {since:%d/%m/%Y}; the collectors contacted me "
               f"{times(len(after))} after that to collect the debt{refs(a, after)}.")
    return Hit(ids(after), text + benchmark_note(a, "HK-BANKRUPT"),
               banking_code(a, "HK-BANKRUPT", c.CODE_BANKRUPT))


def unlicensed_lender(a: Analysis) -> Hit | None:
    if a.fact("money_lender_licensed") is not False or is_bank(a.case):
        return None
    lender = a.case.lender
    debt = a.case.debt
    name = lender.name if lender else say(a, "貸款人", "The lender")
    loan = ""
    if debt and (debt.principal or debt.outstanding):
        amount = debt.principal or debt.outstanding
        loan = say(a, f"，向本人借出{debt.currency or ''}{amount:,}",
                   f", lent me {debt.currency or ''}{amount:,}")
    mlo = cite(a, c.MLO_LICENCE)
    elements = [
        Element(say(a, "經營放債人業務", "carrying on business as a money lender"),
                say(a, f"{name}以財務公司／放債人名義經營{loan}",
                    f"{name} trades as a finance company (money lender){loan}"), ()),
        Element(say(a, "沒有放債人牌照", "without a money lender's licence"),
                say(a, "據本人所知，該公司沒有放債人牌照",
                    "to my knowledge it holds no money lender's licence"), ()),
    ]
    text = say(a, "貸款人以放債為業，但並未持有放債人牌照。無牌放債屬刑事罪行（最高罰款"
                  "港幣100,000元及監禁2年），而無牌放債人不能透過法院追討有關貸款。",
               "The lender lends money as a business without a money lender's licence. "
               "Unlicensed money lending is an offence (a fine of up to HK$100,000 and two "
               "years' imprisonment), and an unlicensed lender cannot recover the loan in court.")
    rate = debt.annual_rate_percent if debt else None
    return Hit([], text, cites(a, c.MLO_LICENCE, c.MLO_RATE_CAP if rate is not None else None),
               elements={mlo: elements})
