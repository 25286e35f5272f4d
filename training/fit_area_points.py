"""Which point the geoparsing corpora give an area (a country or a first-level division), compared on their FIT parts
with the points the packaged gazetteer can compute for it: the gazetteer's own point (a country's Factbook
coordinate, a division's outline centroid, GAZETTEER.md), its seat (the capital), the mean and the
population-weighted mean of its towns, the middle of the area its towns cover (`geo_math.area_point`), and the own
point rounded to whole degrees (the style of Wikipedia's coordinates for large areas, which GeoVirus uses).

Each matched gold toponym the geoparser placed at an area of the right name (within `SAME_AREA_KM` of the gold
point: a wrong namesake is another error class) is scored under every convention: its median error, the share
within 20 km and within 161 km, per corpus and pooled (the mean of the corpora's figures, each corpus weighing
the same). The convention with the best pooled median is the choice; the current one stays unless another is
better by `MARGIN_KM` on the pooled median without a lower pooled Acc@161. The figures and the choice are written
to training/area_point_fit.json (rebuildable; no corpus text).

Run: FRONTWATCH_CACHE_DIR=... python training/fit_area_points.py [--data-dir DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from frontwatch.model import Place
from frontwatch.resolve.gazetteer import Gazetteer, gazetteer_from_settings
from frontwatch.resolve.geo_math import area_point, haversine_km
from frontwatch.resolve.geocode import Geocoder
from frontwatch.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_geo_ranker import parsed_documents  # noqa: E402  (a script beside this one)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from geoparse_corpora_bench import _demonyms, _fold, match  # noqa: E402  (the bench's matching rule)

CORPORA = ("lgl", "geovirus", "geocorpora")
AREAS = ("country", "region")
SAME_AREA_KM = 500.0  # farther off, the geoparser chose another place of the name: not a question of convention
MARGIN_KM = 2.0  # a convention replaces the current one only when its pooled median is lower by this much
OUT = Path(__file__).resolve().parent / "area_point_fit.json"


def _towns(gazetteer: Gazetteer, place: Place) -> list[tuple[float, float, int]]:
    """(lat, lon, population) of the populated places of an area (a country, or a division by its admin1 code)."""
    code = gazetteer.country_code(place.country or "")
    if code is None:
        return []
    sql = "SELECT lat, lon, population FROM place WHERE cc = ? AND feature = 'populated place'"
    args: tuple[object, ...] = (code,)
    if place.feature == "region":
        if not place.admin1:
            return []
        sql, args = sql + " AND admin1 = ?", (*args, place.admin1)
    return [(lat, lon, pop or 0) for lat, lon, pop in gazetteer._con.execute(sql, args)]  # noqa: SLF001


def conventions(gazetteer: Gazetteer) -> dict[str, Callable[[Place], tuple[float, float] | None]]:
    """Every computable point of an area, by name."""
    def seat(place: Place) -> tuple[float, float] | None:
        found = gazetteer.seat(place)
        return (found.latitude, found.longitude) if found else None

    def mean(place: Place) -> tuple[float, float] | None:
        towns = _towns(gazetteer, place)
        return (statistics.fmean(t[0] for t in towns), statistics.fmean(t[1] for t in towns)) if towns else None

    def weighted(place: Place) -> tuple[float, float] | None:
        towns = [t for t in _towns(gazetteer, place) if t[2] > 0]
        total = sum(t[2] for t in towns)
        return (sum(t[0] * t[2] for t in towns) / total, sum(t[1] * t[2] for t in towns) / total) if total else None

    def middle(place: Place) -> tuple[float, float] | None:
        towns = _towns(gazetteer, place)
        return area_point([(t[0], t[1]) for t in towns]) if towns else None

    return {
        "own point": lambda p: (p.latitude, p.longitude),
        "seat": seat,
        "mean of towns": mean,
        "population-weighted mean of towns": weighted,
        "middle of the towns' area": middle,
        "own point in whole degrees": lambda p: (float(round(p.latitude)), float(round(p.longitude))),
    }


def area_cases(data_dir: Path, geocoder: Geocoder) -> dict[str, list[tuple[dict, Place]]]:
    """Per corpus, the fit part's gold toponyms placed at an area of the right name, with that area."""
    demonyms = _demonyms()
    out: dict[str, list[tuple[dict, Place]]] = {}
    for corpus in CORPORA:
        cases = out.setdefault(corpus, [])
        for rec, doc in parsed_documents(data_dir, corpus):
            if rec["split"] != "fit":
                continue
            gold = [t for t in rec["toponyms"] if _fold(t["name"]) not in demonyms]
            system = [[m.start, m.end, m.place.latitude, m.place.longitude, m.place]
                      for m in geocoder.geoparse(rec["text"], doc) if m.place is not None]
            for g, s in match(gold, system):
                place = s[4]
                if place.feature in AREAS and haversine_km(g["lat"], g["lon"], s[2], s[3]) <= SAME_AREA_KM:
                    cases.append((g, place))
    return out


def figures(errors: list[float]) -> dict[str, float]:
    """Median error, share within 20 km and within 161 km."""
    return {"cases": len(errors), "median_km": round(statistics.median(errors), 1) if errors else 0.0,
            "within_20km": round(sum(e <= 20 for e in errors) / len(errors), 3) if errors else 0.0,
            "acc161": round(sum(e <= 161 for e in errors) / len(errors), 3) if errors else 0.0}


def fit(cases: dict[str, list[tuple[dict, Place]]], gazetteer: Gazetteer) -> dict:
    """Every convention's figures per corpus and pooled, and the choice."""
    table: dict[str, dict] = {}
    for name, point in conventions(gazetteer).items():
        row: dict[str, dict] = {}
        for corpus, pairs in cases.items():
            errors = []
            for gold, place in pairs:
                at = point(place) or (place.latitude, place.longitude)  # none computable: the own point
                errors.append(haversine_km(gold["lat"], gold["lon"], *at))
            row[corpus] = figures(errors)
        row["pooled"] = {key: round(statistics.fmean(row[c][key] for c in cases), 3)
                         for key in ("median_km", "within_20km", "acc161")}
        table[name] = row
    current = table["own point"]["pooled"]
    best = min(table, key=lambda n: table[n]["pooled"]["median_km"])
    better = (table[best]["pooled"]["median_km"] <= current["median_km"] - MARGIN_KM
              and table[best]["pooled"]["acc161"] >= current["acc161"])
    return {"split": "fit", "corpora": list(cases), "areas": list(AREAS), "same_area_km": SAME_AREA_KM,
            "margin_km": MARGIN_KM, "choice": best if better else "own point", "conventions": table}


def main() -> None:
    """Fit and write the record."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=Settings().geo_corpora)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    gazetteer = gazetteer_from_settings(Settings())
    record = fit(area_cases(args.data_dir, Geocoder(gazetteer)), gazetteer)
    args.out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    for name, row in record["conventions"].items():
        print(f"{name:36s} " + "  ".join(f"{c} {row[c]['median_km']:7.1f} km {row[c]['within_20km']:.3f} "
                                          f"{row[c]['acc161']:.3f}" for c in (*CORPORA, "pooled")))
    print("choice:", record["choice"])


if __name__ == "__main__":
    main()
