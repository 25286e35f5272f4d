"""The extract stage's entry point: one parsed document in, its facts out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from spacy.language import Language

from frontwatch.extract.certainty import CertaintyLexicon
from frontwatch.extract.context import DocumentContext
from frontwatch.extract.control import ControlExtractor
from frontwatch.extract.doc_actors import DocumentActors
from frontwatch.extract.events import EventExtractor, Typing
from frontwatch.extract.merge import merge_within_document
from frontwatch.extract.quantities import QuantityExtractor
from frontwatch.extract.reparse import repair_parses
from frontwatch.extract.sentences import sentence_units
from frontwatch.extract.verbs import verb_lemma
from frontwatch.model import (
    ActorMention,
    ControlFact,
    Document,
    EventFact,
    Extraction,
    Finding,
    GeoPrecision,
    Place,
    PlaceMention,
    QuantityFact,
)
from frontwatch.nlp import parse
from frontwatch.resolve.actors import ActorMatcher, ActorRegistry
from frontwatch.taxonomy import Taxonomy

TAKEOVER = "NON_STATE_ACTOR_OVERTAKES_TER"  # refined to "Government regains" by actor type


class SentenceTyping(Protocol):
    """What the extractor needs from a sentence typer."""

    def classify(self, texts: Sequence[str]) -> Sequence: ...


class PlaceFinder(Protocol):
    """What the extractor needs from a geocoder."""

    def geoparse(self, text: str, doc) -> list[PlaceMention]: ...

    def resolve(self, name: str, context_countries: Sequence[str] = ()) -> Place | None: ...


SpatialChecker = Callable[[str, object, list[PlaceMention], str], list[Finding]]


@dataclass
class Extractor:
    """Reads events, control claims, quantities and findings from documents."""

    nlp: Language
    registry: ActorRegistry
    geocoder: PlaceFinder
    typer: SentenceTyping
    taxonomy: Taxonomy
    lexicon: CertaintyLexicon
    country_of: Callable[[str], str | None]
    country_name: Callable[[str], str | None]
    check_spatial: SpatialChecker

    def __post_init__(self) -> None:
        self.matcher = ActorMatcher(self.registry, self.nlp)
        self.events = EventExtractor(self.taxonomy, self.lexicon)
        self.control = ControlExtractor(self.lexicon)
        self.quantities = QuantityExtractor(self.lexicon)

    def extract(self, document: Document) -> Extraction:
        """Everything frontwatch reads from one document."""
        doc = parse(self.nlp, document.text)  # long texts in sentence-aligned chunks
        named = self.matcher.named_mentions(doc)
        repair_parses(self.nlp, doc, named)
        units = sentence_units(doc)
        places = _outside_names(self.geocoder.geoparse(document.text, doc), named)
        actors = DocumentActors(doc, named, self.registry, self.country_of, self._document_country(places))
        countries = sorted({m.place.country for m in places if m.place is not None and m.place.country})
        ctx = DocumentContext(document, doc, units, places, actors,
                              resolve_place=lambda name: self.geocoder.resolve(name, countries))
        usable = [u for u in units if u.usable]
        typings = self.typer.classify([u.text for u in usable])
        typed = {u.index: t for u, t in zip(usable, typings, strict=False)}
        extraction = Extraction(document=document, places=places)
        if document.published is None:
            extraction.warnings.append(f"{document.origin}: no publication date; relative dates left unresolved")
        events, headline_events, headline_control, headline_counts = [], [], [], []
        for unit in units:
            event = None
            typing = typed.get(unit.index)
            if typing is not None:
                event = self.events.extract(
                    ctx, unit, Typing(typing.label, typing.trigger_start, typing.trigger_end,
                                      agreed=typing.layer == "both")
                )
            told = self._told_happening(ctx, unit, typing.is_acled) if event is None and typing is not None else None
            if told is not None:
                ctx.event_date(unit, told)  # a happening we could not code still sets the story's date
            found = [event] if event is not None else []
            if unit.usable:
                found += self._takeover_events(ctx, unit)
            (headline_events if unit.is_headline else events).extend(found)
            (headline_control if unit.is_headline else extraction.control).extend(self.control.extract(ctx, unit))
            (headline_counts if unit.is_headline else extraction.quantities).extend(self.quantities.extract(ctx, unit))
        # A headline restates the story the body tells; it is evidence only when the body is silent.
        extraction.events = merge_within_document(events or headline_events)
        told = {_place_key(c.place) for c in extraction.control}
        headline_control = [c for c in headline_control if _place_key(c.place) not in told]
        extraction.control = _first_of_each(headline_control + extraction.control, _control_key)
        extraction.quantities = _first_of_each(_untold(headline_counts, extraction.quantities) + extraction.quantities,
                                               _quantity_key)
        extraction.findings = self.check_spatial(document.text, doc, places, document.id)
        return extraction

    def _told_happening(self, ctx: DocumentContext, unit, typed_event: bool):
        """The predicate by which a sentence moves the story's clock, if it does: the root of a
        sentence typed as an event, or a dated past action ("Gunmen stormed the school late on
        Monday, residents said") rather than a statement."""
        root = unit.span.root
        if typed_event:
            return root
        clauses = [root]  # the main clause, then the clauses it reports or coordinates, nearest first
        for verb in clauses:
            if verb.tag_ == "VBD" and verb_lemma(verb) not in self.lexicon.attribution_verbs \
                    and ctx.dated_clause(unit.span, verb):
                return verb
            clauses += [c for c in verb.children if c.dep_ in {"ccomp", "conj"} and c.pos_ == "VERB"]
        return None

    def _takeover_events(self, ctx: DocumentContext, unit) -> list[EventFact]:
        """Every change of hands a sentence tells ("Kidal, which fell on Friday, and Gao,
        which they took on Saturday") is a territorial event, typed or not."""
        events = []
        for anchor in self.control.takeover_anchors(ctx, unit):
            start = anchor.idx - unit.start
            event = self.events.extract(ctx, unit, Typing(TAKEOVER, start, start + len(anchor.text), exact=True))
            if event is not None:
                events.append(event)
        return events

    def _document_country(self, places: list[PlaceMention]) -> str | None:
        """The country most of a document's places lie in, by name."""
        codes = Counter(m.place.country for m in places if m.place is not None and m.place.country
                        and m.place.precision != GeoPrecision.REGION)
        codes = codes or Counter(m.place.country for m in places if m.place is not None and m.place.country)
        if not codes:
            return None
        code, _ = codes.most_common(1)[0]
        return self.country_name(code) or code


def _outside_names(places: list[PlaceMention], named: list[ActorMention]) -> list[PlaceMention]:
    """Place mentions that are not part of an actor's name ("Islamic State of Iraq and al-Sham")."""
    return [p for p in places if not any(p.start < a.end and a.start < p.end for a in named)]


def _untold(headline: list[QuantityFact], body: list[QuantityFact]) -> list[QuantityFact]:
    """Headline counts the body does not give again ("kills dozens" beside "killing at least 50")."""
    counted = {word for fact in body for word in fact.what.replace("(", " ").replace(")", " ").split()}
    return [fact for fact in headline if not set(fact.what.replace("(", " ").replace(")", " ").split()) & counted]


def _place_key(place: Place) -> tuple:
    return (place.name, round(place.latitude, 3))


def _control_key(fact: ControlFact) -> tuple:
    return (fact.actor.name, *_place_key(fact.place), fact.status)


def _quantity_key(fact: QuantityFact) -> tuple:
    return (fact.what, fact.low, fact.high, fact.actor.name if fact.actor else None)


def _first_of_each(facts: list, key: Callable[[object], tuple]) -> list:
    """Facts a report repeats are kept once, at their first telling."""
    seen: dict[tuple, object] = {}
    for fact in facts:
        seen.setdefault(key(fact), fact)
    return list(seen.values())
