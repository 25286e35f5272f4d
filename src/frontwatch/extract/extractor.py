"""The extract stage's entry point: documents in, their facts out — one at a time or in batches
(one `nlp.pipe` over the batch, one typer call per document)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import Protocol, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from frontwatch.extract.context import UNDATED, DocumentContext, sentence_units, speaker
from frontwatch.extract.control import ControlReader, control_key, losses, superseded, taking_events
from frontwatch.extract.doc_actors import DocumentActors
from frontwatch.extract.events import EventReader
from frontwatch.extract.merge import merge_within_document
from frontwatch.extract.quantities import QuantityReader
from frontwatch.extract.table import load_table
from frontwatch.language import settings, word_book
from frontwatch.model import ActorMention, Document, Extraction, Finding, GeoPrecision, Place, PlaceMention
from frontwatch.reading.attribution import saying
from frontwatch.reading.model import Frame, frames_of
from frontwatch.reading.pipeline import actor_registry
from frontwatch.resolve.actors import acronyms_in_context
from frontwatch.resolve.geocode import Geocoder
from frontwatch.taxonomy import Taxonomy

_WARNINGS, _LIKEWISE = word_book("notes").texts("warnings"), word_book("reference").words("likewise")
(PARSE_BATCH,) = settings("parsing", "parse_batch")
_BRACKETS = str.maketrans("()", "  ")  # the categories a quantity's description adds: "insurgents (fighters)"


def home_country(places: Sequence[Place]) -> str | None:
    """A report's country: where most of its towns (else regions) lie, ties to more places, then the first named."""
    every = Counter(p.country for p in places if p.country)
    towns = Counter(p.country for p in places if p.country and p.precision != GeoPrecision.REGION)
    return max(every, key=lambda country: (towns[country], every[country]), default=None)


class SentenceTyping(Protocol):
    """What the extractor needs from a sentence typer."""

    def classify(self, texts: Sequence[str], *, spans: Sequence[Span]) -> Sequence: ...


