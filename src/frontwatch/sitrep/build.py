"""Building a situation report from the store: changes, control, forces, population, claims, findings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

import frontwatch.store.fusion_schema  # noqa: F401  (creates the fusion tables with the store)
from frontwatch.fuse.control import ControlInterval, control_timeline
from frontwatch.fuse.events import cluster_store, fused_events, summarize
from frontwatch.fuse.ledgers import LedgerEntry, ledger, ranges
from frontwatch.fuse.population import population_under_control
from frontwatch.fuse.rules import FusionRules, load_rules
from frontwatch.fuse.views import FactReader, PlaceView
from frontwatch.mapdata.basemap import Basemap, shared_basemap
from frontwatch.mapdata.control_areas import load_palette
from frontwatch.sitrep.area import Area, resolve_area
from frontwatch.sitrep.figures import build_figures
from frontwatch.sitrep.model import Section, Sitrep, SitrepLine, SourceRef
from frontwatch.store import DocumentRow, PlaceRow, Store
from frontwatch.store.fusion_schema import FusedEventRow, ReviewRow

DEFAULT_LOOKBACK_DAYS = 7


def _refs(reader: FactReader, pairs: Iterable[tuple[str, str]]) -> tuple[SourceRef, ...]:
    """SourceRefs from (doc_id, fact_id) pairs, one per document, in first-seen order."""
    facts: dict[str, list[str]] = defaultdict(list)
    for doc_id, fact_id in pairs:
        if fact_id not in facts[doc_id]:
            facts[doc_id].append(fact_id)
    out = []
    for doc_id, fact_ids in facts.items():
        source = reader.sources.get(doc_id)
        out.append(SourceRef(doc_id, source.title if source else None, source.outlet if source else None,
                             tuple(fact_ids)))
    return tuple(out)


def _range(low: int | None, high: int | None, open_ended: bool = False) -> str:
    if low is None and high is None:
        return "unknown"
    if low is None:
        return f"up to {high:,}"
    if open_ended or high is None:
        return f"{low:,}+"
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


def _fusion_is_fresh(store: Store) -> bool:
    """Whether the stored fused events are newer than every document and review."""
    with store.session() as session:
        fused_at = session.scalar(select(func.min(FusedEventRow.fused_at)))
        latest = [session.scalar(select(func.max(DocumentRow.ingested_at))),
                  session.scalar(select(func.max(ReviewRow.at)))]
    return fused_at is not None and all(t is None or t <= fused_at for t in latest)


def _fused(store: Store, reader: FactReader, rules: FusionRules) -> list[FusedEventRow]:
    """The stored fused events when fresh, else (no `fuse` run since the last ingest or review) fused in memory."""
    if _fusion_is_fresh(store):
        return fused_events(store)
    events, clustering, _ = cluster_store(store, rules, reader=reader)
    by_id = {e.id: e for e in events}
    return [summarize(g[0], [by_id[i] for i in g], reader, rules) for g in clustering.groups]


def _event_line(reader: FactReader, fe: FusedEventRow) -> SitrepLine:
    when = fe.date_start.isoformat() if fe.date_start else "undated"
    if fe.date_end and fe.date_end != fe.date_start:
        when += f" to {fe.date_end.isoformat()}"
    actors = fe.actor1 or "unknown actor"
    if fe.actor2:
        actors += f" vs {fe.actor2}"
    text = f"{when} · {fe.sub_event_type} · {fe.location or 'unknown place'} · {actors}"
    if fe.fatalities_low is not None:
        text += f" · fatalities {_range(fe.fatalities_low, fe.fatalities_high)} (best {fe.fatalities_best})"
    text += f" · {fe.certainty}, {fe.n_documents} document(s), {fe.n_outlets} outlet(s) [fe-{fe.id}]"
    pairs = [(s["doc"], f) for s in fe.sources for f in s["events"]]
    return SitrepLine(text, _refs(reader, pairs), fe.certainty)


def _interval_refs(reader: FactReader, interval: ControlInterval) -> tuple[SourceRef, ...]:
    return _refs(reader, [(e.doc_id, e.fact_id) for e in interval.evidence])


def _control_sections(reader, intervals, as_of, since, area) -> tuple[Section, Section, list[SitrepLine]]:
    changes, holdings, claims = [], [], []
    for i in intervals:
        if not area.contains(i.place):
            continue
        refs = _interval_refs(reader, i)
        if i.basis == "claimed":
            if i.holds_on(as_of):
                claims.append(SitrepLine(f"claimed: {i.actor} {i.status} {i.place.name} since {i.start}", refs,
                                         "claimed"))
            continue
        if since < i.start <= as_of:
            verb = {"controls": "took", "partial": "holds part of", "contested": "contests",
                    "threatened": "threatens", "lost": "lost"}[i.status]
            changes.append((i.start, SitrepLine(f"{i.start} · {i.actor} {verb} {i.place.name} ({i.certainty})",
                                                refs, i.certainty)))
        if i.end is not None and since < i.end <= as_of and i.ended_by:
            changes.append((i.end, SitrepLine(f"{i.end} · {i.actor} lost {i.place.name} to {i.ended_by}",
                                              refs, i.certainty)))
        if i.holds_on(as_of) and i.status != "lost":
            pop = f", population {i.place.population:,}" if i.place.population else ""
            holdings.append(SitrepLine(
                f"{i.actor} · {i.status} · {i.place.name}{pop} · since {i.start} ({i.certainty})", refs, i.certainty))
    gains = Section("control_changes", "Control gains and losses",
                    tuple(line for _, line in sorted(changes, key=lambda c: c[0])),
                    "Intervals of reported control that began or ended in the period.")
    table = Section("control", f"Who holds what on {as_of}", tuple(holdings),
                    "Reported control (claims are listed under unconfirmed claims).")
    return gains, table, claims


def _ledger_lines(reader, entries: list[LedgerEntry], area) -> list[SitrepLine]:
    entries = [e for e in entries if e.quantity.place is None or area.contains(e.quantity.place)]
    lines = []
    for r in ranges(entries):
        whats = sorted({e.quantity.what for e in r.entries})
        lines.append(SitrepLine(
            f"{r.actor or 'actor not named'} · {', '.join(whats)}: {_range(r.low, r.high, r.open_ended)} "
            f"over {len(r.entries)} figure(s)",
            _refs(reader, [(e.quantity.doc_id, e.quantity.fact_id) for e in r.entries])))
        for e in r.entries:
            q = e.quantity
            said = f" ({q.certainty}{', ' + q.claim_source if q.claim_source else ''})"
            lines.append(SitrepLine(
                f"  {q.date or 'undated'} · {e.outlet or q.doc_id}: {_range(q.low, q.high)} {q.what}"
                f"{' at ' + q.place.name if q.place else ''}{said}",
                _refs(reader, [(q.doc_id, q.fact_id)]), q.certainty))
    return lines


def _population_lines(reader, store, as_of, rules) -> list[SitrepLine]:
    lines = []
    for est in population_under_control(store, as_of, rules=rules, reader=reader):
        parts = "; ".join(f"{s.interval.place.name} {s.counted:,} ({s.why})" for s in est.places)
        claimed = "; ".join(
            f"{_range(q.low, q.high)} per {reader.sources[q.doc_id].outlet or q.doc_id}" for q in est.claimed
        ) or "none"
        pairs = [(e.doc_id, e.fact_id) for s in est.places for e in s.interval.evidence]
        pairs += [(q.doc_id, q.fact_id) for q in est.claimed]
        lines.append(SitrepLine(
            f"{est.actor}: computed {est.computed:,} from the gazetteer [{parts or 'no places'}] · "
            f"claimed in reports: {claimed}", _refs(reader, pairs)))
    return lines


def _fused_place(places: dict[int, PlaceView], fe: FusedEventRow) -> PlaceView:
    found = places.get(fe.place_id) if fe.place_id is not None else None
    return found or PlaceView(None, fe.location or "", fe.latitude, fe.longitude)


def _judgements(reader: FactReader, in_period: list[FusedEventRow], before: list[FusedEventRow],
                changes: Section, claims: list[SitrepLine]) -> list[SitrepLine]:
    """The few statements a reader needs first, each resting on the evidence of the lines it sums up."""
    out = []
    if in_period:
        dead = sum(fe.fatalities_best or 0 for fe in in_period)
        types: dict[str, int] = defaultdict(int)
        for fe in in_period:
            types[fe.event_type] += 1
        ranked = sorted(types, key=lambda t: (-types[t], t))
        if len(ranked) == 1 or types[ranked[0]] > types[ranked[1]]:
            mix = f"most were {ranked[0]} ({types[ranked[0]]})"
        else:
            mix = "by type: " + ", ".join(f"{t} {types[t]}" for t in ranked)
        trend = ""
        if before:
            change = (len(in_period) - len(before)) / len(before) * 100
            trend = f", {abs(change):.0f}% {'more' if change >= 0 else 'fewer'} than the period before ({len(before)})"
        busiest = sorted(in_period, key=lambda fe: (-(fe.n_documents or 0), fe.id))[:3]
        pairs = [(s["doc"], f) for fe in busiest for s in fe.sources for f in s["events"]]
        out.append(SitrepLine(f"Activity: {len(in_period)} events with {dead:,} reported fatalities{trend}; "
                              f"{mix}.", _refs(reader, pairs)))
        deadliest = max(in_period, key=lambda fe: (fe.fatalities_best or 0, -fe.id))
        if deadliest.fatalities_best:
            line = _event_line(reader, deadliest)
            out.append(SitrepLine(f"Deadliest: {line.text}", line.sources, line.certainty))
    out += [SitrepLine(f"Control: {line.text}", line.sources, line.certainty) for line in changes.lines[:3]]
    if claims:
        out.append(SitrepLine(f"{len(claims)} claim(s) by parties to the conflict remain unconfirmed "
                              "(see below).", tuple(ref for line in claims[:3] for ref in line.sources), "claimed"))
    return out


def _places(store: Store, ids: Iterable[int | None]) -> dict[int, PlaceView]:
    wanted = {i for i in ids if i is not None}
    with store.session() as session:
        rows = session.scalars(select(PlaceRow).where(PlaceRow.id.in_(wanted)))
        return {row.id: PlaceView(row.id, row.name, row.latitude, row.longitude, row.population, row.feature,
                                  row.country, row.admin1, row.geonames_id) for row in rows}


def build_sitrep(store: Store, as_of: date, since: date | None = None, area: str | Area | None = None,
                 rules: FusionRules | None = None, gazetteer=None, basemap: Basemap | None = None,
                 fade_days: int = 60) -> Sitrep:
    """A situation report as of a date: what changed since `since` (default a week before), by area.

    `area` is an Area or a name the gazetteer resolves (country, province, place; unknown: InputError).
    """
    rules = rules or load_rules()
    since = since or as_of - timedelta(days=DEFAULT_LOOKBACK_DAYS)
    if isinstance(area, Area):
        zone = area
    else:
        zone = resolve_area(area, (gazetteer or _default_gazetteer()) if area else None)
    reader = FactReader(store)
    every = _fused(store, reader, rules)
    places = _places(store, (fe.place_id for fe in every))
    fused = [fe for fe in every if zone.contains(_fused_place(places, fe))]
    in_period = [fe for fe in fused if fe.date_start and since < fe.date_start <= as_of]
    span = as_of - since
    before_start = since - span if since - date.min > span else date.min  # the period of equal length before
    before = [fe for fe in fused if fe.date_start and before_start < fe.date_start <= since]
    intervals = control_timeline(store, rules, reader)
    gains, table, claimed_control = _control_sections(reader, intervals, as_of, since, zone)
    claims = [_event_line(reader, fe) for fe in in_period if fe.certainty == "claimed"] + claimed_control
    claims += [
        SitrepLine(f"{q.date} · {q.actor or 'actor not named'}: {_range(q.low, q.high)} {q.what}"
                   f"{' — claimed by ' + q.claim_source if q.claim_source else ''}",
                   _refs(reader, [(q.doc_id, q.fact_id)]), "claimed")
        for q in reader.quantities()
        if q.certainty == "claimed" and q.date and since < q.date <= as_of
        and (q.place is None or zone.contains(q.place))
    ]
    findings = [
        SitrepLine(f"{'consistent' if f.consistent else 'INCONSISTENT'} · {f.what} · {f.place}"
                   f"{' / ' + f.relative_to if f.relative_to else ''}: {f.detail}",
                   _refs(reader, [(f.doc_id, f"fd-{f.id}")]))
        for f in sorted(reader.findings(), key=lambda f: (f.consistent, f.id))
        if (reader.published(f.doc_id) or as_of) <= as_of and (reader.published(f.doc_id) or as_of) > since
    ]
    assets = _ledger_lines(reader, ledger(store, "assets", as_of, rules, reader), zone)
    assets += _ledger_lines(reader, ledger(store, "prisoners_freed", as_of, rules, reader), zone)
    judgements = Section("judgements", "Key judgements", tuple(_judgements(reader, in_period, before, gains, claims)),
                         "Summaries of the lines below; each rests on the sources named with it.")
    sections = (
        judgements,
        Section("changes", f"What changed since {since}", tuple(_event_line(reader, fe) for fe in in_period),
                "Fused events dated in the period; confirmed = reported by at least "
                f"{rules.confirm_outlets} independent outlets."),
        gains,
        table,
        Section("forces", "Force sizes",
                tuple(_ledger_lines(reader, ledger(store, "forces", as_of, rules, reader), zone)),
                "Ranges over all sources up to the report date, then each source's figure."),
        Section("population", "Population under control (computed vs claimed)",
                tuple(_population_lines(reader, store, as_of, rules)),
                "Computed: full gazetteer population of places controlled, half of partially held ones, "
                "nothing for contested/threatened places, facilities and regions."),
        Section("assets", "Seized assets and prisoners freed", tuple(assets)),
        Section("displacement", "Displacement",
                tuple(_ledger_lines(reader, ledger(store, "displacement", as_of, rules, reader), zone))),
        Section("claims", "Claims still unconfirmed", tuple(claims),
                "Events, control and figures only a party to the conflict asserts."),
        Section("findings", "Consistency findings", tuple(findings),
                "Statements of the period's reports checked against the gazetteer."),
    )
    documents = {
        ref.doc_id: SourceRef(ref.doc_id, ref.title, ref.outlet)
        for section in sections for line in section.lines for ref in line.sources
    }
    figures = build_figures(in_period, [i for i in intervals if zone.contains(i.place)], zone, since, as_of,
                            basemap or shared_basemap(), load_palette(), fade_days)
    return Sitrep(as_of, since, None if zone.kind == "all" else zone.label, datetime.now(UTC), sections, documents,
                  figures)


def _default_gazetteer():
    from frontwatch.resolve.gazetteer import gazetteer_from_settings
    from frontwatch.settings import Settings

    return gazetteer_from_settings(Settings())
