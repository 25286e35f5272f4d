"""Situation-picture commands: fuse, merges, control, population, review, sitrep."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from frontwatch.cli.app import app
from frontwatch.cli.commands import DbOption, settings_for
from frontwatch.errors import FrontwatchError
from frontwatch.fuse import (
    accept,
    control_as_of,
    edit,
    force_merge,
    fuse_events,
    list_merges,
    population_under_control,
    reject,
    review_log,
    undo_merge,
)
from frontwatch.fuse.control import interval_dict
from frontwatch.store import Store

console = Console()
merges_app = typer.Typer(help="List, undo or force the merges of reports into fused events.", no_args_is_help=True)
review_app = typer.Typer(help="Accept, reject or edit any fact; reviews win over extraction.", no_args_is_help=True)
app.add_typer(merges_app, name="merges")
app.add_typer(review_app, name="review")

WhoOption = Annotated[str, typer.Option("--who", help="Your name, kept with the decision.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _store(db: str | None) -> Store:
    return Store(settings_for(db).database_url)


def _date(value: str, flag: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise FrontwatchError(f"{flag} {value!r} is not a date: use YYYY-MM-DD") from exc


@app.command()
def fuse(
    db: DbOption = None,
    embeddings: Annotated[bool, typer.Option(help="Also require similar evidence sentences (MiniLM).")] = False,
) -> None:
    """Fuse reports of one event into fused events (human merge decisions are kept)."""
    result = fuse_events(_store(db), use_embeddings=embeddings)
    console.print(f"{result.events} events → {result.fused_events} fused events; {result.auto_merges} automatic "
                  f"merges, {result.forced_pairs} forced, {result.never_pairs} kept apart ({result.seconds:.2f} s)")


@merges_app.command("list")
def merges_list(
    db: DbOption = None,
    kind: Annotated[str | None, typer.Option(help="Only auto, forced or undone.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List merge decisions."""
    rows = list_merges(_store(db), kind)
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table("id", "events", "kind", "who", "when", "reason")
    for row in rows:
        table.add_row(row["id"], f"{row['event_a']} + {row['event_b']}", row["kind"], row["who"],
                      (row["at"] or "")[:16], row["reason"] or "")
    console.print(table)


@merges_app.command("undo")
def merges_undo(decision: Annotated[str, typer.Argument(help="Decision id (md-N).")], who: WhoOption,
                db: DbOption = None) -> None:
    """Split a merged pair apart and never merge it automatically again."""
    row = undo_merge(_store(db), decision, who)
    console.print(f"{row['id']}: {row['event_a']} and {row['event_b']} kept apart")


@merges_app.command("force")
def merges_force(a: Annotated[str, typer.Argument(help="Event id (ev-N or fe-N).")],
                 b: Annotated[str, typer.Argument(help="Event id (ev-N or fe-N).")], who: WhoOption,
                 db: DbOption = None) -> None:
    """Merge two events whatever the rules say."""
    row = force_merge(_store(db), a, b, who)
    console.print(f"{row['id']}: {row['event_a']} and {row['event_b']} merged")


@app.command()
def control(as_of: Annotated[str, typer.Option("--as-of", help="Date YYYY-MM-DD.")], db: DbOption = None,
            claimed: Annotated[bool, typer.Option(help="Include claims (kept apart).")] = True,
            as_json: JsonOption = False) -> None:
    """Who holds what on a date, with the evidence of each interval."""
    rows = control_as_of(_store(db), _date(as_of, "--as-of"), include_claimed=claimed)
    if as_json:
        typer.echo(json.dumps([interval_dict(r) for r in rows], indent=2))
        return
    table = Table("actor", "status", "place", "since", "basis", "certainty", "evidence")
    for r in rows:
        table.add_row(r.actor, r.status, r.place.name, r.start.isoformat(), r.basis, r.certainty,
                      ", ".join(e.fact_id for e in r.evidence))
    console.print(table)


@app.command()
def population(as_of: Annotated[str, typer.Option("--as-of", help="Date YYYY-MM-DD.")], db: DbOption = None) -> None:
    """Population under control per actor on a date: computed from the gazetteer beside claimed figures."""
    table = Table("actor", "computed", "places", "claimed in reports")
    for est in population_under_control(_store(db), _date(as_of, "--as-of")):
        places = "\n".join(f"{s.interval.place.name}: {s.counted:,} ({s.why})" for s in est.places)
        claimed = "\n".join(f"{q.low:,}{'+' if q.high is None else ''} ({q.fact_id})" for q in est.claimed if q.low)
        table.add_row(est.actor, f"{est.computed:,}", places, claimed)
    console.print(table)


@review_app.command("accept")
def review_accept(fact: str, who: WhoOption, note: str | None = None, db: DbOption = None) -> None:
    """Mark a fact (ev-N, ct-N, qt-N, fd-N) as checked."""
    console.print(accept(_store(db), fact, who, note))


@review_app.command("reject")
def review_reject(fact: str, who: WhoOption, note: str | None = None, db: DbOption = None) -> None:
    """Reject a fact: it leaves fusion, control, population, ledgers and sitreps."""
    console.print(reject(_store(db), fact, who, note))


@review_app.command("edit")
def review_edit(fact: str, field: str, value: str, who: WhoOption, note: str | None = None,
                db: DbOption = None) -> None:
    """Set one field of a fact; the edit shows at once in events, show, the map, the API and every export."""
    console.print(edit(_store(db), fact, field, value, who, note))


@review_app.command("queue")
def review_queue_command(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """Facts nobody reviewed yet that most need it: inconsistencies, missing place/actor/date, lone claims."""
    from frontwatch.fuse.queue import review_queue

    rows = review_queue(_store(db), limit)
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table("fact", "why", "what", "evidence")
    for row in rows:
        table.add_row(row["fact_id"], ", ".join(row["reasons"]), row["summary"], row["evidence"][:120])
    console.print(table)


@review_app.command("log")
def review_log_command(db: DbOption = None) -> None:
    """Print every review as JSON Lines (for export)."""
    for entry in review_log(_store(db)):
        typer.echo(json.dumps(entry))


@app.command()
def sitrep(
    as_of: Annotated[str, typer.Option("--as-of", help="The report's day, YYYY-MM-DD.")],
    since: Annotated[str | None, typer.Option(help="Start of the period, YYYY-MM-DD (default: a week before).")] = None,
    area: Annotated[str | None, typer.Option(help="Country, province, place, or west,south,east,north.")] = None,
    out: Annotated[Path | None, typer.Option(help="Write OUT.md, OUT.html and OUT.pdf (default: print Markdown).")]
    = None,
    db: DbOption = None,
) -> None:
    """Write a situation report: key judgements, changes, control, forces, population, claims, findings."""
    from frontwatch.sitrep import build_sitrep, to_html, to_markdown, to_pdf

    settings = settings_for(db)
    gazetteer = None
    if area:
        from frontwatch.resolve.gazetteer import gazetteer_from_settings

        gazetteer = gazetteer_from_settings(settings)
    report = build_sitrep(Store(settings.database_url), _date(as_of, "--as-of"),
                          _date(since, "--since") if since else None, area, gazetteer=gazetteer,
                          fade_days=settings.control_fade_days)
    if out is None:
        typer.echo(to_markdown(report))
        return
    md, html, pdf = out.with_suffix(".md"), out.with_suffix(".html"), out.with_suffix(".pdf")
    md.write_text(to_markdown(report), encoding="utf-8")
    html.write_text(to_html(report), encoding="utf-8")
    pdf.write_bytes(to_pdf(report))
    console.print(f"wrote {md}, {html} and {pdf}")
