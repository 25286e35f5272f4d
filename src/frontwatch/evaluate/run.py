"""Run the pipeline on gold reports and score what it stored, through the export contract."""

from __future__ import annotations

from collections.abc import Callable

from frontwatch.evaluate.gold import GoldRecord
from frontwatch.evaluate.scorer import Scores, score_all
from frontwatch.export import contract_records
from frontwatch.ingest import document_id
from frontwatch.model import Document, Extraction
from frontwatch.store import Store

Extract = Callable[[Document], Extraction]


def gold_document(record: GoldRecord, origin: str) -> Document:
    """The document a gold record describes, as ingest would have read it."""
    return Document(
        id=document_id(record.text), text=record.text, origin=f"{origin}#{record.id}",
        published=record.published, source=record.source, title=record.title,
    )


def evaluate_records(records: list[GoldRecord], extract: Extract, store: Store, origin: str) -> Scores:
    """Extract and store each gold report (unless stored already), export, and score."""
    pairs = []
    for record in records:
        document = gold_document(record, origin)
        if not store.has_document(document.id):
            store.save(extract(document))
        pairs.append((record, list(contract_records(store, [document.id]))))
    return score_all(pairs)
