"""Sparse word and character n-gram features (TF-IDF) and the linear typer over them."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from frontwatch.errors import FrontwatchError

_WORD = re.compile(r"\w\w+|\d")
_CACHED_WORDS = 4096  # words whose n-gram columns are kept (~1.5 MB at most: memory stays flat in a run's length)


@dataclass(frozen=True)
class NgramSpec:
    """Which n-grams a text is cut into: word n-grams and character n-grams within padded words."""

    word_min: int = 1
    word_max: int = 2
    char_min: int = 2
    char_max: int = 5

    def terms(self, text: str) -> list[str]:
        """Every n-gram of the text (lower-cased, NFKC), word n-grams prefixed "w ", char ones "c "."""
        words = self.words(text)
        return self.word_terms(words) + [term for word in words for term in self.char_terms(word)]

    @staticmethod
    def words(text: str) -> list[str]:
        """The text's words, lower-cased (NFKC)."""
        return _WORD.findall(unicodedata.normalize("NFKC", text).lower())

    def word_terms(self, words: list[str]) -> list[str]:
        """The word n-grams of a text's words, prefixed "w "."""
        return ["w " + " ".join(words[i : i + n])
                for n in range(self.word_min, self.word_max + 1) for i in range(len(words) - n + 1)]

    def char_terms(self, word: str) -> list[str]:
        """The character n-grams of one word padded with spaces, prefixed "c "."""
        padded = f" {word} "
        return ["c " + padded[i : i + n] for n in range(self.char_min, self.char_max + 1)
                for i in range(len(padded) - n + 1)]

    def as_string(self) -> str:
        """The spec as `w1-2/c2-5` (model metadata)."""
        return f"w{self.word_min}-{self.word_max}/c{self.char_min}-{self.char_max}"

    @classmethod
    def parse(cls, value: str) -> NgramSpec:
        """Read a spec written by as_string."""
        word, char = value.split("/")
        w0, w1 = word[1:].split("-")
        c0, c1 = char[1:].split("-")
        return cls(int(w0), int(w1), int(c0), int(c1))


