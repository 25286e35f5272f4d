"""What the web map and the dashboard ask: clusters by zoom and time window, lists, charts, control areas, basemap."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from frontwatch.api.params import BBOX_PATTERN, CertaintyName, Day, Offset, Text, check_dates, clean, parse_bbox
from frontwatch.fuse.queue import review_queue
from frontwatch.fuse.review import review_history
from frontwatch.mapdata import Filters, MapService
from frontwatch.mapdata.basemap import LAYERS as BASEMAP_LAYERS
from frontwatch.mapdata.charts import GROUPINGS

router = APIRouter(tags=["map"])
WORLD = (-180.0, -85.0, 180.0, 85.0)
Zoom = Annotated[int, Query(ge=0, le=20, description="Map zoom level (Web Mercator)")]
Bbox = Annotated[str | None, Query(pattern=BBOX_PATTERN, description="west,south,east,north (degrees)")]


class Layer(StrEnum):
    """Which events the map shows: fused (one per real-world event) or every extracted report."""

    fused = "fused"
    reports = "reports"


Grouping = Annotated[str, Query(pattern=f"^({'|'.join(GROUPINGS)})$", description="Series by: " + ", ".join(GROUPINGS))]


def get_map(request: Request) -> MapService:
    """The app's map service (built with the app)."""
    return request.app.state.map


def filters(
    date_from: Annotated[Day | None, Query(description="Events on or after this day")] = None,
    date_to: Annotated[Day | None, Query(description="Events on or before this day")] = None,
    type: Annotated[Text, Query(description="ACLED event type")] = None,  # noqa: A002
    sub_type: Annotated[Text, Query(description="ACLED sub-event type")] = None,
    actor: Annotated[Text, Query(description="Part of either actor's name")] = None,
    country: Annotated[Text, Query(description="Country name")] = None,
    admin1: Annotated[Text, Query(description="Province (first-level division) name")] = None,
    certainty: CertaintyName | None = None,
    outlet: Annotated[Text, Query(description="Part of an outlet's name")] = None,
    q: Annotated[Text, Query(description="Free text in the evidence, place or actors")] = None,
) -> Filters:
    """The filters every map and chart endpoint takes."""
    check_dates(date_from, date_to)
    return Filters(date_from, date_to, clean(type), clean(sub_type), clean(actor), clean(country), clean(admin1),
                   certainty.value if certainty else None, clean(outlet), clean(q))


Service = Annotated[MapService, Depends(get_map)]
Filtering = Annotated[Filters, Depends(filters)]


def _layer(layer: Layer | None) -> str | None:
    return layer.value if layer else None


@router.get("/map/meta", summary="Date span, filter choices, palette and totals of a layer")
def meta(service: Service, layer: Layer | None = None) -> JSONResponse:
    """What the map page needs before drawing."""
    return JSONResponse(service.meta(_layer(layer)))


@router.get("/map/clusters", summary="Markers of a view: events grouped by screen cell for a zoom and time window")
def map_clusters(service: Service, flt: Filtering, zoom: Zoom = 2, bbox: Bbox = None,
                 layer: Layer | None = None) -> JSONResponse:
    """Clusters (count, fatalities, point, box, member ids when few) inside the box."""
    return JSONResponse(service.clustered(flt, zoom, parse_bbox(bbox) or WORLD, _layer(layer)))


@router.get("/map/list", summary="Events of a view, newest first")
def map_list(service: Service, flt: Filtering, bbox: Bbox = None, layer: Layer | None = None,
             limit: Annotated[int, Query(ge=1, le=1000)] = 200, offset: Offset = 0) -> JSONResponse:
    """A page of the events in a box that pass the filters."""
    return JSONResponse(service.listing(flt, parse_bbox(bbox), _layer(layer), limit, offset))


@router.get("/map/histogram", summary="Events and fatalities per week over all time, for the filters")
def map_histogram(service: Service, flt: Filtering, layer: Layer | None = None) -> JSONResponse:
    """The strip under the time slider (the time window itself is ignored)."""
    return JSONResponse(service.histogram(flt, _layer(layer)))


@router.get("/map/charts", summary="Dashboard figures: weekly series, top actors, countries, provinces")
def map_charts(service: Service, flt: Filtering, by: Grouping = "type", layer: Layer | None = None) -> JSONResponse:
    """Totals and series for the filters and time window."""
    return JSONResponse(service.dashboard(flt, by, _layer(layer)))


@router.get("/map/control-areas", summary="Areas held, contested or claimed on a day, and front lines (GeoJSON)")
def map_control(service: Service, day: Annotated[Day, Query(alias="date", description="The day shown")],
                fade_days: Annotated[int | None, Query(ge=1, le=3650, description="Days a claim lasts unrenewed")]
                = None) -> JSONResponse:
    """Control areas with their evidence ids, front lines, and the actor legend."""
    return JSONResponse(service.control(day, fade_days))


@router.get("/map/events/{fact_id}", summary="One event (fe-N or ev-N) with the reports behind it")
def map_event(fact_id: str, service: Service) -> JSONResponse:
    """The event, each report with its evidence, outlet and review history (404 if unknown)."""
    found = service.detail(fact_id)
    if found is None:
        raise HTTPException(404, f"no event {fact_id!r}: ids look like fe-3 or ev-3")
    return JSONResponse(found)


@router.get("/facts/{fact_id}/reviews", summary="The review history of a fact, oldest first")
def fact_reviews(fact_id: str, service: Service) -> dict:
    """Every accept, reject and edit of one fact."""
    return {"fact_id": fact_id, "items": review_history(service.store, fact_id)}


@router.get("/review/queue", summary="Facts that most need a reviewer: low confidence and inconsistencies")
def queue(service: Service, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict:
    """Unreviewed facts, most doubtful first, each with why it is queued."""
    return {"items": review_queue(service.store, limit)}


@router.get("/basemap/layer/{name}", include_in_schema=False)
def basemap_layer(name: str, service: Service, zoom: Zoom = 2, bbox: Bbox = None) -> Response:
    """A basemap layer clipped to a box and simplified for a zoom."""
    if name not in BASEMAP_LAYERS:
        raise HTTPException(404, f"no basemap layer {name!r}; known: {', '.join(BASEMAP_LAYERS)}")
    return Response(service.basemap.geojson_text(name, parse_bbox(bbox) or WORLD, zoom),
                    media_type="application/geo+json", headers={"Cache-Control": "public, max-age=86400"})


@router.get("/basemap/labels", include_in_schema=False)
def basemap_labels(service: Service, zoom: Zoom = 2, bbox: Bbox = None) -> JSONResponse:
    """Town and province labels worth showing in a box at a zoom, biggest first."""
    return JSONResponse({"items": service.basemap.labels_in(parse_bbox(bbox) or WORLD, zoom)},
                        headers={"Cache-Control": "public, max-age=86400"})
