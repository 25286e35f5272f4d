"""Session 29 experiment (issue 13): fine-tune every MiniLM layer as a sentence typer and score it in the cascade.

`fit` draws the packaged head's examples (up to --cap train-split notes per label, seed 0, first sentences
de-duplicated; the CASE study half and the own sentences weighted --own-weight in the loss), trains the whole
encoder (embeddings and six layers) with a mean-pooled linear head (FinetuneConfig's recipe otherwise), exports it
as int8 ONNX and writes candidate typers beside it (`DIR/<name>/event_typer.npz`): the tuned head in the packaged
cascade (n-gram model first, the encoder only below its `head_below` cut), the same at every sentence, and alone;
each with its NONE threshold set on dev notes (<= 300 per label, seed 7) as the packaged recipe does.
`score` prints, per typer (the packaged one first), hybrid forced-choice weighted / macro F1 over 30 and 25 labels
on the CASE study and check halves and on the 2,000 heldout notes of `typing_models_bench.py --heldout 2000`, and
sentences per CPU-second over three passes of the CASE snippets (encoder included).

Run: nice -n 10 .venv/bin/python training/finetune_full.py fit --out DIR [--epochs 1]
     .venv/bin/python training/finetune_full.py score DIR/cascade/event_typer.npz ...
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from frontwatch.classify.embed import default_tokenizer_file, load_encoder_file
from frontwatch.classify.finetune import FinetuneConfig, _classifier, export_int8, head_model
from frontwatch.classify.model import DEFAULT_MODEL_FILE, load_model
from frontwatch.classify.ngrams import load_ngram_model
from frontwatch.classify.notes import load_coder_prose
from frontwatch.classify.train import (
    DEFAULT_C,
    DEFAULT_TRAIN_FILE,
    balanced_threshold,
    drawn_notes,
    read_labelled,
    write_manifest,
)
from frontwatch.classify.train_mix import _sentences, cascaded, dev_draw, head_cut
from frontwatch.classify.typer import SentenceTyper
from frontwatch.evaluate.case import ACLED_LABELS, ALL_LABELS, case_half, load_case_tsv, score_labels
from frontwatch.settings import Settings
from frontwatch.taxonomy import NONE_LABEL

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from acled_notes_bench import sample_notes  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CASE_FILE = REPO.parent / "shared" / "eval" / "case2021-dev.tsv"
NGRAM_FILE = DEFAULT_MODEL_FILE.with_name("event_typer_ngrams.npz")
PACKAGED_SHARE = 0.02  # the packaged cascade's dev share (training/MODEL.md, session 20)
NGRAM_WEIGHT = 0.5  # the packaged cascade's mixing weight
INFER_TOKENS = 128  # the stock encoder's truncation at run time


def examples(corpus: Path, cap: int, own_weight: float) -> tuple[list, list[tuple[str, str, float]]]:
    """The packaged head's draw (notes, then the CASE study half and the own sentences) as (text, label, weight)."""
    notes, texts, labels = _sentences(drawn_notes(corpus, cap, 0)[0])
    rows = [(t, lab, 1.0) for t, lab in zip(texts, labels, strict=True)]
    rows += [(s.text, s.label, own_weight) for s in case_half(load_case_tsv(CASE_FILE), "study")]
    rows += [(ex.text, ex.label, own_weight) for ex in read_labelled(DEFAULT_TRAIN_FILE)]
    return notes, rows


def batches(lengths: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of indices of similar length (sorted inside chunks of 50 batches), in random order."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    out = []
    chunk = size * 50
    for start in range(0, len(order), chunk):
        part = sorted(order[start:start + chunk], key=lambda i: lengths[i])
        out += [part[i:i + size] for i in range(0, len(part), size)]
    rng.shuffle(out)
    return out


def train(rows: list[tuple[str, str, float]], classes: list[str], config: FinetuneConfig, seed: int):
    """Fine-tune the whole encoder and the head on the weighted rows; the module in eval mode."""
    import torch
    from tokenizers import Tokenizer

    torch.manual_seed(seed)
    torch.set_num_threads(config.threads)
    rng = random.Random(seed)
    tokenizer = Tokenizer.from_file(str(default_tokenizer_file()))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=config.max_tokens)
    ids = [tokenizer.encode(text).ids for text, _, _ in rows]
    targets = [classes.index(label) for _, label, _ in rows]
    model = _classifier(len(classes))
    params = [p for p in model.parameters() if p.requires_grad]
    lengths = [len(x) for x in ids]
    plan = [b for _ in range(int(np.ceil(config.epochs))) for b in batches(lengths, config.batch_size, rng)]
    steps = int(len(rows) / config.batch_size * config.epochs)
    plan = plan[:steps]
    optimiser = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=config.weight_decay)
    warmup, decay = config.warmup_share * steps, (1 - config.warmup_share) * steps
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / warmup) * max(0.0, (steps - s) / decay))
    counts = Counter(targets)
    class_w = torch.tensor([(len(rows) / len(counts) / max(counts[i], 1)) ** 0.5 for i in range(len(classes))])
    loss_of = torch.nn.CrossEntropyLoss(weight=class_w, reduction="none", label_smoothing=config.label_smoothing)
    model.train()
    started = time.time()
    for step, batch in enumerate(plan):
        longest = max(len(ids[i]) for i in batch)
        x = torch.zeros((len(batch), longest), dtype=torch.long)
        mask = torch.zeros((len(batch), longest), dtype=torch.long)
        for row, i in enumerate(batch):
            x[row, : len(ids[i])] = torch.tensor(ids[i])
            mask[row, : len(ids[i])] = 1
        y = torch.tensor([targets[i] for i in batch])
        w = torch.tensor([rows[i][2] for i in batch]) * class_w[y]
        loss = (loss_of(model(x, mask), y) * torch.tensor([rows[i][2] for i in batch])).sum() / w.sum()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
        if step % 20 == 0:
            print(f"step {step}/{steps} loss {loss.item():.3f} {time.time() - started:.0f}s", flush=True)
    model.eval()
    return model


