"""Events for changes of hands only a whole report tells: an entry into a place its holder left that day
("the rebels pulled out overnight; troops entered the town", "entered X, ending the rebels' occupation")
is a taking (control.superseded), coded as the frame table codes a taking of ground."""

from __future__ import annotations

from collections import defaultdict

from frontwatch.extract.table import FrameTable
from frontwatch.model import ControlFact, ControlStatus, DateSpan, EventFact, TimePrecision
from frontwatch.taxonomy import Taxonomy

TAKE = "take"  # the frame class (data/frame_table.yaml) whose events code a taking of ground
TAKEN = "a taking: an entry into a place its holder left"  # the note on such an event


def taking_events(taken: list[ControlFact], control: list[ControlFact], table: FrameTable,
                  taxonomy: Taxonomy) -> list[EventFact]:
    """One event for each contest the report's other claims make a taking, the holder that left second."""
    events = []
    for fact in taken:
        kinds = defaultdict(frozenset, agent=table.groups_of(fact.actor.inter_code), patient=frozenset({"ground"}))
        candidate = table.decide(TAKE, kinds.__getitem__, None)
        case = taxonomy.codes[candidate.code] if candidate is not None else None
        if case is None or case.event_type is None or case.sub_event_type is None or fact.as_of is None:
            continue
        left = next((f.actor for f in control if f.status == ControlStatus.LOST and f.place.name == fact.place.name
                     and f.actor.name != fact.actor.name), None)
        events.append(EventFact(event_type=case.event_type, sub_event_type=case.sub_event_type, evidence=fact.evidence,
            actor1=fact.actor, actor2=left, place=fact.place,
            date=DateSpan(fact.as_of, fact.as_of, TimePrecision.DAY), certainty=fact.certainty,
            claim_source=fact.claim_source, notes=[TAKEN]))
    return events
