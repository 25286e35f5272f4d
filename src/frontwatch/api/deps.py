"""What every router needs: the store, the extractor, and the write-token check."""

from __future__ import annotations

import secrets
import threading
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from frontwatch.settings import Settings
from frontwatch.store import Store

MAX_LIMIT = 5000
DEFAULT_PAGE = 100  # events per page unless `limit` says otherwise (500 before cursors)
_bearer = HTTPBearer(auto_error=False, description="The operator's write token (settings.api_token).")


def get_store(request: Request) -> Store:
    """The app's store."""
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    return request.app.state.settings


def get_extractor(request: Request):
    """The app's extractor, built on first use (once per app) under a lock."""
    state = request.app.state
    with state.extractor_lock:
        if state.extractor is None:
            state.extractor = state.build_extractor(state.settings)
    return state.extractor


def require_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> None:
    """Refuse a write: 403 when the operator set no token (read-only API), 401 on a missing or wrong one."""
    token = settings.api_token.get_secret_value() if settings.api_token is not None else ""
    if not token:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this API is read-only: the operator set no api_token")
    given = credentials.credentials if credentials else ""
    if not secrets.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong bearer token",
                            headers={"WWW-Authenticate": "Bearer"})


def new_extractor_slot() -> tuple[None, threading.Lock]:
    """An empty extractor slot and its lock for app.state."""
    return None, threading.Lock()
