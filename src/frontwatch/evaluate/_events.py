"""Event matching (type, place within 50 km, date window) and argument checks on matches."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from frontwatch.evaluate._match import (
    any_equal,
    day_gap,
    distance_to,
    greedy_pairs,
    interval_of,
    names_of,
    norm,
)
from frontwatch.evaluate.gold import GoldEvent
from frontwatch.evaluate.metrics import PRF, Share

EVENT_RADIUS_KM = 50.0

#: What must agree besides place and date: the sub-event type, the event type, or nothing.
MODES = ("sub_event_type", "event_type", "place_date")


def _type_agrees(gold: GoldEvent, system: dict[str, Any], mode: str) -> bool:
    if mode == "place_date":
        return True
    wanted = gold.sub_event_type if mode == "sub_event_type" else gold.event_type
    return norm(system.get(mode)) == norm(wanted)


def _place_and_date(gold: GoldEvent, system: dict[str, Any]) -> tuple[float, int] | None:
    """(distance km, day gap to the gold date) when in place and time, else None."""
    distance = distance_to(system, gold.lat, gold.lon)
    interval = interval_of(system)
    if distance is None or distance > EVENT_RADIUS_KM or interval is None:
        return None
    window = timedelta(days=gold.date_window_days)
    if interval[0] > gold.date + window or interval[1] < gold.date - window:
        return None
    return distance, day_gap(interval, gold.date)


def match_events(gold: list[GoldEvent], system: list[dict[str, Any]], mode: str) -> dict[int, int]:
    """One-to-one gold -> system event pairs: nearest, then closest date, then required first."""
    if mode not in MODES:
        raise ValueError(f"unknown event matching mode {mode!r}; expected one of {MODES}")
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if not _type_agrees(g, s, mode):
                continue
            fit = _place_and_date(g, s)
            if fit is not None:
                candidates.append(((round(fit[0], 3), fit[1], g.optional), gi, si))
    return greedy_pairs(candidates)


def pairs_prf(optional: list[bool], system_count: int, pairs: dict[int, int]) -> PRF:
    """PRF counts from pairs: optional gold items earn nothing and their matches cost nothing."""
    matched_optional = sum(1 for gi in pairs if optional[gi])
    return PRF(
        matched=len(pairs) - matched_optional,
        system=system_count - matched_optional,
        gold=sum(1 for o in optional if not o),
    )


def argument_shares(
    gold: list[GoldEvent], system: list[dict[str, Any]], pairs: dict[int, int]
) -> tuple[Share, Share, Share, list[str]]:
    """actor1, certainty and fatalities correctness over all matched pairs, with error lines."""
    actor1 = certainty = fatalities = 0
    errors: list[str] = []
    for gi, si in sorted(pairs.items()):
        g, s = gold[gi], system[si]
        where = f"{g.sub_event_type} @ {g.location} {g.date}"
        if any_equal(names_of(s, "actor1", "actor1_aliases"), g.actor1):
            actor1 += 1
        else:
            errors.append(f"{where}: actor1 {s.get('actor1')!r} is none of {g.actor1}")
        if norm(s.get("certainty")) == norm(g.certainty):
            certainty += 1
        else:
            errors.append(f"{where}: certainty {s.get('certainty')!r}, gold {g.certainty!r}")
        if s.get("fatalities") == g.fatalities:
            fatalities += 1
        else:
            errors.append(f"{where}: fatalities {s.get('fatalities')!r}, gold {g.fatalities!r}")
    n = len(pairs)
    return Share(actor1, n), Share(certainty, n), Share(fatalities, n), errors


def describe_gold(g: GoldEvent) -> str:
    """A one-line description of a gold event."""
    flag = " (optional)" if g.optional else ""
    return (
        f"{g.sub_event_type} @ {g.location} ({g.lat:.2f}, {g.lon:.2f}) "
        f"{g.date}±{g.date_window_days}d, actor1 {g.actor1[0]}{flag}"
    )


def describe_system(s: dict[str, Any]) -> str:
    """A one-line description of a system event record."""
    lat, lon = s.get("latitude"), s.get("longitude")
    point = f"({lat:.2f}, {lon:.2f})" if isinstance(lat, (int, float)) and isinstance(
        lon, (int, float)
    ) else "(no point)"
    return (
        f"{s.get('sub_event_type')} @ {s.get('location')} {point} "
        f"{s.get('date_start')}..{s.get('date_end')}, actor1 {s.get('actor1')}"
    )


def why_unmatched(g: GoldEvent, system: list[dict[str, Any]]) -> str:
    """Why no system event matched a gold event: the nearest one of the same sub-event type."""
    same_type = [s for s in system if _type_agrees(g, s, "sub_event_type")]
    if not same_type:
        return "no system event of this sub-event type"
    best: tuple[float, str] | None = None
    for s in same_type:
        distance = distance_to(s, g.lat, g.lon)
        if distance is None:
            continue
        interval = interval_of(s)
        if interval is None:
            note = "no date"
        else:
            gap = day_gap(interval, g.date) - g.date_window_days
            note = "date in window" if gap <= 0 else f"{gap} days outside the window"
        if distance <= EVENT_RADIUS_KM and note == "date in window":
            note += ", taken by another gold event"
        if best is None or distance < best[0]:
            best = (distance, f"nearest of this type {distance:.0f} km away, {note}")
    return best[1] if best else "system events of this type have no coordinates"
