"""Counts per class of the geoparser's errors on the FIT documents of the geoparsing corpora: the gold toponyms it
misses, and the matched ones placed more than 20 km off (by the kind of place chosen and the error band).

Counts only: no corpus text is printed unless --show is given (for the reader's eyes, never for the repository).

Run: FRONTWATCH_CACHE_DIR=... python training/geo_error_classes.py [--data-dir DIR] [--corpora lgl,geovirus]
     [--split fit] [--show CLASS] [--decided]
The spaCy parses are read from DIR/cache/<corpus>.spacy as training/fit_geo_ranker.py caches them (made if absent).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

from fit_geo_ranker import parsed_documents

from frontwatch.resolve.gazetteer import gazetteer_from_settings
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.resolve.geocode import Geocoder
from frontwatch.settings import Settings

_BENCH = Path(__file__).resolve().parent.parent / "bench" / "geoparse_corpora_bench.py"
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,3}$")
BANDS = ((20, 161, "20-161 km"), (161, 1000, "161-1,000 km"), (1000, 1e9, "over 1,000 km"))
# error sizes for the breakdown by the gold place's kind (--gold-kinds)
SIZES = ((-1, 1, "<=1 km"), (1, 20, "1-20 km"), (20, 161, "20-161 km"), (161, 1e9, ">161 km"))


def gold_kind(geocoder: Geocoder, gold: dict) -> str:
    """The kind of place a gold toponym is (GeoVirus annotates none): the feature of the gazetteer candidate of its
    name nearest its gold point, when within 161 km; else 'unknown'."""
    best = min(((haversine_km(gold["lat"], gold["lon"], e.place.latitude, e.place.longitude), e.place.feature or "?")
                for e in geocoder.gazetteer.candidates(gold["name"])), default=(1e9, "unknown"))
    return best[1] if best[0] <= 161 else "unknown"


def whole_degrees(gold: dict) -> bool:
    """Is the gold point in whole (or half) degrees, as Wikipedia's articles place countries and states?"""
    return all(abs(v * 2 - round(v * 2)) < 1e-6 for v in (gold["lat"], gold["lon"]))


