"""Hybrid sentence typer: trigger rules boost the learned model's log-probabilities."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

import numpy as np
from spacy.tokens import Span

from frontwatch.classify.embed import MAX_TOKENS, SentenceEncoder, load_encoder, load_encoder_file
from frontwatch.classify.model import DEFAULT_MODEL_FILE, TyperModel, load_model
from frontwatch.classify.ngrams import NgramModel, gated, load_ngram_model
from frontwatch.classify.rules import RuleMatch, RuleTyper, load_rules
from frontwatch.errors import FrontwatchError
from frontwatch.taxonomy import NONE_LABEL, Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from frontwatch.classify.frame_terms import FrameTermReader

Mode = Literal["hybrid", "rules", "model"]


@dataclass(frozen=True)
class TypedSentence:
    """The event type of one sentence: a CASE code or "NONE", with its evidence.

    `probs` is the distribution the label was chosen from: the model's probabilities with
    the trigger rules' bonuses applied and renormalised (NONE at 0 when forced); in mode
    "rules" it puts 1.0 on the winning trigger's label. Readers use it to weigh sub-types
    of one predicate class against each other.
    """

    label: str  # CASE code or "NONE"
    event_type: str | None
    sub_event_type: str | None
    score: float
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    layer: str  # "rules" | "model" | "both" | "none"
    probs: dict[str, float] = field(default_factory=dict)  # every label code (and NONE) -> probability

    @property
    def is_acled(self) -> bool:
        """True when the label is one of the 25 ACLED sub-event types."""
        return self.event_type is not None


@dataclass(frozen=True)
class HybridConfig:
    """How rules and model are combined (values chosen by cross-validation, see bench/)."""

    rule_best_bonus: float = 1.5  # added to log p(label) of the winning trigger's label
    rule_any_bonus: float = 0.5  # added to log p(label) of every label whose trigger fired
    min_model_prob: float = 0.5  # no trigger fired: below this model probability -> NONE (a model's
    # meta "min_model_prob", set on the corpus's dev notes by train-typer, overrides it)
    min_score: float = 0.0  # any label: below this combined score -> NONE


def parse_floors(text: str) -> dict[str, float]:
    """The n-gram floors of a model's metadata (`LABEL value` pairs joined by ";")."""
    return {label: float(value) for label, value in (item.split() for item in text.split(";") if item.strip())}


