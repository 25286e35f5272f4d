"""End-to-end geoparsing on public annotated corpora: raw text in, places out, scored per corpus,
for the working tree against a baseline git revision measured in the same run.

Corpora (extracted by training/geo_corpora.py into --data-dir, outside git; see training/GEO_DATA.md):
  lgl, geovirus, geocorpora   the ranker's weights are fitted on their "fit" documents: scored on "heldout"
                  (GeoCorpora: tweets, since this round; the baseline's weights never saw them);
  tud             TUD-Loc-2013 (continents, countries, cities, divisions, regions): never fitted, all documents;
  acled           $FRONTWATCH_WORK_DIR/acled/corpus.jsonl "dev" notes (if present): the share of notes whose coded
                  event point lies within 25 km of a place the geoparser found (a geocoder-only figure).

Matching rule (as in Gritta et al. 2019, "A Pragmatic Guide to Geoparsing Evaluation", and Gritta
et al. 2018, "What's missing in geographical parsing?"): a gold toponym and a system mention match
when their character spans overlap; pairs are made one to one, largest overlap first. Only system
mentions that resolved to a place count. recall = matched gold / gold; precision = matched system
mentions / system mentions. Geocoding figures are over matched pairs (the literature's convention for
end-to-end geocoding): Acc@161 = share with error <= 161 km; median and mean error in km.

Demonyms: LGL annotates adjectives and people's names ("Russian", "Palestinians") as toponyms;
GeoVirus and TUD-Loc-2013 do not, and frontwatch reads them as a hint of the country, never as a
place. Gold spans whose text is a demonym of src/frontwatch/data/demonyms.csv (as at this commit,
the same list for both revisions; abbreviations such as "U.S." stay, they name the country itself)
are left out of the gold; the table says how many per corpus.

Speed: words/s of Geocoder.geoparse alone (the spaCy parse, identical for both revisions, is timed
apart), i.e. 1,000 words take 1000 / (words/s) seconds of geocoding.

Run: .venv/bin/python bench/geoparse_corpora_bench.py [--baseline-ref main] [--corpora lgl,geovirus,tud,acled]
     [--data-dir DIR (default: $FRONTWATCH_WORK_DIR/geo)] [--split heldout|fit|all] [--limit N]
Each revision runs in a child process with its own src/ on PYTHONPATH and its own gazetteer cache.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
FITTED = ("lgl", "geovirus", "geocorpora")
ACLED_KM = 25.0


# ---- child: one revision geoparses one corpus ------------------------------------------------

def child(corpus_file: Path, split: str, limit: int, out_file: Path) -> None:
    """Geoparse every document of the corpus file with the frontwatch on PYTHONPATH; write predictions."""
    import frontwatch
    from frontwatch.nlp import load_pipeline
    from frontwatch.resolve.gazetteer import gazetteer_from_settings
    from frontwatch.resolve.geocode import Geocoder
    from frontwatch.settings import Settings

    settings = Settings()
    geocoder = Geocoder(gazetteer_from_settings(settings))
    nlp = load_pipeline(settings.spacy_model)
    docs = _documents(corpus_file, split, limit)
    parse_s = geo_s = 0.0
    words = 0
    predictions = []
    for doc_id, text in docs:
        started = time.perf_counter()
        parsed = nlp(text)
        parse_s += time.perf_counter() - started
        started = time.perf_counter()
        mentions = geocoder.geoparse(text, parsed)
        geo_s += time.perf_counter() - started
        words += sum(1 for t in parsed if not t.is_punct and not t.is_space)
        predictions.append({"id": doc_id, "mentions": [
            [m.start, m.end, m.place.latitude, m.place.longitude] for m in mentions if m.place is not None]})
    out_file.write_text(json.dumps({"source": frontwatch.__file__, "parse_s": parse_s, "geo_s": geo_s,
                                    "words": words, "predictions": predictions}), encoding="utf-8")


def _documents(corpus_file: Path, split: str, limit: int) -> list[tuple[str, str]]:
    docs = []
    for line in corpus_file.open(encoding="utf-8"):
        rec = json.loads(line)
        if split == "all" or rec.get("split") == split:
            docs.append((rec["id"], rec["text"]))
    return docs[:limit] if limit else docs


# ---- scoring ------------------------------------------------------------------------------------

def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def match(gold: list[dict], system: list[list[float]]) -> list[tuple[dict, list[float]]]:
    """One-to-one pairs of overlapping spans, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g["end"], s[1]) - max(g["start"], s[0])
            if overlap > 0:
                pairs.append((overlap, gi, si))
    used_g, used_s, out = set(), set(), []
    for _, gi, si in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gold[gi], system[si]))
    return out


