"""The store: writes one document's extraction in one transaction and reads facts back."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Select, Table, create_engine, event, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from frontwatch.errors import StoreError
from frontwatch.model import Actor, Extraction, Place
from frontwatch.store.schema import (
    ActorRow,
    Base,
    ControlRow,
    DocumentHeader,
    DocumentRow,
    EventRow,
    FindingRow,
    PlaceRow,
    QuantityRow,
)

FACT_TABLES = {"ev": EventRow, "ct": ControlRow, "qt": QuantityRow, "fd": FindingRow}
SCHEMA_LOCK_KEY = 0x66776D67  # PostgreSQL advisory lock held while tables are created or migrated
_SAVE_ATTEMPTS = 4  # a deadlock or lock timeout between concurrent writers is retried this often
_TRANSIENT_SQLSTATES = {"40P01", "40001", "55P03"}  # deadlock, serialization failure, lock not available
STREAM_BATCH = 1000  # rows `Store.iter_rows` reads per round trip


@dataclass(frozen=True)
class EventFilter:
    """What `Store.events` selects; every field optional."""

    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    certainty: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    doc_id: str | None = None
    limit: int | None = None
    offset: int = 0


def _enable_sqlite_foreign_keys(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()


def create_store_engine(url: str) -> Engine:
    """An engine for a database URL; a SQLite file's folder is created if missing."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open database {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        _enable_sqlite_foreign_keys(engine)
    return engine


class Store:
    """Facts in a SQL database (SQLite by default, PostgreSQL for teams)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_store_engine(url)
        try:
            with self.engine.begin() as connection:
                if connection.dialect.name == "postgresql":  # workers opening one new database at once
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
                Base.metadata.create_all(connection)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot prepare database {url!r}: {exc.__class__.__name__}: {exc}") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        """A new ORM session (use as a context manager)."""
        return self._sessions()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this content id is stored already."""
        with self.session() as session:
            return session.get(DocumentRow, doc_id) is not None

    def save(self, extraction: Extraction) -> bool:
        """Store a document and all its facts in one transaction; False if already stored."""
        doc = extraction.document
        for attempt in range(1, _SAVE_ATTEMPTS + 1):
            try:
                return self._save_once(extraction)
            except IntegrityError as exc:
                # Another worker stored the same document between our check and our insert.
                if self.has_document(doc.id):
                    return False
                if attempt == _SAVE_ATTEMPTS:
                    raise StoreError(f"{doc.origin}: could not store document: {exc.orig}") from exc
            except OperationalError as exc:
                if attempt == _SAVE_ATTEMPTS or not _transient(exc):
                    raise StoreError(f"{doc.origin}: could not store document: "
                                     f"{exc.__class__.__name__}: {exc}") from exc
            except SQLAlchemyError as exc:
                raise StoreError(f"{doc.origin}: could not store document: {exc.__class__.__name__}: {exc}") from exc
        raise StoreError(f"{doc.origin}: could not store document after {_SAVE_ATTEMPTS} attempts")

    def _save_once(self, extraction: Extraction) -> bool:
        """One attempt at the transaction of `save`."""
        doc = extraction.document
        with self.session() as session, session.begin():
            if session.get(DocumentRow, doc.id) is not None:
                return False
            session.add(
                DocumentRow(
                    id=doc.id, origin=doc.origin, title=doc.title, source=doc.source,
                    reliability=doc.reliability,
                    url=doc.url, published=doc.published, text=doc.text,
                    warnings=list(extraction.warnings),
                )
            )
            session.flush()
            _FactWriter(session, doc.id).write(extraction)
        return True

    def events(self, flt: EventFilter = EventFilter()) -> list[EventRow]:
        """Events matching a filter, ordered by date then id."""
        with self.session() as session:
            return list(session.scalars(_event_query(flt)).unique())

    def documents(self) -> list[DocumentRow]:
        """Every stored document, oldest ingest first."""
        with self.session() as session:
            return list(session.scalars(select(DocumentRow).order_by(DocumentRow.ingested_at)))

    def document_headers(self) -> list[DocumentHeader]:
        """Every stored document without its text, oldest ingest first."""
        with self.session() as session:
            return list(session.scalars(select(DocumentHeader).order_by(DocumentHeader.ingested_at)))

    def all_rows(self, table: type, doc_ids: Sequence[str] | None = None) -> list:
        """Every row of one fact table, optionally only from some documents."""
        with self.session() as session:
            return list(session.scalars(_rows_query(table, doc_ids)).unique())

    def rows_where(self, table: type, clause) -> list:
        """The rows of one fact table matching a SQL condition (rejected facts left out), by id."""
        with self.session() as session:
            return list(session.scalars(_rows_query(table, None).where(clause)).unique())

    def iter_rows(self, table: type, doc_ids: Sequence[str] | None = None, batch: int = STREAM_BATCH) -> Iterator:
        """The rows of `all_rows`, in the same order, read `batch` at a time (memory does not grow with the table)."""
        with self.session() as session:
            yield from session.scalars(_rows_query(table, doc_ids).execution_options(yield_per=batch))

    def fact(self, fact_id: str):
        """One fact by its public id ("ev-3", "ct-1", "qt-7", "fd-2"), or None."""
        prefix, _, number = fact_id.partition("-")
        table = FACT_TABLES.get(prefix)
        if table is None or not number.isdigit():
            return None
        with self.session() as session:
            return session.get(table, int(number))

    def actors(self) -> list[ActorRow]:
        """Every actor stored, by name."""
        with self.session() as session:
            return list(session.scalars(select(ActorRow).order_by(ActorRow.name)))

    def iter_documents_text(self) -> Iterator[tuple[str, str]]:
        """(id, text) of every stored document."""
        with self.session() as session:
            yield from session.execute(select(DocumentRow.id, DocumentRow.text))


