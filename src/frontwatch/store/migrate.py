"""Schema migrations: bring a SQLite or PostgreSQL database to the newest Alembic revision.

`Store(url)` still creates missing tables itself (create_all), so a fresh SQLite file works
without this module. A database created that way carries no Alembic version: `upgrade`
adopts it by stamping the initial revision (whose tables create_all made) and then runs
every later revision. Concurrent upgrades wait for each other: on a lock file beside a
SQLite file, on an advisory lock in PostgreSQL (see store.schema_lock).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from frontwatch.errors import StoreError
from frontwatch.store.repository import create_store_engine
from frontwatch.store.schema import Base
from frontwatch.store.schema_lock import lock_postgres_schema, schema_lock

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"
INITIAL_REVISION = "0001"


def alembic_config(url: str, connection: Connection | None = None) -> Config:
    """An Alembic configuration over the packaged migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision id of the packaged migrations."""
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(url: str) -> str | None:
    """The revision a database is at, or None when it carries no Alembic version."""
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the schema version of {url!r}: {exc.__class__.__name__}: {exc}") from exc
    finally:
        engine.dispose()


def upgrade(url: str, revision: str = "head") -> str:
    """Migrate the database at `url` to `revision` (default: newest); returns the revision reached."""
    engine = create_store_engine(url)
    try:
        with schema_lock(url), engine.begin() as connection:
            lock_postgres_schema(connection)
            config = alembic_config(url, connection)
            if _unversioned_with_tables(connection):
                command.stamp(config, _revision_matching_models(connection))
            command.upgrade(config, revision)
            reached = MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate {url!r}: {exc.__class__.__name__}: {exc}") from exc
    finally:
        engine.dispose()
    return reached or "base"


def _unversioned_with_tables(connection: Connection) -> bool:
    """Whether Store's create_all made the tables of a database Alembic never touched."""
    tables = set(inspect(connection).get_table_names())
    return "alembic_version" not in tables and "documents" in tables


def _revision_matching_models(connection: Connection) -> str:
    """Head when the unversioned tables already equal the models, else the initial revision."""
    differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    return "head" if not differences else INITIAL_REVISION
