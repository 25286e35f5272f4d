"""Events from typed sentences: anchor, realis, actors, place, date, fatalities, certainty."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from frontwatch.extract.certainty import CertaintyLexicon, CertaintyReading, assess
from frontwatch.extract.context import DocumentContext
from frontwatch.extract.modality import unrealised_reason
from frontwatch.extract.numbers_in_text import fatalities_in
from frontwatch.extract.sentences import SentenceUnit
from frontwatch.extract.verbs import TAKING_NOUNS, direct_object, verb_lemma
from frontwatch.model import Actor, Certainty, EventFact
from frontwatch.taxonomy import Taxonomy

TERRITORIAL = {"NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT"}
_DYNAMIC_TAKE = {"take", "seize", "capture", "overrun", "storm", "retake", "recapture", "regain",
                 "liberate", "fall", "enter", "overtake", "win", "grab", "sweep", "conquer",
                 "free", "clear", "reclaim", "oust", "expel", "drive", "push"}
_GROUND_WORDS = {"city", "town", "village", "district", "province", "area", "areas", "territory",
                 "base", "airport", "capital", "region", "neighbourhood", "neighborhood", "suburb",
                 "outskirts", "compound", "headquarters", "prison", "refinery", "dam", "bridge",
                 "border", "crossing", "hill", "positions", "stronghold", "control", "island", "port"}
_NOT_GROUND = {"part", "place", "power", "office", "charge", "responsibility", "hostages", "prisoners"}
_TRANSFER = "NON_VIOL_TERRIT_TRANSFER"
_GIVE_UP = {"withdraw", "retreat", "pull", "abandon", "vacate", "evacuate", "redeploy", "leave", "hand", "cede"}
_WEAK_LABELS = {"OTHER", "CHANGE_TO_GROUP_ACT"}  # catch-alls: kept only when both typer layers agree
_RELATIVE_PRONOUNS = {"which", "who", "that"}
_CROWD_TYPES = {"Protests", "Riots"}
_CIVILIANS = 7
_ARMED_GROUPS = {2, 3, 4}
_SKIP_REASONS = {"negated", "modal", "conditional", "aim"}
# ACLED puts the crowd first in protest and riot events, the forces facing it second
_VICTIM_FIRST = {"FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR", "MOB_VIOL"}
_BACKGROUND_MARKS = {"since", "after", "before", "until", "once"}


@dataclass(frozen=True)
class Typing:
    """What the sentence typer said about one sentence (the fields events need)."""

    code: str
    trigger_start: int | None = None
    trigger_end: int | None = None
    agreed: bool = True  # both typer layers (rules and model) chose this label
    exact: bool = False  # the trigger is the predicate itself, not a hint near it


def _taken_ground(ctx: DocumentContext, anchor: Token, subject: Token | None) -> bool:
    """Whether a taking verb has ground as its object: a place, or a word like "city"."""
    if verb_lemma(anchor) == "fall":
        return True
    objects = [c for c in anchor.children if c.dep_ == "nsubjpass"]
    objects += [o for o in [direct_object(anchor)] if o is not None]
    objects += [o for c in anchor.children if c.dep_ == "prep" and c.lower_ in {"over", "of", "from"}
                for o in c.children if o.dep_ == "pobj"]
    objects += [o for out in anchor.children if out.lower_ == "out" for of in out.children
                if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]  # "drove X out of the city"
    if any(o.lower_ in _NOT_GROUND for o in objects):
        return False
    objects = [o.head.head if o.lower_ in _RELATIVE_PRONOUNS and o.head.dep_ == "relcl" else o for o in objects]
    heads = [h for o in objects for h in (o, *o.conjuncts)]
    heads += [p for h in heads for of in h.children if of.dep_ == "prep" and of.lower_ == "of"
              for p in of.children if p.dep_ == "pobj"]
    if subject is not None:
        heads = [h for h in heads if h.i not in {t.i for t in subject.subtree}]
    return any(h.lower_ in _GROUND_WORDS or ctx.places_in(h.idx, h.idx + len(h.text)) for h in heads)


def _background(anchor: Token) -> bool:
    """Whether a predicate is recalled rather than told: in a time clause ("since the city
    fell", "after seizing it") or as a participle modifying a noun."""
    if any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in anchor.children):
        return True
    if anchor.dep_ == "acl" and anchor.tag_ in {"VBN", "VBD"} and not any(c.dep_ == "nsubj" for c in anchor.children):
        return True  # "the schoolgirls abducted from Chibok": a participle naming what befell someone
    return anchor.dep_ == "pcomp" and anchor.head.lower_ in _BACKGROUND_MARKS