def _transient(exc: OperationalError) -> bool:
    """Whether a failed write may succeed when retried (deadlock, serialization, busy SQLite file)."""
    sqlstate = getattr(exc.orig, "sqlstate", None)
    return sqlstate in _TRANSIENT_SQLSTATES or "database is locked" in str(exc.orig)


def _insert_unless_present(session: Session, table: Table, values: dict, keys: list[str]) -> None:
    """INSERT a row unless one with the same unique key exists, even one a concurrent writer adds now."""
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        make_insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        session.execute(make_insert(table).values(**values).on_conflict_do_nothing(index_elements=keys))
        return
    try:
        with session.begin_nested():
            session.execute(insert(table).values(**values))
    except IntegrityError:
        pass


def _not_rejected(table: type):
    """A WHERE clause leaving out facts an analyst rejected (see fusion_schema.FactStatusRow)."""
    from frontwatch.store.fusion_schema import FactStatusRow

    kind = next(k for k, t in FACT_TABLES.items() if t is table)
    return table.id.not_in(select(FactStatusRow.number).where(FactStatusRow.kind == kind,
                                                              FactStatusRow.status == "rejected"))


def _rows_query(table: type, doc_ids: Sequence[str] | None) -> Select:
    query = select(table).where(_not_rejected(table)).order_by(table.id)
    if doc_ids is not None:
        query = query.where(table.doc_id.in_(list(doc_ids)))
    return query


def _event_query(flt: EventFilter) -> Select:
    query = select(EventRow).where(_not_rejected(EventRow)).order_by(EventRow.date_start, EventRow.id)
    if flt.event_type:
        query = query.where(EventRow.event_type == flt.event_type)
    if flt.sub_event_type:
        query = query.where(EventRow.sub_event_type == flt.sub_event_type)
    if flt.certainty:
        query = query.where(EventRow.certainty == flt.certainty)
    if flt.doc_id:
        query = query.where(EventRow.doc_id == flt.doc_id)
    if flt.date_from:
        query = query.where(EventRow.date_end >= flt.date_from)
    if flt.date_to:
        query = query.where(EventRow.date_start <= flt.date_to)
    if flt.actor:
        pattern = flt.actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        actor_ids = select(ActorRow.id).where(ActorRow.name.ilike(f"%{pattern}%", escape="\\"))
        query = query.where(EventRow.actor1_id.in_(actor_ids) | EventRow.actor2_id.in_(actor_ids))
    if flt.bbox:
        west, south, east, north = flt.bbox
        query = query.join(PlaceRow, EventRow.place_id == PlaceRow.id).where(
            PlaceRow.longitude.between(west, east), PlaceRow.latitude.between(south, north)
        )
    if flt.offset:
        query = query.offset(flt.offset)
    if flt.limit is not None:
        query = query.limit(flt.limit)
    return query


