"""Control timeline: per place, intervals of who holds it, from control claims and territorial events.

Rules (documented in data/fusion.yaml and here):
- a control claim is an observation at its `as_of` date (else the report's publication date);
- a territorial event (e.g. "Non-state actor overtakes territory") says actor1 controls its place
  from the event's first date and actor2, when known, lost it;
- claims (certainty "claimed") build their own timeline, kept apart from reported facts;
- on one date, an actor's status is the one most documents give (the others are kept as
  conflicting evidence); a new status ends the actor's previous interval; "controls" by one
  actor ends the others' controls/partial/contested intervals at that place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from frontwatch.fuse.rules import STATUSES, FusionRules, load_rules
from frontwatch.fuse.views import FactReader, PlaceView
from frontwatch.store import Store

_HOLDING = {"controls", "partial", "contested"}


@dataclass(frozen=True)
class ControlEvidence:
    """One fact behind a control interval: a control claim (ct-N) or territorial event (ev-N)."""

    fact_id: str
    doc_id: str
    outlet: str | None
    title: str | None
    observed: date
    status: str
    certainty: str
    claim_source: str | None
    text: str


@dataclass(frozen=True)
class ControlInterval:
    """An actor's status at a place from `start` until `end` (exclusive; None = still so)."""

    place: PlaceView
    actor: str
    status: str
    start: date
    end: date | None
    basis: str
    certainty: str
    evidence: tuple[ControlEvidence, ...]
    conflicting: tuple[ControlEvidence, ...] = ()
    ended_by: str | None = None

    def holds_on(self, day: date) -> bool:
        """Whether the interval covers a date."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass
class _Open:
    place: PlaceView
    actor: str
    status: str
    start: date
    basis: str
    evidence: list[ControlEvidence] = field(default_factory=list)
    conflicting: list[ControlEvidence] = field(default_factory=list)


@dataclass(frozen=True)
class _Observation:
    place: PlaceView
    actor: str
    basis: str
    evidence: ControlEvidence


def _basis(certainty: str) -> str:
    return "claimed" if certainty == "claimed" else "reported"


def _place_key(place: PlaceView) -> tuple:
    return ("id", place.id) if place.id is not None else ("name", place.name.lower())


def observations(reader: FactReader, rules: FusionRules) -> list[_Observation]:
    """Every dated control observation of a store: control claims and territorial events."""
    found = []
    for claim in reader.control():
        when = claim.as_of or reader.published(claim.doc_id)
        if when is None or claim.place is None:
            continue
        source = reader.sources.get(claim.doc_id)
        actor = reader.canonical_actor(claim.actor)
        found.append(_Observation(claim.place, actor, _basis(claim.certainty), ControlEvidence(
            claim.fact_id, claim.doc_id, source.outlet if source else None, source.title if source else None,
            when, claim.status, claim.certainty, claim.claim_source, claim.evidence_text)))
    for event in reader.events(sub_types=rules.territorial_sub_types):
        if event.sub_event_type not in rules.territorial_sub_types or event.place is None or event.date_start is None:
            continue
        source = reader.sources.get(event.doc_id)
        for named, status in ((event.actor1, "controls"), (event.actor2, "lost")):
            if named is None:
                continue
            holder = reader.canonical_actor(named)
            found.append(_Observation(event.place, holder, _basis(event.certainty), ControlEvidence(
                event.fact_id, event.doc_id, event.outlet, source.title if source else None, event.date_start,
                status, event.certainty, event.claim_source, event.evidence_text)))
    return found


def _certainty(basis: str, evidence: list[ControlEvidence], rules: FusionRules) -> str:
    if basis == "claimed":
        return "claimed"
    outlets = {e.outlet.strip().lower() for e in evidence if e.outlet and e.outlet.strip()}
    if len(outlets) >= rules.confirm_outlets or any(e.certainty == "confirmed" for e in evidence):
        return "confirmed"
    return "reported"


def _close(item: _Open, end: date | None, rules: FusionRules, ended_by: str | None = None) -> ControlInterval:
    return ControlInterval(item.place, item.actor, item.status, item.start, end, item.basis,
                           _certainty(item.basis, item.evidence, rules), tuple(item.evidence),
                           tuple(item.conflicting), ended_by)


def _timeline(obs: list[_Observation], rules: FusionRules) -> list[ControlInterval]:
    """Intervals of one place and one basis from its observations."""
    by_date: dict[date, dict[str, list[_Observation]]] = defaultdict(lambda: defaultdict(list))
    for o in obs:
        by_date[o.evidence.observed][o.actor].append(o)
    open_: dict[str, _Open] = {}
    done: list[ControlInterval] = []
    for day in sorted(by_date):
        for actor, items in sorted(by_date[day].items()):
            support: dict[str, set[str]] = defaultdict(set)
            for o in items:
                support[o.evidence.status].add(o.evidence.doc_id)
            status = max(support, key=lambda s: (len(support[s]), -STATUSES.index(s)))
            agreeing = [o.evidence for o in items if o.evidence.status == status]
            others = [o.evidence for o in items if o.evidence.status != status]
            current = open_.get(actor)
            if current is not None and current.status == status:
                current.evidence.extend(agreeing)
                current.conflicting.extend(others)
                continue
            if current is not None:
                done.append(_close(current, day, rules))
            open_[actor] = _Open(items[0].place, actor, status, day, items[0].basis, agreeing, others)
            if status == "controls":
                for other, item in list(open_.items()):
                    if other != actor and item.status in _HOLDING:
                        done.append(_close(item, day, rules, ended_by=actor))
                        del open_[other]
    done.extend(_close(item, None, rules) for item in open_.values())
    return done


def control_timeline(store: Store, rules: FusionRules | None = None,
                     reader: FactReader | None = None) -> list[ControlInterval]:
    """Every control interval of every place, reported and claimed timelines kept apart."""
    rules = rules or load_rules()
    reader = reader or FactReader(store)
    groups: dict[tuple, list[_Observation]] = defaultdict(list)
    for o in observations(reader, rules):
        groups[(_place_key(o.place), o.basis)].append(o)
    intervals = [i for obs in groups.values() for i in _timeline(obs, rules)]
    return sorted(intervals, key=lambda i: (i.place.name, i.basis, i.start, i.actor))


def control_as_of(store: Store, as_of: date, include_claimed: bool = True, include_lost: bool = False,
                  rules: FusionRules | None = None, reader: FactReader | None = None) -> list[ControlInterval]:
    """Who holds what on a date: the intervals covering it (claims flagged by basis="claimed")."""
    rows = [
        i for i in control_timeline(store, rules, reader)
        if i.holds_on(as_of) and (include_lost or i.status != "lost") and (include_claimed or i.basis != "claimed")
    ]
    return sorted(rows, key=lambda i: (i.actor, STATUSES.index(i.status), i.place.name, i.basis))


def interval_dict(interval: ControlInterval) -> dict:
    """A control interval as a plain dict (for JSON output)."""
    return {
        "place": interval.place.name, "latitude": interval.place.latitude, "longitude": interval.place.longitude,
        "population": interval.place.population, "actor": interval.actor, "status": interval.status,
        "start": interval.start.isoformat(), "end": interval.end.isoformat() if interval.end else None,
        "basis": interval.basis, "certainty": interval.certainty, "ended_by": interval.ended_by,
        "evidence": [e.fact_id for e in interval.evidence], "conflicting": [e.fact_id for e in interval.conflicting],
        "sources": sorted({e.doc_id for e in interval.evidence}),
    }
