"""Build src/frontwatch/data/learned_places.csv: the places coders located events at, from the "train"
split of the ACLED coded-event corpus (training/build_corpus.py), as a low-prior gazetteer tier.

Usage: python training/build_learned_places.py [--corpus FILE (default: $FRONTWATCH_WORK_DIR/acled/corpus.jsonl)]
       [--out src/frontwatch/data/learned_places.csv] [--cluster-km 10]

Only each note's coded location is read (name, first-level division, country, point): never its text.
A name coded at points more than `--cluster-km` apart in one country is kept as one row per cluster, at
the cluster's most frequent point. "City - Quarter" locations give the quarter's name and "X (East)" gives
X, the coded form as its spelling; names with digits or under three letters are left out. The index build
(resolve/geo_index.py) drops the rows whose name the gazetteer already has nearby and keeps the others as
places with no population and no curated standing (data/GAZETTEER.md).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from frontwatch.resolve.gazetteer import gazetteer_from_settings
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.settings import Settings

DEFAULT_CORPUS = Settings().acled_corpus
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "src" / "frontwatch" / "data" / "learned_places.csv"
HEADER = ("name", "alternate_names", "latitude", "longitude", "country_code", "admin1", "feature", "parent",
          "population", "geonames_id", "note")


def coded_locations(corpus: Path) -> tuple[Counter[tuple[str, str, str, float, float]], str]:
    """(location, admin1, country, lat, lon) -> notes of the train split coded there; and the sha256 of the ids read."""
    found: Counter[tuple[str, str, str, float, float]] = Counter()
    ids = []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            note = json.loads(line)
            if note.get("split") != "train" or not note.get("location") or note.get("latitude") is None:
                continue
            ids.append(note["id"])
            found[(note["location"].strip(), (note.get("admin1") or "").strip(), note["country"].strip(),
                   round(float(note["latitude"]), 4), round(float(note["longitude"]), 4))] += 1
    return found, hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()


def clusters(points: Counter[tuple[str, float, float]], km: float) -> list[tuple[str, float, float, int]]:
    """Greedy clusters of (admin1, lat, lon) points, most frequent first: (admin1, lat, lon, notes) of each."""
    out: list[list] = []
    for (admin1, lat, lon), count in points.most_common():
        for cluster in out:
            if haversine_km(lat, lon, cluster[1], cluster[2]) <= km:
                cluster[3] += count
                break
        else:
            out.append([admin1, lat, lon, count])
    return [(a, la, lo, n) for a, la, lo, n in out]


def news_name(location: str) -> tuple[str, tuple[str, ...]] | None:
    """The name news write for a coded location, with the coded form as a spelling: 'Dhaka - Mirpur' ->
    'Mirpur', 'Kan Hpyu (East)' -> 'Kan Hpyu'; None for a name with digits ('K50', 'Dori 7km E') or of fewer
    than three letters, which text would match by accident."""
    name = location.rsplit(" - ", 1)[-1]
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()
    if any(c.isdigit() for c in name) or sum(c.isalpha() for c in name) < 3:
        return None
    return name, (() if name == location else (location,))


def main() -> None:
    """Read the train notes' coded locations and write the place CSV."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cluster-km", type=float, default=10.0)
    args = parser.parse_args()
    gazetteer = gazetteer_from_settings(Settings())
    found, ids_sha = coded_locations(args.corpus)
    by_name: dict[tuple[str, str], Counter[tuple[str, float, float]]] = defaultdict(Counter)
    unknown_countries: Counter[str] = Counter()
    for (location, admin1, country, lat, lon), count in found.items():
        code = gazetteer.country_code(country)
        if code is None:
            unknown_countries[country] += count
            continue
        by_name[(location, code)][(admin1, lat, lon)] += count
    rows = []
    for (location, code), points in sorted(by_name.items()):
        named = news_name(location)
        if named is None:
            continue
        name, spellings = named
        for admin1, lat, lon, count in clusters(points, args.cluster_km):
            rows.append((name, "|".join(spellings), f"{lat:.4f}", f"{lon:.4f}", code, admin1, "populated place",
                         "", "", "", f"{count} train notes"))
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# frontwatch learned places: coded event locations of the ACLED corpus' train split; "
                     "see data/GAZETTEER.md and training/DATA.md. Rebuilt by training/build_learned_places.py.\n")
        handle.write(f"# train notes read: {sum(found.values())}; their ids' sha256: {ids_sha}\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"{len(rows)} rows ({len(by_name)} names) from {sum(found.values())} train notes -> {args.out}")
    if unknown_countries:
        print("countries the gazetteer does not know:", dict(unknown_countries))


if __name__ == "__main__":
    main()
