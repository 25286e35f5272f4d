"""Two names a text ties by a stated distance or direction ("X, 40 km east of Y") read together: among the
namesakes of the ambiguous ones, the pair that agrees with the statement."""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.model import GeoPrecision, Place
from frontwatch.resolve.gazetteer import Entry
from frontwatch.resolve.geo_math import angle_between, compass_degrees, haversine_km, initial_bearing
from frontwatch.resolve.geo_rank import Thresholds
from frontwatch.resolve.spatial_checks import StatedRelation


def agrees(subject: Place, reference: Place, stated: StatedRelation, limits: Thresholds) -> bool:
    """True when `subject` lies where the text states it lies from `reference`, within the pair tolerances
    (a stated distance, else the nearness a direction alone implies; the stated octant or a neighbour)."""
    km = haversine_km(reference.latitude, reference.longitude, subject.latitude, subject.longitude)
    if stated.km:
        held = abs(km - stated.km) <= max(limits.pair_km_share * stated.km, limits.pair_km_floor)
    else:
        held = km <= (stated.within_km or limits.pair_near_km)
    if stated.compass:
        bearing = initial_bearing(reference.latitude, reference.longitude, subject.latitude, subject.longitude)
        held = held and angle_between(bearing, compass_degrees(stated.compass)) <= limits.pair_bearing_deg
    return held


def agreeing_pair(
    subjects: Sequence[Entry], references: Sequence[Entry], chosen: tuple[Entry, Entry], stated: StatedRelation,
    limits: Thresholds,
) -> tuple[Entry, Entry] | None:
    """The (subject, reference) candidates that agree with the statement, when the chosen pair does not:
    a name with one candidate keeps it (a wrong statement about unambiguous places stays a finding); the pair
    that keeps more of the chosen countries wins, then one of towns rather than areas, then one within one
    country (a pair may straddle a border), then the more populous; None when the chosen pair agrees or no
    pair does. An area agrees with a direction only: a distance is told between points, and an area's point (the
    middle of its land) agreeing with one does so by chance."""
    if agrees(chosen[0].place, chosen[1].place, stated, limits):
        return None
    xs = subjects if len(subjects) > 1 else [chosen[0]]
    ys = references if len(references) > 1 else [chosen[1]]
    pairs = [((x.country_code != chosen[0].country_code) + (y.country_code != chosen[1].country_code), _areas(x, y),
              x.country_code != y.country_code, -(x.place.population or 0) - (y.place.population or 0), x.id + y.id,
              x, y) for x in xs for y in ys
             if agrees(x.place, y.place, stated, limits) and not (stated.km and _areas(x, y))]
    if not pairs:
        return None
    *_, x, y = min(pairs, key=lambda p: p[:5])
    return x, y


def _areas(*entries: Entry) -> int:
    """How many of the entries are areas, not points (a distance is told between towns)."""
    return sum(e.place.precision == GeoPrecision.REGION for e in entries)
