"""SQLAlchemy 2 models: documents, actors, places and facts, each fact with its evidence."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, relationship
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.selectable import ScalarSelect


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every frontwatch table."""


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    origin: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200))
    reliability: Mapped[str | None] = mapped_column(String(1))
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    warnings: Mapped[list] = mapped_column(JSON, default=list)


class DocumentHeader(Base):
    """A stored document without its text and warnings: what a fact's readers need (read-only).

    The same `documents` table as DocumentRow, mapped a second time with a subset of its
    columns, so that loading a fact's document never transfers the document text.
    """

    __table__ = DocumentRow.__table__
    __mapper_args__ = {
        "include_properties": ["id", "origin", "title", "source", "reliability", "url", "published", "ingested_at"],
    }

    id: Mapped[str]
    origin: Mapped[str]
    title: Mapped[str | None]
    source: Mapped[str | None]
    reliability: Mapped[str | None]
    url: Mapped[str | None]
    published: Mapped[date | None]
    ingested_at: Mapped[datetime]


class ActorRow(Base):
    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    aliases: Mapped[list] = mapped_column(JSON, default=list)
    inter_code: Mapped[int] = mapped_column(Integer, default=8)
    country: Mapped[str | None] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(40), default="other")
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)


class PlaceRow(Base):
    __tablename__ = "places"
    __table_args__ = (
        UniqueConstraint("name", "latitude", "longitude", name="uq_place"),
        Index("ix_places_lon_lat", "longitude", "latitude"),  # bounding boxes
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(80))
    admin1: Mapped[str | None] = mapped_column(String(200))
    geonames_id: Mapped[int | None] = mapped_column(Integer)
    population: Mapped[int | None] = mapped_column(BigInteger)
    feature: Mapped[str] = mapped_column(String(60), default="populated place")
    geo_precision: Mapped[int] = mapped_column(Integer, default=1)
    aliases: Mapped[list] = mapped_column(JSON, default=list)


class FactStatusRow(Base):
    """The current review state of a fact (accepted, rejected or edited): what lists and exports filter on."""

    __tablename__ = "fact_status"

    fact_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(2), index=True)
    number: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(10))
    review_id: Mapped[int] = mapped_column(Integer)


def review_status(kind: str, fact_id: ColumnElement[int] | Mapped[int]) -> ScalarSelect[str]:
    """A fact's review state (accepted, rejected, edited; NULL if nobody reviewed it) as a correlated subquery."""
    status = FactStatusRow.__table__
    return (select(status.c.status).where(status.c.kind == kind, status.c.number == fact_id)
            .correlate_except(status).scalar_subquery())


class _FactMixin:
    """Columns every fact shares: its document and the evidence sentence.

    `document` is the document's header (no text), loaded with the fact in one batched
    SELECT per query, so it can be read after the session closes.
    """

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_text: Mapped[str] = mapped_column(Text)
    certainty: Mapped[str] = mapped_column(String(20), default="reported")
    claim_source: Mapped[str | None] = mapped_column(Text)


class EventRow(_FactMixin, Base):
    """An event. Its indexes serve the API's filters in its order (date, then id): the date alone,
    type or sub-type then date, each actor, the place; `date_span_days` (end - start) bounds how far
    before a window's first day an overlapping event can start. `place_longitude`/`place_latitude` copy
    its place's point (a place's point never changes: it is part of the place's key), so the date
    index answers "in this box, by date" without looking up places."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_date_id_point", "date_start", "id", "place_longitude", "place_latitude"),
        Index("ix_events_type_date_id", "event_type", "date_start", "id"),
        Index("ix_events_subtype_date_id", "sub_event_type", "date_start", "id"),
        Index("ix_events_actor1_id", "actor1_id"),
        Index("ix_events_actor2_id", "actor2_id"),
        Index("ix_events_place_id", "place_id"),
        Index("ix_events_date_span_days", "date_span_days"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_type: Mapped[str] = mapped_column(String(60))
    sub_event_type: Mapped[str] = mapped_column(String(80))
    actor1_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    actor2_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    assoc_actors: Mapped[list] = mapped_column(JSON, default=list)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    place_longitude: Mapped[float | None] = mapped_column(Float)
    place_latitude: Mapped[float | None] = mapped_column(Float)
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_span_days: Mapped[int | None] = mapped_column(Integer)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    date_expression: Mapped[str | None] = mapped_column(Text)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    trigger: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[list] = mapped_column(JSON, default=list)
    review: Mapped[str | None] = column_property(review_status("ev", id))

    actor1: Mapped[ActorRow | None] = relationship(foreign_keys=[actor1_id], lazy="joined")
    actor2: Mapped[ActorRow | None] = relationship(foreign_keys=[actor2_id], lazy="joined")
    place: Mapped[PlaceRow | None] = relationship(lazy="joined")
    document: Mapped[DocumentHeader] = relationship(DocumentHeader, viewonly=True, lazy="selectin")


class ControlRow(_FactMixin, Base):
    __tablename__ = "control_claims"
    __table_args__ = (Index("ix_control_claims_place_id", "place_id"),)  # a place's timeline

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"))
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id"))
    status: Mapped[str] = mapped_column(String(20))
    as_of: Mapped[date | None] = mapped_column(Date, index=True)
    review: Mapped[str | None] = column_property(review_status("ct", id))

    actor: Mapped[ActorRow] = relationship(lazy="joined")
    place: Mapped[PlaceRow] = relationship(lazy="joined")
    document: Mapped[DocumentHeader] = relationship(DocumentHeader, viewonly=True, lazy="selectin")


class QuantityRow(_FactMixin, Base):
    __tablename__ = "quantities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    what: Mapped[str] = mapped_column(String(200))
    low: Mapped[int | None] = mapped_column(BigInteger)
    high: Mapped[int | None] = mapped_column(BigInteger)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    review: Mapped[str | None] = column_property(review_status("qt", id))

    actor: Mapped[ActorRow | None] = relationship(lazy="joined")
    place: Mapped[PlaceRow | None] = relationship(lazy="joined")
    document: Mapped[DocumentHeader] = relationship(DocumentHeader, viewonly=True, lazy="selectin")


class FindingRow(_FactMixin, Base):
    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    what: Mapped[str] = mapped_column(String(40))
    place: Mapped[str] = mapped_column(String(300))
    relative_to: Mapped[str | None] = mapped_column(String(300))
    detail: Mapped[str] = mapped_column(Text)
    consistent: Mapped[bool] = mapped_column(Boolean, default=False)
    review: Mapped[str | None] = column_property(review_status("fd", id))

    document: Mapped[DocumentHeader] = relationship(DocumentHeader, viewonly=True, lazy="selectin")
