"""The case: the one data model that every input produces and every output reads.

It says nothing about any jurisdiction. Values that only one jurisdiction needs live in
``Case.facts`` and are validated by that jurisdiction's plugin.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 1

# Fields that hold personal data: their values are never repeated in an error or a report.
PERSONAL_FIELDS = frozenset({"name", "id_number", "phone", "phones", "number", "from_number",
                             "email", "address", "accounts", "employee_id", "contract_number"})

# The years a case's dates may fall in. Outside them a date is a typo (0226, 9999), and times
# near the ends of what Python can hold overflow when moved to another time zone.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def _plausible_year(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"the year {value.year} cannot be right (a case's dates fall between "
                         f"{FIRST_YEAR} and {LAST_YEAR}): check the date")
    return value


Day = Annotated[date, AfterValidator(_plausible_year)]
Moment = Annotated[datetime, AfterValidator(_plausible_year)]


class _Model(BaseModel):
    # Forbid unknown keys so that a typo in a case file is reported instead of silently ignored.
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True, validate_assignment=True)


class Medium(StrEnum):
    """How a contact reached someone (a call, an SMS...); not a regulator's ``Channel``."""

    call = "call"
    sms = "sms"
    im = "im"  # WeChat, WhatsApp, LINE...
    visit = "visit"
    letter = "letter"
    email = "email"
    social_post = "social_post"
    other = "other"


class Relation(StrEnum):
    """Who was reached, seen from the debtor."""

    debtor = "debtor"
    guarantor = "guarantor"
    spouse = "spouse"
    parent = "parent"
    child = "child"
    sibling = "sibling"
    relative = "relative"
    friend = "friend"
    colleague = "colleague"
    employer = "employer"
    contact = "contact"  # someone in the phone book
    emergency_contact = "emergency_contact"
    public = "public"  # a group chat, a post, a notice on a door
    other = "other"

    @property
    def is_third_party(self) -> bool:
        return self not in (Relation.debtor, Relation.guarantor)


class RespondentRole(StrEnum):
    lender = "lender"
    funder = "funder"  # the bank or company whose money a platform lent
    collection_agency = "collection_agency"
    collector = "collector"
    other = "other"


class InstitutionType(StrEnum):
    """What kind of business a respondent is; routing and rules depend on it."""

    bank = "bank"
    consumer_finance = "consumer_finance"
    small_loan = "small_loan"
    online_platform = "online_platform"
    collection_agency = "collection_agency"
    debt_buyer = "debt_buyer"
    law_firm = "law_firm"
    individual = "individual"
    other = "other"
    unknown = "unknown"


class Wording(StrEnum):
    """Whether an incident's text is the collector's own words or the complainant's account."""

    verbatim = "verbatim"  # copied from the message, a recording or a transcript
    described = "described"  # what the complainant says was said or done


class Audience(StrEnum):
    """Who could see or hear a contact besides the person it reached."""

    private = "private"  # one person: a call, a text, a direct message
    group = "group"  # a group chat, a message sent to several people
    public = "public"  # a post, a notice on a door: anyone could see it


class LoanPurpose(StrEnum):
    consumer = "consumer"  # personal, family or household use
    business = "business"


# Channels whose text is the message itself: without a ``wording``, it is the collector's words.
WRITTEN_CHANNELS = frozenset({"sms", "im", "letter", "email", "social_post"})


class Person(_Model):
    name: str
    id_number: str | None = Field(
        default=None, repr=False, description="National ID number. Never logged."
    )
    phone: str | None = None
    address: str | None = None
    email: str | None = None


class Respondent(_Model):
    id: str = Field(description="Short key that incidents use to name this respondent.")
    role: RespondentRole = RespondentRole.lender
    type: InstitutionType = InstitutionType.unknown
    name: str
    licence: str | None = None
    address: str | None = None
    acting_for: str | None = Field(default=None, description="Id of the respondent it works for.")
    employee_id: str | None = None
    phones: list[str] = Field(default_factory=list, description="Numbers it called or texted from.")
    accounts: list[str] = Field(default_factory=list, description="IM or social accounts it used.")


class Debt(_Model):
    lender: str | None = Field(default=None, description="Id of the lending respondent.")
    product: str | None = None
    contract_number: str | None = None
    currency: str | None = None
    principal: Decimal | None = None
    outstanding: Decimal | None = None
    annual_rate_percent: Decimal | None = None
    start_date: Day | None = None
    due_date: Day | None = None
    status: str | None = None
    disputed: bool = False
    demanded: Decimal | None = Field(default=None, description="The amount the collectors "
                                     "demanded, when it differs from what is owed.")
    purpose: LoanPurpose | None = Field(default=None, description="What the loan was for; "
                                        "unknown when not given.")
    funder: str | None = Field(default=None, description="Id of the respondent whose money "
                               "was lent, when a platform arranged the loan.")
    note: str | None = None