def score_corpus(gold_docs: dict[str, dict], predictions: list[dict]) -> dict[str, float]:
    """Recall, precision, Acc@161, median and mean error for one revision on one corpus."""
    n_gold = n_sys = 0
    errors: list[float] = []
    for pred in predictions:
        gold = gold_docs[pred["id"]]["toponyms"]
        n_gold += len(gold)
        n_sys += len(pred["mentions"])
        for g, s in match(gold, pred["mentions"]):
            errors.append(haversine_km(g["lat"], g["lon"], s[2], s[3]))
    return {
        "docs": len(predictions), "gold": n_gold, "system": n_sys, "matched": len(errors),
        "recall": len(errors) / n_gold if n_gold else 0.0,
        "precision": len(errors) / n_sys if n_sys else 0.0,
        "acc161": sum(e <= 161 for e in errors) / len(errors) if errors else 0.0,
        "median_km": statistics.median(errors) if errors else float("nan"),
        "mean_km": statistics.fmean(errors) if errors else float("nan"),
    }


def score_acled(gold_docs: dict[str, dict], predictions: list[dict]) -> dict[str, float]:
    """Share of notes whose coded point is within 25 km of any place found, and of notes with no place."""
    hit = empty = 0
    for pred in predictions:
        rec = gold_docs[pred["id"]]
        points = pred["mentions"]
        empty += not points
        hit += any(haversine_km(rec["latitude"], rec["longitude"], s[2], s[3]) <= ACLED_KM for s in points)
    n = len(predictions)
    return {"docs": n, "within25": hit / n if n else 0.0, "no_place": empty / n if n else 0.0}


# ---- parent ------------------------------------------------------------------------------------

