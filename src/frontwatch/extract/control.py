"""Control claims: who holds, takes, threatens or loses which place, as a report states it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from frontwatch.extract.certainty import CertaintyLexicon, assess
from frontwatch.extract.context import DocumentContext
from frontwatch.extract.events import own_account, subject_of
from frontwatch.extract.modality import unrealised_reason
from frontwatch.extract.sentences import SentenceUnit
from frontwatch.extract.verbs import TAKING_NOUNS, direct_object, verb_lemma
from frontwatch.model import Actor, ControlFact, ControlStatus, GeoPrecision, Place, PlaceMention

_TAKE = {"take", "seize", "capture", "overrun", "storm", "retake", "recapture", "regain",
         "liberate", "overtake", "conquer", "reclaim", "wrest"}
_EXPEL = {"drive", "push", "expel", "oust", "force", "chase", "flush", "clear"}
_HOLD = {"control", "hold", "occupy", "run", "rule", "dominate", "govern"}
_THREATEN = {"advance", "approach", "march", "close", "converge", "push", "move", "head"}
_THREAT_PREPS = {"towards", "toward", "on", "to", "in"}
_CONTEST = {"besiege", "encircle", "surround", "contest", "attack", "assault", "shell"}
_LOSE = {"lose", "abandon", "withdraw", "retreat", "flee", "evacuate", "cede", "surrender"}
_PARTIAL = {"part", "parts", "areas", "area", "districts", "neighbourhoods", "neighborhoods",
            "outskirts", "pockets", "sections", "much", "most", "half", "swathes", "swaths"}
_CONTROL_PREP_HEADS = {"take", "seize", "gain", "assume", "wrest", "win", "regain", "retake", "grab"}


@dataclass(frozen=True)
class _Claim:
    actor_head: Token | None
    target: Token
    status: ControlStatus
    anchor: Token
    dynamic: bool


def _pobj(prep: Token) -> Token | None:
    return next((t for t in prep.children if t.dep_ == "pobj"), None)


def _child_prep(token: Token, words: set[str]) -> Token | None:
    return next((t for t in token.children if t.dep_ == "prep" and t.lower_ in words), None)


IsActor = Callable[[Token], bool]


def _subject(verb: Token, is_actor: IsActor) -> Token | None:
    passive = next((t for t in verb.children if t.dep_ == "nsubjpass"), None)
    return passive if passive is not None else subject_of(verb, is_actor)


def _control_noun_claim(token: Token, is_actor: IsActor) -> _Claim | None:
    """Claims around the noun "control": under the control of A, in control of X, took control of X."""
    head = token.head
    of = _child_prep(token, {"of"})
    owner = next((t for t in token.children if t.dep_ == "poss"), None) or next(
        (t for t in token.children if t.dep_ == "amod" and t.pos_ == "ADJ" and t.ent_type_ in {"NORP", "GPE"}), None)
    if head.lower_ == "under":
        actor = _pobj(of) if of is not None else owner
        return _Claim(actor, head.head, ControlStatus.CONTROLS, token, dynamic=False)
    if of is None or _pobj(of) is None:
        return None
    target = _pobj(of)
    if head.lower_ == "in":
        return _Claim(_subject(head.head, is_actor), target, ControlStatus.CONTROLS, token, dynamic=False)
    if verb_lemma(head) in _CONTROL_PREP_HEADS:
        return _Claim(_subject(head, is_actor), target, ControlStatus.CONTROLS, head, dynamic=True)
    return None


def _verb_claim(token: Token, is_actor: IsActor) -> _Claim | None:
    lemma = verb_lemma(token)
    obj = direct_object(token)
    if lemma in _TAKE | _HOLD and obj is not None and obj.lower_ != "control":
        return _Claim(_subject(token, is_actor), obj, ControlStatus.CONTROLS, token, dynamic=lemma in _TAKE)
    if lemma in _EXPEL and obj is not None:
        out = next((p for p in token.children if p.dep_ in {"prep", "prt"} and p.lower_ in {"out", "from"}), None)
        place_prep = _child_prep(out, {"of"}) if out is not None and out.lower_ == "out" else out
        if place_prep is not None and _pobj(place_prep) is not None:
            return _Claim(_subject(token, is_actor), _pobj(place_prep), ControlStatus.CONTROLS, token, dynamic=True)
    if lemma == "fall":
        to = _child_prep(token, {"to"})
        subject = next((t for t in token.children if t.dep_ == "nsubj"), None)
        if subject is not None:
            taker = _pobj(to) if to is not None else None
            return _Claim(taker, subject, ControlStatus.CONTROLS, token, dynamic=True)
    if lemma in _THREATEN:
        prep = _child_prep(token, _THREAT_PREPS)
        if prep is None:
            prep = next((p for a in token.children if a.dep_ == "advmod"
                         for p in a.children if p.dep_ == "prep" and p.lower_ in _THREAT_PREPS), None)
        if prep is not None and _pobj(prep) is not None:
            return _Claim(_subject(token, is_actor), _pobj(prep), ControlStatus.THREATENED, token, dynamic=False)
    if lemma in _CONTEST and obj is not None and token.dep_ not in {"acl", "amod", "advcl"}:
        return _Claim(_subject(token, is_actor), obj, ControlStatus.CONTESTED, token, dynamic=False)
    if lemma in _LOSE:
        target = obj or (_pobj(_child_prep(token, {"from"})) if _child_prep(token, {"from"}) else None)
        if target is not None:
            return _Claim(_subject(token, is_actor), target, ControlStatus.LOST, token, dynamic=True)
    return None


_FACILITY_NOUNS = {"airport", "airbase", "prison", "refinery", "dam", "base", "bridge", "port",
                   "crossing", "border crossing", "barracks", "garrison"}
_RELATIVES = {"which", "that", "whom", "who"}
_TOWN_NOUNS = {"city", "town", "village"}
_UNARMED = {6, 7}  # protesters and civilians hold no territory
_COPULAS = {"be", "remain", "stay", "come", "fall", "lie", "sit"}
_PATH_PREPS = {"of", "including", "like"}
_PATH_DEPS = {"compound", "appos", "conj", "amod", "nmod", "npadvmod", "nummod"}


def _path_to(token: Token, head: Token) -> list[Token] | None:
    """The tokens from `token` up to `head` if only naming relations lie between them."""
    path = [token]
    node = token
    while node.i != head.i:
        if node.dep_ == "pobj" and node.head.lower_ in _PATH_PREPS:
            node = node.head.head
        elif node.dep_ in _PATH_DEPS:
            node = node.head
        else:
            return None
        path.append(node)
    return path


def _phrase(head: Token) -> set[int]:
    """The tokens of a noun phrase without its relative clauses ("the movement, which has held X")."""
    clauses = {t.i for c in head.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    return {t.i for t in head.subtree} - clauses


def _part_of(span) -> bool:
    """"parts of Ramadi" read by position, whatever the parser attached "of" to."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _PARTIAL


