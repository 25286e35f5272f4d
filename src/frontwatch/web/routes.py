"""Routes of the web map: the page, its static files, Leaflet and the basemap."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

from frontwatch.web.basemap import country_outlines

STATIC_DIR = Path(__file__).parent / "static"


def leaflet_dir() -> Path | None:
    """Leaflet's files as installed by xstatic-leaflet, or None."""
    try:
        from xstatic.pkg import leaflet
    except ImportError:
        return None
    return Path(leaflet.BASE_DIR)


def _basemap_bytes(request: Request) -> bytes:
    state = request.app.state
    with state.basemap_lock:
        if state.basemap is None:
            state.basemap = json.dumps(country_outlines(), separators=(",", ":")).encode("utf-8")
    return state.basemap


def mount_web(app: FastAPI) -> None:
    """Serve the map at / with its static files; none of these routes is in the API schema."""
    app.state.basemap, app.state.basemap_lock = None, threading.Lock()

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.get("/basemap/countries.geojson", include_in_schema=False)
    def basemap(request: Request) -> Response:
        return Response(_basemap_bytes(request), media_type="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})

    leaflet = leaflet_dir()
    if leaflet is not None:
        app.mount("/static/leaflet", StaticFiles(directory=leaflet), name="leaflet")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
