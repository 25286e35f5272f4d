"""Who does what to whom, as typer features: the frame layer's predicates and their role kinds, read off a parsed
sentence (no extra parse) as terms such as `cls=shoot`, `cls=shoot|agent=state|patient=protesters`, `neg`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Span, Token

from frontwatch.extract.arguments import NOUN_KINDS, stand_ins
from frontwatch.reading.model import Frame, frames_of
from frontwatch.reading.pipeline import actor_registry, reading_pipeline
from frontwatch.resolve.actors import ActorRegistry

INTER_KINDS = {1: "state", 2: "rebels", 3: "polmil", 4: "idmil", 5: "rioters", 6: "protesters", 7: "civilians",
               8: "other"}  # ACLED interaction codes
ROLES = ("agent", "patient", "counterpart", "instrument")


def filler_kinds(token: Token, registry: ActorRegistry) -> set[str]:
    """What a role filler is: its actor's ACLED interaction group, and the argument word kinds of its noun."""
    kinds: set[str] = set()
    for near in stand_ins(token):
        named = [m.actor for m in near.doc._.actor_mentions or [] if m.start <= near.idx < m.end]
        actor = named[0] if named else registry.generic(near.lower_, None) or registry.generic(near.lemma_, None)
        if actor is not None:
            kinds.add(INTER_KINDS.get(actor.inter_code, "other"))
        kinds |= {kind for kind, words in NOUN_KINDS.items() if {near.lower_, near.lemma_.lower()} & words}
        if near.ent_type_ in {"GPE", "LOC", "FAC"}:
            kinds.add("ground")
        elif near.ent_type_ == "PERSON":
            kinds.add("person")
    return kinds or {"thing"}


def frame_terms(frame: Frame, registry: ActorRegistry) -> list[str]:
    """The terms of one frame: its class and lemma, each role's kinds alone and with the class, the class with its
    agent and patient kinds together, its negation and modality."""
    cls = frame.cls
    terms = [f"cls={cls}", f"lemma={frame.predicate.lemma_.lower()}", f"{cls}|{frame.modality}"]
    if not frame.stated:
        terms.append(f"{cls}|neg")
    sides: dict[str, set[str]] = {}
    for role in ROLES:
        fillers = frame.roles.get(role, [])
        sides[role] = set().union(*(filler_kinds(t, registry) for t in fillers)) if fillers else {"none"}
        terms += [f"{role}={k}" for k in sides[role]] + [f"{cls}|{role}={k}" for k in sides[role]]
    terms += [f"{cls}|agent={a}|patient={p}" for a in sides["agent"] for p in sides["patient"]]
    return terms


def span_terms(span: Span, registry: ActorRegistry) -> list[str]:
    """The frame terms of every frame told in a span of a Doc the reading pipeline made ("noframe" for none)."""
    inside = [f for f in frames_of(span.doc) if span.start <= f.predicate.i < span.end]
    return [term for frame in inside for term in frame_terms(frame, registry)] or ["noframe"]


class FrameTermReader:
    """Frame terms of sentences: of spans of Docs the reading pipeline made (the extractor's, no extra parse), or of
    texts it parses itself (benches, `frontwatch classify`)."""

    def __init__(self, nlp: Language | None = None, registry: ActorRegistry | None = None) -> None:
        self._nlp = nlp
        self.registry = registry or (actor_registry(nlp) if nlp is not None else ActorRegistry.load())

    def of_spans(self, spans: Sequence[Span]) -> list[list[str]]:
        """Each span's frame terms."""
        return [span_terms(span, self.registry) for span in spans]

    def parse(self, texts: Sequence[str]) -> list[Span]:
        """Each text parsed with the reading pipeline, as one span."""
        if self._nlp is None:
            from frontwatch.settings import Settings

            self._nlp = reading_pipeline(Settings().spacy_model)
        return [doc[:] for doc in self._nlp.pipe(texts, batch_size=32)]

    def of_texts(self, texts: Sequence[str]) -> list[list[str]]:
        """Each text's frame terms (every sentence of it), parsed with the reading pipeline."""
        return self.of_spans(self.parse(texts))
