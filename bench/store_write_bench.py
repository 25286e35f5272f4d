"""The store's write path alone: documents/s for N extractions saved into a fresh SQLite file.

The bench corpus (corpus.py, `--mb`) is extracted once and kept in a pickle under $TMPDIR (keyed by --mb); each run
then saves `--docs` extractions (the corpus's, repeated under new document ids, so later rounds meet known actors
and places as a backfill does) through `Store.has_document` + `Store.save`, the calls every ingest makes per
document. Prints per run: CPU and wall seconds, documents/s by CPU, ms CPU a document, SQL statements a document.
Compare two trees by running it with each tree's src on PYTHONPATH (alternately).

Run: .venv/bin/python bench/store_write_bench.py [--mb 0.2] [--docs 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import as_documents, news_articles  # noqa: E402

from frontwatch.model import Extraction  # noqa: E402
from frontwatch.store import Store  # noqa: E402


def extractions(mb: float) -> list[Extraction]:
    """The corpus's extractions, extracted once per --mb and cached."""
    cache = Path(tempfile.gettempdir()) / f"store_write_bench_{mb}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from frontwatch.pipeline import build_extractor
    from frontwatch.settings import Settings

    extractor = build_extractor(Settings())
    done = [extractor.extract(document) for document in as_documents(news_articles(mb))]
    cache.write_bytes(pickle.dumps(done))
    return done


def copies(base: list[Extraction], count: int) -> list[Extraction]:
    """`count` extractions cycling through `base`, each round under new document ids."""
    out = []
    for i in range(count):
        extraction = base[i % len(base)]
        document = replace(extraction.document, id=f"{extraction.document.id}-{i // len(base)}")
        out.append(replace(extraction, document=document))
    return out


def run(batch: list[Extraction], folder: Path, number: int) -> tuple[float, float, int]:
    """CPU s, wall s and SQL statements of saving the batch into a new SQLite file."""
    store = Store(f"sqlite:///{folder / f'run{number}.db'}")
    statements = 0

    def count(*_args) -> None:
        nonlocal statements
        statements += 1

    event.listen(store.engine, "before_cursor_execute", count)
    cpu, wall = time.process_time(), time.perf_counter()
    for extraction in batch:
        if not store.has_document(extraction.document.id):
            store.save(extraction)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    store.close()
    return cpu, wall, statements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.2, help="bench corpus size to extract once (MB)")
    parser.add_argument("--docs", type=int, default=1000, help="extractions saved per run")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    base = extractions(args.mb)
    batch = copies(base, args.docs)
    facts = sum(len(e.events) + len(e.control) + len(e.quantities) + len(e.findings) for e in batch)
    print(f"store {Store.__module__} from {sys.modules['frontwatch'].__file__}, pid {os.getpid()}")
    print(f"{len(base)} extractions of {args.mb} MB, {args.docs} documents a run, {facts / args.docs:.1f} facts each\n")
    print("| run | CPU s | wall s | documents/s (CPU) | ms CPU / document | statements / document |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as scratch:
        for number in range(1, args.runs + 1):
            cpu, wall, statements = run(batch, Path(scratch), number)
            print(f"| {number} | {cpu:.2f} | {wall:.2f} | {args.docs / cpu:.0f} | {1000 * cpu / args.docs:.2f} | "
                  f"{statements / args.docs:.1f} |")


if __name__ == "__main__":
    main()
