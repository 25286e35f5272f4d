"""Fit the geocoder's thresholds (data/geo_thresholds.yaml) by a sweep on training documents only.

Usage: python training/fit_geo_thresholds.py [--data-dir DIR] [--corpora lgl,geovirus,geocorpora]
       [--acled FILE] [--acled-notes 800] [--rounds 1] [--record FILE] [--only NAME,...]
(--data-dir defaults to $FRONTWATCH_WORK_DIR/geo, --acled to $FRONTWATCH_WORK_DIR/acled/corpus.jsonl)

Documents: the "fit" split of the public corpora of training/geo_corpora.py (the ranker's own training
documents; their "heldout" split is kept for geoparse_corpora_bench.py) and a seeded sample of the ACLED
coded notes' "train" split (the benches measure "dev" and "heldout"). Each document is parsed once.

Objective, the mean over the corpora of: for a gold corpus, the F1 of correct places (a system mention that
overlaps a gold toponym, one to one, and lies within 161 km of it: recall over gold toponyms, precision over
resolved mentions); for the ACLED notes, the share of notes whose coded point lies within 25 km of a resolved
mention. Coordinate sweep: each threshold in turn takes the grid value with the best objective, the others
held at their current values (a tie keeps the current value), `--rounds` times. A threshold whose whole grid
scores the same is one no training document decides: it keeps its value and its reason says so.

`--record FILE` writes each threshold's chosen value with the objective at each grid value and the
documents swept on (JSON); the values and their provenance are copied into data/geo_thresholds.yaml by hand,
with their reasons.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import asdict, replace
from pathlib import Path

from frontwatch.resolve.gazetteer import gazetteer_from_settings
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.resolve.geo_rank import load_thresholds
from frontwatch.resolve.geocode import Geocoder
from frontwatch.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_geo_ranker import parsed_documents, parsed_notes  # noqa: E402  (a script beside this one)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from geoparse_corpora_bench import _demonyms, _fold, match  # noqa: E402  (the bench's matching rule)

ACC_KM = 161.0
ACLED_KM = 25.0
# candidate values per threshold: around the hand-set value, on a log scale for populations and distances
GRID: dict[str, list[float]] = {
    "min_population_with_cue": [1000, 5000, 20000],
    "min_population_alone": [300000, 1000000, 3000000],
    "min_population_abroad": [30000, 100000, 300000],
    "abroad_evidence": [1.0, 2.0, 3.0],
    "resolved_town_evidence": [0.25, 0.5, 1.0],
    "well_known_city_evidence": [0.5, 1.0, 2.0],
    "confident_margin": [0.5, 1.0, 2.0],
    "rival_km": [25.0, 50.0, 100.0],
    "min_seat_share": [0.0, 0.02, 0.05, 0.1],
    "salient_rival": [1.0, 2.0, 4.0, 8.0],
}
# not swept: min_population_in_context is read only without a fitted acceptance model (the shipped weights
# have one); no training document names a facility or a container town, so facility_town_km and
# container_town_km keep their hand-set values and reasons; nor is actor_evidence (the corpora name few armed
# groups)


def acled_notes(path: Path, limit: int, seed: int, cache_dir: Path) -> list[tuple[dict, object]]:
    """A seeded sample of the ACLED notes' "train" split that have a coded point, with their parse."""
    notes = [rec for line in path.open(encoding="utf-8")
             if (rec := json.loads(line)).get("split") == "train" and rec.get("latitude") is not None]
    notes = random.Random(seed).sample(notes, min(limit, len(notes)))
    return list(zip(notes, parsed_notes(notes, cache_dir), strict=True))


def corpus_score(geocoder: Geocoder, pairs: list[tuple[dict, object]], demonyms: set[str]) -> float:
    """F1 of correct places (overlapping a gold toponym and within 161 km of it) on a gold corpus."""
    gold = system = correct = 0
    for doc, parsed in pairs:
        toponyms = [t for t in doc["toponyms"] if _fold(t["name"]) not in demonyms]
        found = [[m.start, m.end, m.place.latitude, m.place.longitude]
                 for m in geocoder.geoparse(doc["text"], parsed) if m.place is not None]
        gold += len(toponyms)
        system += len(found)
        correct += sum(haversine_km(g["lat"], g["lon"], s[2], s[3]) <= ACC_KM for g, s in match(toponyms, found))
    recall, precision = correct / max(gold, 1), correct / max(system, 1)
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def acled_score(geocoder: Geocoder, pairs: list[tuple[dict, object]]) -> float:
    """Share of notes whose coded point lies within 25 km of a resolved mention."""
    hits = 0
    for note, parsed in pairs:
        places = [m.place for m in geocoder.geoparse(note["text"], parsed) if m.place is not None]
        hits += any(haversine_km(note["latitude"], note["longitude"], p.latitude, p.longitude) <= ACLED_KM
                    for p in places)
    return hits / max(len(pairs), 1)


