"""Phone numbers as typed: separators removed, checked against the place's numbering plan."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from complaint_kit.interview.answer_error import AnswerError
from complaint_kit.interview.place import resolve_place

if TYPE_CHECKING:
    from complaint_kit.model.jurisdiction import Jurisdiction


def phone_region(place: Jurisdiction | str | None) -> str | None:
    """The ISO region whose numbering plan a place's phone numbers follow ("CN")."""
    return getattr(resolve_place(place), "phone_region", None)


def parse_phone(text: str, region: str | None = None, *, service: bool = False) -> str:
    """The number with its separators removed. With ``region``, a number must be a complete,
    valid one there (or a valid international one, ``+…``), checked with phonenumbers;
    ``service`` also lets through the short and service numbers collectors send from (106…,
    95588), which no numbering plan lists."""
    value = re.sub(r"[\s\-().]", "", unicodedata.normalize("NFKC", text))
    if not re.fullmatch(r"\+?\d{3,20}", value):
        raise AnswerError("Enter a phone number using digits only (3 to 20), e.g. 13800000000.")
    if region is None or service:
        return value
    import phonenumbers

    try:
        valid = phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        valid = False
    if not valid:
        example = phonenumbers.example_number_for_type(region,
                                                       phonenumbers.PhoneNumberType.MOBILE)
        shown = example and phonenumbers.format_number(example,
                                                       phonenumbers.PhoneNumberFormat.NATIONAL)
        raise AnswerError("That is not a complete phone number here; check the digits "
                          "(e.g. {example}).", example=shown or "")
    return value
