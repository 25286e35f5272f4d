"""Grouping reports of one event: blocked candidate search, pairwise rules, human constraints."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from frontwatch.fuse.rules import FusionRules
from frontwatch.fuse.views import EventView
from frontwatch.resolve.geo_math import haversine_km

KM_PER_DEGREE = 111.32
_EPOCH = date(1970, 1, 1)


@dataclass(frozen=True)
class Edge:
    """An automatic merge: event `b` joined the group of event `a`, and why."""

    a: int
    b: int
    reason: str


@dataclass
class Clustering:
    """Groups of event ids (each one real event) and the automatic merges that made them."""

    groups: list[list[int]] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    comparisons: int = 0


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def actors_compatible(a: EventView, b: EventView) -> bool:
    """Same actor1 (by name or alias), one of them unknown, or the same two sides swapped."""
    if not a.actor1_names or not b.actor1_names or a.actor1_names & b.actor1_names:
        return True
    return bool(a.actor2_names and b.actor2_names and a.actor1_names & b.actor2_names
                and a.actor2_names & b.actor1_names)


def date_gap(a: EventView, b: EventView) -> int:
    """Days between two events' date intervals (0 when they overlap)."""
    if a.interval is None or b.interval is None:
        return 10**6
    (a_start, a_end), (b_start, b_end) = a.interval, b.interval
    if a_start > b_end:
        return (a_start - b_end).days
    if b_start > a_end:
        return (b_start - a_end).days
    return 0


def distance_km(a: EventView, b: EventView) -> float:
    """Great-circle distance between two events' places (infinite when one has no point)."""
    if a.point is None or b.point is None:
        return math.inf
    if a.place is not None and b.place is not None and a.place.id is not None and a.place.id == b.place.id:
        return 0.0
    return haversine_km(*a.point, *b.point)


class _Blocks:
    """Spatio-temporal index: (event type, time bucket, grid row, grid column) → event indexes."""

    def __init__(self, rules: FusionRules) -> None:
        self.rules = rules
        self.cell_deg = rules.grid_km / KM_PER_DEGREE
        self.cells: dict[tuple, list[int]] = defaultdict(list)

    def _buckets(self, ev: EventView) -> range:
        w = self.rules.window(ev.time_precision)
        assert ev.interval is not None, "only dated events are blocked"
        start, end = ev.interval
        first = ((start - _EPOCH).days - w) // self.rules.bucket_days
        last = ((end - _EPOCH).days + w) // self.rules.bucket_days
        return range(first, last + 1)

    def _row_cols(self, lat: float, lon: float, reach_km: float) -> Iterable[tuple[int, int]]:
        reach = reach_km / KM_PER_DEGREE
        for row in range(math.floor((lat - reach) / self.cell_deg), math.floor((lat + reach) / self.cell_deg) + 1):
            scale = max(0.05, math.cos(math.radians((row + 0.5) * self.cell_deg)))
            for col in range(math.floor((lon - reach / scale) * scale / self.cell_deg),
                             math.floor((lon + reach / scale) * scale / self.cell_deg) + 1):
                yield row, col

    def _own_cell(self, lat: float, lon: float) -> tuple[int, int]:
        row = math.floor(lat / self.cell_deg)
        scale = max(0.05, math.cos(math.radians((row + 0.5) * self.cell_deg)))
        return row, math.floor(lon * scale / self.cell_deg)

    def add(self, index: int, ev: EventView) -> None:
        assert ev.point is not None, "only placed events are blocked"
        row, col = self._own_cell(*ev.point)
        for bucket in self._buckets(ev):
            self.cells[(ev.event_type, bucket, row, col)].append(index)

    def near(self, ev: EventView) -> set[int]:
        found: set[int] = set()
        assert ev.point is not None, "only placed events are blocked"
        cells = list(self._row_cols(*ev.point, self.rules.max_km))
        for bucket in self._buckets(ev):
            for row, col in cells:
                found.update(self.cells.get((ev.event_type, bucket, row, col), ()))
        return found


