"""Read a system's JSON Lines export (the output contract of eval/FORMAT.md) for scoring."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from frontwatch.errors import InputError

KINDS = frozenset({"event", "control", "quantity", "finding"})


def load_export(path: Path) -> list[dict[str, Any]]:
    """Read export records, one JSON object with a known `kind` a line; errors name the line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read export: {exc}") from exc
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"line {number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or record.get("kind") not in KINDS:
            problem = f"line {number}: expected an object with kind in {sorted(KINDS)}"
            raise InputError(str(path), problem)
        records.append(record)
    return records


def documents_of(record: dict[str, Any]) -> set[str]:
    """The document ids a record cites: its `sources` and the `doc` of each evidence span."""
    docs = {d for d in record.get("sources") or [] if isinstance(d, str)}
    for span in record.get("evidence") or []:
        if isinstance(span, dict) and isinstance(span.get("doc"), str):
            docs.add(span["doc"])
    return docs


def records_for(records: list[dict[str, Any]], doc_id: str) -> list[dict[str, Any]]:
    """The export records that cite the document `doc_id`."""
    return [r for r in records if doc_id in documents_of(r)]
