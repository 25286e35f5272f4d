"""API latency (issue 8): /events under load from a second process, 100,000 events, SQLite and PostgreSQL.

One run:
  1. fills a store with `--events` synthetic events (frontwatch.api.synthetic, 50 events per
     document, 2,000 documents for 100,000). Store.save (the ORM, one transaction per
     document) is timed on a sample; the full fill goes through SQLAlchemy core in
     batches (same rows, same ids: checked on the sample by comparing every exported
     contract record of an ORM-filled and a bulk-filled store); on PostgreSQL the fill
     ends with ANALYZE (the statistics autovacuum would soon gather; without them the
     first queries after a bulk load get poor plans);
  2. serves `create_app(Settings(database_url=...))` with uvicorn (1 worker) in a child
     process on 127.0.0.1;
  3. loads it from another process on loopback, closed loop: `wrk` (Debian package) when
     installed, else a Python load generator (httpx, one thread per connection, bounded
     by time); one run per filter mix and per connection count, plus one run that rotates
     all the mixes;
  4. baseline: the same query and records in process (Store.event_page + event_record, no
     HTTP), median and p95 of repeated calls one at a time; beside it the server's CPU time per
     request (uvicorn processes and PostgreSQL backends, from /proc): HTTP latency far above
     both is time spent waiting for a core, i.e. the machine's load, not the request's cost.
With --pg URL (or env FRONTWATCH_TEST_PG_URL) the same is done on PostgreSQL, in a
database `frontwatch_bench_<pid>` created on that server and dropped at the end (never in
the database of the URL itself). Start a loopback server with scripts/pg.sh, e.g.
    PG_DIR=/tmp/fw-bench-pg PG_PORT=54391 bash -c 'source scripts/pg.sh && start_test_postgres && ...'

Run: .venv/bin/python bench/api_latency_bench.py [--events 100000] [--seconds 10]
     [--connections 1 8] [--pg URL] [--loader wrk|python] [--server-workers 1]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import orjson
from revisions import old_source
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from frontwatch.api.synthetic import iter_synthetic_extractions
from frontwatch.export.jsonl import contract_records
from frontwatch.export.records import event_record
from frontwatch.model import Extraction
from frontwatch.store import Base, EventFilter, Store
from frontwatch.store.reads import Cursor

START = date(2014, 6, 1)
DAYS = 365
PER_DOCUMENT = 50
SEED = 42
BATCH = 5000

# name, query string, in-process filter (limit = the page size)
MIXES = (
    ("first page, limit 50", "limit=50", EventFilter(limit=50)),
    ("default page (500 events at the baseline, 100 now)", "", EventFilter(limit=100)),
    ("type + 10-day window, limit 100", "type=Battles&date_from=2014-09-01&date_to=2014-09-10&limit=100",
     EventFilter(event_type="Battles", date_from=date(2014, 9, 1), date_to=date(2014, 9, 10), limit=100)),
    ("bbox 1x1 degree, limit 100", "bbox=42,34,43,35&limit=100",
     EventFilter(bbox=(42.0, 34.0, 43.0, 35.0), limit=100)),
    ("actor + certainty, limit 100", "actor=liberation&certainty=confirmed&limit=100",
     EventFilter(actor="liberation", certainty="confirmed", limit=100)),
    ("deep page by cursor (90% of events), limit 100", "cursor={cursor}&limit=100", None),
)
DEEP_OFFSET = "deep page by offset (90%, deprecated), limit 100"


# ---- filling the store ------------------------------------------------------------------

def synthetic(events: int) -> Iterator[Extraction]:
    """The bench's synthetic extractions (deterministic), made one at a time."""
    return iter_synthetic_extractions(events, per_document=PER_DOCUMENT, seed=SEED, start=START, days=DAYS)


def _evidence(doc_id: str, fact) -> dict:
    ev = fact.evidence
    return {"doc_id": doc_id, "evidence_start": ev.start, "evidence_end": ev.end, "evidence_text": ev.text,
            "certainty": fact.certainty.value, "claim_source": fact.claim_source}


