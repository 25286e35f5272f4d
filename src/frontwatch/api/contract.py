"""The API's error contract: every error body is a Problem ({"detail": "<one line>"}), declared for every route."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from frontwatch.caught import CAUGHT
from frontwatch.errors import StoreError


class Problem(BaseModel):
    """What went wrong, in one line; `errors` lists each invalid field of a 422."""

    detail: str = Field(description="The problem in one line, naming the parameter or field and what to send")
    errors: list[dict[str, Any]] | None = Field(default=None, description="Each invalid field (422 only)")
    id: str | None = Field(default=None, description="The document concerned (POST /documents)")


def _problem(description: str) -> dict[str, Any]:
    return {"model": Problem, "description": description}


# Answers any route may give, declared once for the whole API.
COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _problem("The body could not be parsed (not UTF-8 JSON)"),
    404: _problem("No such resource"),
    413: _problem("Request body too large"),
    422: _problem("A parameter or the body does not fit the schema or makes no sense"),
    503: _problem("The database is unreachable (restarting?); retry after the Retry-After header's seconds"),
}
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: _problem("Missing or wrong bearer token"),
    403: _problem("The API is read-only: the operator set no token"),
    429: _problem("Too many writes from this address; retry after the Retry-After header's seconds"),
}


def _where(error: dict[str, Any]) -> str:
    location = [str(part) for part in error.get("loc", ())]
    if not location:
        return "request"
    kind, names = location[0], location[1:]
    if kind == "body":
        return f"body field {'.'.join(names)!r}" if names else "body"
    return f"{kind} parameter {'.'.join(names)!r}" if names else kind


def _validation_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = jsonable_encoder(exc.errors(), custom_encoder={BaseException: str})
    first = errors[0] if errors else {}
    detail = f"{_where(first)}: {first.get('msg', 'invalid')}" if first else "invalid request"
    if len(errors) > 1:
        detail += f" (and {len(errors) - 1} more)"
    for error in errors:
        error.pop("input", None)  # never echo a 1 MB text back
        error.pop("url", None)
    return JSONResponse({"detail": detail, "errors": errors}, status_code=422)


def _http_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))


def _database_problem(_request: Request, exc: Exception) -> JSONResponse:
    CAUGHT.add("API database access", exc)
    return JSONResponse({"detail": "the database is unreachable or busy; retry shortly"}, status_code=503,
                        headers={"Retry-After": "5"})


def install_error_contract(app: FastAPI) -> None:
    """Answer every validation error and HTTP error with a Problem body, and a database outage with 503."""
    app.add_exception_handler(RequestValidationError, _validation_problem)
    app.add_exception_handler(StarletteHTTPException, _http_problem)
    app.add_exception_handler(StoreError, _database_problem)
    app.add_exception_handler(DBAPIError, _database_problem)


def declare_write_responses(router: APIRouter, guard: Callable[..., Any]) -> None:
    """Declare 401, 403 and 429 on every route of a router that depends on the write guard (the token check)."""
    for route in router.routes:
        if isinstance(route, APIRoute) and any(d.call is guard for d in route.dependant.dependencies):
            route.responses = {**WRITE_RESPONSES, **route.responses}
