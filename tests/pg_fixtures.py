"""PostgreSQL for tests: a fresh database per test on the server in FRONTWATCH_TEST_PG_URL, or a skip.

Import the fixtures you use into a test module (`from pg_fixtures import any_store, pg_url`).
`any_store` runs a test once on SQLite and once on PostgreSQL (the second skips without a server).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from frontwatch.store import Store

PG_ENV = "FRONTWATCH_TEST_PG_URL"


def pg_server_url() -> str | None:
    """The test server's URL from the environment, or None."""
    return os.environ.get(PG_ENV) or None


def create_pg_database(prefix: str = "fwtest") -> str:
    """Create an empty, uniquely named database on the test server; its URL."""
    server = pg_server_url()
    assert server, f"{PG_ENV} is not set"
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    _admin(server, f'CREATE DATABASE "{name}"')
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    """Drop a database made by create_pg_database, closing whatever still uses it."""
    name = make_url(url).database
    _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin(url: str, statement: str) -> None:
    engine = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture()
def pg_url() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test; skips without a server."""
    if not pg_server_url():
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server")
    url = create_pg_database()
    yield url
    drop_pg_database(url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_url(request, tmp_path) -> str:
    """The URL of an empty database, once SQLite and once PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'facts.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture()
def any_store(any_url) -> Iterator[Store]:
    """An empty store, once on SQLite and once on PostgreSQL."""
    store = Store(any_url)
    yield store
    store.close()


def fact_counts(url: str) -> dict[str, tuple[int, int, int, int]]:
    """Per stored document: how many events, control claims, quantities and findings it has."""
    from sqlalchemy import func, select

    from frontwatch.store import ControlRow, DocumentRow, EventRow, FindingRow, QuantityRow

    store = Store(url)
    try:
        with store.session() as session:
            counts = {doc_id: [0, 0, 0, 0] for doc_id in session.scalars(select(DocumentRow.id))}
            for i, table in enumerate((EventRow, ControlRow, QuantityRow, FindingRow)):
                for doc_id, n in session.execute(select(table.doc_id, func.count()).group_by(table.doc_id)):
                    counts[doc_id][i] = n
        return {doc_id: tuple(n) for doc_id, n in counts.items()}
    finally:
        store.close()


def frontwatch_command() -> list[str]:
    """The frontwatch CLI of the running interpreter's environment, as a subprocess argv prefix."""
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "frontwatch"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from frontwatch.cli import main; main()"]
