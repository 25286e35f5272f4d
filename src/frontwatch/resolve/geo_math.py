"""Great-circle arithmetic: distance, bearing, compass names and offset points."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontwatch.model import Place

EARTH_RADIUS_KM = 6371.0088
COMPASS_16 = (
    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
    "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
)
COMPASS_8 = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
_POINT_DEGREES = {name: i * 22.5 for i, name in enumerate(COMPASS_16)}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def place_km(a: Place, b: Place) -> float:
    """Great-circle distance in kilometres between two places' points."""
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def radian_points(points: Iterable[tuple[float, float]]) -> list[tuple[float, float, float]]:
    """Points as (latitude in radians, longitude in radians, cosine of latitude), for `nearest_km`."""
    return [(math.radians(lat), math.radians(lon), math.cos(math.radians(lat))) for lat, lon in points]


def nearest_km(lat: float, lon: float, points: list[tuple[float, float, float]]) -> float:
    """Great-circle distance in kilometres from a point to the nearest of `points` (from `radian_points`)."""
    p1, l1 = math.radians(lat), math.radians(lon)
    c1 = math.cos(p1)
    h = min(math.sin((p2 - p1) / 2) ** 2 + c1 * c2 * math.sin((l2 - l1) / 2) ** 2 for p2, l2, c2 in points)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def grid_cell(lat: float, lon: float, size: float = 0.5) -> tuple[int, int]:
    """The grid cell of `size` degrees holding a point."""
    return math.floor(lat / size), math.floor(lon / size)


def grid_cells(lat: float, lon: float, size: float = 0.5) -> list[tuple[int, int]]:
    """The grid cell of `size` degrees holding a point, then its eight neighbours (about 50 km around it at
    half a degree)."""
    row, col = grid_cell(lat, lon, size)
    return [(row + dr, col + dc) for dr in (0, -1, 1) for dc in (0, -1, 1)]


def initial_bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing in degrees (0 = north, clockwise) from point 1 towards point 2."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360.0) % 360.0


def compass(bearing_deg: float, points: int = 8) -> str:
    """Compass name of a bearing (8 or 16 points)."""
    names = COMPASS_16 if points == 16 else COMPASS_8
    step = 360.0 / len(names)
    return names[int(((bearing_deg % 360.0) + step / 2) // step) % len(names)]


def compass_degrees(name: str) -> float:
    """Bearing in degrees of a compass name such as 'N', 'SE' or 'WNW'."""
    try:
        return _POINT_DEGREES[name.upper()]
    except KeyError:
        raise ValueError(f"not a compass point: {name!r}") from None


def angle_between(a_deg: float, b_deg: float) -> float:
    """Smallest absolute difference between two bearings, in degrees (0–180)."""
    diff = abs(a_deg - b_deg) % 360.0
    return min(diff, 360.0 - diff)


def destination(lat: float, lon: float, bearing_deg: float, distance_km: float) -> tuple[float, float]:
    """The point reached from (lat, lon) going `distance_km` along `bearing_deg`."""
    delta = distance_km / EARTH_RADIUS_KM
    theta = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(delta) + math.cos(p1) * math.sin(delta) * math.cos(theta))
    l2 = l1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(p1),
        math.cos(delta) - math.sin(p1) * math.sin(p2),
    )
    return math.degrees(p2), (math.degrees(l2) + 540.0) % 360.0 - 180.0


def area_point(points: list[tuple[float, float]], cells_across: int = 25) -> tuple[float, float]:
    """Middle of the area that `points` (lat, lon) cover: the centroid of the grid cells of their
    largest connected cluster. Close to a gazetteer's own point for a region, where the median of
    its towns leans towards where people live."""
    if len(points) < 3:
        return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
    extent = max(max(p[0] for p in points) - min(p[0] for p in points),
                 max(p[1] for p in points) - min(p[1] for p in points))
    cell = max(0.05, extent / cells_across)
    cells = {(math.floor(lat / cell), math.floor(lon / cell)) for lat, lon in points}
    seen: set[tuple[int, int]] = set()
    best: list[tuple[int, int]] = []
    for start in cells:
        if start in seen:
            continue
        seen.add(start)
        stack, cluster = [start], []
        while stack:
            here = stack.pop()
            cluster.append(here)
            for di in range(-2, 3):
                for dj in range(-2, 3):
                    near = (here[0] + di, here[1] + dj)
                    if near in cells and near not in seen:
                        seen.add(near)
                        stack.append(near)
        if len(cluster) > len(best):
            best = cluster
    weights = [math.cos(math.radians((i + 0.5) * cell)) for i, _ in best]
    total = sum(weights)
    lat = sum((i + 0.5) * cell * w for (i, _), w in zip(best, weights, strict=True)) / total
    lon = sum((j + 0.5) * cell * w for (_, j), w in zip(best, weights, strict=True)) / total
    return lat, lon
