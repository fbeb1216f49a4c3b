"""United Kingdom rules (law-uk.md §1): pure functions of the core's ``Analysis``, each with its
citations.

Rule ids are the reference's. Citations are ordered binding law first (Acts of Parliament), then
the FCA rules that bind authorised firms (CONC R, Principles), then FCA guidance (G) and
analogies. Every citation says what kind of basis it is: CONC, the Principles and the Consumer
Duty are regulatory; the Protection from Harassment Act 1997 s.1 and s.3 civil and s.2 criminal
(cited only with the facts that meet its elements); the Consumer Credit Act 1974 civil; the
Administration of Justice Act 1970 s.40 criminal but UNVERIFIED for a trader collecting from a
consumer, so it is only ever a point to check, never quoted or named by section.

UK-SCOPE is not a rule of its own: it decides whether the FCA's rules apply at all
(``facts.conc_applies``). When they do not (the firm is not FCA-authorised, or the debt is
council tax, a utility bill, a court fine or a mobile-phone contract), every FCA citation is
dropped from the findings and questions, and a rule left without a statute does not fire; the
statutes still apply.

Findings are proportionate: one act is found under the rules that really fit it. UK-VISIT-PURPOSE
is part of UK-VISIT-CONDUCT (one visit, one finding, each failing named); the reference's
UK-AJA-HARASSMENT is kept for threats of harm or of a visit only, and the course of conduct is
UK-PHA-COURSE's. Rules flagged ``verified=False`` rest on a point the reference marks
UNVERIFIED: UK-AJA-HARASSMENT (s.40(3A) and the DMCC Act 2024) and UK-S78-REQUEST (the s.78
deadline, fee and enforcement bar). UK-VISIT-CONDUCT cites the visits rule's confirmed text but
never its unverified number.
"""

from __future__ import annotations

from collections.abc import Iterable

from complaint_kit.api import Analysis, Ask, Binding, Citation, Hit, Rule, RuleCheck

from .. import citations as c
from ..facts import conc_applies
from . import arrears, authority, contact, statutes

_FCA = (c.CONC, c.PRIN, c.DISP)


def _fca(citation: Citation) -> bool:
    return citation.instrument in _FCA or citation.instrument.startswith("FCA ")


