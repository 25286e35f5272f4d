"""The FastAPI application: read endpoints, token-guarded writes, and the web map."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from frontwatch.api.deps import new_extractor_slot
from frontwatch.api.routers import actors, analysis, documents, events, exports, mapview, places
from frontwatch.mapdata import MapService
from frontwatch.settings import Settings
from frontwatch.store import Store


def _default_builder(settings: Settings):
    from frontwatch.pipeline import build_extractor

    return build_extractor(settings)


def create_app(settings: Settings, store: Store | None = None,
               build_extractor: Callable[[Settings], object] | None = None) -> FastAPI:
    """The API and map over settings.database_url (or a given store); the extractor is built on first write."""
    app = FastAPI(
        title="frontwatch", version="0.1.0",
        description="Sourced, geolocated, time-aware facts read from conflict news. "
                    "Writes need `Authorization: Bearer <token>`; without a configured token the API is read-only.",
    )
    app.state.settings = settings
    app.state.store = store or Store(settings.database_url)
    app.state.extractor, app.state.extractor_lock = new_extractor_slot()
    app.state.build_extractor = build_extractor or _default_builder
    app.state.map = MapService(app.state.store, fade_days=settings.control_fade_days)
    for module in (events, places, actors, documents, exports, analysis, mapview):
        app.include_router(module.router)
    from frontwatch.web import mount_web

    mount_web(app)
    return app
