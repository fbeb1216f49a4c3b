"""Hong Kong rules (law-hk.md §1, with its rule ids): pure functions of the case's Analysis.

The Rule carries the zh-Hant title and citations (the jurisdiction's language) for listings;
each check returns hits whose explanation and citations are in the case's language, and the
documents take the title in the case's language from the labels (``rule.<ID>``).

Proportionate findings:

- A criminal provision (Crimes Ordinance s.24, Summary Offences Ordinance s.20, PDPO s.64, Money
  Lenders Ordinance) is cited only with the facts that meet each of its elements; where one is
  missing the rule asks the user instead. Otherwise the finding rests on the HKMA guideline and
  the Code of Banking Practice (a bank) or on the Code as the industry baseline (any other
  lender), and the PDPO's data protection principles.
- One incident is counted under one point of conduct: a threat under intimidation (not also as
  abuse), posing as the police under misleading statements (not also as a false name), a post
  with personal data under doxxing (not also under confidentiality). A contact with a relative
  can still be both a contact with a third party and a disclosure of the debt.
- Counts are exact: every call attempt, answered or not.
- Only the collector's own words (messages, recordings) are ever quoted; the complainant's
  account of a call is described, never put in quotation marks.
"""

from __future__ import annotations

from collections.abc import Iterable

from complaint_kit.api import Citation, Rule

from .. import citations as c
from ..jurisdiction import EN, LABELS
from . import conduct, contact, disclosure, lender


def _rule(rule_id: str, check, cites: Iterable[c.Cite], summary: str = "",
          verified: bool = True) -> Rule:
    zh: tuple[Citation, ...] = tuple(dict.fromkeys(x.zh for x in cites))
    return Rule(rule_id, "hk", LABELS[f"rule.{rule_id}"], zh, check, summary, verified,
                titles={"en": EN[f"rule.{rule_id}"]})


_CODE = c.CODE_NUMBERING

RULES = [
    _rule("HK-HOURS", contact.hours, [c.CODE_HOURS, _CODE],
          "Calls in the screening window (22:00-08:00 unless the case sets its own)."),
    _rule("HK-PERSISTENT-CALLS", contact.persistent_calls,
          [c.CAP228_S20C, c.CODE_PERSISTENT, _CODE],
          "5+ call attempts to one person a day, 20+ in 7 days, or redial runs (screening "
          "only); Cap.228 s.20(c) only for calls after the person asked them to stop."),
    _rule("HK-THIRD-PARTY", contact.third_party,
          [c.HKMA_GL_B, c.CODE_REFEREES, _CODE],
          "Contact with people who have not guaranteed the debt: recovery through them, "
          "pestering, or any contact while the debtor was reachable."),
    _rule("HK-PUBLIC-HUMILIATION", conduct.public_humiliation,
          [c.HKMA_GL_A, c.CODE_HUMILIATE, _CODE],
          "Posters, writing on walls, posts to a group or the public about the debt."),
    _rule("HK-INTIMIDATION", conduct.intimidation,
          [c.CAP200_S24, c.CAP200_S24_PENALTY, c.HKMA_GL_A, c.CODE_NO_INTIMIDATION, _CODE],
          "Threats of injury to person or property (s.24, urgent); veiled threats and "
          "announced visits (Code; urgent when the visit is soon)."),
    _rule("HK-ABUSIVE", conduct.abusive, [c.CAP228_S20, c.CODE_ABUSIVE, _CODE],
          "Abusive words; Cap.228 s.20 for obscene words by telephone or message."),
    _rule("HK-FALSE-IDENTITY", conduct.false_identity,
          [c.CODE_FALSE_NAMES, c.CODE_ANONYMOUS, _CODE],
          "False names, anonymous calls, unidentifiable notes."),
    _rule("HK-MISLEADING", conduct.misleading, [c.CAP228_S20B, c.CODE_MISLEADING, _CODE],
          "Prison, arrest, posing as officials, court papers found false; s.20(b) when known "
          "false and sent by phone or message."),
    _rule("HK-CONFIDENTIALITY", disclosure.confidentiality,
          [c.PDPO_DPP3, c.CODE_LAWFUL_CONFIDENTIAL, _CODE],
          "The debt disclosed to third parties or the public."),
    _rule("HK-DOXXING", disclosure.doxxing, [c.PDPO_S64_3A, c.PDPO_S64_3C, c.PDPO_DPP3],
          "Personal data disclosed without consent (facts.disclosure_consented: false), with "
          "the debt, from 8 Oct 2021; s.64(3C) with facts.doxxing_harm."),
    _rule("HK-DATA-TRANSFER-NOTICE", disclosure.data_transfer_notice,
          [c.PDPO_DPP1_3, c.AAB_39_2006],
          "Not told at collection that data may pass to collectors (facts.data_transfer_notice_"
          "given: false)."),
    _rule("HK-DCA-NOTICE", lender.dca_notice, [c.IFEC_DCA_NOTICE],
          "No or incomplete written notice before a DCA was used (facts.dca_advance_notice_"
          "received, facts.dca_notice_missing)."),
    _rule("HK-BANKRUPT", lender.bankrupt, [c.CODE_BANKRUPT],
          "Collection after facts.adjudged_bankrupt_on."),
    _rule("HK-UNLICENSED-LENDER", lender.unlicensed_lender, [c.MLO_LICENCE, c.MLO_RATE_CAP],
          "facts.money_lender_licensed: false (police and the Registrar, never the lender). "
          "The current interest cap is UNVERIFIED and never applied."),
]
