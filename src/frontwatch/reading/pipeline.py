"""The reading pipeline: spaCy's English model, then frontwatch's components over the same Doc —
actor names (Doc._.actor_mentions), parse repair around long names, and frames (Doc._.frames)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from frontwatch.nlp import new_pipeline
from frontwatch.reading.frames import FRAMES
from frontwatch.reading.reparse import NameParses, repair_parses
from frontwatch.resolve.actors import ActorMatcher, ActorRegistry

ACTOR_NAMES, REPARSE = "frontwatch_actor_names", "frontwatch_reparse"
_OWN = (ACTOR_NAMES, REPARSE, FRAMES)


@Language.factory(ACTOR_NAMES, default_config={"actor_files": []})
class ActorNames:
    """The actor-name component: marks every actor of the bundled registry and the user's files a Doc names
    (Doc._.actor_mentions)."""

    def __init__(self, nlp: Language, name: str, actor_files: list[str]) -> None:
        self.registry = ActorRegistry.load([Path(p) for p in actor_files])
        self.matcher = ActorMatcher(self.registry, nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_mentions = self.matcher.named_mentions(doc)
        return doc


@Language.factory(REPARSE)
class Reparse:
    """The parse-repair component: the broken sentences of a batch of Docs parsed again together, by the model
    alone (heads, labels, tags and parts of speech: no entities, lemmas or frontwatch components)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.parse = lambda texts: list(nlp.pipe(texts, disable=[*_OWN, "ner", "lemmatizer"]))
        self.names: NameParses = {}  # long names parsed alone, by their text

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            repair_parses(self.parse, [(doc, doc._.actor_mentions or []) for doc in batch], self.names)
            yield from batch


def reading_pipeline(model_name: str, actor_files: Sequence[Path] = ()) -> Language:
    """A fresh English pipeline with frontwatch's reading components."""
    nlp = new_pipeline(model_name, indexed_rules=True)
    nlp.add_pipe(ACTOR_NAMES, config={"actor_files": [str(p) for p in actor_files]})
    nlp.add_pipe(REPARSE)
    nlp.add_pipe(FRAMES)
    return nlp


def actor_registry(nlp: Language) -> ActorRegistry:
    """The actor registry a reading pipeline uses."""
    return cast(ActorNames, nlp.get_pipe(ACTOR_NAMES)).registry
