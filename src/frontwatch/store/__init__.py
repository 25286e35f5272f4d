"""The store stage: SQLAlchemy models and the repository that reads and writes them."""

from frontwatch.store.repository import FACT_TABLES, EventFilter, Store
from frontwatch.store.schema import (
    ActorRow,
    Base,
    ControlRow,
    DocumentRow,
    EventRow,
    FindingRow,
    PlaceRow,
    QuantityRow,
)

__all__ = [
    "FACT_TABLES",
    "ActorRow",
    "Base",
    "ControlRow",
    "DocumentRow",
    "EventFilter",
    "EventRow",
    "FailedDocumentRow",
    "FindingRow",
    "PlaceRow",
    "QuantityRow",
    "Store",
]
from frontwatch.store import failure_schema, fusion_schema  # noqa: E402,F401  (registers their tables)
from frontwatch.store.failure_schema import FailedDocumentRow  # noqa: E402
