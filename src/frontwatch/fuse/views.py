"""Stored facts as plain read-only views, with analyst reviews applied and rejected facts left out."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, overload

from sqlalchemy import ColumnElement, select

from frontwatch.fuse.review import ReviewOverlay, load_overlay
from frontwatch.store import ActorRow, ControlRow, DocumentRow, EventRow, FindingRow, PlaceRow, QuantityRow, Store


@dataclass(frozen=True, slots=True)
class Source:
    """A document a fact was read from: id, title, outlet and publication date."""

    doc_id: str
    title: str | None
    outlet: str | None
    published: date | None


@dataclass(frozen=True, slots=True)
class PlaceView:
    """A stored place (id may be None for a place named only in a review)."""

    id: int | None
    name: str
    latitude: float | None
    longitude: float | None
    population: int | None = None
    feature: str = "populated place"
    country: str | None = None
    admin1: str | None = None
    geonames_id: int | None = None


@dataclass(frozen=True, slots=True)
class EventView:
    """One extracted event as fusion reads it."""

    id: int
    doc_id: str
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor1_names: frozenset[str]
    actor2: str | None
    actor2_names: frozenset[str]
    place: PlaceView | None
    date_start: date | None
    date_end: date | None
    time_precision: int
    fatalities_low: int | None
    fatalities_high: int | None
    certainty: str
    claim_source: str | None
    evidence_text: str
    outlet: str | None = None

    @property
    def fact_id(self) -> str:
        """Public id ("ev-N")."""
        return f"ev-{self.id}"

    @property
    def point(self) -> tuple[float, float] | None:
        """The place's (latitude, longitude), or None when it has no point."""
        if self.place is None or self.place.latitude is None or self.place.longitude is None:
            return None
        return self.place.latitude, self.place.longitude

    @property
    def interval(self) -> tuple[date, date] | None:
        """The first and last day the event may have happened, or None when undated."""
        if self.date_start is None:
            return None
        return self.date_start, self.date_end or self.date_start


@dataclass(frozen=True, slots=True)
class ControlView:
    """One control claim as the control timeline reads it."""

    id: int
    doc_id: str
    actor: str
    actor_names: frozenset[str]
    place: PlaceView
    status: str
    as_of: date | None
    certainty: str
    claim_source: str | None
    evidence_text: str

    @property
    def fact_id(self) -> str:
        """Public id ("ct-N")."""
        return f"ct-{self.id}"


@dataclass(frozen=True, slots=True)
class QuantityView:
    """One quantity as the ledgers read it; `date` is the report's publication date."""

    id: int
    doc_id: str
    what: str
    low: int | None
    high: int | None
    actor: str | None
    place: PlaceView | None
    certainty: str
    claim_source: str | None
    evidence_text: str
    date: date | None

    @property
    def fact_id(self) -> str:
        """Public id ("qt-N")."""
        return f"qt-{self.id}"


def names_of(actor: ActorRow | None) -> frozenset[str]:
    """Lower-cased name and aliases of an actor row (empty for no actor)."""
    if actor is None:
        return frozenset()
    return frozenset(n.strip().lower() for n in (actor.name, *(actor.aliases or [])) if n and n.strip())


@overload
def place_view(row: PlaceRow) -> PlaceView: ...
@overload
def place_view(row: None) -> None: ...
@overload
def place_view(row: PlaceRow | None) -> PlaceView | None: ...
def place_view(row: PlaceRow | None) -> PlaceView | None:
    """A PlaceRow as a PlaceView."""
    if row is None:
        return None
    return PlaceView(row.id, row.name, row.latitude, row.longitude, row.population, row.feature,
                     row.country, row.admin1, row.geonames_id)


