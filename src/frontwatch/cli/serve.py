"""Commands: serve (REST API + web map) and import-acled."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from frontwatch.cli.app import app, err_console
from frontwatch.cli.commands import DbOption, console, settings_for
from frontwatch.store import Store


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default; 0.0.0.0 exposes it).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the REST API (/docs, /openapi.json) and the offline web map (/)."""
    import uvicorn

    from frontwatch.api import create_app

    settings = settings_for(db)
    if not settings.api_token:
        err_console.print("no FRONTWATCH_API_TOKEN set: the API is read-only")
    app = create_app(settings)
    app.state.map.start_warming()  # the map's first view should not wait for its frames and basemap
    uvicorn.run(app, host=host, port=port, log_level="info")


@app.command(name="import-acled")
def import_acled(
    path: Annotated[Path, typer.Argument(help="An ACLED CSV file (ACLED's 31 columns).")],
    db: DbOption = None,
) -> None:
    """Import an ACLED CSV: one synthetic document and one event per row."""
    from frontwatch.importers import import_acled_csv

    store = Store(settings_for(db).database_url)
    report = import_acled_csv(path, store)
    store.close()
    for failure in report.failed:
        err_console.print(f"[red]failed:[/red] {failure}", highlight=False, soft_wrap=True)
    console.print(f"{report.stored} stored, {report.skipped} already stored, {len(report.failed)} failed")
    if report.failed:
        raise typer.Exit(code=2)
