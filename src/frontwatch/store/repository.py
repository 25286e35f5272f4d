"""The store: writes one document's extraction in one transaction and reads facts back."""

from __future__ import annotations

import select as sockets
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, create_engine, event, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, InvalidatePoolError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from frontwatch.errors import StoreError
from frontwatch.failures import Failure, origin_key
from frontwatch.model import Actor, EventFact, Extraction, Place
from frontwatch.store.failure_schema import FailedDocumentRow
from frontwatch.store.failures import clear_failures, save_failure
from frontwatch.store.known_rows import KnownActor, KnownPlace, KnownRows, PlaceKey
from frontwatch.store.reads import (
    Cursor,
    EventPage,
    EventView,
    View,
    event_page,
    fact_view,
    iter_views,
    rejected_numbers,
)
from frontwatch.store.schema import (
    ActorRow,
    Base,
    ControlRow,
    DocumentRow,
    EventRow,
    FindingRow,
    QuantityRow,
)
from frontwatch.store.schema_lock import SQLITE_BUSY_MS, lock_postgres_schema, schema_lock, sqlite_file
from frontwatch.store.statements import WriteStatements

FACT_TABLES = {"ev": EventRow, "ct": ControlRow, "qt": QuantityRow, "fd": FindingRow}
_SAVE_ATTEMPTS = 4  # a deadlock or lock timeout between concurrent writers is retried this often
_TRANSIENT_SQLSTATES = {"40P01", "40001", "55P03"}  # deadlock, serialization failure, lock not available
STREAM_BATCH = 1000  # rows `Store.iter_rows` reads per round trip
RECONNECT_SECONDS = 120.0  # how long a store operation waits for a database that went away (restart, failover)
_DISCONNECT_SQLSTATES = {"57P01", "57P02", "57P03"}  # admin shutdown, crash shutdown, cannot connect now
_DISCONNECT_WORDS = ("connection refused", "server closed the connection", "terminating connection",
                     "could not connect", "connection failed", "the database system is", "connection is closed",
                     "consuming input failed", "connection to server")
T = TypeVar("T")


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


def _configure_sqlite(engine: Engine) -> None:
    """Foreign keys on, a busy timeout before anything else, then WAL (readers never block the writer)."""
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()


def create_store_engine(url: str) -> Engine:
    """An engine for a database URL; a SQLite file's folder is created if missing."""
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # SQLite waits for a busy file. A server's pooled connections are not pinged (a round trip per checkout):
        # one the server closed is dropped at checkout, and a read it fails is retried (Store._read).
        options = {"connect_args": {"timeout": SQLITE_BUSY_MS / 1000}} if path is not None else {}
        engine = create_engine(url, future=True, **options)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open database {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    else:
        _invalidate_pool_when_the_server_went_away(engine)
        _drop_connections_the_server_closed(engine)
    return engine


def _invalidate_pool_when_the_server_went_away(engine: Engine) -> None:
    """Treat a restart's "terminating connection" as a disconnect: the whole pool is replaced at the first
    such error, so no stale pooled connection fails a later request."""
    @event.listens_for(engine, "handle_error")
    def _on_error(context) -> None:
        if not context.is_disconnect and went_away(context.original_exception):
            context.is_disconnect = True


def _drop_connections_the_server_closed(engine: Engine) -> None:
    """At checkout, without a round trip: an idle pooled connection with something to read was closed by the
    server (a restart or a terminated backend sends its last message, then closes), so the whole pool is
    replaced and the checkout gets a new connection."""
    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection, _record, _proxy) -> None:
        if closed_by_server(dbapi_connection):
            raise InvalidatePoolError("the server closed a pooled connection")


def closed_by_server(dbapi_connection: Any) -> bool:
    """Whether an idle driver connection's socket is readable or gone (nothing is due to an idle client); False for
    a driver that shows no socket (its reads still get the retry)."""
    fileno = getattr(dbapi_connection, "fileno", None)
    if fileno is None:
        return False
    try:
        descriptor = fileno()
    except Exception:  # noqa: BLE001  (a closed connection has no socket, whatever the driver raises)
        return True
    poll = sockets.poll()
    poll.register(descriptor, sockets.POLLIN)
    return bool(poll.poll(0))