def _trigger(unit: SentenceUnit, typing: Typing) -> Token | None:
    """The token the typer's trigger starts at, if it gave one."""
    if typing.trigger_start is None:
        return None
    start = unit.span.start_char + typing.trigger_start
    return next((t for t in unit.span if t.idx <= start < t.idx + len(t.text) + 1), None)


def _anchor(unit: SentenceUnit, typing: Typing) -> Token:
    """The predicate the event hangs on: the typer's trigger (for a change of territory the
    verb of taking nearest to it), else the sentence root."""
    span = unit.span
    trigger = _trigger(unit, typing)
    if typing.exact and trigger is not None:
        return trigger
    if typing.code in TERRITORIAL:
        takes = [t for t in span if verb_lemma(t) in _DYNAMIC_TAKE and t.pos_ == "VERB"]
        if takes:
            return min(takes, key=lambda t: abs(t.i - (trigger.i if trigger is not None else span.root.i)))
    if trigger is not None:
        return trigger if trigger.pos_ in {"VERB", "AUX"} else _governing_verb(trigger)
    return span.root


def _governing_verb(token: Token) -> Token:
    """The verb a noun trigger belongs to ("took control", "carried out an air strike")."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else token


def _direct_subject(verb: Token, passive: bool = False) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects:
                return objects[0]
    deps = {"nsubj", "csubj", "nsubjpass"} if passive else {"nsubj", "csubj"}
    subjects = [c for c in verb.children if c.dep_ in deps]
    return subjects[-1] if subjects else None


def subject_of(verb: Token, is_actor: Callable[[Token], bool]) -> Token | None:
    """Who does it: the verb's own subject, a controlling verb's ("failed to regain"),
    or for a subjectless coordinated verb the first verb's subject, else the nearest actor
    named before it."""
    node = verb
    while True:
        subject = _direct_subject(node, passive=node.i != verb.i)
        if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and node.dep_ == "relcl":
            return node.head  # "the group, which has held the city": the group
        if subject is not None:
            return subject
        if node.dep_ in {"xcomp", "advcl"} and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG":  # "(a day) after overrunning X": the clause's subject
            governor = _governing_verb(node.head)
            if governor.i != node.head.i:
                node = governor
                continue
        break
    if node.dep_ == "acl" and node.tag_ == "VBN":
        return None  # "schoolgirls abducted from a school": the noun is the patient, the doer unknown
    if node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"}:
        shared = _direct_subject(node.head)  # "gunmen had taken X and were in control of Y"
        if shared is not None and is_actor(shared):
            return shared
    if node.dep_ in {"conj", "relcl", "acl"}:
        before = [t for t in verb.sent if t.i < verb.i and t.pos_ in {"NOUN", "PROPN", "PRON"}]
        for token in reversed(before):
            if is_actor(token):
                return token
        if node.dep_ == "relcl":
            return node.head
        return _direct_subject(node.head)
    return None


def _battle_parties(unit: SentenceUnit, noun: Token | None,
                    is_actor: Callable[[Token], bool]) -> tuple[Token, Token | None] | None:
    """The sides a battle noun names ("clashes with government forces broke out", "fighting
    between X and Y"): the named side and, as the other, the actor the sentence is about."""
    if noun is None or noun.pos_ != "NOUN":
        return None
    named = [t for p in noun.children if p.dep_ == "prep" and p.lower_ in {"with", "between", "against"}
             for o in p.children if o.dep_ == "pobj" for t in (o, *o.conjuncts) if is_actor(t)]
    if not named:
        return None
    if len(named) > 1:
        return named[0], named[1]
    inside = {t.i for t in noun.subtree}
    others = [t for t in unit.span if t.i not in inside and t.dep_ in {"nsubj", "nsubjpass"} and is_actor(t)]
    if not others:
        return named[0], None
    return min(others, key=lambda t: abs(t.i - noun.i)), named[0]


def _object(verb: Token, is_actor: Callable[[Token], bool]) -> Token | None:
    """Whom it was done to: an actor-like object, or the target of "on/against/at"."""
    direct = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    holders = [verb, *direct]
    targets = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"on", "against", "at"}
               for o in p.children if o.dep_ == "pobj"]
    return next((t for t in [*direct, *targets] if is_actor(t)), None)


