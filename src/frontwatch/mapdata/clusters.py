"""Server-side clustering: events in view grouped on a screen-sized grid for a zoom level.

Each cluster is one marker: how many events, their fatalities, where (the mean point),
the box they span, and how many distinct points they sit on. A group on one point (a
"stack": many reports geocoded to one town) is marked so the map spreads it out
(spiderfies) when clicked; a group on several points zooms in. Only the clusters inside
the requested box are returned, so the browser draws at most a few hundred markers
whatever the number of events.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from frontwatch.mapdata.frame import EventFrame

CELL_PIXELS = 56
TILE_PIXELS = 256
MAX_SINGLES = 400  # up to this many events in view, every event is its own marker (stacks still group)


@dataclass(frozen=True)
class Cluster:
    """One marker of the clustered map."""

    latitude: float
    longitude: float
    count: int
    fatalities: int
    points: int
    bbox: tuple[float, float, float, float]  # west, south, east, north
    ids: tuple[str, ...]  # every member's public id when count is small, else empty
    top_type: str | None

    def as_dict(self) -> dict:
        """Plain JSON types."""
        return {"lat": self.latitude, "lon": self.longitude, "count": self.count, "fatalities": self.fatalities,
                "points": self.points, "bbox": list(self.bbox), "ids": list(self.ids), "type": self.top_type}


def cell_degrees(zoom: int) -> float:
    """Width of a grid cell in degrees of longitude at a zoom level (Web Mercator)."""
    return 360.0 / (TILE_PIXELS * 2 ** zoom) * CELL_PIXELS


def _mercator_y(lat: np.ndarray) -> np.ndarray:
    """Latitude as Web Mercator y in degrees-equivalent units (cells stay square on screen)."""
    clipped = np.clip(lat, -85.0, 85.0)
    return np.degrees(np.log(np.tan(np.pi / 4 + np.radians(clipped) / 2)))


def in_box(frame: EventFrame, mask: np.ndarray, bbox: tuple[float, float, float, float] | None) -> np.ndarray:
    """Rows of a mask that are placed and inside a box (west, south, east, north)."""
    keep = mask & ~np.isnan(frame.lat)
    if bbox is not None:
        west, south, east, north = bbox
        keep &= (frame.lat >= south) & (frame.lat <= north) & (frame.lon >= west) & (frame.lon <= east)
    return keep


def clusters(frame: EventFrame, mask: np.ndarray, zoom: int, bbox: tuple[float, float, float, float] | None,
             max_ids: int = 60) -> list[Cluster]:
    """The markers of the view: rows of `mask` inside `bbox`, grouped by grid cell (or by point when few)."""
    rows = np.flatnonzero(in_box(frame, mask, bbox))
    if len(rows) == 0:
        return []
    lat, lon = frame.lat[rows], frame.lon[rows]
    keys: np.ndarray
    if len(rows) <= MAX_SINGLES:
        keys = np.round(lat, 5) * 1e6 + np.round(lon, 5)  # one marker per point: only stacks group
    else:
        size = cell_degrees(max(0, min(zoom, 20)))
        gx = np.floor((lon + 180.0) / size).astype(np.int64)
        gy = np.floor((_mercator_y(lat) + 180.0) / size).astype(np.int64)
        keys = gy * 10_000_000 + gx
    order = np.argsort(keys, kind="stable")
    keys, rows, lat, lon = keys[order], rows[order], lat[order], lon[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(keys)]
    dead = np.where(frame.fatalities[rows] > 0, frame.fatalities[rows], 0)
    counts = ends - starts
    sums = np.add.reduceat(dead, starts)
    mean_lat = np.add.reduceat(lat, starts) / counts
    mean_lon = np.add.reduceat(lon, starts) / counts
    boxes = [np.minimum.reduceat(lon, starts), np.minimum.reduceat(lat, starts),
             np.maximum.reduceat(lon, starts), np.maximum.reduceat(lat, starts)]
    # the commonest event type of each group: count (group, type) pairs once for all groups
    group = np.repeat(np.arange(len(starts)), counts)
    types = len(frame.codes["event_type"].names)
    by_type = np.bincount(group * types + frame.event_type[rows], minlength=len(starts) * types)
    top_type = by_type.reshape(len(starts), types).argmax(axis=1)
    out = []
    for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
        box = (float(boxes[0][k]), float(boxes[1][k]), float(boxes[2][k]), float(boxes[3][k]))
        small = b - a <= max_ids
        if box[0] == box[2] and box[1] == box[3]:
            points = 1
        elif small:
            points = len(np.unique(np.round(lat[a:b], 5) * 1e6 + np.round(lon[a:b], 5)))
        else:
            points = 2  # "several": the map zooms in rather than spreading a big group out
        ids = tuple(frame.public_id(r) for r in rows[a:b]) if small else ()
        out.append(Cluster(float(mean_lat[k]), float(mean_lon[k]), int(counts[k]), int(sums[k]), points, box, ids,
                           frame.name("event_type", int(top_type[k]))))
    return out