def _fusable(ev: EventView) -> bool:
    return ev.point is not None and ev.interval is not None


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster_events(
    events: Sequence[EventView],
    rules: FusionRules,
    forced: Iterable[tuple[int, int]] = (),
    never: Iterable[tuple[int, int]] = (),
    similarity: Callable[[int, int], float] | None = None,
) -> Clustering:
    """Group events that report one real event; forced pairs always together, `never` pairs apart."""
    position = {ev.id: i for i, ev in enumerate(events)}
    never_pairs = {_pair(a, b) for a, b in never}
    units = _Union(len(events))
    for a, b in forced:
        if a in position and b in position:
            units.union(position[a], position[b])
    unit_members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        unit_members[units.find(i)].append(i)

    def order(root: int) -> tuple:
        first = min(unit_members[root], key=lambda i: (events[i].date_start or date.max, events[i].id))
        return (events[first].date_start or date.max, events[first].id)

    group_of: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    blocks = _Blocks(rules)
    result = Clustering()
    for root in sorted(unit_members, key=order):
        members = unit_members[root]
        best = _best_group(events, members, groups, group_of, blocks, rules, never_pairs, similarity, result)
        if best is None:
            target = root
            groups[target] = []
        else:
            target, link, reason = best
            result.edges.append(Edge(events[link[0]].id, events[link[1]].id, reason))
        for i in members:
            groups[target].append(i)
            group_of[i] = target
            if _fusable(events[i]):
                blocks.add(i, events[i])
    result.groups = [sorted(events[i].id for i in members) for members in groups.values()]
    return result


def _best_group(events, members, groups, group_of, blocks, rules, never_pairs, similarity, result):
    """The best group every member of a unit may join, with the linking pair and reason; or None."""
    candidates: dict[int, tuple[float, tuple[int, int], str]] = {}
    for i in members:
        ev = events[i]
        if not _fusable(ev):
            continue
        for j in blocks.near(ev):
            result.comparisons += 1
            scored = _score(ev, events[j], rules, similarity)
            if scored is None:
                continue
            score, reason = scored
            g = group_of[j]
            if g not in candidates or score > candidates[g][0]:
                candidates[g] = (score, (j, i), reason)
    for g, (_score_value, link, reason) in sorted(candidates.items(), key=lambda kv: -kv[1][0]):
        if all(_may_join(events[i], events[j], rules, never_pairs) for i in members for j in groups[g]):
            return g, link, reason
    return None


def _score(a: EventView, b: EventView, rules: FusionRules, similarity) -> tuple[float, str] | None:
    """How well two reports match (higher is better), or None when they may not be merged."""
    if not rules.sub_types_compatible(a.sub_event_type, b.sub_event_type):
        return None
    km = distance_km(a, b)
    if km > rules.max_km:
        return None
    gap = date_gap(a, b)
    if gap > max(rules.window(a.time_precision), rules.window(b.time_precision)):
        return None
    if not actors_compatible(a, b):
        return None
    score = 1.0 - km / (rules.max_km or 1.0) + 1.0 / (1 + gap)
    score += 1.0 if a.sub_event_type == b.sub_event_type else 0.0
    score += 1.0 if a.actor1_names and a.actor1_names & b.actor1_names else 0.0
    reason = f"{a.sub_event_type}; {km:.0f} km; {gap} d apart"
    if similarity is not None:
        sim = similarity(a.id, b.id)
        if sim < rules.min_evidence_similarity:
            return None
        score += sim
        reason += f"; evidence similarity {sim:.2f}"
    return score, reason


def _may_join(a: EventView, b: EventView, rules: FusionRules, never_pairs: set) -> bool:
    """No hard conflict between two members of one group (looser than a merge: 2× distance and window)."""
    if _pair(a.id, b.id) in never_pairs:
        return False
    if not rules.sub_types_compatible(a.sub_event_type, b.sub_event_type) or not actors_compatible(a, b):
        return False
    if distance_km(a, b) > 2 * rules.max_km:
        return False
    return date_gap(a, b) <= 2 * max(rules.window(a.time_precision), rules.window(b.time_precision))
