"""What the extractors share about one document: sentences, places, actors, dates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from frontwatch.extract.doc_actors import DocumentActors
from frontwatch.extract.sentences import SentenceUnit
from frontwatch.model import DateSpan, Document, Evidence, GeoPrecision, Place, PlaceMention, TimePrecision
from frontwatch.resolve.dates import resolve_date
from frontwatch.resolve.geo_math import haversine_km

_FUTURE_WORDS = {"next", "tomorrow", "coming", "upcoming"}
_FACILITY_KM = 30.0
_PERIOD_BOUNDS = {"since", "until", "till", "before"}
_FAR = 9


def _clause_distance(token: Token, anchor: Token) -> int:
    """How many other verbs stand between a token and the anchor it hangs under."""
    verbs = 0
    for node in token.ancestors:
        if node.i == anchor.i:
            return verbs
        if node.pos_ in {"VERB", "AUX"}:
            verbs += 1
    return _FAR


@dataclass
class DocumentContext:
    """One parsed document with its resolved places and actors, shared by the extractors."""

    document: Document
    doc: Doc
    units: list[SentenceUnit]
    places: list[PlaceMention]
    actors: DocumentActors
    resolve_place: Callable[[str], Place | None] | None = None
    narrative_dates: dict[int, DateSpan] = field(default_factory=dict)

    def evidence(self, unit: SentenceUnit) -> Evidence:
        """The evidence record of one sentence."""
        return Evidence(self.document.id, unit.start, unit.end, unit.text)

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        """Resolved place mentions between two character offsets."""
        return [m for m in self.places if m.place is not None and m.start >= start and m.end <= end]

    def place_near(self, anchor: Token, unit: SentenceUnit) -> Place | None:
        """The place an event at `anchor` happened: in the anchor's phrase, the sentence, or before."""
        subtree = sorted(anchor.subtree, key=lambda t: t.i)
        candidates = self.places_in(subtree[0].idx, subtree[-1].idx + len(subtree[-1].text))
        candidates = candidates or self.places_in(unit.start, unit.end)
        local = [m for m in candidates if m.place.precision != GeoPrecision.REGION]
        if local:
            return min(local, key=lambda m: abs(m.start - anchor.idx)).place
        main = self.main_place()
        return main or (candidates[0].place if candidates else None)

    def recent_place(self, before: int) -> Place | None:
        """The last town-level place named before an offset ("the city" refers back to it)."""
        earlier = [m for m in self.places if m.place is not None and m.end <= before
                   and m.place.precision != GeoPrecision.REGION and m.place.feature != "country"]
        return earlier[-1].place if earlier else self.main_place()

    def facility(self, noun: str, before: int) -> Place | None:
        """An unnamed facility ("the airport") of the town the text is about."""
        town = self.main_place() or self.recent_place(before)
        if town is None:
            return None
        named = self.resolve_place(f"{town.name} {noun}") if self.resolve_place else None
        if named is not None and named.feature != "populated place" and haversine_km(
                named.latitude, named.longitude, town.latitude, town.longitude) <= _FACILITY_KM:
            return named
        return replace(town, name=f"{town.name} {noun}", feature=noun, precision=GeoPrecision.NEAR,
                       geonames_id=None, population=None, aliases=())

    def topic_place(self, unit: SentenceUnit, before: int) -> Place | None:
        """What "it" refers to: the first town named in the sentence, else the last one before."""
        local = [m.place for m in self.places_in(unit.start, before)
                 if m.place.precision != GeoPrecision.REGION and m.place.feature != "country"]
        return local[0] if local else self.recent_place(before)

    def main_place(self) -> Place | None:
        """The town the document names most often."""
        towns = [m.place for m in self.places if m.place is not None
                 and m.place.precision != GeoPrecision.REGION and m.place.feature != "country"]
        if not towns:
            return None
        counts = Counter((p.name, p.latitude, p.longitude) for p in towns)
        key, _ = counts.most_common(1)[0]
        return next(p for p in towns if (p.name, p.latitude, p.longitude) == key)

    def date_in(self, span: Span, anchor: Token | None = None, allow_bounds: bool = True) -> DateSpan | None:
        """The date of the anchor's clause: its own date expression before any in other
        clauses, and "since X" (a period's start) last or, for a state, never; past dates only."""
        found: list[tuple[tuple[int, int], DateSpan]] = []
        for ent in span.ents:
            if ent.label_ not in {"DATE", "TIME"}:
                continue
            if any(t.lower_ in _FUTURE_WORDS for t in ent):
                continue
            before = span.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            expression = f"since {ent.text}" if before == "since" else ent.text
            resolved = resolve_date(expression, self.document.published)
            if resolved is None:
                continue
            boundary = 2 if before in _PERIOD_BOUNDS else 0
            if boundary and not allow_bounds:
                continue
            if anchor is None:
                found.append(((boundary, ent.start), resolved))
            else:
                found.append(((_clause_distance(ent.root, anchor) + boundary, abs(ent.start - anchor.i)), resolved))
        return min(found, key=lambda pair: pair[0])[1] if found else None

    def event_date(self, unit: SentenceUnit, anchor: Token | None, remember: bool = True) -> DateSpan | None:
        """A sentence's own date, else the narrative date carried from earlier events."""
        own = self.date_in(unit.span, anchor)
        if own is not None:
            if remember:
                self.narrative_dates.setdefault(unit.index, own)
            return own
        earlier = [d for i, d in self.narrative_dates.items() if i < unit.index]
        if earlier:
            return earlier[-1]
        published = self.document.published
        return self.publication_week(published) if published else None

    @staticmethod
    def publication_week(published: date) -> DateSpan:
        """The days up to publication, for an undated past event in a news report."""
        return DateSpan(published - timedelta(days=2), published, TimePrecision.WEEK, "undated")
