"""One event per happening within a report: frames of a sentence that tell one happening, and
sentences that retell it, are folded together (label families from data/acled_taxonomy.yaml)."""

from __future__ import annotations

import re

from frontwatch.extract.context import TOLD, UNDATED
from frontwatch.extract.doc_actors import ATTRIBUTED, INFERRED
from frontwatch.extract.table import load_table
from frontwatch.language import settings, word_book
from frontwatch.model import Actor, Certainty, EventFact, GeoPrecision, Place
from frontwatch.resolve.geo_math import place_km
from frontwatch.resolve.geo_names import fold
from frontwatch.taxonomy import CaseCode, load_taxonomy

_KM = load_table().places_km  # same_event, named_apart (data/frame_table.yaml)
_BATTLES = {c.family: c for c in load_taxonomy().codes.values() if c.mutual}  # a family's label both sides fight
(_NOTE_CHARS,) = settings("merge", "retold_note_chars")  # of a folded event's text, quoted
_DATE_NOTES = word_book("notes").texts("dates")  # how a date worked out is written
# the fixed words of a day worked out from its own words ("on the eve of the raid"), not lent by the report
_WORKED_OUT = [part for key in ("days_from", "after", "stamped")
               for part in re.split(r"\{.*?\}", _DATE_NOTES[key]) if part.strip()]
NOTES = word_book("notes").texts("events")  # the notes on events, by role (data/en/notes.yaml)
FAILED_ATTEMPT = NOTES["failed_attempt"]
DISTINCT = NOTES["distinct"]
LIKEWISE = NOTES["likewise"]
TOLD_BEFORE = NOTES["told_before"]
TOLL = NOTES["toll"]
WEAPON = NOTES["weapon"]
HELD_ANEW = NOTES["held_anew"]
DOERS_MOVING = NOTES["doers_moving"]
STAND_IN = NOTES["stand_in"]
MORE_DEAD = NOTES["more_dead"]
HEDGE = NOTES["hedge"].format


def _case(event: EventFact) -> CaseCode:
    return load_taxonomy().by_sub_event_type(event.sub_event_type)


def _bare(event: EventFact) -> bool:
    """An event told with neither actor nor toll: most likely a retelling of another."""
    return event.actor1 is None and event.fatalities_low is None


def _name(actor: Actor | None) -> str | None:
    """An actor's name, None for no actor."""
    return actor.name if actor is not None else None


def _told_actor1(event: EventFact) -> str | None:
    """The name of the actor 1 its own words give; None when the report's context supplied it."""
    name = _name(event.actor1)
    return None if name is None or {f"{INFERRED}: {name}", f"{ATTRIBUTED}: {name}"} & set(event.notes) else name


def _opposed(a: EventFact, b: EventFact) -> bool:
    """Whether two events have one pair of sides either way round (of a `mutual` label, dated, one side in common)."""
    sides = [(_told_actor1(e), e.actor2.name if e.actor2 else None) for e in (a, b)]
    loose, told = a.evidence.start == b.evidence.start, None not in (a.date, b.date)  # a battle told when
    return None not in (sides[0][0], sides[1][0]) and (sides[0] == sides[1] and sides[0][1] is not None or any(
        y == to and (y_to == x or loose and y_to is None) for (x, to), (y, y_to) in (sides, sides[::-1])) or told and
        _case(a).mutual and _case(b).mutual and bool(set(sides[0]) & set(sides[1]) - {None}))


def _same_kind(a: EventFact, b: EventFact) -> bool:
    one, other, weapons = _case(a), _case(b), [{n for n in e.notes if n.startswith(WEAPON)} for e in (a, b)]
    unnamed = any(n.startswith(INFERRED) for n in (*a.notes, *b.notes)) or any(  # or the label's unknown doer
        e.actor1 is not None and e.actor1.kind == _case(e).unknown_actor1 for e in (a, b))
    if one.code != other.code and (all(weapons) and not weapons[0] & weapons[1] and unnamed or (one.apart or (
            other.apart)) and a.evidence.start == b.evidence.start):  # or one its sentence told `apart`
        return False  # "a sniper killed a man" beside the day's shelling, its doer unknown or unidentified: another
    kin = one.family is not None and one.family == other.family
    # one is its doer's claim of the toll the other lacks
    claim = _told_actor1(a) is not None and _told_actor1(a) == _told_actor1(b) and any(
        x.certainty == Certainty.CLAIMED and x.fatalities_low is not None and y.fatalities_low is None
        for x, y in ((a, b), (b, a)))
    untold = None in (_told_actor1(a), _told_actor1(b)) and (
        kin or None in (one.family, other.family) or a.evidence.start == b.evidence.start) or claim
    if one.code == other.code or one.violent and other.violent and (untold or _opposed(a, b)) or not one.violent and (
            other.code in dict(one.part_of) and untold):  # a part told first, its whole by doers the report lends it
        return True  # "four people were shot dead in the city", "struck X, killing four": a detail, or told by sides
    same_days = a.date is None or b.date is None or (a.date.start, a.date.end) == (b.date.start, b.date.end)
    return kin and (_bare(a) or _bare(b) or (same_days and (FAILED_ATTEMPT in a.notes) == (FAILED_ATTEMPT in b.notes)))


