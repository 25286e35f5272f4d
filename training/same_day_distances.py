"""How near ACLED codes distinct events of one day, actor 1 and sub-type: for each coded point of the corpus's train
split with another such point, the distance to the nearest one, as shares within a few distances. ACLED codes one
event per location and day, so this is what a merge radius of that size would wrongly fold together in a report
telling both (data/frame_table.yaml: places_km same_event, named_apart). Train split only; writes nothing.

Run: .venv/bin/python training/same_day_distances.py [--corpus /work/data/acled/corpus.jsonl]
"""

from __future__ import annotations

import argparse
import json
from bisect import bisect_right
from collections import defaultdict
from pathlib import Path

from frontwatch.resolve.geo_math import haversine_km

DISTANCES_KM = (5, 10, 15, 20, 25, 30, 40, 50)


def nearest_others(corpus: Path) -> list[float]:
    """Per coded point with another of its day, actor 1 and sub-type (train split), the distance to the nearest."""
    groups: dict[tuple[str, str, str], set[tuple[float, float]]] = defaultdict(set)
    for line in corpus.open(encoding="utf-8"):
        note = json.loads(line)
        if note["split"] == "train" and note.get("latitude") is not None:
            groups[note["event_date"], note["actor1"], note["label"]].add((note["latitude"], note["longitude"]))
    return sorted(min(haversine_km(*p, *q) for q in points if q != p)
                  for points in groups.values() if len(points) > 1 for p in points)


def main() -> None:
    """Print the shares."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/data/acled/corpus.jsonl"))
    found = nearest_others(parser.parse_args().corpus)
    print(f"coded points with another of one day, actor 1 and sub-type: {len(found)}")
    for km in DISTANCES_KM:
        print(f"within {km} km: {bisect_right(found, km) / len(found):.3f}")


if __name__ == "__main__":
    main()
