"""Building a situation report from the store: changes, control, forces, population, claims, findings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

import frontwatch.store.fusion_schema  # noqa: F401  (creates the fusion tables with the store)
from frontwatch.fuse.control import ControlInterval, control_timeline
from frontwatch.fuse.events import cluster_store, fused_events, summarize
from frontwatch.fuse.ledgers import LedgerEntry, ledger, ranges
from frontwatch.fuse.population import population_under_control
from frontwatch.fuse.rules import FusionRules, load_rules
from frontwatch.fuse.views import FactReader, PlaceView
from frontwatch.sitrep.model import Section, Sitrep, SitrepLine, SourceRef
from frontwatch.store import Store
from frontwatch.store.fusion_schema import FusedEventRow

DEFAULT_LOOKBACK_DAYS = 7


class _Area:
    """An area filter: a bounding box "west,south,east,north" or a name of place/admin1/country."""

    def __init__(self, area: str | None) -> None:
        self.text = area
        self.bbox = None
        if area:
            parts = area.split(",")
            try:
                if len(parts) == 4:
                    self.bbox = tuple(float(p) for p in parts)
            except ValueError:
                self.bbox = None

    def contains(self, place: PlaceView | None, lat: float | None = None, lon: float | None = None,
                 names: Iterable[str | None] = ()) -> bool:
        if not self.text:
            return True
        if place is not None:
            lat, lon = place.latitude, place.longitude
            names = (place.name, place.admin1, place.country)
        if self.bbox is not None:
            west, south, east, north = self.bbox
            return lat is not None and west <= lon <= east and south <= lat <= north
        wanted = self.text.strip().lower()
        return any(n and wanted == n.lower() for n in names)


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


def _fused(store: Store, reader: FactReader, rules: FusionRules) -> list[FusedEventRow]:
    """The stored fused events, or (before any `fuse` run) fused in memory without writing."""
    stored = fused_events(store)
    if stored:
        return stored
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
                claims.append(SitrepLine(f"claimed: {i.actor} {i.status} {i.place.name} since {i.start}", refs, "claimed"))
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


def build_sitrep(store: Store, as_of: date, since: date | None = None, area: str | None = None,
                 rules: FusionRules | None = None) -> Sitrep:
    """A situation report as of a date: what changed since `since` (default a week before), by area."""
    rules = rules or load_rules()
    since = since or as_of - timedelta(days=DEFAULT_LOOKBACK_DAYS)
    reader = FactReader(store)
    zone = _Area(area)
    fused = [fe for fe in _fused(store, reader, rules)
             if zone.contains(None, fe.latitude, fe.longitude, (fe.location,))]
    in_period = [fe for fe in fused if fe.date_start and since < fe.date_start <= as_of]
    gains, table, claimed_control = _control_sections(reader, control_timeline(store, rules, reader), as_of, since, zone)
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
    sections = (
        Section("changes", f"What changed since {since}", tuple(_event_line(reader, fe) for fe in in_period),
                "Fused events dated in the period; confirmed = reported by at least "
                f"{rules.confirm_outlets} independent outlets."),
        gains,
        table,
        Section("forces", "Force sizes", tuple(_ledger_lines(reader, ledger(store, "forces", as_of, rules, reader), zone)),
                "Ranges over all sources up to the report date, then each source's figure."),
        Section("population", "Population under control (computed vs claimed)",
                tuple(_population_lines(reader, store, as_of, rules)),
                "Computed: full gazetteer population of places controlled, half of partially held ones, "
                "nothing for contested/threatened places, facilities and regions."),
        Section("assets", "Seized assets and prisoners freed", tuple(assets)),
        Section("displacement", "Displacement", tuple(_ledger_lines(reader, ledger(store, "displacement", as_of, rules, reader), zone))),
        Section("claims", "Claims still unconfirmed", tuple(claims),
                "Events, control and figures only a party to the conflict asserts."),
        Section("findings", "Consistency findings", tuple(findings),
                "Statements of the period's reports checked against the gazetteer."),
    )
    documents = {
        ref.doc_id: SourceRef(ref.doc_id, ref.title, ref.outlet)
        for section in sections for line in section.lines for ref in line.sources
    }
    return Sitrep(as_of, since, area, datetime.now(UTC), sections, documents)
