"""US channels, in the order a complainant should use them (law-us.md §2).

Order: the collector (or creditor) itself in writing (10), the CFPB (20), the state attorney
general (30, contact details UNVERIFIED: the channel says to check them), a private lawsuit
(40). An original-creditor case goes to the creditor and the CFPB, not to an FDCPA lawsuit,
unless California's Rosenthal Act reaches it.

The police (kind ``police``) are named only when a finding is urgent: a threat of violence or a
visit announced for today or tonight. The core then puts them first, with the reason. The
reference researches no police channel and no criminal statute, so the channel cites none;
frequent calls, however many, never reach the police.
"""

from __future__ import annotations

from collections.abc import Sequence

from complaint_kit.api import Case, Channel, ChannelKind, Finding

from . import citations as c
from .rules import SCREENS
from .scope import scope

COLLECTOR = "collector"  # a channel kind of this plugin's own: whoever is collecting


def violations(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that are breaches, not the screens (US-SCOPE, US-LIMITATION)."""
    return [f for f in findings if f.rule_id not in SCREENS]


def _creditor_conduct(case: Case, findings: Sequence[Finding]) -> bool:
    """An original-creditor case with conduct that federal law forbids debt collectors."""
    return any(f.rule_id == "US-SCOPE" and f.incidents for f in findings) \
        and scope(case).covered is False


def has_grievance(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(violations(findings)) or _creditor_conduct(case, findings)


def _collector(case: Case, findings: Sequence[Finding]) -> bool:
    return bool(case.respondents) and (has_grievance(case, findings) or bool(
        case.debt and case.debt.disputed))


def _urgent(case: Case, findings: Sequence[Finding]) -> bool:
    return any(f.urgent for f in findings)


def _lawsuit(case: Case, findings: Sequence[Finding]) -> bool:
    fired = {f.rule_id for f in findings}
    return "US-LIMITATION" in fired or "US-CA-ROSENTHAL" in fired


CHANNELS = [
    Channel(
        id="police", jurisdiction="us", name="The police (911 in an emergency)",
        kind=ChannelKind.police, order=5, applies=_urgent, addressee="the police",
        why="A threat of violence, or a visit announced for today or tonight, is a matter for "
            "the police first; the letters to the collector and the CFPB can follow.",
        contact="911 in an emergency; otherwise your local police department's non-emergency "
                "number (not researched: check it)",
        how_to_file=("Call 911 if you are in danger now.",
                     "Otherwise report the threat to your local police and ask for a report "
                     "number."),
        needs=("The threat in the collector's own words (screenshots, recordings), with the "
               "date, time and number it came from.",
               "Who the collector is and whom it works for."),
        deadlines=(),
        sources=(c.SRC_POLICE,),
    ),
    Channel(
        id="collector", jurisdiction="us", name="The debt collector (or the creditor) itself, "
        "in writing", kind=COLLECTOR, order=10, applies=_collector,
        addressee="the collector",
        why="A written letter starts your rights: a dispute within 30 days of the validation "
            "notice stops collection until the debt is verified, and a written request to stop "
            "obliges a debt collector to stop contacting you.",
        contact="The collector's mailing address, from its letters or validation notice",
        how_to_file=("Send the letter by certified mail, return receipt requested, and keep "
                     "copies of everything you send and receive.",),
        needs=("Your name and address, the collector's name and address, and the account or "
               "reference number.",
               "A statement that the letter is not an admission that you owe the debt.",
               "Your demand (stop contacting me; verify the debt; do not call me at work), and "
               "the violations with dates and times."),
        # The caution about a cease letter is no time limit: it is the cease letter's own
        # checklist paragraph (labels checklist.extra.cease-letter).
        deadlines=("Dispute or ask for verification within 30 days of receiving the validation "
                   "notice (15 U.S.C. 1692g(b)).",),
        sources=(c.SRC_LETTERS, c.FDCPA_1692G_B, c.FDCPA_1692C_C),
    ),
    Channel(
        id="cfpb", jurisdiction="us", name="Consumer Financial Protection Bureau (CFPB)",
        kind=ChannelKind.regulator, order=20, applies=has_grievance,
        addressee="Consumer Financial Protection Bureau",
        why="The CFPB takes complaints about debt collection, sends them to the company for a "
            "response and publishes them; it helps in over 180 languages by phone.",
        contact="consumerfinance.gov/complaint; phone (855) 411-CFPB (2372); TTY (855) "
                "729-2372; fax (855) 237-2392; mail: PO Box 4503, Iowa City, IA 52244 "
                "(from older CFPB documents: confirm before use)",
        how_to_file=("Online at consumerfinance.gov/complaint: paste the narrative into the "
                     "\"What happened\" box and upload the harassment log and evidence.",
                     "Or by phone at (855) 411-2372 (TTY (855) 729-2372): numbers from older "
                     "CFPB documents, so confirm them on consumerfinance.gov first."),
        needs=("The company's name; the product (debt collection) and the issue.",
               "A chronological account with dates, times, numbers and callers' names.",
               "What you want the company to do.",
               "Copies of call logs, screenshots, letters and the validation notice."),
        deadlines=("Companies generally respond within 15 days; all but the most complicated "
                   "complaints are closed within 60 days.",
                   "You have 60 days to give feedback on the company's response."),
        sources=(c.SRC_CFPB_CONTACT, c.SRC_CFPB_TIMELINE, c.SRC_CFPB_FORM, c.SRC_CFPB_ISSUES),
    ),
    Channel(
        id="state-ag", jurisdiction="us", name="Your state attorney general (consumer "
        "protection)", kind=ChannelKind.regulator, order=30, applies=has_grievance,
        addressee="Office of the Attorney General, Consumer Protection",
        why="State attorneys general enforce state consumer and debt collection laws, which "
            "may reach creditors and set tighter limits than federal law.",
        contact="Not researched: find your attorney general's consumer complaint form on the "
                "office's official website and check it before filing",
        how_to_file=("Use your attorney general's own complaint form; the CFPB narrative and "
                     "the harassment log can be reused.",),
        needs=("Check the office's own requirements.",),
        deadlines=(),
        sources=(c.SRC_STATE_AG,),
    ),
    Channel(
        id="lawsuit", jurisdiction="us", name="A private lawsuit (consumer attorney)",
        kind=ChannelKind.court, order=40, applies=_lawsuit, addressee="the court",
        why="The FDCPA lets you sue a debt collector for actual damages, additional damages of "
            "up to $1,000, costs and reasonable attorney's fees; California's Rosenthal Act "
            "adds a penalty for willful violations.",
        contact="A consumer attorney or legal aid office",
        how_to_file=("Talk to a consumer attorney soon: the deadline is short.",),
        needs=("The violations with their dates, and the evidence.",),
        deadlines=("Within one year from the date of each violation (15 U.S.C. 1692k(d)); in "
                   "California, one year under the Rosenthal Act (Cal. Civ. Code 1788.30).",),
        sources=(c.FDCPA_1692K, c.FDCPA_1692K_D, c.SRC_CA_SUIT),
    ),
]