class Target(_Model):
    relation: Relation = Relation.debtor
    name: str | None = None
    number: str | None = None
    asked_to_stop: bool | None = Field(default=None, description="This person had already "
                                       "asked the collectors to stop contacting them.")


class Incident(_Model):
    id: str | None = None
    time: Moment = Field(description="Local time with offset, or naive in the case's time zone.")
    channel: Medium
    respondent: str | None = Field(default=None, description="Id of the respondent responsible.")
    from_number: str | None = None
    to: Target = Field(default_factory=Target)
    content: str = Field(default="", description="The message, or what was said.")
    wording: Wording | None = Field(default=None, description="Whether ``content`` is the "
                                    "collector's own words or the complainant's account. "
                                    "Unknown: written messages count as verbatim, calls and "
                                    "visits as described.")
    audience: Audience | None = Field(default=None, description="Private, in a group or "
                                      "public; unknown when not given.")
    automated: bool | None = Field(default=None, description="A recorded or robot call or "
                                   "message rather than a person.")
    verified_false: str | None = Field(default=None, description="How a claim in this contact "
                                       "was checked and found false (e.g. the court said no "
                                       "case exists).")
    answered: bool | None = None
    duration_seconds: int | None = Field(default=None, ge=0)
    consented: bool = Field(default=False, description="The debtor agreed to this contact time.")
    location: str | None = None
    tags: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list, description="Ids of evidence items.")
    note: str | None = None

    @property
    def verbatim(self) -> bool:
        """Whether the text may be quoted as the collector's words."""
        if self.wording is not None:
            return self.wording == Wording.verbatim
        return str(self.channel) in WRITTEN_CHANNELS


class Evidence(_Model):
    id: str
    file: str | None = None
    description: str
    kind: str | None = None
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-fA-F]{64}$")


class PriorAction(StrEnum):
    complaint = "complaint"
    report = "report"
    police_report = "police_report"
    police_warning = "police_warning"
    police_penalty = "police_penalty"
    lawsuit = "lawsuit"
    other = "other"


class PriorComplaint(_Model):
    date: Day
    kind: PriorAction = PriorAction.complaint
    to: str = Field(description="The body it went to, or a channel id.")
    reference: str | None = None
    outcome: str | None = None


class Harm(_Model):
    description: str | None = None
    mental_health: bool = False
    self_harm: bool = False
    job_loss: bool = False


class InterviewState(_Model):
    version: int
    next_question: str | None = None
    done: bool = False
    lang: str | None = Field(default=None, description="The language the interview was held "
                             "in, which resuming keeps (not the documents' language).")
    documents: list[str] | None = Field(default=None, description="The document kinds chosen "
                                        "last time, which a finished case redrafts.")


class Case(_Model):
    schema_version: int = SCHEMA_VERSION
    id: str | None = Field(default=None, description="The case's reference, used in file names.")
    jurisdiction: str
    language: str | None = Field(default=None, description="Defaults to the jurisdiction's.")
    timezone: str | None = Field(default=None, description="IANA name; defaults to the "
                                 "jurisdiction's. Naive incident times are read in it.")
    complainant: Person
    respondents: list[Respondent] = Field(default_factory=list)
    debt: Debt | None = None
    incidents: list[Incident] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    prior_complaints: list[PriorComplaint] = Field(default_factory=list)
    requests: list[str] = Field(default_factory=list, description="Extra requests, in full.")
    harm: Harm = Field(default_factory=Harm)
    region: str | None = Field(default=None, description="Province, state, city or region, as "
                               "the jurisdiction names them; some regulators are local.")
    debtor_reachable: bool | None = Field(default=None, description="Whether the collectors "
                                          "could reach the debtor directly; unknown when not "
                                          "given.")
    facts: dict[str, Any] = Field(
        default_factory=dict, description="Answers that one jurisdiction's plugin defines."
    )
    signed_on: Day | None = None
    interview: InterviewState | None = None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError, OSError):  # "America": a folder
                raise ValueError(f"unknown time zone {value!r} (use an IANA name such as "
                                 "Asia/Shanghai)") from None
        return value

    @model_validator(mode="after")
    def _localise_and_number(self) -> Case:
        zone = ZoneInfo(self.timezone) if self.timezone else None
        for n, incident in enumerate(self.incidents, 1):
            if incident.time.tzinfo is None and zone is not None:
                incident.time = incident.time.replace(tzinfo=zone)
            if not incident.id:
                incident.id = f"I{n}"
        return self

    # Convenience look-ups used by rules, routing and templates.

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone or "UTC")

    def respondent(self, respondent_id: str | None) -> Respondent | None:
        return next((r for r in self.respondents if r.id == respondent_id), None)

    @property
    def lender(self) -> Respondent | None:
        if self.debt and self.debt.lender:
            return self.respondent(self.debt.lender)
        return next((r for r in self.respondents if r.role == RespondentRole.lender), None)

    def local_time(self, incident: Incident) -> datetime:
        return incident.time.astimezone(self.zone)
