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


@dataclass(frozen=True)
class ClusterIndex:
    """Every group of one zoom's grid (or of points), computed once for a frame and a mask, selected per view.

    Groups are cells of an absolute grid, so every view at the same zoom picks from the same
    groups: panning costs a selection, not a regrouping of a million rows.
    """

    rows: np.ndarray  # frame rows, sorted by group
    starts: np.ndarray
    ends: np.ndarray
    lat: np.ndarray  # mean point of each group
    lon: np.ndarray
    boxes: np.ndarray  # (groups, 4): west, south, east, north
    counts: np.ndarray
    fatalities: np.ndarray
    top_type: np.ndarray

    def __len__(self) -> int:
        return len(self.starts)


def _group_keys(lat: np.ndarray, lon: np.ndarray, zoom: int | None) -> np.ndarray:
    """A grid cell key per point at a zoom, or (zoom None) a key per distinct point."""
    if zoom is None:
        return np.round(lat, 5) * 1e6 + np.round(lon, 5)
    size = cell_degrees(max(0, min(zoom, 20)))
    gx = np.floor((lon + 180.0) / size).astype(np.int64)
    gy = np.floor((_mercator_y(lat) + 180.0) / size).astype(np.int64)
    return gy * 10_000_000 + gx


def cluster_index(frame: EventFrame, rows: np.ndarray, zoom: int | None) -> ClusterIndex:
    """Group frame rows by the grid cell of a zoom (or by point when zoom is None)."""
    lat, lon = frame.lat[rows], frame.lon[rows]
    keys = _group_keys(lat, lon, zoom)
    order = np.argsort(keys, kind="stable")
    keys, rows, lat, lon = keys[order], rows[order], lat[order], lon[order]
    if len(rows) == 0:
        empty = np.empty(0, np.int64)
        return ClusterIndex(rows, empty, empty, np.empty(0), np.empty(0), np.empty((0, 4)), empty, empty, empty)
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(keys)]
    counts = ends - starts
    dead = np.where(frame.fatalities[rows] > 0, frame.fatalities[rows], 0)
    boxes = np.column_stack([np.minimum.reduceat(lon, starts), np.minimum.reduceat(lat, starts),
                             np.maximum.reduceat(lon, starts), np.maximum.reduceat(lat, starts)])
    group = np.repeat(np.arange(len(starts)), counts)
    types = len(frame.codes["event_type"].names)
    by_type = np.bincount(group * types + frame.event_type[rows], minlength=len(starts) * types)
    return ClusterIndex(rows, starts, ends, np.add.reduceat(lat, starts) / counts,
                        np.add.reduceat(lon, starts) / counts, boxes, counts, np.add.reduceat(dead, starts),
                        by_type.reshape(len(starts), types).argmax(axis=1))


def select(index: ClusterIndex, frame: EventFrame, bbox: tuple[float, float, float, float] | None,
           max_ids: int = 60) -> list[Cluster]:
    """The groups of an index whose mean point lies in a box, as markers."""
    chosen = np.arange(len(index))
    if bbox is not None:
        west, south, east, north = bbox
        chosen = np.flatnonzero((index.lat >= south) & (index.lat <= north) & (index.lon >= west)
                                & (index.lon <= east))
    out = []
    for k in chosen:
        a, b = int(index.starts[k]), int(index.ends[k])
        box = tuple(float(v) for v in index.boxes[k])
        small = b - a <= max_ids
        if box[0] == box[2] and box[1] == box[3]:
            points = 1
        elif small:
            members = index.rows[a:b]
            points = len(np.unique(np.round(frame.lat[members], 5) * 1e6 + np.round(frame.lon[members], 5)))
        else:
            points = 2  # "several": the map zooms in rather than spreading a big group out
        ids = tuple(frame.public_id(r) for r in index.rows[a:b]) if small else ()
        out.append(Cluster(float(index.lat[k]), float(index.lon[k]), int(index.counts[k]), int(index.fatalities[k]),
                           points, box, ids, frame.name("event_type", int(index.top_type[k]))))  # type: ignore[arg-type]
    return out


def clusters(frame: EventFrame, mask: np.ndarray, zoom: int, bbox: tuple[float, float, float, float] | None,
             max_ids: int = 60, index: ClusterIndex | None = None) -> list[Cluster]:
    """The markers of the view: rows of `mask` inside `bbox` grouped by grid cell, or by point when few.

    `index` is the zoom's grid index of the whole mask when the caller keeps one (see MapService).
    """
    rows = np.flatnonzero(in_box(frame, mask, bbox))
    if len(rows) == 0:
        return []
    if len(rows) <= MAX_SINGLES:
        return select(cluster_index(frame, rows, None), frame, None, max_ids)  # one marker per point
    if index is None:
        index = cluster_index(frame, np.flatnonzero(in_box(frame, mask, None)), zoom)
    return select(index, frame, bbox, max_ids)
