"""Faults under load: ingest workers and API readers on loopback PostgreSQL; a worker killed, the database restarted.

For `--minutes` (default 10): `--workers` (4) processes ingest new documents through the ingest
service, each acknowledging every stored document in its own file (fsync'd after the commit),
while `--readers` (8) threads read the API (`frontwatch serve`, uvicorn in a child process).
At 35 % of the time one worker is killed with SIGKILL and started again (it resumes from its
first document, skipping what is stored); at 55 % PostgreSQL is restarted (`pg_ctl restart`).
At the end each worker retries its failed documents, and the database is checked against the
acknowledgements and the documents' expected facts. The table says how many documents and facts
were lost or duplicated (must be 0), how many documents have no trace at all ("holes": neither
stored nor on record as failed), what readers saw, and how long recovery took.

Extraction is synthetic by default (facts derived deterministically from each document, so
the expected count of every fact table is known and the run stresses storage and the API,
not the NLP), taking `--extract-seconds` (0.2 s) of sleep per document to stand for the NLP
time of a short report; `--real` runs the real extractor in each worker instead (slow; fact
counts are then not checked).

Run:  nice -n 10 .venv/bin/python bench/soak_bench.py [--minutes 10] [--workers 4] [--readers 8]
      [--pg-port 54406] [--api-port 8766] [--extract-seconds 0.2] [--real] [--json out.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

KILL_AT, RESTART_AT = 0.35, 0.55  # fractions of the run
RECOVERY_WINDOW = 60.0  # seconds after a fault in which reader errors are put down to it
READ_PATHS = ("/events?limit=50&offset={k}", "/control", "/places?limit=20&offset={k}", "/quantities?limit=20",
              "/documents/{doc}", "/actors")


# --- the documents and their expected facts ---------------------------------------------------------

def soak_document(worker: int, n: int):
    """The n-th document of a worker: a generated article, unique by a closing dispatch line."""
    from corpus import generated_article

    from frontwatch.ingest.ids import make_document

    article = generated_article(random.Random(worker * 1_000_003 + n))
    return make_document(f"{article.body}\n\nDispatch {worker}-{n}.", f"soak/w{worker}/{n}.txt",
                         published=article.published, source=article.source, title=article.title)


def expected_facts(doc_id: str) -> tuple[int, int, int]:
    """How many events, control claims and quantities the synthetic extractor reads from a document."""
    digest = hashlib.sha256(doc_id.encode()).digest()
    return digest[0] % 4 + 1, digest[1] % 3, digest[2] % 3


class SyntheticExtractor:
    """Facts derived from the document id alone: deterministic counts, real actors, places and evidence."""

    def __init__(self, seconds: float = 0.0) -> None:
        self.seconds = seconds

    def extract(self, document):
        time.sleep(self.seconds)
        from frontwatch.model import (
            Actor,
            ControlFact,
            ControlStatus,
            DateSpan,
            EventFact,
            Evidence,
            Extraction,
            Place,
            QuantityFact,
            TimePrecision,
        )

        events, control, quantities = expected_facts(document.id)
        end = document.text.find(".") + 1 or len(document.text)
        evidence = Evidence(document.id, 0, end, document.text[:end])
        digest = hashlib.sha256(document.id.encode()).digest()
        actor = Actor(f"Soak Group {digest[3] % 20}", (), 2, "Testland", "rebel")
        place = Place(f"Soak Town {digest[4] % 50}", 30 + digest[4] % 10, 40 + digest[5] % 10, "Testland")
        day = document.published or date(2020, 1, 1)
        span = DateSpan(day, day, TimePrecision.DAY)
        return Extraction(
            document,
            events=[EventFact("Battles", "Armed clash", evidence, actor1=actor, place=place, date=span,
                              fatalities_low=i) for i in range(events)],
            control=[ControlFact(actor, place, ControlStatus.CONTROLS, evidence, day - timedelta(days=i))
                     for i in range(control)],
            quantities=[QuantityFact(f"fighters {i}", 10 * i, 20 * i, evidence, actor) for i in range(quantities)],
        )


# --- a worker (child process) -----------------------------------------------------------------------

def run_worker(worker: int, url: str, until: float, ack_path: Path, log_dir: Path, real: bool,
               extract_seconds: float) -> None:
    """Ingest this worker's documents until `until` (epoch seconds), then retry its failures."""
    from frontwatch.ingest_service import IngestService
    from frontwatch.settings import Settings
    from frontwatch.store import Store

    store = Store(url)
    if real:
        from frontwatch.pipeline import build_extractor

        extract = build_extractor(Settings()).extract
    else:
        extract = SyntheticExtractor(extract_seconds).extract
    service = IngestService(store, failure_log=log_dir / f"failures-w{worker}.log")
    with ack_path.open("a", encoding="utf-8") as acks:
        def ack(n: int, status: str, doc_id: str | None) -> None:
            acks.write(f"{time.time():.3f}\t{n}\t{status}\t{doc_id or ''}\n")
            acks.flush()
            os.fsync(acks.fileno())

        n = 0
        while time.time() < until:
            document = soak_document(worker, n)
            outcome = service.ingest(document, extract)
            ack(n, outcome.status, document.id)
            n += 1
        retried = service.retry_failed(extract, max_bytes=20_000_000)
        for summary in retried.stored:
            ack(-1, "stored", summary.document.id)
    store.close()


