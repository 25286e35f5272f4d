"""Export time and memory (issues 8, 15): 100,000 events in every registered format (frontwatch.export.EXPORTERS).

Fills a SQLite file (and, with --pg URL or env FRONTWATCH_TEST_PG_URL, a fresh PostgreSQL
database created on that server and dropped at the end) with the same synthetic events as
api_latency_bench.py (bulk core insert; 50 events per document, with one control claim and
one quantity per document). Each format then runs in a child process of its own, writing
to a file as `frontwatch export` does: best of --repeat runs, rows written (as the exporter
counts them: some formats also write control claims and quantities), output size, peak RSS
of the child (ru_maxrss) above the RSS it had before exporting.
A reference row, in a child too: loading the 100,000 event rows through the ORM
(`Store.all_rows(EventRow)`). With --baseline-ref REV every format also runs with `src/` of
that git revision (extracted with `git archive`, imported through PYTHONPATH) on the same
store, first; "x baseline time" = this row's time / the first row's of the format.

Run: .venv/bin/python bench/export_bench.py [--events 100000] [--repeat 1] [--pg URL] [--baseline-ref REV]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BASELINE = "ORM load of every event row"
FORMATS = ("acled-csv", "geojson", "geojson-control", "jsonl", "stix")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(url: str, fmt: str, out_dir: Path, repeat: int) -> dict:
    """Run one format (or the baseline) `repeat` times on a store; best time, rows, bytes, RSS growth."""
    from frontwatch.export import EXPORTERS
    from frontwatch.store import EventRow, Store

    store = Store(url)
    store.all_rows(EventRow, ["no-such-document"])  # connect, warm metadata
    rss_before = _rss_mb()
    best, rows, size = float("inf"), 0, 0
    for _ in range(repeat):
        started = time.perf_counter()
        if fmt == BASELINE:
            rows = len(store.all_rows(EventRow))
            size = 0
        else:
            exporter = EXPORTERS[fmt]
            path = out_dir / f"export{exporter.suffix}"
            with path.open("w", encoding="utf-8", newline="") as out:
                rows = exporter.write(store, out, None)
            size = path.stat().st_size
        best = min(best, time.perf_counter() - started)
    store.close()
    return {"seconds": best, "rows": rows, "bytes": size, "rss_growth_mb": _rss_mb() - rss_before}


def _run(url: str, fmt: str, out_dir: Path, repeat: int, src: Path | None = None) -> dict:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    result = subprocess.run([sys.executable, __file__, "--child", url, fmt, str(out_dir), str(repeat)],
                            capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"child {' '.join(result.args[2:])} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def bench_backend(label: str, url: str, events: int, repeat: int, scratch: Path, old_src: Path | None,
                  baseline_ref: str | None) -> list[str]:
    """Fill the store, export every format (old revision, then this tree); the backend's markdown lines."""
    from api_latency_bench import bulk_fill, synthetic

    from frontwatch.store import Store

    store = Store(url)
    started = time.perf_counter()
    bulk_fill(store, synthetic(events))
    fill_s = time.perf_counter() - started
    store.close()
    lines = [f"## {label}: {events:,} events (filled in {fill_s:.1f} s)", "",
             "| format | code | seconds | rows written | rows/s | output MB | RSS growth MB | x baseline time | "
             "load avg |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    revisions = ([(f"baseline {baseline_ref}", old_src)] if old_src else []) + [("this tree", None)]
    for fmt in (BASELINE, *FORMATS):
        first = None
        for code, src in revisions:
            r = _run(url, fmt, scratch, repeat, src)
            first = first or r
            lines.append(f"| {fmt} | {code} | {r['seconds']:.2f} | {r['rows']:,} | {r['rows'] / r['seconds']:,.0f} | "
                         f"{r['bytes'] / 1e6:.1f} | {r['rss_growth_mb']:.0f} | {r['seconds'] / first['seconds']:.2f} | "
                         f"{os.getloadavg()[0]:.2f} |")
            print(lines[-1], file=sys.stderr, flush=True)
    lines += ["", "rows written = what each exporter returns: jsonl counts every fact (events, control claims, "
              "quantities), geojson-control only control claims, stix its STIX objects. RSS growth = peak RSS of "
              "the child (ru_maxrss) above its RSS before exporting."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs per format; the best is reported")
    parser.add_argument("--pg", default=os.environ.get("FRONTWATCH_TEST_PG_URL"), help="PostgreSQL server URL")
    parser.add_argument("--baseline-ref", default=None, help="also export with src/ of this git revision")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        url, fmt, out_dir, repeat = args.child
        print(json.dumps(child(url, fmt, Path(out_dir), int(repeat))))
        return

    load_before = os.getloadavg()[0]
    out: list[str] = []
    with tempfile.TemporaryDirectory(prefix="frontwatch-exportbench-") as tmp:
        scratch = Path(tmp)
        old_src = None
        if args.baseline_ref:
            from revisions import old_source

            old_src = old_source(args.baseline_ref, scratch)
        out += bench_backend("SQLite (file)", "sqlite:///" + str(scratch / "export.db"), args.events, args.repeat,
                             scratch, old_src, args.baseline_ref) + [""]
        if args.pg:
            from api_latency_bench import _pg_bench_url

            url, drop = _pg_bench_url(args.pg)
            try:
                out += bench_backend("PostgreSQL (loopback)", url, args.events, args.repeat, scratch, old_src,
                                     args.baseline_ref) + [""]
            finally:
                drop()
    print(f"# export: {args.events:,} synthetic events, formats {', '.join(FORMATS)}; 1 process per "
          f"format; {os.cpu_count()} CPUs, 1-min load average {load_before:.2f} before / "
          f"{os.getloadavg()[0]:.2f} after\n")
    print("\n".join(out))
    if not args.pg:
        print("PostgreSQL: not run (no --pg URL and no FRONTWATCH_TEST_PG_URL)")


if __name__ == "__main__":
    main()