@dataclass
class Extractor:
    """Reads events, control claims, quantities and findings from documents with a reading pipeline (`nlp`)."""

    nlp: Language
    geocoder: Geocoder
    typer: SentenceTyping
    taxonomy: Taxonomy
    country_of: Callable[[str], str | None]
    country_name: Callable[[str], str | None]
    check_spatial: Callable[[str, object, list[PlaceMention], str], list[Finding]]  # the gazetteer's checks

    def __post_init__(self) -> None:
        self.registry, self.table = actor_registry(self.nlp), load_table()
        self.events = EventReader(self.table, self.taxonomy)
        self.control, self.quantities = ControlReader(self.table), QuantityReader(self.table)

    def extract(self, document: Document) -> Extraction:
        """Everything frontwatch reads from one document."""
        return next(self.extract_many([document], batch_size=1))

    def extract_many(self, documents: Iterable[Document], batch_size: int = PARSE_BATCH) -> Iterator[Extraction]:
        """Everything frontwatch reads from each document, in order, as `extract` reads it, parsed in batches.

        Each document's sentences are typed in one call of their own, never mixed with another document's:
        the int8 encoder quantizes a batch's activations together, so a sentence's vector (and at times its
        label) would depend on which other sentences shared its batch."""
        stream = iter(documents)
        while batch := list(islice(stream, batch_size)):
            docs = self.nlp.pipe((d.text for d in batch), batch_size=batch_size)
            for document, doc in zip(batch, docs, strict=True):
                yield self._read(self._prepare(document, doc))

    def _prepare(self, document: Document, doc: Doc) -> DocumentContext:
        named: list[ActorMention] = doc._.actor_mentions or []
        units = sentence_units(doc)
        # places in no actor's name, no modifier ("U.S. officials"), nor the given name of a titled person ("Mayor X Y")
        given = {e[0].idx: e[0].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                 and any(c.i < e.start and c.dep_ == "compound" for c in e.root.lefts)}  # nor "X said" after it
        mentions = self.geocoder.geoparse(document.text, doc)
        places = [replace(p, place=self.geocoder.gazetteer.at_seat(p.place)) for p in mentions if not p.hint
                  and not any(p.start < a.end and a.start < p.end for a in named)
                  and p.start not in given and p.surface not in given.values()]
        placed = [m.place for m in places if m.place is not None]
        named = acronyms_in_context(named, placed, lambda code: self.geocoder.resolve(self.country_name(code) or code))
        countries = sorted({p.country for p in placed if p.country})
        # its country, from its places, not one speaking ("Paris condemned it")
        country = home_country([m.place for m in places if m.place is not None and not speaker(doc, m)])
        homes = countries or sorted({self.country_name(c) or c for c in self.geocoder.told_countries(doc, named)})
        def resolve(name: str) -> Place | None:  # a name the geoparser left, a province at its seat as the others
            return self.geocoder.gazetteer.at_seat(self.geocoder.resolve(name, homes, bool(countries)))
        # a name told as a place the gazetteer lacks: where the text puts it, else in its country (or group's home)
        unknown = self.geocoder.unknown_places(document.text, places,
                                               country or (homes[0] if len(homes) == 1 else None))
        places = [replace(m, place=(resolve(m.surface) if m.place is None else None) or unknown[m.surface]) if (
            m.surface in unknown) else m for m in places]
        capitals = [(m.start, m.end, m.place.country) for m in places if m.place is not None and m.place.country
                    and speaker(doc, m) and self.geocoder.gazetteer.is_capital_place(m.place)]  # "Kinshasa said"
        sites = {m.start: m.end for m in places if m.place is not None and m.start not in {c[0] for c in capitals}}
        actors = DocumentActors(doc, named, self.registry, self.country_of, country, countries, self.geocoder.homeland,
                                sites, capitals, self.country_name)
        return DocumentContext(document, doc, units, places, actors, resolve_place=resolve,
                               hints=[(m.start, m.end) for m in mentions if m.hint])

    def _read(self, ctx: DocumentContext) -> Extraction:
        document, starts = ctx.document, {u.span.start: u.index for u in ctx.units}
        by_unit: dict[int, list[Frame]] = {}  # sentence index -> its frames
        for frame in frames_of(ctx.doc):
            by_unit.setdefault(starts.get(frame.sentence.start, -1), []).append(frame)
        units = [u for u in ctx.units if u.usable and u.index in by_unit]  # the typer's label is read for a frame only
        typed = dict(zip([u.index for u in units], self.typer.classify([u.text for u in units],
                                                                       spans=[u.span for u in units]), strict=True))
        extraction = Extraction(document=document, places=ctx.places)
        if document.published is None:
            extraction.warnings.append(_WARNINGS["no_publication_date"].format(document.origin))
        head = Extraction(document=document)  # what the headline tells; the body's facts go into `extraction`
        for unit in ctx.units:
            frames = by_unit.get(unit.index, []) if unit.usable else []  # a caption or question tells no event
            found = self.events.read(ctx, unit, frames, typed.get(unit.index))
            if not found and unit.usable:  # a dated happening no event was coded from still sets the story's date
                # ("gunmen arrived late on Monday"); a state told with a copula ("the worst day since 2015") does not
                heads = [f.head for f in frames if f.asserted] + [unit.span.root]
                dated = next((v for v in heads if v.tag_ == "VBD" and v.pos_ == "VERB" and not saying(v)
                              and ctx.dated_clause(unit.span, v)), None)
                if dated is not None:
                    ctx.event_date(unit, dated)
            facts = head if unit.is_headline else extraction
            # an undated sentence that tells only deaths tells the toll of the happening told before, if it has none and
            # is violent ("A bomb went off in the market. Four soldiers died."); one over days, of the last battle told
            over = not found and (when := ctx.date_in(unit.span, unit.span.root)) is not None and 0 < (
                when.end - when.start).days <= self.table.history_days["span"]  # not over months ("since January")
            last = next(iter([e for e in extraction.events if not over or self.taxonomy.by_sub_event_type(
                e.sub_event_type).mutual][-1:] if unit.usable and not (found or unit.is_headline) else []), None)
            besides = any(t.dep_ == "advmod" and t.lower_ in _LIKEWISE for t in unit.span)  # "Two soldiers also died"
            if last and (last.fatalities_low is None or besides) and (over or not ctx.dates_in(unit.span)) and (
                    self.taxonomy.by_sub_event_type(last.sub_event_type).violent) and (
                    toll := self.quantities.toll(unit))[0] is not None:
                last.add_toll(*toll)
            facts.events += found
            facts.control += self.control.read(ctx, unit, frames)
            facts.quantities += self.quantities.read(ctx, unit)
        told = {control_key(c)[1:3] for c in extraction.control}  # its place
        untold = [c for c in head.control if control_key(c)[1:3] not in told]
        kept, taken = superseded(_first_of_each(untold + extraction.control, control_key), document.published)
        extraction.control = _first_of_each(kept, control_key)  # a hold a later taking ended is the loss it may tell
        # A headline restates the story the body tells; it is evidence only when the body is silent, and its
        # happening, undated, is of the day the body dates first ("Shells kill five in X" over "... on Sunday")
        lead = next((d for i, d in sorted(ctx.narrative_dates.items()) if not ctx.units[i].is_headline), None)
        for event in head.events:
            event.date = lead if lead and event.date and event.date.expression == UNDATED else event.date
        extraction.events = merge_within_document((extraction.events or head.events) + taking_events(
            taken, extraction.control, self.table, self.taxonomy, ctx.story_day))
        for event in extraction.events:  # a national protest at the capital (acled_taxonomy.yaml `at_capital`)
            event.place = self.geocoder.gazetteer.at_seat(event.place, self.taxonomy.by_sub_event_type(
                event.sub_event_type).at_capital)
        extraction.control += losses(extraction.events, extraction.control, self.table, self.taxonomy)
        # the headline's counts the body does not give again, in its words or its number ("kills dozens" beside
        # "killing at least 50"; "seize 17 travellers" beside "kidnapped 17 bus passengers")
        gives = {id(f): {*f.what.translate(_BRACKETS).split(), (f.low, f.high)} for f in [*head.quantities,
                                                                                          *extraction.quantities]}
        counted = set().union(*(gives[id(f)] for f in extraction.quantities))
        quantities = [f for f in head.quantities if not gives[id(f)] & counted]
        extraction.quantities = _first_of_each(quantities + extraction.quantities,
                                               lambda f: (f.what, f.low, f.high, f.actor and f.actor.name))
        extraction.findings = self.check_spatial(document.text, ctx.doc, ctx.places, document.id)
        ctx.doc.user_data.clear()  # its frames point back at it: the Doc goes now, not at the next full collection
        return extraction


_Fact = TypeVar("_Fact")


def _first_of_each(facts: list[_Fact], key: Callable[[_Fact], tuple]) -> list[_Fact]:
    """Facts a report repeats are kept once, at their first telling."""
    seen: dict[tuple, _Fact] = {}
    return [seen.setdefault(k, fact) for fact in facts if (k := key(fact)) not in seen]
