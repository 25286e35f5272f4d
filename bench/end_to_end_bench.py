"""End-to-end ingest (issue 8): files -> store throughput as a ratio to bare spaCy, and peak memory.

Writes ~1 MB of generated news (bench/corpus.py) as .txt files with front matter into a
temp folder, then runs three child processes one after another on the same files:
  baseline (before)  read the files with frontwatch.ingest.read_documents, then the bare
                     spaCy pipeline `load_pipeline(settings.spacy_model)` over every text with
                     `nlp.pipe` (model loading timed apart);
  ingest             build_extractor(Settings()), then `ingest_paths([folder], Store(sqlite file),
                     extractor, settings)`: read, extract, store, one transaction per document;
  baseline (after)   as before (the ratio uses the mean of both, so load drift on the
                     shared machine shows up as their difference); with --repeat, a bare spaCy
                     run follows every round of ingest runs, and each ingest's ratio uses the
                     bare runs just before and after it (medians per code printed).
Each child reports its wall time and its peak RSS (resource.getrusage ru_maxrss; a child
of its own, so the ingest peak holds nothing but the ingest). The ingest child also
samples ru_maxrss after loading resources and at each quarter of the documents, and times
store.save / store.has_document separately (the store is wrapped, no library change).
With --tracemalloc one more ingest child reports the peak of Python allocations
(tracemalloc slows it several times; its timing is not reported). With --baseline-ref REV the
ingest child also runs on `src/` of that git revision (`git archive`, imported through
PYTHONPATH), alternating with this tree's, --repeat times each, between the two bare spaCy
runs: the before/after of a change in one window, each run with its load average.

Run: .venv/bin/python bench/end_to_end_bench.py [--mb 1.0] [--tracemalloc] [--keep DIR]
                                                [--baseline-ref REV] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import news_articles, word_count, write_corpus  # noqa: E402
from revisions import old_source  # noqa: E402

from frontwatch.settings import Settings  # noqa: E402

WARMUP_DOCS = 3


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    """CPU seconds this whole process has used (imports and model loading included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child_baseline(folder: Path) -> dict:
    """Read the files, then time bare spaCy over every document text."""
    from frontwatch.ingest import read_documents
    from frontwatch.nlp import load_pipeline
    from frontwatch.settings import Settings

    settings = Settings()
    texts = [d.text for d in read_documents([folder]) if not isinstance(d, Exception)]
    started = time.perf_counter()
    nlp = load_pipeline(settings.spacy_model)
    load_s = time.perf_counter() - started
    for text in texts[:WARMUP_DOCS]:
        nlp(text)
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "load_s": load_s, "documents": len(texts), "words": sum(word_count(t) for t in texts),
            "peak_rss_mb": _rss_mb(), "cpu_s": _cpu_s()}


class _TimedStore:
    """The store, with save and has_document timed (everything else forwarded)."""

    def __init__(self, store) -> None:
        self._store = store
        self.save_s = self.has_s = 0.0

    def save(self, extraction) -> bool:
        started = time.perf_counter()
        try:
            return self._store.save(extraction)
        finally:
            self.save_s += time.perf_counter() - started

    def has_document(self, doc_id: str) -> bool:
        started = time.perf_counter()
        try:
            return self._store.has_document(doc_id)
        finally:
            self.has_s += time.perf_counter() - started

    def __getattr__(self, name: str):
        return getattr(self._store, name)


