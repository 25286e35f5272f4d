"""Fact reads without document text (issue 8): peak RSS and time of listing and exporting events,
and the memory an ingest report keeps, for the working tree against a baseline git revision.

One run:
  1. copies `src/` of `--baseline-ref` (default HEAD: before the change is committed, HEAD
     is the code without it) out of git with `git archive` into a temp folder (read-only
     for the repository: no checkout);
  2. fills one SQLite file with `--events` synthetic events (frontwatch.api.synthetic,
     `--per-document` events per document, ~150 characters of text per event; bulk insert
     as in api_latency_bench.py);
  3. runs every operation in a fresh child process, once with the baseline's source on
     PYTHONPATH and once with the working tree's, back to back on the same file:
       list events     Store.events() (every event) + export.records.event_record per row
                       (what GET /events and `frontwatch events` do, without paging);
       export jsonl    the jsonl exporter writing a file (`frontwatch export --format jsonl`);
       export acled    the acled-csv exporter writing a file;
       ingest report   pipeline.ingest_documents over `--ingest-docs` synthetic documents
                       (a stub extractor hands out prebuilt extractions, built one at a
                       time, so the report is the only thing that can keep them) under
                       tracemalloc: the Python memory freed when the returned report is
                       dropped (what the report alone keeps).
     Each child reports its time (best of --repeat), its peak RSS (VmHWM), the peak's
     growth above the RSS before the operation, and a SHA-256 of what it produced, so the
     table also says whether both revisions gave identical output.
"x baseline" = current / baseline, measured in the same run on the same file.

Run: .venv/bin/python bench/fact_memory_bench.py [--events 50000] [--per-document 50]
     [--ingest-docs 200] [--repeat 1] [--baseline-ref HEAD]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OPERATIONS = ("list events", "export jsonl", "export acled-csv", "ingest report")


def _status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status (VmRSS now, VmHWM its peak), in MB.

    Not ru_maxrss: Linux keeps that across fork + exec, so a child would start from the
    peak of the parent that filled the store.
    """
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


# ---- child: one operation on one revision ----------------------------------------------

def _list_events(url: str, _scratch: Path) -> tuple[int, str]:
    from frontwatch.export.records import event_record
    from frontwatch.store import Store

    store = Store(url)
    digest = hashlib.sha256()
    records = [event_record(row) for row in store.events()]
    for record in records:
        digest.update(json.dumps(record, ensure_ascii=False, sort_keys=True).encode())
    store.close()
    return len(records), digest.hexdigest()


def _export(fmt: str):
    def run(url: str, scratch: Path) -> tuple[int, str]:
        from frontwatch.export import EXPORTERS
        from frontwatch.store import Store

        store = Store(url)
        exporter = EXPORTERS[fmt]
        path = scratch / f"out-{os.getpid()}{exporter.suffix}"
        with path.open("w", encoding="utf-8", newline="") as out:
            rows = exporter.write(store, out, None)
        store.close()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        path.unlink()
        return rows, digest

    return run


def _synthetic_one(index: int, per_document: int):
    from frontwatch.api.synthetic import synthetic_extractions

    return synthetic_extractions(per_document, per_document=per_document, seed=index + 1)[0]


def _ingest_report(url: str, _scratch: Path, documents: int, per_document: int) -> tuple[int, str, float]:
    """Ingest documents with a stub extractor; (stored, digest of the CLI's table lines, MB the report keeps)."""
    import gc
    import tracemalloc
    from dataclasses import replace

    from frontwatch.pipeline import ingest_documents
    from frontwatch.store import Store

    store = Store(url)
    handed: dict = {}

    class StubExtractor:
        def extract(self, document):
            return replace(handed.pop(document.id), document=document)

    def documents_one_by_one():
        for index in range(documents):
            extraction = _synthetic_one(index, per_document)
            handed[extraction.document.id] = extraction
            yield extraction.document
            del extraction

    tracemalloc.start()
    report = ingest_documents(documents_one_by_one(), store, StubExtractor())
    lines = [f"{s.document.origin} {len(s.events)} {len(s.control)} {len(s.quantities)} {len(s.findings)}"
             for s in report.stored]
    lines.append(f"{len(report.stored)} stored, {len(report.skipped)} skipped, {len(report.failed)} failed")
    stored = len(report.stored)
    gc.collect()
    with_report = tracemalloc.get_traced_memory()[0]
    del report
    gc.collect()
    kept_mb = (with_report - tracemalloc.get_traced_memory()[0]) / 2**20
    tracemalloc.stop()
    store.close()
    return stored, hashlib.sha256("\n".join(lines).encode()).hexdigest(), kept_mb


