"""The reading pipeline: spaCy's English model, then frontwatch's components over the same Doc —
actor names (Doc._.actor_mentions), parse repair around long names, and frames (Doc._.frames)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from frontwatch.nlp import new_pipeline
from frontwatch.reading.frames import FRAMES
from frontwatch.reading.reparse import repair_parses
from frontwatch.resolve.actors import ActorMatcher, ActorRegistry

ACTOR_NAMES, REPARSE = "frontwatch_actor_names", "frontwatch_reparse"
_OWN = (ACTOR_NAMES, REPARSE, FRAMES)


class ActorNames:
    """Marks every registry actor a Doc names (Doc._.actor_mentions)."""

    def __init__(self, nlp: Language, registry: ActorRegistry) -> None:
        self.registry = registry
        self.matcher = ActorMatcher(registry, nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_mentions = self.matcher.named_mentions(doc)
        return doc


@Language.factory(ACTOR_NAMES, default_config={"actor_files": []})
def make_actor_names(nlp: Language, name: str, actor_files: list[str]) -> ActorNames:
    """The actor-name component over the bundled registry and the user's files."""
    return ActorNames(nlp, ActorRegistry.load([Path(p) for p in actor_files]))


@Language.factory(REPARSE)
def make_reparse(nlp: Language, name: str):  # noqa: ANN201 - a spaCy component callable
    """The parse-repair component (it parses with the model alone: no entities, lemmas or frontwatch components)."""
    parse = partial(nlp, disable=[*_OWN, "ner", "lemmatizer"])  # heads, labels, tags and parts of speech only

    def repair(doc: Doc) -> Doc:
        repair_parses(parse, doc, doc._.actor_mentions or [])
        return doc

    return repair


def reading_pipeline(model_name: str, actor_files: Sequence[Path] = ()) -> Language:
    """A fresh English pipeline with frontwatch's reading components."""
    nlp = new_pipeline(model_name)
    nlp.add_pipe(ACTOR_NAMES, config={"actor_files": [str(p) for p in actor_files]})
    nlp.add_pipe(REPARSE)
    nlp.add_pipe(FRAMES)
    return nlp


def actor_registry(nlp: Language) -> ActorRegistry:
    """The actor registry a reading pipeline uses."""
    return cast(ActorNames, nlp.get_pipe(ACTOR_NAMES)).registry