def _holds(region: Place | None, place: Place | None) -> bool:
    """Whether a place is a region the other lies in ("raided X in Y state ... and killed nine": Y's X)."""
    return region is not None and place is not None and region.precision == GeoPrecision.REGION != place.precision and (
        None is not region.admin1 == place.admin1 and region.country == place.country)


def _same_place(a: EventFact, b: EventFact, told: bool = False) -> bool:
    """Whether their places are near; `told` in one sentence, a region holds its places, one told apart is its own."""
    return a.place is b.place if a.place is None or b.place is None else place_km(a.place, b.place) <= _KM[
        "same_event"] and not (told and DISTINCT in (*a.notes, *b.notes) and a.place.name != b.place.name) or told and (
        _holds(a.place, b.place) or _holds(b.place, a.place))


def _named_apart(a: EventFact, b: EventFact) -> bool:
    """Whether two sentences each name a town of their own: two happenings, as ACLED codes one per location."""
    one, other = a.place, b.place
    return one is not None and other is not None and a.evidence.start != b.evidence.start and one.name != other.name \
        and GeoPrecision.REGION not in (one.precision, other.precision) and _placed_by_words(a) and (
            _placed_by_words(b) and place_km(one, other) > _KM["named_apart"])


def _same_time(a: EventFact, b: EventFact, told: bool = False) -> bool:
    """Whether their days overlap; `told` in one sentence, an undated noun shares the others'; `TOLD` may lag one."""
    return a.date is None or b.date is None or told and UNDATED in (a.date.expression, b.date.expression) or all(
        x.start.toordinal() - x.expression.startswith(TOLD.format("")) <= y.end.toordinal()  # told: or the day before
        for x, y in ((a.date, b.date), (b.date, a.date)))


def same_event(a: EventFact, b: EventFact) -> bool:
    """Whether two events read from one report describe the same happening."""
    one, other, same = _told_actor1(a), _told_actor1(b), _case(a).code == _case(b).code
    actors = one is None or other is None or one == other or same and _opposed(a, b)
    days = a.evidence.start == b.evidence.start or _same_time(a, b)
    places = _same_place(a, b) or same and not _placed_by_words(b)
    return _same_kind(a, b) and places and not _named_apart(a, b) and days and actors


def _shares_participants(a: EventFact, b: EventFact) -> bool:
    """Whether two frames of one sentence share a participant (a protest's and a riot's crowd are one)."""
    crowds = {case.crowd for case in load_taxonomy().codes.values() if case.crowd is not None}
    names, others = ({"crowd" if x.kind in crowds else x.name for x in (e.actor1, e.actor2) if x is not None}
                     for e in (a, b))
    killing = _case(a).code != _case(b).code and any(_case(x).apart and y.fatalities_low for x, y in ((a, b), (b, a)))
    return not killing and (not names or not others or bool(names & others))


def _placed_by_words(event: EventFact) -> bool:
    """Whether its own sentence names its place (accents and marks aside) rather than the report lending it."""
    words = f" {fold(event.evidence.text)} "
    return event.place is not None and any(f" {fold(n)} " in words for n in (event.place.name, *event.place.aliases))


