"""One event per happening within a report: sentences that retell it are folded together."""

from __future__ import annotations

from frontwatch.model import Certainty, EventFact
from frontwatch.resolve.geo_math import haversine_km

SAME_PLACE_KM = 30.0
_REMOTE = "Explosions/Remote violence"
_VIOLENT_TYPES = {"Battles", _REMOTE, "Violence against civilians"}
_VIOLENT_SUBTYPES = {"Excessive force against protesters", "Protest with intervention"}
_BATTLE_FAMILY = {"Armed clash", "Non-state actor overtakes territory", "Government regains territory",
                  "Non-violent transfer of territory"}  # one side's withdrawal is the other's taking
_STRENGTH = {"Non-state actor overtakes territory": 2, "Government regains territory": 2, "Armed clash": 1}
_CERTAINTY_RANK = {Certainty.CONFIRMED: 2, Certainty.REPORTED: 1, Certainty.CLAIMED: 0}


def _bare(event: EventFact) -> bool:
    """An event told with neither actor nor toll: most likely a retelling of another."""
    return event.actor1 is None and event.fatalities_low is None


def _violent(event: EventFact) -> bool:
    return event.event_type in _VIOLENT_TYPES or event.sub_event_type in _VIOLENT_SUBTYPES


def _same_kind(a: EventFact, b: EventFact) -> bool:
    if a.sub_event_type == b.sub_event_type:
        return True
    if a.event_type == b.event_type == _REMOTE and (_bare(a) or _bare(b)):
        return True
    if _violent(a) and _violent(b) and (a.actor1 is None or b.actor1 is None):
        return True  # "four people were shot dead in the city": a detail of the day's violence
    same_days = a.date is None or b.date is None or (a.date.start, a.date.end) == (b.date.start, b.date.end)
    return {a.sub_event_type, b.sub_event_type} <= _BATTLE_FAMILY and same_days and (
        a.notes.count("failed attempt to take territory") == b.notes.count("failed attempt to take territory")
    )


def _same_place(a: EventFact, b: EventFact) -> bool:
    if a.place is None or b.place is None:
        return a.place is b.place
    return haversine_km(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude) <= SAME_PLACE_KM


def _same_time(a: EventFact, b: EventFact) -> bool:
    if a.date is None or b.date is None:
        return True
    return a.date.start <= b.date.end and b.date.start <= a.date.end


def _compatible_actors(a: EventFact, b: EventFact) -> bool:
    if a.actor1 is None or b.actor1 is None:
        return True
    return a.actor1.name == b.actor1.name


def same_event(a: EventFact, b: EventFact) -> bool:
    """Whether two events read from one report describe the same happening."""
    return _same_kind(a, b) and _same_place(a, b) and _same_time(a, b) and _compatible_actors(a, b)


def _fold(kept: EventFact, other: EventFact) -> EventFact:
    stronger = _STRENGTH.get(other.sub_event_type, 0) > _STRENGTH.get(kept.sub_event_type, 0)
    if stronger or (_bare(kept) and not _bare(other)):
        kept.event_type, kept.sub_event_type = other.event_type, other.sub_event_type
    if kept.date is None or (other.date is not None and other.date.precision < kept.date.precision):
        kept.date = other.date
    kept.actor1 = kept.actor1 or other.actor1
    kept.actor2 = kept.actor2 or other.actor2
    kept.place = kept.place or other.place
    for ally in other.assoc_actors:
        if ally not in kept.assoc_actors:
            kept.assoc_actors.append(ally)
    if other.fatalities_low is not None and (kept.fatalities_low or 0) < other.fatalities_low:
        kept.fatalities_low, kept.fatalities_high = other.fatalities_low, other.fatalities_high
    if _CERTAINTY_RANK[other.certainty] > _CERTAINTY_RANK[kept.certainty]:
        kept.certainty, kept.claim_source = other.certainty, other.claim_source
    kept.notes.append(f"also told at offset {other.evidence.start}: {other.evidence.text[:80]}")
    return kept


def merge_within_document(events: list[EventFact]) -> list[EventFact]:
    """Fold events of one report that describe the same happening into the first telling."""
    merged: list[EventFact] = []
    for event in events:
        target = next((m for m in merged if same_event(m, event)), None)
        if target is None:
            merged.append(event)
        else:
            _fold(target, event)
    return merged
