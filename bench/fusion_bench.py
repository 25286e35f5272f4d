"""Fusion benchmark: N true events × K paraphrased reports with known truth.

Reports pairwise duplicate-merge precision and recall and the time of clustering as the
number of reports grows (1k, 10k, 100k by default). Event density (events per day over a
fixed ~800 × 750 km region) is kept constant, so the time span grows with N, as it does
when a real archive grows; near-linear cost means time per report stays flat.

Run:  .venv/bin/python bench/fusion_bench.py [--sizes 1000 10000 100000] [--k 4]
      [--store 1000]  (also time the full fuse_events on a SQLite store of that many reports)
      [--embeddings 1000]  (time the MiniLM encoder on that many evidence sentences)
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from frontwatch.fuse.cluster import cluster_events  # noqa: E402
from frontwatch.fuse.rules import load_rules  # noqa: E402
from frontwatch.fuse.views import EventView, PlaceView  # noqa: E402

SUB_TYPES = {
    "Non-state actor overtakes territory": "Battles", "Armed clash": "Battles",
    "Government regains territory": "Battles", "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Suicide bomb": "Explosions/Remote violence",
    "Attack": "Violence against civilians", "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
}
TEMPLATES = (
    "{a} {verb} {p} on {d}, officials said.", "Reports say {a} {verb} {p} {d}.",
    "Witnesses told us {a} {verb} the area of {p} on {d}.", "{p}: {a} {verb} the town, according to residents.",
)
REGION = (30.0, 37.0, 38.0, 46.0)  # south, north, west, east
EVENTS_PER_DAY = 20
START = date(2014, 1, 1)


@dataclass(frozen=True)
class TrueEvent:
    id: int
    sub: str
    lat: float
    lon: float
    day: date
    actor1: int
    actor2: int | None
    deaths: int | None


def _offset(lat: float, lon: float, km: float, rng: random.Random) -> tuple[float, float]:
    bearing = rng.uniform(0, 2 * math.pi)
    return (lat + km * math.cos(bearing) / 111.32,
            lon + km * math.sin(bearing) / (111.32 * math.cos(math.radians(lat))))


def true_events(n: int, rng: random.Random) -> list[TrueEvent]:
    """n true events; about 10% are hard negatives: a twin 35-80 km away or 4-15 days later."""
    days = max(30, n // EVENTS_PER_DAY)
    out: list[TrueEvent] = []
    while len(out) < n:
        if out and rng.random() < 0.1:
            base = rng.choice(out)
            if rng.random() < 0.5:
                lat, lon = _offset(base.lat, base.lon, rng.uniform(35, 80), rng)
                day = base.day
            else:
                lat, lon, day = base.lat, base.lon, base.day + timedelta(days=rng.randint(4, 15))
            out.append(TrueEvent(len(out), base.sub, lat, lon, day, base.actor1, base.actor2, base.deaths))
            continue
        out.append(TrueEvent(
            len(out), rng.choice(list(SUB_TYPES)), rng.uniform(*REGION[:2]), rng.uniform(*REGION[2:]),
            START + timedelta(days=rng.randrange(days)), rng.randrange(30),
            rng.randrange(30) if rng.random() < 0.5 else None,
            rng.randint(0, 60) if rng.random() < 0.6 else None,
        ))
    return out


def _actor(index: int | None, rng: random.Random) -> tuple[str | None, frozenset[str]]:
    if index is None:
        return None, frozenset()
    canonical, alias = f"Actor {index}", f"A{index} fighters"
    names = frozenset({canonical.lower(), f"a{index}", alias.lower()})
    roll = rng.random()
    if roll < 0.7:
        return canonical, names
    if roll < 0.85:
        return alias, frozenset({alias.lower(), f"a{index}"})
    return None, frozenset()


def reports(events: list[TrueEvent], k: int, rng: random.Random, rules) -> tuple[list[EventView], list[int]]:
    """k jittered reports of every event and the true event id of each report."""
    compatible = {s: [t for t in SUB_TYPES if t != s and rules.sub_types_compatible(s, t)] for s in SUB_TYPES}
    views, truth = [], []
    next_place = 10**6
    for ev in events:
        for _ in range(k):
            sub = ev.sub
            if compatible[sub] and rng.random() < 0.15:
                sub = rng.choice(compatible[sub])
            if rng.random() < 0.7:
                place = PlaceView(ev.id, f"Place {ev.id}", ev.lat, ev.lon)
            else:
                next_place += 1
                lat, lon = _offset(ev.lat, ev.lon, rng.uniform(2, 15), rng)
                place = PlaceView(next_place, f"Place {next_place}", lat, lon)
            roll = rng.random()
            if roll < 0.6:
                start = end = ev.day
                precision = 1
            elif roll < 0.9:
                start = end = ev.day + timedelta(days=rng.choice((-1, 1)))
                precision = 1
            else:
                start = ev.day - timedelta(days=rng.randint(0, 6))
                end, precision = start + timedelta(days=6), 2
            a1, n1 = _actor(ev.actor1, rng)
            a2, n2 = _actor(ev.actor2, rng)
            deaths = None if ev.deaths is None or rng.random() < 0.4 else round(ev.deaths * rng.uniform(0.7, 1.3))
            text = rng.choice(TEMPLATES).format(a=a1 or "gunmen", verb="attacked", p=place.name, d=start)
            views.append(EventView(
                id=len(views) + 1, doc_id=f"doc{len(views) + 1}", event_type=SUB_TYPES[sub], sub_event_type=sub,
                actor1=a1, actor1_names=n1, actor2=a2, actor2_names=n2, place=place, date_start=start,
                date_end=end, time_precision=precision, fatalities_low=deaths, fatalities_high=deaths,
                certainty="reported", claim_source=None, evidence_text=text, outlet=f"Outlet {rng.randrange(40)}",
            ))
            truth.append(ev.id)
    order = list(range(len(views)))
    rng.shuffle(order)
    return [views[i] for i in order], [truth[i] for i in order]


def pairwise(groups: list[list[int]], truth_of: dict[int, int]) -> tuple[float, float]:
    """Pairwise precision and recall of predicted groups against the true event of every report."""
    pairs = lambda sizes: sum(s * (s - 1) // 2 for sizes_ in [sizes] for s in sizes_)  # noqa: E731
    predicted = pairs(len(g) for g in groups)
    correct = sum(pairs(Counter(truth_of[i] for i in g).values()) for g in groups)
    actual = pairs(Counter(truth_of.values()).values())
    return (correct / predicted if predicted else 1.0), (correct / actual if actual else 1.0)


def run_size(n_reports: int, k: int, seed: int, rules) -> dict:
    """Generate, cluster and score one size."""
    rng = random.Random(seed)
    events = true_events(max(1, n_reports // k), rng)
    views, truth = reports(events, k, rng, rules)
    started = time.perf_counter()
    result = cluster_events(views, rules)
    seconds = time.perf_counter() - started
    precision, recall = pairwise(result.groups, {v.id: t for v, t in zip(views, truth, strict=False)})
    return {"reports": len(views), "events": len(events), "fused": len(result.groups), "precision": precision,
            "recall": recall, "seconds": seconds, "us_per_report": 1e6 * seconds / len(views),
            "comparisons_per_report": result.comparisons / len(views)}


def run_store(n_reports: int, k: int, seed: int, rules) -> dict:
    """Full fuse_events (read, cluster, write) on a SQLite store holding the synthetic reports."""
    from frontwatch.fuse.events import fuse_events
    from frontwatch.model import Actor, DateSpan, Document, EventFact, Evidence, Extraction, Place, TimePrecision
    from frontwatch.store import Store

    rng = random.Random(seed)
    views, _ = reports(true_events(max(1, n_reports // k), rng), k, rng, rules)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/bench.db")
        started = time.perf_counter()
        for v in views:
            actor = Actor(v.actor1, aliases=tuple(sorted(v.actor1_names))) if v.actor1 else None
            evidence = Evidence(v.doc_id, 0, len(v.evidence_text), v.evidence_text)
            fact = EventFact(v.event_type, v.sub_event_type, evidence,
                             actor1=actor, place=Place(v.place.name, v.place.latitude, v.place.longitude),
                             date=DateSpan(v.date_start, v.date_end, TimePrecision(v.time_precision)),
                             fatalities_low=v.fatalities_low, fatalities_high=v.fatalities_high)
            store.save(Extraction(Document(v.doc_id, v.evidence_text, v.doc_id, v.date_start, v.outlet), [fact]))
        saved = time.perf_counter() - started
        result = fuse_events(store, rules)
        second = fuse_events(store, rules)
        store.close()
    return {"reports": len(views), "store_seconds": saved, "fuse_seconds": result.seconds,
            "refuse_seconds": second.seconds, "fused": result.fused_events}


def time_embeddings(n: int, seed: int, rules) -> dict:
    """Seconds the MiniLM encoder needs for n evidence sentences (None when not installed)."""
    rng = random.Random(seed)
    views, _ = reports(true_events(max(1, n // 4), rng), 4, rng, rules)
    try:
        from frontwatch.classify.embed import load_encoder

        encoder = load_encoder()
    except Exception as exc:  # noqa: BLE001
        return {"sentences": n, "error": str(exc)}
    started = time.perf_counter()
    encoder.encode([v.evidence_text for v in views[:n]])
    seconds = time.perf_counter() - started
    return {"sentences": n, "seconds": seconds, "per_second": n / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--k", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", type=int, nargs="*", default=[], help="sizes to run through the store too")
    parser.add_argument("--embeddings", type=int, default=0, help="time the encoder on this many sentences")
    args = parser.parse_args()
    rules = load_rules()
    print(f"{'reports':>8} {'events':>7} {'fused':>7} {'precision':>9} {'recall':>7} {'seconds':>8} "
          f"{'µs/report':>9} {'cmp/report':>10}")
    for size in args.sizes:
        r = run_size(size, args.k, args.seed, rules)
        print(f"{r['reports']:>8} {r['events']:>7} {r['fused']:>7} {r['precision']:>9.4f} {r['recall']:>7.4f} "
              f"{r['seconds']:>8.2f} {r['us_per_report']:>9.0f} {r['comparisons_per_report']:>10.1f}", flush=True)
    for size in args.store:
        r = run_store(size, args.k, args.seed, rules)
        print(f"store {r['reports']} reports: saving {r['store_seconds']:.1f} s, "
              f"fuse_events {r['fuse_seconds']:.2f} s, "
              f"re-run {r['refuse_seconds']:.2f} s, {r['fused']} fused events", flush=True)
    if args.embeddings:
        print("embeddings:", time_embeddings(args.embeddings, args.seed, rules))


if __name__ == "__main__":
    main()
