"""Schema commands: `frontwatch db upgrade|current` (Alembic). Dask backfill is `ingest --workers N`."""

from __future__ import annotations

from typing import Annotated

import typer

from frontwatch.cli.app import app
from frontwatch.cli.commands import DbOption, console, settings_for

db_app = typer.Typer(help="Create or migrate the database schema (SQLite or PostgreSQL).", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(
    db: DbOption = None,
    revision: Annotated[str, typer.Option(help="Target revision.")] = "head",
) -> None:
    """Migrate the database to the newest schema (safe to run again, and from several hosts at once)."""
    from frontwatch.store.migrate import upgrade

    url = settings_for(db).database_url
    console.print(f"{url}: schema at revision {upgrade(url, revision)}", highlight=False)


@db_app.command("current")
def db_current(db: DbOption = None) -> None:
    """Print the schema revision of the database (none: never migrated)."""
    from frontwatch.store.migrate import current_revision, head_revision

    url = settings_for(db).database_url
    console.print(f"{url}: revision {current_revision(url) or 'none'} (newest {head_revision()})", highlight=False)
