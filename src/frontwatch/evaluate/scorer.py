"""Score a system's export records for one report against its gold record (rules: eval/FORMAT.md).

Choices where FORMAT.md leaves room:
- Events are matched one-to-one, greedily over all candidate pairs ordered by distance,
  then day gap between the system interval and the gold date, then required before optional.
- Arguments (actor1, certainty, fatalities) are scored over all matched events, required
  and optional: an optional gold event is a defensible reading, so once the system made
  it, its arguments can be judged. Fatalities are exact (null equals null).
- Geocoding counts every required gold event and every required control place with
  lat/lon; optional ones count only when the system paired them (see `_geocoding`).
- Quantity words agree when one side's content words (lower-cased, function words
  removed, lightly stemmed) are all among the other's: "prisoners" ~ "prisoners freed",
  "people killed" !~ "people at the station".
- Zero denominators give 1.0 (see `PRF`), so a report without gold quantities and
  without system quantities does not pull the average down.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from frontwatch.evaluate._events import (
    argument_shares,
    describe_gold,
    describe_system,
    match_events,
    pairs_prf,
    why_unmatched,
)
from frontwatch.evaluate._facts import (
    check_found,
    describe_control,
    describe_quantity,
    match_control,
    match_quantities,
)
from frontwatch.evaluate._geocoding import geocoding
from frontwatch.evaluate.gold import GoldRecord
from frontwatch.evaluate.metrics import PRF, Diagnostic, GeoShare, Share


@dataclass(frozen=True)
class Metrics:
    """All the counts of one scoring; adding two Metrics adds every count."""

    events: PRF = PRF()
    events_by_type: PRF = PRF()
    events_by_place_date: PRF = PRF()
    actor1: Share = Share()
    certainty: Share = Share()
    fatalities: Share = Share()
    geocoding: GeoShare = GeoShare()
    control: PRF = PRF()
    quantities: PRF = PRF()
    checks: Share = Share()

    def counts(self) -> dict[str, PRF | Share | GeoShare]:
        """The metric fields by name, in declaration order."""
        return {f.name: getattr(self, f.name) for f in fields(Metrics)}


@dataclass(frozen=True)
class RecordScore(Metrics):
    """The scores of one report, with the items that did not match."""

    id: str = ""
    unmatched_gold: list[Diagnostic] = field(default_factory=list)
    unmatched_system: list[Diagnostic] = field(default_factory=list)
    argument_errors: list[Diagnostic] = field(default_factory=list)
    geocoding_misses: list[Diagnostic] = field(default_factory=list)


@dataclass(frozen=True)
class Scores(Metrics):
    """Micro-averaged scores over reports: counts summed over `records`."""

    records: list[RecordScore] = field(default_factory=list)

    @property
    def unmatched_gold(self) -> list[Diagnostic]:
        """Required gold items no system item matched, over all records."""
        return [d for r in self.records for d in r.unmatched_gold]

    @property
    def unmatched_system(self) -> list[Diagnostic]:
        """System items matching no gold item, over all records."""
        return [d for r in self.records for d in r.unmatched_system]

    @property
    def argument_errors(self) -> list[Diagnostic]:
        """Wrong arguments of matched events, over all records."""
        return [d for r in self.records for d in r.argument_errors]

    @property
    def geocoding_misses(self) -> list[Diagnostic]:
        """Gold points not placed within 25 km, over all records."""
        return [d for r in self.records for d in r.geocoding_misses]


def _of_kind(system: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in system if isinstance(r, dict) and r.get("kind") == kind]


def _unpaired(items: list[Any], paired: Iterable[int]) -> list[Any]:
    taken = set(paired)
    return [item for i, item in enumerate(items) if i not in taken]


def score_record(gold: GoldRecord, system: list[dict[str, Any]]) -> RecordScore:
    """Score the export records produced for one report against that report's gold record."""
    events, control = _of_kind(system, "event"), _of_kind(system, "control")
    quantities, findings = _of_kind(system, "quantity"), _of_kind(system, "finding")
    rid = gold.id

    event_pairs = match_events(gold.events, events, "sub_event_type")
    by_type = match_events(gold.events, events, "event_type")
    by_place = match_events(gold.events, events, "place_date")
    control_pairs = match_control(gold.control, control)
    quantity_pairs = match_quantities(gold.quantities, quantities)
    found = [check_found(c, findings) for c in gold.checks]
    actor1, certainty, fatalities, arg_errors = argument_shares(gold.events, events, event_pairs)
    geo, geo_misses = geocoding(
        gold.events, event_pairs, gold.control, control_pairs, events, control
    )

    missed = [
        Diagnostic(rid, "event", f"{describe_gold(g)} — {why_unmatched(g, events)}")
        for g in _unpaired(gold.events, event_pairs)
        if not g.optional
    ]
    missed += [
        Diagnostic(rid, "control", describe_control(c))
        for c in _unpaired(gold.control, control_pairs)
        if not c.optional
    ]
    missed += [
        Diagnostic(rid, "quantity", describe_quantity(q))
        for q in _unpaired(gold.quantities, quantity_pairs)
        if not q.optional
    ]
    missed += [
        Diagnostic(rid, "check", f"{c.kind} of {c.place}: {c.claim}")
        for c, ok in zip(gold.checks, found, strict=False)
        if not ok
    ]
    extra = [Diagnostic(rid, "event", describe_system(s))
             for s in _unpaired(events, event_pairs.values())]
    extra += [Diagnostic(rid, "control", describe_control(s))
              for s in _unpaired(control, control_pairs.values())]
    extra += [Diagnostic(rid, "quantity", describe_quantity(s))
              for s in _unpaired(quantities, quantity_pairs.values())]

    event_optional = [g.optional for g in gold.events]
    return RecordScore(
        id=rid,
        events=pairs_prf(event_optional, len(events), event_pairs),
        events_by_type=pairs_prf(event_optional, len(events), by_type),
        events_by_place_date=pairs_prf(event_optional, len(events), by_place),
        actor1=actor1,
        certainty=certainty,
        fatalities=fatalities,
        geocoding=geo,
        control=pairs_prf([c.optional for c in gold.control], len(control), control_pairs),
        quantities=pairs_prf(
            [q.optional for q in gold.quantities], len(quantities), quantity_pairs
        ),
        checks=Share(sum(found), len(found)),
        unmatched_gold=missed,
        unmatched_system=extra,
        argument_errors=[Diagnostic(rid, "argument", e) for e in arg_errors],
        geocoding_misses=[Diagnostic(rid, "geocoding", m) for m in geo_misses],
    )


def score_all(pairs: list[tuple[GoldRecord, list[dict[str, Any]]]]) -> Scores:
    """Score every (gold record, its system records) pair and sum the counts (micro-average)."""
    records = [score_record(gold, system) for gold, system in pairs]
    totals: dict[str, Any] = dict(Metrics().counts())
    for record in records:
        for name, value in record.counts().items():
            totals[name] = totals[name] + value
    return Scores(records=records, **totals)
