"""Control claims from frames: who holds, takes, threatens or loses which place, by the frame table's control changes
(data/frame_table.yaml); the events of changes of hands only a whole report tells (taking_events)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Token

from frontwatch import model
from frontwatch.extract.arguments import FrameArguments, stand_ins
from frontwatch.extract.context import THE, DocumentContext, SentenceUnit, bracketed, going_on, is_town, past_perfect
from frontwatch.extract.doc_actors import first_conjunct, name_text, phrase
from frontwatch.extract.table import TERMS, FrameTable, Transition
from frontwatch.language import settings, word_book
from frontwatch.model import ControlFact, ControlStatus, DateSpan, EventFact, Place, PlaceMention
from frontwatch.reading.attribution import background_relative
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.reading.model import Frame, frames_of, objects
from frontwatch.resolve.gazetteer import FACILITY_FEATURES
from frontwatch.taxonomy import Taxonomy

_WORDS, _TIME, _OF = word_book("arguments"), word_book("time"), load_lexicon().of
_BEARINGS, _ENDS, _MEASURES, _RUNNING, _BRIEF = map(_TIME.words, ("compass", "state_ends", "measures", "running",
                                                               "brief"))
(_AREAS, _WITHIN, _TOWNS, _POSITIONS, _DEGREE, _COMPASS, _PLACE_PRONOUNS, _COUNTRIES, _WHERE, _SPOTS, _NAMING,
 _INCLUDING, _APPOSED, _SEATS, _CORES, _NEAR) = map(_WORDS.words, (
    "area_nouns", "within_prepositions", "town_nouns", "positions", "partial_degree", "compass_adjectives",
    "place_pronouns", "country_nouns", "place_relatives", "spot_possessives", "naming_prepositions",
    "inclusion_prepositions", "apposition_place_heads", "seat_compounds", "core_nouns", "nearby_prepositions"))
_PARTIAL, _FACILITIES = _WORDS.words("partial", "shares", "core_nouns"), _WORDS.words("facility_nouns") | _POSITIONS
_HOLDING = {ControlStatus.CONTROLS, ControlStatus.PARTIAL, ControlStatus.CONTESTED}
_PENDING, _SETTLED = {ControlStatus.CONTESTED, ControlStatus.THREATENED}, {ControlStatus.CONTROLS, ControlStatus.LOST}
_ARGUMENTS, _AVOWING, _RETREAT, _GAINING = {"nsubj", "nsubjpass", "dobj", "attr"}, "avowing", "retreat", "gaining"
_PATH_DEPS, _LISTING = {"compound", "appos", "conj", "amod", "nmod", "npadvmod", "nummod"}, {"appos", "nmod"}
_DECIMALS, _LEFT_DAYS = settings("places", "coordinate_decimals", "left_days")  # extraction_settings.yaml
_NAMES = ({"compound"}, {"compound", "nmod"})  # what names the area noun after it, of a place other than a town; a town


def _part(word: Token) -> bool:
    """Whether a word names part of a place ("most of X"), not a seat nor the core an act took place in."""
    where = word.lower_ in _CORES and word.dep_ == "pobj" and word.head.lower_ in _WITHIN
    return word.lower_ in _PARTIAL and not where and not any(c.dep_ == "compound" and c.lower_ in _SEATS
                                                             for c in word.children)


def _path_to(token: Token, head: Token) -> list[Token] | None:
    """The tokens from `token` up to `head` if only naming relations lie between them ("town of X", not "west of X")."""
    path, node = [token], token
    while node.i != head.i:
        bearing = node.head.i > 0 and node.doc[node.head.i - 1].lower_ in _BEARINGS  # "west of": whatever "of" hangs on
        if node.dep_ == "pobj" and node.head.lower_ in _NAMING and not bearing:
            node = node.head.head
        elif node.dep_ in _PATH_DEPS and (bracketed(head) or not bracketed(node)) or node.dep_ == "poss" \
                and node.head.lower_ in _PARTIAL:  # "Gao's outskirts"; not "X village (Y)": Y locates X
            node = node.head
        else:
            return None
        if appositive(node) and path[-1].dep_ in _NAMES[1] | {"amod"}:  # "X, the Idlib town": Idlib locates X
            return None
        path.append(node)
    return path


def appositive(noun: Token) -> bool:
    """Whether a noun is a place's head noun in apposition to its name ("X, the border town that Y held")."""
    return noun.dep_ == "appos" and noun.lemma_ in _APPOSED


