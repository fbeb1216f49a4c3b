"""Interview questions only United Kingdom cases need (law-uk.md §5: who is collecting, for
whom, what kind of debt; the complaint and final-response dates; the facts the CONC 7.3 and 7.9
rules read). Answers go under ``facts.`` (see ``facts.py``) or into the case's own fields."""

from __future__ import annotations

from complaint_kit.api import Question, as_date

_UK = "uk"


def _q(id: str, prompt: str, target: str, *, help: str | None = None, **kw) -> Question:
    return Question(id=id, prompt={"en": prompt}, target=target, jurisdiction=_UK,
                    help={"en": help} if help else None, **kw)


_TRISTATE = (("yes", {"en": "Yes"}), ("no", {"en": "No"}), ("unknown", {"en": "I don't know"}))
_COMPLAINED = {"field": "uk_complained_to_firm", "equals": True}
_DIFFICULTY = {"field": "uk_financial_difficulty", "equals": True}
_REQUESTED = {"field": "uk_contact_request_date", "is_set": True}

QUESTIONS = [
    _q("uk_debt_type", "What kind of debt is it?", "facts.debt_type", type="choice",
       after="lender_type",
       help="Council tax, utility bills, court fines and mobile-phone contracts are outside the "
            "FCA's debt-collection rules and the Financial Ombudsman Service.",
       choices=(("credit_card", {"en": "Credit card or store card"}),
                ("personal_loan", {"en": "Personal loan"}),
                ("payday_loan", {"en": "Payday or other short-term loan"}),
                ("overdraft", {"en": "Bank overdraft"}),
                ("bnpl", {"en": "Buy now, pay later"}),
                ("car_finance", {"en": "Car finance or hire purchase"}),
                ("catalogue", {"en": "Catalogue credit"}),
                ("p2p", {"en": "Peer-to-peer loan"}),
                ("council_tax", {"en": "Council tax"}),
                ("utility", {"en": "Gas, electricity or water bill"}),
                ("court_fine", {"en": "Court fine"}),
                ("mobile_phone", {"en": "Mobile-phone contract"}),
                ("other", {"en": "Something else"}))),
    _q("uk_fca_authorised", "Is the firm collecting the debt authorised by the Financial Conduct "
       "Authority?", "facts.fca_authorised", type="choice", choices=_TRISTATE,
       after="uk_debt_type",
       help="Letters from an authorised firm usually say ‘authorised and regulated by the "
            "Financial Conduct Authority’. If you don't know, the kit assumes the FCA's rules "
            "apply."),
    _q("uk_account_number", "Your account or reference number with the firm (optional)",
       "debt.contract_number", after="debt_outstanding",
       help="It goes on the complaint and the Ombudsman summary so the firm can find your file."),
    _q("uk_court_papers", "Has a court sent you papers about this debt (a claim form or a "
       "judgment)?", "facts.court_papers", type="choice", choices=_TRISTATE,
       after="debt_disputed",
       help="If not, a collector who says bailiffs are coming or that court action has been "
            "taken is saying something untrue."),
    _q("uk_financial_difficulty", "Are you in arrears or financial difficulty?",
       "facts.financial_difficulty", type="yes_no", after="uk_court_papers"),
    _q("uk_repayment_offer_refused", "Did you offer a repayment plan that the firm refused?",
       "facts.repayment_offer_refused", type="yes_no", after="uk_financial_difficulty",
       when=_DIFFICULTY),
    _q("uk_vulnerable", "Did the firm know, or have reason to think, that you were particularly "
       "vulnerable (for example ill, bereaved or struggling with your mental health)?",
       "facts.vulnerable", type="yes_no", after="uk_repayment_offer_refused"),
    _q("uk_contact_request_date", "If you asked the firm to contact you only in certain ways or "
       "at certain times, on what date (YYYY-MM-DD; leave empty if you did not)?",
       "facts.contact_request_date", type="date", after="uk_vulnerable"),
    _q("uk_contact_request_channels", "Which ways of contact did you agree to? (numbers "
       "separated by spaces)", "facts.contact_request_channels", type="multi_choice",
       after="uk_contact_request_date", when=_REQUESTED,
       choices=(("letter", {"en": "Letters"}), ("email", {"en": "Email"}),
                ("call", {"en": "Phone calls"}), ("sms", {"en": "Text messages"}))),
    _q("uk_complained_to_firm", "Have you already made a formal complaint to the firm?",
       "facts.complained_to_firm", type="yes_no", after="harm_description"),
    _q("uk_firm_complaint_date", "When did you complain to the firm (YYYY-MM-DD)?",
       "prior_complaints[kind=complaint,to=firm].date", type="date", required=True,
       after="uk_complained_to_firm", when=_COMPLAINED,
       help="The firm has 8 weeks from this date to send its final response."),
    _q("uk_final_response_date", "When did the firm send its final response (YYYY-MM-DD; leave "
       "empty if it has not)?", "facts.final_response_date", type="date",
       after="uk_firm_complaint_date", when=_COMPLAINED, validator="uk_past_date",
       help="You have 6 months from the final response to go to the Financial Ombudsman "
            "Service."),
]


def past_date(value: str) -> str | None:
    from datetime import date

    day = as_date(value)
    if value.strip() and day is None:
        return "Enter a date as YYYY-MM-DD, e.g. 2026-03-01."  # the core's message ids
    if day and day > date.today():
        return {"en": "That date is in the future.", "zh-Hans": "这个日期还没到。",
                "zh-Hant": "這個日期還沒到。"}
    return None


VALIDATORS = {"uk_past_date": past_date}