def _baseline_source(ref: str, into: Path) -> Path:
    """`src/` of a git revision, extracted into `into` (git archive: no checkout)."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", ref, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def _run(source: Path, cache: Path, corpus_file: Path, split: str, limit: int, scratch: Path) -> dict:
    out = scratch / f"pred-{os.getpid()}-{time.monotonic_ns()}.json"
    env = {**os.environ, "PYTHONPATH": str(source), "FRONTWATCH_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, __file__, "--child", str(corpus_file), split, str(limit), str(out)],
                            check=False, capture_output=True, text=True, env=env, cwd=scratch)
    if result.returncode != 0:
        raise RuntimeError(f"child on {source} ({corpus_file.name}) failed:\n{result.stderr[-3000:]}")
    data = json.loads(out.read_text(encoding="utf-8"))
    if not Path(data["source"]).resolve().is_relative_to(source.resolve()):
        raise RuntimeError(f"child imported frontwatch from {data['source']}, not {source}")
    return data


def _count_dropped(gold: dict[str, dict], predictions: list[dict]) -> int:
    return sum(gold[p["id"]].get("demonyms_dropped", 0) for p in predictions)


def _demonyms() -> set[str]:
    path = REPO / "src" / "frontwatch" / "data" / "demonyms.csv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()[1:] if line and not line.startswith("#")]
    words = [line.split(",")[0] for line in lines if not line.startswith("demonym,")]
    return {_fold(w) for w in words if not w.replace(".", "").isupper()}  # "U.S." names the country itself


def _fold(text: str) -> str:
    return " ".join(text.lower().replace(".", " ").split())


def _corpus_file(name: str, data_dir: Path, acled: Path, scratch: Path) -> tuple[Path, dict[str, dict], int]:
    if name != "acled":
        path = data_dir / f"{name}.jsonl"
        docs, dropped, demonyms = {}, 0, _demonyms()
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            kept = [t for t in rec["toponyms"] if _fold(t["name"]) not in demonyms]
            dropped += len(rec["toponyms"]) - len(kept)
            docs[rec["id"]] = {**rec, "toponyms": kept, "demonyms_dropped": len(rec["toponyms"]) - len(kept)}
        return path, docs, dropped
    docs = {}
    for line in acled.open(encoding="utf-8"):
        rec = json.loads(line)
        if rec.get("split") == "dev" and rec.get("latitude") is not None:
            docs[rec["id"]] = rec
    path = scratch / "acled-dev.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v["text"], "split": "dev"}) + "\n" for k, v in docs.items()),
                    encoding="utf-8")
    return path, docs, 0


def main() -> None:
    """Run both revisions on every corpus and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-ref", default="main", help="git revision whose src/ is the baseline")
    parser.add_argument("--corpora", default="lgl,geovirus,geocorpora,tud,acled")
    parser.add_argument("--data-dir", type=Path, help="training/geo_corpora.py's output (default: the work dir's)")
    parser.add_argument("--acled", type=Path, help="corpus.jsonl of training/build_corpus.py (default: the work dir's)")
    parser.add_argument("--split", default="heldout", help="part of the fitted corpora to score: heldout, fit or all")
    parser.add_argument("--limit", type=int, default=0, help="at most this many documents per corpus (0: all)")
    parser.add_argument("--no-baseline", action="store_true", help="score the working tree only")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus_file, split, limit, out = args.child
        child(Path(corpus_file), split, int(limit), Path(out))
        return
    from frontwatch.settings import Settings  # the working tree's (a child may run an older revision's)

    settings = Settings()
    data_dir, acled = args.data_dir or settings.geo_corpora, args.acled or settings.acled_corpus
    cache_root = Path(os.environ.get("FRONTWATCH_CACHE_DIR", tempfile.gettempdir()))
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", args.baseline_ref],
                            capture_output=True, text=True, check=True).stdout.strip()
    load_before = os.getloadavg()[0]
    rows = ["| corpus | part | revision | docs | gold | recall | precision | Acc@161 | median km | mean km "
            "| geoparse words/s | x baseline |", "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    acled_rows = []
    with tempfile.TemporaryDirectory(prefix="frontwatch-geobench-") as tmp:
        scratch = Path(tmp)
        revisions = [("working tree", REPO / "src", cache_root / "bench-current")]
        if not args.no_baseline:
            revisions.insert(0, (f"baseline {commit}", _baseline_source(args.baseline_ref, scratch),
                                 cache_root / "bench-baseline"))
        for name in args.corpora.split(","):
            if name == "acled" and not acled.is_file():
                continue
            corpus_file, gold, dropped = _corpus_file(name, data_dir, acled, scratch)
            split = args.split if name in FITTED else ("dev" if name == "acled" else "all")
            part = {"heldout": "held-out", "fit": "fit (trained on)"}.get(split, "all (not fitted)") \
                if name in FITTED else ("dev" if name == "acled" else "all (not fitted)")
            base_speed = None
            for label, source, cache in revisions:
                data = _run(source, cache, corpus_file, split, args.limit, scratch)
                speed = data["words"] / data["geo_s"] if data["geo_s"] else float("inf")
                base_speed = base_speed or speed
                if name == "acled":
                    s = score_acled(gold, data["predictions"])
                    acled_rows.append(f"| acled | dev | {label} | {s['docs']} | {s['within25']:.3f} | "
                                      f"{s['no_place']:.3f} | {speed:,.0f} | {speed / base_speed:.2f} |")
                    print(acled_rows[-1], file=sys.stderr, flush=True)
                    continue
                s = score_corpus(gold, data["predictions"])
                demonym_note = f" (-{_count_dropped(gold, data['predictions'])} demonyms)" if dropped else ""
                rows.append(f"| {name} | {part} | {label} | {s['docs']} | {s['gold']}{demonym_note} | "
                            f"{s['recall']:.3f} | "
                            f"{s['precision']:.3f} | {s['acc161']:.3f} | {s['median_km']:.1f} | {s['mean_km']:.0f} | "
                            f"{speed:,.0f} | {speed / base_speed:.2f} |")
                print(rows[-1], file=sys.stderr, flush=True)
    print(f"# end-to-end geoparsing; baseline = src/ of {args.baseline_ref} ({commit}); "
          f"{os.cpu_count()} CPUs, 1-min load average {load_before:.2f} before / {os.getloadavg()[0]:.2f} after\n")
    print("\n".join(rows))
    if acled_rows:
        print("\n| corpus | part | revision | notes | coded point within 25 km of a found place | no place found "
              "| geoparse words/s | x baseline |\n|---|---|---|---:|---:|---:|---:|---:|")
        print("\n".join(acled_rows))
    print("\nmatch = overlapping character spans, one to one; Acc@161 and errors over matched pairs; "
          "words/s = words of the text / seconds in Geocoder.geoparse (spaCy parse excluded).")


if __name__ == "__main__":
    main()