def _targets(ctx: DocumentContext, target: Token, excluded: set[int]) -> list[tuple[PlaceMention, bool]]:
    """Places a claim is about, each with whether only part is meant: per conjunct or listed name, else the town."""
    names = [c for a in target.children if a.dep_ in _LISTING and not bracketed(a) and target.lemma_ in _TOWNS
             for c in (a, *a.conjuncts)]  # not "X village (Y, Z)": Y locates X
    heads, doc = [target, *target.conjuncts, *names] if target.lower_ not in _BEARINGS else [], target.doc  # not "east"
    named: dict[int, list[tuple[PlaceMention, bool]]] = {head.i: [] for head in heads}
    for mention in ctx.places_in(target.sent.start_char, target.sent.end_char):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.i in excluded:
            continue
        # "parts of Ramadi" read by position, whatever the parser attached "of" to
        part = span.start >= 2 and doc[span.start - 1].lower_ in _OF and _part(doc[span.start - 2])
        within = span.root.head if span.root.dep_ == "pobj" and span.root.head.lower_ in _WITHIN else None
        for head in sorted(heads, key=lambda h: -len(list(h.ancestors))):  # a listed name's own: "X and Y" Y's
            path = _path_to(span.root, head)
            if path is None and _part(head) and head.lower_ not in _CORES and within is not None and (  # "much of the
                    within.head.pos_ in {"NOUN", "PRON", "ADJ"} or within.head == head.head):  # countryside in X",
                path = [head] if within.head == head.head else _path_to(within.head, head)  # "took the market in X"
            if path is None and (owner := _bearing_owner(head)) is not None and (  # "sites in the west of X": part
                    named_by := _path_to(span.root, owner)) is not None:  # of X, or of "the city of X"
                path, part = [*named_by, head], True
            if path is not None:  # not "the X area(s)", a kind, nor "X district" naming a district: the whole of it
                town = is_town(mention.resolved)  # a town's "X and Y areas" are the towns, a region's "X areas" parts
                shares = (*(t for k, t in enumerate(path) if not ((k and path[k - 1].dep_ in _NAMES[town] or t in span)
                            and {t.lower_, t.lemma_ if town else t.lower_} & (_AREAS | {mention.resolved.feature}))),
                          *(t for t in head.lefts if t.dep_ != "compound"))
                named[head.i].append((mention, any(map(_part, shares)) or part))
                break
    found = []
    for k, head in enumerate(heads):
        own = named[head.i] or [(m, False) for m in ctx.towns_meant(head) if k == 0] or _meant(ctx, head, first=k == 0)
        found += [(m, p) for m, p in own if is_town(m.resolved) or head.lemma_ in _TOWNS and (  # "the towns of X,
            m.resolved.geonames_id is None)] or own  # Y": each a town, one the gazetteer lacks too (at its country)
    return list({(m.start, m.end): (m, partial) for m, partial in found}.values())


def _meant(ctx: DocumentContext, head: Token, first: bool) -> list[tuple[PlaceMention, bool]]:
    """The place a claim's word stands for when it names none: a share's owner, a town noun, pronoun or name."""
    possessor = next((c for c in head.children if c.dep_ == "poss"), None)
    spot = possessor is not None and possessor.lower_ in _SPOTS  # "over its town hall"; not "its outskirts"
    owner = possessor or next(iter(objects(head, _OF)), None) if _part(head) != spot and (  # or its of-phrase
        head.dep_ == "pobj" or not spot) else None  # nor "seized its X"
    town = next((c for c in head.lefts if c.dep_ == "compound" and c.lemma_ in _TOWNS), None)  # "the town centre"
    owner = owner or (_where(head) or town if _part(head) else None) or _bearing_owner(head)
    if owner is not None and (meant := _anaphoric(ctx, owner)) is not None:
        return [(meant, not spot)]
    if (first or head.pos_ == "PROPN") and (meant := _anaphoric(ctx, head)) is not None:
        return [(meant, _part(head) or head.dep_ == "pobj" and head.head.lower_ in _OF and _part(head.head.head))]
    return []


