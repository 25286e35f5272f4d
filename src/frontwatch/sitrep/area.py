"""The area a situation report covers: a country, a province, a place (with its surroundings) or a box.

Names go through the gazetteer, so accents, aliases and other spellings work ("Ninawa" is
Nineveh, "DRC" the Democratic Republic of the Congo, "Kharkov" Kharkiv). A name nobody knows
is an error, never an empty report.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontwatch.errors import InputError
from frontwatch.fuse.views import PlaceView
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.resolve.geo_names import fold

PLACE_RADIUS_KM = 50.0
REGION_FEATURES = frozenset({"region", "district"})


@dataclass(frozen=True)
class Area:
    """What a report covers; kind is "all", "box", "country", "province" or "place"."""

    kind: str
    label: str
    country: str | None = None
    province: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    bbox: tuple[float, float, float, float] | None = None
    radius_km: float = PLACE_RADIUS_KM

    def contains(self, place: PlaceView | None) -> bool:
        """Whether a stored place lies in the area (an unplaced fact lies only in "all")."""
        if self.kind == "all":
            return True
        if place is None:
            return False
        if self.kind == "country":
            return fold(place.country or "") == fold(self.country or "")
        if self.kind == "province":
            return (fold(place.country or "") == fold(self.country or "")
                    and fold(place.admin1 or place.name) == fold(self.province or ""))
        if place.latitude is None or place.longitude is None:
            return False
        if self.kind == "box":
            west, south, east, north = self.bbox  # type: ignore[misc]
            return west <= place.longitude <= east and south <= place.latitude <= north
        if self.latitude is None or self.longitude is None:
            return False
        return haversine_km(self.latitude, self.longitude, place.latitude, place.longitude) <= self.radius_km

    def extent(self) -> tuple[float, float, float, float] | None:
        """A box around the area for a map inset (None for countries and provinces: their places decide)."""
        if self.kind == "box":
            return self.bbox
        if self.kind == "place" and self.latitude is not None and self.longitude is not None:
            pad = self.radius_km / 111.0 * 1.6
            return (self.longitude - pad * 1.3, self.latitude - pad, self.longitude + pad * 1.3, self.latitude + pad)
        return None


EVERYWHERE = Area("all", "everywhere")


def _box(text: str) -> tuple[float, float, float, float] | None:
    parts = text.split(",")
    if len(parts) != 4:
        return None
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        return None
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise InputError(f"--area {text!r}", "a box is west,south,east,north with -180 <= west <= east <= 180 "
                                             "and -90 <= south <= north <= 90")
    return west, south, east, north


def resolve_area(text: str | None, gazetteer) -> Area:
    """The Area a user names: "west,south,east,north", or a country, province or place the gazetteer knows."""
    if text is None or not text.strip():
        return EVERYWHERE
    text = text.strip()
    box = _box(text)
    if box is not None:
        return Area("box", text, bbox=box)
    country = gazetteer.country(text)
    if country is not None:
        return Area("country", country.name, country=country.country or country.name)
    for place in gazetteer.lookup(text):
        if place.feature in REGION_FEATURES and place.country:
            return Area("province", f"{place.name}, {place.country}", country=place.country,
                        province=place.admin1 or place.name)
        return Area("place", f"{place.name}, {place.country}" if place.country else place.name,
                    country=place.country, latitude=place.latitude, longitude=place.longitude)
    raise InputError(f"--area {text!r}", "no country, province or place of that name in the gazetteer; "
                                         "give another spelling, or a box as west,south,east,north")