@dataclass(frozen=True)
class NgramVectoriser:
    """Maps texts to L2-normalised sublinear TF-IDF rows over a fixed vocabulary."""

    spec: NgramSpec
    vocabulary: dict[str, int]
    idf: np.ndarray
    _columns: dict[str, tuple[int, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def _word_columns(self, word: str) -> tuple[int, ...]:
        """The columns of a word's character n-grams, in order (kept for the last _CACHED_WORDS words: words recur)."""
        found = self._columns.get(word)
        if found is None:
            if len(self._columns) >= _CACHED_WORDS:
                self._columns.clear()
            found = self._columns[word] = tuple(i for i in map(self.vocabulary.get, self.spec.char_terms(word))
                                                if i is not None)
        return found

    def rows(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text, the (column indices, values) of its non-zero features."""
        out = []
        for text in texts:
            words = self.spec.words(text)
            columns = [i for i in map(self.vocabulary.get, self.spec.word_terms(words)) if i is not None]
            counts = Counter(columns + [i for word in words for i in self._word_columns(word)])
            idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            values = (1.0 + np.log(tf)) * self.idf[idx]
            norm = float(np.sqrt((values * values).sum()))
            out.append((idx, values / norm if norm else values))
        return out

    def encode(self, texts: Sequence[str]):  # type: ignore[no-untyped-def]
        """The features of `texts` as a scipy CSR matrix (n x vocabulary)."""
        from scipy.sparse import csr_matrix

        rows = self.rows(texts)
        indptr = np.cumsum([0] + [len(i) for i, _ in rows])
        indices = np.concatenate([i for i, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
        data = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
        return csr_matrix((data, indices, indptr), shape=(len(texts), len(self.vocabulary)))


def fit_vectoriser(texts: Iterable[str], spec: NgramSpec, max_terms: int, min_df: int = 2) -> NgramVectoriser:
    """The `max_terms` most frequent n-grams (document frequency >= min_df) and their smoothed idf."""
    df: Counter[str] = Counter()
    n = 0
    for text in texts:
        df.update(set(spec.terms(text)))
        n += 1
    kept = sorted((t for t, c in df.items() if c >= min_df), key=lambda t: (-df[t], t))[:max_terms]
    kept.sort()
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept])
    return NgramVectoriser(spec, {t: i for i, t in enumerate(kept)}, idf)


def frame_rows(terms: Sequence[Sequence[str]], vocabulary: dict[str, int],
               weight: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per text, the columns of its known frame terms (each once) and their values, of L2 norm `weight`."""
    out = []
    for text_terms in terms:
        idx = np.array(sorted({vocabulary[t] for t in text_terms if t in vocabulary}), dtype=np.int64)
        out.append((idx, np.full(len(idx), weight / np.sqrt(len(idx)) if len(idx) else 0.0)))
    return out


def frame_matrix(terms: Sequence[Sequence[str]], vocabulary: dict[str, int],
                 weight: float):  # type: ignore[no-untyped-def]
    """frame_rows as a scipy CSR matrix (n x vocabulary)."""
    from scipy.sparse import csr_matrix

    rows = frame_rows(terms, vocabulary, weight)
    indptr = np.cumsum([0] + [len(i) for i, _ in rows])
    indices = np.concatenate([i for i, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
    data = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
    return csr_matrix((data, indices, indptr), shape=(len(terms), len(vocabulary)))


def mixed(head_probs: np.ndarray, ngram_probs: np.ndarray, weight: float) -> np.ndarray:
    """The typer's probabilities: (1 - weight) x head + weight x n-gram model (same column order)."""
    return (1.0 - weight) * head_probs + weight * ngram_probs


def gated(head_probs: np.ndarray, ngram_probs: np.ndarray, weight: float, floors: np.ndarray) -> np.ndarray:
    """mixed() where the n-gram model's top probability reaches its top label's floor (floors in column
    order), the head's alone elsewhere."""
    top = ngram_probs.argmax(axis=1)
    heard = (ngram_probs[np.arange(len(top)), top] >= floors[top])[:, None]
    return np.where(heard, mixed(head_probs, ngram_probs, weight), head_probs)


FORMAT_VERSION = 1


@dataclass(frozen=True)
class NgramModel:
    """A multinomial linear model over n-gram TF-IDF rows; weights are int8 with one scale per class."""

    classes: tuple[str, ...]
    vectoriser: NgramVectoriser
    weights: np.ndarray  # int8, classes x vocabulary
    scales: np.ndarray  # float32, one per class
    bias: np.ndarray
    meta: dict[str, str]
    frame_vocabulary: dict[str, int] = field(default_factory=dict)  # frame terms, columns after the n-grams
    frame_weight: float = 0.0  # L2 norm of a text's frame-term block beside its unit n-gram row

    @property
    def reads_frames(self) -> bool:
        """Whether the model weighs frame terms (classify/frame_terms.py) beside the n-grams."""
        return bool(self.frame_vocabulary)

    def predict_proba(self, texts: Sequence[str], frame_terms: Sequence[Sequence[str]] | None = None) -> np.ndarray:
        """Class probabilities (n x classes) of `texts` (with each text's frame terms, for a model that reads them)."""
        logits = np.tile(self.bias.astype(np.float64), (len(texts), 1))
        rows = self.vectoriser.rows(texts)
        if self.reads_frames and frame_terms is not None:
            shift = len(self.vectoriser.vocabulary)
            rows = [(np.concatenate([idx, fidx + shift]), np.concatenate([values, fvalues]))
                    for (idx, values), (fidx, fvalues) in zip(
                        rows, frame_rows(frame_terms, self.frame_vocabulary, self.frame_weight), strict=True)]
        for row, (idx, values) in enumerate(rows):
            logits[row] += (self.weights[:, idx].astype(np.float64) @ values) * self.scales
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        """Write the model as a compressed .npz (terms as one newline-joined string; no pickle)."""
        terms = sorted(self.vectoriser.vocabulary, key=self.vectoriser.vocabulary.__getitem__)
        keys = sorted(self.meta)
        frames: dict[str, Any] = {"frame_weight": np.array(self.frame_weight), "frame_terms": np.array("\n".join(
            sorted(self.frame_vocabulary, key=self.frame_vocabulary.__getitem__)))} if self.reads_frames else {}
        np.savez_compressed(  # type: ignore[arg-type]
            path, format_version=np.array(FORMAT_VERSION), classes=np.array(self.classes, dtype=str),
            spec=np.array(self.vectoriser.spec.as_string()), terms=np.array("\n".join(terms)),
            idf=self.vectoriser.idf.astype(np.float32), weights=self.weights.astype(np.int8),
            scales=self.scales.astype(np.float32), bias=self.bias.astype(np.float32),
            meta_keys=np.array(keys, dtype=str), meta_values=np.array([self.meta[k] for k in keys], dtype=str),
            **frames,
        )


def quantised(coef: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 weights and per-row scales with coef ~ weights * scales[:, None]."""
    scales = np.abs(coef).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    return np.round(coef / scales[:, None]).astype(np.int8), scales.astype(np.float32)


def load_ngram_model(path: Path) -> NgramModel:
    """Read a model written by NgramModel.save (numpy only, pickle disabled)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if int(data["format_version"]) != FORMAT_VERSION:
                raise FrontwatchError(f"{path}: n-gram model format {int(data['format_version'])}, "
                                      f"expected {FORMAT_VERSION}; rebuild it with `frontwatch train-typer`")
            terms = str(data["terms"]).split("\n") if str(data["terms"]) else []  # none: frame terms alone
            vectoriser = NgramVectoriser(NgramSpec.parse(str(data["spec"])), {t: i for i, t in enumerate(terms)},
                                         data["idf"].astype(np.float64))
            keys, values = (str(k) for k in data["meta_keys"]), (str(v) for v in data["meta_values"])
            frames = str(data["frame_terms"]).split("\n") if "frame_terms" in data else []
            return NgramModel(tuple(str(c) for c in data["classes"]), vectoriser, data["weights"],
                              data["scales"], data["bias"], dict(zip(keys, values, strict=True)),
                              {t: i for i, t in enumerate(t for t in frames if t)},
                              float(data["frame_weight"]) if "frame_weight" in data else 0.0)
    except (OSError, KeyError, ValueError) as exc:
        raise FrontwatchError(f"{path}: cannot read the n-gram typer ({exc}); rebuild it with "
                              "`frontwatch train-typer`") from exc
