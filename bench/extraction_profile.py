"""Where extraction spends its time (issue 15, part 1): a cProfile table of `Extractor.extract` on news text.

Generates --mb of news (bench/corpus.py), builds the extractor (not profiled), parses the texts
with the bare spaCy model (`nlp.pipe`, the reading pipeline's own components disabled, for scale),
extracts every document once unprofiled (timed), once stage by stage (unprofiled CPU time of spaCy's
tokenizer and each pipeline component, frontwatch's preparation, the typer's encoder, the rest of
the typer, the readers, in extract_many's order) and once under cProfile. Prints markdown: the
stage table, time by area under the profiler (which library or frontwatch package the time is
spent in, by tottime of the functions in it), the top functions by cumulative and by own time.

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


def stage_cpu(extractor, documents) -> dict[str, float]:  # noqa: ANN001 - an Extractor and Documents
    """CPU seconds of each stage of extraction over the documents, run stage by stage as extract_many does."""
    seconds: dict[str, float] = defaultdict(float)

    def tick(stage: str, started: float) -> float:
        now = time.process_time()
        seconds[stage] += now - started
        return now

    typer, readers = "typer (sentences with frames): encoder if any, trigger rules, n-gram model, combining", \
        "frontwatch: events, control, quantities, spatial checks"
    classify = extractor.typer.classify

    def timed_classify(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the typer's own signature
        started = time.process_time()
        try:
            return classify(*args, **kwargs)
        finally:
            seconds[typer] += time.process_time() - started

    extractor.typer.classify = timed_classify  # the readers call it: its time is taken out of theirs
    for document in documents:
        started = time.process_time()
        doc = extractor.nlp.make_doc(document.text)
        started = tick("spaCy tokenizer", started)
        for name, component in extractor.nlp.pipeline:
            doc = component(doc)
            started = tick(f"pipe {name}", started)
        ctx = extractor._prepare(document, doc)
        started, typed = tick("frontwatch: sentences, geoparse, document actors", started), seconds[typer]
        extractor._read(ctx)
        tick(readers, started)
        seconds[readers] -= seconds[typer] - typed
    extractor.typer.classify = classify
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.1)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()

    from frontwatch.pipeline import build_extractor
    from frontwatch.reading.pipeline import ACTOR_NAMES, FRAMES, REPARSE
    from frontwatch.settings import Settings

    load_before = os.getloadavg()[0]
    documents = as_documents(news_articles(args.mb))
    words = sum(word_count(d.text) for d in documents)
    extractor = build_extractor(Settings())
    own = [ACTOR_NAMES, REPARSE, FRAMES]  # the reading pipeline's components; the rest is the bare spaCy model
    started, spacy_cpu = time.perf_counter(), time.process_time()
    list(extractor.nlp.pipe([d.text for d in documents], batch_size=32, disable=own))
    spacy_s, spacy_cpu = time.perf_counter() - started, time.process_time() - spacy_cpu
    started = time.perf_counter()
    for document in documents:
        extractor.extract(document)
    plain_s = time.perf_counter() - started
    stages = stage_cpu(extractor, documents)
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
    print(f"bare spaCy (`nlp.pipe`, batch 32, without frontwatch's components) {spacy_s:.1f} s = "
          f"{words / spacy_s:,.0f} words/s; "
          f"`Extractor.extract` per document {plain_s:.1f} s = {words / plain_s:,.0f} words/s "
          f"(ratio {spacy_s / plain_s:.2f}); under cProfile {total:.1f} s of function time.\n")
    print("## CPU time by stage, without the profiler\n")
    staged = sum(stages.values())
    print(f"Bare spaCy {spacy_cpu:.2f} s CPU; the stages below add up to {staged:.2f} s "
          f"(ratio {spacy_cpu / staged:.2f}).\n")
    print("| stage | CPU s | share |")
    print("|---|---:|---:|")
    for stage, seconds in stages.items():
        print(f"| {stage} | {seconds:.2f} | {seconds / staged:.1%} |")
    print("\n## Time by area under cProfile (own time of the functions in it)\n")
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