def child(operation: str, url: str, scratch: Path, repeat: int, ingest_docs: int, per_document: int) -> dict:
    """Run one operation `repeat` times; best seconds, peak RSS, its growth, rows and digest."""
    import frontwatch.export
    import frontwatch.store  # imported before the RSS the growth starts from

    if operation == "ingest report":
        import frontwatch.pipeline

    source = str(Path(frontwatch.store.__file__).resolve().parents[2])
    rss_before = _status_mb("VmRSS")
    best, rows, digest, kept = float("inf"), 0, "", None
    for attempt in range(repeat):
        started = time.perf_counter()
        if operation == "ingest report":
            db = scratch / f"ingest-{os.getpid()}-{attempt}.db"
            rows, digest, kept = _ingest_report("sqlite:///" + str(db), scratch, ingest_docs, per_document)
            db.unlink()
        elif operation == "list events":
            rows, digest = _list_events(url, scratch)
        else:
            rows, digest = _export(operation.removeprefix("export "))(url, scratch)
        best = min(best, time.perf_counter() - started)
    peak = _status_mb("VmHWM")
    return {"seconds": best, "rows": rows, "digest": digest, "peak_rss_mb": peak,
            "rss_growth_mb": peak - rss_before, "kept_mb": kept, "source": source}


# ---- parent ---------------------------------------------------------------------------

def _baseline_source(ref: str, into: Path) -> Path:
    """`src/` of a git revision, extracted into `into` (git archive: no checkout)."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", ref, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def _run(source: Path, operation: str, url: str, scratch: Path, args: argparse.Namespace) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(source), str(BENCH)])}
    result = subprocess.run(
        [sys.executable, __file__, "--child", operation, url, str(scratch), str(args.repeat),
         str(args.ingest_docs), str(args.per_document)],
        check=False, capture_output=True, text=True, env=env, cwd=scratch)
    if result.returncode != 0:
        raise RuntimeError(f"child {operation!r} on {source} failed:\n{result.stderr}")
    out = json.loads(result.stdout.strip().splitlines()[-1])
    if Path(out["source"]) != source.resolve():
        raise RuntimeError(f"child imported frontwatch from {out['source']}, not {source}")
    return out


def _fill(url: str, events: int, per_document: int) -> float:
    sys.path.insert(0, str(BENCH))
    from api_latency_bench import bulk_fill

    from frontwatch.api.synthetic import synthetic_extractions
    from frontwatch.store import Store

    store = Store(url)
    started = time.perf_counter()
    bulk_fill(store, synthetic_extractions(events, per_document=per_document, seed=42))
    store.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--per-document", type=int, default=50, help="events per synthetic document")
    parser.add_argument("--ingest-docs", type=int, default=200, help="documents of the ingest-report run")
    parser.add_argument("--repeat", type=int, default=1, help="runs per operation; the best time is reported")
    parser.add_argument("--baseline-ref", default="HEAD", help="git revision whose src/ is the baseline")
    parser.add_argument("--child", nargs=6, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        operation, url, scratch, repeat, ingest_docs, per_document = args.child
        print(json.dumps(child(operation, url, Path(scratch), int(repeat), int(ingest_docs), int(per_document))))
        return

    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", args.baseline_ref],
                            capture_output=True, text=True, check=True).stdout.strip()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="frontwatch-factmem-") as tmp:
        scratch = Path(tmp)
        baseline = _baseline_source(args.baseline_ref, scratch)
        current = REPO / "src"
        url = "sqlite:///" + str(scratch / "facts.db")
        fill_s = _fill(url, args.events, args.per_document)
        db_mb = (scratch / "facts.db").stat().st_size / 1e6
        lines = [
            ("| operation | revision | seconds | x baseline | peak RSS MB | RSS growth MB | x baseline | "
             "kept by report MB | rows | same output |"),
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for operation in OPERATIONS:
            base = _run(baseline, operation, url, scratch, args)
            now = _run(current, operation, url, scratch, args)
            for label, r in ((f"baseline {commit}", base), ("working tree", now)):
                kept = "-" if r["kept_mb"] is None else f"{r['kept_mb']:.2f}"
                lines.append(
                    f"| {operation} | {label} | {r['seconds']:.2f} | {r['seconds'] / base['seconds']:.2f} | "
                    f"{r['peak_rss_mb']:.0f} | {r['rss_growth_mb']:.0f} | "
                    f"{r['rss_growth_mb'] / max(base['rss_growth_mb'], 1):.2f} | {kept} | {r['rows']:,} | "
                    f"{'yes' if r['digest'] == base['digest'] else 'NO'} |")
                print(lines[-1], file=sys.stderr, flush=True)
    print(f"# fact reads: {args.events:,} synthetic events, {args.per_document} per document "
          f"(SQLite file {db_mb:.0f} MB, filled in {fill_s:.1f} s); ingest report over {args.ingest_docs} "
          f"documents; baseline = src/ of {args.baseline_ref} ({commit}); 1 child process per line; "
          f"{os.cpu_count()} CPUs, 1-min load average {load_before:.2f} before / {os.getloadavg()[0]:.2f} after\n")
    print("\n".join(lines))
    print("\nRSS growth = peak RSS of the child above its RSS before the operation (imports done); "
          "same output = SHA-256 of the records, the file written, or the CLI's table lines equal to the baseline's.")


if __name__ == "__main__":
    main()
