"""Rebuild the learned typer from labelled sentence files (deterministic for a given seed)."""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from frontwatch.classify.embed import SentenceEncoder, load_encoder, load_encoder_file
from frontwatch.classify.model import TyperModel
from frontwatch.errors import InputError
from frontwatch.taxonomy import NONE_LABEL, load_taxonomy

DEFAULT_TRAIN_FILE = Path(__file__).parents[1] / "data" / "typing_train.tsv"
ENCODER_ID = "all-MiniLM-L6-v2-onnx-int8/mean/l2"
DEFAULT_C = 8.0

OWN_HEADER = ("label", "text")
CASE_HEADER = ("id", "EventSnippet", "SubType")


@dataclass(frozen=True)
class LabelledSentence:
    """One training example."""

    label: str
    text: str


def read_labelled(path: Path) -> list[LabelledSentence]:
    """Read `label<TAB>text` (header label, text) or a CASE 2021 TSV (id, EventSnippet, SubType)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from exc
    if not lines:
        raise InputError(str(path), "empty file")
    header = tuple(lines[0].rstrip("\r").split("\t"))
    if header not in (OWN_HEADER, CASE_HEADER):
        raise InputError(str(path), "header must be 'label<TAB>text' or 'id<TAB>EventSnippet<TAB>SubType'")
    known = set(load_taxonomy().all_codes()) | {NONE_LABEL}
    out: list[LabelledSentence] = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.rstrip("\r").split("\t")
        if not line.strip():
            continue
        if header == OWN_HEADER and len(cells) == 2:
            label, text = cells
        elif header == CASE_HEADER and len(cells) >= 3:
            label, text = cells[-1].strip(), "\t".join(cells[1:-1])
        else:
            raise InputError(str(path), f"line {number}: wrong number of columns")
        if label not in known:
            raise InputError(str(path), f"line {number}: unknown label {label!r}")
        out.append(LabelledSentence(label, text))
    return out


def corpus_examples(
    corpus: Path, cap_per_label: int, seed: int, own_files: Sequence[Path] = (), own_repeat: int = 1
) -> tuple[list[tuple[str, str]], random.Random]:
    """Training pairs: up to `cap_per_label` train-split notes per label (as news-like sentences,
    drawn with the seed) plus every labelled sentence of `own_files`, `own_repeat` times.
    Returns the pairs and the seeded generator, to be used on for batching."""
    from frontwatch.classify.notes import load_coder_prose
    from frontwatch.evaluate.coded_notes import load_coded_notes

    prose = load_coder_prose()
    by_label: dict[str, list[str]] = defaultdict(list)
    for note in load_coded_notes(corpus, "train"):
        by_label[note.label].append(prose.sentence(note.text))
    rng = random.Random(seed)
    pairs: list[tuple[str, str]] = []
    for label in sorted(by_label):
        texts = by_label[label][:]
        rng.shuffle(texts)
        pairs += [(text, label) for text in texts[:cap_per_label]]
    own = [(ex.text, ex.label) for path in own_files for ex in read_labelled(Path(path))]
    return pairs + own * own_repeat, rng


def fit_softmax(
    embeddings: np.ndarray, labels: Sequence[str], seed: int, c: float = DEFAULT_C
) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Fit multinomial logistic regression; return (classes, weights, bias)."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=5000, tol=1e-6, random_state=seed)
    clf.fit(embeddings, np.asarray(labels))
    return tuple(str(x) for x in clf.classes_), clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32)


def _digest(paths: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:16]


def train_typer(
    train_files: Sequence[Path],
    out_path: Path | None,
    seed: int = 0,
    c: float = DEFAULT_C,
    encoder: SentenceEncoder | None = None,
) -> TyperModel:
    """Embed every labelled sentence of `train_files`, fit the classifier, save it to `out_path`."""
    examples = [ex for path in train_files for ex in read_labelled(Path(path))]
    if len({ex.label for ex in examples}) < 2:
        raise InputError(", ".join(map(str, train_files)), "need at least two labels to train")
    np.random.seed(seed)
    enc = encoder or load_encoder()
    embeddings = enc.encode([ex.text for ex in examples])
    classes, weights, bias = fit_softmax(embeddings, [ex.label for ex in examples], seed, c)
    model = TyperModel(
        classes=classes,
        weights=weights,
        bias=bias,
        encoder=ENCODER_ID,
        meta={
            "train_files": ";".join(Path(p).name for p in train_files),
            "train_sha256_16": _digest(train_files),
            "n_examples": str(len(examples)),
            "seed": str(seed),
            "C": str(c),
        },
    )
    if out_path is not None:
        model.save(Path(out_path))
    return model


def train_finetuned(
    corpus: Path,
    own_files: Sequence[Path],
    out_path: Path,
    seed: int = 0,
    cap_per_label: int = 200,
    own_repeat: int = 2,
) -> TyperModel:
    """Fine-tune MiniLM on the corpus's train notes + own sentences; write `<out>.onnx` and `<out>.npz`.

    The fine-tuned encoder is kept; its head is then refitted (refit_head) with the own sentences
    weighted up, and the NONE threshold set on the corpus's dev notes (calibrate)."""
    from frontwatch.classify.finetune import FinetuneConfig, export_int8, finetune, head_model

    examples, rng = corpus_examples(Path(corpus), cap_per_label, seed, own_files, own_repeat)
    if len({label for _, label in examples}) < 2:
        raise InputError(str(corpus), "need at least two labels to train")
    config = FinetuneConfig()
    module, classes = finetune(examples, rng, seed, config)
    out_path = Path(out_path)
    encoder_file = out_path.with_suffix(".onnx").name
    export_int8(module, out_path.with_suffix(".onnx"))
    model = head_model(module, classes, encoder_file, config.max_tokens, meta={
        "train_corpus": Path(corpus).name,
        "train_corpus_sha256_16": _digest([Path(corpus)]),
        "train_files": ";".join(Path(p).name for p in own_files),
        "n_examples": str(len(examples)),
        "seed": str(seed),
        "cap_per_label": str(cap_per_label),
        "own_repeat": str(own_repeat),
        "recipe": repr(config),
    })
    encoder = load_encoder_file(out_path.with_suffix(".onnx"), config.max_tokens)
    own = read_all(own_files)
    model = refit_head(model, encoder, examples[: len(examples) - len(own) * own_repeat], own, seed)
    model = calibrate(model, encoder, Path(corpus))
    model.save(out_path)
    return model


