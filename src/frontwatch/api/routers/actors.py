"""Actors and quantities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import select

from frontwatch.api.deps import get_store
from frontwatch.api.params import Limit, Offset
from frontwatch.export.records import quantity_record
from frontwatch.store import QuantityRow, Store
from frontwatch.store.reads import rejected_numbers

router = APIRouter(tags=["actors"])


@router.get("/actors", summary="Every stored actor, by name")
def list_actors(store: Annotated[Store, Depends(get_store)]) -> list[dict]:
    """Actors with their aliases, ACLED inter code and kind."""
    return [{"id": a.id, "name": a.name, "aliases": list(a.aliases), "inter_code": a.inter_code,
             "country": a.country, "kind": a.kind, "needs_review": a.needs_review} for a in store.actors()]


@router.get("/quantities", summary="Quantities (force sizes, prisoners, ...) as ranges", tags=["quantities"])
def list_quantities(store: Annotated[Store, Depends(get_store)], limit: Limit = 500, offset: Offset = 0) -> dict:
    """A page of quantities as contract records."""
    with store.session() as session:
        rows = list(session.scalars(select(QuantityRow).where(QuantityRow.id.not_in(rejected_numbers(QuantityRow)))
                                  .order_by(QuantityRow.id).offset(offset).limit(limit + 1))
                    .unique())
        items = [quantity_record(r) for r in rows[:limit]]
    more = len(rows) > limit
    return {"items": items, "limit": limit, "offset": offset, "next_offset": offset + limit if more else None}
