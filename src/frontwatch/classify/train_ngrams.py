"""Fit the n-gram TF-IDF typer on the corpus and pair it with an embedding head (probability average)."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from frontwatch.classify.model import TyperModel, load_model
from frontwatch.classify.ngrams import (
    NgramModel,
    NgramSpec,
    fit_vectoriser,
    frame_matrix,
    gated,
    mixed,
    quantised,
)
from frontwatch.classify.train import (
    _digest,
    corpus_examples,
    dev_sentences,
    drawn_notes,
    read_all,
    with_threshold,
)
from frontwatch.taxonomy import NONE_LABEL


@dataclass(frozen=True)
class NgramConfig:
    """The n-gram model's recipe and the mixing weights tried on the corpus's dev notes."""

    cap_per_label: int = 2000  # train-split notes per label (seeded draw)
    own_weight: float = 5.0  # weight of an own sentence against a corpus note
    balanced: bool = True  # class weights inverse to label frequency in the draw
    c: float = 8.0
    max_terms: int = 80000
    min_df: int = 2
    spec: NgramSpec = field(default_factory=NgramSpec)
    mix_weights: tuple[float, ...] = (0.3, 0.5, 0.7, 0.9)  # (1.0,): the n-gram model alone, the head unused
    trusted_precision: float = 0.9  # the n-gram model is heard where its dev-note precision for its label reaches this
    frame_weight: float = 0.0  # > 0: frame terms (classify/frame_terms.py) beside the n-grams, their block's L2 norm


TermsOf = Callable[[Sequence[str]], list[list[str]]]


def read_frame_terms(texts: Sequence[str]) -> list[list[str]]:
    """The frame terms of texts parsed with the reading pipeline (the default TermsOf)."""
    from frontwatch.classify.frame_terms import FrameTermReader

    return FrameTermReader().of_texts(texts)


def fit_ngram_model(corpus: Path, own_files: Sequence[Path], seed: int, config: NgramConfig,
                    terms_of: TermsOf = read_frame_terms) -> NgramModel:
    """Logistic regression over n-gram TF-IDF of the drawn train notes and the own sentences (and, with
    config.frame_weight, their frame terms of document frequency >= min_df)."""
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    notes, _ = corpus_examples(Path(corpus), config.cap_per_label, seed)
    own = read_all(own_files)
    texts = [t for t, _ in notes] + [ex.text for ex in own]
    labels = np.asarray([lab for _, lab in notes] + [ex.label for ex in own])
    weights = np.concatenate([np.ones(len(notes)), np.full(len(own), config.own_weight)])
    vectoriser = fit_vectoriser(texts, config.spec, config.max_terms, config.min_df)
    clf = LogisticRegression(C=config.c, max_iter=3000, random_state=seed,
                             class_weight="balanced" if config.balanced else None)
    features, frame_vocabulary = vectoriser.encode(texts), {}
    if config.frame_weight > 0:
        terms = terms_of(texts)
        df = Counter(t for row in terms for t in set(row))
        frame_vocabulary = {t: i for i, t in enumerate(sorted(t for t, n in df.items() if n >= config.min_df))}
        features = hstack([features, frame_matrix(terms, frame_vocabulary, config.frame_weight)]).tocsr()
    clf.fit(features, labels, sample_weight=weights)
    coef, scales = quantised(clf.coef_)
    meta = {"train_corpus": Path(corpus).name, "train_corpus_sha256_16": _digest([Path(corpus)]),
            "train_files": ";".join(Path(p).name for p in own_files), "seed": str(seed),
            "n_examples": str(len(texts)), "recipe": repr(config)}
    return NgramModel(tuple(str(c) for c in clf.classes_), vectoriser, coef, scales,
                      clf.intercept_.astype(np.float32), meta, frame_vocabulary, config.frame_weight)


def best_weight(head_probs: np.ndarray, ngram_probs: np.ndarray, gold: Sequence[str], classes: Sequence[str],
                weights: Sequence[float]) -> tuple[float, dict[float, float]]:
    """The mixing weight whose event-label choice (NONE left out) has the highest weighted F1 on `gold`."""
    from frontwatch.evaluate.case import score_labels

    events = np.array([c != NONE_LABEL for c in classes])
    figures = {}
    for weight in weights:
        probs = np.where(events, mixed(head_probs, ngram_probs, weight), -1.0)
        figures[weight] = score_labels(list(gold), [classes[k] for k in probs.argmax(axis=1)]).weighted_f1
    return max(weights, key=lambda w: (figures[w], -w)), figures


def confidence_floor(probs: np.ndarray, gold: Sequence[str], classes: Sequence[str], precision: float) -> float:
    """The lowest top probability above which the model's top labels on `gold` reach `precision`
    (1.0 when they never do)."""
    top = probs.max(axis=1)
    right = np.array([classes[k] == g for k, g in zip(probs.argmax(axis=1), gold, strict=True)])
    order = np.argsort(-top)
    running = np.cumsum(right[order]) / np.arange(1, len(order) + 1)
    reached = np.flatnonzero(running >= precision)
    return float(top[order][reached[-1]]) if len(reached) else 1.0


def label_floors(probs: np.ndarray, gold: Sequence[str], classes: Sequence[str], precision: float) -> np.ndarray:
    """Per label, confidence_floor over the notes the model gives that label (1.0 for a label it never gives)."""
    top = probs.argmax(axis=1)
    floors = np.ones(len(classes))
    for k in range(len(classes)):
        rows = np.flatnonzero(top == k)
        if len(rows):
            floors[k] = confidence_floor(probs[rows], [gold[int(i)] for i in rows], classes, precision)
    return floors


def floors_text(classes: Sequence[str], floors: np.ndarray) -> str:
    """Floors as model metadata: `LABEL value` pairs joined by ";"."""
    return ";".join(f"{c} {f:.4f}" for c, f in zip(classes, floors, strict=True))


def train_ensemble(
    corpus: Path, own_files: Sequence[Path], out_path: Path, head_path: Path, seed: int = 0,
    config: NgramConfig = NgramConfig(), manifest: Path | None = None, base_manifest: Path | None = None,
    terms_of: TermsOf = read_frame_terms,
) -> TyperModel:
    """Fit the n-gram model, pair it with the head at `head_path` (its encoder copied beside `out_path`),
    choose the mixing weight (config.mix_weights; (1.0,): the n-gram model alone, no encoder runs) and the
    NONE threshold on the corpus's dev notes, and write
    `<out>.npz` (the head, naming the others) and `<out>_ngrams.npz`. `manifest` receives the notes the
    n-gram model was fitted on, with the lines of `base_manifest` (the head's own notes) added."""
    from frontwatch.classify.embed import MAX_TOKENS, load_encoder, load_encoder_file
    from frontwatch.evaluate.coded_notes import load_coded_notes

    out_path, head_path = Path(out_path), Path(head_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    head = load_model(head_path)
    encoder_file = head.meta.get("encoder_file")
    if encoder_file and head_path.parent.resolve() != out_path.parent.resolve():
        shutil.copyfile(head_path.parent / encoder_file, out_path.parent / encoder_file)
    ngrams = fit_ngram_model(corpus, own_files, seed, config, terms_of)
    ngram_path = out_path.with_name(out_path.stem + "_ngrams.npz")
    ngrams.save(ngram_path)
    columns = [ngrams.classes.index(c) for c in head.classes]
    event_texts, none_texts = dev_sentences(Path(corpus))
    gold = [n.label for n in load_coded_notes(Path(corpus), "dev") if n.label != NONE_LABEL]
    frames = terms_of(event_texts + none_texts) if ngrams.reads_frames else None
    ngram_probs = ngrams.predict_proba(event_texts, frames and frames[: len(event_texts)])[:, columns]
    none_ngram = ngrams.predict_proba(none_texts, frames and frames[len(event_texts):])[:, columns] if (
        none_texts) else np.zeros((0, len(columns)))
    meta = {**head.meta, "ngram_file": ngram_path.name, "head_from": head_path.name,
            "ngram_n_examples": ngrams.meta["n_examples"]}
    if config.mix_weights == (1.0,):  # the n-gram model alone: no encoder runs, no floors
        meta = {k: v for k, v in meta.items() if not k.startswith("ngram_floors")}
        meta |= {"ngram_weight": "1", "ngram_weight_from": "fixed (the n-gram model alone)"}
        model = with_threshold(replace(head, meta=meta), ngram_probs, none_ngram if none_texts else None)
        model.save(out_path)
        _write_manifest(corpus, config, seed, manifest, base_manifest)
        return model
    encoder = load_encoder_file(out_path.parent / encoder_file, int(head.meta.get("max_tokens", MAX_TOKENS))) \
        if encoder_file else load_encoder()
    head_probs = head.predict_proba(encoder.encode(event_texts))
    weight, figures = best_weight(head_probs, ngram_probs, gold, head.classes, config.mix_weights)
    floors = label_floors(np.vstack([ngram_probs, none_ngram]), gold + [NONE_LABEL] * len(none_texts),
                          head.classes, config.trusted_precision)
    none_probs = None
    if none_texts:
        none_probs = gated(head.predict_proba(encoder.encode(none_texts)), none_ngram, weight, floors)
    meta |= {"ngram_weight": f"{weight:g}",
             "ngram_weight_from": "dev notes, weighted F1: " + ", ".join(f"{w:g} {f:.3f}" for w, f in figures.items()),
             "ngram_floors": floors_text(head.classes, floors),
             "ngram_floors_from": f"dev notes, n-gram precision {config.trusted_precision} per label"}
    model = with_threshold(replace(head, meta=meta), gated(head_probs, ngram_probs, weight, floors), none_probs)
    model.save(out_path)
    _write_manifest(corpus, config, seed, manifest, base_manifest)
    return model


def _write_manifest(corpus: Path, config: NgramConfig, seed: int, manifest: Path | None,
                    base_manifest: Path | None) -> None:
    """The notes the n-gram model was fitted on, with the lines of `base_manifest` added."""
    if manifest is None:
        return
    from frontwatch.classify.train import write_manifest

    write_manifest(drawn_notes(Path(corpus), config.cap_per_label, seed)[0], manifest)
    if base_manifest is not None:
        lines = set(Path(manifest).read_text(encoding="utf-8").splitlines())
        lines |= set(Path(base_manifest).read_text(encoding="utf-8").splitlines())
        Path(manifest).write_text("\n".join(sorted(lines - {""})) + "\n", encoding="utf-8")