def child_ingest(folder: Path, db: Path, trace: bool) -> dict:
    """Build the extractor, then ingest the folder into a SQLite file; times and memory."""
    if trace:
        import tracemalloc

        tracemalloc.start()
    from frontwatch.ingest import folder_files, read_documents
    from frontwatch.pipeline import build_extractor, ingest_paths
    from frontwatch.settings import Settings
    from frontwatch.store import Store

    rss_start = _rss_mb()
    settings = Settings(database_url="sqlite:///" + str(db))
    started = time.perf_counter()
    extractor = build_extractor(settings)
    load_s = time.perf_counter() - started
    warm = [d for _, d in zip(range(WARMUP_DOCS), read_documents([folder]), strict=False)]
    for document in warm:
        extractor.extract(document)
    rss_loaded = _rss_mb()
    total = len(folder_files(folder))
    samples: list[tuple[int, float]] = []
    done = [0]
    extract_s = [0.0]
    original_extract, original_extract_many = extractor.extract, extractor.extract_many

    def timed_extract(document):
        t0 = time.perf_counter()
        try:
            return original_extract(document)
        finally:
            extract_s[0] += time.perf_counter() - t0

    def timed_extract_many(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return iter(list(original_extract_many(*args, **kwargs)))
        finally:
            extract_s[0] += time.perf_counter() - t0
    extractor.extract, extractor.extract_many = timed_extract, timed_extract_many

    def progress(_origin: str, _status: str) -> None:
        done[0] += 1
        if done[0] * 4 // total != (done[0] - 1) * 4 // total:
            samples.append((done[0], _rss_mb()))

    store = _TimedStore(Store(settings.database_url))
    started = time.perf_counter()
    report = ingest_paths([folder], store, extractor, settings, on_progress=progress)
    seconds = time.perf_counter() - started
    words = sum(word_count(text) for _, text in store.iter_documents_text())
    out = {"seconds": seconds, "load_s": load_s, "documents": len(report.stored), "skipped": len(report.skipped),
           "failed": len(report.failed), "words": words, "extract_s": extract_s[0], "save_s": store.save_s,
           "has_document_s": store.has_s, "rss_start_mb": rss_start, "rss_loaded_mb": rss_loaded,
           "samples": samples, "peak_rss_mb": _rss_mb(),
           "events": sum(e.events for e in report.stored), "cpu_s": _cpu_s()}
    if trace:
        import tracemalloc

        out["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
    store.close()
    out["db_mb"] = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6  # with -wal, -shm
    return out


def _run_child(*args: str, src: Path | None = None, cache: Path | None = None) -> dict:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    if cache is not None:
        env["FRONTWATCH_CACHE_DIR"] = str(cache)
    load = os.getloadavg()[0]
    result = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True,
                            text=True, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"child {' '.join(result.args[2:])} failed:\n{result.stderr}")
    return {**json.loads(result.stdout.strip().splitlines()[-1]), "load": (load, os.getloadavg()[0])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB of text (default 1.0)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--tracemalloc", action="store_true", help="one more ingest child under tracemalloc")
    parser.add_argument("--keep", type=Path, help="write corpus and database here and keep them")
    parser.add_argument("--baseline-ref", help="also ingest with src/ of this git revision (same files, same window)")
    parser.add_argument("--repeat", type=int, default=1, help="ingest runs per revision, alternating (default 1)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, folder = args.child[0], Path(args.child[1])
        result = child_baseline(folder) if mode == "baseline" else child_ingest(
            folder, Path(args.child[2]), mode == "ingest-traced")
        print(json.dumps(result))
        return

    with tempfile.TemporaryDirectory(prefix="frontwatch-e2e-") as tmp:
        work = args.keep or Path(tmp)
        report(args, work)


def _whole_s(run: dict) -> float:
    return run["seconds"] + run["load_s"]


def _print_rounds(runs: list[tuple[str, dict, int]], baselines: list[dict]) -> None:
    """Every run in order with its ratio to the bare spaCy runs just before and after it; medians per code."""
    print("\n## every run, in the order run (each ingest's ratios to the mean of the bare spaCy runs around it)\n")
    print("| # | code | load before / after | seconds (with loading) | wall ratio | CPU s | CPU ratio | events |")
    print("|---:|---|---|---:|---:|---:|---:|---:|")
    ratios: dict[str, list[tuple[float, float]]] = {}
    order = 0
    for k, base in enumerate(baselines):
        print(f"| - | bare spaCy | {base['load'][0]:.1f} / {base['load'][1]:.1f} | {_whole_s(base):.1f} | - | "
              f"{base['cpu_s']:.1f} | - | - |")
        for label, run, _ in (r for r in runs if r[2] == k):
            around = (baselines[k], baselines[k + 1])
            wall = sum(_whole_s(b) for b in around) / 2 / _whole_s(run)
            cpu = sum(b["cpu_s"] for b in around) / 2 / run["cpu_s"]
            ratios.setdefault(label, []).append((wall, cpu))
            order += 1
            print(f"| {order} | {label} | {run['load'][0]:.1f} / {run['load'][1]:.1f} | {_whole_s(run):.1f} | "
                  f"{wall:.3f} | {run['cpu_s']:.1f} | {cpu:.3f} | {run['events']:,} |")
    for label, pairs in ratios.items():
        walls, cpus = sorted(w for w, _ in pairs), sorted(c for _, c in pairs)
        print(f"\n{label}: wall ratio median {statistics.median(walls):.3f} (range {walls[0]:.3f}-{walls[-1]:.3f}), "
              f"CPU ratio median {statistics.median(cpus):.3f} (range {cpus[0]:.3f}-{cpus[-1]:.3f}) "
              f"over {len(pairs)} run(s)")


def report(args: argparse.Namespace, work: Path) -> None:
    """Write the corpus under `work`, run the three children, print the tables."""
    folder = work / "corpus"
    articles = news_articles(args.mb, args.seed)
    write_corpus(folder, articles)
    megabytes = sum(len(a.body.encode("utf-8")) for a in articles) / 1e6
    load_before = os.getloadavg()[0]
    old = old_source(args.baseline_ref, work) if args.baseline_ref else None
    # the other revision's gazetteer index in a cache of its own (one cache keeps one index: alternating
    # revisions with different data would rebuild it in every run), built before any timed run
    old_cache = Path(os.environ.get("FRONTWATCH_CACHE_DIR", Settings().cache_dir)) / f"baseline-{args.baseline_ref}"
    if old is not None:
        _run_child("ingest", str(folder), str(work / "warm-base.db"), src=old, cache=old_cache)
    _run_child("ingest", str(folder), str(work / "warm.db"))
    # bare spaCy between every round of ingest runs: each run's ratio uses the two bare runs around it,
    # so the machine's drift over the window (up to 30 % on these shared CPUs) cancels
    baselines = [_run_child("baseline", str(folder))]
    runs: list[tuple[str, dict, int]] = []
    for k in range(args.repeat):
        if old is not None:
            runs.append((args.baseline_ref, _run_child("ingest", str(folder), str(work / f"base-{k}.db"), src=old,
                                                       cache=old_cache), k))
        runs.append(("this tree", _run_child("ingest", str(folder), str(work / f"ingest-{k}.db")), k))
        baselines.append(_run_child("baseline", str(folder)))
    ingest = runs[-1][1]
    before, after = baselines[-2], baselines[-1]  # the bare runs around the last ingest run
    load_after = os.getloadavg()[0]
    traced = None
    if args.tracemalloc:
        traced = _run_child("ingest-traced", str(folder), str(work / "ingest-traced.db"))

    words = before["words"]
    baseline_s = (before["seconds"] + after["seconds"]) / 2
    whole_baseline_s = baseline_s + (before["load_s"] + after["load_s"]) / 2
    print(f"# end-to-end ingest: {len(articles)} .txt files, {megabytes:.2f} MB of text, {words:,} words; "
          f"SQLite file; 1 process; {os.cpu_count()} CPUs, 1-min load average {load_before:.2f} before / "
          f"{load_after:.2f} after\n")
    print("| run | seconds | words/s | ratio to bare spaCy (words/s) | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for name, run in (("bare spaCy nlp.pipe, before", before), ("bare spaCy nlp.pipe, after", after)):
        print(f"| {name} | {run['seconds']:.1f} | {words / run['seconds']:,.0f} | "
              f"{baseline_s / run['seconds']:.3f} | {run['peak_rss_mb']:.0f} |")
    e2e = ingest["seconds"]
    print(f"| ingest files -> SQLite (end to end) | {e2e:.1f} | {ingest['words'] / e2e:,.0f} | "
          f"{baseline_s / e2e:.3f} | {ingest['peak_rss_mb']:.0f} |")
    print(f"| ingest incl. loading resources ({ingest['load_s']:.1f} s) | {e2e + ingest['load_s']:.1f} | "
          f"{ingest['words'] / (e2e + ingest['load_s']):,.0f} | {baseline_s / (e2e + ingest['load_s']):.3f} | - |")
    whole = e2e + ingest["load_s"]
    print(f"\n**Whole processes, model loading included on both sides: ingest {whole:.1f} s, bare spaCy "
          f"{whole_baseline_s:.1f} s (loading {(before['load_s'] + after['load_s']) / 2:.1f} s) = "
          f"{whole_baseline_s / whole:.3f} x bare spaCy.**")
    baseline_cpu = (before["cpu_s"] + after["cpu_s"]) / 2
    print(f"\nCPU time of the whole processes (getrusage; less moved by other load than wall time): ingest "
          f"{ingest['cpu_s']:.1f} s, bare spaCy {before['cpu_s']:.1f} / {after['cpu_s']:.1f} s = "
          f"**{baseline_cpu / ingest['cpu_s']:.3f} x bare spaCy**.")
    if len(runs) > 1:
        _print_rounds(runs, baselines)
    if ingest["words"] != words:
        print(f"\nnote: ingest stored {ingest['words']:,} words "
              f"(skipped {ingest['skipped']}, failed {ingest['failed']})")

    rest = e2e - ingest["extract_s"] - ingest["save_s"] - ingest["has_document_s"]
    print(f"\n## where the ingest time goes ({ingest['documents']} documents stored, {ingest['events']:,} events, "
          f"database {ingest['db_mb']:.1f} MB)\n")
    print("| part | seconds | share |\n|---|---:|---:|")
    for name, seconds in (("extract (spaCy + extraction)", ingest["extract_s"]), ("store.save", ingest["save_s"]),
                          ("store.has_document", ingest["has_document_s"]),
                          ("reading/decoding files, rest", rest)):
        print(f"| {name} | {seconds:.2f} | {seconds / e2e:.1%} |")

    print("\n## peak RSS of the ingest process (ru_maxrss, MB)\n")
    print("| point | documents done | peak RSS MB |\n|---|---:|---:|")
    print(f"| interpreter + imports | 0 | {ingest['rss_start_mb']:.0f} |")
    print(f"| resources loaded + {WARMUP_DOCS} warm-up extractions | 0 | {ingest['rss_loaded_mb']:.0f} |")
    for done, rss in ingest["samples"]:
        print(f"| {done / ingest['documents']:.0%} of the documents | {done} | {rss:.0f} |")
    if traced:
        print(f"\npeak of Python allocations during an ingest under tracemalloc (resources included): "
              f"{traced['tracemalloc_peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
