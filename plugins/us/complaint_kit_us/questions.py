"""Interview questions only US cases need. The first one is the screen: who is collecting."""

from __future__ import annotations

from complaint_kit.question import Question

from .validation import state_answer, timezone_problem

_COLLECTOR = "respondents[id=collector,role=collection_agency]"
_THIRD_PARTY = {"field": "us_collector_type", "in": ["third_party_agency", "debt_buyer",
                                                     "law_firm"]}
_CEASE = {"field": "us_cease_sent", "equals": True}
_NOTICE = {"field": "us_validation_received", "equals": True}
_DISPUTED = {"field": "us_dispute_sent", "equals": True}
_ATTORNEY = {"field": "us_attorney", "equals": True}
_WORK = {"field": "us_work_calls_refused", "equals": True}


def _q(id: str, en: str, *, help: str | None = None, **kw) -> Question:
    return Question(id=id, jurisdiction="us", prompt={"en": en},
                    help={"en": help} if help else None, **kw)


QUESTIONS = [
    _q("us_collector_type", "Who is contacting you to collect?", type="choice",
       target="facts.collector_type", after="lender_type", required=True,
       choices=(("third_party_agency", {"en": "A collection agency working for the lender"}),
                ("debt_buyer", {"en": "A company that bought the debt"}),
                ("law_firm", {"en": "A law firm collecting the debt"}),
                ("original_creditor", {"en": "The lender itself (the original creditor)"}),
                ("in_house_FI", {"en": "The lender's own collection department"}),
                ("unlicensed_lender", {"en": "An unlicensed lender collecting its own loan"})),
       help="The federal debt collection law (FDCPA) and Regulation F cover third-party debt "
            "collectors, not creditors collecting their own debts. State law may still apply."),
    _q("us_collector_name", "The collector's name (as in its letters or calls)",
       target=f"{_COLLECTOR}.name", after="us_collector_type", when=_THIRD_PARTY,
       required=True, validator="nonempty"),
    _q("us_collector_address", "The collector's mailing address (for your letters)",
       target=f"{_COLLECTOR}.address", after="us_collector_name", when=_THIRD_PARTY),
    # Asked instead of the core's debt_purpose and region questions; the answers also go to the
    # case's own debt.purpose and region.
    _q("us_debt_purpose", "What was the debt for?", type="choice", target="facts.debt_purpose",
       after="us_collector_address", replaces="debt_purpose", also=("debt.purpose",),
       choices=(("consumer", {"en": "Personal, family or household use"}),
                ("business", {"en": "A business"})),
       help="The FDCPA covers only debts \"primarily for personal, family, or household "
            "purposes\"."),
    _q("us_state", "Which state do you live in? (e.g. CA or California)",
       target="facts.consumer_state", after="us_debt_purpose", validator="us_state",
       replaces="region", also=("region",),
       help="Some states add their own limits; California and Massachusetts are checked."),
    _q("us_timezone", "Your time zone (e.g. Pacific, Eastern)", target="timezone",
       after="us_state", validator="us_timezone",
       help="Calls before 8 a.m. or after 9 p.m. are judged by the local time where you "
            "live, not by the caller's area code. Pacific, Mountain, Central, Eastern, Alaska "
            "and Hawaii, an abbreviation such as PST, or your state (CA) will do."),
    _q("us_validation_received", "Did you receive a written validation notice (the letter "
       "stating the amount, the creditor and your right to dispute within 30 days)?",
       type="yes_no", target="facts.validation_notice_received", after="debt_disputed"),
    _q("us_validation_date", "The date it arrived (YYYY-MM-DD)", type="date",
       target="facts.validation_notice_received_date", after="us_validation_received",
       when=_NOTICE),
    _q("us_dispute_sent", "Have you disputed the debt in writing?", type="yes_no",
       target="facts.dispute_sent", after="us_validation_date"),
    _q("us_dispute_date", "The date you sent the written dispute (YYYY-MM-DD)", type="date",
       target="facts.dispute_sent_date", after="us_dispute_sent", when=_DISPUTED,
       required=True),
    _q("us_cease_sent", "Have you asked the collector IN WRITING to stop contacting you?",
       type="yes_no", target="facts.cease_notice_sent", after="us_dispute_date",
       help="Only a written request obliges a debt collector to stop; a spoken one does not."),
    _q("us_cease_date", "The date of that written request (YYYY-MM-DD)", type="date",
       target="facts.written_cease_notice_date", after="us_cease_sent", when=_CEASE,
       required=True),
    _q("us_attorney", "Do you have an attorney for this debt, and does the collector know?",
       type="yes_no", target="facts.attorney_represented", after="us_cease_date"),
    _q("us_attorney_date", "Since when has the collector known? (YYYY-MM-DD)", type="date",
       target="facts.attorney_notice_date", after="us_attorney", when=_ATTORNEY),
    _q("us_work_calls_refused", "Did you tell the collector that your employer does not allow "
       "such calls at work?", type="yes_no", target="facts.work_calls_refused",
       after="us_attorney_date"),
    _q("us_work_calls_date", "The date you told them (YYYY-MM-DD)", type="date",
       target="facts.employer_prohibits_contact_date", after="us_work_calls_refused",
       when=_WORK),
]

VALIDATORS = {"us_state": state_answer, "us_timezone": timezone_problem}
