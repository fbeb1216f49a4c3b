"""The place an answer is read for: a jurisdiction's code as its Jurisdiction."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from complaint_kit.model.jurisdiction import Jurisdiction


def resolve_place(place: Jurisdiction | str | None) -> Jurisdiction | None:
    """The Jurisdiction of a code (None when it is not known)."""
    if place is None or not isinstance(place, str):
        return place
    from complaint_kit.plugins.registry import get_registry

    return get_registry().jurisdictions.get(place)
