"""Tables of the situation picture: fused events, their members, merge decisions, reviews."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontwatch.store.schema import Base


def _now() -> datetime:
    return datetime.now(UTC)


class FusedEventRow(Base):
    """One real-world event as many reports tell it; id = the smallest member event id."""

    __tablename__ = "fused_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_type: Mapped[str] = mapped_column(String(60), index=True)
    sub_event_type: Mapped[str] = mapped_column(String(80))
    actor1: Mapped[str | None] = mapped_column(String(300))
    actor2: Mapped[str | None] = mapped_column(String(300))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    location: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_best: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    fatalities_by_source: Mapped[list] = mapped_column(JSON, default=list)
    certainty: Mapped[str] = mapped_column(String(20))
    n_reports: Mapped[int] = mapped_column(Integer)
    n_documents: Mapped[int] = mapped_column(Integer)
    n_outlets: Mapped[int] = mapped_column(Integer)
    sources: Mapped[list] = mapped_column(JSON, default=list)
    fused_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class FusedEventMemberRow(Base):
    """An extracted event (ev-N) and the fused event it belongs to."""

    __tablename__ = "fused_event_members"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    fused_id: Mapped[int] = mapped_column(ForeignKey("fused_events.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(String(32))


class MergeDecisionRow(Base):
    """Why two extracted events are (or must never be) one: kind auto, forced or undone."""

    __tablename__ = "merge_decisions"
    __table_args__ = (UniqueConstraint("event_a", "event_b", name="uq_merge_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_a: Mapped[int] = mapped_column(Integer, index=True)
    event_b: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(10))
    who: Mapped[str] = mapped_column(String(120), default="fusion")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    reason: Mapped[str | None] = mapped_column(Text)


class ReviewRow(Base):
    """An analyst's accept, reject or edit of one fact, with who and when."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[str] = mapped_column(String(40), index=True)
    doc_id: Mapped[str] = mapped_column(String(32))
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    note: Mapped[str | None] = mapped_column(Text)