class BulkRows:
    """The rows Store.save would write for extractions, with ids assigned in its order, emptied per batch."""

    def __init__(self) -> None:
        self.actors: dict[str, dict] = {}
        self.places: dict[tuple, dict] = {}
        self.points: dict[int, tuple[float, float]] = {}  # place id -> (longitude, latitude)
        self.counts = {"events": 0, "control_claims": 0, "quantities": 0}
        self.new_actors: list[dict] = []
        self.new_places: list[dict] = []
        self.tables: dict[str, list[dict]] = {"documents": [], "events": [], "control_claims": [], "quantities": []}

    def actor_id(self, actor) -> int | None:
        if actor is None:
            return None
        row = self.actors.get(actor.name)
        if row is None:
            row = self.actors[actor.name] = {
                "id": len(self.actors) + 1, "name": actor.name, "aliases": list(actor.aliases),
                "inter_code": actor.inter_code, "country": actor.country, "kind": actor.kind,
                "needs_review": actor.needs_review}
            self.new_actors.append(row)
        return row["id"]

    def place_id(self, place) -> int | None:
        if place is None:
            return None
        key = (place.name, round(place.latitude, 5), round(place.longitude, 5))
        row = self.places.get(key)
        if row is None:
            row = self.places[key] = {
                "id": len(self.places) + 1, "name": key[0], "latitude": key[1], "longitude": key[2],
                "country": place.country, "admin1": place.admin1, "geonames_id": place.geonames_id,
                "population": place.population, "feature": place.feature,
                "geo_precision": int(place.precision), "aliases": list(place.aliases)}
            self.new_places.append(row)
            self.points[row["id"]] = (key[2], key[1])
        return row["id"]

    def _next(self, table: str) -> int:
        self.counts[table] += 1
        return self.counts[table]

    def add(self, extraction: Extraction) -> None:
        doc = extraction.document
        t = self.tables
        t["documents"].append({"id": doc.id, "origin": doc.origin, "title": doc.title, "source": doc.source,
                               "url": doc.url, "published": doc.published, "text": doc.text,
                               "ingested_at": datetime.now(UTC), "warnings": list(extraction.warnings),
                               "reliability": getattr(doc, "reliability", None)})
        for ev in extraction.events:
            actor1, actor2, place = self.actor_id(ev.actor1), self.actor_id(ev.actor2), self.place_id(ev.place)
            t["events"].append({
                "id": self._next("events"), **_evidence(doc.id, ev), "event_type": ev.event_type,
                "sub_event_type": ev.sub_event_type, "actor1_id": actor1, "actor2_id": actor2,
                "assoc_actors": [a.name for a in ev.assoc_actors], "place_id": place,
                "place_longitude": self.points.get(place, (None, None))[0],
                "place_latitude": self.points.get(place, (None, None))[1],
                "date_start": ev.date.start if ev.date else None, "date_end": ev.date.end if ev.date else None,
                "date_span_days": (ev.date.end - ev.date.start).days if ev.date else None,
                "time_precision": int(ev.date.precision) if ev.date else None,
                "date_expression": ev.date.expression if ev.date else None,
                "fatalities_low": ev.fatalities_low, "fatalities_high": ev.fatalities_high,
                "trigger": ev.trigger, "notes": list(ev.notes)})
        for ct in extraction.control:
            actor, place = self.actor_id(ct.actor), self.place_id(ct.place)
            t["control_claims"].append({"id": self._next("control_claims"), **_evidence(doc.id, ct),
                                        "actor_id": actor, "place_id": place, "status": ct.status.value,
                                        "as_of": ct.as_of})
        for qt in extraction.quantities:
            actor, place = self.actor_id(qt.actor), self.place_id(qt.place)
            t["quantities"].append({"id": self._next("quantities"), **_evidence(doc.id, qt), "what": qt.what,
                                    "low": qt.low, "high": qt.high, "actor_id": actor, "place_id": place})
        if extraction.findings:
            raise ValueError("bulk fill does not write findings; synthetic extractions have none")

    def take(self) -> list[tuple[str, list[dict]]]:
        """The rows gathered since the last take, in insert order (referenced rows first)."""
        out = [("actors", self.new_actors), ("places", self.new_places), *self.tables.items()]
        self.new_actors, self.new_places = [], []
        self.tables = {name: [] for name in self.tables}
        return out


def _insert(conn, rows: list[tuple[str, list[dict]]]) -> None:
    tables = Base.metadata.tables
    for name, items in rows:
        columns = set(tables[name].c.keys())  # a key the schema lacks (older or newer code) is dropped
        items = [{k: v for k, v in item.items() if k in columns} for item in items]
        for start in range(0, len(items), BATCH):
            conn.execute(tables[name].insert(), items[start:start + BATCH])