def _absorb(kept: EventFact, other: EventFact, retype: bool) -> None:
    if retype:
        kept.event_type, kept.sub_event_type = other.event_type, other.sub_event_type
    if (_told_actor1(kept) is None or retype and _case(kept).crowd) and other.actor1 is not None and (  # a riot's
            retype or _told_actor1(other) is not None):  # crowd: rioters
        guessed = {f"{INFERRED}: {kept.actor1.name}", f"{ATTRIBUTED}: {kept.actor1.name}"} if kept.actor1 else set()
        kept.notes = [n for n in kept.notes if n not in guessed]  # "were killed when police fired on a march": the
        kept.actor1, kept.actor2 = other.actor1, other.actor2 or kept.actor2  # doers told, not a guess
    if kept.date is None or (other.date is not None and other.date.precision < kept.date.precision and (
            kept.date.expression == UNDATED or _same_time(kept, other))):  # not another happening's days ("took X on
        kept.date = other.date  # Sunday, a week after the offensive began": Sunday)
    kept.actor1 = kept.actor1 or other.actor1  # and a side of the other that is not its doer: no side fights itself
    kept.actor2 = kept.actor2 or next((a for a in (other.actor2, other.actor1) if a is not None and (
        kept.actor1 is None or a.name != kept.actor1.name) and a.kind != _case(other).crowd), None)  # (no crowd)
    if kept.place is None or TOLD_BEFORE in other.notes and _placed_by_words(other) and not _placed_by_words(kept) or (
            _holds(kept.place, other.place)):  # "agreed to free 900 detainees. The deal was reached in Geneva"; the
        kept.place = other.place  # village in the state it was told in
    kept.assoc_actors += [a for a in other.assoc_actors if a not in kept.assoc_actors]
    # the toll first told stands (ACLED's is the conservative figure): no later source's, nor a recalled happening's;
    # more dead told besides in another sentence, or its doers' own dead told unattributed, add to it (both sides'
    # dead count; its own sentence's are counted with it)
    hit_back = _name(other.actor2) is not None and _name(other.actor2) == _name(kept.actor1) != _name(kept.actor2)
    doers_dead = hit_back and other.claim_source is None
    besides = (MORE_DEAD in other.notes or doers_dead) and other.evidence.start != kept.evidence.start
    if other.fatalities_low is not None and (kept.fatalities_low is None or besides):
        kept.add_toll(other.fatalities_low, other.fatalities_high)
    if list(Certainty).index(other.certainty) < list(Certainty).index(kept.certainty):  # surer (listed first)
        kept.certainty, kept.claim_source = other.certainty, other.claim_source


def _yields(detail: EventFact, verb: EventFact) -> bool:
    """Whether a noun's label, or an undone doing's, yields to one a verb's words chose against its `victims`."""
    told = _case(verb)
    return told.victims is not None and verb.actor2 is not None and verb.actor2.kind == told.victims and (
        _case(detail).family != told.family)


def fold_sentence(events: list[EventFact], preferred: str | None, details: frozenset[int] = frozenset(),
                  guessed: frozenset[int] = frozenset()) -> list[EventFact]:
    """Frames of one sentence that tell one happening (the same participants, place and days: "stormed the village,
    killing twelve and burning houses") make one event, named by the strongest label its words chose (a label the typer
    `guessed` for a word of many senses has no strength: "forty died when a bus bomb went off" is a bombing), then one
    its words chose, then one told through a verb, then a violent one, then the typer's (`preferred`), then the first
    (against harm a verb tells done to victims, a noun's label or one nobody is told doing is strong only within its
    family). An event named only by a noun (`details`, positions in `events`: "clashed during a rally") is a detail of a
    happening the sentence tells through a verb at its place and time, whoever its participants."""
    groups: list[list[EventFact]] = []
    for position in sorted(range(len(events)), key=lambda k: k in details):
        event = events[position]
        group = next((g for g in groups if all(
            (position in details or _shares_participants(event, e)) and _same_place(event, e, told=True)
            and _same_time(event, e, told=True) for e in g)), None)
        if group is None:
            groups.append(group := [])
        group.append(event)
    folded = []
    for group in sorted(groups, key=lambda g: min(events.index(e) for e in g)):
        # labels a verb's words chose for a doer they tell; a noun's, or one nobody is told doing, may yield to them
        told = [e for e in group if events.index(e) not in guessed | details and _told_actor1(e) is not None]
        best = max(group, key=lambda e: (0 if events.index(e) in guessed or (
            events.index(e) in details or _told_actor1(e) is None) and any(_yields(e, v) for v in told)
                                         else _case(e).strength,
                                         events.index(e) not in guessed, events.index(e) not in details,
                                         _case(e).violent, _case(e).code == preferred, -events.index(e)))
        for other in (e for e in group if e is not best):
            _absorb(best, other, retype=False)  # told back by a crowd's noun before it: "the march turned violent"
            best.notes += [TOLD_BEFORE] if TOLD_BEFORE in other.notes and None not in (_case(best).crowd, _case(
                other).crowd) and events.index(other) < events.index(best) and TOLD_BEFORE not in best.notes else []
        folded.append(best)
    return folded


