"""Matching of control statements and quantities, and the search for gazetteer-check findings."""

from __future__ import annotations

import math
from typing import Any

from frontwatch.evaluate._match import any_equal, distance_to, greedy_pairs, names_of, norm
from frontwatch.evaluate._words import word_overlap, words_agree
from frontwatch.evaluate.gold import GoldCheck, GoldControl, GoldQuantity

CONTROL_RADIUS_KM = 25.0


def place_names(record: dict[str, Any]) -> set[str]:
    """A control record's place name and its `place_aliases`, folded."""
    return names_of(record, "place", "place_aliases")


def match_control(gold: list[GoldControl], system: list[dict[str, Any]]) -> dict[int, int]:
    """One-to-one gold -> system control pairs: same status and actor, place by name or 25 km."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if norm(s.get("status")) != norm(g.status):
                continue
            if not any_equal(names_of(s, "actor", "actor_aliases"), g.actor):
                continue
            by_name = norm(g.place) in place_names(s)
            distance = distance_to(s, g.lat, g.lon)
            near = distance is not None and distance <= CONTROL_RADIUS_KM
            if by_name or near:
                key = (0 if by_name else 1, round(distance or 0.0, 3), g.optional)
                candidates.append((key, gi, si))
    return greedy_pairs(candidates)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _bounds(low: Any, high: Any) -> tuple[float, float]:
    lo, hi = _number(low), _number(high)
    return (-math.inf if lo is None else lo, math.inf if hi is None else hi)


def ranges_overlap(gold: GoldQuantity, system: dict[str, Any]) -> bool:
    """True when [low, high] ranges overlap, a null bound being open-ended on its side."""
    g_low, g_high = _bounds(gold.low, gold.high)
    s_low, s_high = _bounds(system.get("low"), system.get("high"))
    return max(g_low, s_low) <= min(g_high, s_high)


def _bound_gap(a: float | None, b: float | None) -> float:
    if a is None and b is None:
        return 0.0
    if a is None or b is None:
        return 1.0
    return abs(math.log10(1 + abs(a)) - math.log10(1 + abs(b)))


def range_mismatch(gold: GoldQuantity, system: dict[str, Any]) -> float:
    """How far apart two ranges' bounds are: 0 if identical, orders of magnitude, 1 per open side."""
    return _bound_gap(gold.low, _number(system.get("low"))) + _bound_gap(
        gold.high, _number(system.get("high"))
    )


def match_quantities(gold: list[GoldQuantity], system: list[dict[str, Any]]) -> dict[int, int]:
    """One-to-one gold -> system quantity pairs, words agreeing and ranges overlapping."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            what = s.get("what")
            if not isinstance(what, str) or not words_agree(g.what, what):
                continue
            if ranges_overlap(g, s):
                key = (round(range_mismatch(g, s), 6), -word_overlap(g.what, what), g.optional)
                candidates.append((key, gi, si))
    return greedy_pairs(candidates)


def _names_place(finding: dict[str, Any], place: str) -> bool:
    wanted = norm(place)
    texts = [finding.get("detail"), finding.get("place")]
    places = finding.get("places")
    if isinstance(places, list):
        texts.extend(places)
    return any(isinstance(t, str) and wanted in norm(t) for t in texts)


def check_found(check: GoldCheck, findings: list[dict[str, Any]]) -> bool:
    """True when a finding of the check's kind names the check's place in its detail or place."""
    return any(
        norm(f.get("what")) == norm(check.kind) and _names_place(f, check.place) for f in findings
    )


def describe_control(c: GoldControl | dict[str, Any]) -> str:
    """A one-line description of a gold or system control statement."""
    if isinstance(c, GoldControl):
        flag = " (optional)" if c.optional else ""
        return f"{c.actor[0]} {c.status} {c.place} as of {c.as_of}{flag}"
    return f"{c.get('actor')} {c.get('status')} {c.get('place')} as of {c.get('as_of')}"


def describe_quantity(q: GoldQuantity | dict[str, Any]) -> str:
    """A one-line description of a gold or system quantity."""
    if isinstance(q, GoldQuantity):
        flag = " (optional)" if q.optional else ""
        return f"{q.what!r} {_range(q.low, q.high)}{_at(q.place)}{flag}"
    return f"{q.get('what')!r} {_range(q.get('low'), q.get('high'))}{_at(q.get('place'))}"


def _at(place: Any) -> str:
    return f" at {place}" if place else ""


def _range(low: Any, high: Any) -> str:
    return f"[{'…' if low is None else low}, {'…' if high is None else high}]"
