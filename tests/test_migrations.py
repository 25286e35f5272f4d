"""Alembic migrations build the same schema as the models, on SQLite and PostgreSQL, and adopt create_all databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pg_fixtures import any_url, pg_url  # noqa: F401  (fixtures)
from sqlalchemy import create_engine, inspect
from typer.testing import CliRunner

from frontwatch.store import Base, Store
from frontwatch.store.migrate import current_revision, head_revision, upgrade


def _schema(url: str) -> dict[str, set[str]]:
    engine = create_engine(url)
    try:
        inspector = inspect(engine)
        return {t: {c["name"] for c in inspector.get_columns(t)} for t in inspector.get_table_names()}
    finally:
        engine.dispose()


def _differences(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()


def test_upgrading_an_empty_database_gives_the_tables_and_columns_of_the_models(any_url):
    assert upgrade(any_url) == head_revision()
    expected = {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables}
    assert {"documents", "events", "fused_events", "fused_event_members", "reviews"} <= set(expected)
    found = _schema(any_url)
    assert found.pop("alembic_version") == {"version_num"}
    assert found == expected
    assert _differences(any_url) == []  # types, nullability, indexes and unique constraints too


def test_upgrade_twice_is_a_no_op_and_the_store_then_reads_and_writes(any_url):
    upgrade(any_url)
    assert upgrade(any_url) == head_revision()
    store = Store(any_url)
    try:
        from test_store import make_extraction

        assert store.save(make_extraction())
        assert len(store.events()) == 1
    finally:
        store.close()


def test_a_database_made_by_store_is_adopted_without_losing_rows(any_url):
    from test_store import make_extraction

    store = Store(any_url)
    store.save(make_extraction())
    store.close()
    assert current_revision(any_url) is None
    assert upgrade(any_url) == head_revision()
    assert current_revision(any_url) == head_revision()
    store = Store(any_url)
    try:
        assert len(store.events()) == 1
    finally:
        store.close()


def test_fresh_sqlite_file_works_without_running_migrations(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'new' / 'facts.db'}")
    try:
        assert store.documents() == []
    finally:
        store.close()


def test_db_upgrade_command_reports_the_revision(tmp_path):
    from frontwatch.cli import app
    from frontwatch.cli import db as _db  # noqa: F401  (registers `db`)

    path = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["db", "upgrade", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert f"revision {head_revision()}" in result.output
    assert current_revision(f"sqlite:///{path}") == head_revision()