def objective(geocoder: Geocoder, data: dict[str, list[tuple[dict, object]]], demonyms: set[str]
              ) -> tuple[float, dict[str, float]]:
    """Mean of the per-corpus scores, and each corpus's score."""
    scores = {name: (acled_score(geocoder, pairs) if name == "acled" else corpus_score(geocoder, pairs, demonyms))
              for name, pairs in data.items()}
    return sum(scores.values()) / len(scores), scores


def sweep(geocoder: Geocoder, data: dict[str, list[tuple[dict, object]]], rounds: int,
          only: tuple[str, ...] = ()) -> dict[str, dict]:
    """Coordinate sweep over GRID (or the thresholds `only` names); per threshold its chosen value and the
    objective at each grid value."""
    demonyms = _demonyms()
    current = geocoder.limits
    best, scores = objective(geocoder, data, demonyms)
    print(f"start {best:.4f} {json.dumps({k: round(v, 4) for k, v in scores.items()})}", flush=True)
    record: dict[str, dict] = {}
    for _ in range(rounds):
        for name, grid in GRID.items():
            if only and name not in only:
                continue
            results = {}
            for value in grid:
                if value == getattr(current, name):
                    results[value] = best  # the current values' objective, measured already
                    continue
                geocoder.limits = replace(current, **{name: float(value)})
                results[value], per = objective(geocoder, data, demonyms)
                print(f"{name}={value:g}: {results[value]:.4f} {json.dumps({k: round(v, 4) for k, v in per.items()})}",
                      flush=True)
            top = max(results.values())
            chosen = getattr(current, name) if results.get(getattr(current, name), -1) >= top else max(
                results, key=lambda v: (results[v], -abs(v - getattr(current, name))))
            flat = max(results.values()) - min(results.values()) < 1e-9
            current = replace(current, **{name: float(chosen)})
            best = results[chosen]
            record[name] = {"value": chosen, "flat": flat,
                            "objective": {f"{v:g}": round(s, 4) for v, s in results.items()}}
            print(f"-> {name} = {chosen:g}{' (flat)' if flat else ''}; objective {best:.4f}", flush=True)
    geocoder.limits = current
    return record


def main() -> None:
    """Parse the training documents once, sweep, print (and with --record write) the chosen values."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Settings().geo_corpora)
    parser.add_argument("--corpora", default="lgl,geovirus,geocorpora")
    parser.add_argument("--acled", type=Path, default=Settings().acled_corpus)
    parser.add_argument("--acled-notes", type=int, default=800, help="ACLED train notes in the sample (0: none)")
    parser.add_argument("--acled-cache", type=Path, default=None,
                        help="where the notes' parse is cached (default: DATA_DIR/cache)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--record", type=Path, default=None, help="write the chosen values and objectives (JSON)")
    parser.add_argument("--only", default="", help="sweep only these thresholds (comma-separated names of GRID)")
    args = parser.parse_args()
    only = tuple(n for n in args.only.split(",") if n)
    if unknown := sorted(set(only) - set(GRID)):
        parser.error(f"not in the grid: {', '.join(unknown)}")

    data = {name: [(d, p) for d, p in parsed_documents(args.data_dir, name) if d["split"] == "fit"]
            for name in args.corpora.split(",")}
    if args.acled_notes and args.acled.is_file():
        cache = args.acled_cache or args.data_dir / "cache"
        data["acled"] = acled_notes(args.acled, args.acled_notes, args.seed, cache)
    geocoder = Geocoder(gazetteer_from_settings(Settings()), thresholds=load_thresholds())
    record = sweep(geocoder, data, args.rounds, only)
    print(json.dumps(asdict(geocoder.limits), indent=1))
    if args.record:
        documents = {name: len(pairs) for name, pairs in data.items()}
        args.record.write_text(json.dumps({"documents": documents, "seed": args.seed, "rounds": args.rounds,
                                           "thresholds": record}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
