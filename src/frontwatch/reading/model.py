"""What a clause says, voice-normalised: a predicate with its class, roles, modality and source; and the frames a clause
telling one doing at several places splits into, one per place ("shelled A on Monday and B on Tuesday", "took A, B")."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

ROLES = ("agent", "patient", "counterpart", "ally", "recipient", "instrument", "place", "goal", "source", "time",
         "whole")  # whole: the fight it backs or is done during ("during the operation")
_TAKERS = ("patient", "place", "source")  # the roles an object of a pair fills ("drove X out of A and B")
_NOUNS = {"NOUN", "PROPN", "NUM"}  # what an object of a pair is ("and B on Tuesday", "and two in B")


@dataclass(frozen=True)
class Attribution:
    """Who a frame is reported by: the speaker's head and how (said / claimed / denied / retracted / according)."""

    kind: str
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
    modality: str = "realis"  # realis / modal / future / conditional / aim / failed / ended / alleged
    attribution: Attribution | None = None
    elsewhere: frozenset[int] = frozenset()  # words of its clause that tell its other places (`pairs`)
    later_pair: bool = False  # whether it tells a place (and time) after its clause's first ("... and B on Tuesday")

    @cached_property
    def sentence(self) -> Span:  # read once: spaCy finds a token's sentence by walking to its start
        return self.predicate.sent

    @property
    def head(self) -> Token:
        """The clause's verb, or the predicate itself."""
        return self.clause if self.clause is not None else self.predicate

    @property
    def bare(self) -> bool:
        """A noun naming a happening without a verb of its own ("at a rally", "after clashes with the army")."""
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


def _object_between(frame: Frame, start: int, end: int) -> Token | None:
    """The one noun a stretch of the clause names on its own, through a preposition or not ("and B", "and in B")."""
    doc, inside = frame.predicate.doc, range(start, end)
    heads = [t for t in doc[start:end] if t.head.i not in inside and t.pos_ not in {"CCONJ", "PUNCT", "ADV"}]
    if len(heads) != 1:
        return None
    head = heads[0]
    head = next((c for c in head.children if c.dep_ == "pobj"), head) if head.dep_ == "prep" else head
    return head if head.pos_ in _NOUNS else None


def pairs(frame: Frame, place: Callable[[Token], bool]) -> list[Frame]:
    """The frame split into one per object/date pair or per place its clause coordinates; else the frame itself."""
    # the dates its verb, or a conjunct noun of its phrases, takes through a preposition of their own, in order ("hit
    # A on Monday, and B on Tuesday", the parser hanging B on the verb or on Monday)
    hosts = {frame.predicate.i} | {t.i for t in frame.predicate.subtree if t.dep_ == "conj" and t.pos_ in _NOUNS}
    times = [t for t in frame.predicate.subtree if t.dep_ == "pobj" and t.ent_type_ in {"DATE", "TIME"} and (
        t.head.dep_ == "prep" and t.head.head.i in hosts)] if frame.predicate.pos_ == "VERB" else []
    firsts = [t for role in _TAKERS for t in frame.roles.get(role, []) if frame.predicate.i < t.i < times[0].head.i
              ] if len(times) > 1 else []
    if not firsts:
        return _conjuncts(frame, place)
    phrases = [range(t.head.i, 1 + max([t.i, *(c.right_edge.i for c in t.children if c.dep_ not in {  # a dated
        "conj", "cc", "prep", "punct"})])) for t in times]  # phrase: its preposition to its date's last word
    first = max(firsts, key=lambda t: t.i)  # "attacked villages in A on Monday": A is what the pairs vary
    objects, spans = [first], [range(first.left_edge.i, phrases[0].stop)]
    for before, phrase in zip(phrases, phrases[1:], strict=False):
        joined = frame.predicate.doc[before.stop].dep_ == "cc" or frame.predicate.doc[before.stop].is_punct
        found = _object_between(frame, before.stop, phrase.start) if joined else None
        if found is None:
            return [frame]
        objects.append(found)
        spans.append(range(before.stop, phrase.stop))
    split = []
    for k, (thing, time) in enumerate(zip(objects, times, strict=True)):
        elsewhere = frozenset(i for j, span in enumerate(spans) if j != k for i in span)
        roles = {r: [t for t in fillers if t.i not in elsewhere] for r, fillers in frame.roles.items()}
        roles["place" if thing.dep_ == "pobj" else "patient"], roles["time"] = [thing], [time]
        split.append(replace(frame, roles={r: fillers for r, fillers in roles.items() if fillers}, elsewhere=elsewhere,
                             later_pair=k > 0))
    return split


def _conjuncts(frame: Frame, place: Callable[[Token], bool]) -> list[Frame]:
    """The frame split into one frame per place its object coordinates ("took A, B and C"); else the frame itself."""
    for role in _TAKERS:
        fillers = frame.roles.get(role, [])
        first = next((o for c in fillers[0].children for o in (c, *c.children) if o.dep_ in {"appos", "pobj"} and (
            o.conjuncts) and "(" not in o.doc[o.left_edge.i - 1:o.i].text and not place(fillers[0])), fillers[0]) if (
            fillers) else None  # "villages of A, B", not "township (A, B)" (then
        # "the first towns taken", made a second object), and "A, B and C" read as A's apposition B, or objects A and B
        names = list(dict.fromkeys([first, *first.conjuncts, *(t for a in first.children if a.dep_ == "appos" and (
            a.conjuncts) and "(" not in a.doc[a.left_edge.i - 1:a.i].text for t in (a, *a.conjuncts)), *(  # no "(A, B)"
            t for f in fillers[1:] if f.head == first.head for t in (f, *f.conjuncts) if place(t))])) if first else []
        placed = [n for n in names if place(n)]  # a name the gazetteer lacks among them has no event of its own
        if len(placed) < 2 or any(n.pos_ != "PROPN" for n in names if n not in placed):
            continue
        inner = {n.i: {t.i for t in n.subtree} - {t.i for c in n.children if c.dep_ == "conj" or c in names for t in
                                                  c.subtree} for n in names}
        held = role if first is fillers[0] else "place"  # "a crowd in A and B" stays the crowd, in A and in B
        return [replace(frame, roles={**frame.roles, held: [name]}, later_pair=k > 0, elsewhere=frozenset(
            i for other, words in inner.items() if other != name.i for i in words)) for k, name in enumerate(placed)]
    return [frame]


for _owner, _name, _default in ((Doc, "actor_mentions", None), (Doc, "frames", None), (Token, "frame_tags", ()),
                                (Token, "frame_class", None)):
    if not _owner.has_extension(_name):
        _owner.set_extension(_name, default=_default)