def _targets(ctx: DocumentContext, target: Token, unit: SentenceUnit, actor_head: Token | None) -> list[tuple[PlaceMention, bool]]:
    """Places a claim is about, each with whether only part of it is meant."""
    if target.lower_ in _RELATIVES and target.head.dep_ == "relcl":
        target = target.head.head
    if target.pos_ in {"VERB", "AUX"}:
        wanted = ("nsubj", "nsubjpass") if target.lemma_.lower() in _COPULAS else ("dobj", "nsubjpass")
        arguments = [t for t in target.children if t.dep_ in wanted]
        if not arguments:
            return []
        target = arguments[0]
    heads = [target, *target.conjuncts]
    excluded = _phrase(actor_head) if actor_head is not None else set()
    found: list[tuple[PlaceMention, bool]] = []
    doc = target.doc
    for mention in ctx.places_in(unit.start, unit.end):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.i in excluded:
            continue
        for head in heads:
            path = _path_to(span.root, head)
            if path is None and _part_of(span) and span.start - 2 == head.i:
                path = [span.root, head]  # "parts of Gao" with "of" hung on the verb
            if path is not None:
                partial = any(t.lower_ in _PARTIAL for t in path) or any(
                    t.lower_ in _PARTIAL for t in head.lefts) or _part_of(span)
                found.append((mention, partial))
                break
    if not found and target.lower_ in _FACILITY_NOUNS:
        facility = ctx.facility(target.lower_, target.idx)
        if facility is not None:
            found.append((PlaceMention(target.idx, target.idx + len(target.text), target.text, facility), False))
    if not found and target.lower_ in _TOWN_NOUNS and any(t.lower_ == "the" for t in target.lefts):
        recent = ctx.recent_place(target.idx)  # "the city": the town last named
        if recent is not None:
            found.append((PlaceMention(target.idx, target.idx + len(target.text), target.text, recent), False))
    if not found and target.pos_ == "PRON" and target.lower_ in {"it", "this"}:
        recent = ctx.topic_place(unit, target.idx)
        if recent is not None:
            found.append((PlaceMention(target.idx, target.idx + len(target.text), target.text, recent), False))
    if any(_is_local(m.place) for m, _ in found):
        found = [(m, partial) for m, partial in found if _is_local(m.place)]
    unique: dict[tuple, tuple[PlaceMention, bool]] = {}
    for mention, partial in found:
        unique.setdefault((mention.start, mention.end), (mention, partial))
    return list(unique.values())