OWN_WEIGHT = 5.0  # weight of an own sentence against a corpus note when the head is refitted


def read_all(files: Sequence[Path]) -> list[LabelledSentence]:
    """Every labelled sentence of `files`."""
    return [ex for path in files for ex in read_labelled(Path(path))]


def refit_head(
    model: TyperModel, encoder: SentenceEncoder, notes: Sequence[tuple[str, str]], own: Sequence[LabelledSentence],
    seed: int, own_weight: float = OWN_WEIGHT,
) -> TyperModel:
    """Replace the fine-tuned head by logistic regression on the tuned encoder's vectors of the
    corpus notes and the own sentences (own sentences weighted `own_weight`: they are the only
    news-like and the only non-ACLED examples)."""
    from dataclasses import replace

    from sklearn.linear_model import LogisticRegression

    texts = [t for t, _ in notes] + [ex.text for ex in own]
    labels = np.asarray([lab for _, lab in notes] + [ex.label for ex in own])
    weights = np.concatenate([np.ones(len(notes)), np.full(len(own), own_weight)])
    clf = LogisticRegression(C=DEFAULT_C, max_iter=5000, random_state=seed)
    clf.fit(encoder.encode(texts), labels, sample_weight=weights)
    meta = {**model.meta, "head": f"logistic regression, C={DEFAULT_C}, own sentences x{own_weight}"}
    return replace(model, classes=tuple(str(c) for c in clf.classes_), weights=clf.coef_.astype(np.float32),
                   bias=clf.intercept_.astype(np.float32), meta=meta)


EVENT_RECALL = 0.95  # share of dev notes' sentences that must stay typed as events


def event_threshold(typer_probs: np.ndarray, classes: Sequence[str], recall: float = EVENT_RECALL) -> float:
    """The highest min_model_prob that still types `recall` of known-event sentences as events.

    `typer_probs` are the model's probabilities (n x classes) for sentences that all hold an
    event (the corpus's dev notes); a sentence stays an event when its best non-NONE label
    beats NONE and reaches the threshold, as SentenceTyper decides without a trigger.
    """
    probs = np.asarray(typer_probs, dtype=np.float64)
    none = list(classes).index(NONE_LABEL) if NONE_LABEL in classes else None
    best = probs.copy()
    if none is not None:
        best[:, none] = -1.0
    top = best.max(axis=1)
    eligible = top if none is None else np.where(top > probs[:, none], top, 0.0)
    return float(np.quantile(eligible, 1.0 - recall))


def calibrate(model: TyperModel, encoder: SentenceEncoder, corpus: Path, recall: float = EVENT_RECALL) -> TyperModel:
    """The model with its NONE threshold (meta min_model_prob) set on the corpus's dev notes."""
    from dataclasses import replace

    from frontwatch.classify.notes import load_coder_prose
    from frontwatch.evaluate.coded_notes import load_coded_notes

    prose = load_coder_prose()
    texts = [prose.sentence(n.text) for n in load_coded_notes(corpus, "dev")]
    threshold = event_threshold(model.predict_proba(encoder.encode(texts)), model.classes, recall)
    meta = {**model.meta, "min_model_prob": f"{threshold:.4f}", "min_model_prob_from": f"dev notes, recall {recall}"}
    return replace(model, meta=meta)