class SentenceTyper:
    """Types sentences with trigger rules, the embedding model, or both (default)."""

    def __init__(
        self,
        rules: RuleTyper,
        model: TyperModel,
        encoder: SentenceEncoder | Callable[[], SentenceEncoder],
        taxonomy: Taxonomy,
        config: HybridConfig = HybridConfig(),
        ngrams: NgramModel | None = None,
        ngram_weight: float = 0.0,
        ngram_floors: dict[str, float] | None = None,
        head_below: float = float("inf"),
    ) -> None:
        self.rules = rules
        self.model = model
        # the encoder, or what loads it on first use (the n-gram model alone never needs it)
        self._encoder = cast(SentenceEncoder, encoder) if hasattr(encoder, "encode") else None
        self._load_encoder = None if self._encoder is not None else cast(Callable[[], SentenceEncoder], encoder)
        self.taxonomy = taxonomy
        self.config = config
        self._index = {c: i for i, c in enumerate(model.classes)}
        self.ngrams = ngrams if ngram_weight > 0 else None
        self.ngram_weight = ngram_weight
        self.ngram_floors = dict(ngram_floors or {})  # label -> the n-gram model's least trusted top probability
        self._floors = np.array([self.ngram_floors.get(c, 0.0) for c in model.classes])
        self.head_below = head_below  # the head (and encoder) runs only where the n-gram top probability is lower
        if self.ngrams is not None and set(self.ngrams.classes) != set(model.classes):
            raise FrontwatchError("the n-gram model and the embedding head type different label sets")
        self._ngram_columns = [self.ngrams.classes.index(c) for c in model.classes] if self.ngrams else []
        self.frame_reader: FrameTermReader | None = None  # set on first use by a model that reads frame terms

    @property
    def encoder(self) -> SentenceEncoder:
        """The sentence encoder, loaded on first use."""
        if self._encoder is None:
            self._encoder = cast(Callable[[], SentenceEncoder], self._load_encoder)()
        return self._encoder

    @property
    def uses_encoder(self) -> bool:
        """Whether typing runs the encoder (not for the n-gram model alone)."""
        return self.ngrams is None or self.ngram_weight < 1.0

    @classmethod
    def load(cls, model_path: Path | None = None, config: HybridConfig | None = None) -> SentenceTyper:
        """Load the packaged rules, the model at `model_path` (packaged one by default) and what loads its
        encoder on first use (a fine-tuned model names its own ONNX file, looked up beside the model)."""
        path = Path(model_path or DEFAULT_MODEL_FILE)
        model = load_model(path)
        encoder_file = model.meta.get("encoder_file")
        max_tokens = int(model.meta.get("max_tokens", MAX_TOKENS))

        def encoder() -> SentenceEncoder:
            return load_encoder_file(path.parent / encoder_file, max_tokens) if encoder_file else load_encoder()

        if config is None and "min_model_prob" in model.meta:
            config = HybridConfig(min_model_prob=float(model.meta["min_model_prob"]))
        ngram_file = model.meta.get("ngram_file")
        return cls(
            rules=load_rules(),
            model=model,
            encoder=encoder,
            taxonomy=load_taxonomy(),
            config=config or HybridConfig(),
            ngrams=load_ngram_model(path.parent / ngram_file) if ngram_file else None,
            ngram_weight=float(model.meta.get("ngram_weight", "0")),
            ngram_floors=parse_floors(model.meta.get("ngram_floors", "")),
            head_below=float(model.meta.get("head_below", "inf")),
        )

    def frame_terms(self, texts: Sequence[str], spans: Sequence[Span] | None) -> list[list[str]] | None:
        """The texts' frame terms when the n-gram model reads them: of `spans` (the texts' sentences in Docs of the
        reading pipeline) when given, else of the texts parsed here."""
        if self.ngrams is None or not self.ngrams.reads_frames:
            return None
        if self.frame_reader is None:
            from frontwatch.classify.frame_terms import FrameTermReader

            self.frame_reader = FrameTermReader()
        return self.frame_reader.of_spans(spans) if spans is not None else self.frame_reader.of_texts(texts)

    def model_probs(self, texts: Sequence[str], embeddings: np.ndarray | None = None,
                    spans: Sequence[Span] | None = None) -> np.ndarray:
        """The learned layer's label probabilities (n x model.classes): the embedding head's, averaged
        with the n-gram model's (weight `ngram_weight`) where that model's top probability reaches its
        label's floor (`ngram_floors`; weight 1: the n-gram model alone, no encoder runs); rows whose
        n-gram top probability reaches `head_below` keep the n-gram model's alone (the encoder skips them)."""
        if self.ngrams is None:
            return self.model.predict_proba(self.encoder.encode(list(texts)) if embeddings is None else embeddings)
        ngram_probs = self.ngrams.predict_proba(texts, self.frame_terms(texts, spans))[:, self._ngram_columns]
        if not self.uses_encoder:
            return ngram_probs
        unsure = np.flatnonzero(ngram_probs.max(axis=1) < self.head_below)
        if unsure.size == 0:
            return ngram_probs
        vectors = self.encoder.encode([texts[int(i)] for i in unsure]) if embeddings is None else embeddings[unsure]
        probs = ngram_probs.copy()
        probs[unsure] = gated(self.model.predict_proba(vectors), ngram_probs[unsure], self.ngram_weight,
                              self._floors)
        return probs

    def classify(
        self,
        texts: Sequence[str],
        mode: Mode = "hybrid",
        embeddings: np.ndarray | None = None,
        forced: bool = False,
        spans: Sequence[Span] | None = None,
    ) -> list[TypedSentence]:
        """Type each text: a CASE code, or NONE when no event is recognised.

        `forced=True` always picks an event label when the model runs (for data such as
        CASE 2021 where every snippet holds one event); `embeddings` (one row per text,
        from self.encoder) may be passed to skip encoding; `spans` (the texts as sentences of Docs the
        reading pipeline made) give a model that reads frame terms the frames already read.
        """
        matches = [self.rules.matches(t) for t in texts] if mode != "model" else [[] for _ in texts]
        if mode == "rules":
            return [self._from_rule(ms[0]) if ms else self._none(0.0, self._certain(NONE_LABEL)) for ms in matches]
        if not texts:
            return []
        probs = self.model_probs(texts, embeddings, spans)
        return [self._located(t, self._combine(p, ms, forced)) for t, p, ms in zip(texts, probs, matches, strict=False)]

    def _located(self, text: str, typed: TypedSentence) -> TypedSentence:
        """A label the model chose alone gets the position of that label's trigger words, if any."""
        if typed.trigger_start is not None or typed.label == NONE_LABEL:
            return typed
        match = self.rules.locate(text, typed.label)
        if match is None:
            return typed
        return replace(typed, trigger=match.trigger, trigger_start=match.start, trigger_end=match.end)

    def _combine(self, probs: np.ndarray, matches: list[RuleMatch], forced: bool) -> TypedSentence:
        cfg = self.config
        scores = np.log(probs + 1e-9)
        if forced and NONE_LABEL in self._index:
            scores[self._index[NONE_LABEL]] = -np.inf
        if matches:
            best = matches[0].label
            if best in self._index:
                scores[self._index[best]] += cfg.rule_best_bonus
            for label in {m.label for m in matches}:
                if label in self._index:
                    scores[self._index[label]] += cfg.rule_any_bonus
        combined = np.exp(scores - scores.max())
        combined /= combined.sum()
        dist = {c: float(p) for c, p in zip(self.model.classes, combined, strict=True)}
        k = int(np.argmax(combined))
        label = self.model.classes[k]
        model_top = self.model.classes[int(np.argmax(probs))]
        fired = next((m for m in matches if m.label == label), None)
        if label == NONE_LABEL:
            return self._none(float(combined[k]), dist)
        if not forced and fired is None and probs[k] < cfg.min_model_prob:
            return self._none(float(probs[self._index.get(NONE_LABEL, k)]), dist)
        if not forced and combined[k] < cfg.min_score:
            return self._none(float(combined[k]), dist)
        layer = "model" if fired is None else ("both" if model_top == label else "rules")
        return self._typed(label, float(combined[k]), fired, layer, dist)

    def _from_rule(self, match: RuleMatch) -> TypedSentence:
        return self._typed(match.label, match.priority / 100.0, match, "rules", self._certain(match.label))

    def _certain(self, label: str) -> dict[str, float]:
        return {c: float(c == label) for c in (*self.model.classes, label)}

    def _typed(
        self, label: str, score: float, match: RuleMatch | None, layer: str, probs: dict[str, float]
    ) -> TypedSentence:
        code = self.taxonomy.get(label)
        return TypedSentence(
            label=label,
            event_type=code.event_type,
            sub_event_type=code.sub_event_type,
            score=score,
            trigger=match.trigger if match else None,
            trigger_start=match.start if match else None,
            trigger_end=match.end if match else None,
            layer=layer,
            probs=probs,
        )

    @staticmethod
    def _none(score: float, probs: dict[str, float]) -> TypedSentence:
        return TypedSentence(NONE_LABEL, None, None, score, None, None, None, "none", probs)
