"""Geocoding benchmark: accuracy on hand-labelled mentions, resolution speed cold and warm, index cost.

Usage: python bench/geocode_bench.py [--cache-dir DIR] [--skip-build]

Reads bench/data/geocode_mentions.jsonl (one short sentence per line with one labelled
mention: surface, character offsets, true coordinates, country, kind). Reports:
- accuracy within 25 km and 161 km, end to end (geoparse of the sentence, the mention
  found at the labelled offsets) and by name only (Geocoder.resolve(surface)), by kind;
- index build time, size on disk and peak memory of the build (a fresh cache dir);
- names/second with the index cold (just built, nothing cached) and warm (loaded from
  the on-disk cache by a new Gazetteer), and the warm load time.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from frontwatch.nlp import load_pipeline
from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.resolve.geocode import Geocoder
from frontwatch.settings import Settings

DATA = Path(__file__).parent / "data" / "geocode_mentions.jsonl"
_BUILD_CHILD = """
import resource, sys, time
from pathlib import Path
from frontwatch.resolve.gazetteer import Gazetteer
t = time.perf_counter()
g = Gazetteer.load(Path(sys.argv[1]))
print(time.perf_counter() - t, g.built, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _names_per_second(gazetteer: Gazetteer, names: list[str]) -> float:
    geocoder = Geocoder(gazetteer)
    started = time.perf_counter()
    for name in names:
        geocoder.resolve(name)
    return len(names) / (time.perf_counter() - started)


def _accuracy(errors: list[float], km: float) -> str:
    return f"{sum(e <= km for e in errors) / len(errors):.3f}" if errors else "-"


def main() -> None:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache-dir", type=Path, default=None, help="index cache (default: a fresh temp dir)")
    parser.add_argument("--skip-build", action="store_true", help="use an existing cache, do not time a cold build")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = [r["surface"] for r in rows]
    cache_dir = args.cache_dir or Path(tempfile.mkdtemp(prefix="frontwatch-geobench-"))

    build_s = build_rss = None
    if not args.skip_build:
        out = subprocess.run([sys.executable, "-c", _BUILD_CHILD, str(cache_dir)], check=True,
                             capture_output=True, text=True).stdout.split()
        build_s, built, build_rss = float(out[0]), out[1] == "True", int(out[2]) / 1024
        if not built:
            print(f"note: {cache_dir} already held an index; the 'build' row is a warm load")

    rss_before = _rss_mb()
    started = time.perf_counter()
    cold = Gazetteer.load(cache_dir)
    open_s = time.perf_counter() - started
    cold_rate = _names_per_second(cold, names)
    cold.close()
    started = time.perf_counter()
    warm = Gazetteer.load(cache_dir)
    warm_load_s = time.perf_counter() - started
    warm_rate_first = _names_per_second(warm, names)
    warm_rate_cached = _names_per_second(warm, names)
    rss_gaz = _rss_mb() - rss_before

    nlp = load_pipeline(Settings().spacy_model)
    geocoder = Geocoder(warm)
    by_kind_e2e: dict[str, list[float]] = defaultdict(list)
    by_kind_name: dict[str, list[float]] = defaultdict(list)
    misses = []
    started = time.perf_counter()
    for row in rows:
        mentions = geocoder.geoparse(row["text"], nlp(row["text"]))
        hit = [m for m in mentions if m.place is not None and m.start < row["end"] and row["start"] < m.end]
        err = (haversine_km(hit[0].place.latitude, hit[0].place.longitude, row["lat"], row["lon"])
               if hit else float("inf"))
        place = geocoder.resolve(row["surface"])
        name_err = haversine_km(place.latitude, place.longitude, row["lat"], row["lon"]) if place else float("inf")
        for kind in ("all", row["kind"]):
            by_kind_e2e[kind].append(err)
            by_kind_name[kind].append(name_err)
        if err > 25:
            misses.append((row["id"], row["surface"], row["country"], "no mention" if not hit else f"{err:.0f} km",
                           hit[0].why if hit else ""))
    geoparse_s = time.perf_counter() - started
    index_mb = warm.index_path.stat().st_size / 1e6

    countries = sorted({r["country"] for r in rows})
    print(f"# geocode bench: {len(rows)} mentions, {len(countries)} countries ({', '.join(countries)})\n")
    print("| kind | n | e2e ≤25 km | e2e ≤161 km | name-only ≤25 km | name-only ≤161 km |")
    print("|---|---|---|---|---|---|")
    for kind in ["all", *sorted(k for k in by_kind_e2e if k != "all")]:
        e2e, name = by_kind_e2e[kind], by_kind_name[kind]
        print(f"| {kind} | {len(e2e)} | {_accuracy(e2e, 25)} | {_accuracy(e2e, 161)} | "
              f"{_accuracy(name, 25)} | {_accuracy(name, 161)} |")
    print("\n| measure | value |\n|---|---|")
    if build_s is not None:
        print(f"| index build (cold, fresh cache dir) | {build_s:.1f} s |")
        print(f"| peak RSS of the build process | {build_rss:.0f} MB |")
    print(f"| index size on disk | {index_mb:.1f} MB |")
    print(f"| open just-built index | {open_s * 1000:.1f} ms |")
    print(f"| names/s, cold (new index, empty caches) | {cold_rate:,.0f} |")
    print(f"| warm load from cache | {warm_load_s * 1000:.1f} ms |")
    print(f"| names/s, warm (first pass) | {warm_rate_first:,.0f} |")
    print(f"| names/s, warm (repeated names, in-memory cache) | {warm_rate_cached:,.0f} |")
    print(f"| RSS growth for two opened gazetteers | {rss_gaz:.0f} MB |")
    print(f"| geoparse incl. spaCy, sentences/s | {len(rows) / geoparse_s:,.0f} |")
    if misses:
        print("\nmisses beyond 25 km (end to end):")
        for miss in misses:
            print("  ", *miss)


if __name__ == "__main__":
    main()