def _referent(event: EventFact, merged: list[EventFact]) -> EventFact | None:
    """The happening a definite noun refers back to: the last of its event type (a riot's: a march at its place, "the
    march turned into a riot") told before, of its days (of any, where none of its days was told and its day is the
    report's, not its words'); else, unless its label's `own_referent` (the protest against a shelling is one of its
    own), the last violent one told at its place, or at a place its own words did not name (the dateline's: "the
    ambush took place in X"), of its days ("the attack on the square" after "missiles hit the square"); a stand-in's,
    of any type."""
    undated = event.date is not None and event.date.expression == UNDATED
    told = event.date.expression.removeprefix(TOLD.format("")).lower() if event.date is not None else None
    lent = told is not None and (told == UNDATED or told not in event.evidence.text.lower() and not any(
        part in told for part in _WORKED_OUT))  # its days lent by the report (undated, or a paragraph's day), not told
    days = [m for m in reversed(merged) if undated or _same_time(m, event)] or (
        merged[::-1] if lent else [])  # none of its days told: the day the report lent it is no day
    same_type = next((m for m in days if STAND_IN not in event.notes and (m.event_type == event.event_type or (
        None not in (_case(m).crowd, _case(event).crowd) and _case(event).violent > _case(m).violent and (
            not event.place or _same_place(m, event))))), None)
    return same_type if same_type is not None or event.place is None or _case(event).own_referent else next((
        m for m in days if _case(m).violent and (_same_place(m, event) or not _placed_by_words(m))), None)


def _whole(event: EventFact, merged: list[EventFact]) -> EventFact | None:
    """The happening a later sentence tells a toll or a part of ("three were killed", "they burned forty houses": a
    label's `part_of`): the last one told before at its place, whose days hold its days, of a label it is part of and,
    for a part, done by one of its sides, by nobody told or by the side it left untold ("police arrested twelve": not a
    battle's, whose untold side may be anyone's), and to none of its label's `victims` but its sides (troops who shelled
    a market in a battle's town: a strike of its own); a crowd label's crowd is no doer ("police intervened")."""
    toll, doer, whole = TOLL in event.notes, _told_actor1(event), dict(_case(event).part_of)
    harmed = event.actor2.name if event.actor2 is not None and event.actor2.kind == _case(event).victims else None
    return next((m for m in reversed(merged) if m.evidence.start < event.evidence.start and (toll or _case(
        m).code in whole and {None if _case(event).crowd or m.actor2 is None and not _case(m).mutual else doer,
                              harmed} <= {None, _told_actor1(m), m.actor2 and m.actor2.name}) and (
            not _placed_by_words(event) or _same_place(m, event)) and (
            m.date is None or event.date is None or UNDATED == event.date.expression or
            m.date.start <= event.date.start and event.date.end <= m.date.end)), None) if toll or whole else None


def _fight(event: EventFact, merged: list[EventFact]) -> EventFact | None:
    """Where a toll over days by nobody named goes ("40 died since Friday"): the battle there, else the taking there."""
    if event.fatalities_low is None or event.date is None or event.date.start == event.date.end or not (
            {TOLL, TOLD_BEFORE} & set(event.notes) or _told_actor1(event) is None) or _case(event).family not in (
            None, *_BATTLES):  # not a shelling's, a strike's (a taking's: the fight for the place)
        return None
    told = [m for m in merged if _case(m).family in _BATTLES and (event.place is None or _same_place(m, event)) and (
        m.date is None or m.date.start <= event.date.end)]
    battles = [m for m in told if _case(m).mutual]  # of two or more battles told, a toll since the first is theirs
    return (battles[0] if len(battles) == 1 else None) if battles else told[-1] if told else None  # together


def _doers_deed(event: EventFact, merged: list[EventFact]) -> EventFact | None:
    """The happening whose doers a reference tells coming or going: the last by its actor 1 at its place and days."""
    if DOERS_MOVING not in event.notes or event.actor1 is None:
        return None
    doer, undated = event.actor1.name, event.date is None or event.date.expression == UNDATED
    return next((m for m in reversed(merged) if m.actor1 is not None and m.actor1.name == doer
                 and _same_place(m, event) and (undated or _same_time(m, event))), None)


