"""Splitting a pasted block of messages into incidents: each starts with its date and time."""

from __future__ import annotations

import re

from complaint_kit.interview.dates import DATETIME, format_datetime, parse_datetime

# "2026-03-01 23:15 10690000000 text…" (the number is optional); other lines continue the text.
MESSAGE_START = re.compile(r"^\s*(?P<time>" + DATETIME + r")\s*(?:(?P<number>\+?\d{3,20})\s+)?"
                           r"(?P<text>.*)$")


def split_messages(block: str, channel: str = "sms") -> list[dict[str, str]]:
    """Incidents (as case data) from pasted text; lines before the first date are ignored."""
    incidents: list[dict[str, str]] = []
    for line in block.splitlines():
        m = MESSAGE_START.match(line)
        if m:
            incident = {"time": format_datetime(parse_datetime(m["time"])), "channel": channel}
            if m["number"]:
                incident["from_number"] = m["number"]
            incident["content"] = m["text"].strip()
            incidents.append(incident)
        elif incidents and line.strip():
            incidents[-1]["content"] = (incidents[-1]["content"] + "\n" + line.strip()).strip()
    return incidents
