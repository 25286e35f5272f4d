"""Routes of the web pages: the map, the dashboard, their static files, Leaflet and Chart.js."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).parent / "static"
VENDOR_DIR = Path(__file__).parent / "vendor" / "node_modules"
CHART_JS = VENDOR_DIR / "chart.js" / "dist" / "chart.umd.js"


def leaflet_dir() -> Path | None:
    """Leaflet's files as installed by xstatic-leaflet, or None."""
    try:
        from xstatic.pkg import leaflet
    except ImportError:
        return None
    return Path(leaflet.BASE_DIR)


def mount_web(app: FastAPI) -> None:
    """Serve the map at /, the dashboard at /dashboard, with their static files (none in the API schema)."""

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.get("/dashboard", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC_DIR / "dashboard.html", media_type="text/html")

    @app.get("/static/vendor/chart.js", include_in_schema=False)
    def chart_js() -> Response:
        if not CHART_JS.exists():
            return Response("/* Chart.js is not installed: run scripts/setup.sh (needs npm) */\n",
                            media_type="text/javascript", status_code=404)
        return FileResponse(CHART_JS, media_type="text/javascript")

    leaflet = leaflet_dir()
    if leaflet is not None:
        app.mount("/static/leaflet", StaticFiles(directory=leaflet), name="leaflet")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
