"""Ledgers of numbers reports give: force sizes, seized assets, prisoners freed, displacement."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from frontwatch.fuse.rules import FusionRules, load_rules
from frontwatch.fuse.views import FactReader, QuantityView
from frontwatch.store import Store

LEDGERS = ("forces", "assets", "prisoners_freed", "displacement")


@dataclass(frozen=True)
class LedgerEntry:
    """One figure of one report in a ledger, with its source."""

    ledger: str
    quantity: QuantityView
    outlet: str | None
    title: str | None
    actor: str | None


@dataclass(frozen=True)
class FigureRange:
    """All sources' figures for one actor in one ledger, as one range."""

    ledger: str
    actor: str | None
    low: int | None
    high: int | None
    open_ended: bool
    entries: tuple[LedgerEntry, ...]


def _has(what: str, words: tuple[str, ...]) -> bool:
    padded = f" {what.lower()} "
    return any(f" {w} " in padded for w in words)


def _head_before(what: str, words: tuple[str, ...]) -> str | None:
    """The word just before the first of `words` in `what` ("helicopters" in "fighter helicopters seized")."""
    padded = f" {what.lower()} "
    for w in words:
        at = padded.find(f" {w} ")
        if at > 0:
            before = padded[:at].split()
            return before[-1] if before else None
    return None


def ledger_of(what: str, rules: FusionRules) -> str | None:
    """Which ledger a quantity's `what` belongs to, or None.

    Prisoners freed and displacement first; then assets, when the counted noun before the
    participle is not a force word ("helicopters seized" is an asset, "soldiers captured" is
    not); then forces, unless the figure counts the dead, wounded or captured.
    """
    words = rules.ledger_words
    if _has(what, words["prisoners"]) and _has(what, words["prisoner_release"]):
        return "prisoners_freed"
    if _has(what, words["displacement"]):
        return "displacement"
    if _has(what, words["assets"]):
        head = _head_before(what, words["assets"])
        return None if head is None or head in words["forces"] or head in words["prisoners"] else "assets"
    if _has(what, words["forces"]):
        return None if _has(what, words["forces_exclude"]) else "forces"
    return None


def ledger(store: Store, name: str, as_of: date | None = None, rules: FusionRules | None = None,
           reader: FactReader | None = None) -> list[LedgerEntry]:
    """The entries of one ledger (forces, assets, prisoners_freed, displacement), by date."""
    if name not in LEDGERS:
        raise ValueError(f"unknown ledger {name!r}; one of {LEDGERS}")
    rules = rules or load_rules()
    reader = reader or FactReader(store)
    entries = []
    for q in reader.quantities():
        if ledger_of(q.what, rules) != name or (as_of and q.date and q.date > as_of):
            continue
        source = reader.sources.get(q.doc_id)
        entries.append(LedgerEntry(name, q, source.outlet if source else None, source.title if source else None,
                                   reader.canonical_actor(q.actor)))
    return sorted(entries, key=lambda e: (e.quantity.date or date.min, e.quantity.id))


def force_estimates(store: Store, as_of: date | None = None, **kw) -> list[LedgerEntry]:
    """Force-size figures (fighters, troops, soldiers, militants...) by source and date."""
    return ledger(store, "forces", as_of, **kw)


def seized_assets(store: Store, as_of: date | None = None, **kw) -> list[LedgerEntry]:
    """Assets reported seized, captured or left behind."""
    return ledger(store, "assets", as_of, **kw)


def prisoners_freed(store: Store, as_of: date | None = None, **kw) -> list[LedgerEntry]:
    """Prisoners reported freed or released."""
    return ledger(store, "prisoners_freed", as_of, **kw)


def displacement(store: Store, as_of: date | None = None, **kw) -> list[LedgerEntry]:
    """Displacement figures (displaced, fled, refugees)."""
    return ledger(store, "displacement", as_of, **kw)


def ranges(entries: list[LedgerEntry]) -> list[FigureRange]:
    """Entries folded per (ledger, actor) into one low–high range over all sources."""
    groups: dict[tuple, list[LedgerEntry]] = defaultdict(list)
    for entry in entries:
        groups[(entry.ledger, entry.actor)].append(entry)
    out = []
    for (name, actor), items in groups.items():
        lows = [e.quantity.low for e in items if e.quantity.low is not None]
        tops = [e.quantity.high if e.quantity.high is not None else e.quantity.low for e in items]
        highs = [h for h in tops if h is not None]
        open_ended = any(e.quantity.high is None and e.quantity.low is not None for e in items)
        out.append(FigureRange(name, actor, min(lows) if lows else None, max(highs) if highs else None,
                               open_ended, tuple(items)))
    return sorted(out, key=lambda r: (r.ledger, r.actor or ""))
