"""One writer of the schema at a time: a lock file beside a SQLite file, an advisory lock on PostgreSQL.

Two processes that open a new SQLite file at once would otherwise both see no tables and
both run CREATE TABLE; the second fails with "table ... already exists". The lock file
(`<database>.lock`, left in place, empty) serialises schema creation and migration across
processes; PostgreSQL serialises them with a transaction-scoped advisory lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError

from frontwatch.errors import StoreError

SCHEMA_LOCK_KEY = 0x66776D67  # PostgreSQL advisory lock held while tables are created or migrated
SCHEMA_LOCK_SECONDS = 300  # how long a process waits for another one's schema creation or migration
SQLITE_BUSY_MS = 30_000  # how long a SQLite connection waits for another's write lock


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, or None for another database or an in-memory one."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


@contextmanager
def schema_lock(url: str) -> Iterator[None]:
    """Hold the cross-process lock that guards schema changes of a SQLite file (no-op elsewhere)."""
    path = sqlite_file(url)
    if path is None:
        yield
        return
    lock = FileLock(f"{path}.lock", timeout=SCHEMA_LOCK_SECONDS)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StoreError(f"{path}: another process has held the schema lock {path}.lock for "
                         f"{SCHEMA_LOCK_SECONDS} s; is a migration stuck? remove the lock file if not") from exc
    try:
        yield
    finally:
        lock.release()


def lock_postgres_schema(connection: Connection) -> None:
    """Within a PostgreSQL transaction, wait for every other schema change (no-op on other databases)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
