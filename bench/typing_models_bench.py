"""Event-typing models side by side: CASE 2021 dev, the coded-note heldout slice, arguments and speed.

One run prints, per model (model layer alone and hybrid with the trigger rules):
weighted and macro F1 over 30 and 25 labels on ../shared/eval/case2021-dev.tsv and on the
heldout slice of the corpus (notes from sources no model trained on, typed as their first
sentence without the coder's date lead, as the typer is trained); the per-label F1 table;
sentences/s of typing; and, for the baseline and the packaged model, argument accuracy of
the full extractor on heldout notes (bench/acled_notes_bench.py's scoring).

What each model is trained on (none on case2021-dev.tsv or on heldout notes):
  baseline        the packaged model as committed at --baseline-ref (default main), head and
                  encoder (a fine-tuned model's ONNX file is taken from the same commit).
  lr-own          frozen MiniLM + logistic regression on typing_train.tsv only (fitted here).
  lr-corpus       frozen MiniLM + logistic regression on the fine-tune's examples: up to --cap
                  train-split notes per label + typing_train.tsv x --own-repeat (fitted here).
  mlp-corpus      the same examples, a one-hidden-layer MLP head on frozen MiniLM (fitted here).
  finetuned       the model at --model (default: the packaged one): MiniLM fine-tuned on coded
                  notes + typing_train.tsv (`frontwatch train-typer --corpus`), int8 ONNX.
                  --model may be given more than once: each is scored as finetuned:<its folder>.
                  A model paired with an n-gram TF-IDF model (`train-typer --ngrams`) is also
                  scored as ngrams-only:<folder> (the n-gram model alone, no encoder) and
                  head-only:<folder> (its embedding head alone), once per n-gram file.
                  A model of `train-typer --stock-mix` (a head on the stock encoder beside an n-gram model)
                  is scored as stock-mix:<folder>.

Run: .venv/bin/python bench/typing_models_bench.py [--corpus FILE (default: $FRONTWATCH_WORK_DIR/acled/corpus.jsonl)]
         [--heldout 2000] [--notes 200] [--cap 250] [--baseline-ref main] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from frontwatch.classify.embed import load_encoder
from frontwatch.classify.model import DEFAULT_MODEL_FILE, TyperModel, load_model
from frontwatch.classify.notes import load_coder_prose
from frontwatch.classify.rules import load_rules
from frontwatch.classify.train import (
    DEFAULT_C,
    DEFAULT_TRAIN_FILE,
    ENCODER_ID,
    corpus_examples,
    fit_softmax,
    read_labelled,
)
from frontwatch.classify.typer import SentenceTyper
from frontwatch.evaluate.case import ACLED_LABELS, ALL_LABELS, LabelScores, load_case_tsv, score_labels
from frontwatch.evaluate.coded_notes import load_coded_notes, summarise
from frontwatch.settings import Settings
from frontwatch.taxonomy import NONE_LABEL, load_taxonomy

sys.path.insert(0, str(Path(__file__).parent))
from acled_notes_bench import ACCURACY_HEADER, accuracy_row, run_notes, sample_notes  # noqa: E402

PUBLISHED = {"all": 0.771, "acled": 0.839}
REPO = Path(__file__).resolve().parents[1]


@dataclass
class MlpHead:
    """A fitted scikit-learn MLP behind the TyperModel interface the typer reads."""

    classes: tuple[str, ...]
    clf: object

    def predict_proba(self, embeddings: np.ndarray) -> np.ndarray:
        """Class probabilities (n x classes)."""
        return self.clf.predict_proba(embeddings)  # type: ignore[attr-defined]


def git_file(ref: str, name: str, out_dir: Path) -> Path:
    """The packaged data file `name` as committed at `ref`, written to `out_dir`."""
    path = out_dir / name
    blob = subprocess.run(["git", "-C", str(REPO), "show", f"{ref}:src/frontwatch/data/{name}"],
                          check=True, capture_output=True).stdout
    path.write_bytes(blob)
    return path


def baseline_typer(ref: str, out_dir: Path) -> tuple[SentenceTyper, bool]:
    """The packaged typer as committed at `ref`, and whether it runs on the stock encoder."""
    path = git_file(ref, DEFAULT_MODEL_FILE.name, out_dir)
    encoder_file = load_model(path).meta.get("encoder_file")
    if encoder_file is None:
        return frozen_typer(load_model(path)), True
    for name in (encoder_file, load_model(path).meta.get("ngram_file")):
        if name:
            git_file(ref, name, out_dir)
    return SentenceTyper.load(path), False


def frozen_typer(model) -> SentenceTyper:
    """A typer over the packaged rules and the stock int8 MiniLM with another head."""
    return SentenceTyper(load_rules(), model, load_encoder(), load_taxonomy())


def with_ngram_weight(typer_: SentenceTyper, weight: float) -> SentenceTyper:
    """The same typer with another n-gram mixing weight (1: the n-gram model alone; 0: the head alone)."""
    return SentenceTyper(typer_.rules, typer_.model, typer_.encoder, typer_.taxonomy, typer_.config,
                         typer_.ngrams, weight, typer_.ngram_floors if 0 < weight < 1 else None)


def cached_encode(encoder, texts: list[str], cache_dir: Path | None) -> np.ndarray:
    """Stock-encoder embeddings of `texts`, kept in `cache_dir` under a hash of the texts."""
    if cache_dir is None:
        return encoder.encode(texts)
    key = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    path = cache_dir / f"minilm-{key}.npy"
    if path.exists():
        return np.load(path)
    cache_dir.mkdir(parents=True, exist_ok=True)
    vectors = encoder.encode(texts)
    np.save(path, vectors)
    return vectors


def both(gold: list[str], predicted: list[str]) -> tuple[LabelScores, LabelScores]:
    """Scores over 30 and over 25 labels."""
    return score_labels(gold, predicted, ALL_LABELS), score_labels(gold, predicted, ACLED_LABELS)


def in_run_candidates(args: argparse.Namespace, encoder) -> dict[str, tuple[SentenceTyper, bool]] | None:
    """lr-own, lr-corpus and mlp-corpus, fitted here on stock-encoder vectors (None after --embed-only)."""
    examples, _ = corpus_examples(args.corpus, args.cap, 0, [DEFAULT_TRAIN_FILE], args.own_repeat)
    train_x = cached_encode(encoder, [t for t, _ in examples], args.cache_dir)
    if args.embed_only:
        return None
    train_y = [label for _, label in examples]
    own = read_labelled(DEFAULT_TRAIN_FILE)  # the examples end with these sentences (repeated)
    own_x = train_x[-len(own):]

    def fit_lr(x: np.ndarray, y: list[str]) -> TyperModel:
        classes, weights, bias = fit_softmax(x, y, 0, DEFAULT_C)
        return TyperModel(classes, weights, bias, ENCODER_ID)

    from sklearn.neural_network import MLPClassifier

    mlp = MLPClassifier(hidden_layer_sizes=(256,), alpha=1e-3, max_iter=300, early_stopping=False, random_state=0)
    mlp.fit(train_x, train_y)
    return {
        "lr-own": (frozen_typer(fit_lr(own_x, [ex.label for ex in own])), True),
        "lr-corpus": (frozen_typer(fit_lr(train_x, train_y)), True),
        "mlp-corpus": (frozen_typer(MlpHead(tuple(str(c) for c in mlp.classes_), mlp)), True),
    }


def main() -> None:
    """Fit the in-run candidates, score every model, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Settings().acled_corpus)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--heldout", type=int, default=2000, help="heldout notes typed (seeded, by source)")
    parser.add_argument("--notes", type=int, default=200, help="heldout notes through the full extractor")
    parser.add_argument("--cap", type=int, default=200)
    parser.add_argument("--own-repeat", type=int, default=2)
    parser.add_argument("--baseline-ref", default="main")
    parser.add_argument("--model", type=Path, action="append", default=None,
                        help="a fine-tuned model to score (repeatable; default: the packaged one)")
    parser.add_argument("--cache-dir", type=Path, default=None, help="keep stock-encoder embeddings here")
    parser.add_argument("--embed-only", action="store_true", help="fill --cache-dir and stop")
    parser.add_argument("--no-in-run", action="store_true", help="skip the in-run lr-own, lr-corpus and mlp-corpus")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="typing-bench-"))
    case = load_case_tsv(args.shared / "eval" / "case2021-dev.tsv")
    prose = load_coder_prose()
    held = sample_notes(args.corpus, "heldout", args.heldout, seed=13)
    slices = {
        "case": ([s.text for s in case], [s.label for s in case]),
        "heldout": ([prose.sentence(n.text) for n in held], [n.label for n in held]),
    }
    non_events = [prose.sentence(n.text) for n in load_coded_notes(args.corpus, "dev") if n.label == NONE_LABEL]
    non_events = non_events[: args.heldout]
    encoder = load_encoder()
    candidates: dict[str, tuple[SentenceTyper, bool]] = {"baseline": baseline_typer(args.baseline_ref, tmp)}
    if not args.no_in_run:
        in_run = in_run_candidates(args, encoder)
        if in_run is None:
            return
        candidates |= in_run
    models = args.model or [DEFAULT_MODEL_FILE]
    alone: set[Path] = set()  # n-gram files already scored alone
    for path in models:
        tuned_typer = SentenceTyper.load(path)
        name = "finetuned" if len(models) == 1 else f"finetuned:{path.parent.name}"
        if "encoder_file" in tuned_typer.model.meta:
            candidates[name] = (tuned_typer, False)
            ngram_file = (path.parent / tuned_typer.model.meta.get("ngram_file", "")).resolve()
            if tuned_typer.ngrams is not None and tuned_typer.uses_encoder and ngram_file not in alone:  # once
                alone.add(ngram_file)
                candidates[f"ngrams-only:{path.parent.name}"] = (with_ngram_weight(tuned_typer, 1.0), False)
                candidates[f"head-only:{path.parent.name}"] = (with_ngram_weight(tuned_typer, 0.0), False)
        elif tuned_typer.ngrams is not None and tuned_typer.uses_encoder:  # a stock-encoder head (--stock-mix)
            candidates[f"stock-mix:{path.parent.name}"] = (tuned_typer, True)
        else:
            print(f"note: {path} is neither fine-tuned (no encoder_file) nor a stock-encoder mix; not scored\n")
    tuned = [name for name in candidates if name.startswith(("finetuned", "ngrams-only", "stock-mix"))]
    frozen: dict[str, np.ndarray] = {}  # stock-encoder vectors, for the models on them
    frozen_non_events = None
    if any(uses_frozen for _, uses_frozen in candidates.values()):
        frozen = {name: cached_encode(encoder, texts, args.cache_dir) for name, (texts, _) in slices.items()}
        frozen_non_events = cached_encode(encoder, non_events, args.cache_dir) if non_events else None
    by_encoder: dict[int, dict[str, np.ndarray]] = {}  # one encoding per distinct encoder (none for n-grams alone)
    for typer_, uses_frozen in candidates.values():
        if not uses_frozen and typer_.uses_encoder and id(typer_.encoder) not in by_encoder:
            by_encoder[id(typer_.encoder)] = {s: typer_.encoder.encode(texts) for s, (texts, _) in slices.items()}
    vectors = {name: frozen if uses_frozen else by_encoder[id(typer_.encoder)] if typer_.uses_encoder else {}
               for name, (typer_, uses_frozen) in candidates.items()}
    spans: dict[str, list] = {}  # each slice parsed once, for models that read frame terms (the pipeline's shared Doc)
    if any(t.ngrams is not None and t.ngrams.reads_frames for t, _ in candidates.values()):
        from frontwatch.classify.frame_terms import FrameTermReader

        reader = FrameTermReader()
        spans = {name: reader.parse(texts) for name, (texts, _) in [*slices.items(), ("non_events", (non_events, []))]}
        for typer_, _ in candidates.values():
            typer_.frame_reader = reader
    rows = []
    per_label: dict[str, dict[str, float]] = {}
    for name, (typer_, _) in candidates.items():
        for mode in ("model", "hybrid"):
            figures = []
            for slice_name, (texts, gold) in slices.items():
                typed = typer_.classify(texts, mode=mode, forced=True,  # type: ignore[arg-type]
                                        embeddings=vectors[name].get(slice_name), spans=spans.get(slice_name))
                predicted = [t.label for t in typed]
                figures.append(both(gold, predicted))
                if slice_name == "case" and mode == "hybrid":
                    per_label[name] = {r.label: r.f1 for r in figures[-1][0].per_label}
            rows.append((f"{name} ({mode})", figures))
    # non-events: unforced typing (the pipeline's mode) with each model's own NONE threshold
    non_acled = [i for i, s_ in enumerate(case) if s_.label not in ACLED_LABELS]
    gates = []
    for name, (typer_, _) in candidates.items():
        held_typed = typer_.classify(slices["heldout"][0], embeddings=vectors[name].get("heldout"),
                                     spans=spans.get("heldout"))
        case_typed = typer_.classify(slices["case"][0], embeddings=vectors[name].get("case"), spans=spans.get("case"))
        kept = sum(t.is_acled for t in held_typed) / len(held_typed)
        refused = sum(not case_typed[i].is_acled for i in non_acled) / len(non_acled)
        acled_kept = [case_typed[i].is_acled for i, s_ in enumerate(case) if s_.label in ACLED_LABELS]
        none_refused = float("nan")
        if non_events:
            if not candidates[name][1] and typer_.uses_encoder and "non_events" not in vectors[name]:  # shared
                vectors[name]["non_events"] = typer_.encoder.encode(non_events)  # by typers of one encoder
            x = frozen_non_events if candidates[name][1] else vectors[name].get("non_events")
            typed_none = [t.label == NONE_LABEL for t in typer_.classify(non_events, embeddings=x,
                                                                                 spans=spans.get("non_events"))]
            none_refused = sum(typed_none) / len(typed_none)
        gates.append((name, typer_.config.min_model_prob, kept, sum(acled_kept) / len(acled_kept), refused,
                      none_refused))
    # speed of the whole typer, encoder included, on the CASE snippets (stock vs fine-tuned encoder)
    texts = slices["case"][0]
    speeds = {}
    for name in ["baseline", *tuned]:
        typer_ = candidates[name][0]
        typer_.classify(texts[:8], spans=spans["case"][:8] if spans else None)
        start = time.perf_counter()
        typer_.classify(texts, spans=spans.get("case"))
        speeds[name] = len(texts) / (time.perf_counter() - start)

    load = os.getloadavg()[0]
    print(f"## Typing models — CASE 2021 dev ({len(case)} snippets) and heldout notes ({len(held)}), "
          f"load average {load:.2f}\n")
    print(f"published best on the CASE test set: weighted F1 {PUBLISHED['all']} (30), {PUBLISHED['acled']} (25)\n")
    print("| model | CASE w-F1 30 | CASE m-F1 30 | CASE w-F1 25 | CASE m-F1 25 | "
          "heldout w-F1 30 | heldout m-F1 30 | heldout w-F1 25 | heldout m-F1 25 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, ((c30, c25), (h30, h25)) in rows:
        print(f"| {name} | {c30.weighted_f1:.3f} | {c30.macro_f1:.3f} | {c25.weighted_f1:.3f} | {c25.macro_f1:.3f} | "
              f"{h30.weighted_f1:.3f} | {h30.macro_f1:.3f} | {h25.weighted_f1:.3f} | {h25.macro_f1:.3f} |")
    print("\nspeed, whole typer (encoder + rules + head) on the CASE snippets, 1 onnxruntime thread (a model reading "
          "frame terms gets the parsed snippets, as the extractor gives it its Doc's sentences):")
    for name, value in speeds.items():
        print(f"  {name:10s} {value:8.1f} sentences/s  (x{value / speeds['baseline']:.2f} of baseline)")

    print("\n### Event or not (unforced hybrid, as in the pipeline)\n")
    print("| model | min_model_prob | heldout notes typed as ACLED events | CASE ACLED snippets typed as ACLED "
          f"events | CASE non-ACLED snippets ({len(non_acled)}) typed as not ACLED | corpus dev non-event "
          f"notes ({len(non_events)}) typed NONE |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, threshold, kept, acled_kept, refused, none_refused in gates:
        print(f"| {name} | {threshold:.3f} | {kept:.3f} | {acled_kept:.3f} | {refused:.3f} | {none_refused:.3f} |")

    print("\n### Per-label F1 on CASE dev (hybrid)\n")
    names = list(per_label)
    print("| label | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for label in ALL_LABELS:
        print(f"| {label} | " + " | ".join(f"{per_label[n].get(label, 0.0):.2f}" for n in names) + " |")

    if args.notes:
        from frontwatch.pipeline import build_extractor

        notes = sample_notes(args.corpus, "heldout", args.notes, seed=13)
        extractor = build_extractor(Settings())
        print(f"\n### Arguments: full extractor on {len(notes)} heldout notes\n")
        print(ACCURACY_HEADER)
        for name in ["baseline", *tuned]:
            extractor.typer = candidates[name][0]
            scores, _, seconds = run_notes(extractor, notes)
            print(accuracy_row(f"{name} ({len(notes) / seconds:.1f} notes/s)", summarise(scores)))


if __name__ == "__main__":
    main()