def write_typer(base, out_dir: Path, onnx: Path, meta: dict[str, str]) -> None:
    """A candidate typer folder: the model file with `meta` added, the encoder and (when named) the n-gram file."""
    from dataclasses import replace

    out_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(onnx, out_dir / onnx.name)
    model = replace(base, meta={**base.meta, **meta})
    if "ngram_file" in model.meta:
        shutil.copyfile(NGRAM_FILE, out_dir / NGRAM_FILE.name)
    model.save(out_dir / "event_typer.npz")


def refit(args: argparse.Namespace) -> None:
    """The packaged head's recipe (logistic regression, C 8, balanced class weights, own and CASE study x weight)
    on the tuned encoder's vectors of the same examples, in the packaged cascade (`DIR/lr-cascade`)."""
    from dataclasses import replace

    from sklearn.linear_model import LogisticRegression

    out = Path(args.out)
    ngrams = load_ngram_model(NGRAM_FILE)
    classes = sorted(ngrams.classes)
    _, rows = examples(Path(args.corpus), args.cap, args.own_weight)
    base = load_model(out / "cascade" / "event_typer.npz")
    encoder = load_encoder_file(out / "event_typer.onnx", INFER_TOKENS)
    x = encoder.encode([text for text, _, _ in rows])
    y = np.array([classes.index(label) for _, label, _ in rows])
    clf = LogisticRegression(C=DEFAULT_C, max_iter=500, class_weight="balanced")
    clf.fit(x, y, sample_weight=np.array([w for _, _, w in rows]))
    coef, bias = np.zeros((len(classes), x.shape[1])), np.full(len(classes), -30.0)
    coef[clf.classes_], bias[clf.classes_] = clf.coef_, clf.intercept_
    head = replace(base, weights=coef.astype(np.float32), bias=bias.astype(np.float32),
                   meta={**base.meta, "head": f"logistic regression on the tuned vectors, C={DEFAULT_C}, balanced"})
    _, dev_texts, dev_labels = _sentences(dev_draw(Path(args.corpus), 300, 7))
    dev_ngram = ngrams.predict_proba(dev_texts)[:, [ngrams.classes.index(c) for c in classes]]
    cut = float(base.meta["head_below"])
    probs = cascaded(head.predict_proba(encoder.encode(dev_texts)), dev_ngram, NGRAM_WEIGHT, cut)
    is_none = np.array([label == NONE_LABEL for label in dev_labels])
    threshold, kept, refused = balanced_threshold(probs[~is_none], probs[is_none], classes)
    extra = {"min_model_prob": f"{threshold:.4f}", "min_model_prob_from": f"dev notes (<= 300 per label), best "
             f"mean recall: events {kept:.3f}, non-events {refused:.3f}"}
    write_typer(head, out / "lr-cascade", out / "event_typer.onnx", extra)
    print("lr-cascade", extra, flush=True)


