"""Hand-made extractions for the situation-picture tests (no NLP)."""

from __future__ import annotations

from datetime import date

from frontwatch.model import (
    Actor,
    Certainty,
    ControlFact,
    ControlStatus,
    DateSpan,
    Document,
    EventFact,
    Evidence,
    Extraction,
    Place,
    QuantityFact,
    TimePrecision,
)

REBELS = Actor("Northern Front", aliases=("NF", "rebels"), inter_code=2, country="XX")
REBELS_ALIAS = Actor("NF fighters", aliases=("NF",), inter_code=2, country="XX")
ARMY = Actor("Army of Xland", aliases=("army",), inter_code=1, country="XX")
CITY = Place("Alpha City", 36.34, 43.13, country="XX", population=1_000_000)
TOWN = Place("Beta Town", 33.35, 43.78, country="XX", population=300_000)
HALF_TOWN = Place("Gamma", 33.42, 43.30, country="XX", population=400_000)
AIRPORT = Place("Alpha Airport", 36.30, 43.15, country="XX", population=None, feature="airport")
FAR_TOWN = Place("Delta", 36.88, 43.13, country="XX", population=50_000)  # ~60 km north of Alpha City


def day(d: int, month: int = 6) -> date:
    """A date in June of the test year."""
    return date(2030, month, d)


def report(doc_id: str, outlet: str, published: date, *, events=(), control=(), quantities=(),
           text: str = "A report.") -> Extraction:
    """One document's extraction, built by hand."""
    document = Document(id=doc_id, text=text, origin=f"{doc_id}.txt", published=published,
                        source=outlet, title=f"{outlet}: {doc_id}")
    return Extraction(document=document, events=list(events), control=list(control), quantities=list(quantities))


def ev(doc_id: str, sub: str, place: Place, when: date, actor=REBELS, *, etype: str = "Battles",
       deaths: tuple[int | None, int | None] = (None, None), certainty: Certainty = Certainty.REPORTED,
       text: str = "Rebels took the city.") -> EventFact:
    """An event of one report."""
    return EventFact(etype, sub, Evidence(doc_id, 0, len(text), text), actor1=actor, place=place,
                     date=DateSpan(when, when, TimePrecision.DAY, ""), fatalities_low=deaths[0],
                     fatalities_high=deaths[1], certainty=certainty)


def ct(doc_id: str, place: Place, status: ControlStatus, when: date, actor=REBELS,
       certainty: Certainty = Certainty.REPORTED, start: int = 0) -> ControlFact:
    """A control claim of one report."""
    text = f"{actor.name} {status.value} {place.name}."
    return ControlFact(actor, place, status, Evidence(doc_id, start, start + len(text), text), as_of=when,
                       certainty=certainty)


def qt(doc_id: str, what: str, low: int | None, high: int | None, actor=REBELS, place: Place | None = None,
       certainty: Certainty = Certainty.REPORTED, start: int = 100) -> QuantityFact:
    """A quantity of one report."""
    text = f"{low}-{high} {what}."
    return QuantityFact(what, low, high, Evidence(doc_id, start, start + len(text), text), actor=actor,
                        place=place, certainty=certainty)


TAKEOVER = "Non-state actor overtakes territory"


def takeover_reports() -> list[Extraction]:
    """Three outlets report one takeover of Alpha City with different fighter numbers and dates a day apart."""
    return [
        report("d1", "Outlet One", day(11), events=[ev("d1", TAKEOVER, CITY, day(10), deaths=(10, 12))],
               quantities=[qt("d1", "fighters", 800, 800, place=CITY)]),
        report("d2", "Outlet Two", day(11), events=[ev("d2", TAKEOVER, CITY, day(10), REBELS_ALIAS, deaths=(20, 20))],
               quantities=[qt("d2", "fighters", 2000, 3000, place=CITY)]),
        report("d3", "Outlet Three", day(12), events=[ev("d3", "Armed clash", AIRPORT, day(11), deaths=(None, None))],
               quantities=[qt("d3", "militants", 1500, None, certainty=Certainty.CLAIMED)]),
    ]