def _bearing_owner(ground: Token) -> Token | None:
    """The place a noun of ground lies in a quarter of ("sites in the south-west of X": X); none for a town noun."""
    return None if ground.pos_ != "NOUN" or ground.lemma_ in _TOWNS else next((o for side in objects(
        ground, _WITHIN) if side.lower_ in _BEARINGS for o in objects(side, _OF)), None)


def _where(share: Token) -> Token | None:
    """The noun a "where" relative clause tells a share of ("X, Y's capital, where rebels hold most districts": X)."""
    clause = next((a for a in share.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.lower_ not in _WHERE:
        return None
    noun = clause.head
    while noun.dep_ == "appos" or noun.dep_ == "pobj" and noun.head.lower_ in _NAMING and (
            noun.head.head.dep_ == "appos"):
        noun = noun.head if noun.dep_ == "appos" else noun.head.head
    return noun


def _anaphoric(ctx: DocumentContext, target: Token) -> PlaceMention | None:
    """A place the geoparser did not mark: "the airport" or "the city" (the report's town), "it", or a name."""
    place: Place | None = None
    if target.lower_ in _FACILITIES:
        place = _named_at(ctx, target)
    elif (town := ctx.town_meant(target)) is not None:
        place = town
    elif target.lower_ in _AREAS:  # "a perimeter held by X": around the place its sentence named last
        place = next((p for t in reversed(target.sent[:target.i - target.sent.start])
                      if (p := _named_at(ctx, t)) is not None), None)
    elif target.lower_ in _COUNTRIES and ctx.actors.doc_country and ctx.resolve_place:
        place = ctx.resolve_place(ctx.actors.doc_country)  # "the country": the one the report is about
    elif target.pos_ == "PRON" and target.lower_ in _PLACE_PRONOUNS | _SPOTS and not _stands_for_a_thing(ctx, target):
        local = [m.resolved for m in ctx.places_in(next(u.start for u in ctx.units if u.start <= target.idx < u.end),
                                                   target.idx) if is_town(m.resolved) and not ctx.qualifier(m)]
        told = [t for t in target.sent[:target.i - target.sent.start] if t.lower_ in _TOWNS]
        place = local[0] if local else ctx.town_meant(told[-1]) if told else ctx.recent_place(target.idx)
    elif target.pos_ == "PROPN":  # a name the geoparser left unplaced ("Kidal was captured")
        place = ctx.named_place(name_text(target))
    return PlaceMention(target.idx, target.idx + len(target.text), target.text, place) if place is not None else None


def _named_at(ctx: DocumentContext, word: Token) -> Place | None:
    """The place a word names: a place mention, else a facility of the town its words or the report name."""
    if word.lower_ in _FACILITIES and word.pos_ in {"NOUN", "PROPN"}:
        town, told = None, word
        # its own words, else those of the facility a definite noun refers back to ("the base" after "the base of X")
        named = any(t.lower_ in THE for t in word.lefts) and not any(t.dep_ == "prep" for t in word.rights)
        for told in (word, *([t for t in word.doc[:word.i] if t.lower_ == word.lower_][-1:] if named else [])):
            town = _town_of(ctx, told)
            if town is not None or _placed_elsewhere(ctx, told):
                break
        if town is None and (_placed_elsewhere(ctx, told) or word.lower_ in _POSITIONS):
            return None  # "the port of Ras Lanuf", "the base on the shore of Lake Chad": not the report's town's
        facility = town is not None and town.feature in FACILITY_FEATURES | {word.lower_}  # "Kidal airbase" itself
        return town if facility else ctx.facility(word.lower_, word.idx, town)
    return next((m.place for m in ctx.places_in(word.idx, word.idx + len(word.text))), None)


def _town_of(ctx: DocumentContext, facility: Token) -> Place | None:
    """The town a facility's own words place it in ("the airport near X"), or a phrase hung on its verb after it."""
    verb = facility.head.head if facility.dep_ == "pobj" and facility.head.head.pos_ == "VERB" else facility.head
    words = [t for t in facility.subtree if t.i != facility.i] + [t for p in verb.children if p.dep_ == "prep" and (
        p.i > facility.i) and (facility.dep_ in {"dobj", "nsubjpass"} or verb is not facility.head) for t in p.subtree]
    named = (m.place for t in words for m in ctx.mentions_in(t) if m.place is not None and is_town(m.place))
    return next((p for t in words if (p := ctx.town_meant(t)) is not None), None) or next(named, None)


def _placed_elsewhere(ctx: DocumentContext, facility: Token) -> bool:
    """Whether a facility's own words place it by a name no town resolved ("the port of X"), no owner's name."""
    names = (t for t in facility.subtree if t.i != facility.i and t.pos_ == "PROPN")
    return any((t.ent_type_ in {"GPE", "LOC", "FAC"} or t.ent_type_ != "NORP" and ctx.actors.known(t) is None) and (
        t.dep_ == "pobj" or t.dep_ == "compound" and t.head.dep_ == "pobj" and t.head.i != facility.i) for t in names)


def _stands_for_a_thing(ctx: DocumentContext, pronoun: Token) -> bool:
    """Whether "it" stands for a thing its sentence named before, not a place ("disputed the plan and withdrew it")."""
    own = (pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head, "nsubj")  # "advanced on it"
    verb = next((a.i for a in pronoun.ancestors if a.pos_ == "VERB"), None) if pronoun.dep_ == "poss" else None
    noun = next((t for t in reversed(pronoun.sent[:pronoun.i - pronoun.sent.start]) if t.tag_ in {"NN", "NNP"} and
                 t.dep_ in _ARGUMENTS and t.ent_type_ not in {"DATE", "TIME"} and (t.head, t.dep_) != own and (
                     t.head.i != verb)), None)
    return noun is not None and noun.lower_ not in _TOWNS | _FACILITIES and not any(
        m.start <= noun.idx < m.end for m in ctx.places_in(noun.sent.start_char, noun.sent.end_char))


def _mood(frame: Frame) -> str:
    """A frame's modality; for realis, `ended` (brief or over), `past` (past perfect), `described` (participle)."""
    head, bare = frame.head, not any(c.dep_ == "aux" for c in frame.head.children)
    if frame.modality != "realis":
        return frame.modality
    if any(c.dep_ in {"advmod", "amod"} and {c.lower_, " ".join(t.lower_ for t in c.subtree)} & _BRIEF for w in {
            head, frame.predicate} for c in w.children):  # "(only) briefly", "no longer"
        return "ended"
    told = head.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in head.children)
    ending = [o for c in head.children if c.dep_ == "prep" and c.lower_ in (_ENDS | _MEASURES if told else _ENDS)
              for o in c.children if o.ent_type_ == "DATE" and not (  # nor a running count or one up to now ("for a
                  c.lower_ in _MEASURES and any(m.lower_ in _RUNNING for m in o.children))]  # third day", "past year")
    ending += [c for c in head.children if c.dep_ == "advcl" and any(  # "held X until the army retook it"
        m.dep_ == "mark" and m.lower_ in _ENDS for m in c.children)]
    said = first_conjunct(head)  # "said X and
    past = past_perfect(head) and not (frame.attribution and said.dep_ == "ccomp")  # that Y had held Z": said too
    return "ended" if bare and head.tag_ in {"VBD", "VBN"} and ending else "past" if past else "described" if (
        head.tag_ == "VBG" and bare) else "realis"


class ControlReader:
    """Reads the control claims of a sentence's frames."""

    def __init__(self, table: FrameTable) -> None:
        self.table = table

    def read(self, ctx: DocumentContext, unit: SentenceUnit, frames: list[Frame]) -> list[ControlFact]:
        """The control claims of one sentence; a change in a time phrase's relative clause is background, undated."""
        facts = [f for frame in frames if frame.stated for change in self.table.transitions(frame.cls) if _mood(frame)
                 in change.moods and not (change.dynamic and background_relative(frame.head) and frame.head.head
                 .ent_type_ != "DATE") for f in self._claims(ctx, unit, frame, change, frames)]
        return list({control_key(f): f for f in facts}.values())

    def _undone(self, ctx: DocumentContext, frame: Frame, change: Transition, frames: list[Frame]) -> bool:
        """Whether a clause's own words take its change back (it destroys what it names, a purpose unread, a raid)."""
        read = {g.head.i for g in frames if g.cls in self.table.classes}  # a class the table lists, if only as `{}`
        errand = any(c.i not in read and c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VB" and any(a.dep_ == "aux" for a
                     in c.children) for c in frame.head.children)  # "to deliver aid"
        return any(g.cls in self.table.razing and g.head in frame.head.conjuncts and any(t.pos_ == "PRON" or t in
                   frame.roles.get("patient", []) for t in g.roles.get("patient", [])) for g in frames) or \
            change.status == ControlStatus.CONTESTED and (errand or self._raid(ctx, frame, frames))

    def _raid(self, ctx: DocumentContext, frame: Frame, frames: list[Frame]) -> bool:
        """A raid: an entry's clause, or one under it, harms people of no armed side (`raiding`: "came in, killing")."""
        whole = {t.i for t in first_conjunct(frame.head).subtree}  # its clause and those coordinated with it
        return _GAINING in frame.predicate._.frame_tags and any("armed" not in FrameArguments(ctx, g, self.table).kinds(
            "patient") for g in frames if g.cls in self.table.raiding and g.stated and g.head.i in whole)

    def _takers(self, ctx: DocumentContext, frame: Frame, change: Transition, frames: list[Frame]) -> set[str] | None:
        """The sides that take a state's apposed noun in a change of hands, or hold it by a relative clause."""
        told = frame.head.dep_ == "relcl" and appositive(frame.head.head) and change.status in _HOLDING
        anchor = frame.predicate.head if frame.predicate.dep_ == "appos" and not change.dynamic else (
            frame.head.head if told else None)
        changes = [(g, c) for g in frames if g is not frame and anchor is not None for c in self.table.transitions(
            g.cls) if c.dynamic and anchor in (t for r in c.places for f in g.roles.get(r, []) for t in stand_ins(f))]
        return {a.name for g, c in changes if c.status == ControlStatus.CONTROLS and g.roles.get(c.holder) if (
            a := ctx.actors.forces_of(FrameArguments(ctx, g, self.table).actor(c.holder)))} if changes else None

    def _claims(self, ctx: DocumentContext, unit: SentenceUnit, frame: Frame, change: Transition,
                frames: list[Frame]) -> list[ControlFact]:
        args, left = FrameArguments(ctx, frame, self.table), self._left(ctx, unit, frame) if change.dynamic else []
        targets = [t for role in change.places if "protest" not in args.kinds(role)  # a protest's camp is no ground
                   for f in frame.roles.get(role, [])[:1] if not _elsewhere(frame, f)
                   and not (f.tag_ == "PRP" and _AVOWING in frame.predicate._.frame_tags)  # "X claimed it": a deed
                   for t in stand_ins(self._antecedent(f, frame, frames, left), seats=True)] or [
            t for f in left for t in stand_ins(f)]
        targets.sort(key=lambda t: appositive(t) and t.head in targets)  # the name it stands beside first
        holders = [ctx.actors.forces_of(a) for h in frame.roles.get(change.holder, [])[:1] for a in ctx.actors.sides(h)]
        if targets and change.status == ControlStatus.CONTESTED and not any(  # "fighting for X went on": the report's
                frame.roles.get(c.holder) for c in self.table.transitions(frame.cls)):  # sides, its clause naming none
            holders = [ctx.actors.forces_of(a) for a in ctx.actors.warring(frame.head)]
        if holders and targets and change.status in _HOLDING:  # "both sides claim it": each contests it
            change = replace(change, status=ControlStatus.CONTESTED)
        named = [ctx.actors.forces_of(a) for a in [args.actor(change.holder), *self._sides_named(ctx, frame, change)]
                 if targets]
        if targets and change.opposed and not frame.roles.get(change.holder) and all(  # "the garrison in X
                frame.head.left_edge.i <= t.i <= frame.head.right_edge.i for t in targets):  # surrendered": its own X
            named = [*opponent] if (opponent := self._opponent(ctx, frame, change, args)) else named
        return [f for actor in holders or named for f in self._claims_of(ctx, unit, frame, change, frames, args,
                                                                          targets, actor)]

    @staticmethod
    def _sides_named(ctx: DocumentContext, frame: Frame, change: Transition) -> list[model.Actor]:
        """The sides a holder phrase names: its head's and each coordinated one a registry name or country names."""
        sides = []
        for holder in frame.roles.get(change.holder, [])[:1]:
            for side in stand_ins(holder):
                resolved = ctx.actors.resolve(side)
                if resolved is None or side is not holder and (resolved.inferred or not (
                        change.status == ControlStatus.CONTESTED or ctx.actors.named_in(side.left_edge.idx, side.idx)
                        or ctx.actors.country_in(side.doc[side.left_edge.i:side.i]))):
                    continue
                sides += [a for a in (resolved.actor, *resolved.joined) if not a.needs_review]
        return sides

    def _antecedent(self, filler: Token, frame: Frame, frames: list[Frame], left: list[Token]) -> Token:
        """The ground a pronoun stands for in a clause hung on a change of hands, else the pronoun."""
        hosts = [g for g in frames if frame.head.dep_ in {"advcl", "conj"} and g.head.i == frame.head.head.i]
        return next((f for g in hosts for c in self.table.transitions(g.cls) for r in c.places for f in g.roles.get(
            r, [])[:1] if f.pos_ != "PRON" and (_RETREAT in g.predicate._.frame_tags or not _part(f))), None) or next(
            iter(left), filler) if filler.pos_ == "PRON" else filler

    def _left(self, ctx: DocumentContext, unit: SentenceUnit, frame: Frame) -> list[Token]:
        """The ground a retreat or entry naming none is about: that of the last opposite change told before it."""
        tags = frame.predicate._.frame_tags
        opposite = _GAINING if _RETREAT in tags else _RETREAT if _GAINING in tags else None
        told = {u.span.start for u in ctx.units if u.index in {unit.index - 1, unit.index}}
        before = [g for g in frames_of(ctx.doc) if opposite in g.predicate._.frame_tags and g.stated
                  and g.sentence.start in told and g.head.i < frame.head.i]
        return next(([f] for g in reversed(before) for c in self.table.transitions(g.cls) if c.dynamic
                     for r in c.places for f in g.roles.get(r, [])[:1]), [])

    def _opponent(self, ctx: DocumentContext, frame: Frame, change: Transition, args: FrameArguments
                  ) -> list[model.Actor]:
        """The side fighting the holder of a frame's other change, of the two nearest armed sides (`warring`)."""
        losers = {a.name for c in self.table.transitions(frame.cls) if c is not change and frame.roles.get(c.holder)
                  if (a := ctx.actors.forces_of(args.actor(c.holder))) is not None}
        sides = ctx.actors.warring(frame.head, near=change.opposed == "near")
        return [a for a in sides if a.name not in losers][:1] if losers & {a.name for a in sides} else []

    def _claims_of(self, ctx: DocumentContext, unit: SentenceUnit, frame: Frame, change: Transition,
                   frames: list[Frame], args: FrameArguments, targets: list[Token],
                   actor: model.Actor | None) -> list[ControlFact]:
        """The control claims of one frame's change for one holder."""
        takers = self._takers(ctx, frame, change, frames)
        if actor is None or "unarmed" in self.table.groups_of(actor.inter_code) or self._undone(
                ctx, frame, change, frames) or takers is not None and (actor.name in takers or not takers) or not (
                change.holds(args.kinds)):  # "retook X, its old stronghold"; "drove from X to Y": a journey
            return []
        change = replace(change, status=ControlStatus.LOST) if takers else change  # its holder lost it to them
        excluded = {t.i for holder in frame.roles.get(change.holder, [])[:1] for t in phrase(holder)} - {
            t.i for target in targets for t in target.subtree}  # not the place its phrase holds ("the garrison in X")
        reading = args.reading(actor)
        dated = args.date(frames, remember=False) if change.dynamic else ctx.date_in(
            unit.span, frame.head, allow_bounds=False)
        as_of = dated.end if dated is not None else ctx.document.published
        if change.dynamic and self.table.history(as_of, ctx.story_day, "control"):
            return []  # "when it took the capital in 1994": an old change of hands is background
        facts, degree = [], any(c.dep_ == "advmod" and c.lower_ in _DEGREE for c in frame.head.children)  # "largely"
        found = [(m, part) for m, part in next((f for f in (_targets(ctx, t, excluded) for t in targets) if f), [])
                 if change.dynamic and change.status in _SETTLED or m.resolved.feature not in _POSITIONS]
        # what its clause says the place includes ("took the city, including the airport", wherever the parser hung it)
        included = [o for p in frame.head.subtree if p.dep_ == "prep" and p.lower_ in _INCLUDING for pobj in p.children
                    if pobj.dep_ == "pobj" for o in _listed(pobj)] + [t for role in change.places for fs in [
                    frame.roles.get(role, [])] for f in fs[1:] if f.dep_ == fs[0].dep_ == "dobj" and f.head.i ==
                    fs[0].head.i for t in stand_ins(f)]  # changes hands, as do a split list's further objects
        found += [f for t in included for f in _targets(ctx, t, excluded)]
        terms = args.kinds(TERMS, frames)  # "entered X under the truce", "after Y withdrew": a taking, as one told won
        told = [u.span for u in ctx.units if u.index in {unit.index, unit.index + 1}]  # a fight going on in it or the
        won = (change.won or bool(terms)) and not any(  # next ("but fighting continues in the city"): no taking yet
            t._.frame_class in self.table.fights and going_on(t) for span in told for t in span)
        for mention, partial in ((m, p or degree) for m, p in found):
            place = mention.resolved
            if place.precision == model.GeoPrecision.REGION and place.name.split(" ")[0].lower() in _COMPASS \
                    and place.country and ctx.resolve_place:
                place, partial = ctx.resolve_place(place.country) or place, True  # "eastern Syria": part of Syria
            elif change.status == ControlStatus.LOST and place.feature in _POSITIONS and ctx.resolve_place:  # posts
                place, partial = ctx.resolve_place(place.name.rsplit(" ", 1)[0]) or place, any(t.lower_ in (
                    _PARTIAL | _NEAR) for w in ctx.doc.char_span(mention.start, mention.end) or () for t in w.subtree)
            status = ControlStatus.PARTIAL if partial and (change.status == ControlStatus.CONTROLS or change.holder ==
                                                           "source") else change.status  # a share taken from Y:
            if place.feature == "country" and status == ControlStatus.CONTROLS or partial and (  # Y keeps the rest
                    status == ControlStatus.LOST):  # a government holds its country; leaving the edge of X is no loss
                continue
            facts.append(ControlFact(actor=actor, place=place, status=status, evidence=ctx.evidence(unit), as_of=as_of,
                                     certainty=reading.certainty, claim_source=reading.source, changed=change.dynamic,
                                     won=won, terms=terms if won else frozenset()))
        return facts


