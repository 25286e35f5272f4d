"""frontwatch's own CPU per document (issue 15): a revision's `src/` against this tree's, alternated in one run.

Each run is a fresh child process that builds the extractor, extracts three documents to warm up, then extracts
every document of the generated news (bench/corpus.py, --mb) stage by stage as `extraction_profile.py` times them
(`stage_cpu`: spaCy's tokenizer and each pipeline component, preparation, the typer, the readers; CPU time of the
process, `time.process_time`). frontwatch's own work is every stage but spaCy's tokenizer and the model's own
components (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner), which no revision of frontwatch changes: their
line is the run's control. Children of the two revisions alternate A B B A ... (this tree's `src/` copied at the
start), --repeat times each; the table gives the median per stage in ms per document and per 1,000 words. CPU time,
not wall time: on a shared, loaded machine a run's CPU time still drifts with the load (caches, frequency), so only
the same run's revisions compare, and the model's line shows how far the drift alone moves a figure.

Run: .venv/bin/python bench/own_work_bench.py [--mb 0.1] [--baseline-ref main] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import as_documents, news_articles, word_count  # noqa: E402
from revisions import old_source  # noqa: E402

MODEL = {"spaCy tokenizer", "pipe tok2vec", "pipe tagger", "pipe parser", "pipe attribute_ruler", "pipe lemmatizer",
         "pipe ner"}  # bare spaCy's work; every other stage is frontwatch's own


def child(mb: float) -> dict:
    from extraction_profile import stage_cpu

    from frontwatch.pipeline import build_extractor
    from frontwatch.settings import Settings

    documents = as_documents(news_articles(mb))
    extractor = build_extractor(Settings())
    for document in documents[:3]:
        extractor.extract(document)
    stages = stage_cpu(extractor, documents)
    return {"stages": stages, "documents": len(documents), "words": sum(word_count(d.text) for d in documents)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.1)
    parser.add_argument("--baseline-ref", default="main")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.mb)))
        return
    with tempfile.TemporaryDirectory(prefix="frontwatch-own-") as tmp:
        old = old_source(args.baseline_ref, Path(tmp))
        this = Path(tmp) / "this-tree" / "src"  # a copy: editing the tree during a run changes no child
        shutil.copytree(Path(__file__).resolve().parents[1] / "src", this)
        runs: dict[str, list[dict]] = {args.baseline_ref: [], "this tree": []}
        loads = [os.getloadavg()[0]]
        pair = ((args.baseline_ref, old), ("this tree", this))
        for k in range(args.repeat):  # ABBA: neither revision always runs first while the load drifts
            for label, src in pair if k % 2 == 0 else pair[::-1]:
                env = {**os.environ, "PYTHONPATH": str(src)}
                result = subprocess.run([sys.executable, __file__, "--child", "--mb", str(args.mb)], env=env,
                                        capture_output=True, text=True, check=True)
                runs[label].append(json.loads(result.stdout.strip().splitlines()[-1]))
                loads.append(os.getloadavg()[0])
    first = runs["this tree"][0]
    docs, words = first["documents"], first["words"]
    print(f"# frontwatch's own CPU: {docs} documents, {words:,} words (bench/corpus.py, {args.mb} MB); "
          f"{args.repeat} alternating runs each; 1-min load {min(loads):.1f}–{max(loads):.1f}\n")
    print(f"| stage | {args.baseline_ref} ms/doc | this tree ms/doc | {args.baseline_ref} ms/1k words | "
          "this tree ms/1k words | change |")
    print("|---|---:|---:|---:|---:|---:|")
    stages = list(first["stages"])

    def median(label: str, names: list[str]) -> float:
        return statistics.median(sum(r["stages"].get(n, 0.0) for n in names) for r in runs[label]) * 1000

    own = [s for s in stages if s not in MODEL]
    for title, names in [*((s, [s]) for s in own), ("**frontwatch's own work**", own),
                         ("spaCy's model (tokenizer and its components)", [s for s in stages if s in MODEL])]:
        base, this = median(args.baseline_ref, names), median("this tree", names)
        print(f"| {title} | {base / docs:.1f} | {this / docs:.1f} | {base * 1000 / words:.1f} | "
              f"{this * 1000 / words:.1f} | {(this - base) / base if base else 0.0:+.1%} |")

    def own_per_model(run: dict) -> float:  # the run's own work per second of spaCy's model: drift in CPU speed cancels
        stages = run["stages"]
        return sum(v for k, v in stages.items() if k not in MODEL) / sum(stages.get(k, 0.0) for k in MODEL)

    base, this = (statistics.median(map(own_per_model, runs[label])) for label in (args.baseline_ref, "this tree"))
    print(f"\nOwn work per second of spaCy's model in the same run (median): {args.baseline_ref} {base:.3f}, "
          f"this tree {this:.3f} ({(this - base) / base:+.1%}).")
    for label in runs:
        print(f"\n{label}, own work per run (s): "
              + ", ".join(f"{sum(v for k, v in r['stages'].items() if k not in MODEL):.2f}" for r in runs[label])
              + "; per second of the model: " + ", ".join(f"{own_per_model(r):.3f}" for r in runs[label]))


if __name__ == "__main__":
    main()