def _missing_columns(connection: Connection) -> list[str]:
    """table.column of every model column an existing table lacks (create_all never adds columns)."""
    inspector = inspect(connection)
    missing = []
    for table in Base.metadata.sorted_tables:
        present = {c["name"] for c in inspector.get_columns(table.name)}
        missing += [f"{table.name}.{c.name}" for c in table.columns if c.name not in present]
    return missing


class Store:
    """Facts in a SQL database (SQLite by default, PostgreSQL for teams)."""

    def __init__(self, url: str, reconnect_seconds: float = RECONNECT_SECONDS) -> None:
        self.url = url
        self.reconnect_seconds = reconnect_seconds
        self.engine = create_store_engine(url)
        # Single reads (a page, a fact) need no transaction: without one PostgreSQL is spared BEGIN and ROLLBACK,
        # two of a page's round trips (each statement saw its own snapshot inside one anyway). SQLite begins none
        # for a read; switching its connection's mode would cost a PRAGMA per checkout.
        self._reads = self.engine if self.engine.dialect.name == "sqlite" else self.engine.execution_options(
            isolation_level="AUTOCOMMIT")
        self._retrying(f"cannot prepare database {url!r}", self._create_tables)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._known = KnownRows()  # the actor and place rows committed through this store
        self._writes = WriteStatements.of(self.engine.dialect.name)

    def _create_tables(self) -> None:
        with schema_lock(self.url), self.engine.begin() as connection:  # processes opening one new database at once
            lock_postgres_schema(connection)
            Base.metadata.create_all(connection)
            if missing := _missing_columns(connection):
                raise StoreError(f"{self.url}: the database was made by an older frontwatch (no column "
                                 f"{', '.join(missing[:3])}{' …' if len(missing) > 3 else ''}): run "
                                 f"`frontwatch db upgrade --db {self.url}` first")

    def _retrying(self, what: str, operation: Callable[[], T]) -> T:
        """Run a database operation, waiting out a database that went away (up to reconnect_seconds) and
        retrying a deadlock or busy file a few times; any other error is a StoreError naming `what`."""
        deadline = time.monotonic() + self.reconnect_seconds
        delay, attempts = 0.1, 0
        while True:
            try:
                return operation()
            except DBAPIError as exc:
                attempts += 1
                went_away = _disconnected(exc) and time.monotonic() < deadline
                if went_away or (_transient(exc) and attempts < _SAVE_ATTEMPTS):
                    time.sleep(delay)
                    delay = min(2.0, delay * 2)
                    continue
                raise StoreError(f"{what}: {exc.__class__.__name__}: {exc}") from exc
            except SQLAlchemyError as exc:
                raise StoreError(f"{what}: {exc.__class__.__name__}: {exc}") from exc

    def _read(self, operation: Callable[[Connection], T]) -> T:
        """A single read on a pooled connection outside a transaction. Optimistic: a connection the server dropped
        after its checkout fails with a disconnect, which replaces the pool, and the read runs once more on a new
        connection (a database still down then raises, which the API answers with 503)."""
        try:
            with self._reads.connect() as connection:
                return operation(connection)
        except DBAPIError as exc:
            if not _disconnected(exc):
                raise
        with self._reads.connect() as connection:
            return operation(connection)

    def session(self) -> Session:
        """A new ORM session (use as a context manager)."""
        return self._sessions()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this content id is stored already."""
        def lookup() -> bool:
            with self.engine.connect() as connection:
                return self._writes.document_is_stored(connection, doc_id)

        return self._retrying(f"cannot look up document {doc_id}", lookup)

    def save(self, extraction: Extraction) -> bool:
        """Store a document and all its facts in one transaction; False if already stored."""
        doc = extraction.document
        for attempt in range(1, _SAVE_ATTEMPTS + 1):
            try:
                return self._retrying(f"{doc.origin}: could not store document", lambda: self._save_once(extraction))
            except StoreError as exc:
                if not isinstance(exc.__cause__, IntegrityError):
                    raise
                # Another worker stored the same document between our check and our insert.
                if self.has_document(doc.id):
                    return False
                if attempt == _SAVE_ATTEMPTS:
                    raise
        raise StoreError(f"{doc.origin}: could not store document after {_SAVE_ATTEMPTS} attempts")

    def _save_once(self, extraction: Extraction) -> bool:
        """One attempt at the transaction of `save`."""
        doc, statements = extraction.document, self._writes
        with self.engine.begin() as connection:  # Core only: no ORM session for a write
            if statements.document_is_stored(connection, doc.id):
                return False
            connection.execute(statements.insert_document, dict(
                id=doc.id, origin=doc.origin, title=doc.title, source=doc.source, reliability=doc.reliability,
                url=doc.url, published=doc.published, text=doc.text, warnings=list(extraction.warnings),
            ))
            writer = _FactWriter(connection, statements, doc.id, self._known)
            writer.write(extraction)
            clear_failures(connection, [doc.id, origin_key(doc.origin)])  # a retry that now succeeds
        self._known.learn(writer.actors, writer.places)
        return True

    def record_failure(self, failure: Failure) -> int:
        """Keep an input that failed (or count one more attempt of it); the id of its record."""
        return self._retrying(f"{failure.origin}: could not record the failure",
                              lambda: save_failure(self._sessions, failure).id)

    def failures(self) -> list[FailedDocumentRow]:
        """Every failed input still on record, oldest first."""
        with self.session() as session:
            return list(session.scalars(select(FailedDocumentRow).order_by(FailedDocumentRow.id)))

    def clear_failures(self, keys: Sequence[str]) -> int:
        """Forget the failures of these inputs; how many were removed."""
        with self.session() as session, session.begin():
            return clear_failures(session, keys)

    def events(self, flt: EventFilter = EventFilter()) -> list[EventView]:
        """Events matching a filter (its limit and offset), by date then id, undated events last."""
        return self.event_page(flt, flt.limit, offset=flt.offset).items

    def event_page(self, flt: EventFilter, limit: int | None, after: Cursor | None = None,
                   offset: int = 0) -> EventPage:
        """A page of events matching a filter after a cursor (or an offset), and the cursor of the next page."""
        return self._read(lambda connection: event_page(connection, flt, limit, after, offset))

    def iter_views(self, table: type, doc_ids: Sequence[str] | None = None, *,
                   by_document: bool = False) -> Iterator[View]:
        """Every fact of a table as read-only views (columns, actors, place, document header; no text),
        in content order (reads.content_order) or grouped by document, streamed: memory does not grow with the table."""
        with self.engine.connect() as connection:
            yield from iter_views(connection, table, doc_ids, by_document=by_document)

    def documents(self) -> list[DocumentRow]:
        """Every stored document, oldest ingest first."""
        with self.session() as session:
            return list(session.scalars(select(DocumentRow).order_by(DocumentRow.ingested_at)))

    def iter_document_ids(self, doc_ids: Sequence[str] | None = None) -> Iterator[str]:
        """The ids of stored documents (or of those of `doc_ids` that are stored) in id order, streamed."""
        query = select(DocumentRow.id).order_by(DocumentRow.id)
        if doc_ids is not None:
            query = query.where(DocumentRow.id.in_(list(doc_ids)))
        with self.engine.connect() as connection:
            yield from connection.execution_options(yield_per=STREAM_BATCH).scalars(query)

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

    def fact(self, fact_id: str) -> View | None:
        """One fact by its public id ("ev-3", "ct-1", "qt-7", "fd-2") as a read-only view, or None."""
        prefix, _, number = fact_id.partition("-")
        table = FACT_TABLES.get(prefix)
        if table is None or not number.isdigit():
            return None
        return self._read(lambda connection: fact_view(connection, table, int(number)))

    def actors(self) -> list[ActorRow]:
        """Every actor stored, by name."""
        with self.session() as session:
            return list(session.scalars(select(ActorRow).order_by(ActorRow.name)))

    def iter_documents_text(self) -> Iterator[tuple[str, str]]:
        """(id, text) of every stored document."""
        with self.session() as session:
            yield from session.execute(select(DocumentRow.id, DocumentRow.text))


def _transient(exc: DBAPIError) -> bool:
    """Whether a failed write may succeed when retried (deadlock, serialization, busy SQLite file)."""
    sqlstate = getattr(exc.orig, "sqlstate", None)
    return isinstance(exc, OperationalError) and (
        sqlstate in _TRANSIENT_SQLSTATES or "database is locked" in str(exc.orig))


def _disconnected(exc: DBAPIError) -> bool:
    """Whether the database went away (a restart, a dropped connection): worth waiting for it to come back."""
    return exc.connection_invalidated or went_away(exc.orig)


def went_away(error: BaseException | None) -> bool:
    """Whether a driver error says the server is gone or restarting (SQLSTATE class 08, 57P01-03, or the
    words drivers use when they have no SQLSTATE)."""
    sqlstate = getattr(error, "sqlstate", None) or ""
    if sqlstate.startswith("08") or sqlstate in _DISCONNECT_SQLSTATES:
        return True
    message = str(error).lower()
    return any(words in message for words in _DISCONNECT_WORDS)


def _rows_query(table: type[Any], doc_ids: Sequence[str] | None) -> Select:
    query = select(table).where(table.id.not_in(rejected_numbers(table))).order_by(table.id)
    if doc_ids is not None:
        query = query.where(table.doc_id.in_(list(doc_ids)))
    return query


class _FactWriter:
    """Writes the facts of one extraction inside an open session (Core statements: no ORM object per row). Actors and
    places the store has committed before are not looked up again; `actors` and `places` hold every row the
    extraction uses, for the store to remember once the transaction has committed."""

    def __init__(self, connection: Connection, statements: WriteStatements, doc_id: str, known: KnownRows) -> None:
        self.connection = connection
        self.statements = statements
        self.doc_id = doc_id
        self.known = known
        self.actors: dict[str, KnownActor] = {}
        self.places: dict[PlaceKey, KnownPlace] = {}

    def write(self, extraction: Extraction) -> None:
        """Insert the extraction's facts, each table's rows by one statement in the extraction's order (the ids a
        row-by-row insert would give them)."""
        self._resolve(extraction)
        events = [self._event(ev) for ev in extraction.events]
        control = [dict(
            **self._evidence(ct.evidence, ct.certainty.value, ct.claim_source),
            actor_id=self.actor_id(ct.actor), place_id=self.place_id(ct.place), status=ct.status.value, as_of=ct.as_of,
        ) for ct in extraction.control]
        quantities = [dict(
            **self._evidence(qt.evidence, qt.certainty.value, qt.claim_source),
            what=qt.what, low=qt.low, high=qt.high, actor_id=self.actor_id(qt.actor), place_id=self.place_id(qt.place),
        ) for qt in extraction.quantities]
        findings = [dict(
            **self._evidence(fd.evidence, "reported", None),
            what=fd.what, place=fd.place, relative_to=fd.relative_to, detail=fd.detail, consistent=fd.consistent,
        ) for fd in extraction.findings]
        for table, rows in ((EventRow, events), (ControlRow, control), (QuantityRow, quantities),
                            (FindingRow, findings)):
            if rows:
                self.connection.execute(self.statements.facts[table], rows)

    def _event(self, ev: EventFact) -> dict[str, Any]:
        place = self.places[_place_key(ev.place)] if ev.place else None
        return dict(
            **self._evidence(ev.evidence, ev.certainty.value, ev.claim_source),
            event_type=ev.event_type, sub_event_type=ev.sub_event_type,
            actor1_id=self.actor_id(ev.actor1), actor2_id=self.actor_id(ev.actor2),
            assoc_actors=[a.name for a in ev.assoc_actors], place_id=place.id if place else None,
            place_longitude=place.longitude if place else None, place_latitude=place.latitude if place else None,
            date_start=ev.date.start if ev.date else None,
            date_end=ev.date.end if ev.date else None,
            date_span_days=(ev.date.end - ev.date.start).days if ev.date else None,
            time_precision=int(ev.date.precision) if ev.date else None,
            date_expression=ev.date.expression if ev.date else None,
            fatalities_low=ev.fatalities_low, fatalities_high=ev.fatalities_high,
            trigger=ev.trigger, notes=list(ev.notes),
        )

    def _evidence(self, evidence, certainty: str, claim_source: str | None) -> dict:
        return dict(
            doc_id=self.doc_id, evidence_start=evidence.start, evidence_end=evidence.end,
            evidence_text=evidence.text, certainty=certainty, claim_source=claim_source,
        )

    def _resolve(self, extraction: Extraction) -> None:
        """Every actor and place row of the extraction: remembered, read by one SELECT per table (or created) before
        any fact is added; an actor's row is merged once, with the new aliases of all its mentions in the document."""
        events, control, quantities = extraction.events, extraction.control, extraction.quantities
        mentions: dict[str, list[Actor]] = {}
        for actor in [a for ev in events for a in (ev.actor1, ev.actor2)] + [*(f.actor for f in control),
                                                                              *(f.actor for f in quantities)]:
            if actor is not None:
                mentions.setdefault(actor.name, []).append(actor)
        places: dict[PlaceKey, Place] = {}  # a point's first mention makes its row
        for place in [*(f.place for f in events), *(f.place for f in control), *(f.place for f in quantities)]:
            if place is not None:
                places.setdefault(_place_key(place), place)
        known_actors, known_places = self.known.actors, self.known.places
        read = {row.name: KnownActor(row.id, tuple(row.aliases)) for row in self._named(
            self.statements.actors_named, [name for name in mentions if name not in known_actors])}
        for name, same in mentions.items():
            self.actors[name] = self._actor_row(same, known_actors.get(name) or read.get(name))
        points = {(row.name, row.latitude, row.longitude): KnownPlace(row.id, row.longitude, row.latitude)
                  for row in self._named(self.statements.places_named,
                                         [key[0] for key in places if key not in known_places])}
        for key, place in places.items():
            self.places[key] = known_places.get(key) or points.get(key) or self._new_place(key, place)

    def _named(self, statement: Select, names: list[str]) -> list:
        """The stored rows a by-name statement reads for these names."""
        return list(self.connection.execute(statement, {"names": names})) if names else []

    def actor_id(self, actor: Actor | None) -> int | None:
        """The id of an actor's stored row."""
        return None if actor is None else self.actors[actor.name].id

    def place_id(self, place: Place | None) -> int | None:
        """The id of a place's stored row."""
        return None if place is None else self.places[_place_key(place)].id

    def _actor_row(self, mentions: list[Actor], row: KnownActor | None) -> KnownActor:
        """The stored row of an actor named by these mentions, created (as its first mention) or given their new
        aliases as needed."""
        first = mentions[0]
        if row is None:
            created = canonical_aliases(first.aliases)
            new_id = self.statements.insert_actor.run(self.connection, dict(
                name=first.name, aliases=created, inter_code=first.inter_code,
                country=first.country, kind=first.kind, needs_review=first.needs_review,
            ))
            # ours, or the row a concurrent writer has just added
            row = KnownActor(new_id, tuple(created)) if new_id is not None else self._actor(
                self.statements.actor_by_name, {"actor_name": first.name})
        aliases = [alias for actor in mentions for alias in actor.aliases]
        if canonical_aliases([*row.aliases, *aliases]) != list(row.aliases):
            # Lock the row and merge into its committed aliases so a concurrent merge is not lost.
            row = self._actor(self.statements.actor_locked, {"actor_id": row.id})
            merged = canonical_aliases([*row.aliases, *aliases])
            if merged != list(row.aliases):
                self.connection.execute(self.statements.merge_aliases, {"actor_id": row.id, "merged": merged})
                row = KnownActor(row.id, tuple(merged))
        return row

    def _actor(self, statement: Select, parameters: dict[str, Any]) -> KnownActor:
        """The stored actor row one of the by-name or locking statements reads."""
        found = self.connection.execute(statement, parameters).one()
        return KnownActor(found.id, tuple(found.aliases))

    def _new_place(self, key: PlaceKey, place: Place) -> KnownPlace:
        """The row of a place not stored yet, inserted (unless a concurrent writer just did)."""
        new_id = self.statements.insert_place.run(self.connection, dict(
            name=place.name, latitude=key[1], longitude=key[2], country=place.country,
            admin1=place.admin1, geonames_id=place.geonames_id, population=place.population,
            feature=place.feature, geo_precision=int(place.precision), aliases=canonical_aliases(place.aliases),
        ))
        if new_id is not None:
            return KnownPlace(new_id, key[2], key[1])
        found = self.connection.execute(self.statements.place_by_key, dict(
            place_name=key[0], place_latitude=key[1], place_longitude=key[2])).one()
        return KnownPlace(found.id, found.longitude, found.latitude)


def canonical_aliases(aliases: Sequence[str]) -> list[str]:
    """An alias list as stored: each alias once, sorted, so that it is the same whichever document named the
    actor or place first (a list merged in first-seen order followed the order documents were stored in)."""
    return sorted(set(aliases))


def _place_key(place: Place) -> PlaceKey:
    """A place's row key: its name and its point rounded to 5 decimals (~1 m)."""
    return place.name, round(place.latitude, 5), round(place.longitude, 5)
