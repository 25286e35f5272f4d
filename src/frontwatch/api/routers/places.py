"""Places with their control timelines, and who controls what as of a day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from frontwatch.api.deps import get_store
from frontwatch.api.params import Day, Limit, Offset
from frontwatch.export.records import control_record
from frontwatch.store import ControlRow, PlaceRow, Store
from frontwatch.store.reads import rejected_numbers

router = APIRouter(tags=["places"])
_not_rejected = ControlRow.id.not_in(rejected_numbers(ControlRow))  # an analyst's rejected claims are left out


def _place(row: PlaceRow) -> dict:
    return {"id": row.id, "name": row.name, "latitude": row.latitude, "longitude": row.longitude,
            "country": row.country, "admin1": row.admin1, "geonames_id": row.geonames_id,
            "population": row.population, "feature": row.feature, "geo_precision": row.geo_precision,
            "aliases": list(row.aliases)}


def _timeline_key(row: ControlRow) -> tuple:
    return (row.as_of is None, row.as_of or date.min, row.id)


@router.get("/places", summary="Places, each with its control claims ordered by as_of")
def list_places(store: Annotated[Store, Depends(get_store)], limit: Limit = 500, offset: Offset = 0) -> dict:
    """A page of places by name, each with a control timeline (claims without a date last)."""
    with store.session() as session:
        places = list(session.scalars(select(PlaceRow).order_by(PlaceRow.name, PlaceRow.id)
                                      .offset(offset).limit(limit + 1)))
        ids = [p.id for p in places[:limit]]
        claims = defaultdict(list)
        for row in session.scalars(select(ControlRow).where(ControlRow.place_id.in_(ids), _not_rejected)).unique():
            claims[row.place_id].append(row)
        items = [{**_place(p), "control": [control_record(c) for c in sorted(claims[p.id], key=_timeline_key)]}
                 for p in places[:limit]]
    more = len(places) > limit
    return {"items": items, "limit": limit, "offset": offset, "next_offset": offset + limit if more else None}


@router.get("/control", summary="The latest control claim per place as of a day")
def control_as_of(
    store: Annotated[Store, Depends(get_store)],
    as_of: Annotated[Day | None, Query(description="Only claims dated on or before this day")] = None,
) -> dict:
    """For each place, its latest dated claim on or before as_of (every claim when as_of is absent)."""
    with store.session() as session:
        query = select(ControlRow).where(_not_rejected)
        if as_of is not None:
            query = query.where(ControlRow.as_of.is_not(None), ControlRow.as_of <= as_of)
        latest: dict[int, ControlRow] = {}
        for row in session.scalars(query).unique():
            best = latest.get(row.place_id)
            if best is None or _timeline_key(row) > _timeline_key(best):
                latest[row.place_id] = row
        items = [control_record(row) for row in sorted(latest.values(), key=_timeline_key)]
    return {"as_of": as_of.isoformat() if as_of else None, "items": items}
