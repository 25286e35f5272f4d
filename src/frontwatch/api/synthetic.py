"""Hand-built, deterministic extractions for tests, demos and benchmarks (no NLP)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

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

_TYPES = (
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Looting/property destruction"),
)
_ACTORS = (
    Actor("Military Forces of Testland", ("Testland army",), 1, "Testland", "state"),
    Actor("Northern Liberation Front", ("NLF",), 2, "Testland", "rebel"),
    Actor("Civilians (Testland)", (), 7, "Testland", "civilians"),
    Actor("Protesters (Testland)", (), 6, "Testland", "protesters"),
)
_CERTAINTIES = (Certainty.CONFIRMED, Certainty.REPORTED, Certainty.CLAIMED)


def synthetic_places(count: int, rng: random.Random) -> list[Place]:
    """Made-up towns scattered over a box in northern Iraq (real country, invented names)."""
    return [
        Place(f"Town {i}", round(rng.uniform(33.0, 37.0), 4), round(rng.uniform(41.0, 46.0), 4),
              country="Iraq", admin1=f"Province {i % 5}")
        for i in range(count)
    ]


def synthetic_extractions(events: int, per_document: int = 5, seed: int = 7,
                          start: date = date(2014, 6, 1), days: int = 30) -> list[Extraction]:
    """`events` events spread over documents of `per_document` sentences, with control claims and quantities."""
    return list(iter_synthetic_extractions(events, per_document, seed, start, days))


def iter_synthetic_extractions(events: int, per_document: int = 5, seed: int = 7,
                               start: date = date(2014, 6, 1), days: int = 30) -> Iterator[Extraction]:
    """The extractions of `synthetic_extractions`, made one at a time (for millions of events)."""
    rng = random.Random(seed)
    places = synthetic_places(max(4, events // 10), rng)
    for first in range(0, events, per_document):
        count = min(per_document, events - first)
        day = start + timedelta(days=rng.randrange(days))
        sentences, facts, control, quantities = [], [], [], []
        offset = 0
        doc_id = f"syn{seed:04d}{first:09d}"
        for k in range(count):
            event_type, sub_type = _TYPES[rng.randrange(len(_TYPES))]
            actor1 = _ACTORS[rng.randrange(2)]
            others = [a for a in _ACTORS if a is not actor1]
            actor2 = others[rng.randrange(len(others))] if rng.random() < 0.7 else None
            place = places[rng.randrange(len(places))]
            when = day - timedelta(days=rng.randrange(3))
            dead = rng.choice((None, 0, 1, 3, 12))
            text = (f"On {when:%d %B %Y} {actor1.name} and {actor2.name if actor2 else 'unknown gunmen'} "
                    f"were reported in a {sub_type.lower()} at {place.name}"
                    f"{'' if dead is None else f', leaving {dead} dead'} (event {first + k}).")
            evidence = Evidence(doc_id, offset, offset + len(text), text)
            facts.append(EventFact(
                event_type=event_type, sub_event_type=sub_type, evidence=evidence,
                actor1=actor1, actor2=actor2, place=place,
                date=DateSpan(when, when, TimePrecision.DAY, f"{when:%d %B %Y}"),
                fatalities_low=dead, fatalities_high=dead, certainty=_CERTAINTIES[rng.randrange(3)],
                claim_source="the ministry" if rng.random() < 0.3 else None, trigger=sub_type.split()[0].lower(),
            ))
            if k == 0:
                control.append(ControlFact(
                    actor=actor1, place=place, status=rng.choice(list(ControlStatus)), evidence=evidence,
                    as_of=when, certainty=_CERTAINTIES[rng.randrange(3)],
                ))
                quantities.append(QuantityFact("fighters", 100, 300, evidence, actor=actor1, place=place))
            sentences.append(text)
            offset += len(text) + 1
        document = Document(doc_id, " ".join(sentences), f"synthetic/{doc_id}.txt", published=day,
                            source=rng.choice(("Tigris Desk", "Levant Monitor", None)), title=f"Report {first}")
        yield Extraction(document, events=facts, control=control, quantities=quantities)
