"""Extraction speed (issue 4): words/second of the full extraction as a ratio to bare spaCy.

On ~1 MB of generated news text (bench/corpus.py; the project's own writing), one run
measures, single process, one document at a time:
  baseline   the bare spaCy pipeline frontwatch uses, `load_pipeline(settings.spacy_model)`
             (the installed model plus one tiny line-break sentence rule), nlp(text) per document;
  full       `build_extractor(Settings()).extract(document)` per document (spaCy parse included).
The two are interleaved document by document (spaCy, then extract, on the same text), so
both see the same machine load; the ratio full/baseline is the headline figure.
References, in their own passes: plain `spacy.load(model)` without the rule, and
`nlp.pipe(texts, batch_size=32)` (spaCy's fastest single-process mode).

Per-stage breakdown: a second extractor whose components are wrapped in timers (no library
code changed; the bench wraps the objects and the names frontwatch.extract.extractor looks
up) runs on every k-th document. Stage times are shares of that run; "glue" is what the
extractor does between the timed calls.

Words are whitespace-separated tokens of the document text (bench/corpus.py: word_count).

Run: .venv/bin/python bench/extraction_speed_bench.py [--mb 1.0] [--breakdown-every 4] [--no-reference]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import as_documents, news_articles, word_count  # noqa: E402

import frontwatch.extract.extractor as extractor_module  # noqa: E402
from frontwatch.classify.typer import SentenceTyper  # noqa: E402
from frontwatch.extract.extractor import Extractor  # noqa: E402
from frontwatch.model import Document  # noqa: E402
from frontwatch.nlp import load_pipeline  # noqa: E402
from frontwatch.pipeline import build_extractor  # noqa: E402
from frontwatch.resolve.geocode import Geocoder  # noqa: E402
from frontwatch.settings import Settings  # noqa: E402

WARMUP_DOCS = 3


class StageClock:
    """Accumulated seconds and call counts per named stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: Counter = Counter()

    def wrap(self, name: str, fn: Callable) -> Callable:
        """fn, timed under `name`."""
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started
                self.calls[name] += 1
        return timed


class Probe:
    """Stands in for an object: the named methods (and calling it) are timed, the rest forwarded."""

    def __init__(self, target: object, clock: StageClock, methods: dict[str, str], call: str | None = None) -> None:
        self._target, self._clock, self._methods, self._call = target, clock, methods, call

    def __getattr__(self, name: str):
        value = getattr(self._target, name)
        return self._clock.wrap(self._methods[name], value) if name in self._methods else value

    def __call__(self, *args, **kwargs):
        return self._clock.wrap(self._call or "call", self._target)(*args, **kwargs)


# (stage, parent) in display order; a parent's time includes its children's.
STAGES = (
    ("reading pipeline (spaCy, actor names, frames; nlp.pipe)", None),
    ("sentence units", None),
    ("geoparse", None),
    ("  gazetteer candidates", "geoparse"),
    ("document actors", None),
    ("document context", None),
    ("sentence typer (classify)", None),
    ("  trigger rules", "sentence typer (classify)"),
    ("  MiniLM encoder (onnxruntime)", "sentence typer (classify)"),
    ("  softmax classifier", "sentence typer (classify)"),
    ("events from frames", None),
    ("control claims", None),
    ("quantities", None),
    ("merge within document", None),
    ("spatial checks", None),
)


def instrumented(extractor: Extractor, clock: StageClock) -> tuple[Extractor, Callable[[], None]]:
    """A copy of `extractor` whose stages report to `clock`, and a function undoing the module patches."""
    typer = extractor.typer
    timed_typer = SentenceTyper(
        rules=Probe(typer.rules, clock, {"matches": "  trigger rules"}),
        model=Probe(typer.model, clock, {"predict_proba": "  softmax classifier"}),
        encoder=lambda: Probe(typer.encoder, clock, {"encode": "  MiniLM encoder (onnxruntime)"}),
        taxonomy=typer.taxonomy, config=typer.config,
        ngrams=typer.ngrams, ngram_weight=typer.ngram_weight, ngram_floors=typer.ngram_floors,
    )
    geo = extractor.geocoder
    timed_geocoder = Geocoder(Probe(geo.gazetteer, clock, {"candidates": "  gazetteer candidates"}), geo.terms)
    nlp = extractor.nlp
    reading = clock.wrap("reading pipeline (spaCy, actor names, frames; nlp.pipe)",
                         lambda texts, **kw: iter(list(nlp.pipe(texts, **kw))))
    copy = dataclasses.replace(
        extractor,
        nlp=Probe(nlp, clock, {}),
        geocoder=Probe(timed_geocoder, clock, {"geoparse": "geoparse"}),
        typer=Probe(timed_typer, clock, {"classify": "sentence typer (classify)"}),
        check_spatial=clock.wrap("spatial checks", extractor.check_spatial),
    )
    copy.nlp.pipe = reading
    copy.events = Probe(copy.events, clock, {"read": "events from frames"})
    copy.control = Probe(copy.control, clock, {"read": "control claims"})
    copy.quantities = Probe(copy.quantities, clock, {"read": "quantities"})
    patched = {"sentence_units": "sentence units", "DocumentActors": "document actors",
               "DocumentContext": "document context", "merge_within_document": "merge within document"}
    originals = {name: getattr(extractor_module, name) for name in patched}
    for name, stage in patched.items():
        setattr(extractor_module, name, clock.wrap(stage, originals[name]))

    def undo() -> None:
        for name, original in originals.items():
            setattr(extractor_module, name, original)
    return copy, undo


