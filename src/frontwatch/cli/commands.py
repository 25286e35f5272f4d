"""Core commands: ingest, events, show, export, eval."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from frontwatch.cli.app import app, err_console
from frontwatch.errors import FrontwatchError
from frontwatch.evaluate import load_gold, render_report, scores_to_dict
from frontwatch.evaluate.run import evaluate_records
from frontwatch.export import EXPORTERS
from frontwatch.ingest import folder_files, read_documents
from frontwatch.settings import Settings
from frontwatch.store import EventFilter, Store

# Piped or captured output has no terminal width: give tables room instead of rich's 80 columns.
console = Console() if sys.stdout.isatty() else Console(width=160)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite file (default: FRONTWATCH_DATABASE_URL or ./frontwatch.db)."),
]


def settings_for(db: str | None) -> Settings:
    """Settings from the environment, with the --db flag applied."""
    settings = Settings()
    if db:
        url = db if "://" in db else f"sqlite:///{Path(db).expanduser()}"
        settings = settings.model_copy(update={"database_url": url})
    return settings


def _parse_date(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise FrontwatchError(f"{flag} {value!r} is not a date: use YYYY-MM-DD") from exc


def _count_inputs(paths: list[str]) -> int | None:
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-" or not path.exists():
            total += 1
        elif path.is_dir():
            total += len(folder_files(path))
        else:
            return None  # feeds and JSON Lines hold an unknown number of documents
    return total


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, folders, or - for stdin.")] = None,
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for every document.")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet name for every document.")] = None,
    workers: Annotated[int, typer.Option(help="Dask worker processes for the NLP stage (0: this process).")] = 0,
    scheduler: Annotated[str | None, typer.Option(help="Address of an existing Dask scheduler.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Treat every warning (a dropped field, an unparsable "
                                                          "date, a skipped file) as a failure.")] = False,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Run the failed documents on record "
                                                                      "(frontwatch failures) again.")] = False,
) -> None:
    """Read reports, extract their facts and store them (one transaction per document).

    A document that cannot be read or extracted is listed as failed in one line and kept on
    record (frontwatch failures); the run goes on and exits with status 2 at the end.
    """
    from frontwatch.ingest_service import IngestReport
    from frontwatch.pipeline import build_extractor, ingest_service, zoned_extract, zoned_extract_many

    if not paths and not retry_failed:
        raise FrontwatchError("name files, folders or - for stdin, or pass --retry-failed")
    settings = settings_for(db)
    when = _parse_date(published, "--published")
    store = Store(settings.database_url)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True) as progress:
        task = progress.add_task("loading models", total=_count_inputs(paths or []) if not retry_failed else None)

        def advance(origin: str, status: str) -> None:
            progress.update(task, advance=1, description=f"{Path(origin).name[:40]}: {status}")

        def notice(line: str) -> None:
            kind, _, rest = line.partition(": ")
            colour = "red" if kind == "failed" else "yellow"
            progress.console.print(f"[{colour}]{kind}:[/{colour}] {escape(rest)}", highlight=False, soft_wrap=True)

        service = ingest_service(store, settings, strict=strict, on_progress=advance, on_notice=notice)
        report = IngestReport()
        if retry_failed:
            service.retry_failed(zoned_extract(build_extractor(settings)), settings.max_document_bytes, report)
        if paths and (workers or scheduler):
            from frontwatch.backfill import backfill

            backfill(paths, settings, workers or 1, scheduler, store=store, published=when, source=source,
                     service=service, report=report)
        elif paths:
            documents = read_documents(paths, published=when, source=source, max_bytes=settings.max_document_bytes)
            extractor = build_extractor(settings)
            service.run(documents, zoned_extract(extractor), report, zoned_extract_many(extractor))
    table = Table(title=f"Ingested into {settings.database_url}")
    for column in ("document", "events", "control", "quantities", "findings"):
        table.add_column(column)
    for stored in report.stored:
        table.add_row(stored.document.origin, str(stored.events), str(stored.control),
                      str(stored.quantities), str(stored.findings))
    console.print(table)
    console.print(report.summary())
    store.close()
    if report.failed:
        raise typer.Exit(code=2)


@app.command()
def failures(db: DbOption = None) -> None:
    """List the documents that failed (oldest first): origin, error, attempts and where the traceback is."""
    store = Store(settings_for(db).database_url)
    rows = store.failures()
    store.close()
    table = Table(title=f"{len(rows)} failed documents (retry: frontwatch ingest --retry-failed)")
    for column in ("id", "origin", "document", "error", "attempts", "last failed", "traceback"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(f"fl-{row.id}", row.origin, row.doc_id or "", f"{row.error_class}: {row.message}",
                      str(row.attempts), f"{row.last_failed_at:%Y-%m-%d %H:%M}", row.traceback_ref or "")
    console.print(table)


@app.command()
def events(
    db: DbOption = None,
    event_type: Annotated[str | None, typer.Option("--type", help="ACLED event type.")] = None,
    sub_event_type: Annotated[str | None, typer.Option("--sub-type", help="ACLED sub-event type.")] = None,
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name.")] = None,
    certainty: Annotated[str | None, typer.Option(help="confirmed, reported or claimed.")] = None,
    since: Annotated[str | None, typer.Option(help="Events ending on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Events starting on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 200,
) -> None:
    """List stored events as a table."""
    store = Store(settings_for(db).database_url)
    rows = store.events(EventFilter(
        event_type=event_type, sub_event_type=sub_event_type, actor=actor, certainty=certainty,
        date_from=_parse_date(since, "--since"), date_to=_parse_date(until, "--until"), limit=limit,
    ))
    from frontwatch.fuse.review import review_statuses

    reviewed = review_statuses(store, [f"ev-{row.id}" for row in rows])
    table = Table(title=f"{len(rows)} events")
    for column in ("id", "date", "type", "actor 1", "actor 2", "place", "fatalities", "certainty", "review"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            f"ev-{row.id}", row.date_start.isoformat() if row.date_start else "?", row.sub_event_type,
            row.actor1.name if row.actor1 else "", row.actor2.name if row.actor2 else "",
            row.place.name if row.place else "", _fatalities(row.fatalities_low, row.fatalities_high),
            row.certainty, reviewed.get(f"ev-{row.id}", ""),
        )
    console.print(table)
    store.close()


def _fatalities(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    return str(low if low is not None else high) if low == high or high is None or low is None else f"{low}–{high}"


@app.command()
def show(
    fact_id: Annotated[str, typer.Argument(help="A fact id such as ev-3, ct-1, qt-7 or fd-2.")],
    db: DbOption = None,
) -> None:
    """Show one fact with its evidence sentence and source document."""
    from frontwatch.export.records import control_record, event_record, finding_record, quantity_record

    store = Store(settings_for(db).database_url)
    row = store.fact(fact_id)
    if row is None:
        raise FrontwatchError(f"no fact {fact_id!r}: ids look like ev-3, ct-1, qt-7, fd-2")
    to_record: dict[str, Callable[[Any], dict]] = {"ev": event_record, "ct": control_record,
                                                  "qt": quantity_record, "fd": finding_record}
    record = to_record[fact_id.split("-")[0]](row)
    evidence = record.pop("evidence")[0]
    for key, value in record.items():
        if value not in (None, [], ""):
            console.print(f"[bold]{key}[/bold]: {value}", highlight=False)
    document = row.document
    console.print(f"\n[bold]evidence[/bold] ({document.origin}, chars {evidence['start']}-{evidence['end']}):")
    console.print(f"  “{evidence['text']}”", highlight=False)
    console.print(f"[bold]source[/bold]: {document.source or 'unknown outlet'}, published "
                  f"{document.published or 'unknown'}; {document.title or ''}", highlight=False)
    from frontwatch.fuse.review import review_history, review_status

    status = review_status(store, fact_id)
    console.print(f"[bold]review[/bold]: {status or 'not reviewed'}", highlight=False)
    for entry in review_history(store, fact_id):
        change = f" {entry['field']}: {entry['old']} → {entry['new']}" if entry["field"] else ""
        console.print(f"  {(entry['at'] or '')[:16]} {entry['who']} {entry['action']}{change}"
                      f"{' (' + entry['note'] + ')' if entry['note'] else ''}", highlight=False)
    store.close()


@app.command()
def export(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="Output format.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
) -> None:
    """Export stored facts (jsonl: the output contract other scorers read)."""
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise FrontwatchError(f"unknown format {fmt!r}; known: {', '.join(sorted(EXPORTERS))}")
    store = Store(settings_for(db).database_url)
    if output is None:
        exporter.write(store, sys.stdout, None)
    else:
        with output.open("w", encoding="utf-8") as out:
            count = exporter.write(store, out, None)
        err_console.print(f"wrote {count} records to {output}")
    store.close()


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines file (shared eval/FORMAT.md).")],
    db: Annotated[str | None, typer.Option("--db", help="Keep the extracted facts in this database.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the pipeline on a gold file: JSON Lines reports (FORMAT.md) or a CASE 2021 TSV."""
    from frontwatch.pipeline import build_extractor

    if gold.suffix.lower() == ".tsv":
        from frontwatch.cli.classify import eval_case

        eval_case(gold)
        return

    settings = settings_for(db) if db else Settings(database_url="sqlite:///:memory:")
    records = load_gold(gold)
    store = Store(settings.database_url)
    extractor = build_extractor(settings)
    scores = evaluate_records(records, extractor.extract, store, str(gold))
    store.close()
    if as_json:
        print(json.dumps(scores_to_dict(scores), indent=2, default=str))
    else:
        console.print(render_report(scores))
