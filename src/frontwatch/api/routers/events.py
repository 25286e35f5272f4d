"""Events (filtered, paged) and any fact's evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from frontwatch.api.deps import DEFAULT_PAGE, get_store
from frontwatch.api.params import (
    BBOX_PATTERN,
    FACT_ID,
    CertaintyName,
    Day,
    JSONBytes,
    Limit,
    Text,
    check_dates,
    clean,
    parse_bbox,
    unprocessable,
)
from frontwatch.errors import InputError
from frontwatch.export.records import control_record, event_record, finding_record, quantity_record
from frontwatch.store import EventFilter, Store
from frontwatch.store.reads import Cursor

router = APIRouter(tags=["events"])
RECORDS: dict[str, Callable[[Any], dict]] = {"ev": event_record, "ct": control_record, "qt": quantity_record,
                                             "fd": finding_record}


def fact_row(store: Store, fact_id: str):
    """The stored row of a public fact id, or 404."""
    if FACT_ID.match(fact_id) is None or (row := store.fact(fact_id)) is None:
        raise HTTPException(404, f"no fact {fact_id!r}: ids look like ev-3, ct-1, qt-7, fd-2")
    return row


@router.get("/events", summary="Events matching filters, by date then id")
def list_events(
    store: Annotated[Store, Depends(get_store)],
    bbox: Annotated[str | None, Query(pattern=BBOX_PATTERN, description="west,south,east,north (degrees)")] = None,
    date_from: Annotated[Day | None, Query(description="Events ending on or after this day")] = None,
    date_to: Annotated[Day | None, Query(description="Events starting on or before this day")] = None,
    actor: Annotated[Text, Query(description="Part of actor 1's or actor 2's name")] = None,
    type: Annotated[Text, Query(description="ACLED event type")] = None,  # noqa: A002
    sub_type: Annotated[Text, Query(description="ACLED sub-event type")] = None,
    certainty: CertaintyName | None = None,
    limit: Limit = DEFAULT_PAGE,
    cursor: Annotated[str | None, Query(max_length=100, description=(
        "Continue after the page that gave this `next_cursor` (same filters). Pages by cursor cost the same "
        "at any depth."))] = None,
    offset: Annotated[int, Query(ge=0, le=10**9, deprecated=True, description=(
        "Deprecated: skip this many first (slow deep in a large store); use `cursor`."))] = 0,
) -> JSONBytes:
    """A page of events as contract records, by date then id (undated last), with the cursor of the next page
    (or null); `next_offset` is given too for clients that still page by offset."""
    check_dates(date_from, date_to)
    if cursor is not None and offset:
        raise unprocessable("give cursor or offset, not both")
    try:
        after = Cursor.decode(cursor) if cursor is not None else None
    except InputError as exc:
        raise unprocessable(str(exc)) from None
    page = store.event_page(EventFilter(
        event_type=clean(type), sub_event_type=clean(sub_type), actor=clean(actor),
        certainty=certainty.value if certainty else None, date_from=date_from, date_to=date_to,
        bbox=parse_bbox(bbox),
    ), limit, after, offset)
    more = page.next_cursor is not None
    next_cursor = page.next_cursor.encode() if page.next_cursor is not None else None
    # Records are plain JSON types already: skip FastAPI's generic encoder (the map pulls 10,000 at once).
    return JSONBytes({
        "items": [event_record(row) for row in page.items],
        "limit": limit, "offset": offset,
        "next_cursor": next_cursor,
        "next_offset": offset + limit if more and after is None else None,
    })


@router.get("/events/{event_id}", summary="One event")
def get_event(event_id: str, store: Annotated[Store, Depends(get_store)]) -> dict:
    """One event as a contract record (404 if unknown)."""
    if not event_id.startswith("ev-"):
        raise HTTPException(404, f"no event {event_id!r}: ids look like ev-3")
    return event_record(fact_row(store, event_id))


@router.get("/facts/{fact_id}/evidence", summary="A fact's evidence sentence and source document")
def fact_evidence(fact_id: str, store: Annotated[Store, Depends(get_store)]) -> dict:
    """Where a fact was read: sentence, offsets, certainty, its review, and its document's source."""
    row = fact_row(store, fact_id)
    doc = row.document
    return {
        "fact_id": fact_id,
        "kind": RECORDS[fact_id.split("-")[0]](row)["kind"],
        "certainty": row.certainty,
        "claim_source": row.claim_source,
        "review": row.review,
        "evidence": {"doc": row.doc_id, "start": row.evidence_start, "end": row.evidence_end,
                     "text": row.evidence_text},
        "document": {"id": doc.id, "origin": doc.origin, "title": doc.title, "source": doc.source,
                     "url": doc.url, "published": doc.published.isoformat() if doc.published else None},
    }
