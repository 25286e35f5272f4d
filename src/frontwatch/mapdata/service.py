"""The map's questions answered over one store: frames kept fresh, clusters, lists, charts, control areas."""

from __future__ import annotations

import logging
import threading
import time
from datetime import date

import numpy as np
from sqlalchemy import select

from frontwatch.export.records import event_record
from frontwatch.fuse.control import control_timeline
from frontwatch.fuse.review import review_history
from frontwatch.mapdata import charts
from frontwatch.mapdata.basemap import Basemap, shared_basemap
from frontwatch.mapdata.clusters import MAX_SINGLES, ClusterIndex, cluster_index, clusters, in_box
from frontwatch.mapdata.control_areas import Palette, control_areas, load_palette
from frontwatch.mapdata.frame import EventFrame, Filters, build_frame, has_fused, store_version
from frontwatch.store import EventRow, Store
from frontwatch.store.fusion_schema import FusedEventMemberRow, FusedEventRow

LIST_LIMIT = 200
VERSION_TTL = 1.0  # seconds a store fingerprint is trusted before it is asked again
INDEX_CACHE = 24  # cluster indexes and filter masks kept (per zoom and filter set)
LIST_CACHE = 6  # newest-first orders kept (per filter set)
WARM_ZOOMS = range(3, 10)  # zooms a first view over a region or a country opens at: indexed at start-up
log = logging.getLogger("frontwatch.map")