def _bench():
    spec = importlib.util.spec_from_file_location("geoparse_corpora_bench", _BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def miss_class(text: str, gold: dict, mentions: list, doc: object, geocoder: Geocoder) -> str:
    """What the geoparser did with a gold toponym it missed, then the name's own form."""
    start, end, name = gold["start"], gold["end"], text[gold["start"]:gold["end"]]
    unresolved = [m for m in mentions if m.place is None and m.start < end and start < m.end]
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() == "" and name.isupper() and text[end:end + 2].strip()[:1] in (":", "-", "—"):
        return "dateline (all-capital name opening a line, a mark after it)"
    if _ABBREVIATION.match(name.replace(" ", "")):
        return "abbreviation" + (" (a modifier: 'U.S. troops')" if _modifier(doc, start, end) else "")
    if unresolved:
        found = unresolved[0]
        inside = found.start <= start and end <= found.end and (found.start, found.end) != (start, end)
        return "span unresolved" + (" (inside a longer span)" if inside else "")
    if not geocoder.gazetteer.candidates(name):
        return "no gazetteer candidate"
    labels = {t.ent_type_ for t in doc.char_span(start, end, alignment_mode="expand") or ()}  # type: ignore[attr-defined]
    if labels & {"GPE", "LOC", "FAC"}:
        return "NER place, dropped (acceptance cut or a small place abroad)"
    if labels - {""}:
        return "NER other label (" + ",".join(sorted(labels - {""})) + "), not read"
    return "no NER entity, not read"


def _modifier(doc: object, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")  # type: ignore[attr-defined]
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")


def main() -> None:
    """Print the classes with their counts per corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=Settings().geo_corpora)
    parser.add_argument("--corpora", default="lgl,geovirus")
    parser.add_argument("--split", default="fit")
    parser.add_argument("--show", default="", help="print the cases of classes containing this text (not for the repo)")
    parser.add_argument("--decided", action="store_true",
                        help="mark the misses the acceptance model decided (and dropped) apart from those it never saw")
    parser.add_argument("--gold-kinds", action="store_true",
                        help="also break the matched toponyms' errors down by the gold place's kind and error size")
    args = parser.parse_args()
    bench = _bench()
    demonyms = bench._demonyms()
    geocoder = Geocoder(gazetteer_from_settings(Settings()))
    for corpus in args.corpora.split(","):
        misses: Counter[str] = Counter()
        far: Counter[tuple[str, str]] = Counter()
        errors: list[float] = []
        by_kind: dict[str, list[float]] = defaultdict(list)
        n_gold = 0
        by_gold: dict[str, list[tuple[float, bool]]] = defaultdict(list)
        for rec, doc in parsed_documents(args.data_dir, corpus):
            if rec["split"] != args.split:
                continue
            gold = [t for t in rec["toponyms"] if bench._fold(t["name"]) not in demonyms]
            n_gold += len(gold)
            geocoder.accept_trace = [] if args.decided else None
            mentions = geocoder.geoparse(rec["text"], doc)
            system = [[m.start, m.end, m.place.latitude, m.place.longitude, m] for m in mentions if m.place]
            pairs = bench.match(gold, system)
            matched = {id(g) for g, _ in pairs}
            for g in gold:
                if id(g) not in matched:
                    cls = miss_class(rec["text"], g, mentions, doc, geocoder)
                    trace = geocoder.accept_trace or []
                    if any(s < g["end"] and g["start"] < e for s, e, *_ in trace):
                        cls += " | the acceptance model dropped it"
                    misses[cls] += 1
                    if args.show and args.show in cls:
                        print(f"  MISS {cls}: {rec['text'][max(0, g['start'] - 60):g['end'] + 40]!r}", file=sys.stderr)
            for g, s in pairs:
                km = haversine_km(g["lat"], g["lon"], s[2], s[3])
                place = s[4].place
                kind = place.feature or "?"
                errors.append(km)
                if args.gold_kinds:
                    by_gold[gold_kind(geocoder, g)].append((km, whole_degrees(g)))
                by_kind[kind].append(km)
                band = next((label for lo, hi, label in BANDS if lo < km <= hi), None)
                if band:
                    far[(kind, band)] += 1
                    if args.show and args.show in f"{kind} {band}":
                        print(f"  FAR {kind} {band} {km:.0f} km: {g['name']!r} -> {place.name}, {place.country} "
                              f"({place.latitude:.2f},{place.longitude:.2f}) gold ({g['lat']},{g['lon']})",
                              file=sys.stderr)
        print(f"\n## {corpus} ({args.split}): {n_gold} gold, {len(errors)} matched, {sum(misses.values())} missed; "
              f"median {statistics.median(errors):.1f} km")
        for cls, n in misses.most_common():
            print(f"miss  {n:5d}  {cls}")
        for kind, kms in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
            print(f"kind  {len(kms):5d}  {kind}: median {statistics.median(kms):.1f} km, "
                  + ", ".join(f"{label} {far[(kind, label)]}" for _, _, label in BANDS))
        if args.gold_kinds:
            print_gold_kinds(by_gold, errors)


def print_gold_kinds(by_gold: dict[str, list[tuple[float, bool]]], errors: list[float]) -> None:
    """Matched toponyms by the gold place's kind and error size; the gold points in whole or half degrees among the
    20-161 km ones (Wikipedia's convention for countries and states); the median with each kind's 20-161 km errors
    taken as exact (what a change of that kind's point convention could give at most)."""
    for kind, rows in sorted(by_gold.items(), key=lambda kv: -len(kv[1])):
        kms = [km for km, _ in rows]
        sizes = ", ".join(f"{label} {sum(lo < km <= hi for km in kms)}" for lo, hi, label in SIZES)
        mid = [whole for km, whole in rows if 20 < km <= 161]
        exact = [0.0 if 20 < km <= 161 else km for km in kms] + [km for k, r in by_gold.items() if k != kind
                                                               for km, _ in r]
        print(f"gold  {len(kms):5d}  {kind}: median {statistics.median(kms):.1f} km; {sizes}; "
              f"20-161 km with a whole-degree gold point {sum(mid)} of {len(mid)}; "
              f"corpus median with these exact {statistics.median(exact):.1f} km (now {statistics.median(errors):.1f})")


if __name__ == "__main__":
    main()
