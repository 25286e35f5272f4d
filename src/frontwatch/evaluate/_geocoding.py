"""Geocoding: how close the system put each gold event and control place to the gold point."""

from __future__ import annotations

import math
from typing import Any

from frontwatch.evaluate._facts import place_names
from frontwatch.evaluate._match import distance_to, names_of, norm
from frontwatch.evaluate.gold import GoldControl, GoldEvent
from frontwatch.evaluate.metrics import GeoShare

NEAR_KM = 25.0
REGION_KM = 161.0


def _nearest_named(
    name: str, lat: float, lon: float, candidates: list[tuple[set[str], dict[str, Any]]]
) -> dict[str, Any] | None:
    """The candidate carrying `name` nearest to (lat, lon); one without a point if none has one."""
    named = [record for names, record in candidates if norm(name) in names]
    if not named:
        return None

    def how_far(record: dict[str, Any]) -> float:
        distance = distance_to(record, lat, lon)
        return math.inf if distance is None else distance

    return min(named, key=how_far)


def geocoding(
    gold_events: list[GoldEvent],
    event_pairs: dict[int, int],
    gold_control: list[GoldControl],
    control_pairs: dict[int, int],
    system_events: list[dict[str, Any]],
    system_control: list[dict[str, Any]],
) -> tuple[GeoShare, list[str]]:
    """Share of gold points placed within 25 / 161 km, and a line per point not within 25 km.

    A gold event is paired with its matched system event, else with the nearest system event
    or control record naming its location; a gold control place with its matched system
    control record, else the nearest one naming the place. Unpaired required points are
    misses; unpaired optional ones are not counted; control entries without lat/lon are skipped.
    """
    event_named = [(names_of(s, "location", "location_aliases"), s) for s in system_events]
    control_named = [(place_names(s), s) for s in system_control]
    items: list[tuple[str, float, float, bool, dict[str, Any] | None]] = []
    for gi, g in enumerate(gold_events):
        paired = system_events[event_pairs[gi]] if gi in event_pairs else None
        paired = paired or _nearest_named(g.location, g.lat, g.lon, event_named + control_named)
        items.append((f"event {g.sub_event_type} @ {g.location}", g.lat, g.lon, g.optional, paired))
    for gi, c in enumerate(gold_control):
        if c.lat is None or c.lon is None:
            continue
        paired = system_control[control_pairs[gi]] if gi in control_pairs else None
        paired = paired or _nearest_named(c.place, c.lat, c.lon, control_named)
        items.append((f"control place {c.place}", c.lat, c.lon, c.optional, paired))

    near = region = total = 0
    misses: list[str] = []
    for label, lat, lon, optional, paired in items:
        if paired is None and optional:
            continue
        total += 1
        distance = distance_to(paired, lat, lon) if paired is not None else None
        near += distance is not None and distance <= NEAR_KM
        region += distance is not None and distance <= REGION_KM
        if paired is None:
            misses.append(f"{label}: no system record matched or named it")
        elif distance is None:
            misses.append(f"{label}: paired system record has no coordinates")
        elif distance > NEAR_KM:
            misses.append(f"{label}: placed {distance:.0f} km from the gold point")
    return GeoShare(near, region, total), misses
