"""Fusion: many reports of one event become one fused event with its sources; merges are decisions."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from statistics import median

from sqlalchemy import delete, select

from frontwatch.caught import CAUGHT
from frontwatch.errors import InputError
from frontwatch.fuse.cluster import Clustering, cluster_events
from frontwatch.fuse.rules import FusionRules, load_rules
from frontwatch.fuse.views import EventView, FactReader
from frontwatch.store import EventRow, Store
from frontwatch.store.fusion_schema import FusedEventMemberRow, FusedEventRow, MergeDecisionRow

AUTO, FORCED, UNDONE = "auto", "forced", "undone"


@dataclass(frozen=True)
class FusionResult:
    """What one fusion run did."""

    events: int
    fused_events: int
    auto_merges: int
    forced_pairs: int
    never_pairs: int
    comparisons: int
    seconds: float
    used_embeddings: bool


def _mode(values: Sequence, default=None):
    """The most frequent value (first seen wins a tie), or `default` when there is none."""
    values = [v for v in values if v is not None]
    if not values:
        return default
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)


def best_dates(members: Sequence[EventView]) -> tuple:
    """The run of days covered by the most member date intervals (earliest run on a tie)."""
    cover: Counter = Counter()
    for m in members:
        if m.date_start is None:
            continue
        for offset in range(min(((m.date_end or m.date_start) - m.date_start).days, 366) + 1):
            cover[m.date_start + timedelta(days=offset)] += 1
    if not cover:
        return None, None
    top = max(cover.values())
    start = min(d for d, n in cover.items() if n == top)
    end = start
    while cover.get(end + timedelta(days=1)) == top:
        end += timedelta(days=1)
    return start, end


def fuse_certainty(members: Sequence[EventView], rules: FusionRules) -> str:
    """confirmed when ≥ confirm_outlets distinct known outlets report it (not merely claim it)."""
    reporting = [m for m in members if m.certainty != "claimed"]
    outlets = {m.outlet.strip().lower() for m in reporting if m.outlet and m.outlet.strip()}
    if len(outlets) >= rules.confirm_outlets or any(m.certainty == "confirmed" for m in reporting):
        return "confirmed"
    return "reported" if reporting else "claimed"


def summarize(fused_id: int, members: Sequence[EventView], reader: FactReader | None,
              rules: FusionRules) -> FusedEventRow:
    """The fused event of a group of member events: modal type/place/actor, ranges, sources."""
    best_precision = min(m.time_precision for m in members)
    precise = [m for m in members if m.time_precision == best_precision]
    place = _mode([m.place for m in members if m.place is not None])
    with_deaths = [m for m in members if m.fatalities_low is not None or m.fatalities_high is not None]
    lows = [n for m in with_deaths if (n := m.fatalities_low if m.fatalities_low is not None else m.fatalities_high)
            is not None]
    highs = [n for m in with_deaths if (n := m.fatalities_high if m.fatalities_high is not None else m.fatalities_low)
             is not None]
    sources: dict[str, dict] = {}
    for m in members:
        src = reader.sources.get(m.doc_id) if reader else None
        entry = sources.setdefault(m.doc_id, {
            "doc": m.doc_id, "title": src.title if src else None, "outlet": m.outlet,
            "published": src.published.isoformat() if src and src.published else None, "events": [],
        })
        entry["events"].append(m.fact_id)
    return FusedEventRow(
        id=fused_id,
        event_type=_mode([m.event_type for m in members]),
        sub_event_type=_mode([m.sub_event_type for m in members]),
        actor1=_mode([m.actor1 for m in members]), actor2=_mode([m.actor2 for m in members]),
        place_id=place.id if place else None, location=place.name if place else None,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        date_start=(dates := best_dates(precise))[0], date_end=dates[1],
        fatalities_low=min(lows) if lows else None, fatalities_high=max(highs) if highs else None,
        fatalities_best=int(median(lows)) if lows else None,
        fatalities_by_source=[
            {"event": m.fact_id, "doc": m.doc_id, "outlet": m.outlet, "low": m.fatalities_low,
             "high": m.fatalities_high, "claim_source": m.claim_source}
            for m in with_deaths
        ],
        certainty=fuse_certainty(members, rules), n_reports=len(members),
        n_documents=len(sources),
        n_outlets=len({m.outlet.strip().lower() for m in members if m.outlet and m.outlet.strip()}),
        sources=list(sources.values()),
    )


def _decisions(store: Store) -> list[MergeDecisionRow]:
    with store.session() as session:
        return list(session.scalars(select(MergeDecisionRow).order_by(MergeDecisionRow.id)))


def _embedding_similarity(events: Sequence[EventView]) -> Callable[[int, int], float] | None:
    """Cosine similarity of evidence sentences via the MiniLM encoder, or None if unavailable."""
    try:
        from frontwatch.classify.embed import load_encoder

        vectors = load_encoder().encode([e.evidence_text for e in events])
    except Exception as exc:  # noqa: BLE001 - the encoder is optional: fusion works without it
        CAUGHT.add("fusion sentence encoder", exc)
        return None
    row = {e.id: i for i, e in enumerate(events)}
    return lambda a, b: float(vectors[row[a]] @ vectors[row[b]])


def cluster_store(store: Store, rules: FusionRules | None = None, use_embeddings: bool = False,
                  reader: FactReader | None = None) -> tuple[list[EventView], Clustering, list[MergeDecisionRow]]:
    """Cluster the stored events (reviews applied) under the stored human decisions, without writing."""
    rules = rules or load_rules()
    reader = reader or FactReader(store)
    events = reader.events()
    decisions = _decisions(store)
    forced = [(d.event_a, d.event_b) for d in decisions if d.kind == FORCED]
    never = [(d.event_a, d.event_b) for d in decisions if d.kind == UNDONE]
    similarity = _embedding_similarity(events) if use_embeddings else None
    return events, cluster_events(events, rules, forced, never, similarity), decisions


def fuse_events(store: Store, rules: FusionRules | None = None, use_embeddings: bool = False) -> FusionResult:
    """Re-fuse all stored events and store fused events and automatic merge decisions.

    Human decisions (forced, undone) are read, obeyed and never changed by a re-run.
    """
    started = time.perf_counter()
    rules = rules or load_rules()
    reader = FactReader(store)
    events, clustering, decisions = cluster_store(store, rules, use_embeddings, reader)
    by_id = {e.id: e for e in events}
    existing = {(d.event_a, d.event_b): d for d in decisions}
    produced = {}
    for edge in clustering.edges:
        produced[(min(edge.a, edge.b), max(edge.a, edge.b))] = edge.reason
    now = datetime.now(UTC)
    with store.session() as session, session.begin():
        session.execute(delete(FusedEventMemberRow))
        session.execute(delete(FusedEventRow))
        for pair, decision in existing.items():
            if decision.kind == AUTO and pair not in produced:
                session.execute(delete(MergeDecisionRow).where(MergeDecisionRow.id == decision.id))
        for pair, reason in produced.items():
            earlier = existing.get(pair)
            if earlier is None:
                session.add(MergeDecisionRow(event_a=pair[0], event_b=pair[1], kind=AUTO, who="fusion",
                                             at=now, reason=reason))
            elif earlier.kind == AUTO and earlier.reason != reason:
                row = session.get(MergeDecisionRow, earlier.id)
                if row is not None:
                    row.reason = reason
        for group in clustering.groups:
            members = [by_id[i] for i in group]
            session.add(summarize(group[0], members, reader, rules))
        session.flush()
        for group in clustering.groups:
            session.add_all(FusedEventMemberRow(event_id=i, fused_id=group[0], doc_id=by_id[i].doc_id) for i in group)
    return FusionResult(
        events=len(events), fused_events=len(clustering.groups), auto_merges=len(produced),
        forced_pairs=sum(d.kind == FORCED for d in decisions), never_pairs=sum(d.kind == UNDONE for d in decisions),
        comparisons=clustering.comparisons, seconds=time.perf_counter() - started,
        used_embeddings=use_embeddings,
    )


def fused_events(store: Store, date_from=None, date_to=None) -> list[FusedEventRow]:
    """Stored fused events (optionally overlapping a date range), by date then id."""
    with store.session() as session:
        query = select(FusedEventRow).order_by(FusedEventRow.date_start, FusedEventRow.id)
        if date_from is not None:
            query = query.where(FusedEventRow.date_end >= date_from)
        if date_to is not None:
            query = query.where(FusedEventRow.date_start <= date_to)
        return list(session.scalars(query))


def _event_number(value: str | int) -> int:
    text = str(value).strip().lower()
    for prefix in ("ev-", "fe-", "md-"):
        text = text.removeprefix(prefix)
    if not text.isdigit():
        raise InputError(str(value), "not an id: use a number or ev-N / fe-N / md-N")
    return int(text)


def decision_dict(row: MergeDecisionRow) -> dict:
    """A merge decision as a plain dict."""
    return {"id": f"md-{row.id}", "event_a": f"ev-{row.event_a}", "event_b": f"ev-{row.event_b}",
            "kind": row.kind, "who": row.who, "at": row.at.isoformat() if row.at else None,
            "reason": row.reason}


def list_merges(store: Store, kind: str | None = None) -> list[dict]:
    """Every merge decision (optionally of one kind: auto, forced, undone), oldest first."""
    return [decision_dict(d) for d in _decisions(store) if kind is None or d.kind == kind]


def _set_pair(store: Store, a: int, b: int, kind: str, who: str, reason: str) -> dict:
    if a == b:
        raise InputError(f"ev-{a}", "an event cannot be merged with or split from itself")
    pair = (min(a, b), max(a, b))
    with store.session() as session, session.begin():
        row = session.scalar(select(MergeDecisionRow).where(
            MergeDecisionRow.event_a == pair[0], MergeDecisionRow.event_b == pair[1]))
        if row is None:
            row = MergeDecisionRow(event_a=pair[0], event_b=pair[1])
            session.add(row)
        row.kind, row.who, row.at, row.reason = kind, who, datetime.now(UTC), reason
        session.flush()
        return decision_dict(row)


def undo_merge(store: Store, decision_id: str | int, who: str) -> dict:
    """Split a merged pair apart for good (kind "undone") and re-fuse; returns the decision."""
    number = _event_number(decision_id)
    with store.session() as session:
        row = session.get(MergeDecisionRow, number)
        if row is None:
            raise InputError(f"md-{number}", "no such merge decision: see `frontwatch merges list`")
        pair = (row.event_a, row.event_b)
    decision = _set_pair(store, *pair, UNDONE, who, "split by an analyst")
    fuse_events(store)
    return decision


def separate(store: Store, a: str | int, b: str | int, who: str) -> dict:
    """Never merge two events (by ev id) and re-fuse; returns the decision."""
    decision = _set_pair(store, _event_number(a), _event_number(b), UNDONE, who, "kept apart by an analyst")
    fuse_events(store)
    return decision


def force_merge(store: Store, a: str | int, b: str | int, who: str) -> dict:
    """Merge two events (ev-N or fe-N) whatever the rules say, and re-fuse; returns the decision."""
    ids = (_event_number(a), _event_number(b))
    with store.session() as session:
        for number in ids:
            if session.get(EventRow, number) is None:
                raise InputError(f"ev-{number}", "no such event")
    decision = _set_pair(store, *ids, FORCED, who, "merged by an analyst")
    fuse_events(store)
    return decision