def fit(args: argparse.Namespace) -> None:
    """Fine-tune, export and write the candidates."""
    import torch

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ngrams = load_ngram_model(NGRAM_FILE)
    classes = sorted(ngrams.classes)
    notes, rows = examples(Path(args.corpus), args.cap, args.own_weight)
    write_manifest(notes, out / "manifest.tsv")
    config = FinetuneConfig(epochs=args.epochs, learning_rate=args.lr, frozen_layers=0, max_tokens=64, threads=1)
    print(f"{len(rows)} examples ({len(notes)} notes), {config}", flush=True)
    model = train(rows, classes, config, args.seed)
    torch.save(model.state_dict(), out / "module.pt")
    onnx = out / "event_typer.onnx"
    export_int8(model, onnx)
    meta = {"recipe": repr(config) + " (every layer, embeddings included; own and CASE study weight "
                      f"{args.own_weight:g} in the loss)", "cap_per_label": str(args.cap), "seed": str(args.seed),
            "n_examples": str(len(rows)), "train_corpus": Path(args.corpus).name}
    head = head_model(model, classes, onnx.name, INFER_TOKENS, meta)
    encoder = load_encoder_file(onnx, INFER_TOKENS)
    _, dev_texts, dev_labels = _sentences(dev_draw(Path(args.corpus), 300, 7))
    columns = [ngrams.classes.index(c) for c in classes]
    dev_ngram = ngrams.predict_proba(dev_texts)[:, columns]
    dev_head = head.predict_proba(encoder.encode(dev_texts))
    is_none = np.array([label == NONE_LABEL for label in dev_labels])
    for name, share in (("cascade", PACKAGED_SHARE), ("mix-all", 1.0), ("alone", None)):
        if share is None:
            probs, extra = dev_head, {}
        else:
            cut = head_cut(dev_ngram, share)
            probs = cascaded(dev_head, dev_ngram, NGRAM_WEIGHT, cut)
            extra = {"ngram_file": NGRAM_FILE.name, "ngram_weight": f"{NGRAM_WEIGHT:g}", "head_below": f"{cut:.4f}"}
        threshold, kept, refused = balanced_threshold(probs[~is_none], probs[is_none], classes)
        extra |= {"min_model_prob": f"{threshold:.4f}",
                  "min_model_prob_from": f"dev notes (<= 300 per label), best mean recall: events {kept:.3f}, "
                                         f"non-events {refused:.3f}"}
        write_typer(head, out / name, onnx, extra)
        print(name, extra, flush=True)


def figures(typer: SentenceTyper, texts: list[str], gold: list[str]) -> str:
    """Hybrid forced-choice weighted / macro F1 over 30 and 25 labels."""
    predicted = [t.label for t in typer.classify(texts, mode="hybrid", forced=True)]
    s30, s25 = score_labels(gold, predicted, ALL_LABELS), score_labels(gold, predicted, ACLED_LABELS)
    return f"{s30.weighted_f1:.3f} | {s30.macro_f1:.3f} | {s25.weighted_f1:.3f} | {s25.macro_f1:.3f}"


def score(args: argparse.Namespace) -> None:
    """Print the figures of the packaged typer and each candidate."""
    case = load_case_tsv(CASE_FILE)
    prose = load_coder_prose()
    held = sample_notes(Path(args.corpus), "heldout", 2000, seed=13)
    slices = {half: ([s.text for s in case_half(case, half)], [s.label for s in case_half(case, half)])
              for half in ("study", "check")}
    slices["heldout"] = ([prose.sentence(n.text) for n in held], [n.label for n in held])
    print("| typer | " + " | ".join(f"{s} w30 | {s} m30 | {s} w25 | {s} m25" for s in slices) + " | sent./CPU-s |")
    print("|---|" + "---:|" * (4 * len(slices) + 1))
    for path in [DEFAULT_MODEL_FILE, *map(Path, args.models)]:
        typer = SentenceTyper.load(path)
        row = [figures(typer, texts, gold) for texts, gold in slices.values()]
        texts = [s.text for s in case]
        start = time.process_time()
        for _ in range(3):
            typer.classify(texts)
        speed = 3 * len(texts) / (time.process_time() - start)
        name = "packaged" if path == DEFAULT_MODEL_FILE else path.parent.name
        print(f"| {name} | " + " | ".join(row) + f" | {speed:.0f} |", flush=True)


def main() -> None:
    """Parse the command line and run one stage."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Settings().acled_corpus)
    sub = parser.add_subparsers(dest="stage", required=True)
    fit_p = sub.add_parser("fit")
    fit_p.add_argument("--out", type=Path, required=True)
    fit_p.add_argument("--epochs", type=float, default=1.0)
    fit_p.add_argument("--lr", type=float, default=1e-4)
    fit_p.add_argument("--cap", type=int, default=500)
    fit_p.add_argument("--own-weight", type=float, default=5.0)
    fit_p.add_argument("--seed", type=int, default=0)
    refit_p = sub.add_parser("refit")
    refit_p.add_argument("--out", type=Path, required=True)
    refit_p.add_argument("--cap", type=int, default=500)
    refit_p.add_argument("--own-weight", type=float, default=5.0)
    score_p = sub.add_parser("score")
    score_p.add_argument("models", nargs="*")
    args = parser.parse_args()
    {"fit": fit, "refit": refit, "score": score}[args.stage](args)


if __name__ == "__main__":
    main()
