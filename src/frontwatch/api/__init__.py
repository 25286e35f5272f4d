"""The REST API and web map: a FastAPI app over the store (see api.app.create_app)."""

from frontwatch.api.app import create_app

__all__ = ["create_app"]
