"""Events from frames: the frame table picks each frame's code, its arguments fill the event,
and the label's behaviour (data/acled_taxonomy.yaml) orders and completes its actors."""

from __future__ import annotations

from typing import Literal

from frontwatch.extract import merge
from frontwatch.extract.arguments import FrameArguments, apart, happening, stand_ins
from frontwatch.extract.context import DocumentContext, SentenceUnit, day_offset, definite, going_on, past_perfect
from frontwatch.extract.doc_actors import INFERRED, refers_back
from frontwatch.extract.table import CHANGE, TERMS, Candidate, FrameTable
from frontwatch.language import settings, word_book
from frontwatch.model import Actor, Certainty, EventFact, TimePrecision
from frontwatch.reading.attribution import judged, recalled, told_earlier
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.reading.model import Frame, pairs
from frontwatch.taxonomy import CaseCode, Taxonomy

_DOERS, _ANSWERING, _LEX, _SUBJECTS = ("agent", "instrument"), "answering", load_lexicon(), {"nsubj", "nsubjpass"}
_HARM, _OVERLAP = "harm", word_book("time").words("overlap")  # a class tag (predicates.yaml): "shot dead X on
# Monday after a gunfight" tells no gunfight; a clause's time phrases ("after clashes"; not "jailed for the raid")
_DISTINCT, _LIKEWISE, _SEQUENCE = (word_book("reference").words(key) for key in ("distinct", "likewise", "sequence"))
_SPANNING = word_book("spatial").words("spanning")  # "ambushed troops between A and B": one place
(_OPENING,) = settings("events", "opening_words")  # extraction_settings.yaml


