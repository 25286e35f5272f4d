"""The situation picture over REST: sitreps, fused events, merge decisions, and analysts' writes."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date, timedelta
from enum import StrEnum
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field, model_validator

from frontwatch.api.deps import get_settings, get_store, require_token
from frontwatch.api.params import Day, Limit, Offset, Text, check_dates, clean, unprocessable
from frontwatch.api.routers.events import fact_row
from frontwatch.errors import InputError
from frontwatch.fuse import (
    accept,
    edit,
    force_merge,
    fuse_events,
    fused_events,
    list_merges,
    reject,
    undo_merge,
)
from frontwatch.settings import Settings
from frontwatch.sitrep import build_sitrep, to_html, to_markdown, to_pdf
from frontwatch.sitrep.build import DEFAULT_LOOKBACK_DAYS
from frontwatch.store import Store
from frontwatch.store.fusion_schema import FusedEventRow

router = APIRouter(tags=["analysis"])
DECISION_ID = re.compile(r"^(md-)?([0-9]{1,9})$")
EVENT_REF = r"^(ev-|fe-)?[0-9]{1,9}$"
NO_NUL = r"^[^\x00]*$"
Who = Annotated[str, Field(min_length=1, max_length=120, pattern=r"^[^\x00]*\S[^\x00]*$",
                           description="Who decides (kept with the decision)")]


class SitrepFormat(StrEnum):
    """How a situation report is rendered."""

    markdown = "markdown"
    html = "html"
    pdf = "pdf"


class MergeKind(StrEnum):
    """A merge decision's kind."""

    auto = "auto"
    forced = "forced"
    undone = "undone"


class UndoBody(BaseModel):
    """Who splits a merged pair."""

    who: Who = "api"


class ForceBody(BaseModel):
    """Two events (ev-N, fe-N or N) to merge whatever the rules say."""

    a: str = Field(pattern=EVENT_REF, max_length=12)
    b: str = Field(pattern=EVENT_REF, max_length=12)
    who: Who = "api"

    @model_validator(mode="after")
    def _distinct(self) -> ForceBody:
        if self.a.rpartition("-")[2].lstrip("0") == self.b.rpartition("-")[2].lstrip("0"):
            raise ValueError("an event cannot be merged with itself")
        return self


class ReviewBody(BaseModel):
    """An analyst's accept, reject or edit of one fact."""

    action: Literal["accept", "reject", "edit"]
    field: str | None = Field(default=None, max_length=60, pattern=NO_NUL)
    value: str | None = Field(default=None, max_length=10_000, pattern=NO_NUL)
    who: Who
    note: str | None = Field(default=None, max_length=10_000, pattern=NO_NUL)

    @model_validator(mode="after")
    def _edit_names_a_field(self) -> ReviewBody:
        if self.action == "edit" and not self.field:
            raise ValueError("an edit needs a field (and a value)")
        return self


def fused_record(row: FusedEventRow) -> dict:
    """A fused event as plain JSON types."""
    return {
        "id": f"fe-{row.id}", "event_type": row.event_type, "sub_event_type": row.sub_event_type,
        "actor1": row.actor1, "actor2": row.actor2, "location": row.location,
        "latitude": row.latitude, "longitude": row.longitude,
        "date_start": row.date_start.isoformat() if row.date_start else None,
        "date_end": row.date_end.isoformat() if row.date_end else None,
        "fatalities_low": row.fatalities_low, "fatalities_best": row.fatalities_best,
        "fatalities_high": row.fatalities_high, "fatalities_by_source": list(row.fatalities_by_source or []),
        "certainty": row.certainty, "n_reports": row.n_reports, "n_documents": row.n_documents,
        "n_outlets": row.n_outlets, "sources": list(row.sources or []),
    }


@router.get("/sitrep", summary="The situation report as of a day (markdown or HTML)",
            response_class=Response,
            responses={200: {"content": {"text/markdown": {}, "text/html": {}, "application/pdf": {}}}})
