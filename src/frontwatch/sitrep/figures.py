"""The pictures of a situation report: a map inset of the area and charts of the period, as data.

Kept apart from drawing (frontwatch.sitrep.svg) so the HTML page and the PDF show the same
figures: events of the period by type per day (or per week over long periods), their
fatalities, and an inset with the countries around, control areas on the report's day and
the period's events.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from frontwatch.mapdata.basemap import Basemap
from frontwatch.mapdata.control_areas import Palette, control_areas
from frontwatch.sitrep.area import Area

DAILY_UP_TO_DAYS = 62
INSET_ZOOM = 7
INSET_ASPECT = 640 / 420


@dataclass(frozen=True)
class EventDot:
    """One fused event of the period on the inset."""

    latitude: float
    longitude: float
    event_type: str
    fatalities: int


@dataclass
class Figures:
    """What the report draws: bucketed counts per event type, the inset's extent and layers, the palette."""

    buckets: list[str]
    bucket_days: int
    events: dict[str, list[int]]
    fatalities: dict[str, list[int]]
    extent: tuple[float, float, float, float] | None
    countries: dict
    rivers: dict
    control: dict
    dots: list[EventDot] = field(default_factory=list)
    palette: dict[str, str] = field(default_factory=dict)
    labels: list[dict] = field(default_factory=list)


def _series(fused, since: date, as_of: date) -> tuple[list[str], int, dict[str, list[int]], dict[str, list[int]]]:
    step = 1 if (as_of - since).days <= DAILY_UP_TO_DAYS else 7
    first = since + timedelta(days=1)
    count = (as_of - first).days // step + 1
    buckets = [(first + timedelta(days=i * step)).isoformat() for i in range(count)]
    events: dict[str, list[int]] = {}
    dead: dict[str, list[int]] = {}
    for fe in fused:
        index = (fe.date_start - first).days // step
        if not 0 <= index < count:
            continue
        events.setdefault(fe.event_type, [0] * count)[index] += 1
        dead.setdefault(fe.event_type, [0] * count)[index] += fe.fatalities_best or 0
    return buckets, step, events, dead


def _fit_aspect(box: tuple[float, float, float, float], aspect: float) -> tuple[float, float, float, float]:
    """Widen the narrower side of a box so that it fills a figure of width/height `aspect` (Mercator)."""
    west, south, east, north = box
    y0 = math.log(math.tan(math.pi / 4 + math.radians(south) / 2))
    y1 = math.log(math.tan(math.pi / 4 + math.radians(north) / 2))
    width, height = math.radians(east - west), y1 - y0
    if width / height < aspect:
        extra = math.degrees(height * aspect - width) / 2
        return west - extra, south, east + extra, north
    extra = (width / aspect - height) / 2
    lat = lambda y: math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)  # noqa: E731
    return west, max(-80.0, lat(y0 - extra)), east, min(80.0, lat(y1 + extra))


def _extent(area: Area, points: list[tuple[float, float]]) -> tuple[float, float, float, float] | None:
    given = area.extent()
    if given is None and not points:
        return None
    if given is None:
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        west, east, south, north = min(lons), max(lons), min(lats), max(lats)
        pad_x, pad_y = max(0.6, (east - west) * 0.25), max(0.5, (north - south) * 0.25)
        given = (west - pad_x, south - pad_y, east + pad_x, north + pad_y)
    return _fit_aspect(given, INSET_ASPECT)


def build_figures(fused_in_period, intervals, area: Area, since: date, as_of: date, basemap: Basemap,
                  palette: Palette, fade_days: int) -> Figures:
    """The report's figures from its fused events and control intervals (already limited to the area)."""
    buckets, step, events, dead = _series(fused_in_period, since, as_of)
    dots = [EventDot(fe.latitude, fe.longitude, fe.event_type, fe.fatalities_best or 0)
            for fe in fused_in_period if fe.latitude is not None and fe.longitude is not None]
    control = control_areas(intervals, as_of, basemap, palette, fade_days)
    held = [(i.place.longitude, i.place.latitude) for i in intervals
            if i.holds_on(as_of) and i.place.latitude is not None]
    extent = _extent(area, [(d.longitude, d.latitude) for d in dots] + held)
    empty = {"type": "FeatureCollection", "features": []}
    countries = basemap.geojson("countries", extent, INSET_ZOOM) if extent else empty
    rivers = basemap.geojson("rivers", extent, INSET_ZOOM) if extent else empty
    labels = []
    if extent:
        west, south, east, north = extent
        zoom = 6 if (east - west) > 6 else 8
        labels = basemap.labels_in(extent, zoom, limit=12, towns_only=True)
    types = Counter(d.event_type for d in dots)
    return Figures(buckets, step, events, dead, extent, countries, rivers, control, dots,
                   {t: palette.event_types.get(t, "#555") for t in [*types, *events]}, labels)