class EventReader:
    """Turns the frames of a sentence into EventFacts."""

    def __init__(self, table: FrameTable, taxonomy: Taxonomy) -> None:
        self.table, self.taxonomy = table, taxonomy

    def read(self, ctx: DocumentContext, unit: SentenceUnit, frames: list[Frame], typing: object | None
             ) -> list[EventFact]:
        """The events a sentence tells, one per set of participants; a deed's unowned harm is its toll."""
        frames = [one for frame in frames for one in pairs(frame, lambda t: ctx.names_place(t) and (
            t.head.lower_ not in _SPANNING))]  # "shelled A on Monday and B on Tuesday", "took A and B": two
        deals = {g.predicate.i for f in frames if f.asserted and self.table.transitions(f.cls) and FrameArguments(
            ctx, f, self.table).kinds(TERMS, frames) for g in frames if g is not f and g.cls in self.table.agreed and (
            g.bare or g.predicate.dep_ == "acl") and g.head in f.head.subtree}  # "entered X under the truce", "as part
        # of a deal brokered by Y": a deal told in passing is the terms of the change, no event of its own
        first = [None if f.predicate.i in deals else self._event(ctx, unit, f, frames, typing) for f in frames]
        spent = frozenset(self.taxonomy.by_sub_event_type(r[0].sub_event_type).code for r in first if r is not None)
        read = [(f, r) for f, once in zip(frames, first, strict=True)
                if (r := once or self._beside(ctx, unit, f, frames, typing, spent, first)) is not None]
        crowds = [f.head for f, (e, _) in read if self.taxonomy.by_sub_event_type(e.sub_event_type).crowd]
        read = [(f, r) for f, r in read if not any(h in f.head.ancestors and apart(f.predicate, h) for h in crowds)]
        told: set[int] = set()  # participles of a happening whose words chose its label: no label of their own
        for k, (frame, (event, _)) in enumerate(read):  # "shelled X on Thursday and Friday, killing dozens"
            verb = frame.predicate  # a participle hung on another's verb tells what that one did
            participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
            for host, chosen in [r for f, r in read if participle and verb.head in {f.predicate, f.head}][:1]:
                event.date, told = host.date, told | ({k} if chosen else set())
        doers = {t.i for f, _ in read for t in f.roles.get("agent", [])}  # "strikes killed 20": the killing is a detail
        details = frozenset(k for k, (f, (e, _)) in enumerate(read) if f.bare and f.predicate.i not in doers or any(
            g.predicate.i in {t.i for t in f.roles.get("agent", [])} for g, _ in read) or (
            merge.TOLL in e.notes and doers))
        guessed = frozenset(k for k, (_, (_, chosen)) in enumerate(read) if not chosen or k in told)
        return merge.fold_sentence([e for _, (e, _) in read], getattr(typing, "label", None), details, guessed)

    def _beside(self, ctx: DocumentContext, unit: SentenceUnit, frame: Frame, frames: list[Frame],
                typing: object | None, spent: frozenset[str],
                first: list[tuple[EventFact, bool] | None]) -> tuple[EventFact, bool] | None:
        """The event of a doer's own doing the typer left unread beside the others, at a place of its own; or none."""
        if frame.bare or not spent or all(happening(t) for t in frame.roles.get("agent", [])):
            return None
        told = self._event(ctx, unit, frame, frames, typing, spent)
        placed = {one[0].place.name for one in first if one is not None and one[0].place is not None}
        return told if told is not None and told[0].place is not None and told[0].place.name not in placed else None

    def _event(self, ctx: DocumentContext, unit: SentenceUnit, frame: Frame, frames: list[Frame],
               typing: object | None, spent: frozenset[str] = frozenset()) -> tuple[EventFact, bool] | None:
        """The event a frame tells and whether its words chose its label; `spent`: codes the others took."""
        if not frame.asserted or _background(ctx, unit, frame) or ctx.lasting(unit.span, frame.head):
            return None  # not told as real, or recalled
        args = FrameArguments(ctx, frame, self.table, coding=True)
        fatal, when = self.table.fatal(frame.cls), args.date(frames, remember=False)  # a tally is no happening: what
        plural = any(t.tag_ == "NNS" and (t is frame.predicate or happening(t)) for t in (  # nobody named did, or
            frame.predicate, *frame.roles.get("agent", [])))  # happenings told in the plural ("attacks by X have ...")
        if when and (when.end - when.start).days > self.table.history_days["span"] and (fatal or when.end >= (
                ctx.document.published or when.end)) and (plural or not any(frame.roles.get(r) for r in _DOERS)) or (
                    fatal and "conflict" in args.kinds("agent")):  # over months up to now (or killed), or the war did
            return None  # ("80 were kidnapped this year", "1,200 were killed last year", "the conflict killed 300,000")
        bare = frame.bare and not any(  # "the capture of X by Y" tells who did it: a known actor
            ctx.actors.known(n) is not None for f in args.roles.get("agent", [])[:1] for n in stand_ins(f))
        # a happening without a doer told "also" ("deaths were also reported in X") is of the kind told before (merge)
        likewise = not any(frame.roles.get(r) for r in _DOERS) and any(c.dep_ == "advmod" and c.lower_ in _LIKEWISE
            for w in (frame.head, frame.predicate, frame.predicate.head) for c in w.children)
        uncast, kinds = frozenset[str](), dict[str, frozenset[str]]()  # each role's kinds read once
        retold = frame.predicate.pos_ == "NOUN" and definite(frame.predicate) and not likewise  # a definite noun no
        for stand_in in (False, True)[:1 + (retold and not any(frame.roles.get(r) for r in _DOERS))]:  # doer tells,
            # read as no event, stands in for one told before ("the ambush took place in X")
            while (candidate := self.table.decide(frame.cls, lambda r: kinds[r] if r in kinds else kinds.setdefault(
                    r, args.kinds(r, frames)), typing, bare=bare, told_kind=likewise or stand_in, excluded=uncast,
                    spent=spent)) is not None:
                told = self._coded(ctx, unit, frame, frames, typing, args, candidate, likewise, stand_in)
                if told is not False and (told is not None or not candidate.trusted):
                    return told
                uncast |= {candidate.code}  # the typer's choice nobody here can do: its next choice (or the class's)
        return None

    def _coded(self, ctx: DocumentContext, unit: SentenceUnit, frame: Frame, frames: list[Frame],
               typing: object | None, args: FrameArguments, candidate: Candidate, likewise: bool,
               stand_in: bool = False) -> tuple[EventFact, bool] | None | Literal[False]:
        """The event a frame tells as `candidate`'s code; False if the code needs a doer the report lacks."""
        case = self.taxonomy.codes[candidate.code]
        if case.event_type is None or case.sub_event_type is None:
            return None  # a non-ACLED kind (crime, disaster, diplomacy) is no conflict event
        agreed = getattr(typing, "label", None) == case.code and getattr(typing, "layer", "both") == "both"
        if case.weak and not candidate.when and not agreed:  # the typer chose it with both its layers
            return None  # a catch-all the typer chose needs both its layers; one the roles decide does not
        notes = [merge.FAILED_ATTEMPT] if frame.modality == "failed" else [merge.HELD_ANEW] if (
            CHANGE in candidate.when) else []
        notes += [f"{merge.WEAPON}: {k}" for k in sorted(args.kinds("instrument"))]  # "a sniper", "shells hit the town"
        objects = (o for c in frame.predicate.children for o in (c, *c.children) if o.dep_ in {"dobj", "pobj"})
        counted = (off := day_offset(frame.predicate)) and off[1].dep_ == "prep" and frame.predicate in off[1].subtree
        stand_in, known = stand_in and not counted, not (counted or frame.elsewhere) and definite(frame.predicate) if (
            frame.predicate.pos_ == "NOUN") else (  # "the march ended"; a noun counted from its clause's day is news
            _ANSWERING in _LEX.tags(frame.predicate) and any(definite(o) and _LEX.predicate_class(o, _LEX.keys(o)) for o
            in objects)) or any(happening(a) and definite(a) for a in frame.roles.get("agent", []))  # ("days after")
        known = known or any(map(definite, frame.roles.get("whole", [])))  # a part of the fight told before it backs
        opening = frame.sentence[:_OPENING]  # words that mark a new happening: "Later that day, ...", "a second bomb";
        toll = self._toll(frame, frames)  # not of a noun of no happening ("Earlier reports said six were killed")
        harmed = {t for f in frames if self._toll(f, frames) for t in f.roles.get("patient", [])}  # "another" of them
        distinct = opening[0].lower_ in _SEQUENCE and not opening[-1].is_punct and (opening[-1].pos_ != "NOUN" or (
            happening(opening[-1]))) or any(
            c.dep_ in {"amod", "det"} and c.lower_ in _DISTINCT for w in (frame.predicate, *(  # is one more hurt, in
                t for fillers in frame.roles.values() for t in fillers if t not in harmed))  # any frame ("another
            for c in w.children) or frame.later_pair  # was hurt in the fighting")
        notes += [merge.DISTINCT] if distinct else [merge.TOLD_BEFORE] if known else [merge.TOLL] if toll else []
        chosen = bool(candidate.when) or candidate.trusted or not self.table.classes[frame.cls].generic
        notes += [merge.LIKEWISE] if likewise and not chosen else [merge.STAND_IN] if stand_in else []
        notes += [merge.DOERS_MOVING] if "moving" in _LEX.class_tags.get(frame.cls, ()) and any(  # "the attackers
            map(refers_back, frame.roles.get("agent", []))) else []  # arrived"
        actor1 = args.actor(candidate.actors[0])
        actor2 = next((a for i, role in enumerate(candidate.actors[1:]) if (  # a role twice: its other side
            a := args.actor(role, candidate.actors[:i + 1].count(role))) is not None), None)
        place = None if stand_in and not ctx.places_in(frame.head.left_edge.idx, frame.head.right_edge.idx + len(
            frame.head.right_edge)) else args.place()  # a stand-in tells only a place its own words name
        unknown = bool(candidate.when) or merge.TOLD_BEFORE not in notes and not args.cast.get(candidate.actors[0])
        actor1, actor2, named = self._cast(ctx, case, actor1, actor2, notes if args.cast is args.roles else [], unknown)
        told = actor1 is not None and f"{INFERRED}: {actor1.name}" not in notes  # a battle told by one side or none
        if case.mutual and actor2 is None and merge.TOLD_BEFORE not in notes and len(  # ("a gunfight broke out",
                two := ctx.actors.warring(frame.head, near=True)) == 2 and (not told or actor1 in two):  # not retold)
            actor1 = actor1 if told and actor1 in two else two[0]  # the two sides its sentence or the one before names
            actor2 = next(a for a in two if a != actor1)
        actor1, actor2 = ctx.actors.placed_at(actor1, place), ctx.actors.placed_at(actor2, place)
        when = args.date(frames)
        sides = [self.table.groups_of(a.inter_code) if a is not None else frozenset() for a in (actor1, actor2)]
        if actor2 is not None and case.second_first(when, place, (actor1, actor2), "state" in sides[1] - sides[0]):
            actor1, actor2, sides = actor2, actor1, sides[::-1]  # ACLED's coders' order (acled_taxonomy, side_order)
        if actor1 is not None and actor2 is not None and actor1.name == actor2.name and not frame.reciprocal:
            actor2 = None  # "gunmen looted the shop they had torched": nobody does it to themselves
        if case.actor1 is not None and case.actor1 not in sides[0]:
            return None if candidate.when else False  # a battle or a change of hands by nobody named
        if case.weak and going_on(frame.predicate) and not ctx.dated_clause(unit.span, frame.predicate) or (
                when is not None and self.table.history(when.end, ctx.story_day)):
            return None  # background ("the camp was built in 1949"), a catch-all going on at no day ("were recruiting")
        doer = named or actor1
        reading, (low, high) = args.reading(doer), args.fatalities(frames)
        allies = [] if doer is None else list({a.name: a for a in (  # the sentence's, document's, registry's
            *args.actors("ally"), *ctx.actors.alliances.get(doer.name, []), *map(ctx.actors.registry.get, doer.allies))
            if a is not None and a.name != doer.name}.values())
        return EventFact(event_type=case.event_type, sub_event_type=case.sub_event_type, evidence=ctx.evidence(unit),
            actor1=actor1, actor2=actor2, assoc_actors=[named, *allies] if named is not None else allies,
            place=place, date=when, fatalities_low=low, fatalities_high=high, certainty=reading.certainty,
            claim_source=reading.source if reading.certainty != Certainty.CONFIRMED else None,
            trigger=frame.predicate.text, notes=notes + args.notes + [merge.HEDGE(h) for h in reading.hedges], ), chosen

    def _toll(self, frame: Frame, frames: list[Frame]) -> bool:
        """Whether a frame tells harm nobody is told doing (a happening of its sentence is no doer)."""
        happenings = {f.predicate for f in frames}
        return (self.table.fatal(frame.cls) or frame.cls in self.table.harms) and not any(
            t not in happenings for r in _DOERS for t in frame.roles.get(r, []))

    def _cast(self, ctx: DocumentContext, case: CaseCode, actor1: Actor | None, actor2: Actor | None,
              notes: list[str], unknown: bool) -> tuple[Actor | None, Actor | None, Actor | None]:
        """Actors 1 and 2 as the label codes them, and the named group a crowd acts for; else the default doer."""
        if case.crowd is not None:
            if case.crowd_first and actor1 is not None and "state" in self.table.groups_of(actor1.inter_code):
                actor1, actor2 = actor2, actor1
            named = actor1 if actor1 is not None and (  # a named group (of the registry, or a name the text gives)
                actor1.needs_review or ctx.actors.registry.get(actor1.name) is not None) else None
            actor1 = ctx.actors.default_actor1(case, notes)
            return actor1, None if (actor2 and actor2.name) == (actor1 and actor1.name) else actor2, named
        if actor1 is None:
            actor1 = ctx.actors.default_actor1(case, notes, unknown or case.actor1 is None)
            if actor1 is not None and actor1.name == (actor2 and actor2.name) and actor1.kind != case.unknown_actor1:
                actor1 = None  # "the battle that drove the group out" (unidentified men may fight unidentified men)
        elif (case.actor1 is None or unknown) and not case.weak and "civilians" in self.table.groups_of(
                actor1.inter_code):  # "villagers attacked a camp", "looted"; a battle only where the roles decide it
            actor1 = ctx.actors.armed(actor1)
        if case.victims and actor2 is not None and "crowd" in self.table.groups_of(actor2.inter_code):
            actor2 = ctx.actors.registry.generic(case.victims, actor2.country) or actor2  # "shot into a crowd"
        return actor1, actor2, None


