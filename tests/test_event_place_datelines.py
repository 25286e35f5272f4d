"""What a wire dateline says about where a report's happenings are. The dateline names the town the report is filed
from: when that name is also a country's or a strip's (a city-state, a capital spelt like its country), it is the town,
and a happening the body does not place takes the town's point, not none. The wire or paper it names in brackets is
no place of the text: words of its name that name a place abroad ("(Lake Chad Courier)") place nothing and give
the report no country."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

PUBLISHED = date(2024, 5, 13)  # a Monday

TOWN_DATELINES = [
    # (report, the town the dateline names, its point): the body names no place of its own
    ("HONG KONG, May 13 (Yellow River Wire) - Police detained 40 activists in night raids on Sunday.", "Hong Kong",
     (22.28, 114.17)),
    ("KUWAIT, May 13 (Green Bay Herald) - Police arrested 15 stateless protesters on Sunday.", "Kuwait City",
     (29.37, 47.97)),
    ("DJIBOUTI, May 13 (Palm Beach Post (demo)) - Troops detained 12 opposition supporters on Friday.", "Djibouti",
     (11.59, 43.15)),
    ("MACAU, May 13 (Lotus Bay Post) - Police arrested nine casino workers marching to the government offices on "
     "Friday.", "Macau", (22.20, 113.55)),
    ("GAZA, May 13 (Jordan Valley Post) - An air strike hit a house on Sunday, killing five.", "Gaza", (31.50, 34.47)),
    ("SINGAPORE, May 13 - Police arrested four men who staged a protest outside a ministry on Monday.", "Singapore",
     (1.29, 103.85)),
]


@pytest.mark.parametrize(("text", "town", "point"), [pytest.param(*row, id=row[1]) for row in TOWN_DATELINES])
def test_a_dateline_named_like_its_country_places_the_report_at_the_town(extractor, text, town, point):
    events = extract(extractor, text, PUBLISHED).events
    assert events and all(e.place is not None and e.place.name == town for e in events)
    assert all(abs(e.place.latitude - point[0]) < 0.1 and abs(e.place.longitude - point[1]) < 0.1 for e in events)


OUTLETS = [
    # (report, words of the outlet's name the gazetteer knows): the dateline's own town is unknown to it
    ("TIN-ZAOUATENE, May 13 (Niger Delta Wire) - Gunmen killed four herders near a well on Sunday.", "Niger"),
    ("ZANKORO-BAS, May 13 (Lake Chad Courier) - Gunmen torched a clinic on Sunday, killing a nurse.", "Lake"),
    ("MBARA-KOUDOU, May 13 (Pearl River Post (web)) - Soldiers arrested 20 traders at a market on Saturday.",
     "Pearl River"),
    ("OUED-TAMERT, May 13 (Kentucky Morning Post) - A roadside bomb hit an army truck on Sunday, killing three "
     "soldiers.", "Kentucky"),
    ("NGARI-MOKOLO, May 13 (Hudson Bay Courier (web)) - Rebels ambushed a supply convoy on Friday, killing four "
     "drivers.", "Hudson Bay"),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=outlet) for text, outlet in OUTLETS])
def test_the_outlet_a_dateline_names_is_no_place(extractor, geoparse, text):
    assert not [m for m in geoparse(text) if m.start > text.index("(")]
    events = extract(extractor, text, PUBLISHED).events
    assert events and all(e.place is None for e in events)
    assert all(e.actor1 is None or e.actor1.country is None for e in events)