def _note_retold(kept: EventFact, event: EventFact) -> None:
    """Note on the event kept where the text tells it again (the folded event's offset and first words)."""
    kept.notes.append(NOTES["also_told"].format(event.evidence.start, event.evidence.text[:_NOTE_CHARS]))


def merge_within_document(events: list[EventFact]) -> list[EventFact]:
    """Fold events of one report that describe the same happening into the first telling."""
    merged: list[EventFact] = []
    for event in events:
        if merged and LIKEWISE in event.notes and _told_actor1(event) is None:  # told "also" without a doer: of the
            before = merged[-1]  # kind, by the actors and, undated, on the days of the one before (its place its own)
            event.event_type, event.sub_event_type = before.event_type, before.sub_event_type
            event.actor1, event.actor2 = before.actor1, event.actor2 or before.actor2
            event.date = before.date if event.date is None or event.date.expression == UNDATED else event.date
        if (deed := _doers_deed(event, merged)) is not None:  # part of what they did, which it leaves as it was
            _note_retold(deed, event)
            continue
        if (fight := _fight(event, merged)) is not None:  # the toll of the days' fighting; a taking's: the fight
            if not _case(fight).mutual:  # for the place between its sides
                case = _BATTLES[_case(fight).family]
                event.event_type, event.sub_event_type = case.event_type or "", case.sub_event_type or ""
                event.actor1, event.actor2, event.place = fight.actor1, fight.actor2, event.place or fight.place
                merged.append(event)
            else:
                _absorb(fight, event, retype=False)
                _note_retold(fight, event)
            continue
        target = None if DISTINCT in event.notes else next((m for m in (  # more dead told besides: the last's
            merged[::-1] if MORE_DEAD in event.notes else merged) if same_event(m, event)), None)
        if target is None and HELD_ANEW in event.notes:  # a hold told as new retells the last taking told at its place
            target = next((m for m in reversed(merged) if _case(m).code == _case(event).code and _same_place(m, event)),
                          None)  # ("captured X on Monday. X is now held by Y, officials said on Tuesday")
        target = _referent(event, merged) if target is None and TOLD_BEFORE in event.notes else target
        # no day and no doer of its own: it retells a violent happening its report dates at its place, told before or
        # after ("shells hit X. Y attacked X on Monday")
        lent = event.date is not None and event.date.expression == UNDATED and not _told_actor1(event)
        if lent and target is None:
            target = next((m for m in events if m is not event and _case(m).violent and m.date is not None
                           and m.date.expression != UNDATED and m.place and _same_place(m, event)), None)
        whole = None if target is not None or DISTINCT in event.notes else _whole(event, merged)
        if (target := target or whole) is None:
            merged += [] if STAND_IN in event.notes else [event]  # a stand-in for nothing told is no happening
            continue
        kind, kept = _case(event), _case(target)
        # a plain attack told later as a battle is a battle, named as known by its means (a family with its victims:
        # "the attack killed six. A bomb exploded") that bombing; a bombing stays one; "the march" stays (or a riot); a
        means = TOLD_BEFORE in target.notes and kept.family is None and kind.family is not None and (  # part told
            kind.victims == kept.victims is not None) or not kept.violent and kind.code in dict(kept.part_of)  # first
        stronger = kind.violent > kept.violent and None is not kind.crowd is not kept.crowd or TOLD_BEFORE not in (
            event.notes) and (kind.strength > kept.strength and kept.family in {None, kind.family} or means)
        if whole is not None:  # a toll's harmed are no side of it; a part's doer may be the side it left untold
            doer = None if TOLL in event.notes or _told_actor1(event) == _told_actor1(whole) else event.actor1
            event.actor1, event.actor2 = None, None if kind.crowd else doer  # its label's crowd is no doer
            case = load_taxonomy().codes[dict(kind.part_of).get(kept.code, kept.code)]  # a march police broke up
            whole.event_type, whole.sub_event_type = case.event_type or "", case.sub_event_type or ""
        stand_in = STAND_IN in event.notes or lent  # it tells the place and days of one told, no kind nor sides
        event.actor1, event.actor2 = (None, None) if stand_in else (event.actor1, event.actor2)
        _absorb(target, event, retype=whole is None and not stand_in and (stronger or _bare(target) > _bare(event)))
        _note_retold(target, event)
    return merged