def own_account(ctx: DocumentContext, reading: CertaintyReading, actor: Actor | None) -> CertaintyReading:
    """An armed group speaking of its own deed only claims it ("Islamic State said its fighters
    had seized the town"); a government's announcement stays reported, as the outlet relays it."""
    if reading.certainty != Certainty.REPORTED or reading.speaker is None or actor is None:
        return reading
    if actor.inter_code not in _ARMED_GROUPS:
        return reading
    resolved = ctx.actors.resolve(reading.speaker)
    same = resolved is not None and resolved.actor.name == actor.name
    return replace(reading, certainty=Certainty.CLAIMED) if same else reading


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
        if code in _WEAK_LABELS and not typing.agreed:
            return None
        anchor = _anchor(unit, typing)
        notes: list[str] = []
        reason = unrealised_reason(anchor)
        if reason in _SKIP_REASONS:
            return None
        if code in TERRITORIAL:
            if reason == "failed":
                code, notes = "ARMED_CLASH", ["failed attempt to take territory"]
            elif verb_lemma(anchor) not in _DYNAMIC_TAKE | TAKING_NOUNS:
                return None
        is_actor = ctx.actors.is_actor
        if verb_lemma(anchor) == "fall":  # "X fell (to Y)": the place falls, Y takes it
            taker = next((o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "to"
                          for o in p.children if o.dep_ == "pobj"), None)
            subject, obj = taker, None
        elif anchor.pos_ == "NOUN":  # "the group's capture of X", "the seizure of X by Y"
            by = [o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
            subject = next((c for c in anchor.children if c.dep_ == "poss"), None) or next(iter(by), None)
            obj = None
        else:
            subject = subject_of(anchor, is_actor)
            obj = _object(anchor, is_actor)
        if case.event_type == "Battles" and (subject is None or not is_actor(subject)):
            subject, obj = _battle_parties(unit, _trigger(unit, typing), is_actor) or (subject, obj)
        if code in TERRITORIAL and not _taken_ground(ctx, anchor, subject):
            return None
        if _background(anchor) and not ctx.dated_clause(unit.span, anchor):
            return None  # "since the city fell": a past event recalled without its date
        actor1 = self._actor(ctx, subject, notes) or ctx.actors.default_actor1(code, notes)
        actor2 = self._actor(ctx, obj, notes)
        if code in TERRITORIAL and actor1 is None:
            return None  # a change of hands with nobody taking it is not an event we can code
        if case.event_type == "Battles" and (actor1 is None or actor1.inter_code == _CIVILIANS):
            return None  # fighting by nobody the report names cannot be coded
        if code == _TRANSFER and verb_lemma(anchor) in _GIVE_UP:
            # "troops withdrew", "handed the town over to X": the subject gave the ground up
            receiver = next((o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "to"
                             for o in p.children if o.dep_ == "pobj"), None)
            actor1, actor2 = self._actor(ctx, receiver, notes), actor1
        if code in TERRITORIAL and actor1 is not None:
            code = "GOV_REGAINS_TERIT" if actor1.inter_code == 1 else "NON_STATE_ACTOR_OVERTAKES_TER"
        if code in _WEAK_LABELS and actor1 is not None and actor1.inter_code == _CIVILIANS:
            return None  # "residents fled": civilians' movements are not strategic developments
        if case.event_type in _CROWD_TYPES and actor1 is not None and actor1.inter_code == _CIVILIANS:
            actor1 = ctx.actors.default_actor1(code, notes)  # people who march are protesters
        if code in _VICTIM_FIRST and actor1 is not None and actor1.inter_code == 1:
            actor1, actor2 = actor2 or ctx.actors.default_actor1(code, notes), actor1
        case = self.taxonomy.codes[code]
        reading = own_account(ctx, assess(unit.span, self.lexicon, anchor), actor1)
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
    def _actor(ctx: DocumentContext, head: Token | None, notes: list[str]) -> Actor | None:
        if head is None:
            return None
        resolved = ctx.actors.resolve(head)
        if resolved is None:
            return None
        if resolved.inferred:
            notes.append(f"actor inferred from context: {head.text!r} → {resolved.actor.name}")
        return resolved.actor
