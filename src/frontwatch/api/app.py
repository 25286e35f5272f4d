"""The FastAPI application: read endpoints, token-guarded writes, the web map and offline API docs."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from frontwatch.api.contract import COMMON_RESPONSES, declare_write_responses, install_error_contract
from frontwatch.api.deps import new_extractor_slot, require_token
from frontwatch.api.ingest import new_ingest_slot
from frontwatch.api.routers import actors, analysis, documents, events, exports, mapview, places
from frontwatch.api.security import SecurityMiddleware
from frontwatch.mapdata import MapService
from frontwatch.settings import Settings
from frontwatch.store import Store

DOCS_DIR = Path(__file__).parent / "static"


def _default_builder(settings: Settings):
    from frontwatch.pipeline import build_extractor

    return build_extractor(settings)


def create_app(settings: Settings, store: Store | None = None,
               build_extractor: Callable[[Settings], object] | None = None) -> FastAPI:
    """The API and map over settings.database_url (or a given store); the extractor is built on first write."""
    app = FastAPI(
        title="frontwatch", version="0.1.0", docs_url=None, redoc_url=None,
        description="Sourced, geolocated, time-aware facts read from conflict news. "
                    "Writes need `Authorization: Bearer <token>`; without a configured token the API is read-only. "
                    "Every error answers with a Problem body: `{\"detail\": \"<one line>\"}`.",
    )
    app.state.settings = settings
    app.state.store = store or Store(settings.database_url)
    app.state.extractor, app.state.extractor_lock = new_extractor_slot()
    app.state.build_extractor = build_extractor or _default_builder
    app.state.ingest = new_ingest_slot(settings)
    app.state.map = MapService(app.state.store, fade_days=settings.control_fade_days)
    install_error_contract(app)
    for module in (events, places, actors, documents, exports, analysis, mapview):
        declare_write_responses(module.router, require_token)
        app.include_router(module.router, responses=COMMON_RESPONSES)
    _mount_docs(app)
    from frontwatch.web import mount_web

    mount_web(app)
    app.add_middleware(SecurityMiddleware, max_body_bytes=settings.api_max_body_bytes,
                       writes_per_minute=settings.api_writes_per_minute,
                       answer_seconds=settings.api_request_seconds + 5)  # POST /documents answers first
    return app


def _mount_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from the swagger-ui-bundle package: works offline, no inline script."""
    from swagger_ui_bundle import swagger_ui_path

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(DOCS_DIR / "api-docs.html", media_type="text/html")

    app.mount("/static/swagger-ui", StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")
    app.mount("/static/api-docs", StaticFiles(directory=DOCS_DIR), name="api-docs")


def create_app_from_environment() -> FastAPI:
    """The app over settings from FRONTWATCH_* variables (the factory each uvicorn worker process calls)."""
    return settled(create_app(Settings()))


def settled(app: FastAPI) -> FastAPI:
    """The app, with every object a serving process made so far (modules, schema, routes: ~180,000) frozen out of
    the garbage collector's full passes, which otherwise walk them all (~50-110 ms of CPU, one request's wait)
    every few hundred requests. Call once per serving process, after the app is built."""
    gc.collect()
    gc.freeze()
    return app
