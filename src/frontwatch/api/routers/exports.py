"""Every registered export format, downloadable."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse

from frontwatch.api.deps import get_store
from frontwatch.export import EXPORTERS
from frontwatch.export.stream import stream_export
from frontwatch.store import Store

router = APIRouter(tags=["export"])
ExportFormat = Enum(  # type: ignore[misc]  # members come from the registry, known only at run time
    "ExportFormat", {name.replace("-", "_"): name for name in sorted(EXPORTERS)}, type=str)


@router.get("/export/{format}", summary="Every stored fact in one format", response_class=StreamingResponse,
            responses={200: {"description": "The export, in the format's media type (STIX 2.1: "
                                            "application/stix+json;version=2.1), streamed",
                             "content": {e.media_type: {} for e in EXPORTERS.values()}}})
def export(format: ExportFormat, store: Annotated[Store, Depends(get_store)]) -> StreamingResponse:  # noqa: A002
    """The whole store in a registered format (jsonl, acled-csv, geojson, geojson-control, stix), streamed."""
    exporter = EXPORTERS[format.value]
    return StreamingResponse(stream_export(exporter, store), media_type=exporter.media_type, headers={
        "Content-Disposition": f'attachment; filename="frontwatch-{exporter.name}{exporter.suffix}"'})
