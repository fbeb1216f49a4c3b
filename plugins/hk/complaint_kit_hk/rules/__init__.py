"""Hong Kong rules (law-hk.md §1, with its rule ids): pure functions of the case's Analysis.

The Rule carries the zh-Hant title and citations (the jurisdiction's language) for listings;
each check returns hits whose explanation and citations are in the case's language, and the
documents take the title in the case's language from the labels (``rule.<ID>``).
"""

from __future__ import annotations

from collections.abc import Iterable

from complaint_kit.api import Citation, Rule

from .. import citations as c
from ..jurisdiction import EN, LABELS
from . import checks


def _rule(rule_id: str, check, cites: Iterable[c.Cite], summary: str = "",
          verified: bool = True) -> Rule:
    zh: tuple[Citation, ...] = tuple(dict.fromkeys(x.zh for x in cites))
    return Rule(rule_id, "hk", LABELS[f"rule.{rule_id}"], zh, check, summary, verified,
                titles={"en": EN[f"rule.{rule_id}"]})


_CODE = c.CODE_NUMBERING

RULES = [
    _rule("HK-HOURS", checks.hours, [c.CODE_HOURS, _CODE],
          "Calls in the screening window (22:00-08:00 unless the case sets its own)."),
    _rule("HK-PERSISTENT-CALLS", checks.persistent_calls,
          [c.CAP228_S20C, c.CODE_PERSISTENT, _CODE],
          "5+ call attempts to one person a day, 20+ in 7 days, or redial runs (screening "
          "only); Cap.228 s.20(c) only for calls after the person asked them to stop."),
    _rule("HK-THIRD-PARTY", checks.third_party,
          [c.HKMA_GL_B, c.CODE_REFEREES, _CODE],
          "Contact with people who have not guaranteed the debt: recovery through them, "
          "pestering, or any contact while the debtor was reachable."),
    _rule("HK-PUBLIC-HUMILIATION", checks.public_humiliation,
          [c.HKMA_GL_A, c.CODE_HUMILIATE, _CODE],
          "Posters, writing on walls, posts to a group or the public about the debt."),
    _rule("HK-INTIMIDATION", checks.intimidation,
          [c.CAP200_S24, c.CAP200_S24_PENALTY, c.HKMA_GL_A, c.CODE_NO_INTIMIDATION, _CODE],
          "Threats of injury to person or property (s.24, urgent); veiled threats and "
          "announced visits (Code; urgent when the visit is soon)."),
    _rule("HK-ABUSIVE", checks.abusive, [c.CAP228_S20, c.CODE_ABUSIVE, _CODE],
          "Abusive words; Cap.228 s.20 for obscene words by telephone or message."),
    _rule("HK-FALSE-IDENTITY", checks.false_identity,
          [c.CODE_FALSE_NAMES, c.CODE_ANONYMOUS, _CODE],
          "False names, anonymous calls, unidentifiable notes."),
    _rule("HK-MISLEADING", checks.misleading, [c.CAP228_S20B, c.CODE_MISLEADING, _CODE],
          "Prison, arrest, posing as officials, court papers found false; s.20(b) when known "
          "false and sent by phone or message."),
    _rule("HK-CONFIDENTIALITY", checks.confidentiality,
          [c.PDPO_DPP3, c.CODE_LAWFUL_CONFIDENTIAL, _CODE],
          "The debt disclosed to third parties or the public."),
    _rule("HK-DOXXING", checks.doxxing, [c.PDPO_S64_3A, c.PDPO_S64_3C, c.PDPO_DPP3],
          "Personal data disclosed without consent (facts.disclosure_consented: false), with "
          "the debt, from 8 Oct 2021; s.64(3C) with facts.doxxing_harm."),
    _rule("HK-DATA-TRANSFER-NOTICE", checks.data_transfer_notice,
          [c.PDPO_DPP1_3, c.AAB_39_2006],
          "Not told at collection that data may pass to collectors (facts.data_transfer_notice_"
          "given: false)."),
    _rule("HK-DCA-NOTICE", checks.dca_notice, [c.IFEC_DCA_NOTICE],
          "No or incomplete written notice before a DCA was used (facts.dca_advance_notice_"
          "received, facts.dca_notice_missing)."),
    _rule("HK-BANKRUPT", checks.bankrupt, [c.CODE_BANKRUPT],
          "Collection after facts.adjudged_bankrupt_on."),
    _rule("HK-UNLICENSED-LENDER", checks.unlicensed_lender, [c.MLO_LICENCE, c.MLO_RATE_CAP],
          "facts.money_lender_licensed: false (police and the Registrar, never the lender). "
          "The current interest cap is UNVERIFIED and never applied."),
]
