"""The table of documents that could not be read or extracted: kept so a run can go on and retry them later."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import JSON, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontwatch.store.schema import Base


def _now() -> datetime:
    return datetime.now(UTC)


class FailedDocumentRow(Base):
    """One input that failed: where it came from, why, and what is needed to run it again.

    `key` is the document's content id, or `origin:<hash>` for an input that never became a
    document (an unreadable file). A document's text is kept so that a document that came
    from stdin, the API or one line of a JSON Lines file can be retried without its source.
    """

    __tablename__ = "failed_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    origin: Mapped[str] = mapped_column(Text)
    doc_id: Mapped[str | None] = mapped_column(String(32), index=True)
    error_class: Mapped[str] = mapped_column(String(120))
    message: Mapped[str] = mapped_column(Text)
    traceback_ref: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    first_failed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    last_failed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