def _listed(member: Token) -> tuple[Token, ...]:
    """The names an inclusion's object lists, or for a pronoun those after it ("took three towns, among them X")."""
    named = member.doc[min(member.i + 1, len(member.doc) - 1)] if member.pos_ == "PRON" else member
    return (named, *named.conjuncts) if named is member or named.pos_ == "PROPN" else ()


def _elsewhere(frame: Frame, filler: Token) -> bool:
    """Whether a place inside another argument's phrase is not the ground changed: its clause names its own."""
    return bool(frame.roles.get("place")) and any(filler in phrase(f) for role, fs in frame.roles.items() if (
        role != "place") for f in fs[:1] if f is not filler)  # its phrase, not a relative clause the frame is in


def control_key(fact: ControlFact) -> tuple:
    """What makes two control claims one: the holder, the place and the status."""
    return (fact.actor.name, fact.place.name, round(fact.place.latitude, _DECIMALS), fact.status)


def _left_to(fact: ControlFact, facts: list[ControlFact]) -> bool:
    """Whether a contest for a place is a taking: another holder left it or was told won, and none other holds it."""
    place = [f for f in facts if f.place.name == fact.place.name and f is not fact]
    left = fact.won or any(f.status == ControlStatus.LOST and f.actor.name != fact.actor.name and f.as_of and (
        fact.as_of and timedelta(0) <= fact.as_of - f.as_of <= timedelta(days=_LEFT_DAYS)) for f in place)
    return left and not any(f.status in _HOLDING and f.as_of == fact.as_of and (  # another's share: theirs still
        f.status != ControlStatus.PARTIAL or f.actor.name != fact.actor.name)
        or f.status == ControlStatus.CONTROLS and f.actor.name == fact.actor.name for f in place)