class _FactWriter:
    """Writes the facts of one extraction inside an open session."""

    def __init__(self, session: Session, doc_id: str) -> None:
        self.session = session
        self.doc_id = doc_id
        self._actors: dict[str, ActorRow] = {}
        self._places: dict[tuple, PlaceRow] = {}

    def write(self, extraction: Extraction) -> None:
        for ev in extraction.events:
            self.session.add(
                EventRow(
                    **self._evidence(ev.evidence, ev.certainty.value, ev.claim_source),
                    event_type=ev.event_type, sub_event_type=ev.sub_event_type,
                    actor1=self.actor(ev.actor1), actor2=self.actor(ev.actor2),
                    assoc_actors=[a.name for a in ev.assoc_actors], place=self.place(ev.place),
                    date_start=ev.date.start if ev.date else None,
                    date_end=ev.date.end if ev.date else None,
                    time_precision=int(ev.date.precision) if ev.date else None,
                    date_expression=ev.date.expression if ev.date else None,
                    fatalities_low=ev.fatalities_low, fatalities_high=ev.fatalities_high,
                    trigger=ev.trigger, notes=list(ev.notes),
                )
            )
        for ct in extraction.control:
            self.session.add(
                ControlRow(
                    **self._evidence(ct.evidence, ct.certainty.value, ct.claim_source),
                    actor=self.actor(ct.actor), place=self.place(ct.place),
                    status=ct.status.value, as_of=ct.as_of,
                )
            )
        for qt in extraction.quantities:
            self.session.add(
                QuantityRow(
                    **self._evidence(qt.evidence, qt.certainty.value, qt.claim_source),
                    what=qt.what, low=qt.low, high=qt.high,
                    actor=self.actor(qt.actor), place=self.place(qt.place),
                )
            )
        for fd in extraction.findings:
            self.session.add(
                FindingRow(
                    **self._evidence(fd.evidence, "reported", None),
                    what=fd.what, place=fd.place, relative_to=fd.relative_to,
                    detail=fd.detail, consistent=fd.consistent,
                )
            )

    def _evidence(self, evidence, certainty: str, claim_source: str | None) -> dict:
        return dict(
            doc_id=self.doc_id, evidence_start=evidence.start, evidence_end=evidence.end,
            evidence_text=evidence.text, certainty=certainty, claim_source=claim_source,
        )

    def actor(self, actor: Actor | None) -> ActorRow | None:
        """The stored row of an actor, created or given new aliases as needed."""
        if actor is None:
            return None
        row = self._actors.get(actor.name)
        if row is None:
            row = self.session.scalar(select(ActorRow).where(ActorRow.name == actor.name))
        if row is None:
            _insert_unless_present(self.session, ActorRow.__table__, dict(
                name=actor.name, aliases=list(actor.aliases), inter_code=actor.inter_code,
                country=actor.country, kind=actor.kind, needs_review=actor.needs_review,
            ), ["name"])
            row = self.session.scalar(select(ActorRow).where(ActorRow.name == actor.name))
        merged = list(dict.fromkeys([*row.aliases, *actor.aliases]))
        if merged != row.aliases:
            # Lock the row and merge into its committed aliases so a concurrent merge is not lost.
            row = self.session.scalar(select(ActorRow).where(ActorRow.id == row.id)
                                      .with_for_update().execution_options(populate_existing=True))
            row.aliases = list(dict.fromkeys([*row.aliases, *actor.aliases]))
        self._actors[actor.name] = row
        return row

    def place(self, place: Place | None) -> PlaceRow | None:
        """The stored row of a place (one row per name and point)."""
        if place is None:
            return None
        key = (place.name, round(place.latitude, 5), round(place.longitude, 5))
        row = self._places.get(key)
        if row is None:
            row = self.session.scalar(
                select(PlaceRow).where(
                    PlaceRow.name == key[0], PlaceRow.latitude == key[1], PlaceRow.longitude == key[2]
                )
            )
        if row is None:
            _insert_unless_present(self.session, PlaceRow.__table__, dict(
                name=place.name, latitude=key[1], longitude=key[2], country=place.country,
                admin1=place.admin1, geonames_id=place.geonames_id, population=place.population,
                feature=place.feature, geo_precision=int(place.precision), aliases=list(place.aliases),
            ), ["name", "latitude", "longitude"])
            row = self.session.scalar(
                select(PlaceRow).where(
                    PlaceRow.name == key[0], PlaceRow.latitude == key[1], PlaceRow.longitude == key[2]
                )
            )
        self._places[key] = row
        return row
