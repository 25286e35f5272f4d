"""The statements a store's writes run, built once per store with bound parameters.

A statement built per call is built and keyed anew every time before SQLAlchemy finds its compiled form in the cache
(a document's look-up by id: ~85 µs so, ~19 µs prebuilt); a prebuilt one is keyed once. Values travel as parameters,
so the SQL sent, and everything stored, are those of the statements built per call.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Any, cast

from sqlalchemy import Connection, Executable, Insert, Select, Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from frontwatch.store.schema import ActorRow, ControlRow, DocumentRow, EventRow, FindingRow, PlaceRow, QuantityRow


@dataclass(frozen=True)
class UniqueInsert:
    """An INSERT of a row unless one with the same unique key exists, even one a concurrent writer adds now: the
    dialect's ON CONFLICT DO NOTHING ... RETURNING id, or elsewhere a plain INSERT inside a savepoint."""

    statement: Executable
    skips_conflicts: bool

    @classmethod
    def of(cls, table: Table, keys: list[str], dialect: str) -> UniqueInsert:
        """The statement for a table's unique key on a dialect."""
        if dialect in ("postgresql", "sqlite"):
            # a SQLite run never imports PostgreSQL's dialect
            make_insert = import_module(f"sqlalchemy.dialects.{dialect}").insert
            return cls(make_insert(table).on_conflict_do_nothing(index_elements=keys).returning(table.c.id), True)
        return cls(insert(table), False)

    def run(self, connection: Connection, values: dict[str, Any]) -> int | None:
        """The new row's id, or None if the row was there."""
        if self.skips_conflicts:
            return connection.execute(self.statement, values).scalar()
        try:
            with connection.begin_nested():
                return cast(Any, connection.execute(self.statement, values).inserted_primary_key)[0]
        except IntegrityError:
            return None


def _table(row: type) -> Table:
    return cast(Table, cast(Any, row).__table__)


@dataclass(frozen=True)
class WriteStatements:
    """Every statement of a document's write, for one dialect."""

    document_stored: Select
    insert_document: Insert
    facts: dict[type, Insert]
    actors_named: Select
    places_named: Select
    actor_by_name: Select
    actor_locked: Select
    merge_aliases: Executable
    place_by_key: Select
    insert_actor: UniqueInsert
    insert_place: UniqueInsert

    @classmethod
    def of(cls, dialect: str) -> WriteStatements:
        """The statements for a dialect ("sqlite", "postgresql", ...)."""
        actors, places = _table(ActorRow), _table(PlaceRow)
        actor_row = select(ActorRow.id, ActorRow.aliases)
        return cls(
            document_stored=select(DocumentRow.id).where(DocumentRow.id == bindparam("doc_id")),
            insert_document=insert(_table(DocumentRow)),
            facts={row: insert(_table(row)) for row in (EventRow, ControlRow, QuantityRow, FindingRow)},
            actors_named=select(ActorRow.id, ActorRow.name, ActorRow.aliases).where(
                ActorRow.name.in_(bindparam("names", expanding=True))),
            places_named=select(PlaceRow.id, PlaceRow.name, PlaceRow.latitude, PlaceRow.longitude).where(
                PlaceRow.name.in_(bindparam("names", expanding=True))),
            actor_by_name=actor_row.where(ActorRow.name == bindparam("actor_name")),
            actor_locked=actor_row.where(ActorRow.id == bindparam("actor_id")).with_for_update(),
            merge_aliases=update(actors).where(actors.c.id == bindparam("actor_id")).values(
                aliases=bindparam("merged", type_=actors.c.aliases.type)),
            place_by_key=select(PlaceRow.id, PlaceRow.longitude, PlaceRow.latitude).where(
                PlaceRow.name == bindparam("place_name"), PlaceRow.latitude == bindparam("place_latitude"),
                PlaceRow.longitude == bindparam("place_longitude")),
            insert_actor=UniqueInsert.of(actors, ["name"], dialect),
            insert_place=UniqueInsert.of(places, ["name", "latitude", "longitude"], dialect),
        )

    def document_is_stored(self, connection: Connection, doc_id: str) -> bool:
        """Whether a document with this content id is stored (its id read, not its text)."""
        return connection.execute(self.document_stored, {"doc_id": doc_id}).first() is not None