def superseded(facts: list[ControlFact], published: date | None) -> tuple[list[ControlFact], list[ControlFact]]:
    """Control claims with every holder a later, dated change of hands replaced marked as having lost the place
    ("recaptured Palmyra, ten months after Islamic State fighters seized it": Islamic State lost it), and with a holder
    a later taking of part of the place left holding part of it; a state dated by the report's day alone ("still holds")
    replaces nobody, a change of hands then does. A holder's fight for, threat to or hold of a place (or a site in it)
    its own taking or leaving settled that day or later is left out ("entered the town on Wednesday ... seized it";
    "captured X on Friday, pulled out on Saturday"), as is its hedged claim to a place its surer loss settled ("lost
    X ... says it still holds X"); a contest for a place its holder left or nobody resisted is a taking (_left_to),
    first. Returns the claims kept, and the contests made takings as told (their own day)."""
    for fact in (taking := [f for f in facts if f.status == ControlStatus.CONTESTED and _left_to(f, facts)]):
        fact.status = ControlStatus.CONTROLS
    taken = [replace(f) for f in taking]
    for fact in [f for f in facts if f.status == ControlStatus.CONTROLS]:
        for status, left in ((ControlStatus.CONTROLS, ControlStatus.LOST), (ControlStatus.PARTIAL,) * 2):
            if later := [f.as_of for f in facts if f.status == status and f.actor.name != fact.actor.name
                         and f.place.name == fact.place.name and f.as_of and fact.as_of and fact.as_of < f.as_of
                         and (f.as_of != published or f.changed)]:  # a later taking of part leaves it a part
                fact.status, fact.as_of = left, max(later)
                break
    return [fact for fact in facts if fact.status not in _PENDING | _HOLDING or not any(
        f.status in _SETTLED - {fact.status} and f.actor.name == fact.actor.name and f.place.name in {fact.place.name,
            fact.place.name.removesuffix(f" {fact.place.feature}")}  # or a site in it ("X garrison", "X base")
        and f.as_of and fact.as_of and (fact.as_of <= f.as_of and fact.status != ControlStatus.PARTIAL or not
            fact.changed and fact.certainty == model.Certainty.CLAIMED != f.certainty) for f in facts)], taken


