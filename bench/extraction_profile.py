"""Where extraction spends its time (issue 15, part 1): a cProfile table of `Extractor.extract` on news text.

Generates --mb of news (bench/corpus.py), builds the extractor (not profiled), extracts every
document once unprofiled (warm-up, and the bare spaCy time of the same texts, nlp.pipe, for
scale) and once under cProfile. Prints markdown: time by area (which library or frontwatch
package the time is spent in, by tottime of the functions in it), the top functions by
cumulative time and by own time.

Run: .venv/bin/python bench/extraction_profile.py [--mb 0.1] [--top 30] > bench/profiles/extraction-REV.md
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import as_documents, news_articles, word_count  # noqa: E402

AREAS = (  # (label, substring of the function's file path or, for C calls, name), first match wins
    ("onnxruntime (MiniLM encoder)", "onnxruntime"),
    ("tokenizers (MiniLM tokenizer)", "tokenizers"),
    ("spaCy / thinc (parse, matcher, Doc access)", "spacy/"),
    ("spaCy / thinc (parse, matcher, Doc access)", "thinc/"),
    ("numpy", "/numpy/"),
    ("frontwatch.classify", "frontwatch/classify"),
    ("frontwatch.extract", "frontwatch/extract"),
    ("frontwatch.resolve", "frontwatch/resolve"),
    ("frontwatch (other)", "frontwatch/"),
    ("sqlite3 (gazetteer index)", "sqlite3"),
    ("dateparser / regex", "dateparser"),
    ("dateparser / regex", "/regex/"),
    ("Python standard library", "/lib/python3"),
)


def _area(func: tuple[str, int, str]) -> str:
    filename, _line, name = func
    where = name if filename.startswith("~") else filename
    for label, part in AREAS:
        if part in where:
            return label
    return "Python built-ins (re, str, ...)" if filename.startswith("~") else "other"


def _name(func: tuple[str, int, str]) -> str:
    filename, line, name = func
    short = filename.split("site-packages/")[-1].split("src/")[-1]
    return f"{short}:{line}({name})" if line else name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.1)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()

    from frontwatch.pipeline import build_extractor
    from frontwatch.settings import Settings

    load_before = os.getloadavg()[0]
    documents = as_documents(news_articles(args.mb))
    words = sum(word_count(d.text) for d in documents)
    extractor = build_extractor(Settings())
    started = time.perf_counter()
    list(extractor.nlp.pipe([d.text for d in documents], batch_size=32))
    spacy_s = time.perf_counter() - started
    started = time.perf_counter()
    for document in documents:
        extractor.extract(document)
    plain_s = time.perf_counter() - started
    profile = cProfile.Profile()
    profile.enable()
    for document in documents:
        extractor.extract(document)
    profile.disable()
    stats = pstats.Stats(profile)
    total = sum(row[2] for row in stats.stats.values())  # tottime of every function
    by_area: dict[str, float] = defaultdict(float)
    for func, (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        by_area[_area(func)] += tottime
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(f"# Extraction profile at {rev}: {len(documents)} documents, {words:,} words (bench/corpus.py, "
          f"{args.mb} MB); {os.cpu_count()} CPUs, 1-min load average {load_before:.2f} before / "
          f"{os.getloadavg()[0]:.2f} after\n")
    print(f"bare spaCy (`nlp.pipe`, batch 32) {spacy_s:.1f} s = {words / spacy_s:,.0f} words/s; "
          f"`Extractor.extract` per document {plain_s:.1f} s = {words / plain_s:,.0f} words/s "
          f"(ratio {spacy_s / plain_s:.2f}); under cProfile {total:.1f} s of function time.\n")
    print("## Time by area (own time of the functions in it)\n")
    print("| area | seconds | share |")
    print("|---|---:|---:|")
    for area, seconds in sorted(by_area.items(), key=lambda kv: -kv[1]):
        print(f"| {area} | {seconds:.2f} | {seconds / total:.1%} |")
    for title, key in (("cumulative time", 3), ("own time", 2)):
        print(f"\n## Top {args.top} functions by {title}\n")
        print("| function | calls | own s | cumulative s | cumulative share |")
        print("|---|---:|---:|---:|---:|")
        rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][key])[:args.top]
        for func, (_cc, nc, tottime, cumtime, _callers) in rows:
            print(f"| `{_name(func)}` | {nc:,} | {tottime:.2f} | {cumtime:.2f} | {cumtime / total:.1%} |")


if __name__ == "__main__":
    main()