def sitrep(
    store: Annotated[Store, Depends(get_store)],
    settings: Annotated[Settings, Depends(get_settings)],
    as_of: Annotated[Day, Query(description="The report's day")],
    since: Annotated[Day | None, Query(description=f"Changes after this day (default {DEFAULT_LOOKBACK_DAYS} "
                                                    "days before as_of)")] = None,
    area: Annotated[Text, Query(description="A country, province or place name (accents and aliases work), "
                                            "or west,south,east,north")] = None,
    format: SitrepFormat = SitrepFormat.markdown,
) -> Response:
    """What changed, who holds what, forces, population, claims and findings, each line with its sources."""
    check_dates(since, as_of)
    if since is None and as_of < date.min + timedelta(days=DEFAULT_LOOKBACK_DAYS):
        raise unprocessable("as_of is too early")
    gazetteer = None
    if clean(area):
        from frontwatch.resolve.gazetteer import gazetteer_from_settings

        gazetteer = gazetteer_from_settings(settings)
    try:
        report = build_sitrep(store, as_of, since, clean(area), gazetteer=gazetteer,
                              fade_days=settings.control_fade_days)
    except InputError as exc:
        raise unprocessable(str(exc)) from None
    if format is SitrepFormat.html:
        return Response(to_html(report), media_type="text/html")
    if format is SitrepFormat.pdf:
        return Response(to_pdf(report), media_type="application/pdf")
    return Response(to_markdown(report), media_type="text/markdown")


@router.get("/fused-events", summary="Fused events (one per real-world event), by date then id")
def list_fused_events(
    store: Annotated[Store, Depends(get_store)],
    date_from: Annotated[Day | None, Query(description="Fused events ending on or after this day")] = None,
    date_to: Annotated[Day | None, Query(description="Fused events starting on or before this day")] = None,
    limit: Limit = 500,
    offset: Offset = 0,
) -> dict:
    """A page of fused events of the last fusion run, with the offset of the next page (or null)."""
    check_dates(date_from, date_to)
    rows = fused_events(store, date_from, date_to)
    page = rows[offset:offset + limit]
    more = len(rows) > offset + limit
    return {"items": [fused_record(r) for r in page], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}


@router.get("/merges", summary="Merge decisions (auto, forced, undone), oldest first")
def merges(store: Annotated[Store, Depends(get_store)], kind: MergeKind | None = None) -> dict:
    """Every merge decision, optionally of one kind."""
    return {"items": list_merges(store, kind.value if kind else None)}


@router.post("/fuse", dependencies=[Depends(require_token)],
             summary="Re-fuse all stored events (Authorization: Bearer <token>)")
def run_fusion(store: Annotated[Store, Depends(get_store)]) -> dict:
    """Run fusion over the store, obeying human merge decisions; returns what it did."""
    return asdict(fuse_events(store))


@router.post("/merges/{decision_id}/undo", dependencies=[Depends(require_token)],
             summary="Split a merged pair for good and re-fuse (Authorization: Bearer <token>)")
def undo(decision_id: str, store: Annotated[Store, Depends(get_store)], body: UndoBody | None = None) -> dict:
    """The decision, now of kind undone (404 if unknown)."""
    if DECISION_ID.match(decision_id) is None:
        raise HTTPException(404, f"no merge decision {decision_id!r}: ids look like md-3")
    try:
        return undo_merge(store, decision_id, (body or UndoBody()).who)
    except InputError as exc:
        raise HTTPException(404, str(exc)) from None


@router.post("/merges/force", dependencies=[Depends(require_token)],
             summary="Merge two events whatever the rules say, and re-fuse (Authorization: Bearer <token>)")
def force(body: ForceBody, store: Annotated[Store, Depends(get_store)]) -> dict:
    """The decision, of kind forced (404 when an event is unknown)."""
    try:
        return force_merge(store, body.a, body.b, body.who)
    except InputError as exc:
        raise HTTPException(404, str(exc)) from None


@router.post("/facts/{fact_id}/review", dependencies=[Depends(require_token)],
             summary="Accept, reject or edit a fact (Authorization: Bearer <token>)")
def review(fact_id: str, body: ReviewBody, store: Annotated[Store, Depends(get_store)], request: Request) -> dict:
    """The review entry (404 for an unknown fact, 422 for a field or value that does not fit)."""
    fact_row(store, fact_id)
    try:
        if body.action == "accept":
            entry = accept(store, fact_id, body.who, body.note)
        elif body.action == "reject":
            entry = reject(store, fact_id, body.who, body.note)
        else:
            entry = edit(store, fact_id, body.field or "", body.value or "", body.who, body.note)
    except InputError as exc:
        raise unprocessable(str(exc)) from None
    request.app.state.map.invalidate()  # the map shows the review at once
    return entry