def losses(events: list[EventFact], control: list[ControlFact], table: FrameTable, taxonomy: Taxonomy
           ) -> list[ControlFact]:
    """Actor 2's loss of the place a change of hands gives actor 1 (acled_taxonomy.yaml `loser`), if told no other."""
    held = {(f.actor.name if f.status != ControlStatus.LOST else "", f.place.name) for f in control}  # or left
    lost = {(e.actor2.name, f.place.name): replace(f, actor=e.actor2, status=ControlStatus.LOST) for e in events if (
        e.actor1 and e.actor2 and e.place and taxonomy.by_sub_event_type(e.sub_event_type).loser and "unarmed" not in
        table.groups_of(e.actor2.inter_code)) for f in control if f.status == ControlStatus.CONTROLS and (
        f.actor.name, f.place.name) == (e.actor1.name, e.place.name)}
    return [f for (side, place), f in lost.items() if not {(side, place), ("", place)} & held]


TAKE, TAKEN = "take", word_book("notes").texts("events")["taking"]  # its class in frame_table.yaml, its note


def taking_events(taken: list[ControlFact], control: list[ControlFact], table: FrameTable,
                  taxonomy: Taxonomy, story_day: date | None) -> list[EventFact]:
    """One event per contest the report's other claims make a taking, on its day; none for a background taking."""
    events = []
    for fact in taken:
        kinds = defaultdict(frozenset, agent=table.groups_of(fact.actor.inter_code), patient=frozenset({"ground"}),
                            **{TERMS: fact.terms})
        case = taxonomy.codes[c.code] if (c := table.decide(TAKE, kinds.__getitem__, None)) is not None else None
        if case is None or case.event_type is None or case.sub_event_type is None or fact.as_of is None or (
                table.history(fact.as_of, story_day)):
            continue
        left = next((f.actor for f in control if f.status == ControlStatus.LOST and f.place.name == fact.place.name
                     and f.actor.name != fact.actor.name), None)
        events.append(EventFact(event_type=case.event_type, sub_event_type=case.sub_event_type, evidence=fact.evidence,
            actor1=fact.actor, actor2=left, place=fact.place, certainty=fact.certainty, claim_source=fact.claim_source,
            date=DateSpan(fact.as_of, fact.as_of, model.TimePrecision.DAY), notes=[TAKEN]))
    return events
