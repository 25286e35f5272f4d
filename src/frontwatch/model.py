"""Typed records passed from stage to stage: Document → facts with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class Certainty(str, Enum):  # noqa: UP042 - str() of members is relied on
    """How sure a fact is, from attribution and hedging (see reading.attribution); the surest first."""

    CONFIRMED = "confirmed"
    REPORTED = "reported"
    CLAIMED = "claimed"


class ControlStatus(str, Enum):  # noqa: UP042 - str() of members is relied on
    """Who holds a place, as a report states it."""

    CONTROLS = "controls"
    PARTIAL = "partial"
    CONTESTED = "contested"
    THREATENED = "threatened"
    LOST = "lost"


class TimePrecision(int, Enum):
    """ACLED time_precision: 1 day, 2 week or a few days, 3 month or longer."""

    DAY = 1
    WEEK = 2
    MONTH = 3


class GeoPrecision(int, Enum):
    """ACLED geo_precision: 1 the town itself, 2 near or part of it, 3 region."""

    TOWN = 1
    NEAR = 2
    REGION = 3


@dataclass(frozen=True)
class Document:
    """One report as ingested: text plus what is known about where it came from."""

    id: str
    text: str
    origin: str
    published: date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    reliability: str | None = None
    warnings: tuple[str, ...] = ()  # what reading it dropped or coerced, one line each


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: document id, character offsets and the sentence text."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DateSpan:
    """A date or an interval of dates, with ACLED precision."""

    start: date
    end: date
    precision: TimePrecision
    expression: str = ""


@dataclass(frozen=True)
class Place:
    """A resolved place: a gazetteer entry or a facility/region resting on one."""

    name: str
    latitude: float
    longitude: float
    country: str | None = None
    admin1: str | None = None
    geonames_id: int | None = None
    population: int | None = None
    feature: str = "populated place"
    precision: GeoPrecision = GeoPrecision.TOWN
    aliases: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None  # footprint of an area: south, west, north, east


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text, with what it resolved to and why."""

    start: int
    end: int
    surface: str
    place: Place | None
    why: str = ""
    # a country named as a modifier ("U.S. troops"), a place of the text, or a people's name ("ethnic Afar"), no
    # place: never an event's place
    hint: bool = False

    @property
    def resolved(self) -> Place:
        """The place of a mention the geocoder resolved (raises ValueError for one it did not)."""
        if self.place is None:
            raise ValueError(f"place name {self.surface!r} was not resolved")
        return self.place


@dataclass(frozen=True)
class Actor:
    """An actor from the registry (or guessed from NER and flagged for review)."""

    name: str
    aliases: tuple[str, ...] = ()
    inter_code: int = 8
    country: str | None = None
    kind: str = "other"
    allies: tuple[str, ...] = ()
    needs_review: bool = False
    countries: tuple[str, ...] = ()  # every country it is coded in, most first, when more than one


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a text: its offsets and the registry actor it resolved to."""

    start: int
    end: int
    surface: str
    actor: Actor


@dataclass
class EventFact:
    """One political-violence or strategic event read from one sentence."""

    event_type: str
    sub_event_type: str
    evidence: Evidence
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: list[Actor] = field(default_factory=list)
    place: Place | None = None
    date: DateSpan | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    certainty: Certainty = Certainty.REPORTED
    claim_source: str | None = None
    trigger: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def fatalities(self) -> int | None:
        """ACLED's single figure: the lowest number the report gives."""
        return self.fatalities_low

    def add_toll(self, low: int | None, high: int | None) -> None:
        """Take a toll, or add more dead told besides to the one it has (an open high stays open)."""
        if self.fatalities_low is None:
            self.fatalities_low, self.fatalities_high = low, high
        else:
            self.fatalities_low += low or 0
            self.fatalities_high = None if self.fatalities_high is None or high is None else self.fatalities_high + high


@dataclass
class ControlFact:
    """A statement of who holds (or threatens) a place, as of a date."""

    actor: Actor
    place: Place
    status: ControlStatus
    evidence: Evidence
    as_of: date | None = None
    certainty: Certainty = Certainty.REPORTED
    claim_source: str | None = None
    changed: bool = False  # told as a change of hands ("took X"), not as a state ("holds X")
    won: bool = False  # a contest told as won: a taking unless another side fights for or holds the place then
    terms: frozenset[str] = frozenset()  # what a taking told won was done under (pseudo-role `terms`: a deal, nobody
    # resisting it, the other side gone), which decides its event's code (data/frame_table.yaml `take`)


@dataclass
class QuantityFact:
    """A number a report gives (force size, prisoners freed, population...), as a range."""

    what: str
    low: int | None
    high: int | None
    evidence: Evidence
    actor: Actor | None = None
    place: Place | None = None
    certainty: Certainty = Certainty.REPORTED
    claim_source: str | None = None


@dataclass
class Finding:
    """A consistency check: a report's statement set against the gazetteer."""

    what: str
    place: str
    detail: str
    evidence: Evidence
    relative_to: str | None = None
    consistent: bool = False


@dataclass
class Extraction:
    """Everything read from one document."""

    document: Document
    events: list[EventFact] = field(default_factory=list)
    control: list[ControlFact] = field(default_factory=list)
    quantities: list[QuantityFact] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
