"""JSON Lines export: the output contract other scorers read (shared eval/FORMAT.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TextIO

import orjson

from frontwatch.export.base import Exporter, register
from frontwatch.export.records import control_record, event_record, finding_record, quantity_record
from frontwatch.store import ControlRow, EventRow, FindingRow, QuantityRow, Store

_KINDS: tuple[tuple[type, Callable[[Any], dict]], ...] = ((EventRow, event_record), (ControlRow, control_record),
          (QuantityRow, quantity_record), (FindingRow, finding_record))


def contract_records(store: Store, doc_ids: Sequence[str] | None = None) -> Iterator[dict]:
    """Every stored fact as a contract record: events, control, quantities, findings."""
    for table, to_record in _KINDS:
        for row in store.iter_views(table, doc_ids):
            yield to_record(row)


def write_jsonl(store: Store, out: TextIO, doc_ids: Sequence[str] | None = None) -> int:
    """Write the contract records as JSON Lines; returns how many were written."""
    count = 0
    for record in contract_records(store, doc_ids):
        out.write(orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE).decode("utf-8"))
        count += 1
    return count


JSONL = register(Exporter("jsonl", ".jsonl", "application/x-ndjson", write_jsonl))