def _actor_groups(actors: list[ActorRow]) -> dict[str, str]:
    """Actor name → canonical name, joining stored actors that are one actor.

    Two actors are one when one's name is among the other's names or aliases, or when they
    share a proper-name alias (one with a capital letter) that no third stored actor has.
    Aliases shared more widely, or written in lower case ("fighters", "militants": how a
    report described the group, not its name), are too generic to join actors. The canonical
    name is the shortest-id one.
    """
    holders: dict[str, list[ActorRow]] = {}
    proper = {n.strip().lower() for a in actors for n in (a.name, *(a.aliases or [])) if n and n != n.lower()}
    for actor in actors:
        for name in names_of(actor):
            holders.setdefault(name, []).append(actor)
    parent = {a.name: a.name for a in actors}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = {a.name: a.id for a in actors}
    for name, group in holders.items():
        own = [a for a in group if a.name.lower() == name]
        if not own and (len(group) != 2 or name not in proper):
            continue
        anchor = own[0] if own else group[0]
        for other in group:
            ra, rb = find(anchor.name), find(other.name)
            if ra != rb:
                keep, drop = sorted((ra, rb), key=lambda n: order[n])
                parent[drop] = keep
    return {a.name: find(a.name) for a in actors}


class FactReader:
    """Reads the facts of one store once, with reviews applied; used by every fuse module."""

    def __init__(self, store: Store, overlay: ReviewOverlay | None = None) -> None:
        self.store = store
        self.overlay = overlay if overlay is not None else load_overlay(store)
        with store.session() as session:
            self._actors = {a.name: a for a in session.scalars(select(ActorRow))}
            self._actor_names = {a.name.lower(): a for a in self._actors.values()}
            places = list(session.scalars(select(PlaceRow)))
            self.sources = {
                d.id: Source(d.id, d.title, d.source, d.published)
                for d in session.execute(
                    select(DocumentRow.id, DocumentRow.title, DocumentRow.source, DocumentRow.published)
                ).all()
            }
        self._canonical = _actor_groups(list(self._actors.values()))
        self._places_by_name: dict[str, PlaceRow] = {}
        for place in sorted(places, key=lambda p: -(p.population or 0)):
            self._places_by_name.setdefault(place.name.lower(), place)

    def _actor(self, name: str) -> tuple[str, frozenset[str]]:
        row = self._actors.get(name) or self._actor_names.get(name.lower())
        return name, (names_of(row) | {name.lower()}) if row else frozenset({name.lower()})

    def _place(self, name: str) -> PlaceView:
        row = self._places_by_name.get(name.lower())
        return place_view(row) if row else PlaceView(None, name, None, None)

    @overload
    def canonical_actor(self, name: str) -> str: ...
    @overload
    def canonical_actor(self, name: None) -> None: ...
    def canonical_actor(self, name: str | None) -> str | None:
        """The one name used for an actor and the stored actors that are the same (see _actor_groups)."""
        return None if name is None else self._canonical.get(name, name)

    def outlet(self, doc_id: str) -> str | None:
        """The outlet of a document, or None when unknown."""
        source = self.sources.get(doc_id)
        return source.outlet if source else None

    def published(self, doc_id: str) -> date | None:
        """The publication date of a document, or None."""
        source = self.sources.get(doc_id)
        return source.published if source else None

    def events(self, sub_types: Collection[str] | None = None) -> list[EventView]:
        """Every event not rejected (or only those of some sub-event types), reviewed values applied."""
        views = []
        rows = self.store.all_rows(EventRow) if sub_types is None else self._rows_of(sub_types)
        for row in rows:
            review = self.overlay.for_row("ev", row)
            if review is not None and review.rejected:
                continue
            precision = row.time_precision or 1
            start, end = row.date_start, row.date_end
            if start is None:
                start = end = self.published(row.doc_id)
                precision = 2
            view = EventView(
                id=row.id, doc_id=row.doc_id, event_type=row.event_type, sub_event_type=row.sub_event_type,
                actor1=row.actor1.name if row.actor1 else None, actor1_names=names_of(row.actor1),
                actor2=row.actor2.name if row.actor2 else None, actor2_names=names_of(row.actor2),
                place=place_view(row.place), date_start=start, date_end=end or start,
                time_precision=precision, fatalities_low=row.fatalities_low,
                fatalities_high=row.fatalities_high, certainty=row.certainty,
                claim_source=row.claim_source, evidence_text=row.evidence_text,
                outlet=self.outlet(row.doc_id),
            )
            views.append(self._edited_event(view, review.edits) if review and review.edits else view)
        return views

    def _rows_of(self, sub_types: Collection[str]) -> list[EventRow]:
        """Stored events of some sub-event types, plus any whose sub-type a review changed (it may now be one)."""
        edited = [int(fact_id[3:]) for fact_id, review in self.overlay.by_fact.items()
                  if fact_id.startswith("ev-") and "sub_event_type" in review.edits]
        wanted: ColumnElement[bool] = EventRow.sub_event_type.in_(list(sub_types))
        if edited:
            wanted = wanted | EventRow.id.in_(edited)
        return self.store.rows_where(EventRow, wanted)

    def _edited_event(self, view: EventView, edits: dict) -> EventView:
        changes = {k: v for k, v in edits.items() if k not in {"actor1", "actor2", "place"}}
        for role in ("actor1", "actor2"):
            if role in edits:
                name = edits[role]
                changes[role], changes[f"{role}_names"] = self._actor(str(name)) if name else (None, frozenset())
        if "place" in edits:
            changes["place"] = self._place(str(edits["place"])) if edits["place"] else None
        if "date_start" in edits and "date_end" not in edits and edits["date_start"]:
            changes["date_end"] = max(edits["date_start"], view.date_end or edits["date_start"])
        return replace(view, **changes)

    def control(self) -> list[ControlView]:
        """Every control claim not rejected, reviewed values applied."""
        views = []
        for row in self.store.all_rows(ControlRow):
            review = self.overlay.for_row("ct", row)
            if review is not None and review.rejected:
                continue
            actor, names = row.actor.name, names_of(row.actor)
            place = place_view(row.place)
            edits: dict[str, Any] = dict(review.edits) if review else {}
            if "actor" in edits:
                actor, names = self._actor(str(edits.pop("actor")))
            if "place" in edits:
                place = self._place(str(edits.pop("place")))
            views.append(ControlView(
                id=row.id, doc_id=row.doc_id, actor=actor, actor_names=names, place=place,
                status=edits.get("status", row.status), as_of=edits.get("as_of", row.as_of),
                certainty=edits.get("certainty", row.certainty),
                claim_source=edits.get("claim_source", row.claim_source), evidence_text=row.evidence_text,
            ))
        return views

    def quantities(self) -> list[QuantityView]:
        """Every quantity not rejected, reviewed values applied."""
        views = []
        for row in self.store.all_rows(QuantityRow):
            review = self.overlay.for_row("qt", row)
            if review is not None and review.rejected:
                continue
            edits: dict[str, Any] = dict(review.edits) if review else {}
            actor = edits.pop("actor") if "actor" in edits else (row.actor.name if row.actor else None)
            place = self._place(str(edits.pop("place"))) if "place" in edits else place_view(row.place)
            views.append(QuantityView(
                id=row.id, doc_id=row.doc_id, what=edits.get("what", row.what),
                low=edits.get("low", row.low), high=edits.get("high", row.high), actor=actor, place=place,
                certainty=edits.get("certainty", row.certainty),
                claim_source=edits.get("claim_source", row.claim_source),
                evidence_text=row.evidence_text, date=self.published(row.doc_id),
            ))
        return views

    def findings(self) -> list[FindingRow]:
        """Every consistency finding not rejected (edits to `consistent`/`detail` applied in place)."""
        rows = []
        for row in self.store.all_rows(FindingRow):
            review = self.overlay.for_row("fd", row)
            if review is not None and review.rejected:
                continue
            for name, value in (review.edits.items() if review else ()):
                setattr(row, name, value)
            rows.append(row)
        return rows
