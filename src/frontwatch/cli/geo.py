"""Geocoding commands: `frontwatch geoparse FILE`, `frontwatch gazetteer import|lookup`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from frontwatch.cli.app import app
from frontwatch.errors import InputError
from frontwatch.ingest.jsonl import jsonl_documents
from frontwatch.model import Place, PlaceMention
from frontwatch.nlp import load_pipeline
from frontwatch.resolve.gazetteer import IMPORTS_DIRNAME, gazetteer_from_settings
from frontwatch.resolve.geo_explain import explain_geoparse
from frontwatch.resolve.geo_import import import_geonames_dump
from frontwatch.resolve.geocode import Geocoder
from frontwatch.settings import Settings

gazetteer_app = typer.Typer(help="Build, extend and query the gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


def _place_fields(place: Place | None) -> dict[str, object]:
    if place is None:
        return {k: None for k in ("name", "geonames_id", "latitude", "longitude", "country", "feature", "precision")}
    return {
        "name": place.name, "geonames_id": place.geonames_id, "latitude": round(place.latitude, 5),
        "longitude": round(place.longitude, 5), "country": place.country, "feature": place.feature,
        "precision": int(place.precision),
    }


def _mention_record(mention: PlaceMention, doc_id: str | None) -> dict[str, object]:
    head = {"doc": doc_id} if doc_id is not None else {}
    return {**head, "start": mention.start, "end": mention.end, "text": mention.surface,
            **_place_fields(mention.place), "why": mention.why}


def _read_documents(file: str) -> Iterator[tuple[str | None, str | None, str | None]]:
    """(doc id, text, problem) per document: one for a text file or stdin, one per line of a .jsonl file."""
    if file == "-":
        yield None, sys.stdin.read(), None
        return
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(file, f"cannot read as UTF-8 text ({exc})") from exc
    if not file.endswith(".jsonl"):
        yield None, text, None
        return
    for item in jsonl_documents(text, file, published=None, source=None):
        if isinstance(item, InputError):
            yield None, None, str(item)
        else:
            yield item.origin.rsplit("#", 1)[1], item.text, None


@app.command()
def geoparse(
    file: Annotated[str, typer.Argument(help='Plain-text file, a .jsonl file of {"id", "text"} lines, or -.')],
    explain: Annotated[bool, typer.Option("--explain", help="Also print each candidate's score and features.")] = False,
) -> None:
    """Print every place mention as JSON Lines (doc id, offsets, place, precision, why)."""
    settings = Settings()
    geocoder = Geocoder(gazetteer_from_settings(settings))
    nlp = load_pipeline(settings.spacy_model)
    failed = 0
    for doc_id, text, problem in _read_documents(file):
        if problem is not None or text is None:
            typer.echo(problem, err=True)
            failed += 1
            continue
        for mention, candidates in explain_geoparse(geocoder, text, nlp(text), explain):
            record = _mention_record(mention, doc_id)
            if explain:
                record["candidates"] = candidates
            typer.echo(json.dumps(record, ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


@gazetteer_app.command("import")
def gazetteer_import(
    path: Annotated[Path, typer.Argument(help="cities500.zip, allCountries.zip, XX.zip/.txt or a place CSV.")],
) -> None:
    """Convert a GeoNames dump (or copy a place CSV) into the gazetteer's imported files."""
    settings = Settings()
    dest, count = import_geonames_dump(path, Path(settings.cache_dir) / IMPORTS_DIRNAME)
    typer.echo(f"imported {count} places into {dest}; the index is rebuilt on next use")


@gazetteer_app.command("lookup")
def gazetteer_lookup(
    name: Annotated[str, typer.Argument(help="A place name in any spelling.")],
    limit: Annotated[int, typer.Option(help="Show at most this many candidates.")] = 10,
) -> None:
    """Print the ranked candidates for a name as JSON Lines."""
    gazetteer = gazetteer_from_settings(Settings())
    for entry in gazetteer.candidates(name)[:limit]:
        record = {**_place_fields(entry.place), "admin1": entry.place.admin1,
                  "population": entry.place.population, "score": round(entry.score, 2), "source": entry.source}
        typer.echo(json.dumps(record, ensure_ascii=False))
