"""The watch command: poll feeds and folders, ingest what is new, alert on an area."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from frontwatch.cli.app import app, err_console
from frontwatch.cli.commands import DbOption, settings_for
from frontwatch.store import Store


@app.command()
def watch(
    sources: Annotated[list[str], typer.Argument(help="Feed files, feed URLs (http://...) or folders to poll.")],
    db: DbOption = None,
    interval: Annotated[float, typer.Option(help="Seconds between polls.", min=0.1)] = 300.0,
    rounds: Annotated[int | None, typer.Option(help="Stop after this many polls (default: run until Ctrl-C).",
                                               min=1)] = None,
    area: Annotated[str | None, typer.Option(help="Alert only for this country, province, place or box.")] = None,
    alert_file: Annotated[Path | None, typer.Option(help="Append alerts to this JSON Lines file.")] = None,
    webhook: Annotated[str | None, typer.Option(help="POST each alert as JSON to this URL.")] = None,
) -> None:
    """Poll feeds and folders on an interval, ingest new reports, and alert on events and control changes."""
    from frontwatch.pipeline import build_extractor
    from frontwatch.sitrep.area import EVERYWHERE, resolve_area
    from frontwatch.watch import Sink, Watcher, file_sink, log_sink, webhook_sink

    logging.basicConfig(format="%(asctime)s %(message)s", level=logging.INFO)
    settings = settings_for(db)
    zone = None
    if area:
        from frontwatch.resolve.gazetteer import gazetteer_from_settings

        zone = resolve_area(area, gazetteer_from_settings(settings))
    sinks: list[Sink] = [log_sink]
    if alert_file is not None:
        sinks.append(file_sink(alert_file))
    if webhook is not None:
        sinks.append(webhook_sink(webhook))
    store = Store(settings.database_url)
    watcher = Watcher(store, build_extractor(settings), settings, sources, zone or EVERYWHERE, sinks)

    def report(result) -> None:
        err_console.print(f"{result.stored} new, {result.skipped} already stored, {len(result.failed)} failed, "
                          f"{len(result.alerts)} alert(s)", highlight=False)
        for failure in result.failed:
            err_console.print(f"[red]failed:[/red] {failure}", highlight=False, soft_wrap=True)

    try:
        watcher.run(interval, rounds, on_round=report)
    except KeyboardInterrupt:
        err_console.print("stopped")
    finally:
        watcher.close()
        store.close()
