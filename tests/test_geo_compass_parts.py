"""A compass part of an area ("northern X", "central X", "south-western X province") lies at the area's own point, at
region precision, as a part of a town lies at the town's: the geoparsing corpora (LGL, GeoVirus, GeoCorpora) annotate
such a part at the area it names, and ACLED codes an event placed only in a region at that region (precision 3).
Fit parts: GeoVirus Acc@161 0.862 -> 0.870, LGL 0.853 -> 0.859, GeoCorpora 0.857 -> 0.859 (training/GEO_DATA.md,
round 59)."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.model import GeoPrecision
from frontwatch.resolve.geo_math import haversine_km

COMPASS_PARTS = [  # (text, the compass part as written, the compass words to drop for the area alone)
    ("Aid convoys were turned back at checkpoints in northern Ethiopia last week.", "northern Ethiopia", "northern "),
    ("Drought has emptied the grazing land across southern Somalia.", "southern Somalia", "southern "),
    ("Separatist fighters will meet mediators in eastern Chad next month.", "eastern Chad", "eastern "),
    ("A cholera outbreak spread through north-eastern Angola after the floods.", "north-eastern Angola",
     "north-eastern "),
    ("Government troops are being redeployed to central Mali, the ministry said.", "central Mali", "central "),
    ("Herders clashed with farmers in southern Kaduna state on Sunday.", "southern Kaduna state", "southern "),
    ("Flooding cut the main roads across western Sindh province, officials said.", "western Sindh province",
     "western "),
    ("Wildfires were burning out of control in northern California on Tuesday.", "northern California", "northern "),
    ("Police said looters had been arrested in eastern Kentucky overnight.", "eastern Kentucky", "eastern "),
    ("Militants overran a checkpoint in northern Helmand province before dawn.", "northern Helmand province",
     "northern "),
]


@pytest.mark.parametrize(("text", "part", "compass"), COMPASS_PARTS)
def test_a_compass_part_of_an_area_lies_at_the_area_point(geoparse, text, part, compass):
    [mention] = [m for m in geoparse(text) if m.surface == part and m.place is not None]
    area_name = part.replace(compass, "", 1)
    [area] = [m for m in geoparse(text.replace(compass, "", 1)) if m.surface == area_name and m.place is not None]
    assert mention.place.precision == GeoPrecision.REGION
    assert mention.place.country == area.place.country
    assert haversine_km(mention.place.latitude, mention.place.longitude,
                        area.place.latitude, area.place.longitude) < 1