# --- the run ------------------------------------------------------------------------------------------

@dataclass
class Readers:
    """What the API readers saw."""

    statuses: Counter = field(default_factory=Counter)
    timeline: list[tuple[float, float, str, bool]] = field(default_factory=list)  # (sent, answered, kind, ok)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _read_loop(base: str, until: float, doc_ids: list[str], readers: Readers, seed: int) -> None:
    import httpx

    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=30) as client:
        while time.time() < until:
            path = rng.choice(READ_PATHS).format(k=rng.randrange(0, 500), doc=rng.choice(doc_ids or ["none"]))
            sent = time.time()
            try:
                response = client.get(path)
                ok = response.status_code < 500
                kind = str(response.status_code)
                if response.status_code == 503:  # which limit answered: the database, or the answer time limit
                    kind += " no answer in time" if "no answer within" in response.text else " database"
            except httpx.HTTPError as exc:
                ok, kind = False, exc.__class__.__name__
            with readers.lock:
                readers.statuses[kind] += 1
                readers.timeline.append((sent, time.time(), kind, ok))
            time.sleep(0.05)


def _pg(args: argparse.Namespace) -> tuple[str, dict]:
    """Start a private PostgreSQL on loopback; its URL and the environment scripts/pg.sh needs."""
    env = {**os.environ, "PG_DIR": args.pg_dir, "PG_PORT": str(args.pg_port)}
    out = subprocess.run(["bash", "-c", "source scripts/pg.sh && start_test_postgres && echo $FRONTWATCH_TEST_PG_URL"
                          " && echo $PG_BIN"], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    server, bin_dir = out.stdout.split()[-2:]
    env["PG_BIN"] = bin_dir
    url = server.rsplit("/", 1)[0] + "/soak"
    import psycopg

    with psycopg.connect(server.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS soak WITH (FORCE)")
        conn.execute("CREATE DATABASE soak")
    return url, env


def _pg_ctl(env: dict, *args: str) -> None:
    run_as = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
    subprocess.run([*run_as, f"{env['PG_BIN']}/pg_ctl", "-D", f"{env['PG_DIR']}/data", *args], check=True,
                   capture_output=True)


def _worker_proc(args, worker: int, url: str, until: float, tmp: Path) -> subprocess.Popen:
    command = [sys.executable, __file__, "--as-worker", str(worker), "--url", url, "--until", str(until),
               "--tmp", str(tmp), "--extract-seconds", str(args.extract_seconds)] + (["--real"] if args.real else [])
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(tmp / f"w{worker}.err", "a"))


def _acks(tmp: Path, workers: int) -> dict[int, list[tuple[float, int, str, str]]]:
    found = {}
    for worker in range(workers):
        path = tmp / f"acks-w{worker}.tsv"
        rows = []
        for line in path.read_text().splitlines() if path.exists() else []:
            parts = line.split("\t")
            if len(parts) == 4:
                rows.append((float(parts[0]), int(parts[1]), parts[2], parts[3]))
        found[worker] = rows
    return found


def _check(url: str, acks: dict, real: bool) -> dict:
    """Compare the database with the acknowledgements and the expected facts."""
    from sqlalchemy import func, select

    from frontwatch.store import ControlRow, DocumentRow, EventRow, QuantityRow, Store

    store = Store(url)
    with store.session() as session:
        stored = set(session.scalars(select(DocumentRow.id)))
        counts = {}
        for table in (EventRow, ControlRow, QuantityRow):
            counts[table] = dict(session.execute(select(table.doc_id, func.count()).group_by(table.doc_id)).all())
        distinct = session.scalar(select(func.count(func.distinct(DocumentRow.id))))
        total = session.scalar(select(func.count()).select_from(DocumentRow))
    failures = store.failures()
    store.close()
    acked = {doc for rows in acks.values() for _t, _n, status, doc in rows if status == "stored"}
    lost_docs = len(acked - stored)
    lost_facts = duplicated_facts = 0
    if not real:
        for doc in stored:
            for table, expected in zip((EventRow, ControlRow, QuantityRow), expected_facts(doc), strict=True):
                found = counts[table].get(doc, 0)
                lost_facts += max(0, expected - found)
                duplicated_facts += max(0, found - expected)
    holes = 0
    failed_docs = {f.doc_id for f in failures}
    for worker, rows in acks.items():
        attempted = max((n for _t, n, _s, _d in rows if n >= 0), default=-1)
        for n in range(attempted + 1):
            doc_id = soak_document_id(worker, n)
            if doc_id not in stored and doc_id not in failed_docs:
                holes += 1
    return {"documents stored": len(stored), "documents acknowledged": len(acked), "documents lost": lost_docs,
            "documents duplicated": total - distinct, "facts lost": lost_facts, "facts duplicated": duplicated_facts,
            "facts stored": sum(sum(c.values()) for c in counts.values()), "holes": holes,
            "failures on record": len(failures)}


def soak_document_id(worker: int, n: int) -> str:
    """The content id of a worker's n-th document."""
    return soak_document(worker, n).id


def _recovery(timeline: list[tuple[float, float, str, bool]], since: float, window: float) -> float | None:
    """Seconds from `since` until reads succeed again: the first success sent after the last failed read
    sent within `window` seconds of it (0 when no read failed in the window)."""
    failed = [sent for sent, _answered, _kind, ok in timeline if not ok and since <= sent <= since + window]
    if not failed:
        return 0.0
    back = min((answered for sent, answered, _k, ok in timeline if ok and sent > failed[-1]), default=None)
    return back - since if back is not None else float("inf")


def _read_figures(timeline: list[tuple[float, float, str, bool]], restart_at: float | None, kill_at: float | None,
                  window: float) -> dict:
    """Reader errors near each fault and elsewhere, and read latency."""
    def near(sent: float, answered: float, fault: float | None) -> bool:  # in flight during the window
        return fault is not None and answered >= fault and sent <= fault + window

    errors = [(sent, answered, kind) for sent, answered, kind, ok in timeline if not ok]
    latencies = sorted(answered - sent for sent, answered, _k, ok in timeline if ok)
    return {
        "reads": len(timeline),
        "read errors": len(errors),
        f"read errors in flight within {window:g} s of the database restart":
            dict(Counter(kind for sent, answered, kind in errors if near(sent, answered, restart_at))),
        f"read errors in flight within {window:g} s of the worker kill":
            dict(Counter(kind for sent, answered, kind in errors if near(sent, answered, kill_at))),
        "read errors at other times": dict(Counter(kind for sent, answered, kind in errors
                                                   if not near(sent, answered, restart_at)
                                                   and not near(sent, answered, kill_at))),
        "read latency p50 / p95 (s)": (f"{_at(latencies, 0.5):.2f} / {_at(latencies, 0.95):.2f}" if latencies else "-"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--pg-port", type=int, default=54406)
    parser.add_argument("--pg-dir", default="/tmp/pg-hardening-soak")
    parser.add_argument("--api-port", type=int, default=8766)
    parser.add_argument("--real", action="store_true", help="the real extractor in every worker (slow)")
    parser.add_argument("--extract-seconds", type=float, default=0.2,
                        help="seconds the synthetic extractor takes per document (stands for NLP time)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--as-worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--until", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--tmp", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.as_worker is not None:
        run_worker(args.as_worker, args.url, args.until, args.tmp / f"acks-w{args.as_worker}.tsv", args.tmp,
                   args.real, args.extract_seconds)
        return

    url, env = _pg(args)
    tmp = Path(tempfile.mkdtemp(prefix="frontwatch-soak-"))
    frontwatch = str(Path(sys.executable).parent / "frontwatch")
    subprocess.run([frontwatch, "db", "upgrade", "--db", url], cwd=ROOT, check=True, capture_output=True)
    api = subprocess.Popen([frontwatch, "serve", "--db", url, "--port", str(args.api_port)],
                           cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(tmp / "api.err", "w"),
                           env={**os.environ, "FRONTWATCH_LOG_DIR": str(tmp)})
    start = time.time()
    until = start + args.minutes * 60
    load_before = os.getloadavg()[0]
    workers = {w: _worker_proc(args, w, url, until, tmp) for w in range(args.workers)}
    readers, threads, kill_at, restart_at = Readers(), [], None, None
    restart_seconds = None
    try:
        _wait_for_api(args.api_port)
        doc_ids = [soak_document_id(w, n) for w in range(args.workers) for n in range(20)]
        for i in range(args.readers):
            thread = threading.Thread(target=_read_loop, args=(f"http://127.0.0.1:{args.api_port}", until, doc_ids,
                                                               readers, i), daemon=True)
            thread.start()
            threads.append(thread)
        time.sleep(max(0.0, start + KILL_AT * (until - start) - time.time()))
        kill_at = time.time()
        os.kill(workers[0].pid, signal.SIGKILL)
        workers[0].wait()
        time.sleep(2)
        workers[0] = _worker_proc(args, 0, url, until, tmp)
        time.sleep(max(0.0, start + RESTART_AT * (until - start) - time.time()))
        restart_at = time.time()
        _pg_ctl(env, "-m", "fast", "-w", "restart", "-o",
                f"-p {args.pg_port} -k {args.pg_dir} -c listen_addresses=127.0.0.1", "-l", f"{args.pg_dir}/log")
        restart_seconds = time.time() - restart_at
        for thread in threads:
            thread.join()
        for proc in workers.values():
            proc.wait(timeout=900)
    finally:
        api.send_signal(signal.SIGINT)
        try:
            api.wait(timeout=30)
        except subprocess.TimeoutExpired:
            api.kill()
    acks = _acks(tmp, args.workers)
    figures = _check(url, acks, args.real)
    write_times = [t for rows in acks.values() for t, _n, status, _d in rows if status == "stored"]
    writes_back = min((t for t in write_times if restart_at and t > restart_at + (restart_seconds or 0)), default=None)
    figures.update({
        "minutes": args.minutes, "workers": args.workers, "readers": args.readers,
        **_read_figures(readers.timeline, restart_at, kill_at, RECOVERY_WINDOW),
        "read statuses": dict(readers.statuses),
        "killed worker restarted after (s)": 2.0,
        "pg_ctl restart took (s)": round(restart_seconds or 0, 2),
        "readers recovered after (s)": _round(_recovery(readers.timeline, restart_at or until, RECOVERY_WINDOW)),
        "writers stored again after (s)": _round(writes_back - restart_at if writes_back and restart_at else None),
        "load average before/after": f"{load_before:.1f} / {os.getloadavg()[0]:.1f}",
        "kill at (s)": _round(kill_at - start if kill_at else None),
        "restart at (s)": _round(restart_at - start if restart_at else None),
        "logs": str(tmp),
    })
    (tmp / "reads.json").write_text(json.dumps([[round(s - start, 3), round(a - start, 3), k, ok]
                                                 for s, a, k, ok in readers.timeline]))
    _print(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    subprocess.run(["bash", "-c", "source scripts/pg.sh && stop_test_postgres"], cwd=ROOT, env=env,
                   capture_output=True)


def _at(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _wait_for_api(port: int) -> None:
    import httpx

    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/actors", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("the API did not come up within 120 s")


def _print(figures: dict) -> None:
    print(f"\n### Soak: {figures['workers']} ingest workers, {figures['readers']} API readers, "
          f"{figures['minutes']:g} min on PostgreSQL (load average {figures['load average before/after']})\n")
    print("| figure | value |\n|---|---:|")
    for key, value in figures.items():
        if key not in ("workers", "readers", "minutes", "logs", "load average before/after"):
            print(f"| {key} | {value} |")


if __name__ == "__main__":
    main()
