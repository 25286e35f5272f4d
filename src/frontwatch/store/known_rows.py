"""The actor and place rows one store has committed, so that a write looks up only names it has not met yet.

A row, once committed, stays: actors and places are never deleted or renamed, and an actor's aliases only grow (a
merge adds to the stored list). So a remembered id is right for the store's life, and remembered aliases are a
subset of the stored ones: a mention whose aliases they already hold changes nothing, and any other mention is
merged into the stored row as before. A write learns its rows only after its transaction committed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PlaceKey = tuple[str, float, float]  # a place's name and its point rounded to 5 decimals


@dataclass(frozen=True)
class KnownActor:
    """An actor's row id and its aliases as this store last read or wrote them."""

    id: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class KnownPlace:
    """A place's row id and its stored point (events copy it)."""

    id: int
    longitude: float
    latitude: float


@dataclass
class KnownRows:
    """Committed actor rows by name and place rows by key."""

    actors: dict[str, KnownActor] = field(default_factory=dict)
    places: dict[PlaceKey, KnownPlace] = field(default_factory=dict)

    def learn(self, actors: dict[str, KnownActor], places: dict[PlaceKey, KnownPlace]) -> None:
        """Remember the rows a committed write read or made."""
        self.actors.update(actors)
        self.places.update(places)
