"""Read and validate gold files (JSON Lines, one annotated report a line; see eval/FORMAT.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from frontwatch.errors import GoldFormatError
from frontwatch.evaluate.taxonomy import (
    CERTAINTIES,
    CHECK_KINDS,
    CONTROL_STATUSES,
    SUB_EVENT_TO_EVENT_TYPE,
)


@dataclass(frozen=True)
class GoldEvent:
    """One gold ACLED-style event; actor fields are lists of acceptable names, canonical first."""

    event_type: str
    sub_event_type: str
    actor1: list[str]
    location: str
    lat: float
    lon: float
    date: date
    date_window_days: int
    certainty: str
    actor2: list[str] = field(default_factory=list)
    assoc_actor_1: list[str] = field(default_factory=list)
    country: str | None = None
    fatalities: int | None = None
    claim_source: str | None = None
    evidence: str = ""
    optional: bool = False


@dataclass(frozen=True)
class GoldControl:
    """Who holds (or threatens, or lost) a place; lat/lon are None for areas such as a country."""

    actor: list[str]
    place: str
    status: str
    as_of: date | None = None
    lat: float | None = None
    lon: float | None = None
    certainty: str | None = None
    near: str | None = None
    note: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldQuantity:
    """A number the report gives; None for low/high means open-ended on that side."""

    what: str
    low: float | None
    high: float | None
    actor: list[str] | None = None
    place: str | None = None
    certainty: str | None = None
    claim_source: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldCheck:
    """A statement a gazetteer can confirm or refute (direction, distance, population)."""

    kind: str
    place: str
    relative_to: str | None = None
    claim: str = ""
    truth: str = ""


@dataclass(frozen=True)
class GoldRecord:
    """One annotated report with everything a reader learns from it."""

    id: str
    published: date
    source: str
    title: str
    text: str
    events: list[GoldEvent]
    control: list[GoldControl]
    quantities: list[GoldQuantity]
    checks: list[GoldCheck]


class _Problem(Exception):
    """A format problem inside one line; load_gold adds file and line."""


def load_gold(path: Path) -> list[GoldRecord]:
    """Read a gold JSON Lines file, raising GoldFormatError (file, line, problem) on any defect."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read gold file: {exc}") from exc
    records: list[GoldRecord] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _Problem(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
            record = _record(raw)
            if record.id in seen:
                raise _Problem(f"duplicate id {record.id!r} (first on line {seen[record.id]})")
        except _Problem as exc:
            raise GoldFormatError(f"{path}, line {number}: {exc}") from exc
        seen[record.id] = number
        records.append(record)
    return records


def _record(raw: Any) -> GoldRecord:
    r = _Reader(raw, "record")
    return GoldRecord(
        id=r.text("id"),
        published=r.day("published"),
        source=r.text("source", allow_empty=True),
        title=r.text("title", allow_empty=True),
        text=r.text("text"),
        events=[_event(item, f"events[{i}]") for i, item in enumerate(r.items("events"))],
        control=[_control(item, f"control[{i}]") for i, item in enumerate(r.items("control"))],
        quantities=[
            _quantity(item, f"quantities[{i}]") for i, item in enumerate(r.items("quantities"))
        ],
        checks=[_check(item, f"checks[{i}]") for i, item in enumerate(r.items("checks"))],
    )


def _event(raw: Any, where: str) -> GoldEvent:
    r = _Reader(raw, where)
    event_type, sub_event_type = r.text("event_type"), r.text("sub_event_type")
    expected = SUB_EVENT_TO_EVENT_TYPE.get(sub_event_type)
    if expected is None:
        raise _Problem(f"{where}: unknown ACLED sub_event_type {sub_event_type!r}")
    if expected != event_type:
        raise _Problem(
            f"{where}: sub_event_type {sub_event_type!r} belongs to {expected!r}, "
            f"not {event_type!r}"
        )
    lat, lon = r.point(required=True)
    window = r.integer("date_window_days")
    if window is None or window < 0:
        raise _Problem(f"{where}: 'date_window_days' must be an integer >= 0")
    return GoldEvent(
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=r.names("actor1"),
        location=r.text("location"),
        lat=lat,  # type: ignore[arg-type]
        lon=lon,  # type: ignore[arg-type]
        date=r.day("date"),
        date_window_days=window,
        certainty=r.choice("certainty", CERTAINTIES),  # type: ignore[arg-type]
        actor2=r.names("actor2", required=False),
        assoc_actor_1=r.names("assoc_actor_1", required=False),
        country=r.optional_text("country"),
        fatalities=r.integer("fatalities", required=False),
        claim_source=r.optional_text("claim_source"),
        evidence=r.optional_text("evidence") or "",
        optional=r.flag("optional"),
    )


def _control(raw: Any, where: str) -> GoldControl:
    r = _Reader(raw, where)
    lat, lon = r.point(required=False)
    as_of = r.day("as_of") if r.has("as_of") else None
    return GoldControl(
        actor=r.names("actor"),
        place=r.text("place"),
        status=r.choice("status", CONTROL_STATUSES),  # type: ignore[arg-type]
        as_of=as_of,
        lat=lat,
        lon=lon,
        certainty=r.choice("certainty", CERTAINTIES, required=False),
        near=r.optional_text("near"),
        note=r.optional_text("note"),
        optional=r.flag("optional"),
    )


def _quantity(raw: Any, where: str) -> GoldQuantity:
    r = _Reader(raw, where)
    low, high = r.number("low"), r.number("high")
    if low is not None and high is not None and low > high:
        raise _Problem(f"{where}: 'low' {low} is greater than 'high' {high}")
    actor = r.names("actor", required=False) if raw.get("actor") is not None else None
    return GoldQuantity(
        what=r.text("what"),
        low=low,
        high=high,
        actor=actor,
        place=r.optional_text("place"),
        certainty=r.choice("certainty", CERTAINTIES, required=False),
        claim_source=r.optional_text("claim_source"),
        optional=r.flag("optional"),
    )


def _check(raw: Any, where: str) -> GoldCheck:
    r = _Reader(raw, where)
    return GoldCheck(
        kind=r.choice("kind", CHECK_KINDS),  # type: ignore[arg-type]
        place=r.text("place"),
        relative_to=r.optional_text("relative_to"),
        claim=r.optional_text("claim") or "",
        truth=r.optional_text("truth") or "",
    )


class _Reader:
    """Typed access to the keys of one JSON object, raising _Problem with its location."""

    def __init__(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise _Problem(f"{where}: expected a JSON object, got {type(raw).__name__}")
        self.raw, self.where = raw, where

    def has(self, key: str) -> bool:
        return self.raw.get(key) is not None

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.raw:
            if required:
                raise _Problem(f"{self.where}: missing required key {key!r}")
            return None
        return self.raw[key]

    def _bad(self, key: str, wanted: str) -> _Problem:
        return _Problem(f"{self.where}: {key!r} must be {wanted}, got {self.raw.get(key)!r}")

    def text(self, key: str, allow_empty: bool = False) -> str:
        value = self._get(key, required=True)
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            raise self._bad(key, "a non-empty string" if not allow_empty else "a string")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, required=False)
        if value is not None and not isinstance(value, str):
            raise self._bad(key, "a string or null")
        return value

    def names(self, key: str, required: bool = True) -> list[str]:
        value = self._get(key, required=required)
        if value is None and not required:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self._bad(key, "a list of names")
        if required and not value:
            raise self._bad(key, "a non-empty list of names")
        return list(value)

    def day(self, key: str) -> date:
        value = self._get(key, required=True)
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise self._bad(key, "a date YYYY-MM-DD") from None

    def integer(self, key: str, required: bool = True) -> int | None:
        value = self._get(key, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._bad(key, "an integer or null")
        return value

    def number(self, key: str) -> float | None:
        value = self._get(key, required=True)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self._bad(key, "a number or null")
        return value

    def point(self, required: bool) -> tuple[float | None, float | None]:
        lat = self._coordinate("lat", 90.0, required)
        lon = self._coordinate("lon", 180.0, required)
        if (lat is None) != (lon is None):
            raise _Problem(f"{self.where}: 'lat' and 'lon' must both be given or both be absent")
        return lat, lon

    def _coordinate(self, key: str, limit: float, required: bool) -> float | None:
        value = self._get(key, required=required)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or abs(value) > limit:
            raise self._bad(key, f"a number between -{limit:g} and {limit:g}")
        return float(value)

    def choice(self, key: str, allowed: frozenset[str], required: bool = True) -> str | None:
        value = self._get(key, required=required)
        if value is None and not required:
            return None
        if value not in allowed:
            raise self._bad(key, "one of " + ", ".join(sorted(allowed)))
        return value

    def flag(self, key: str) -> bool:
        value = self._get(key, required=False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self._bad(key, "true or false")
        return value

    def items(self, key: str) -> list[Any]:
        value = self._get(key, required=True)
        if not isinstance(value, list):
            raise self._bad(key, "a list")
        return value
