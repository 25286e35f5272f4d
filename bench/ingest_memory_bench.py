"""Ingest memory (issue 15, part 2): peak RSS of a long ingest against a short one, in the same run.

Writes --docs short news documents (headline + --paragraphs paragraphs of bench/corpus.py articles, each
ending with a one-off reference number such as a wire code, standing in for the new names and
numbers a real archive brings; that is what grows spaCy's StringStore) as .txt files, then
ingests the first 100 and all of them into fresh SQLite files, each in a child process of its
own: `build_extractor(Settings())` + `ingest_paths`, as `frontwatch ingest` does. Each child
samples its RSS (/proc/self/status VmRSS) every 250 documents and reports VmHWM (peak), the
size of spaCy's StringStore and the Python memory the ingest report keeps.
With --baseline-ref REV the same two ingests also run on `src/` of that git revision
(extracted with `git archive`, imported through PYTHONPATH): the before/after of the change.

Run: .venv/bin/python bench/ingest_memory_bench.py [--docs 10000] [--short 100] [--baseline-ref REV]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from revisions import old_source  # noqa: E402

SAMPLE_EVERY = 250


def _status(field: str) -> float:
    """A /proc/self/status memory field in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def write_documents(folder: Path, count: int, paragraphs: int, seed: int = 7) -> int:
    """`count` short documents (headline + the first paragraphs of generated news) as .txt files; their words."""
    from corpus import generated_article, word_count

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(count):
        article = generated_article(rng)
        body = "\n\n".join(article.body.split("\n\n")[:1 + paragraphs])
        body += f"\n\nWire reference {rng.randrange(16**8):08x}-{i:06d}."
        text = (f"Title: {article.title}\nSource: {article.source}\nPublished: {article.published:%Y-%m-%d}\n\n"
                f"{body}\n")
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        words += word_count(body)
    return words


def child(folder: Path, limit: int, db: Path) -> dict:
    """Ingest the first `limit` documents of a folder; RSS samples, peak, StringStore size, report size."""
    from frontwatch.pipeline import build_extractor, ingest_paths
    from frontwatch.settings import Settings
    from frontwatch.store import Store

    settings = Settings(database_url=f"sqlite:///{db}")
    paths = sorted(folder.glob("*.txt"))[:limit]
    started = time.perf_counter()
    extractor = build_extractor(settings)
    loaded = {"seconds": time.perf_counter() - started, "rss_mb": _status("VmRSS")}
    store = Store(settings.database_url)
    samples: list[tuple[int, float]] = []
    done = [0]

    def progress(_origin: str, _status_text: str) -> None:
        done[0] += 1
        if done[0] % SAMPLE_EVERY == 0:
            samples.append((done[0], _status("VmRSS")))

    started = time.perf_counter()
    report = ingest_paths(paths, store, extractor, settings, on_progress=progress)
    seconds = time.perf_counter() - started
    store.close()
    import pickle

    return {"documents": len(paths), "stored": len(report.stored), "failed": len(report.failed),
            "seconds": seconds, "loaded": loaded, "samples": samples, "peak_rss_mb": _status("VmHWM"),
            "end_rss_mb": _status("VmRSS"), "strings": len(extractor.nlp.vocab.strings),
            "report_kb": len(pickle.dumps(report)) / 1024}


def _run(folder: Path, limit: int, scratch: Path, src: Path | None) -> dict:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    db = scratch / f"ingest-{limit}-{'old' if src else 'new'}.db"
    done = subprocess.run([sys.executable, __file__, "--child", str(folder), str(limit), str(db)],
                          capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--short", type=int, default=100)
    parser.add_argument("--paragraphs", type=int, default=2, help="paragraphs per document after the headline")
    parser.add_argument("--baseline-ref", default=None)
    parser.add_argument("--baseline-docs", type=int, default=None,
                        help="documents of the baseline's long run (default --docs)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        folder, limit, db = args.child
        print(json.dumps(child(Path(folder), int(limit), Path(db))))
        return

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="frontwatch-memory-") as tmp:
        scratch = Path(tmp)
        folder = scratch / "docs"
        words = write_documents(folder, args.docs, args.paragraphs)
        rows = []
        revisions = [("this tree", None)]
        if args.baseline_ref:
            revisions.insert(0, (f"baseline {args.baseline_ref}", old_source(args.baseline_ref, scratch)))
        for label, src in revisions:
            long_run = args.baseline_docs if src is not None and args.baseline_docs else args.docs
            for limit in (args.short, long_run):
                result = _run(folder, limit, scratch, src)
                rows.append((label, result))
                print(label, limit, result["peak_rss_mb"], file=sys.stderr, flush=True)
    print(f"# ingest memory: {args.docs:,} short documents ({words:,} words in all), SQLite; "
          f"{os.cpu_count()} CPUs, 1-min load average {load_before:.2f} before / {os.getloadavg()[0]:.2f} after\n")
    print("| revision | documents | stored | failed | seconds | RSS after loading MB | peak RSS MB | "
          "peak / short run's | StringStore strings | report kB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    short_peak: dict[str, float] = {}
    for label, r in rows:
        short_peak.setdefault(label, r["peak_rss_mb"])
        print(f"| {label} | {r['documents']:,} | {r['stored']:,} | {r['failed']} | {r['seconds']:.0f} | "
              f"{r['loaded']['rss_mb']:.0f} | {r['peak_rss_mb']:.0f} | {r['peak_rss_mb'] / short_peak[label]:.3f} | "
              f"{r['strings']:,} | {r['report_kb']:.0f} |")
    print("\nRSS samples (documents done: MB):\n")
    for label, r in rows:
        if r["samples"]:
            print(f"- {label}, {r['documents']:,} documents: "
                  + ", ".join(f"{n:,}: {mb:.0f}" for n, mb in r["samples"]))


if __name__ == "__main__":
    main()