def _background(ctx: DocumentContext, unit: SentenceUnit, frame: Frame) -> bool:
    """Whether a frame recalls a happening rather than tells it: an earlier one ("lost X once before", "have since
    captured Y") or one told elsewhere that the words judge ("called it the deadliest attack"), whatever its date; a
    recalled clause ("since the city fell", "the post, which they seized") or one in the past perfect, not said, and
    what its phrases name in passing or as its subject ("had seized X after weeks of shelling", "after a drone strike
    killed nine"; a recalled clause's passing phrase by a definite noun: "families displaced by the fighting"), with no
    date telling news, a day's or a week's ("on Sunday"; not "in April", nor one that tells a recalled clause no day,
    "in the first weeks of the war"; a story day, "a day after taking X", is news, and an indefinite noun passing in
    a clause a day dates that harms nobody, "fled X on Friday after clashes"); the past perfect undated is told."""
    passing, doing = (frame.clause is None and frame.predicate.dep_ in deps for deps in ({"pobj"}, _SUBJECTS))
    heads = [frame.head, *[a for a in frame.predicate.ancestors if a.pos_ in {"VERB", "AUX"}][:int(passing or doing)]]
    news = passing and heads[1:] and frame.predicate.head.lower_ in _OVERLAP and _HARM not in (
        heads[-1]._.frame_tags) and ctx.dated_clause(unit.span, heads[-1])
    return told_earlier(frame.head) or judged(frame.predicate) or any((recalled(head) and (
        head is frame.head and not news or doing or definite(frame.predicate)) or past_perfect(head) and not (
            frame.attribution and head.dep_ == "ccomp") and ctx.dated_clause(unit.span, head)) and (
        not ctx.dated_clause(unit.span, head) or (when := ctx.date_in(unit.span, head)) is None and recalled(head) and (
            day_offset(head) is None) or when is not None and when.precision >= TimePrecision.MONTH) for head in heads)