def _ordered(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    unique = list(dict.fromkeys(citations))
    return tuple(sorted(unique, key=lambda x: x.binding.rank))


def _scoped(check: RuleCheck, citations: tuple[Citation, ...]) -> RuleCheck:
    """The check, with the FCA citations dropped when CONC does not apply (UK-SCOPE)."""

    def run(a: Analysis):
        result = check(a)
        items = [result] if isinstance(result, Hit | Ask) else list(result or ())
        scoped = conc_applies(a.case)
        kept: list[Hit | Ask] = []
        for item in items:
            if isinstance(item, Ask):
                cites = [x for x in item.would_cite if scoped or not _fca(x)]
                if cites:
                    kept.append(Ask(item.question, tuple(cites), item.incidents))
                continue
            cites = [x for x in (item.citations or citations) if scoped or not _fca(x)]
            if not scoped and not item.urgent and not any(
                    x.binding == Binding.law and x.verified for x in cites):
                continue  # only a statute still applies; a threat of violence is kept for
                # the police, whatever the debt
            kept.append(Hit(item.incidents, item.explanation, _ordered(cites),
                            {k: v for k, v in item.elements.items() if k in cites},
                            item.urgent))
        return kept or None

    return run


def _rule(rule_id: str, title: str, check: RuleCheck, citations: Iterable[Citation],
          summary: str = "", verified: bool = True) -> Rule:
    cites = _ordered(citations)
    return Rule(rule_id, "uk", title, cites, _scoped(check, cites), summary, verified)


RULES = [
    # --- Contact: CONC 7.9 ---------------------------------------------------------------------
    _rule("UK-MISLEADING-CONTACT", "Misleading reason given to make you get in touch",
          authority.misleading_contact, [c.CONC_7_9_2, c.CONC_7_9_3]),
    _rule("UK-TIMES", "Contact at unreasonable times", contact.unreasonable_times,
          [c.CONC_7_9_4, c.MCOB_13_5_4]),
    _rule("UK-CONTACT-REQUESTS", "Your request about when, where or how to be contacted was "
          "ignored", contact.contact_requests, [c.CONC_7_9_4]),
    _rule("UK-FREQUENCY", "Contact several times a day", contact.frequency,
          [c.CONC_7_9_4_FREQUENCY, c.CITIZENS_ADVICE, c.MCOB_13_5_3]),
    _rule("UK-PREMIUM-RATE", "Asked to call a premium-rate or special-rate number",
          contact.premium_rate, [c.CONC_7_9_5]),
    _rule("UK-DISCLOSURE", "The debt disclosed, or threatened to be disclosed, to others",
          contact.disclosure, [c.CONC_7_9_6]),
    _rule("UK-PUBLIC-EMBARRASSMENT", "Conduct likely to embarrass you in public",
          contact.public_embarrassment, [c.CONC_7_9_7_1, c.CONC_7_9_6]),
    _rule("UK-THIRD-PARTY-AWARENESS", "Others made aware that you are pursued for a debt",
          contact.third_party_awareness, [c.CONC_7_9_7_2, c.CONC_7_9_8, c.CONC_7_9_6]),
    _rule("UK-IDENTITY-CHECK", "Debt details given without checking who was told",
          contact.identity_check, [c.CONC_7_9_10, c.CONC_7_9_11]),
    _rule("UK-VISIT-CONDUCT", "A visit that broke the rules on visits", contact.visit_conduct,
          [c.CONC_7_9_12, c.CONC_VISITS, c.CONC_VISITS_NUMBER]),
    # --- Authority and legal position: CONC 7.11 -----------------------------------------------
    _rule("UK-FALSE-AUTHORITY", "False claim of authority, legal status or official documents",
          authority.false_authority,
          [c.AJA_40_1_C, c.AJA_40_1_D, c.CONC_7_11_1, c.CONC_7_11_2, c.CONC_7_11_3,
           c.CONC_7_11_4, c.CONC_7_11_5, c.CONC_7_11_6, c.CONC_7_11_9]),
    _rule("UK-IMPOSSIBLE-ACTION", "Threat of action that cannot legally be taken",
          authority.impossible_action, [c.CONC_7_11_6, c.CONC_7_11_7, c.CONC_7_11_1,
                                        c.CONC_7_11_9]),
    _rule("UK-FALSE-ACTION-TAKEN", "False statement that action has been taken",
          authority.false_action_taken, [c.AJA_40_1_D, c.CONC_7_11_9, c.CONC_7_11_3,
                                         c.CONC_7_11_1, c.CONC_7_11_6]),
    _rule("UK-CRIMINAL-THREAT", "Threat of arrest, prison or criminal proceedings for a debt",
          authority.criminal_threat, [c.AJA_40_1_B, c.CONC_7_11_1]),
    # --- Arrears: CONC 7.3, 7.7, 7.13-7.15 -----------------------------------------------------
    _rule("UK-FORBEARANCE", "No forbearance: refusal to negotiate a repayment plan",
          arrears.forbearance, [c.CONC_7_3_4, c.CONC_7_3_9, c.PRINCIPLE_6, c.PRINCIPLE_12]),
    _rule("UK-PRESSURE", "Pressure to pay at once, too soon, or by borrowing or selling",
          arrears.pressure, [c.CONC_7_3_10, c.CONC_7_3_18]),
    _rule("UK-DISPROPORTIONATE", "Disproportionate action: bankruptcy, statutory demand or sale",
          arrears.disproportionate, [c.CONC_7_3_14, c.CONC_7_3_15]),
    _rule("UK-COURT-THREAT", "Court action threatened to make you pay more than you can afford",
          arrears.court_threat, [c.CONC_7_3_18]),
    _rule("UK-CHARGES", "Collection charges above reasonable costs", arrears.charges,
          [c.CONC_7_7_5]),
    _rule("UK-DATA-DISPUTE-STATUTE-BARRED", "Wrong person, disputed or statute-barred debt",
          arrears.data_dispute, [c.CONC_7_13, c.CONC_7_14, c.CONC_7_15]),
    # --- Statutes across the pattern -----------------------------------------------------------
    _rule("UK-INSULT", "Insults and abuse", statutes.insult,
          [c.PRINCIPLE_6_INSULT, c.PRINCIPLE_12_INSULT]),
    _rule("UK-PHA-COURSE", "Harassment: a course of conduct", statutes.pha_course,
          [c.PHA_1, c.PHA_2, c.PHA_3, c.PHA_7_2, c.PHA_7_3, c.PHA_7_4, c.AJA_40_1_A]),
    _rule("UK-AJA-HARASSMENT", "Threats of harm or of a visit to make you pay",
          statutes.aja_harassment, [c.AJA_40_1_A, c.PRINCIPLE_6_INSULT, c.PRINCIPLE_12_INSULT],
          verified=False),
    _rule("UK-AGGRESSIVE-PRACTICE", "Aggressive commercial practice towards a consumer",
          statutes.aggressive_practice, [c.DMCC_UNFAIR]),
    _rule("UK-DEFAULT-NOTICE", "Default notice missing, too short or incomplete",
          arrears.default_notice, [c.CCA_87, c.CCA_88_2, c.CCA_88_4A]),
    _rule("UK-S78-REQUEST", "Request for a copy of the credit agreement unanswered",
          arrears.s78_request, [c.CCA_78, c.CCA_78_DETAILS], verified=False),
]
