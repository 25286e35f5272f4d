"""Control as areas on a date: cells around held places, clipped to their country, front lines where holders meet.

From the control timeline (frontwatch.fuse.control), the intervals that hold on the day
become areas: each held place gets a disc whose radius grows with its population, cut by
the Voronoi cell of the place among all places held that day (so neighbouring holders
share an edge instead of overlapping) and clipped to the country the place lies in (so no
area spills over a border or into the sea). Where two cells of different actors touch,
their shared edge is a front line.

A claim ages: its strength is 1 on the day of its latest evidence and falls linearly to
`FADE_FLOOR` at `fade_days`; after that, without fresh evidence, the area is gone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shapely
from shapely import affinity
from shapely.geometry import Point, mapping
from shapely.geometry.base import BaseGeometry
from shapely.ops import voronoi_diagram

from frontwatch.fuse.control import ControlInterval
from frontwatch.language import parse_yaml
from frontwatch.mapdata.basemap import Basemap

PALETTE_FILE = Path(__file__).resolve().parents[1] / "data" / "map_palette.yaml"
STATUS_RANK = {"controls": 0, "partial": 1, "contested": 2, "threatened": 3}
FADE_FLOOR = 0.25
KM_PER_DEGREE = 111.32


@dataclass(frozen=True)
class Palette:
    """Colours of the map: one per event type, and the actor colours (chosen apart from them)."""

    event_types: dict[str, str]
    actors: tuple[str, ...]

    def actor_colours(self, actors: list[str]) -> dict[str, str]:
        """A colour for each actor, in order of the sorted names (the same actor keeps its colour in a view)."""
        return {name: self.actors[i % len(self.actors)] for i, name in enumerate(sorted(set(actors)))}


def load_palette(path: Path = PALETTE_FILE) -> Palette:
    """The map palette from its YAML file (event_types: {type: colour}, actors: [colour, ...])."""
    raw = parse_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not raw.get("event_types") or not raw.get("actors"):
        raise ValueError(f"{path}: needs event_types (a mapping) and actors (a list of colours)")
    return Palette(dict(raw["event_types"]), tuple(raw["actors"]))


REGION_KM = 60.0


def radius_km(population: int | None, feature: str = "populated place") -> float:
    """How far a held place's area reaches: 4 km for a facility or village, up to 35 km for a city, 60 for a region."""
    if feature in {"region", "district", "country"}:
        return REGION_KM
    if not population:
        return 4.0
    return max(4.0, min(35.0, 3.0 + 2.2 * math.sqrt(population / 10_000)))


def _disc(longitude: float, latitude: float, km: float) -> BaseGeometry:
    unit = Point(longitude, latitude).buffer(1.0, 24)
    return affinity.scale(unit, xfact=km / (KM_PER_DEGREE * max(0.05, math.cos(math.radians(latitude)))),
                          yfact=km / KM_PER_DEGREE)


def strength(interval: ControlInterval, day: date, fade_days: int) -> float:
    """1.0 on the day of the latest evidence up to `day`, fading to FADE_FLOOR at `fade_days`; 0 when stale."""
    seen = [e.observed for e in interval.evidence if e.observed <= day] or [interval.start]
    age = (day - max(seen)).days
    if age > fade_days:
        return 0.0
    return 1.0 - (1.0 - FADE_FLOOR) * age / max(1, fade_days)


def _holders(intervals: list[ControlInterval], day: date, fade_days: int) -> dict[tuple, list]:
    """Per place point, the intervals alive on a day with their strength, strongest status first."""
    by_place: dict[tuple, list] = {}
    for interval in intervals:
        place = interval.place
        if place.latitude is None or place.longitude is None or interval.status not in STATUS_RANK:
            continue
        if not interval.holds_on(day):
            continue
        power = strength(interval, day, fade_days)
        if power <= 0:
            continue
        key = (round(place.longitude, 5), round(place.latitude, 5))
        by_place.setdefault(key, []).append((interval, power))
    for items in by_place.values():
        items.sort(key=lambda item: (item[0].basis == "claimed", STATUS_RANK[item[0].status], -item[1]))
    return by_place


def _cells(points: list[tuple[float, float]]) -> list[BaseGeometry]:
    """The Voronoi cell of each point (a whole-world box for a single point)."""
    world = shapely.box(-180, -90, 180, 90)
    if len(points) == 1:
        return [world]
    diagram = voronoi_diagram(shapely.MultiPoint(points), envelope=world)
    cells = list(diagram.geoms)
    out = []
    for x, y in points:
        point = Point(x, y)
        out.append(next((c for c in cells if c.covers(point)), world))
    return out


def control_areas(intervals: list[ControlInterval], day: date, basemap: Basemap, palette: Palette,
                  fade_days: int) -> dict:
    """Areas held, contested or claimed on a day, front lines between holders, and the actor legend (GeoJSON)."""
    holders = _holders(intervals, day, fade_days)
    points = list(holders)
    areas: list[tuple[str, BaseGeometry, dict]] = []
    colours = palette.actor_colours([items[0][0].actor for items in holders.values()])
    for (lon, lat), cell in zip(points, _cells(points), strict=True):
        interval, power = holders[(lon, lat)][0]
        area = _disc(lon, lat, radius_km(interval.place.population, interval.place.feature)).intersection(cell)
        country = basemap.country_at(lon, lat)
        if country is not None:
            area = area.intersection(country.geometry)
        if area.is_empty:
            continue
        last = max((e.observed for e in interval.evidence if e.observed <= day), default=interval.start)
        props = {
            "kind": "area", "place": interval.place.name, "actor": interval.actor, "status": interval.status,
            "basis": interval.basis, "certainty": interval.certainty, "since": interval.start.isoformat(),
            "last_evidence": last.isoformat(), "strength": round(power, 3), "colour": colours[interval.actor],
            "evidence": [e.fact_id for e in interval.evidence],
            "others": [{"actor": i.actor, "status": i.status, "basis": i.basis} for i, _ in holders[(lon, lat)][1:]],
        }
        areas.append((interval.actor, area, props))
    features = [{"type": "Feature", "properties": props, "geometry": mapping(area)} for _, area, props in areas]
    for i, (actor_a, area_a, props_a) in enumerate(areas):
        for actor_b, area_b, props_b in areas[i + 1:]:
            if actor_a == actor_b or "claimed" in (props_a["basis"], props_b["basis"]):
                continue
            if not area_a.envelope.intersects(area_b.envelope):
                continue
            edge = area_a.boundary.intersection(area_b.boundary)
            if edge.is_empty or edge.length == 0:
                continue
            features.append({"type": "Feature", "geometry": mapping(edge), "properties": {
                "kind": "front", "between": sorted([actor_a, actor_b]),
                "places": sorted([props_a["place"], props_b["place"]])}})
    legend = [{"actor": name, "colour": colour} for name, colour in sorted(colours.items())]
    return {"type": "FeatureCollection", "date": day.isoformat(), "fade_days": fade_days,
            "features": features, "actors": legend}
