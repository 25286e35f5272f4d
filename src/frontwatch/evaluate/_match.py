"""Small matching helpers shared by the scorer: distances, names, dates, greedy one-to-one."""

from __future__ import annotations

import calendar
import math
from collections.abc import Hashable, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

EARTH_RADIUS_KM = 6371.0088

K = TypeVar("K", bound=Hashable)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def point_of(record: dict[str, Any]) -> tuple[float, float] | None:
    """The (latitude, longitude) of an export record, or None when either is missing."""
    lat, lon = record.get("latitude"), record.get("longitude")
    if isinstance(lat, bool) or isinstance(lon, bool):
        return None
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
        return None
    return float(lat), float(lon)


def distance_to(record: dict[str, Any], lat: float | None, lon: float | None) -> float | None:
    """Distance in km from an export record's point to (lat, lon), None when either is unknown."""
    point = point_of(record)
    if point is None or lat is None or lon is None:
        return None
    return haversine_km(point[0], point[1], lat, lon)


def norm(name: Any) -> str:
    """A name folded for comparison: case-folded, whitespace collapsed."""
    return " ".join(str(name).split()).casefold() if name is not None else ""


def names_of(record: dict[str, Any], key: str, aliases_key: str) -> set[str]:
    """The normalised name under `key` plus every alias under `aliases_key`, empties dropped."""
    names = {norm(record.get(key))}
    aliases = record.get(aliases_key)
    if isinstance(aliases, str):
        aliases = [aliases]
    if isinstance(aliases, list):
        names.update(norm(a) for a in aliases)
    names.discard("")
    return names


def any_equal(system_names: set[str], gold_names: Iterable[str]) -> bool:
    """True when one system name equals one gold name, ignoring case."""
    return bool(system_names & {norm(n) for n in gold_names})


def parse_day(value: Any, last: bool) -> date | None:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY; first or last day of the period), else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()[:10]
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            day = calendar.monthrange(year, month)[1] if last else 1
            return date(year, month, day)
        if len(text) == 4:
            return date(int(text), 12, 31) if last else date(int(text), 1, 1)
    except ValueError:
        return None
    return None


def interval_of(record: dict[str, Any]) -> tuple[date, date] | None:
    """A system event's [date_start, date_end]; a missing end takes the other; None if both are."""
    start = parse_day(record.get("date_start"), last=False)
    end = parse_day(record.get("date_end"), last=True)
    if start is None and end is None:
        return None
    start = start or parse_day(record.get("date_end"), last=False)
    end = end or parse_day(record.get("date_start"), last=True)
    assert start is not None and end is not None
    return (start, end) if start <= end else (end, start)


def day_gap(interval: tuple[date, date], day: date) -> int:
    """Days between `day` and the nearest day of `interval` (0 when inside)."""
    start, end = interval
    if day < start:
        return (start - day).days
    if day > end:
        return (day - end).days
    return 0


def greedy_pairs(candidates: Sequence[tuple[K, int, int]]) -> dict[int, int]:
    """One-to-one pairs gold index -> system index from (key, gold, system) candidates, best first."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gold_index, system_index in sorted(candidates, key=lambda c: (c[0], c[1], c[2])):
        if gold_index in pairs or system_index in used:
            continue
        pairs[gold_index] = system_index
        used.add(system_index)
    return pairs
