"""Rebuild the learned typer from labelled sentence files (deterministic for a given seed)."""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from frontwatch.classify.embed import SentenceEncoder, load_encoder, load_encoder_file
from frontwatch.classify.model import TyperModel
from frontwatch.errors import InputError
from frontwatch.taxonomy import NONE_LABEL, load_taxonomy

if TYPE_CHECKING:
    from frontwatch.evaluate.coded_notes import CodedNote

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


def drawn_notes(corpus: Path, cap_per_label: int, seed: int, split: str = "train"
                ) -> tuple[list[CodedNote], random.Random]:
    """Up to `cap_per_label` notes of a split (train unless told) per label, drawn with the seed (a larger cap draws a
    superset of a smaller one), and the seeded generator after the draw."""
    from frontwatch.evaluate.coded_notes import load_coded_notes

    by_label: dict[str, list[CodedNote]] = defaultdict(list)
    for note in load_coded_notes(corpus, split):
        by_label[note.label].append(note)
    rng = random.Random(seed)
    drawn: list[CodedNote] = []
    for label in sorted(by_label):
        notes = by_label[label][:]
        rng.shuffle(notes)
        drawn += notes[:cap_per_label]
    return drawn, rng


def corpus_examples(
    corpus: Path, cap_per_label: int, seed: int, own_files: Sequence[Path] = (), own_repeat: int = 1
) -> tuple[list[tuple[str, str]], random.Random]:
    """Training pairs: the drawn notes (drawn_notes) as news-like sentences plus every labelled
    sentence of `own_files`, `own_repeat` times. Returns the pairs and the seeded generator, to
    be used on for batching."""
    from frontwatch.classify.notes import load_coder_prose

    prose = load_coder_prose()
    notes, rng = drawn_notes(corpus, cap_per_label, seed)
    pairs = [(prose.sentence(note.text), note.label) for note in notes]
    own = [(ex.text, ex.label) for path in own_files for ex in read_labelled(Path(path))]
    return pairs + own * own_repeat, rng


def write_manifest(notes: Sequence[CodedNote], path: Path) -> None:
    """One line per corpus note a model was fitted on: its text hash, TAB, the source's event id."""
    from frontwatch.evaluate.coded_notes import text_hash

    lines = sorted(f"{text_hash(note.text)}\t{note.event_id}" for note in notes)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


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


@dataclass(frozen=True)
class HeadConfig:
    """How the linear head over the tuned encoder is fitted (defaults are round 3's candidate
    recipe; the packaged model's head was fitted on the fine-tune's own 200-per-label draw)."""

    cap_per_label: int = 600  # corpus notes per label (seeded draw; a superset of the fine-tune's draw)
    own_weight: float = 5.0  # weight of an own sentence against a corpus note
    c: float = DEFAULT_C


def train_finetuned(
    corpus: Path,
    own_files: Sequence[Path],
    out_path: Path,
    seed: int = 0,
    cap_per_label: int = 250,
    own_repeat: int = 1,
    encoder_file: Path | None = None,
    head: HeadConfig = HeadConfig(),
    manifest: Path | None = None,
) -> TyperModel:
    """Fine-tune MiniLM on the corpus's train notes + own sentences; write `<out>.onnx` and `<out>.npz`.

    Three stages: the encoder is fine-tuned (FinetuneConfig; skipped when `encoder_file`, an
    encoder this function wrote before, is given); the head is refitted by logistic regression
    on the tuned vectors of corpus notes and own sentences (HeadConfig; own sentences weighted
    up: they are the only news-like examples); the NONE threshold is then set on the corpus's
    dev notes (calibrate). `manifest`, when given, receives one line per corpus note fitted on
    (write_manifest; the union of both draws)."""
    import shutil

    from frontwatch.classify.finetune import FinetuneConfig, export_int8, finetune, head_model

    config = FinetuneConfig()
    out_path = Path(out_path)
    onnx_path = out_path.with_suffix(".onnx")
    meta = {
        "train_corpus": Path(corpus).name,
        "train_corpus_sha256_16": _digest([Path(corpus)]),
        "train_files": ";".join(Path(p).name for p in own_files),
        "seed": str(seed),
        "cap_per_label": str(cap_per_label),
        "own_repeat": str(own_repeat),
        "recipe": repr(config),
        "head_recipe": repr(head),
    }
    if encoder_file is None:
        examples, rng = corpus_examples(Path(corpus), cap_per_label, seed, own_files, own_repeat)
        if len({label for _, label in examples}) < 2:
            raise InputError(str(corpus), "need at least two labels to train")
        module, classes = finetune(examples, rng, seed, config)
        export_int8(module, onnx_path)
        meta["n_finetune_examples"] = str(len(examples))
        model = head_model(module, classes, onnx_path.name, config.max_tokens, meta=meta)
    else:
        if Path(encoder_file).resolve() != onnx_path.resolve():
            shutil.copyfile(encoder_file, onnx_path)
        model = TyperModel((), np.zeros((0, 0)), np.zeros(0), f"finetuned-minilm-int8/{onnx_path.name}",
                           {**meta, "encoder_file": onnx_path.name, "max_tokens": str(config.max_tokens),
                            "encoder_from": Path(encoder_file).name})
    encoder = load_encoder_file(onnx_path, config.max_tokens)
    notes, _ = corpus_examples(Path(corpus), head.cap_per_label, seed)
    model = refit_head(model, encoder, notes, read_all(own_files), seed, head)
    model = calibrate(model, encoder, Path(corpus))
    model.save(out_path)
    if manifest is not None:
        write_manifest(drawn_notes(Path(corpus), max(cap_per_label, head.cap_per_label), seed)[0], manifest)
    return model


