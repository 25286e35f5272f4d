"""Benchmark of sentence-level event typing on CASE 2021 task 2 (../shared/eval/case2021-dev.tsv).

One run prints, for (a) trigger rules only, (b) the learned layer only, (c) the hybrid:
weighted and macro F1 over all 30 labels and over the 25 ACLED labels; the hybrid's
per-label table; the share of non-event sentences typed NONE; and speed.

What is trained on what (no figure is scored on data its model was trained on):
  rules            no training; the trigger lexicon data/event_triggers.yaml.
  *-own            classifier trained on data/typing_train.tsv only (sentences written for
                   the project); dev is unseen.
  *-cv5            5-fold stratified cross-validation on dev: each fold is scored by a
                   classifier trained on typing_train.tsv + the other 4 folds.
  packaged model   data/event_typer.npz (see training/MODEL.md; since issue 13 a fine-tuned
                   MiniLM that never saw dev); used here only for the non-event sentences and
                   speed. bench/typing_models_bench.py compares typers on dev and heldout notes.
The hybrid's two rule bonuses (HybridConfig) were chosen on the dev cross-validation
(a grid of 18 settings; a broad plateau), so the hybrid-cv5 figure carries a little
selection optimism. The trigger lexicon was written before the dev errors were read;
only general fixes were made after (see the report of issue 4).

CASE snippets always hold one event, so they are typed with forced=True (no NONE).
The five non-ACLED labels (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO,
ATTRIB) are recognised but yield no ACLED event in the pipeline (TypedSentence.event_type
is None).

Non-event sentences: sentences of the reports in ../shared/eval/seed.jsonl (the seed
report) and dev.jsonl that contain no gold event evidence. Some of them still mention
events the gold does not list (headlines, captions), so the NONE share is a lower bound
of true NONE precision; they were never used for training or for tuning word lists.

Halves (issue 18, session 16): `--half study|check|both` splits the dev snippets by
`int(sha256(id)[:8], 16) % 2` (frontwatch.evaluate.case.case_half; 0 study, 1 check) and prints, per half,
(a) the packaged hybrid as `frontwatch eval <tsv>` types it and, with `--extract`, (b) the full extractor run
on each snippet as a document: "any" is the share of snippets one of whose events carries the gold label
(for the five non-ACLED labels: no event stored); the scored label is the gold one where some event carries
it, else the first event's, else NONE (a non-ACLED snippet with no event scores its own label). Only the
study half's errors are to be read (`--dump FILE`: each snippet's gold, typed label and extracted codes).

Run: .venv/bin/python bench/case2021_bench.py [--shared ../shared] [--half study|check|both [--extract] [--dump FILE]]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold

from frontwatch.classify.embed import load_encoder
from frontwatch.classify.model import TyperModel
from frontwatch.classify.rules import load_rules
from frontwatch.classify.train import DEFAULT_C, DEFAULT_TRAIN_FILE, ENCODER_ID, fit_softmax, read_labelled
from frontwatch.classify.typer import SentenceTyper
from frontwatch.evaluate.case import (
    ACLED_LABELS,
    ALL_LABELS,
    CASE_HALVES,
    CaseSnippet,
    LabelScores,
    case_half,
    load_case_tsv,
    score_labels,
)
from frontwatch.model import Document
from frontwatch.nlp import load_pipeline
from frontwatch.settings import Settings
from frontwatch.taxonomy import NONE_LABEL, load_taxonomy

PUBLISHED = {"all": 0.771, "acled": 0.839}


def non_event_sentences(shared: Path, nlp) -> list[str]:
    """Sentences of the gold reports that hold no gold event evidence."""
    out: list[str] = []
    for name in ("seed.jsonl", "dev.jsonl"):
        for line in (shared / "eval" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            evidence = [e["evidence"] for e in record.get("events", []) if e.get("evidence")]
            for sent in nlp(record["text"]).sents:
                text = sent.text.strip()
                if len(text) < 15 or any(ev in text or text in ev for ev in evidence):
                    continue
                out.append(text)
    return out


def typer_with(model: TyperModel) -> SentenceTyper:
    """A SentenceTyper over the packaged rules and encoder with another classifier."""
    return SentenceTyper(load_rules(), model, load_encoder(), load_taxonomy())


def fit(x: np.ndarray, y: list[str], seed: int = 0) -> TyperModel:
    classes, weights, bias = fit_softmax(x, y, seed, DEFAULT_C)
    return TyperModel(classes, weights, bias, ENCODER_ID)


def scores(gold: list[str], pred: list[str]) -> tuple[LabelScores, LabelScores]:
    return score_labels(gold, pred, ALL_LABELS), score_labels(gold, pred, ACLED_LABELS)


def extracted_codes(snippets: list[CaseSnippet]) -> list[list[str]]:
    """The CASE codes of the events the full extractor stores for each snippet read as a document."""
    from frontwatch.pipeline import build_extractor

    extractor, taxonomy = build_extractor(Settings()), load_taxonomy()
    return [[taxonomy.code_for(e.event_type, e.sub_event_type) for e in extraction.events]
            for extraction in extractor.extract_many(Document(id=s.id, text=s.text, origin=s.id) for s in snippets)]


def extracted_label(gold: str, codes: list[str]) -> str:
    """The label a snippet's extraction scores: the gold one where an event carries it (or, for a non-ACLED
    label, where no event is stored), else the first event's, else NONE."""
    if gold in codes or (not codes and gold not in ACLED_LABELS):
        return gold
    return codes[0] if codes else NONE_LABEL


