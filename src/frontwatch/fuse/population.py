"""Population under control per actor on a date, from gazetteer populations of controlled places.

Rule (shares in data/fusion.yaml): a place counts its full gazetteer population for the actor
that `controls` it, half for `partial`, nothing for `contested`, `threatened` or `lost`. Only
populated places count: facilities (airports, prisons...) count 0 because their parent town
counts, and regions/countries count 0 because their towns count. A place is counted once per
actor (by GeoNames id, else by name). Only reported control counts; claims are listed apart.
Places without a known population are listed as uncounted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from frontwatch.fuse.control import ControlInterval, control_as_of
from frontwatch.fuse.rules import FusionRules, load_rules
from frontwatch.fuse.views import FactReader, QuantityView
from frontwatch.store import Store


@dataclass(frozen=True)
class PlaceShare:
    """One controlled place's contribution to an actor's population figure."""

    interval: ControlInterval
    population: int | None
    share: float
    counted: int
    why: str


@dataclass(frozen=True)
class PopulationEstimate:
    """An actor's computed population under control on a date, beside the figures reports claim."""

    actor: str
    as_of: date
    computed: int
    places: tuple[PlaceShare, ...]
    claimed: tuple[QuantityView, ...]


def _share(interval: ControlInterval, rules: FusionRules) -> PlaceShare:
    place = interval.place
    share = rules.population_share[interval.status]
    if place.feature not in rules.counted_features:
        return PlaceShare(interval, place.population, 0.0, 0, f"{place.feature}: counted through its town or its towns")
    if place.population is None:
        return PlaceShare(interval, None, share, 0, "population unknown in the gazetteer")
    counted = int(round(place.population * share))
    reason = f"{interval.status}: {share:g} × {place.population:,}"
    return PlaceShare(interval, place.population, share, counted, reason)


def _identity(interval: ControlInterval) -> tuple:
    place = interval.place
    return ("gn", place.geonames_id) if place.geonames_id else ("name", place.name.lower())


def population_under_control(store: Store, as_of: date, rules: FusionRules | None = None,
                             reader: FactReader | None = None) -> list[PopulationEstimate]:
    """Per actor, the population of the places it controls on `as_of`, and the figures claimed."""
    rules = rules or load_rules()
    reader = reader or FactReader(store)
    by_actor: dict[str, dict[tuple, PlaceShare]] = defaultdict(dict)
    for interval in control_as_of(store, as_of, include_claimed=False, rules=rules, reader=reader):
        share = _share(interval, rules)
        seen = by_actor[interval.actor].get(_identity(interval))
        if seen is None or share.counted > seen.counted:
            by_actor[interval.actor][_identity(interval)] = share
    claims: dict[str, list[QuantityView]] = defaultdict(list)
    for quantity in reader.quantities():
        if quantity.what.lower() in rules.claimed_population_what and (quantity.date is None or quantity.date <= as_of):
            claims[reader.canonical_actor(quantity.actor) or ""].append(quantity)
    estimates = []
    for actor in sorted(set(by_actor) | {a for a in claims if a}):
        shares = tuple(sorted(by_actor.get(actor, {}).values(), key=lambda s: -s.counted))
        estimates.append(PopulationEstimate(actor, as_of, sum(s.counted for s in shares), shares,
                                            tuple(claims.get(actor, ()))))
    if claims.get(""):
        estimates.append(PopulationEstimate("(actor not named)", as_of, 0, (), tuple(claims[""])))
    return estimates