def read_all(files: Sequence[Path]) -> list[LabelledSentence]:
    """Every labelled sentence of `files`."""
    return [ex for path in files for ex in read_labelled(Path(path))]


def head_examples(
    notes: Sequence[tuple[str, str]], own: Sequence[LabelledSentence], head: HeadConfig
) -> tuple[list[str], list[str], np.ndarray]:
    """Texts, labels and sample weights of the head's training set."""
    texts = [t for t, _ in notes] + [ex.text for ex in own]
    labels = [lab for _, lab in notes] + [ex.label for ex in own]
    weights = np.concatenate([np.ones(len(notes)), np.full(len(own), head.own_weight)])
    return texts, labels, weights


def fit_weighted_softmax(
    x: np.ndarray, labels: Sequence[str], weights: np.ndarray, seed: int, c: float
) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Multinomial logistic regression with sample weights; return (classes, weights, bias)."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=5000, random_state=seed)
    clf.fit(x, np.asarray(labels), sample_weight=weights)
    return tuple(str(k) for k in clf.classes_), clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32)


def refit_head(
    model: TyperModel, encoder: SentenceEncoder, notes: Sequence[tuple[str, str]], own: Sequence[LabelledSentence],
    seed: int, head: HeadConfig = HeadConfig(),
) -> TyperModel:
    """Replace the model's head by logistic regression on the tuned encoder's vectors of corpus
    notes and own sentences (see HeadConfig for the weights)."""
    from dataclasses import replace

    texts, labels, weights = head_examples(notes, own, head)
    classes, coef, bias = fit_weighted_softmax(encoder.encode(texts), labels, weights, seed, head.c)
    meta = {**model.meta, "n_examples": str(len(texts)),
            "head": f"logistic regression, C={head.c}, own sentences x{head.own_weight}"}
    return replace(model, classes=classes, weights=coef, bias=bias, meta=meta)


EVENT_RECALL = 0.95  # share of dev notes' sentences that must stay typed as events (no non-event notes)


def event_scores(typer_probs: np.ndarray, classes: Sequence[str]) -> np.ndarray:
    """Per sentence, the probability of its best event label when that beats NONE, else 0: the
    sentence stays an event without a trigger when this reaches min_model_prob (SentenceTyper)."""
    probs = np.asarray(typer_probs, dtype=np.float64)
    none = list(classes).index(NONE_LABEL) if NONE_LABEL in classes else None
    best = probs.copy()
    if none is not None:
        best[:, none] = -1.0
    top = best.max(axis=1)
    return top if none is None else np.where(top > probs[:, none], top, 0.0)


def event_threshold(typer_probs: np.ndarray, classes: Sequence[str], recall: float = EVENT_RECALL) -> float:
    """The highest min_model_prob that still types `recall` of known-event sentences as events.

    `typer_probs` are the model's probabilities (n x classes) for sentences that all hold an
    event (the corpus's dev notes without non-event notes).
    """
    return float(np.quantile(event_scores(typer_probs, classes), 1.0 - recall))


def balanced_threshold(
    event_probs: np.ndarray, none_probs: np.ndarray, classes: Sequence[str]
) -> tuple[float, float, float]:
    """The min_model_prob that best separates event sentences from non-event ones (highest mean of
    the two recalls; the lowest such value), with the event and non-event recall it gives."""
    events, others = event_scores(event_probs, classes), event_scores(none_probs, classes)
    candidates = np.unique(np.concatenate([events, others, [0.0]]))
    best = (-1.0, 0.0, 0.0, 0.0)
    for t in candidates:
        kept, refused = float(np.mean(events >= t)), float(np.mean(others < t))
        if (kept + refused) / 2 > best[0]:
            best = ((kept + refused) / 2, float(t), kept, refused)
    return best[1], best[2], best[3]


def dev_sentences(corpus: Path) -> tuple[list[str], list[str]]:
    """The corpus's dev notes as typer sentences: event notes, then non-event (NONE) notes."""
    from frontwatch.classify.notes import load_coder_prose
    from frontwatch.evaluate.coded_notes import load_coded_notes

    prose = load_coder_prose()
    notes = load_coded_notes(corpus, "dev")
    return ([prose.sentence(n.text) for n in notes if n.label != NONE_LABEL],
            [prose.sentence(n.text) for n in notes if n.label == NONE_LABEL])


def calibrate(model: TyperModel, encoder: SentenceEncoder, corpus: Path, recall: float = EVENT_RECALL) -> TyperModel:
    """The model with its NONE threshold set on the corpus's dev notes (with_threshold)."""
    event_texts, none_texts = dev_sentences(corpus)
    none_probs = model.predict_proba(encoder.encode(none_texts)) if none_texts else None
    return with_threshold(model, model.predict_proba(encoder.encode(event_texts)), none_probs, recall)


def with_threshold(
    model: TyperModel, event_probs: np.ndarray, none_probs: np.ndarray | None, recall: float = EVENT_RECALL
) -> TyperModel:
    """The model with its NONE threshold (meta min_model_prob) set from the typer's probabilities of dev
    notes: the best separation of event and non-event notes when there are non-event (NONE) notes, else
    the value that keeps `recall` of the event notes."""
    from dataclasses import replace

    if none_probs is not None and len(none_probs):
        threshold, kept, refused = balanced_threshold(event_probs, none_probs, model.classes)
        source = f"dev notes, best mean recall: events {kept:.3f}, non-events {refused:.3f}"
    else:
        threshold, source = event_threshold(event_probs, model.classes, recall), f"dev notes, recall {recall}"
    meta = {**model.meta, "min_model_prob": f"{threshold:.4f}", "min_model_prob_from": source}
    return replace(model, meta=meta)