def bulk_fill(store: Store, extractions: Iterable[Extraction], documents_per_batch: int = 500) -> None:
    """Insert extractions into an empty store with SQLAlchemy core, a few hundred documents per statement
    batch (memory stays flat however many events), then give PostgreSQL's sequences and both planners
    their statistics."""
    rows = BulkRows()
    with store.engine.begin() as conn:
        for n, extraction in enumerate(extractions, 1):
            rows.add(extraction)
            if n % documents_per_batch == 0:
                _insert(conn, rows.take())
        _insert(conn, rows.take())
        if store.engine.dialect.name == "postgresql":  # explicit ids: move the sequences past them
            last = {"actors": len(rows.actors), "places": len(rows.places), **rows.counts}
            for name, value in last.items():
                if value:
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), {value})"))
    analyze(store)


def analyze(store: Store) -> None:
    """Planner statistics, as autovacuum (PostgreSQL) or `PRAGMA optimize` (SQLite) would gather them."""
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))


@dataclass
class Filled:
    """A filled store and what filling it cost."""

    store: Store
    events: int
    bulk_s: float
    orm_sample: int
    orm_s: float
    same_records: bool


def fill(url: str, orm_url: str, events: int, orm_sample: int, scratch: Path) -> Filled:
    """Fill `url` in bulk; time Store.save of `orm_sample` events into the empty `orm_url` (same
    backend) and check that it gives the same contract records as a bulk fill of the sample."""
    extractions = synthetic(events)
    sample = list(synthetic(orm_sample))
    scratch = Path(tempfile.mkdtemp(dir=scratch))
    orm = Store(orm_url)
    started = time.perf_counter()
    for extraction in sample:
        orm.save(extraction)
    orm_s = time.perf_counter() - started
    check = Store("sqlite:///" + str(scratch / "bulk-sample.db"))
    bulk_fill(check, sample)
    same = list(contract_records(orm)) == list(contract_records(check))
    orm.close()
    check.close()
    store = Store(url)
    started = time.perf_counter()
    bulk_fill(store, extractions)
    return Filled(store, events, time.perf_counter() - started, orm_sample, orm_s, same)


# ---- server and load ----------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


OLD_SERVER = """
import sys, uvicorn
from frontwatch.api import create_app
from frontwatch.settings import Settings
uvicorn.run(create_app(Settings(database_url=sys.argv[1])), host="127.0.0.1", port=int(sys.argv[2]),
            log_level="warning")
"""


def start_server(url: str, workers: int, old_src: Path | None = None) -> tuple[subprocess.Popen, str]:
    """Start the server and wait until /events answers: `frontwatch serve --workers N` as the README says,
    or (old_src) the app of an older revision's source the way it was served then (1 process)."""
    import httpx

    port = _free_port()
    env = dict(os.environ, FRONTWATCH_API_TOKEN="")
    if old_src is None:
        command = [*_frontwatch(), "serve", "--db", url, "--port", str(port), "--workers", str(workers)]
    else:
        env["PYTHONPATH"] = str(old_src)
        command = [sys.executable, "-c", OLD_SERVER, url, str(port)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 900  # a loaded shared machine starts slowly
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server {command} exited with {proc.returncode}")
        try:
            status = httpx.get(base + "/events?limit=1", timeout=120).status_code
        except httpx.HTTPError:
            time.sleep(0.3)
            continue
        if status == 200:
            return proc, base
        stop_server(proc)
        raise RuntimeError(f"server answered /events with {status}")
    stop_server(proc)
    raise RuntimeError("server did not start within 120 s")


def stop_server(proc: subprocess.Popen) -> None:
    """Stop a server child (uvicorn's supervisor stops its workers on SIGTERM)."""
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _frontwatch() -> list[str]:
    script = Path(sys.executable).parent / "frontwatch"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from frontwatch.cli import main; main()"]


WRK_SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('JSON {"requests": %%d, "seconds": %%f, "p50": %%d, "p95": %%d, "p99": %%d, ' ..
    '"errors": %%d, "non2xx": %%d}\\n', summary.requests, summary.duration / 1e6, latency:percentile(50),
    latency:percentile(95), latency:percentile(99), e.connect + e.read + e.write + e.timeout, e.status))
