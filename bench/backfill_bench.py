"""Dask backfill scale-out (issue 15, part 6): 1 vs 2 worker processes on the same documents, into one database.

Writes --mb of generated news (bench/corpus.py) as .txt files, then, each in a child process of
its own and one after another, ingests them end to end into a fresh database:
  plain      `ingest_paths` in one process (no Dask): the reference;
  dask x N   `frontwatch.backfill.backfill(..., workers=N)` on a LocalCluster of N processes
             (1 thread each): cluster start, model loading on every worker, extraction and the
             writes (each worker stores its own batches) all inside the timed wall clock.
The speed-up is wall(1 worker) / wall(N workers). Where the time goes comes from the backfill's own
per-batch timings (`on_batch`): "start" is the wall time until the first batch began on a worker
(cluster start, model loading, first hand-out), "load" each worker's model loading, "extraction" and
"writes" the workers' wall time in them (summed over workers), "worker CPU" their CPU time in the
batches, "idle" the workers' time after the first batch began in no batch (scheduling, waiting for
the client, the last batches' tail), "queued" each batch's wait from hand-out to its start (mostly behind
the worker's previous batch: a few batches per worker are kept in flight), "tail" from the first worker's last
batch end to the last one's, "close" from the last batch end until the backfill returned (the cluster's shut-down),
"client CPU" the client process's CPU over the backfill (reading, the scheduler, merging; it shares the cores),
with its main thread's until its first batch was stored (start, reading ahead) and after (beside busy workers).
A second table gives each process's CPU seconds by thread, sampled from outside (psutil over the child's process
tree): the client's main thread and its other threads (scheduler, nannies, comms), each worker's main thread (start,
model load, event loop; and its CPU until its first batch) and its task thread, the forkserver the workers are
forked from, the most threads each process ran at once, and how often each worker's task thread moved to the other
core (leaving its cache behind) or was preempted (the kernel's scheduler statistics).
When worker CPU stays put while extraction wall time grows, the workers waited for a core (other load on the
machine), not for frontwatch.
With --pg URL every run writes into a fresh database on that PostgreSQL server instead of SQLite.

Run: .venv/bin/python bench/backfill_bench.py [--mb 0.5] [--workers 1 2] [--pg URL]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import news_articles, word_count, write_corpus  # noqa: E402

SAMPLE_SECONDS = 0.1  # how often the child's process tree is sampled (a process's last ~0.1 s may be missed)


def child(folder: Path, url: str, workers: int) -> dict:
    """One end-to-end run (workers 0 = plain ingest in this process); its times and counts."""
    from frontwatch.settings import Settings
    from frontwatch.store import Store

    started = time.perf_counter()
    settings = Settings(database_url=url)
    paths = sorted(folder.glob("*.txt"))
    if workers == 0:
        from frontwatch.pipeline import build_extractor, ingest_paths

        store = Store(url)
        extractor = build_extractor(settings)
        load = time.perf_counter() - started
        report = ingest_paths(paths, store, extractor, settings)
        store.close()
        wall = time.perf_counter() - started
        return {"wall": wall, "start": load, "extract_write": wall - load, "stored": len(report.stored),
                "failed": len(report.failed)}
    from frontwatch.backfill import backfill

    began, client_cpu, main_cpu = time.time(), time.process_time(), time.thread_time()
    stats: list = []
    main_at_first: list[float] = []  # the client main thread's CPU until its first batch was stored

    def on_batch(batch) -> None:
        if not stats:
            main_at_first.append(time.thread_time() - main_cpu - batch.write_cpu_seconds)
        stats.append(batch)

    report = backfill(paths, settings, workers=workers, on_batch=on_batch)
    wall, ended = time.perf_counter() - started, time.time()
    first = min((s.started for s in stats), default=ended)
    loads = {s.worker: s.load_seconds for s in stats}
    main_at_start = {s.worker: s.main_cpu_seconds for s in sorted(stats, key=lambda s: s.started, reverse=True)}
    last_ends = [max(s.ended for s in stats if s.worker == worker) for worker in loads] or [ended]
    busy = sum(s.extract_seconds + s.write_seconds for s in stats)
    return {"wall": wall, "stored": len(report.stored), "failed": len(report.failed), "batches": len(stats),
            "start": first - began, "load": sorted(loads.values()), "main_at_start": sorted(main_at_start.values()),
            "extract": sum(s.extract_seconds for s in stats), "write": sum(s.write_seconds for s in stats),
            "write_cpu": sum(s.write_cpu_seconds for s in stats),
            "cpu": sum(s.cpu_seconds for s in stats), "idle": max(0.0, len(loads) * (ended - first) - busy),
            "queued": sum(s.queued_seconds for s in stats), "tail": max(last_ends) - min(last_ends),
            "close": ended - max(last_ends), "client_cpu": time.process_time() - client_cpu,
            "client_main_before": (main_at_first or [0.0])[0], "client_main_all": time.thread_time() - main_cpu}


def _threads_cpu(process) -> dict[int, float]:
    return {thread.id: thread.user_time + thread.system_time for thread in process.threads()}


def _scheduling(pid: int, tid: int) -> tuple[int, int] | None:
    """A thread's moves between cores and its preemptions so far (the kernel's /proc/PID/task/TID/sched); None once
    the thread has ended (its last sample stands)."""
    try:
        lines = Path(f"/proc/{pid}/task/{tid}/sched").read_text().splitlines()
    except OSError:
        return None
    counts = dict(line.replace(" ", "").split(":", 1) for line in lines if line.count(":") == 1)
    return int(float(counts.get("se.nr_migrations", 0))), int(float(counts.get("nr_involuntary_switches", 0)))


def _processes(child_pid: int, sampled: dict[int, dict]) -> None:
    """One sample of the child's process tree: each process's CPU by thread (cumulative) and its thread count."""
    import psutil

    try:
        root = psutil.Process(child_pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return
    for process in tree:
        try:
            with process.oneshot():
                if process.pid not in sampled:
                    command = " ".join(process.cmdline())  # a forked worker has its forkserver's command
                    role = ("client" if process.pid == child_pid else "tracker" if "resource_tracker" in command
                            else "forkserver" if "forkserver" in command and process.ppid() == child_pid
                            else "worker")
                    sampled[process.pid] = {"role": role, "threads": {}, "max_threads": 0, "scheduling": {}}
                entry = sampled[process.pid]
                threads = _threads_cpu(process)
                entry["threads"].update(threads)
                if entry["role"] == "worker":
                    moves = {tid: _scheduling(process.pid, tid) for tid in threads if tid != process.pid}
                    entry["scheduling"].update({tid: counts for tid, counts in moves.items() if counts is not None})
                entry["max_threads"] = max(entry["max_threads"], process.num_threads())
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue


def _per_process(sampled: dict[int, dict]) -> dict:
    """CPU seconds by process and thread: the client's main thread (reading, hand-out, merging) and its other
    threads (the scheduler, the nannies, the comms), each worker's main thread (start, model loading, its event
    loop) and its task threads (extraction and writes); the most threads each process ran at once."""
    workers = [(pid, e) for pid, e in sorted(sampled.items()) if e["role"] == "worker"]
    [(client_pid, client)] = [(pid, e) for pid, e in sampled.items() if e["role"] == "client"]
    return {"client_main": client["threads"].get(client_pid, 0.0),
            "client_other": sum(c for t, c in client["threads"].items() if t != client_pid),
            "client_threads": client["max_threads"],
            "worker_main": [e["threads"].get(pid, 0.0) for pid, e in workers],
            "worker_tasks": [sum(c for t, c in e["threads"].items() if t != pid) for pid, e in workers],
            "worker_threads": [e["max_threads"] for _, e in workers],
            "worker_moves": [[sum(m for m, _ in e["scheduling"].values()), sum(i for _, i in e["scheduling"].values())]
                             for _, e in workers],
            "forkserver": sum(sum(e["threads"].values()) for e in sampled.values() if e["role"] == "forkserver")}


def _run(folder: Path, url: str, workers: int) -> dict:
    sampled: dict[int, dict] = {}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen([sys.executable, __file__, "--child", str(folder), url, str(workers)],
                                 stdout=out, stderr=err, text=True)
        while child.poll() is None:
            _processes(child.pid, sampled)
            time.sleep(SAMPLE_SECONDS)
        out.seek(0), err.seek(0)
        if child.returncode != 0:
            raise RuntimeError(f"child failed:\n{err.read()[-3000:]}")
        result = json.loads(out.read().strip().splitlines()[-1])
    result["load_avg"] = os.getloadavg()[0]
    result["processes"] = _per_process(sampled)
    return result


def _database(scratch: Path, pg: str | None, name: str) -> tuple[str, callable]:
    if not pg:
        return f"sqlite:///{scratch / (name + '.db')}", lambda: None
    from api_latency_bench import _pg_bench_url

    return _pg_bench_url(pg, "_" + name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.5)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-plain", action="store_true", help="skip the plain (no Dask) reference run")
    parser.add_argument("--pg", default=None, help="PostgreSQL server URL (default: SQLite files)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        folder, url, workers = args.child
        print(json.dumps(child(Path(folder), url, int(workers))))
        return

    load_before = os.getloadavg()[0]
    articles = news_articles(args.mb)
    words = sum(word_count(a.body) for a in articles)
    rows = []
    with tempfile.TemporaryDirectory(prefix="frontwatch-backfill-") as tmp:
        scratch = Path(tmp)
        folder = scratch / "docs"
        write_corpus(folder, articles)
        runs = ([] if args.no_plain else [0]) + args.workers
        for workers in runs:
            url, drop = _database(scratch, args.pg, f"w{workers}")
            try:
                rows.append((workers, _run(folder, url, workers)))
            finally:
                drop()
            print(workers, rows[-1][1]["wall"], file=sys.stderr, flush=True)
    backend = "PostgreSQL (loopback)" if args.pg else "SQLite (file)"
    print(f"# backfill: {len(articles)} documents, {words:,} words, into {backend}; {os.cpu_count()} CPUs; "
          f"1-min load average {load_before:.2f} before / {os.getloadavg()[0]:.2f} after\n")
    one = next((r for w, r in rows if w == 1), None)
    print("| run | wall s | words/s | speed-up over 1 worker | start s (until the first batch) | load s per worker | "
          "extraction s (sum) | writes s (sum; CPU) | worker CPU s (sum) | idle s (sum) | queued s (sum) | "
          "tail s | close s | client CPU s (main thread in the backfill: until / after its first batch) | batches | "
          "stored | failed | load avg |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for workers, r in rows:
        name = f"dask, {workers} worker{'s' if workers > 1 else ''}" if workers else "plain ingest (no Dask)"
        speed = f"{one['wall'] / r['wall']:.2f}" if one else "-"
        if workers:
            cells = [f"{r['start']:.1f}", " / ".join(f"{x:.1f}" for x in r["load"]), f"{r['extract']:.1f}",
                     f"{r['write']:.1f}; {r['write_cpu']:.1f}", f"{r['cpu']:.1f}", f"{r['idle']:.1f}",
                     f"{r['queued']:.1f}", f"{r['tail']:.1f}", f"{r['close']:.1f}",
                     f"{r['client_cpu']:.1f} ({r['client_main_before']:.1f} / "
                     f"{r['client_main_all'] - r['client_main_before']:.1f})",
                     str(r["batches"])]
        else:
            cells = [f"{r['start']:.1f}", f"{r['start']:.1f}", f"{r['extract_write']:.1f} (with writes)", "-", "-",
                     "-", "-", "-", "-", "-", "-"]
        print(f"| {name} | {r['wall']:.1f} | {words / r['wall']:,.0f} | {speed} | {' | '.join(cells)} | "
              f"{r['stored']} | {r['failed']} | {r['load_avg']:.2f} |")
    print("\nCPU seconds per process (its process tree sampled every 0.1 s; user + system):\n")
    print("| run | client: main thread (reading, hand-out, merging) | client: other threads (scheduler, nannies, "
          "comms) | each worker: main thread (start, model load, event loop) | each worker: task thread "
          "(extraction, writes) | each worker's main thread until its first batch | forkserver (workers' parent) | "
          "all processes | threads: client / each worker (most at once) | each worker's task thread: moves between "
          "cores / preemptions |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for workers, r in rows:
        p = r["processes"]
        total = (p["client_main"] + p["client_other"] + sum(p["worker_main"]) + sum(p["worker_tasks"])
                 + p["forkserver"])
        name = f"dask, {workers} worker{'s' if workers > 1 else ''}" if workers else "plain ingest (one process)"
        print(f"| {name} | {p['client_main']:.1f} | {p['client_other']:.1f} | "
              f"{' / '.join(f'{x:.1f}' for x in p['worker_main']) or '-'} | "
              f"{' / '.join(f'{x:.1f}' for x in p['worker_tasks']) or '-'} | "
              f"{' / '.join(f'{x:.1f}' for x in r.get('main_at_start', [])) or '-'} | {p['forkserver']:.1f} | "
              f"{total:.1f} | "
              f"{p['client_threads']} / {' / '.join(str(x) for x in p['worker_threads']) or '-'} | "
              f"{' · '.join(f'{m} / {i}' for m, i in p['worker_moves']) or '-'} |")

if __name__ == "__main__":
    main()
