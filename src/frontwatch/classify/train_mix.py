"""The typer of session 18: a head over stock int8 MiniLM vectors averaged with the packaged n-gram model."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from frontwatch.classify.embed import SentenceEncoder, load_encoder
from frontwatch.classify.model import TyperModel
from frontwatch.classify.ngrams import load_ngram_model, mixed
from frontwatch.classify.train import DEFAULT_C, ENCODER_ID, balanced_threshold, drawn_notes, read_labelled
from frontwatch.evaluate.case import case_half, load_case_tsv
from frontwatch.taxonomy import NONE_LABEL

if TYPE_CHECKING:
    from frontwatch.evaluate.coded_notes import CodedNote


@dataclass(frozen=True)
class MixConfig:
    """How the head is fitted and paired (the packaged model's recipe)."""

    cap_per_label: int = 500  # train-split notes per label (seeded draw, de-duplicated by sentence)
    own_weight: float = 5.0  # weight of a sentence of FILES or of the CASE study half against a corpus note
    ngram_weight: float = 0.5  # the n-gram model's share of the averaged probabilities
    head_share: float = 1.0  # share of dev notes the head is consulted for: those the n-gram model is least sure of
    dev_cap: int = 300  # dev notes per label the NONE threshold and the head's cut are set on (seeded draw)
    dev_seed: int = 7
    c: float = DEFAULT_C


def cached_encode(encoder: SentenceEncoder, texts: Sequence[str], cache_dir: Path | None) -> np.ndarray:
    """The encoder's vectors of `texts`, kept in `cache_dir` under a hash of the texts (none: always encoded)."""
    if cache_dir is None:
        return encoder.encode(list(texts))
    path = Path(cache_dir) / f"minilm-{hashlib.sha256(chr(10).join(texts).encode('utf-8')).hexdigest()[:16]}.npy"
    if path.exists():
        return np.load(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    vectors = encoder.encode(list(texts))
    np.save(path, vectors)
    return vectors


def _sentences(notes: Sequence[CodedNote]) -> tuple[list[CodedNote], list[str], list[str]]:
    """The notes whose news-like sentence is new (the first note of a sentence kept), their sentences and labels."""
    from frontwatch.classify.notes import load_coder_prose

    prose, seen = load_coder_prose(), set()
    kept: list[CodedNote] = []
    texts: list[str] = []
    labels: list[str] = []
    for note in notes:
        text = prose.sentence(note.text)
        if text not in seen:
            seen.add(text)
            kept.append(note)
            texts.append(text)
            labels.append(note.label)
    return kept, texts, labels


def head_cut(ngram_probs: np.ndarray, share: float) -> float:
    """The n-gram top probability below which `share` of the rows fall (share 1: every row)."""
    if share >= 1.0:
        return float("inf")
    return float(np.quantile(ngram_probs.max(axis=1), share))


def cascaded(head_probs: np.ndarray, ngram_probs: np.ndarray, weight: float, cut: float) -> np.ndarray:
    """The typer's probabilities: the mix where the n-gram top probability is below `cut`, the n-gram model's
    elsewhere."""
    unsure = (ngram_probs.max(axis=1) < cut)[:, None]
    return np.where(unsure, mixed(head_probs, ngram_probs, weight), ngram_probs)


def dev_draw(corpus: Path, cap_per_label: int, seed: int) -> list[CodedNote]:
    """Up to `cap_per_label` dev-split notes per label (seeded), non-event notes included."""
    return drawn_notes(corpus, cap_per_label, seed, split="dev")[0]


def train_stock_mix(
    corpus: Path, own_files: Sequence[Path], case_file: Path | None, out_path: Path, ngram_path: Path,
    seed: int = 0, config: MixConfig = MixConfig(), manifest: Path | None = None, cache_dir: Path | None = None,
) -> TyperModel:
    """Fit the head on drawn train notes, the sentences of `own_files` and the study half of `case_file`
    (both weighted config.own_weight), pair it with the n-gram model at `ngram_path` (copied beside
    `out_path`), set the NONE threshold on drawn dev notes and write the model (and `manifest`)."""
    from sklearn.linear_model import LogisticRegression

    from frontwatch.classify.train import write_manifest

    ngrams = load_ngram_model(Path(ngram_path))
    classes = sorted(ngrams.classes)
    notes, texts, labels = _sentences(drawn_notes(Path(corpus), config.cap_per_label, seed)[0])
    extra = [(s.text, s.label) for s in case_half(load_case_tsv(Path(case_file)), "study")] if case_file else []
    extra += [(ex.text, ex.label) for path in own_files for ex in read_labelled(Path(path))]
    encoder = load_encoder()
    x = cached_encode(encoder, texts + [t for t, _ in extra], cache_dir)
    y = np.array([classes.index(label) for label in labels + [label for _, label in extra]])
    weights = np.concatenate([np.ones(len(texts)), np.full(len(extra), config.own_weight)])
    head = LogisticRegression(C=config.c, max_iter=500, class_weight="balanced").fit(x, y, sample_weight=weights)
    coef, bias = np.zeros((len(classes), x.shape[1])), np.full(len(classes), -30.0)  # a label never seen: never typed
    coef[head.classes_], bias[head.classes_] = head.coef_, head.intercept_
    model = TyperModel(tuple(classes), coef.astype(np.float32), bias.astype(np.float32), ENCODER_ID, {})
    _, dev_texts, dev_labels = _sentences(dev_draw(Path(corpus), config.dev_cap, config.dev_seed))
    columns = [ngrams.classes.index(c) for c in classes]
    w = config.ngram_weight
    dev_ngram = ngrams.predict_proba(dev_texts)[:, columns]
    cut = head_cut(dev_ngram, config.head_share)
    probs = cascaded(model.predict_proba(cached_encode(encoder, dev_texts, cache_dir)), dev_ngram, w, cut)
    is_none = np.array([label == NONE_LABEL for label in dev_labels])
    threshold, kept, refused = balanced_threshold(probs[~is_none], probs[is_none], classes)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if Path(ngram_path).resolve() != out_path.with_name(Path(ngram_path).name).resolve():
        shutil.copyfile(ngram_path, out_path.with_name(Path(ngram_path).name))
    meta = {
        "head": f"logistic regression on stock int8 MiniLM vectors, C={config.c}, balanced class weights, "
                f"own sentences and the CASE study half x{config.own_weight}",
        "n_examples": str(len(y)), "cap_per_label": str(config.cap_per_label), "seed": str(seed),
        "train_corpus": Path(corpus).name,
        "train_corpus_sha256_16": hashlib.sha256(Path(corpus).read_bytes()).hexdigest()[:16],
        "train_files": ";".join([Path(p).name for p in own_files] + ([f"{Path(case_file).name}:study"] if case_file
                                                                       else [])),
        "ngram_file": Path(ngram_path).name, "ngram_n_examples": ngrams.meta.get("n_examples", ""),
        "ngram_weight": f"{w:g}",
        "ngram_weight_from": "chosen on the CASE check half and the corpus's heldout notes (session 18)",
        "head_below": f"{cut:.4f}",
        "head_below_from": f"dev notes (<= {config.dev_cap} per label): the n-gram top probability under which "
                           f"{config.head_share:g} of them fall (the encoder's cost budget)",
        "min_model_prob": f"{threshold:.4f}",
        "min_model_prob_from": f"dev notes (<= {config.dev_cap} per label), best mean recall: events {kept:.3f}, "
                               f"non-events {refused:.3f}",
    }
    model = TyperModel(model.classes, model.weights, model.bias, ENCODER_ID, meta)
    model.save(out_path)
    if manifest is not None:
        write_manifest(notes, manifest)
    return model