def halves(args: argparse.Namespace, dev: list[CaseSnippet]) -> None:
    """Per half of the dev snippets: the hybrid's and (with --extract) the extractor's scores."""
    typer = SentenceTyper.load()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    heads = ("wF1-30", "acc-30", "wF1-25", "acc-25")
    print(f"{'half':6s} {'system':10s} {'n':>4s} " + " ".join(f"{h:>7s}" for h in heads) + f" {'any':>6s}")
    for half in CASE_HALVES if args.half == "both" else (args.half,):
        snippets = case_half(dev, half)
        gold = [s.label for s in snippets]
        typed = [t.label for t in typer.classify([s.text for s in snippets], mode="hybrid", forced=True)]
        rows = [("hybrid", typed, None)]
        codes = extracted_codes(snippets) if args.extract else [[] for _ in snippets]
        if args.extract:
            picked = [extracted_label(g, c) for g, c in zip(gold, codes, strict=True)]
            rows.append(("extractor", picked, sum(p == g for p, g in zip(picked, gold, strict=True)) / len(gold)))
        for name, pred, share in rows:
            a, b = scores(gold, pred)
            any_ = f"{share:6.3f}" if share is not None else ""
            print(f"{half:6s} {name:10s} {len(gold):4d} {a.weighted_f1:7.3f} {a.accuracy:7.3f} "
                  f"{b.weighted_f1:7.3f} {b.accuracy:7.3f} {any_}")
        if dump is not None and half == "study":
            for s, t, c in zip(snippets, typed, codes, strict=True):
                dump.write(json.dumps({"id": s.id, "gold": s.label, "typed": t, "extracted": c, "text": s.text}) + "\n")
    if dump is not None:
        dump.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--half", choices=(*CASE_HALVES, "both"), default=None,
                        help="score one fixed half of the snippets (or both apart) instead of the full benchmark")
    parser.add_argument("--extract", action="store_true", help="with --half: also run the full extractor")
    parser.add_argument("--dump", type=Path, default=None, help="with --half: the study half's snippets as JSON lines")
    args = parser.parse_args()
    dev = load_case_tsv(args.shared / "eval" / "case2021-dev.tsv")
    if args.half is not None:
        halves(args, dev)
        return
    texts = [s.text for s in dev]
    gold = [s.label for s in dev]
    own = read_labelled(DEFAULT_TRAIN_FILE)
    encoder = load_encoder()
    nlp = load_pipeline(Settings().spacy_model)

    # speed, each layer on the dev snippets
    t0 = time.perf_counter()
    list(nlp.pipe(texts))
    t_spacy = time.perf_counter() - t0
    rules = load_rules()
    t0 = time.perf_counter()
    for t in texts:
        rules.matches(t)
    t_rules = time.perf_counter() - t0
    t0 = time.perf_counter()
    dev_x = encoder.encode(texts)
    t_embed = time.perf_counter() - t0
    own_x = encoder.encode([ex.text for ex in own])
    own_y = [ex.label for ex in own]

    rows: list[tuple[str, LabelScores, LabelScores, int]] = []
    rules_pred = [t.label for t in typer_with(fit(own_x, own_y)).classify(texts, mode="rules")]
    rows.append(("(a) rules", *scores(gold, rules_pred), rules_pred.count(NONE_LABEL)))

    own_typer = typer_with(fit(own_x, own_y))
    for mode, name in (("model", "(b) model-own"), ("hybrid", "(c) hybrid-own")):
        pred = [t.label for t in own_typer.classify(texts, mode=mode, embeddings=dev_x, forced=True)]
        rows.append((name, *scores(gold, pred), 0))

    cv = {m: np.empty(len(dev), dtype=object) for m in ("model", "hybrid")}
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for train_idx, test_idx in folds.split(dev_x, gold):
        x = np.vstack([own_x, dev_x[train_idx]])
        y = own_y + [gold[i] for i in train_idx]
        fold_typer = typer_with(fit(x, y))
        sub = [texts[i] for i in test_idx]
        for mode in cv:
            typed = fold_typer.classify(sub, mode=mode, embeddings=dev_x[test_idx], forced=True)
            cv[mode][test_idx] = [t.label for t in typed]
    hybrid_cv = list(cv["hybrid"])
    rows.append(("(b) model-cv5", *scores(gold, list(cv["model"])), 0))
    rows.append(("(c) hybrid-cv5", *scores(gold, hybrid_cv), 0))

    print(f"CASE 2021 task 2, {args.shared / 'eval' / 'case2021-dev.tsv'}: {len(dev)} snippets")
    print(f"published best: weighted F1 {PUBLISHED['all']} (30 labels), {PUBLISHED['acled']} (25 ACLED)\n")
    print(f"{'system':16s} {'wF1-30':>7s} {'mF1-30':>7s} {'acc-30':>7s} {'wF1-25':>7s} {'mF1-25':>7s} {'NONE':>5s}")
    for name, a, b, nones in rows:
        print(
            f"{name:16s} {a.weighted_f1:7.3f} {a.macro_f1:7.3f} {a.accuracy:7.3f} "
            f"{b.weighted_f1:7.3f} {b.macro_f1:7.3f} {nones:5d}"
        )

    print("\nper-label, (c) hybrid-cv5")
    print(f"{'label':32s} {'P':>5s} {'R':>5s} {'F1':>5s} {'gold':>5s} {'pred':>5s}")
    for r in scores(gold, hybrid_cv)[0].per_label:
        print(f"{r.label:32s} {r.precision:5.2f} {r.recall:5.2f} {r.f1:5.2f} {r.support:5d} {r.predicted:5d}")

    # non-event sentences: packaged model (own sentences + all dev; these sentences unseen)
    sentences = non_event_sentences(args.shared, nlp)
    packaged = SentenceTyper.load()  # its own encoder: a fine-tuned model names its ONNX file
    own_only = own_typer
    print(f"\nnon-event sentences (seed + dev.jsonl, not gold event evidence): {len(sentences)}")
    print(f"{'layer':28s} {'typed NONE':>10s} {'share':>6s}")
    for name, typer_, mode in (
        ("(a) rules", packaged, "rules"),
        ("(b) model, packaged", packaged, "model"),
        ("(c) hybrid, packaged", packaged, "hybrid"),
        ("(b) model, own-only", own_only, "model"),
        ("(c) hybrid, own-only", own_only, "hybrid"),
    ):
        typed = typer_.classify(sentences, mode=mode)  # type: ignore[arg-type]
        n = sum(t.label == NONE_LABEL for t in typed)
        print(f"{name:28s} {n:10d} {n / len(sentences):6.2f}")
    typed = packaged.classify(sentences)
    events = [(s, t) for s, t in zip(sentences, typed, strict=False) if t.label != NONE_LABEL]
    print("sentences the packaged hybrid types as events:")
    for s, t in events:
        print(f"  {t.label:26s} {t.layer:5s} {t.score:.2f} [{t.trigger or ''}] {s[:90]}")

    # speed
    t0 = time.perf_counter()
    packaged.classify(texts)
    t_packaged = time.perf_counter() - t0
    n = len(texts)
    print(f"\nspeed on the {n} dev snippets (1 onnxruntime thread; sentences/s; ratio to bare spaCy)")
    for name, secs in (
        ("bare spaCy pipeline", t_spacy),
        ("(a) rules", t_rules),
        ("(b) encoder + model", t_embed),
        ("(c) packaged hybrid (its encoder + rules + combine)", t_packaged),
    ):
        print(f"  {name:40s} {n / secs:9.0f}  x{t_spacy / secs:6.2f}")


if __name__ == "__main__":
    main()
