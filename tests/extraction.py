"""The one way the extraction tests run the real extractor on a short text of their own."""

from __future__ import annotations

from datetime import date

from frontwatch.ingest import document_id
from frontwatch.model import Document, EventFact, Extraction


def extract(extractor, text: str, published: date) -> Extraction:  # noqa: ANN001 - the conftest extractor
    """Everything the extractor reads from `text` published on `published`."""
    return extractor.extract(Document(id=document_id(text), text=text, origin="test", published=published))


def control_claims(extractor, text: str, published: date) -> set[tuple[str, str, str]]:  # noqa: ANN001 - the conftest extractor
    """The (holder, place, status) control claims the extractor reads from `text`."""
    return {(c.actor.name, c.place.name, c.status.value) for c in extract(extractor, text, published).control}


def sub_event_types(extractor, text: str, published: date) -> list[str]:  # noqa: ANN001 - the conftest extractor
    """The sub-event types of the events the extractor reads from `text`, in order."""
    return [e.sub_event_type for e in extract(extractor, text, published).events]


def place_and_day(event: EventFact) -> tuple[str | None, date | None]:
    """An event's place name and first day, each None when it has none."""
    return event.place.name if event.place else None, event.date.start if event.date else None
