"""Events from typed sentences: anchor, realis, actors, place, date, fatalities, certainty."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontwatch.extract.certainty import CertaintyLexicon, assess
from frontwatch.extract.context import DocumentContext
from frontwatch.extract.modality import unrealised_reason
from frontwatch.extract.numbers_in_text import fatalities_in
from frontwatch.extract.sentences import SentenceUnit
from frontwatch.model import Actor, Certainty, EventFact
from frontwatch.taxonomy import Taxonomy

TERRITORIAL = {"NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT"}
_STATIVE_CONTROL = {"control", "hold", "rule", "run", "occupy", "remain"}
_DYNAMIC_TAKE = {"take", "seize", "capture", "overrun", "storm", "retake", "recapture", "regain",
                 "liberate", "fall", "enter", "overtake", "win", "grab", "sweep", "conquer",
                 "free", "clear", "reclaim", "oust", "expel", "drive", "push"}
_SKIP_REASONS = {"negated", "modal", "conditional", "aim"}
_VICTIM_FIRST = {"FORCE_AGAINST_PROTEST"}


@dataclass(frozen=True)
class Typing:
    """What the sentence typer said about one sentence (the fields events need)."""

    code: str
    trigger_start: int | None = None
    trigger_end: int | None = None


def _anchor(unit: SentenceUnit, typing: Typing) -> Token:
    """The predicate the event hangs on: the typer's trigger, else the sentence root."""
    span = unit.span
    if typing.trigger_start is not None:
        start = span.start_char + typing.trigger_start
        token = next((t for t in span if t.idx <= start < t.idx + len(t.text) + 1), None)
        if token is not None:
            return token if token.pos_ in {"VERB", "AUX"} else _governing_verb(token)
    return span.root


def _governing_verb(token: Token) -> Token:
    """The verb a noun trigger belongs to ("took control", "carried out an air strike")."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head is not node:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else token


def _subject(verb: Token) -> Token | None:
    for node in (verb, *verb.ancestors):
        for child in node.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child
            if child.dep_ == "agent":
                objects = [t for t in child.children if t.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if node.dep_ not in {"xcomp", "conj", "advcl", "relcl", "acl"}:
            break
    return None


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "against", "at"}:
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


class EventExtractor:
    """Turns a typed sentence into an EventFact, or None when it states no real event."""

    def __init__(self, taxonomy: Taxonomy, lexicon: CertaintyLexicon) -> None:
        self.taxonomy = taxonomy
        self.lexicon = lexicon

    def extract(self, ctx: DocumentContext, unit: SentenceUnit, typing: Typing) -> EventFact | None:
        """The event a sentence reports, or None (caption, question, unrealised, stative)."""
        code = typing.code
        case = self.taxonomy.codes.get(code)
        if case is None or not case.acled or not unit.usable:
            return None
        anchor = _anchor(unit, typing)
        notes: list[str] = []
        reason = unrealised_reason(anchor)
        if reason in _SKIP_REASONS:
            return None
        if code in TERRITORIAL:
            if reason == "failed":
                code, notes = "ARMED_CLASH", ["failed attempt to take territory"]
            elif not self._dynamic_takeover(unit.span):
                return None
        subject, obj = _subject(anchor), _object(anchor)
        actor1 = self._actor(ctx, subject, notes)
        actor2 = self._actor(ctx, obj, notes)
        if code in TERRITORIAL and actor1 is not None:
            code = "GOV_REGAINS_TERIT" if actor1.inter_code == 1 else "NON_STATE_ACTOR_OVERTAKES_TER"
        if code in _VICTIM_FIRST and actor1 is not None and actor1.inter_code == 1:
            actor1, actor2 = actor2, actor1
        case = self.taxonomy.codes[code]
        reading = assess(unit.span, self.lexicon, anchor)
        low, high = fatalities_in(unit.span)
        return EventFact(
            event_type=case.event_type,
            sub_event_type=case.sub_event_type,
            evidence=ctx.evidence(unit),
            actor1=actor1,
            actor2=actor2,
            assoc_actors=ctx.actors.allies_of(actor1) if actor1 else [],
            place=ctx.place_near(anchor, unit),
            date=ctx.event_date(unit, anchor),
            fatalities_low=low,
            fatalities_high=high,
            certainty=reading.certainty,
            claim_source=reading.source if reading.certainty != Certainty.CONFIRMED else None,
            trigger=anchor.text,
            notes=notes + [f"hedge: {h}" for h in reading.hedges],
        )

    @staticmethod
    def _dynamic_takeover(span: Span) -> bool:
        """Whether a territorial sentence says control changed hands (not merely is held)."""
        return any(t.lemma_.lower() in _DYNAMIC_TAKE and t.pos_ in {"VERB", "AUX"} for t in span)

    @staticmethod
    def _actor(ctx: DocumentContext, head: Token | None, notes: list[str]) -> Actor | None:
        if head is None:
            return None
        resolved = ctx.actors.resolve(head)
        if resolved is None:
            return None
        if resolved.inferred:
            notes.append(f"actor inferred from context: {head.text!r} → {resolved.actor.name}")
        return resolved.actor
