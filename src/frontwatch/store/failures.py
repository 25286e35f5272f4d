"""Reading and writing failed-input records (table failed_documents)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontwatch.failures import Failure
from frontwatch.model import Document
from frontwatch.store.failure_schema import FailedDocumentRow

_CLEAR = delete(FailedDocumentRow).where(FailedDocumentRow.key.in_(bindparam("keys", expanding=True)))  # built once


def record_failure(session: Session, failure: Failure) -> FailedDocumentRow:
    """Insert the failure, or count one more attempt of an input that failed before (in an open transaction)."""
    row = session.scalar(select(FailedDocumentRow).where(FailedDocumentRow.key == failure.key))
    document = failure.document
    values = dict(
        origin=failure.origin, doc_id=failure.doc_id, error_class=failure.error_class[:120],
        message=failure.message, traceback_ref=failure.traceback_ref,
        text=document.text if document is not None else None,
        published=document.published if document is not None else None,
        source=document.source if document is not None else None,
        title=document.title if document is not None else None,
        url=document.url if document is not None else None,
        warnings=list(failure.warnings), last_failed_at=datetime.now(UTC),
    )
    if row is None:
        row = FailedDocumentRow(key=failure.key, attempts=1, **values)
        session.add(row)
    else:
        for name, value in values.items():
            setattr(row, name, value)
        row.attempts += 1
    session.flush()
    return row


def save_failure(sessions: Callable[[], Session], failure: Failure) -> FailedDocumentRow:
    """Record one failure in its own transaction (a concurrent writer's record of the same input is merged)."""
    try:
        return _save_failure_once(sessions, failure)
    except IntegrityError:  # another process recorded the same input between our SELECT and INSERT
        return _save_failure_once(sessions, failure)  # now an update of its record


def _save_failure_once(sessions: Callable[[], Session], failure: Failure) -> FailedDocumentRow:
    with sessions() as session, session.begin():
        row = record_failure(session, failure)
        session.expunge(row)
        return row


def clear_failures(session: Session | Connection, keys: Iterable[str]) -> int:
    """Forget the failures of these inputs (now stored; in an open transaction); how many were removed."""
    keys = list(keys)
    if not keys:
        return 0
    result = session.execute(_CLEAR, {"keys": keys})
    return int(getattr(result, "rowcount", 0) or 0)


def failed_document(row: FailedDocumentRow) -> Document | None:
    """The document a failure kept, to run it again (None for an input that never became a document)."""
    if row.text is None or row.doc_id is None:
        return None
    return Document(id=row.doc_id, text=row.text, origin=row.origin, published=row.published, source=row.source,
                    title=row.title, url=row.url, warnings=tuple(row.warnings or ()))