end
"""


def load_wrk(base: str, paths: list[str], connections: int, seconds: float, scratch: Path) -> dict:
    """One closed-loop wrk run (1 thread) rotating over paths; latencies in ms."""
    script = scratch / "load.lua"
    script.write_text(WRK_SCRIPT % ", ".join(json.dumps(p) for p in paths))
    done = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "60s",
                           "-s", str(script), base], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed: {done.stderr or done.stdout}")
    out = done.stdout
    result = json.loads(next(line for line in out.splitlines() if line.startswith("JSON "))[5:])
    for key in ("p50", "p95", "p99"):
        result[key] /= 1000.0
    return result


def load_python(base: str, paths: list[str], connections: int, seconds: float, scratch: Path) -> dict:
    """One closed-loop run from a child Python process (httpx, a thread per connection)."""
    out = subprocess.run([sys.executable, __file__, "--load", base, str(connections), str(seconds), *paths],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def python_loader(base: str, connections: int, seconds: float, paths: list[str]) -> dict:
    """Child process: `connections` threads, each GETting paths in turn until time is up."""
    import httpx

    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(k: int) -> None:
        mine, bad = [], 0
        with httpx.Client(base_url=base, timeout=60) as client:
            i = k
            while time.monotonic() < stop:
                started = time.perf_counter()
                status = client.get(paths[i % len(paths)]).status_code
                mine.append((time.perf_counter() - started) * 1000)
                bad += status != 200
                i += 1
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return {"requests": len(latencies), "seconds": elapsed, "p50": q[49], "p95": q[94], "p99": q[98],
            "errors": 0, "non2xx": errors[0]}


def _run_queue_seconds(pid: Path) -> dict[str, float]:
    """Seconds each thread of a process (those alive now, by thread id) has spent runnable but waiting for a
    core (/proc/<pid>/task/*/schedstat, second field, nanoseconds)."""
    waited = {}
    for task in (pid / "task").glob("*/schedstat"):
        try:
            waited[task.parent.name] = int(task.read_text().split()[1]) / 1e9
        except (OSError, IndexError, ValueError):  # gone meanwhile
            continue
    return waited


def _processes() -> Iterator[tuple[int, int, str, float, dict[str, float]]]:
    """(pid, parent pid, command line, CPU seconds used, seconds each thread waited for a core) of every
    process this user can read (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # gone meanwhile
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (name) "
        yield (int(entry.name), int(fields[1]), command, (int(fields[11]) + int(fields[12])) / tick,
               _run_queue_seconds(entry))


@dataclass(frozen=True)
class ServerTimes:
    """CPU seconds a server (its processes, and on PostgreSQL the backends serving its database) has used,
    and the seconds each of their threads waited for a core."""

    cpu: float
    waited: dict[str, float]

    def waited_since(self, before: ServerTimes) -> float:
        """Seconds the threads waited for a core since `before` (a thread that ended meanwhile is not counted)."""
        return sum(seconds - before.waited.get(tid, 0.0) for tid, seconds in self.waited.items())


def server_times(server_pid: int, database: str | None) -> ServerTimes:
    """CPU seconds used so far by a server process and its workers, plus (PostgreSQL) the backends
    serving `database` (their process title names it): the per-request cost whatever the machine's load;
    and how long their threads have been runnable but waiting for a core: the machine's share."""
    procs = list(_processes())
    children: dict[int, list[int]] = {}
    for pid, parent, *_ in procs:
        children.setdefault(parent, []).append(pid)
    tree, todo = set(), [server_pid]
    while todo:
        pid = todo.pop()
        tree.add(pid)
        todo += children.get(pid, [])
    backend = f" {database} " if database else None
    mine = [(cpu, waited) for pid, _, command, cpu, waited in procs
            if pid in tree or (backend and command.startswith("postgres:") and backend in command)]
    return ServerTimes(sum(cpu for cpu, _ in mine), {tid: s for _, waited in mine for tid, s in waited.items()})


def in_process_ms(store: Store, flt: EventFilter, after: Cursor | None = None, offset: int = 0,
                  repeats: int = 30) -> tuple[float, float]:
    """Median and p95 ms of the handler's work without HTTP (query + contract records + JSON), one call at
    a time: a p95 far above the median here is the machine taking the core away, not the server."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        page = store.event_page(flt, flt.limit, after, offset)
        orjson.dumps([event_record(r) for r in page.items])
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), statistics.quantiles(times, n=20, method="inclusive")[18]


@dataclass(frozen=True)
class Mix:
    """One kind of request: its path and its in-process equivalent."""

    name: str
    path: str
    flt: EventFilter
    after: Cursor | None = None
    offset: int = 0


def _mixes(store: Store, events: int) -> list[Mix]:
    deep = int(events * 0.9)
    with store.engine.connect() as conn:
        day, ident = conn.execute(text("SELECT date_start, id FROM events WHERE date_start IS NOT NULL "
                                       f"ORDER BY date_start, id LIMIT 1 OFFSET {deep - 1}")).one()
    after = Cursor(date.fromisoformat(str(day)), ident)
    out = []
    for name, query, flt in MIXES:
        if flt is None:
            out.append(Mix(name, "/events?" + query.format(cursor=after.encode()), EventFilter(limit=100), after))
        else:
            out.append(Mix(name, "/events" + (f"?{query}" if query else ""), flt))
    out.append(Mix(DEEP_OFFSET, f"/events?offset={deep}&limit=100", EventFilter(limit=100), offset=deep))
    return out


def _runs(mixes: list[Mix], old: bool) -> list[tuple[str, list[str], list[Mix]]]:
    """(row name, paths, mixes) per load run; the old revision has no cursor, so it rotates the offset page."""
    runs = [(m.name, [m.path], [m]) for m in mixes if not (old and m.after is not None)]
    rotated = [m for m in mixes if m.name != (DEEP_OFFSET if not old else MIXES[-1][0])]
    runs.append(("all mixes rotated" + (" (deep page by offset)" if old else " (deep page by cursor)"),
                 [m.path for m in rotated], rotated))
    return runs


def bench_backend(label: str, url: str, orm_url: str, events: int, args: argparse.Namespace,
                  scratch: Path, old_src: Path | None) -> list[str]:
    """Fill (unless --existing), serve (old revision and this one), load; the backend's markdown lines."""
    if args.existing:
        filled = Filled(Store(url), events, float("nan"), 0, float("nan"), True)
    else:
        filled = fill(url, orm_url, events, args.orm_sample, scratch)
    with filled.store.engine.connect() as conn:
        n_events = conn.execute(text("SELECT count(*) FROM events")).scalar_one()
        n_docs = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
    mixes = _mixes(filled.store, events)
    in_process = {m.name: in_process_ms(filled.store, m.flt, m.after, m.offset) for m in mixes}
    loader = load_wrk if args.loader == "wrk" else load_python
    lines = [f"## {label}: {n_events:,} events in {n_docs:,} documents",
             "",
             "fill: an existing database (--existing), filled earlier by bulk_fill" if args.existing else
             f"fill: Store.save (ORM, one transaction per document) {filled.orm_sample / filled.orm_s:,.0f} events/s "
             f"on a {filled.orm_sample:,}-event sample; bulk core insert + ANALYZE "
             f"{filled.events / filled.bulk_s:,.0f} events/s ({filled.bulk_s:.1f} s); ORM and bulk stores give "
             f"{'identical' if filled.same_records else 'DIFFERENT'} contract records on the sample.",
             "",
             f"loader: {args.loader}, 1 thread, closed loop, {args.seconds:g} s per run; servers: "
             + (f"baseline = `{args.baseline_ref}` served as then (uvicorn, 1 process); " if old_src else "")
             + f"new = `frontwatch serve --workers {args.server_workers}`; in-process = this revision's "
             "Store.event_page + records + JSON without HTTP, "
             "one call at a time (median / p95 of 30; over several mixes, their means)",
             "",
             "server CPU ms/request = CPU time of the uvicorn processes (and, on PostgreSQL, of the database's "
             "backends) during the run / requests answered: the per-request cost, independent of queueing for a core; "
             "run-queue ms/request = the time the same processes' threads were runnable but waited for a core "
             "(/proc/<pid>/task/*/schedstat) / requests answered: the machine's share of the latency",
             "",
             "| mix | server | conns | requests/s | p50 ms | p95 ms | p99 ms | errors | in-process ms p50 / p95 "
             "| server CPU ms/request | run-queue ms/request | load avg |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    database = make_url(url).database if url.startswith("postgresql") else None
    servers = ([("baseline", old_src)] if old_src else []) + [("new", None)]
    for server, src in servers:
        proc, base = start_server(url, args.server_workers, src)
        try:
            for name, paths, used in _runs(mixes, src is not None):
                base_ms = statistics.mean(in_process[m.name][0] for m in used)
                base_p95 = statistics.mean(in_process[m.name][1] for m in used)
                for connections in args.connections:
                    before = server_times(proc.pid, database)
                    r = loader(base, paths, connections, args.seconds, scratch)
                    after = server_times(proc.pid, database)
                    cpu_ms = (after.cpu - before.cpu) * 1000 / max(1, r["requests"])
                    wait_ms = after.waited_since(before) * 1000 / max(1, r["requests"])
                    lines.append(f"| {name} | {server} | {connections} | {r['requests'] / r['seconds']:,.1f} | "
                                 f"{r['p50']:.1f} | {r['p95']:.1f} | {r['p99']:.1f} | {r['errors'] + r['non2xx']} | "
                                 f"{base_ms:.1f} / {base_p95:.1f} | {cpu_ms:.1f} | {wait_ms:.1f} | "
                                 f"{os.getloadavg()[0]:.2f} |")
                    print(lines[-1], file=sys.stderr, flush=True)
        finally:
            stop_server(proc)
    filled.store.close()
    return lines


def _pg_bench_url(server_url: str, suffix: str = "") -> tuple[str, callable]:
    """A fresh database on the server of `server_url`, and a function that drops it."""
    name = f"frontwatch_bench_{os.getpid()}{suffix}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--orm-sample", type=int, default=5_000, help="events saved through Store.save for timing")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of each load run")
    parser.add_argument("--connections", type=int, nargs="+", default=[4])
    parser.add_argument("--pg", default=os.environ.get("FRONTWATCH_TEST_PG_URL"), help="PostgreSQL server URL")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--loader", choices=("wrk", "python"), default="wrk" if shutil.which("wrk") else "python")
    parser.add_argument("--server-workers", type=int, default=2, help="uvicorn worker processes (frontwatch serve)")
    parser.add_argument("--baseline-ref", default=None,
                        help="also serve src/ of this git revision (1 process, as it was run) as the baseline")
    parser.add_argument("--existing", nargs="+", default=None,
                        help="bench these databases as they are (URLs of stores bulk_fill made with --events N)")
    parser.add_argument("--fill", default=None, metavar="URL",
                        help="only fill this (empty) database with --events N events by bulk_fill, for --existing")
    parser.add_argument("--load", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load:
        print(json.dumps(python_loader(args.load[0], int(args.load[1]), float(args.load[2]), args.load[3:])))
        return
    if args.fill:
        started = time.perf_counter()
        store = Store(args.fill)
        bulk_fill(store, synthetic(args.events[0]))
        store.close()
        print(f"filled {args.fill} with {args.events[0]:,} events in {time.perf_counter() - started:.0f} s")
        return

    print(f"# API latency: GET /events, {', '.join(f'{n:,}' for n in args.events)} synthetic events; "
          f"{os.cpu_count()} CPUs shared by server, loader, database and other work; 1-min load average "
          f"{os.getloadavg()[0]:.2f} at the start\n", flush=True)
    with tempfile.TemporaryDirectory(prefix="frontwatch-apibench-") as tmp:
        scratch = Path(tmp)
        old_src = old_source(args.baseline_ref, scratch) if args.baseline_ref else None
        for url in args.existing or ():
            label = "PostgreSQL (loopback)" if url.startswith("postgresql") else "SQLite (file)"
            lines = bench_backend(label, url, url, args.events[0], args, scratch, old_src)
            print("\n".join(lines) + "\n", flush=True)
        for events in [] if args.existing else args.events:
            if not args.no_sqlite:
                lines = bench_backend("SQLite (file)", "sqlite:///" + str(scratch / f"api{events}.db"),
                                      "sqlite:///" + str(scratch / f"orm-sample{events}.db"), events, args, scratch,
                                      old_src)
                print("\n".join(lines) + "\n", flush=True)
                (scratch / f"api{events}.db").unlink()
            if args.pg:
                url, drop = _pg_bench_url(args.pg)
                orm_url, drop_orm = _pg_bench_url(args.pg, "_orm")
                try:
                    lines = bench_backend("PostgreSQL (loopback)", url, orm_url, events, args, scratch, old_src)
                    print("\n".join(lines) + "\n", flush=True)
                finally:
                    drop()
                    drop_orm()
    if not args.pg and not any(url.startswith("postgresql") for url in args.existing or ()):
        print("PostgreSQL: not run (no --pg URL and no FRONTWATCH_TEST_PG_URL)")
    print(f"1-min load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
