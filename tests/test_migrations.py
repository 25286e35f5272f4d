"""Alembic migrations build the same schema as the models, on SQLite and PostgreSQL, and adopt create_all databases."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pg_fixtures import any_url, pg_url  # noqa: F401  (fixtures)
from sqlalchemy import create_engine, inspect
from typer.testing import CliRunner

from frontwatch.errors import StoreError
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


def test_upgrading_from_0003_workspace_copies_each_event_place_point_for_box_filters(any_url):
    from sqlalchemy import text

    from frontwatch.store import EventFilter

    assert upgrade(any_url, "0003_workspace") == "0003_workspace"
    engine = create_engine(any_url)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO documents (id, origin, text, ingested_at, warnings) "
                                "VALUES ('d1', 'a.txt', 'x', '2014-06-01 00:00:00', '[]')"))
        connection.execute(text("INSERT INTO places (id, name, latitude, longitude, feature, geo_precision, aliases) "
                                "VALUES (1, 'Hit', 33.64, 42.83, 'populated place', 1, '[]')"))
        for ident, place in ((1, 1), (2, None)):
            connection.execute(text(
                "INSERT INTO events (id, event_type, sub_event_type, assoc_actors, place_id, date_start, date_end, "
                "notes, doc_id, evidence_start, evidence_end, evidence_text, certainty) VALUES "
                f"({ident}, 'Battles', 'Armed clash', '[]', :place, '2014-06-01', '2014-06-01', '[]', 'd1', 0, 1, "
                "'x', 'reported')"), {"place": place})
    engine.dispose()
    assert upgrade(any_url) == head_revision()
    engine = create_engine(any_url)
    with engine.connect() as connection:
        points = connection.execute(text("SELECT id, place_longitude, place_latitude FROM events ORDER BY id")).all()
    engine.dispose()
    assert [tuple(p) for p in points] == [(1, 42.83, 33.64), (2, None, None)]
    store = Store(any_url)
    try:
        assert [e.id for e in store.events(EventFilter(bbox=(42.0, 33.0, 43.0, 34.0)))] == [1]
    finally:
        store.close()


def test_a_database_an_older_version_made_is_refused_with_the_upgrade_command(any_url):
    upgrade(any_url, "0003_workspace")
    with pytest.raises(StoreError, match=r"events\.place_longitude.*frontwatch db upgrade"):
        Store(any_url)
    upgrade(any_url)
    Store(any_url).close()
