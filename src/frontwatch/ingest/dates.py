"""Dates given as metadata: ISO YYYY-MM-DD, optionally followed by a time."""

from __future__ import annotations

import re
from datetime import date

from frontwatch.errors import InputError

_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$")


def parse_iso_date(value: str, origin: str, field: str) -> date:
    """Return the date of an ISO value, or raise InputError naming the value."""
    match = _ISO.match(value.strip())
    try:
        if match is None:
            raise ValueError
        return date.fromisoformat(match.group(1))
    except ValueError:
        raise InputError(
            origin, f"{field} date {value.strip()!r} does not parse; write it as YYYY-MM-DD"
        ) from None
