"""Events as columns in memory: one numeric frame per layer, filtered and aggregated without SQL.

The map, the timeline histogram and the dashboard's charts all ask the same questions
(which events pass these filters, in this time window, in this box) many times a second
while an analyst pans or presses play. A frame loads the needed columns of every event once
(ids, day, place, type, actors, fatalities, certainty, outlet, country, province), codes
the text columns as small integers, and answers each question with numpy masks. It is
rebuilt when the store changes (new events, reviews, a fusion run).

Two layers: "reports" (every extracted event, `ev-N`) and "fused" (one per real-world
event, `fe-N`, with the reports behind it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

import frontwatch.store.fusion_schema  # noqa: F401  (registers the fusion tables)
from frontwatch.store import ActorRow, DocumentRow, EventRow, PlaceRow, Store
from frontwatch.store.fusion_schema import FusedEventMemberRow, FusedEventRow, ReviewRow
from frontwatch.store.reads import rejected_numbers

LAYERS = ("fused", "reports")
UNDATED = -1
_EPOCH = date(1970, 1, 1).toordinal()


def day_number(day: date) -> int:
    """Days since 1970-01-01 (the frame's time axis)."""
    return day.toordinal() - _EPOCH


def day_of(number: int) -> date:
    """The date of a day number."""
    return date.fromordinal(int(number) + _EPOCH)


class _Codes:
    """Text values coded as small integers (0 = none)."""

    def __init__(self) -> None:
        self.names: list[str | None] = [None]
        self._index: dict[str, int] = {}

    def code(self, value: str | None) -> int:
        if value is None or value == "":
            return 0
        found = self._index.get(value)
        if found is None:
            found = self._index[value] = len(self.names)
            self.names.append(value)
        return found

    def matching(self, needle: str, exact: bool = False) -> np.ndarray:
        """Codes whose text contains (or, exact, equals) a needle, case-insensitively."""
        needle = needle.strip().casefold()
        return np.array([i for i, name in enumerate(self.names)
                         if name is not None and (name.casefold() == needle if exact else needle in name.casefold())],
                        dtype=np.int32)


@dataclass(frozen=True)
class Filters:
    """What an analyst narrows the picture to; every field optional."""

    date_from: date | None = None
    date_to: date | None = None
    event_type: str | None = None
    sub_type: str | None = None
    actor: str | None = None
    country: str | None = None
    admin1: str | None = None
    certainty: str | None = None
    outlet: str | None = None
    text: str | None = None

    def without_time(self) -> Filters:
        """The same filters over all time (the histogram under the slider ignores the window)."""
        return Filters(None, None, self.event_type, self.sub_type, self.actor, self.country, self.admin1,
                       self.certainty, self.outlet, self.text)


@dataclass
class EventFrame:
    """Every event of one layer as parallel numpy columns, with code tables for text columns."""

    layer: str
    ids: np.ndarray
    day: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    place: np.ndarray
    fatalities: np.ndarray
    event_type: np.ndarray
    sub_type: np.ndarray
    actor1: np.ndarray
    actor2: np.ndarray
    certainty: np.ndarray
    country: np.ndarray
    admin1: np.ndarray
    outlet_rows: dict[int, np.ndarray]
    codes: dict[str, _Codes]
    version: tuple
    _text_cache: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def prefix(self) -> str:
        """Public id prefix of the layer's facts."""
        return "fe" if self.layer == "fused" else "ev"

    def public_id(self, row: int) -> str:
        """The public id (fe-N / ev-N) of a frame row."""
        return f"{self.prefix}-{int(self.ids[row])}"

    def name(self, column: str, code: int) -> str | None:
        """The text of a coded value."""
        return self.codes[column].names[int(code)]

    def day_range(self) -> tuple[date, date] | None:
        """First and last dated day, or None when nothing is dated."""
        dated = self.day[self.day != UNDATED]
        return (day_of(dated.min()), day_of(dated.max())) if len(dated) else None

    def mask(self, flt: Filters, store: Store | None = None) -> np.ndarray:
        """Rows passing every filter (free text needs the store)."""
        keep = np.ones(len(self), dtype=bool)
        if flt.date_from is not None:
            keep &= self.day >= day_number(flt.date_from)
        if flt.date_to is not None:
            keep &= (self.day <= day_number(flt.date_to)) & (self.day != UNDATED)
        for column, value, exact in (("event_type", flt.event_type, True), ("sub_type", flt.sub_type, True),
                                     ("certainty", flt.certainty, True), ("country", flt.country, True),
                                     ("admin1", flt.admin1, True)):
            if value:
                keep &= np.isin(getattr(self, column), self.codes[column].matching(value, exact=exact))
        if flt.actor:
            wanted = self.codes["actor"].matching(flt.actor)
            keep &= np.isin(self.actor1, wanted) | np.isin(self.actor2, wanted)
        if flt.outlet:
            codes = self.codes["outlet"].matching(flt.outlet)
            rows = [self.outlet_rows.get(int(c), np.empty(0, np.int64)) for c in codes]
            hit = np.zeros(len(self), dtype=bool)
            if rows:
                hit[np.concatenate(rows)] = True
            keep &= hit
        if flt.text and store is not None:
            keep &= self._text_mask(store, flt.text)
        return keep

    def _text_mask(self, store: Store, text: str) -> np.ndarray:
        key = text.strip().casefold()
        if key not in self._text_cache:
            ids = _ids_with_text(store, self.layer, key)
            self._text_cache[key] = np.isin(self.ids, np.fromiter(ids, dtype=np.int64, count=len(ids)))
            if len(self._text_cache) > 32:
                self._text_cache.pop(next(iter(self._text_cache)))
        return self._text_cache[key]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _ids_with_text(store: Store, layer: str, text: str) -> set[int]:
    """Ids of a layer's events whose evidence, place or actors mention a text."""
    pattern = _like(text)
    a1, a2 = aliased(ActorRow), aliased(ActorRow)
    query = (select(EventRow.id).outerjoin(PlaceRow, EventRow.place_id == PlaceRow.id)
             .outerjoin(a1, EventRow.actor1_id == a1.id).outerjoin(a2, EventRow.actor2_id == a2.id)
             .where(EventRow.evidence_text.ilike(pattern, escape="\\") | PlaceRow.name.ilike(pattern, escape="\\")
                    | a1.name.ilike(pattern, escape="\\") | a2.name.ilike(pattern, escape="\\")))
    with store.session() as session:
        ids = set(session.scalars(query))
        if layer == "fused":
            ids = set(session.scalars(select(FusedEventMemberRow.fused_id)
                                      .where(FusedEventMemberRow.event_id.in_(select(EventRow.id).where(
                                          EventRow.id.in_(ids))))))
    return ids


def store_version(store: Store) -> tuple:
    """A cheap fingerprint that changes when events, reviews or fused events change."""
    with store.session() as session:
        return (
            session.scalar(select(func.max(EventRow.id))), session.scalar(select(func.count(EventRow.id))),
            session.scalar(select(func.max(ReviewRow.id))),
            session.scalar(select(func.max(FusedEventRow.fused_at))),
            session.scalar(select(func.count(FusedEventRow.id))),
        )


def _new_codes() -> dict[str, _Codes]:
    return {name: _Codes() for name in ("event_type", "sub_type", "actor", "certainty", "country", "admin1", "outlet")}


def _columns(rows: Sequence[tuple], layer: str, codes: dict[str, _Codes], outlets: list[list[str]],
             version: tuple) -> EventFrame:
    n = len(rows)
    ids = np.empty(n, np.int64)
    day = np.full(n, UNDATED, np.int32)
    lat = np.full(n, np.nan, np.float64)
    lon = np.full(n, np.nan, np.float64)
    place = np.zeros(n, np.int64)
    dead = np.full(n, -1, np.int32)
    coded = {k: np.zeros(n, np.int32) for k in ("event_type", "sub_type", "actor1", "actor2", "certainty",
                                                 "country", "admin1")}
    column_codes = {"actor1": "actor", "actor2": "actor"}
    by_outlet: dict[int, list[int]] = {}
    for i, (fid, when, etype, sub, act1, act2, fat, cert, pid, plat, plon, country, admin1) in enumerate(rows):
        ids[i] = fid
        if when is not None:
            day[i] = day_number(when)
        if plat is not None:
            lat[i], lon[i], place[i] = plat, plon, pid or 0
        if fat is not None:
            dead[i] = fat
        for key, value in (("event_type", etype), ("sub_type", sub), ("actor1", act1), ("actor2", act2),
                           ("certainty", cert), ("country", country), ("admin1", admin1)):
            coded[key][i] = codes[column_codes.get(key, key)].code(value)
        for name in outlets[i]:
            by_outlet.setdefault(codes["outlet"].code(name), []).append(i)
    return EventFrame(layer, ids, day, lat, lon, place, dead, coded["event_type"], coded["sub_type"],
                      coded["actor1"], coded["actor2"], coded["certainty"], coded["country"], coded["admin1"],
                      {k: np.array(v, np.int64) for k, v in by_outlet.items()}, codes, version)


def _report_rows(store: Store) -> tuple[list[tuple], list[list[str]]]:
    a1, a2 = aliased(ActorRow), aliased(ActorRow)
    query = (
        select(EventRow.id, EventRow.date_start, EventRow.event_type, EventRow.sub_event_type, a1.name, a2.name,
               EventRow.fatalities_low, EventRow.certainty, PlaceRow.id, PlaceRow.latitude, PlaceRow.longitude,
               PlaceRow.country, PlaceRow.admin1, DocumentRow.source)
        .outerjoin(PlaceRow, EventRow.place_id == PlaceRow.id)
        .outerjoin(a1, EventRow.actor1_id == a1.id).outerjoin(a2, EventRow.actor2_id == a2.id)
        .join(DocumentRow, EventRow.doc_id == DocumentRow.id)
        .where(EventRow.id.not_in(rejected_numbers(EventRow)))
        .order_by(EventRow.id)
    )
    with store.session() as session:
        raw = session.execute(query).all()
    return [tuple(r[:13]) for r in raw], [[r[13]] if r[13] else [] for r in raw]


def _fused_rows(store: Store) -> tuple[list[tuple], list[list[str]]]:
    query = (
        select(FusedEventRow.id, FusedEventRow.date_start, FusedEventRow.event_type, FusedEventRow.sub_event_type,
               FusedEventRow.actor1, FusedEventRow.actor2, FusedEventRow.fatalities_best, FusedEventRow.certainty,
               FusedEventRow.place_id, FusedEventRow.latitude, FusedEventRow.longitude, PlaceRow.country,
               PlaceRow.admin1, FusedEventRow.sources)
        .outerjoin(PlaceRow, FusedEventRow.place_id == PlaceRow.id).order_by(FusedEventRow.id)
    )
    with store.session() as session:
        raw = session.execute(query).all()
    outlets = [sorted({s.get("outlet") for s in (r[13] or []) if s.get("outlet")}) for r in raw]
    return [tuple(r[:13]) for r in raw], outlets


def has_fused(store: Store) -> bool:
    """Whether a fusion run has stored fused events."""
    with store.session() as session:
        return session.scalar(select(FusedEventRow.id).limit(1)) is not None


def build_frame(store: Store, layer: str, version: tuple | None = None) -> EventFrame:
    """Load one layer's events into a frame."""
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}; known: {', '.join(LAYERS)}")
    rows, outlets = (_fused_rows if layer == "fused" else _report_rows)(store)
    return _columns(rows, layer, _new_codes(), outlets, version if version is not None else store_version(store))
