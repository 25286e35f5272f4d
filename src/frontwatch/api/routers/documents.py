"""Documents: read one back, or ingest a new one (needs the operator's token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from frontwatch.api.contract import Problem
from frontwatch.api.deps import get_settings, get_store, require_token
from frontwatch.api.ingest import Busy, StillReading, ingest_bounded
from frontwatch.api.params import Day
from frontwatch.ingest.ids import make_document
from frontwatch.settings import Settings
from frontwatch.store import FACT_TABLES, DocumentRow, Store

router = APIRouter(tags=["documents"])
MAX_TEXT = 1_000_000  # characters a request may send; api_max_text_chars bounds what is read after normalisation


class NewDocument(BaseModel):
    """A report to ingest."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    published: Day | None = None
    source: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=1000)


class DocumentWritten(BaseModel):
    """What became of a posted document."""

    id: str = Field(description="The document's content id")
    stored: bool = Field(description="False when the same text was stored before")
    facts: dict[str, list[str]] = Field(description="Fact ids read from it, by kind (ev, ct, qt, fd)")
    warnings: list[str] = Field(default_factory=list, description="What reading it dropped or could not resolve")


def _fact_ids(store: Store, doc_id: str) -> dict[str, list[str]]:
    return {prefix: [f"{prefix}-{row.id}" for row in store.all_rows(table, [doc_id])]
            for prefix, table in FACT_TABLES.items()}


@router.get("/documents/{doc_id}", summary="One document with the ids of the facts read from it")
def get_document(doc_id: str, store: Annotated[Store, Depends(get_store)]) -> dict:
    """A stored document's metadata, text and fact ids (404 if unknown)."""
    with store.session() as session:
        doc = session.get(DocumentRow, doc_id[:64])
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return {"id": doc.id, "origin": doc.origin, "title": doc.title, "source": doc.source, "url": doc.url,
            "published": doc.published.isoformat() if doc.published else None,
            "ingested_at": doc.ingested_at.isoformat(), "warnings": list(doc.warnings or []),
            "text": doc.text, "facts": _fact_ids(store, doc.id)}


@router.post(
    "/documents", status_code=status.HTTP_201_CREATED, dependencies=[Depends(require_token)],
    response_model=DocumentWritten,
    responses={200: {"model": DocumentWritten, "description": "Stored before: nothing new was read"},
               503: {"model": Problem, "description": "The extractor is busy, or reading took longer than the "
                                                      "time limit (the document is then stored when done)"}},
    summary="Ingest a text document (Authorization: Bearer <token>)",
)
def post_document(
    body: NewDocument,
    request: Request,
    store: Annotated[Store, Depends(get_store)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> JSONResponse:
    """Run the pipeline on the text and store what it says: 201 when stored, 200 when it was stored before,
    413 when longer than the API reads, 422 when it cannot be read (kept on record: frontwatch failures),
    503 when the extractor is busy or slow."""
    document = make_document(body.text, "api", published=body.published, source=body.source, title=body.title)
    if not document.text:
        raise HTTPException(422, "body field 'text': empty after normalisation")
    if len(document.text) > settings.api_max_text_chars:
        raise HTTPException(413, f"body field 'text': {len(document.text)} characters after normalisation, "
                                 f"the API reads at most {settings.api_max_text_chars}; ingest longer texts "
                                 "with the command line (frontwatch ingest)")
    if store.has_document(document.id):
        return _written(store, document.id, False, [], status.HTTP_200_OK)
    try:
        outcome = ingest_bounded(request, document)
    except Busy:
        return JSONResponse({"detail": "the extractor is busy with another document; retry later",
                             "id": document.id}, status_code=503, headers={"Retry-After": "10"})
    except StillReading:
        return JSONResponse({"detail": f"still reading after {settings.api_request_seconds:g} s; it is stored "
                                       f"when done: GET /documents/{document.id}", "id": document.id},
                            status_code=503, headers={"Retry-After": "30"})
    if outcome.status == "failed":
        line = outcome.failure.line() if outcome.failure else "could not be read"
        raise HTTPException(422, f"{line} (kept on record: frontwatch failures)")
    stored = outcome.status == "stored"
    return _written(store, document.id, stored, list(outcome.warnings),
                    status.HTTP_201_CREATED if stored else status.HTTP_200_OK)


def _written(store: Store, doc_id: str, stored: bool, warnings: list[str], code: int) -> JSONResponse:
    body = DocumentWritten(id=doc_id, stored=stored, facts=_fact_ids(store, doc_id), warnings=warnings)
    return JSONResponse(body.model_dump(), status_code=code)
