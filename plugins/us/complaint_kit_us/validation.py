"""Checks only US cases need: the facts the US rules read (``case.facts``).

The facts (all optional; the interview asks for them):

- ``collector_type``: original_creditor, third_party_agency, debt_buyer, law_firm, in_house_FI,
  unlicensed_lender (else read from the respondents); ``debt_purpose``: consumer or business;
- ``consumer_state``: two-letter code (CA and MA have rules of their own);
  ``consumer_is_minor``: a parent then counts as the consumer (12 CFR 1006.6(a));
- ``validation_notice_received`` (bool) and ``validation_notice_received_date``;
  ``first_communication_date`` (else the first contact with the consumer);
- ``dispute_sent_date``, ``verification_received_date``; ``request_validation`` (bool);
- ``written_cease_notice_date`` (sent) and ``written_cease_notice_received_date`` (the return
  receipt); ``attorney_represented`` with ``attorney_notice_date``
  (``attorney_consented``, ``attorney_unresponsive``); ``employer_prohibits_contact_date``;
- ``medium_optout_requests``: [{channel, date, address?}];
  ``inconvenient_time_designations``: [{since, from: "HH:MM", to: "HH:MM"}];
  ``inconvenient_place_designations``: [{since, place}];
- ``time_barred``, ``secured_debt``, ``amount_claimed_is_wrong``, ``unauthorized_fees``,
  ``judgment_entered`` (a court has ruled on the debt: garnishment may then be lawful),
  ``reported_without_dispute_notation``, ``postdated_check_notice_business_days``.

Facts of the core case model the rules also read: ``debt.purpose`` (or ``facts.debt_purpose``),
``debt.demanded`` against ``debt.outstanding``, ``region`` (the state, when
``facts.consumer_state`` is not given), ``debtor_reachable`` (whether the collector could reach
the consumer: then a call asking others where the consumer lives is not a location call), and
per incident ``wording``, ``audience``, ``automated``, ``verified_false`` and
``to.asked_to_stop``.

Incident tags the rules also read (the complainant's own statement): not_connected / busy /
not_in_service (a call that never connected, not counted in 7-in-7), at_work, requested,
no_caller_id, no_mini_miranda, postcard, envelope_debt_language, public_post, unusual_place,
fake_document (a paper dressed as a court's or an agency's came with the message), disclosure
(the contact told someone of the debt), harassment.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from complaint_kit.api import Case, Medium, Problem

from .scope import COLLECTOR_TYPES, DEBT_PURPOSES

STATES = frozenset([
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI"])

DATE_FACTS = ("written_cease_notice_date", "written_cease_notice_received_date",
              "validation_notice_received_date", "dispute_sent_date", "verification_received_date",
              "first_communication_date", "attorney_notice_date",
              "employer_prohibits_contact_date")
BOOL_FACTS = ("attorney_represented", "validation_notice_received", "time_barred",
              "secured_debt", "consumer_is_minor", "request_validation", "judgment_entered",
              "unauthorized_fees")


def state_problem(value: str) -> str | None:
    if str(value).strip().upper() not in STATES:
        return "give the state's two-letter postal code, e.g. CA, NY or TX"
    return None


# Time zones as people name them. The names are the IANA zones the rules judge local time by.
EASTERN, CENTRAL, MOUNTAIN, PACIFIC = ("America/New_York", "America/Chicago", "America/Denver",
                                       "America/Los_Angeles")
ARIZONA, ALASKA, HAWAII = "America/Phoenix", "America/Anchorage", "Pacific/Honolulu"
PLAIN_ZONES = {
    "eastern": EASTERN, "est": EASTERN, "edt": EASTERN, "et": EASTERN,
    "central": CENTRAL, "cst": CENTRAL, "cdt": CENTRAL, "ct": CENTRAL,
    "mountain": MOUNTAIN, "mst": MOUNTAIN, "mdt": MOUNTAIN, "mt": MOUNTAIN,
    "pacific": PACIFIC, "pst": PACIFIC, "pdt": PACIFIC, "pt": PACIFIC,
    "alaska": ALASKA, "akst": ALASKA, "akdt": ALASKA,
    "hawaii": HAWAII, "hst": HAWAII, "arizona": ARIZONA,
}
_ZONE_NAMES = {EASTERN: "Eastern", CENTRAL: "Central", MOUNTAIN: "Mountain", PACIFIC: "Pacific",
               ALASKA: "Alaska", HAWAII: "Hawaii"}
# Each state's zone; a state split between two zones names both, and the user picks one.
STATE_ZONES: dict[str, tuple[str, tuple[str, ...]]] = {
    "AL": ("Alabama", (CENTRAL,)), "AK": ("Alaska", (ALASKA, HAWAII)),
    "AZ": ("Arizona", (ARIZONA,)), "AR": ("Arkansas", (CENTRAL,)),
    "CA": ("California", (PACIFIC,)), "CO": ("Colorado", (MOUNTAIN,)),
    "CT": ("Connecticut", (EASTERN,)), "DE": ("Delaware", (EASTERN,)),
    "DC": ("District of Columbia", (EASTERN,)), "FL": ("Florida", (EASTERN, CENTRAL)),
    "GA": ("Georgia", (EASTERN,)), "HI": ("Hawaii", (HAWAII,)),
    "ID": ("Idaho", (MOUNTAIN, PACIFIC)), "IL": ("Illinois", (CENTRAL,)),
    "IN": ("Indiana", (EASTERN, CENTRAL)), "IA": ("Iowa", (CENTRAL,)),
    "KS": ("Kansas", (CENTRAL, MOUNTAIN)), "KY": ("Kentucky", (EASTERN, CENTRAL)),
    "LA": ("Louisiana", (CENTRAL,)), "ME": ("Maine", (EASTERN,)),
    "MD": ("Maryland", (EASTERN,)), "MA": ("Massachusetts", (EASTERN,)),
    "MI": ("Michigan", (EASTERN, CENTRAL)), "MN": ("Minnesota", (CENTRAL,)),
    "MS": ("Mississippi", (CENTRAL,)), "MO": ("Missouri", (CENTRAL,)),
    "MT": ("Montana", (MOUNTAIN,)), "NE": ("Nebraska", (CENTRAL, MOUNTAIN)),
    "NV": ("Nevada", (PACIFIC,)), "NH": ("New Hampshire", (EASTERN,)),
    "NJ": ("New Jersey", (EASTERN,)), "NM": ("New Mexico", (MOUNTAIN,)),
    "NY": ("New York", (EASTERN,)), "NC": ("North Carolina", (EASTERN,)),
    "ND": ("North Dakota", (CENTRAL, MOUNTAIN)), "OH": ("Ohio", (EASTERN,)),
    "OK": ("Oklahoma", (CENTRAL,)), "OR": ("Oregon", (PACIFIC, MOUNTAIN)),
    "PA": ("Pennsylvania", (EASTERN,)), "RI": ("Rhode Island", (EASTERN,)),
    "SC": ("South Carolina", (EASTERN,)), "SD": ("South Dakota", (CENTRAL, MOUNTAIN)),
    "TN": ("Tennessee", (EASTERN, CENTRAL)), "TX": ("Texas", (CENTRAL, MOUNTAIN)),
    "UT": ("Utah", (MOUNTAIN,)), "VT": ("Vermont", (EASTERN,)),
    "VA": ("Virginia", (EASTERN,)), "WA": ("Washington", (PACIFIC,)),
    "WV": ("West Virginia", (EASTERN,)), "WI": ("Wisconsin", (CENTRAL,)),
    "WY": ("Wyoming", (MOUNTAIN,)), "PR": ("Puerto Rico", ("America/Puerto_Rico",)),
    "VI": ("U.S. Virgin Islands", ("America/St_Thomas",)), "GU": ("Guam", ("Pacific/Guam",)),
    "MP": ("Northern Mariana Islands", ("Pacific/Saipan",)),
    "AS": ("American Samoa", ("Pacific/Pago_Pago",)),
}
_BY_STATE_NAME = {name.replace(".", "").casefold(): code
                  for code, (name, _z) in STATE_ZONES.items()}
_ZONE_HELP = {"en": "Give your time zone by its name (Pacific, Mountain, Central, Eastern, "
                    "Alaska, Hawaii), its abbreviation (PST) or your state (CA).",
              "zh-Hans": "请填写时区名称（Pacific、Mountain、Central、Eastern、Alaska、"
                         "Hawaii）、缩写（如 PST）或所在州（如 CA）。",
              "zh-Hant": "請填寫時區名稱（Pacific、Mountain、Central、Eastern、Alaska、"
                         "Hawaii）、縮寫（如 PST）或所在州（如 CA）。"}


def read_timezone(value: str) -> str | None:
    """The IANA zone of a time zone as typed ("Pacific", "PST", "Pacific Time", "CA",
    "California", "America/Chicago"), or None when it names none or a split state."""
    text = " ".join(str(value).replace(".", "").split())
    if "/" in text:
        try:
            ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder ("America/")
            return None
        return text
    key = text.casefold()
    for tail in (" standard time", " daylight time", " time zone", " time", " zone"):
        key = key.removesuffix(tail)
    if key in PLAIN_ZONES:
        return PLAIN_ZONES[key]
    code = key.upper() if key.upper() in STATE_ZONES else _BY_STATE_NAME.get(key)
    if code is not None and len(STATE_ZONES[code][1]) == 1:
        return STATE_ZONES[code][1][0]
    return None


def state_answer(value: str):
    """The state's code (``Normalised``) from its code or its name ("ca", "California"), or
    why the answer names no state."""
    from complaint_kit.api import Normalised

    key = " ".join(str(value).replace(".", "").split()).casefold()
    code = key.upper() if key.upper() in STATE_ZONES else _BY_STATE_NAME.get(key)
    if code is None:
        return {"en": "give the state's two-letter postal code, e.g. CA, NY or TX",
                "zh-Hans": "请填写州的两个字母代码，例如 CA、NY 或 TX。",
                "zh-Hant": "請填寫州的兩個字母代碼，例如 CA、NY 或 TX。"}
    return Normalised(code)


def timezone_problem(value: str):
    """The zone to store (``Normalised``), or why the answer names none. A state with two
    zones is not guessed: the user is asked which of them."""
    from complaint_kit.api import Normalised

    zone = read_timezone(value)
    if zone is not None:
        return Normalised(zone)
    key = " ".join(str(value).replace(".", "").split()).casefold()
    code = key.upper() if key.upper() in STATE_ZONES else _BY_STATE_NAME.get(key)
    if code is not None:
        name, zones = STATE_ZONES[code]
        both, either = (" or ".join(_ZONE_NAMES[z] for z in zones),
                        " 或 ".join(_ZONE_NAMES[z] for z in zones))
        return {"en": f"{name} has more than one time zone: answer {both}.",
                "zh-Hans": f"{code} 州有不止一个时区，请回答 {either}。",
                "zh-Hant": f"{code} 州有不止一個時區，請回答 {either}。"}
    return _ZONE_HELP


def _is_date(value: object) -> bool:
    if isinstance(value, date | datetime):
        return True
    try:
        date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True


def validate(case: Case) -> list[Problem]:
    facts = case.facts
    return [*_scalar_problems(facts), *_typed_problems(facts), *_optout_problems(facts),
            *_designation_problems(facts)]


def _scalar_problems(facts: dict) -> list[Problem]:
    """The collector type, the debt's purpose and the consumer's state."""
    problems = []
    if "collector_type" in facts and facts["collector_type"] not in COLLECTOR_TYPES:
        problems.append(Problem("facts.collector_type", "use one of "
                                + ", ".join(COLLECTOR_TYPES)))
    if "debt_purpose" in facts and facts["debt_purpose"] not in DEBT_PURPOSES:
        problems.append(Problem("facts.debt_purpose", "use consumer or business"))
    if facts.get("consumer_state") is not None and (
            reason := state_problem(str(facts["consumer_state"]))):
        problems.append(Problem("facts.consumer_state", reason))
    return problems


def _typed_problems(facts: dict) -> list[Problem]:
    """The facts that hold a date or a yes/no."""
    problems = []
    for name in DATE_FACTS:
        if facts.get(name) is not None and not _is_date(facts[name]):
            problems.append(Problem(f"facts.{name}", "a date is needed (YYYY-MM-DD)"))
    for name in BOOL_FACTS:
        if facts.get(name) is not None and not isinstance(facts[name], bool):
            problems.append(Problem(f"facts.{name}", "answer true or false"))
    return problems


def _optout_problems(facts: dict) -> list[Problem]:
    """Each request not to use a medium names the medium and the date."""
    problems = []
    channels = {str(c) for c in Medium}
    for n, req in enumerate(facts.get("medium_optout_requests") or []):
        where = f"facts.medium_optout_requests[{n}]"
        if not isinstance(req, dict) or req.get("channel") not in channels:
            problems.append(Problem(where, "give channel (" + ", ".join(sorted(channels))
                                    + ") and date"))
        elif not _is_date(req.get("date", "")):
            problems.append(Problem(f"{where}.date", "a date is needed (YYYY-MM-DD)"))
    return problems


def _designation_problems(facts: dict) -> list[Problem]:
    """Each inconvenient time or place is given with the date it was designated."""
    problems = []
    for name in ("inconvenient_time_designations", "inconvenient_place_designations"):
        for n, item in enumerate(facts.get(name) or []):
            if not isinstance(item, dict) or not _is_date(item.get("since", "")):
                problems.append(Problem(f"facts.{name}[{n}]", "give since (YYYY-MM-DD) and "
                                        + ("from and to (HH:MM)" if "time" in name
                                           else "place")))
    return problems
