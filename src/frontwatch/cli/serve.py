"""Commands: serve (REST API + web map) and import-acled."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from frontwatch.cli.app import app, err_console
from frontwatch.cli.commands import DbOption, console, settings_for
from frontwatch.store import Store

# uvicorn restarts a worker that does not answer its supervisor in time; starting one (imports, app) can
# take longer than uvicorn's 5 s default on a busy machine, and a restart loop never serves.
WORKER_HEALTHCHECK_SECONDS = 120


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default; 0.0.0.0 exposes it).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (one per core serves concurrent "
                                                     "clients; each opens its own database connections).")] = 1,
) -> None:
    """Serve the REST API (/docs, /openapi.json) and the offline web map (/)."""
    import uvicorn

    from frontwatch.api import create_app
    from frontwatch.api.app import settled

    settings = settings_for(db)
    if not settings.api_token:
        err_console.print("no FRONTWATCH_API_TOKEN set: the API is read-only")
    if workers == 1:
        app = settled(create_app(settings))
        app.state.map.start_warming()  # the map's first view should not wait for its frames and basemap
        uvicorn.run(app, host=host, port=port, log_level="info")
        return
    os.environ["FRONTWATCH_DATABASE_URL"] = settings.database_url  # each worker builds its app from the environment
    uvicorn.run("frontwatch.api.app:create_app_from_environment", factory=True, workers=workers,
                host=host, port=port, log_level="info", timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS)


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
