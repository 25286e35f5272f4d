"""Documents: read one back, or ingest a new one (needs the operator's token)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, Field

from frontwatch.api.deps import get_extractor, get_store, require_token
from frontwatch.ingest.ids import make_document
from frontwatch.store import FACT_TABLES, DocumentRow, Store

router = APIRouter(tags=["documents"])
MAX_TEXT = 1_000_000


class NewDocument(BaseModel):
    """A report to ingest."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    published: date | None = None
    source: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=1000)


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


@router.post("/documents", status_code=status.HTTP_201_CREATED, dependencies=[Depends(require_token)],
             summary="Ingest a text document (Authorization: Bearer <token>)")
def post_document(
    body: NewDocument,
    store: Annotated[Store, Depends(get_store)],
    extractor: Annotated[object, Depends(get_extractor)],
) -> dict:
    """Run the pipeline on the text and store what it says; `stored` is false if it was already stored."""
    document = make_document(body.text, "api", published=body.published, source=body.source, title=body.title)
    if not document.text:
        raise HTTPException(422, "text is empty after normalisation")
    if store.has_document(document.id):
        return {"id": document.id, "stored": False, "facts": _fact_ids(store, document.id)}
    extraction = extractor.extract(document)
    stored = store.save(extraction)
    return {"id": document.id, "stored": stored, "facts": _fact_ids(store, document.id),
            "warnings": list(extraction.warnings)}
