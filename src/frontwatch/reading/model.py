"""What a clause says, voice-normalised: a predicate with its class, roles, modality and source."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

ROLES = ("agent", "patient", "counterpart", "ally", "recipient", "instrument", "place", "goal", "source", "time")


@dataclass(frozen=True)
class Attribution:
    """Who a frame is reported by: the speaker's head, the saying word, and how it is said
    (said / claimed / denied / retracted / according)."""

    kind: str
    verb: Token | None = None
    speaker: Token | None = None
    source: str | None = None


@dataclass
class Frame:
    """One predicate of a clause, its class and its voice-normalised roles."""

    predicate: Token
    cls: str
    shape: str
    roles: dict[str, list[Token]] = field(default_factory=dict)
    clause: Token | None = None  # the verb whose clause the frame is told in
    negated: bool = False
    modality: str = "realis"  # realis / modal / future / conditional / aim / failed / ended
    attribution: Attribution | None = None
    elsewhere: frozenset[int] = frozenset()  # words of its clause that tell its other places (pairs.py)
    later_pair: bool = False  # whether it tells a place/time pair after its clause's first ("... and B on Tuesday")

    @cached_property
    def sentence(self) -> Span:  # read once: spaCy finds a token's sentence by walking to its start
        return self.predicate.sent

    @property
    def head(self) -> Token:
        """The clause's verb, or the predicate itself."""
        return self.clause if self.clause is not None else self.predicate

    @property
    def bare(self) -> bool:
        """A noun naming a happening without telling it through a verb of its own ("at a rally",
        "after clashes with the army", "see this as a sectarian fight")."""
        return self.predicate.pos_ != "VERB" and self.clause is None

    @property
    def reciprocal(self) -> bool:
        """Whether its sides do it to each other ("A and B clashed"): both may be one kind of actor."""
        return "reciprocal" in self.predicate._.frame_tags

    @property
    def stated(self) -> bool:
        """Whether the frame is said, in whatever mood (not negated, denied or retracted)."""
        return not self.negated and getattr(self.attribution, "kind", None) not in {"denied", "retracted"}

    @property
    def asserted(self) -> bool:
        """Whether the frame states a real happening (not negated, denied, hypothetical or failed)."""
        return self.stated and self.modality in {"realis", "failed"}


def objects(word: Token, heads: Collection[str] | None = None, deps: Collection[str] | None = ("prep",)) -> list[Token]:
    """The objects of a word's prepositions (among `heads`; `deps`: its by-phrase's, or any child's with objects)."""
    return [o for p in word.children if (deps is None or p.dep_ in deps) and (heads is None or p.lower_ in heads)
            for o in p.children if o.dep_ == "pobj"]


def frames_of(doc: Doc) -> list[Frame]:
    """The frames the frame reader stored on a Doc."""
    return doc._.frames or []


for _owner, _name, _default in ((Doc, "actor_mentions", None), (Doc, "frames", None), (Token, "frame_tags", ()),
                                (Token, "frame_class", None)):
    if not _owner.has_extension(_name):
        _owner.set_extension(_name, default=_default)