class MapService:
    """One store's map: a frame per layer rebuilt when the store changes, and the basemap."""

    def __init__(self, store: Store, basemap: Basemap | None = None, fade_days: int = 60,
                 palette: Palette | None = None) -> None:
        self.store = store
        self.basemap = basemap or shared_basemap()
        self.fade_days = fade_days
        self.palette = palette or load_palette()
        self._frames: dict[str, EventFrame] = {}
        self._timeline: tuple[tuple, list] | None = None
        self._checked: tuple[float, tuple] | None = None
        self._meta: tuple[EventFrame, dict] | None = None
        self._indexes: dict[tuple, ClusterIndex] = {}
        self._masks: dict[tuple, np.ndarray] = {}
        self._lists: dict[tuple, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self._lock = threading.Lock()

    def default_layer(self) -> str:
        """Fused events when a fusion run stored them, else the extracted reports."""
        return "fused" if has_fused(self.store) else "reports"

    def _version(self) -> tuple:
        """The store's fingerprint, asked at most every VERSION_TTL seconds (each ask counts the events)."""
        now = time.monotonic()
        with self._lock:
            if self._checked is not None and now - self._checked[0] < VERSION_TTL:
                return self._checked[1]
        version = store_version(self.store)
        with self._lock:
            self._checked = (now, version)
        return version

    def invalidate(self) -> None:
        """Forget the fingerprint: the next question re-reads the store (after a write through this app)."""
        with self._lock:
            self._checked = None

    def frame(self, layer: str | None = None) -> EventFrame:
        """The frame of a layer, rebuilt when the store's fingerprint changed."""
        layer = layer or self.default_layer()
        version = self._version()
        with self._lock:
            current = self._frames.get(layer)
            if current is None or current.version != version:
                current = self._frames[layer] = build_frame(self.store, layer, version)
            return current

    def meta(self, layer: str | None = None) -> dict:
        """What the page needs first: layer, date span, filter choices, palette, totals (kept per frame)."""
        frame = self.frame(layer)
        with self._lock:
            if self._meta is not None and self._meta[0] is frame:
                return self._meta[1]
        found = self._meta_of(frame)
        with self._lock:
            self._meta = (frame, found)
        return found

    def _meta_of(self, frame: EventFrame) -> dict:
        span = frame.day_range()
        everything = np.ones(len(frame), dtype=bool)
        placed = ~np.isnan(frame.lat)
        extent = ([float(frame.lon[placed].min()), float(frame.lat[placed].min()), float(frame.lon[placed].max()),
                   float(frame.lat[placed].max())] if placed.any() else None)
        return {
            "layer": frame.layer, "default_layer": self.default_layer(),
            "date_min": span[0].isoformat() if span else None, "date_max": span[1].isoformat() if span else None,
            "event_types": _names(frame, "event_type"), "sub_types": _names(frame, "sub_type"),
            "certainties": _names(frame, "certainty"), "countries": _names(frame, "country"),
            "admin1": _names(frame, "admin1"), "outlets": _names(frame, "outlet"),
            "actors": [a["name"] for a in charts.ranking(frame, everything, "actor", top=300)],
            "palette": {"event_types": self.palette.event_types, "actors": list(self.palette.actors)},
            "fade_days": self.fade_days, "totals": charts.totals(frame, everything), "extent": extent,
        }

    def clustered(self, flt: Filters, zoom: int, bbox, layer: str | None = None) -> dict:
        """Markers of a view and how many events they hold."""
        frame = self.frame(layer)
        mask = self._mask(frame, flt)
        index = self._index(frame, flt, mask, zoom) if int(mask.sum()) > MAX_SINGLES else None
        found = clusters(frame, mask, zoom, bbox, index=index)
        return {"layer": frame.layer, "zoom": zoom, "clusters": [c.as_dict() for c in found],
                "in_view": sum(c.count for c in found), "matching": int(mask.sum()), "total": len(frame)}

    def _index(self, frame: EventFrame, flt: Filters, mask: np.ndarray, zoom: int) -> ClusterIndex:
        """The grid index of a zoom for some filters, kept for the last few (zoom, filters) pairs."""
        key = (id(frame), flt, zoom)
        with self._lock:
            index = self._indexes.get(key)
        if index is None:
            index = cluster_index(frame, np.flatnonzero(in_box(frame, mask, None)), zoom)
            with self._lock:
                self._indexes[key] = index
                while len(self._indexes) > INDEX_CACHE:
                    self._indexes.pop(next(iter(self._indexes)))
        return index

    def _newest_first(self, frame: EventFrame, flt: Filters) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The filtered rows newest first (date, then id) with their points, kept per filter set: a view's
        list is then one pass over two arrays, whatever the number of events."""
        key = ("newest", id(frame), flt)
        with self._lock:
            found = self._lists.get(key)
        if found is None:
            rows = np.flatnonzero(self._mask(frame, flt))
            newest = frame.day[rows].astype(np.int64) * (1 << 40) + frame.ids[rows]
            rows = rows[np.argsort(-newest, kind="stable")]
            found = (rows, frame.lat[rows], frame.lon[rows])
            with self._lock:
                self._lists[key] = found
                while len(self._lists) > LIST_CACHE:
                    self._lists.pop(next(iter(self._lists)))
        return found

    def _mask(self, frame: EventFrame, flt: Filters) -> np.ndarray:
        """The rows passing some filters, kept for the frame's last few filter sets."""
        key = (id(frame), flt)
        with self._lock:
            found = self._masks.get(key)
        if found is None:
            found = frame.mask(flt, self.store)
            with self._lock:
                self._masks[key] = found
                while len(self._masks) > INDEX_CACHE:
                    self._masks.pop(next(iter(self._masks)))
        return found

    def listing(self, flt: Filters, bbox, layer: str | None = None, limit: int = LIST_LIMIT,
                offset: int = 0) -> dict:
        """The events of a view, newest first, with what the list beside the map shows."""
        frame = self.frame(layer)
        rows, lat, lon = self._newest_first(frame, flt)
        if bbox is not None:
            west, south, east, north = bbox
            inside = np.flatnonzero((lat >= south) & (lat <= north) & (lon >= west) & (lon <= east))
        else:
            inside = np.arange(len(rows))
        page = rows[inside[offset:offset + limit]]
        items = self._items(frame, [int(frame.ids[r]) for r in page])
        return {"layer": frame.layer, "total": len(inside), "offset": offset, "items": items}

    def _items(self, frame: EventFrame, ids: list[int]) -> list[dict]:
        if not ids:
            return []
        if frame.layer == "fused":
            with self.store.session() as session:
                fused = {r.id: r for r in session.scalars(select(FusedEventRow).where(FusedEventRow.id.in_(ids)))}
            return [_fused_item(fused[i]) for i in ids if i in fused]
        with self.store.session() as session:
            reports = {r.id: r for r in session.scalars(select(EventRow).where(EventRow.id.in_(ids))).unique()}
        return [_report_item(reports[i]) for i in ids if i in reports]

    def histogram(self, flt: Filters, layer: str | None = None) -> dict:
        """Weekly counts over all time for the filters (the time window is what the slider picks)."""
        frame = self.frame(layer)
        return charts.histogram(frame, self._mask(frame, flt.without_time()))

    def dashboard(self, flt: Filters, by: str = "type", layer: str | None = None) -> dict:
        """Totals, weekly series by type and by a chosen grouping, top actors, countries and provinces."""
        frame = self.frame(layer)
        mask = self._mask(frame, flt)
        return {
            "layer": frame.layer, "totals": charts.totals(frame, mask),
            "by_type": charts.weekly(frame, mask, "type"), "by": charts.weekly(frame, mask, by),
            "top_actors": charts.ranking(frame, mask, "actor", 10),
            "countries": charts.ranking(frame, mask, "country", 10),
            "provinces": charts.ranking(frame, mask, "admin1", 10),
            "sub_types": charts.ranking(frame, mask, "sub_type", 12),
        }

    def timeline(self) -> list:
        """The store's control timeline, recomputed only when the store changed."""
        version = self._version()
        with self._lock:
            if self._timeline is None or self._timeline[0] != version:
                self._timeline = (version, control_timeline(self.store))
            return self._timeline[1]

    def control(self, day: date, fade_days: int | None = None) -> dict:
        """Control areas and front lines on a day (GeoJSON) with the actor legend."""
        return control_areas(self.timeline(), day, self.basemap, self.palette,
                             fade_days if fade_days is not None else self.fade_days)

    def start_warming(self) -> threading.Thread:
        """Run `warm` in a background thread (for a server about to answer its first map request)."""
        thread = threading.Thread(target=self.warm, name="frontwatch-map-warm", daemon=True)
        thread.start()
        return thread

    def warm(self) -> None:
        """Build what the first view needs (the default layer's frame, the control timeline, the basemap).

        Run in a background thread at start-up; a failure here (say, the store closed meanwhile) is only
        logged: the same work is redone on the first request that needs it.
        """
        try:
            frame = self.frame()
            self.meta()
            everything = Filters()
            self._newest_first(frame, everything)
            if len(frame) > MAX_SINGLES:
                for zoom in WARM_ZOOMS:
                    self._index(frame, everything, self._mask(frame, everything), zoom)
            self.timeline()
            self.basemap.warm()
        except Exception as exc:  # noqa: BLE001  (a warm-up must never kill the server)
            log.info("map warm-up stopped: %s: %s", type(exc).__name__, exc)

    def detail(self, fact_id: str) -> dict | None:
        """One event of either layer with the reports behind it and its review history."""
        prefix, _, number = fact_id.partition("-")
        if not number.isdigit():
            return None
        with self.store.session() as session:
            if prefix == "fe":
                row = session.get(FusedEventRow, int(number))
                if row is None:
                    return None
                members = list(session.scalars(select(FusedEventMemberRow.event_id)
                                               .where(FusedEventMemberRow.fused_id == row.id)))
                item = _fused_item(row)
            elif prefix == "ev":
                event = session.get(EventRow, int(number))
                if event is None:
                    return None
                members, item = [event.id], _report_item(event)
            else:
                return None
            rows = session.scalars(select(EventRow).where(EventRow.id.in_(members)).order_by(EventRow.id)).unique()
            reports = [{**event_record(r), "outlet": r.document.source, "published": _iso(r.document.published)}
                       for r in rows]
        for report in reports:
            report["history"] = review_history(self.store, report["id"])
        return {**item, "reports": reports}


def _names(frame: EventFrame, column: str) -> list[str]:
    return sorted(n for n in frame.codes[column].names if n)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _report_item(row: EventRow) -> dict:
    place = row.place
    return {"id": f"ev-{row.id}", "date": _iso(row.date_start), "event_type": row.event_type,
            "sub_event_type": row.sub_event_type, "actor1": row.actor1.name if row.actor1 else None,
            "actor2": row.actor2.name if row.actor2 else None, "location": place.name if place else None,
            "country": place.country if place else None, "admin1": place.admin1 if place else None,
            "lat": place.latitude if place else None, "lon": place.longitude if place else None,
            "fatalities": row.fatalities_low, "certainty": row.certainty, "reports": 1,
            "outlets": [row.document.source] if row.document.source else []}


def _fused_item(row: FusedEventRow) -> dict:
    return {"id": f"fe-{row.id}", "date": _iso(row.date_start), "event_type": row.event_type,
            "sub_event_type": row.sub_event_type, "actor1": row.actor1, "actor2": row.actor2,
            "location": row.location, "lat": row.latitude, "lon": row.longitude,
            "fatalities": row.fatalities_best, "certainty": row.certainty, "reports": row.n_reports,
            "outlets": sorted({s.get("outlet") for s in row.sources or [] if s.get("outlet")})}