def _taking_noun_claim(token: Token) -> _Claim | None:
    """A change of hands named by a noun: "the fall of Mosul (to X)", "the group's capture of Y"."""
    of = _child_prep(token, {"of"})
    target = _pobj(of) if of is not None else None
    if target is None:
        return None
    by = _child_prep(token, {"by", "to"})
    actor = next((t for t in token.children if t.dep_ == "poss"), None) or (_pobj(by) if by is not None else None)
    return _Claim(actor, target, ControlStatus.CONTROLS, token, dynamic=True)


def _claims(unit: SentenceUnit, is_actor: IsActor) -> list[_Claim]:
    claims = []
    for token in unit.span:
        claim = (_control_noun_claim(token, is_actor) if token.lower_ == "control" and token.pos_ == "NOUN"
                 else _taking_noun_claim(token) if token.pos_ == "NOUN" and token.lemma_.lower() in TAKING_NOUNS
                 else _verb_claim(token, is_actor) if token.pos_ == "VERB" else None)
        if claim is not None:
            claims.append(claim)
    return claims


_DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
               "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}


def _directional_region(place: Place) -> bool:
    """A compass part of a country ("eastern Syria") rather than a named province."""
    return place.precision == GeoPrecision.REGION and place.name.split(" ")[0].lower() in _DIRECTIONS


def _is_local(place: Place) -> bool:
    return place.precision != GeoPrecision.REGION and place.feature != "country"


class ControlExtractor:
    """Reads control claims from the sentences of a document."""

    def __init__(self, lexicon: CertaintyLexicon) -> None:
        self.lexicon = lexicon

    def takeover_anchors(self, ctx: DocumentContext, unit: SentenceUnit) -> list[Token]:
        """Verbs by which a sentence says a place changed hands ("took control of X")."""
        return [c.anchor for c in _claims(unit, ctx.actors.is_actor)
                if c.dynamic and c.status == ControlStatus.CONTROLS and unrealised_reason(c.anchor) in {None, "failed"}]

    def extract(self, ctx: DocumentContext, unit: SentenceUnit) -> list[ControlFact]:
        """The control claims of one sentence."""
        if not unit.usable:
            return []
        facts: list[ControlFact] = []
        for claim in _claims(unit, ctx.actors.is_actor):
            if claim.dynamic or claim.anchor.pos_ == "VERB":
                if unrealised_reason(claim.anchor) is not None:
                    continue
            actor = self._actor(ctx, claim.actor_head)
            if actor is None or actor.inter_code in _UNARMED:
                continue
            reading = own_account(ctx, assess(unit.span, self.lexicon, claim.anchor), actor)
            as_of = self._as_of(ctx, unit, claim)
            for mention, partial in _targets(ctx, claim.target, unit, claim.actor_head):
                status = claim.status
                if status == ControlStatus.CONTROLS and partial:
                    status = ControlStatus.PARTIAL
                place = mention.place
                if _directional_region(place) and place.country and ctx.resolve_place:
                    # "large parts of eastern Syria": part of the country, at country precision
                    place = ctx.resolve_place(place.country) or place
                    status = ControlStatus.PARTIAL if status == ControlStatus.CONTROLS else status
                if place.feature == "country" and status == ControlStatus.CONTROLS:
                    continue  # holding a whole country is a government, not a control claim
                facts.append(
                    ControlFact(
                        actor=actor, place=place, status=status, evidence=ctx.evidence(unit),
                        as_of=as_of, certainty=reading.certainty, claim_source=reading.source,
                    )
                )
        return _dedupe(facts)

    @staticmethod
    def _actor(ctx: DocumentContext, head: Token | None) -> Actor | None:
        if head is None:
            return None
        resolved = ctx.actors.resolve(head)
        return resolved.actor if resolved else None

    @staticmethod
    def _as_of(ctx: DocumentContext, unit: SentenceUnit, claim: _Claim) -> date | None:
        dated = (ctx.event_date(unit, claim.anchor, remember=False) if claim.dynamic
                 else ctx.date_in(unit.span, claim.anchor, allow_bounds=False))
        if dated is not None:
            return dated.end
        return ctx.document.published


def _dedupe(facts: list[ControlFact]) -> list[ControlFact]:
    seen: dict[tuple, ControlFact] = {}
    for fact in facts:
        key = (fact.actor.name, _place_key(fact.place), fact.status)
        seen.setdefault(key, fact)
    return list(seen.values())


def _place_key(place: Place) -> tuple:
    return (place.name, round(place.latitude, 3), round(place.longitude, 3))
