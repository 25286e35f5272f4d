"""Benchmark of the event's place on ACLED-coded TRAIN notes, by country, without memory of those countries.

The learned-places table (data/learned_places.csv) is built from the train split's coded locations, so
measuring on train notes with it measures memory. This bench builds the gazetteer with the table's rows
of the measured countries left out (a separate index in the cache, keyed by the filtered file's bytes),
then runs the full extractor on a seeded sample of each measured country's train notes and classes the
scored event's place: within 25 km of the coded point, no coordinates, in another country than the coded
one, or in the right country but farther; beside it, the share of notes whose coded first-level division
is written in the text (a fallback the geocoder could have used), the median error of placed events, and
the share where some place mention of the text lies within 25 km.

Run: .venv/bin/python bench/acled_places_bench.py [--countries Somalia,Ethiopia,...] [--per-country 100]
         [--seed 11] [--corpus FILE] [--dump FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import statistics
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from acled_notes_bench import DEFAULT_CORPUS

from frontwatch.evaluate.coded_notes import PLACE_KM, CodedNote, load_coded_notes, scored_event
from frontwatch.model import Document
from frontwatch.pipeline import build_extractor
from frontwatch.resolve import geo_index, geo_sources
from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.settings import Settings
from frontwatch.taxonomy import NONE_LABEL, load_taxonomy

COUNTRIES = ("Somalia", "Ethiopia", "Bangladesh", "Sri Lanka", "Myanmar", "Burkina Faso", "Benin", "Nigeria",
             "India", "Pakistan", "Yemen", "Syria", "Ukraine", "Mexico", "United States")


@dataclass(frozen=True)
class PlaceOutcome:
    """How one note's scored event was placed (class None: no event found)."""

    country: str
    found: bool
    klass: str | None  # within | none | wrong country | far
    error_km: float | None
    division_named: bool
    among: bool


def filtered_learned_places(codes: set[str], dest: Path) -> Path:
    """A copy of learned_places.csv without the rows of the given country codes."""
    source = geo_sources.learned_places_path()
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    comments = [line for line in lines if line.startswith("#")]
    body = [line for line in lines if not line.startswith("#")]
    rows = list(csv.reader(body))
    column = rows[0].index("country_code")
    with dest.open("w", encoding="utf-8", newline="") as out:
        out.writelines(comments)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerows(row for row in rows if row is rows[0] or row[column] not in codes)
    return dest


def use_learned_places(path: Path) -> None:
    """Point the index build (and its input hash) at another learned-places file."""
    geo_sources.learned_places_path = lambda: path  # type: ignore[assignment]
    geo_index.learned_places_path = lambda: path  # type: ignore[attr-defined]


def sample(corpus: Path, countries: tuple[str, ...], per_country: int, seed: int) -> list[CodedNote]:
    """A seeded sample of each country's train event notes with a coded point."""
    by_country: dict[str, list[CodedNote]] = defaultdict(list)
    for note in load_coded_notes(corpus, "train"):
        if note.country in countries and note.label != NONE_LABEL and note.latitude is not None:
            by_country[note.country].append(note)
    rng = random.Random(seed)
    return [n for c in countries for n in rng.sample(by_country[c], min(per_country, len(by_country[c])))]


def names_division(text: str, admin1: str) -> bool:
    """Whether the coded first-level division (or its name without a division word) is written in the text."""
    name = re.sub(r"\b(region|state|province|division|district|governorate|oblast)\b", "", admin1, flags=re.I).strip()
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", text, flags=re.I) is not None


def class_row(name: str, rows: list[PlaceOutcome]) -> str:
    """One markdown row of the place classes over `rows`."""
    found = [o for o in rows if o.found]
    shares = {k: sum(o.klass == k for o in found) / max(len(found), 1) for k in ("within", "none", "wrong country",
                                                                               "far")}
    misses = [o for o in found if o.klass != "within"]
    errors = [o.error_km for o in found if o.error_km is not None]
    return (f"| {name} | {len(rows)} | {len(found) / len(rows):.3f} | {shares['within']:.3f} | {shares['none']:.3f} | "
            f"{shares['wrong country']:.3f} | {shares['far']:.3f} | "
            f"{sum(o.division_named for o in misses) / max(len(misses), 1):.3f} | "
            f"{statistics.median(errors) if errors else float('nan'):.1f} | "
            f"{sum(o.among for o in rows) / len(rows):.3f} |")


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--countries", default=",".join(COUNTRIES))
    parser.add_argument("--per-country", type=int, default=100)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--dump", type=Path, default=None, help="write each note's coding and placed event here")
    args = parser.parse_args()
    countries = tuple(c.strip() for c in args.countries.split(","))
    raw = (json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip())
    admin1 = {r["id"]: r.get("admin1") or "" for r in raw if r.get("split") == "train"}
    notes = sample(args.corpus, countries, args.per_country, args.seed)
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        probe = Gazetteer.load(settings.cache_dir)
        codes = {code for c in countries if (code := probe.country_code(c))}
        use_learned_places(filtered_learned_places(codes, Path(tmp) / "learned_places.csv"))
        extractor = build_extractor(settings)
        taxonomy = load_taxonomy()
        outcomes: list[PlaceOutcome] = []
        dump = args.dump.open("w", encoding="utf-8") if args.dump else None
        for note in notes:
            published = date.fromisoformat(note.event_date) if note.event_date else None
            extraction = extractor.extract(Document(id=note.id, text=note.text, origin=note.id, published=published))
            event = scored_event(note, extraction, taxonomy)
            assert note.latitude is not None and note.longitude is not None
            among = any(m.place is not None and haversine_km(m.place.latitude, m.place.longitude, note.latitude,
                                                             note.longitude) <= PLACE_KM for m in extraction.places)
            klass, error = None, None
            if event is not None:
                place = event.place
                if place is None:
                    klass = "none"
                else:
                    error = haversine_km(place.latitude, place.longitude, note.latitude, note.longitude)
                    coded, got = probe.country_code(note.country), probe.country_code(place.country or "")
                    klass = ("within" if error <= PLACE_KM else "wrong country" if coded and got != coded else "far")
            outcomes.append(PlaceOutcome(note.country, event is not None, klass, error,
                                         names_division(note.text, admin1.get(note.id, "")), among))
            if dump:
                dump.write(json.dumps({"id": note.id, "country": note.country, "class": klass, "error_km": error,
                                       "place": event.place.name if event and event.place else None,
                                       "place_country": event.place.country if event and event.place else None}) + "\n")
        if dump:
            dump.close()
    print(f"## Event place on ACLED train notes, learned places of the measured countries left out "
          f"({len(notes)} notes, seed {args.seed})\n")
    print("| country | notes | event found | within 25 km | no coordinates | wrong country | right country, >25 km "
          "| miss naming its division | median error km | some mention within 25 km |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for country in (*countries, "all"):
        rows = [o for o in outcomes if country in ("all", o.country)]
        if rows:
            print(class_row(country, rows))

if __name__ == "__main__":
    main()
