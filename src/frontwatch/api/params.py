"""Query parameters shared by routers, validated so bad input gives 422 (never 500)."""

from __future__ import annotations

import math
import re
from datetime import date
from enum import StrEnum
from typing import Annotated

import orjson
from fastapi import HTTPException, Query
from fastapi.responses import Response
from pydantic import BeforeValidator

from frontwatch.api.deps import MAX_LIMIT

ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FACT_ID = re.compile(r"^(ev|ct|qt|fd)-([0-9]{1,12})$")
_NUMBER = r"-?[0-9]+(\.[0-9]+)?"
BBOX_PATTERN = rf"^{_NUMBER},{_NUMBER},{_NUMBER},{_NUMBER}$"


class CertaintyName(StrEnum):
    """A fact's certainty."""

    confirmed = "confirmed"
    reported = "reported"
    claimed = "claimed"


def _iso_day(value: object) -> object:
    """Only YYYY-MM-DD is a day (pydantic alone would read "0" as 1970-01-01)."""
    if isinstance(value, str) and ISO_DAY.fullmatch(value) is None:
        raise ValueError("a day is written YYYY-MM-DD")
    if isinstance(value, int | float):
        raise ValueError("a day is written YYYY-MM-DD, not as a number")
    return value


Day = Annotated[date, BeforeValidator(_iso_day)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"At most this many (max {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Skip this many first.")]
Text = Annotated[str | None, Query(max_length=300)]


class JSONBytes(Response):
    """A JSON response of plain JSON types, encoded by orjson (several times faster than the json module)."""

    media_type = "application/json"

    def render(self, content: object) -> bytes:
        """The content as UTF-8 JSON bytes."""
        return orjson.dumps(content)


def unprocessable(problem: str) -> HTTPException:
    """A 422 for a value that passed type checks but makes no sense."""
    return HTTPException(422, problem)


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    """west,south,east,north in degrees; 422 when malformed or out of range."""
    if raw is None:
        return None
    try:
        west, south, east, north = (float(part) for part in raw.split(","))
    except ValueError:
        raise unprocessable("bbox must be four numbers: west,south,east,north") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise unprocessable("bbox numbers must be finite")
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise unprocessable("bbox must satisfy -180 <= west <= east <= 180 and -90 <= south <= north <= 90")
    return west, south, east, north


def check_dates(date_from: date | None, date_to: date | None) -> None:
    """422 when a date range ends before it starts."""
    if date_from and date_to and date_to < date_from:
        raise unprocessable("date_to is before date_from")


def clean(text: str | None) -> str | None:
    """A text filter without NUL characters (databases refuse them), or None when empty."""
    if text is None:
        return None
    text = text.replace("\x00", "").strip()
    return text or None
