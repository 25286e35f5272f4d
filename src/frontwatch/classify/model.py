"""The learned layer: a softmax (multinomial logistic) classifier over sentence embeddings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from frontwatch.errors import FrontwatchError

DEFAULT_MODEL_FILE = Path(__file__).parents[1] / "data" / "event_typer.npz"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class TyperModel:
    """Weights (classes x dim), bias and class names, plus how the weights were made."""

    classes: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    encoder: str
    meta: dict[str, str] = field(default_factory=dict)

    def predict_proba(self, embeddings: np.ndarray) -> np.ndarray:
        """Class probabilities (n x classes) for embeddings (n x dim)."""
        logits = embeddings.astype(np.float64) @ self.weights.T.astype(np.float64) + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        """Write the model as a small .npz (no pickle)."""
        keys = sorted(self.meta)
        np.savez_compressed(
            path,
            format_version=np.array(FORMAT_VERSION),
            classes=np.array(self.classes, dtype=str),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            encoder=np.array(self.encoder),
            meta_keys=np.array(keys, dtype=str),
            meta_values=np.array([self.meta[k] for k in keys], dtype=str),
        )


def load_model(path: Path = DEFAULT_MODEL_FILE) -> TyperModel:
    """Read a model written by TyperModel.save (numpy only, pickle disabled)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            version = int(data["format_version"])
            if version != FORMAT_VERSION:
                raise FrontwatchError(
                    f"{path}: model format {version}, expected {FORMAT_VERSION}; "
                    "rebuild it with `frontwatch train-typer`"
                )
            keys, values = (str(k) for k in data["meta_keys"]), (str(v) for v in data["meta_values"])
            return TyperModel(
                classes=tuple(str(c) for c in data["classes"]),
                weights=data["weights"],
                bias=data["bias"],
                encoder=str(data["encoder"]),
                meta=dict(zip(keys, values, strict=True)),
            )
    except (OSError, KeyError, ValueError) as exc:
        raise FrontwatchError(
            f"{path}: cannot read the event-typer model ({exc}); rebuild it with `frontwatch train-typer`"
        ) from exc