def _time(fn: Callable, items: list) -> float:
    started = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - started


def interleaved(nlp, extractor: Extractor, documents: list[Document]) -> tuple[float, float, Counter]:
    """Seconds of bare spaCy and of full extraction, alternating per document; facts found."""
    spacy_s = full_s = 0.0
    found: Counter = Counter()
    for document in documents:
        started = time.perf_counter()
        nlp(document.text)
        middle = time.perf_counter()
        extraction = extractor.extract(document)
        spacy_s += middle - started
        full_s += time.perf_counter() - middle
        found.update(events=len(extraction.events), control=len(extraction.control),
                     quantities=len(extraction.quantities), places=len(extraction.places),
                     findings=len(extraction.findings))
    return spacy_s, full_s, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB of text (default 1.0)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--breakdown-every", type=int, default=4,
                        help="time stages on every k-th document (0: no breakdown)")
    parser.add_argument("--no-reference", action="store_true", help="skip the plain spacy.load and nlp.pipe rows")
    args = parser.parse_args()

    settings = Settings()
    load_before = os.getloadavg()[0]
    documents = as_documents(news_articles(args.mb, args.seed))
    words = sum(word_count(d.text) for d in documents)
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6

    started = time.perf_counter()
    extractor = build_extractor(settings)
    load_s = time.perf_counter() - started
    nlp = load_pipeline(settings.spacy_model)
    for document in documents[:WARMUP_DOCS]:
        extractor.extract(document)
    spacy_s, full_s, found = interleaved(nlp, extractor, documents)

    rows = [("bare spaCy, load_pipeline (baseline)", spacy_s), ("full extraction, extract(document)", full_s)]
    started = time.perf_counter()
    for _ in extractor.extract_many(documents, batch_size=16):
        pass
    rows.append(("full extraction, extract_many(batch_size=16)", time.perf_counter() - started))
    if not args.no_reference:
        plain = spacy.load(settings.spacy_model)
        plain(documents[0].text)
        rows.append(("ref: plain spacy.load (no line-break rule)", _time(plain, [d.text for d in documents])))
        started = time.perf_counter()
        for _ in nlp.pipe([d.text for d in documents], batch_size=32):
            pass
        rows.append(("ref: load_pipeline, nlp.pipe(batch_size=32)", time.perf_counter() - started))

    print(f"# extraction speed: {len(documents)} documents, {megabytes:.2f} MB, {words:,} words; "
          f"model {settings.spacy_model}, spaCy {spacy.__version__}; 1 process; {os.cpu_count()} CPUs, "
          f"1-min load average {load_before:.2f} before / {os.getloadavg()[0]:.2f} after the timed passes\n")
    print("| mode | seconds | words/s | ratio to baseline (words/s) |")
    print("|---|---:|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.1f} | {words / seconds:,.0f} | {spacy_s / seconds:.3f} |")
    print(f"\nfull extraction runs at {spacy_s / full_s:.3f} x the bare spaCy words/s "
          f"(spaCy is {spacy_s / full_s:.0%} of its time); resources loaded in {load_s:.1f} s "
          f"(not in the timings); peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print("facts read: " + ", ".join(f"{n:,} {kind}" for kind, n in found.items()))

    if args.breakdown_every > 0:
        sample = documents[::args.breakdown_every]
        sample_words = sum(word_count(d.text) for d in sample)
        clock = StageClock()
        timed, undo = instrumented(extractor, clock)
        clock.seconds.clear()
        clock.calls.clear()
        try:
            total = _time(timed.extract, sample)
        finally:
            undo()
        top = sum(clock.seconds[name] for name, parent in STAGES if parent is None)
        print(f"\n## per-stage breakdown: every k-th document, k={args.breakdown_every} "
              f"({len(sample)} documents, {sample_words:,} words), {total:.1f} s instrumented "
              f"({sample_words / total:,.0f} words/s)\n")
        print("| stage | calls | seconds | share of extraction | words/s of the stage alone |")
        print("|---|---:|---:|---:|---:|")
        for name, _parent in STAGES:
            seconds = clock.seconds.get(name, 0.0)
            rate = f"{sample_words / seconds:,.0f}" if seconds > 0 else "-"
            print(f"| {name} | {clock.calls.get(name, 0):,} | {seconds:.2f} | {seconds / total:.1%} | {rate} |")
        glue = total - top
        print(f"| glue (loops, records, dedup) | - | {glue:.2f} | {glue / total:.1%} | - |")


if __name__ == "__main__":
    main()
