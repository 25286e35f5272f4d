"""A country's abbreviation used as a modifier ("U.S. troops") is a mention of the country for geoparsing, but, like a
demonym, only a hint of where a story is: never context for the text's other names, never an event's place. A dateline
closed by a colon ("BEIRUT: ...") names a place as one closed by a dash does, and is a sentence of its own; a heading in
capitals before a colon ("UPDATE: ...") names none. A people's name before a word for its people ("Afar herders") or
after "ethnic" names the people, not its homeland nor a namesake town abroad: no place, never an event's place, whatever
phrase ("in a rural area of X", "near X") holds the place the clause names."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

PUBLISHED = date(2024, 5, 13)  # a Monday


def _mentions(geoparse, text):  # noqa: ANN001 - the geo_fixtures fixture
    return {m.surface: m for m in geoparse(text) if m.place is not None}


@pytest.mark.parametrize(("text", "surface"), [
    ("A U.S. drone struck a car on the coast road, residents said.", "U.S."),
    ("The US envoy met the foreign minister for two hours.", "US"),
    ("U.S. troops handed the airfield to the local army in March.", "U.S."),
    ("Senior U.S. officials expect the talks to resume next week.", "U.S."),
    ("Two U.S. senators asked for the report to be published.", "U.S."),
])
def test_a_country_abbreviation_as_a_modifier_is_a_hint_mention_of_the_country(geoparse, text, surface):
    mention = _mentions(geoparse, text)[surface]
    assert mention.place.feature == "country" and mention.place.name == "United States"
    assert mention.hint


@pytest.mark.parametrize(("text", "surface"), [
    ("Wheat shipped from the U.S. reached the port on Monday.", "U.S."),
    ("The minister flew to the US on Thursday.", "US"),
])
def test_a_country_abbreviation_standing_alone_is_a_place(geoparse, text, surface):
    mention = _mentions(geoparse, text)[surface]
    assert mention.place.name == "United States" and not mention.hint


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Power returned to most homes. NAIROBI: Maize flour prices rose again this week.", "NAIROBI", "Kenya"),
    ("Prices fell again. LAGOS: Fuel queues returned to the city on Monday.", "LAGOS", "Nigeria"),
    ("The council met on Monday. KABUL: Gunmen attacked a checkpoint on the road to the airport.", "KABUL",
     "Afghanistan"),
    ("Schools reopened after the storm.\nMANILA: Ferries resumed sailing on Tuesday.", "MANILA", "Philippines"),
    ("Talks stalled overnight. KHARTOUM: Shops reopened in the market district on Sunday.", "KHARTOUM", "Sudan"),
])
def test_a_dateline_closed_by_a_colon_is_a_place(geoparse, text, surface, country):
    assert _mentions(geoparse, text)[surface].place.country == country


@pytest.mark.parametrize("text", [
    "NOTICE: The office is closed on Friday.",
    "UPDATE: The road has reopened to traffic.",
    "BREAKING: Parliament has been dissolved.",
    "The vote was close. CORRECTION: An earlier version misstated the count.",
    "Rain fell all week. WARNING: Flood water may carry sewage.",
])
def test_a_heading_in_capitals_before_a_colon_is_no_place(geoparse, text):
    assert not _mentions(geoparse, text)


@pytest.mark.parametrize(("text", "town"), [
    ("U.S. officials said gunmen killed four traders near Kadugli on Sunday.", "Kadugli"),
    ("A U.S. drone struck a vehicle near Jilib on Saturday, killing three militants.", "Jilib"),
    ("Militants shelled a U.S. base outside Erbil on Friday, officials said.", "Erbil"),
    ("Gunmen attacked a U.S. convoy on Saturday, killing two soldiers.", None),  # no place told: none, not the US
    ("Rockets hit a U.S. outpost overnight, officials said.", None),
    ("PESHAWAR: Gunmen shot dead two policemen in Bannu on Sunday, officials said.", "Bannu"),
    ("MAIDUGURI: Insurgents attacked a camp for displaced people in Dikwa on Friday.", "Dikwa"),
    ("BAMAKO: Jihadists ambushed an army convoy near Douentza on Saturday, killing six soldiers.", "Douentza"),
])
def test_a_modifiers_country_and_a_colon_datelines_place_are_no_place_of_the_events(extractor, text, town):
    events = extract(extractor, text, PUBLISHED).events
    assert events and {e.place.name if e.place else None for e in events} == {town}


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("The US Senate passed the spending bill late on Thursday.", "US", "United States"),
    ("A US Navy destroyer docked at the port for fuel.", "US", "United States"),
    ("U.S. Customs agents seized the shipment at the dock.", "U.S.", "United States"),
    ("The US Treasury froze the accounts of three traders.", "US", "United States"),
    ("A spokesman for the US State Department declined to comment.", "US", "United States"),
])
def test_a_country_abbreviation_opening_an_organisations_name_is_a_hint_mention(geoparse, text, surface, country):
    mention = _mentions(geoparse, text)[surface]
    assert mention.place.feature == "country" and mention.place.name == country
    assert mention.hint


PEOPLES_AS_MODIFIERS = [  # (text, the people's name): a people whose name a division or a town abroad also bears
    ("Unknown gunmen shot and wounded four Afar pastoralists near a watering point on Tuesday.", "Afar"),
    ("Soldiers detained nine Shan farmers accused of helping the rebels, residents said.", "Shan"),
    ("A mob beat two Naga students outside a hostel on Friday.", "Naga"),
    ("Security forces arrested twelve Rakhine fishermen at sea on Sunday, a relative said.", "Rakhine"),
    ("Masked men abducted three Chin pastors after a church service on Saturday.", "Chin"),
    ("On 5 June, police dispersed Mon monks who marched against a dam.", "Mon"),
    ("Gunmen kidnapped two Bodo traders from a weekly market on Tuesday.", "Bodo"),
    ("Police detained dozens of ethnic Amhara youths on Monday.", "Amhara"),
]


@pytest.mark.parametrize(("text", "people"), PEOPLES_AS_MODIFIERS)
def test_a_peoples_name_before_its_people_is_no_place(geoparse, text, people):
    assert people not in _mentions(geoparse, text)


@pytest.mark.parametrize(("text", "place"), [
    ("On 2 May, unidentified gunmen abducted three Afar traders on a road in Ethiopia.", "Ethiopia"),
    ("On 11 July, soldiers burned the homes of Kachin villagers in Myanmar's north.", "Myanmar"),
    ("On 3 April, ethnic Tigray residents were detained by police in Ethiopia.", "Ethiopia"),
    ("Police detained dozens of ethnic Amhara youths in Ethiopia on Monday.", "Ethiopia"),
    ("On 20 March, soldiers shot two Rakhine fishermen near Sittwe.", "Sittwe"),
    ("Attackers torched the huts of Nuer herders at a cattle camp on Monday.", None),
])
def test_a_peoples_name_before_its_people_is_no_place_of_the_events(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert events and {e.place.name if e.place else None for e in events} == {place}


@pytest.mark.parametrize(("text", "place"), [  # a people's name as the clause's object, its place a district
    ("On 14 June, armed youths assaulted ethnic Afar on the outskirts of Gewane district (Gabi Rasu, Afar), wounding "
     "three.", "Gewane district"),
    ("On 25 August, unknown attackers killed ethnic Naga in a forest area of Peren district (Peren, Nagaland).",
     "Peren"),
    ("On 19 April, unknown men killed ethnic Chin in a forest area of Matupi district (Chin) on Monday.",
     "Matupi district"),
    ("On 14 August, gunmen attacked ethnic Naga in a remote area of Tamenglong district (Manipur), killing three.",
     "Tamenglong"),
    ("On 23 February, unidentified men attacked ethnic Afar in the vicinity of Aysaita district (Awsi Rasu, Afar), "
     "killing one.", "Aysaita district"),
    ("On 1 May, militiamen attacked ethnic Amhara near Guba district (Metekel, Benishangul-Gumuz), killing six.",
     "Beneshangual Gumz Regional"),  # no Guba in the gazetteer: the region the text names, never the people's
])
def test_a_peoples_name_is_never_the_event_place_whatever_phrase_holds_the_place(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert events and {e.place.name if e.place else None for e in events} == {place}


@pytest.mark.parametrize(("text", "country"), [  # the people's name, a hint, the text's only word of its country
    ("Unknown gunmen killed three ethnic Amhara farmers near Gurafarda on Sunday, residents said.", "Ethiopia"),
    ("On Friday, armed men abducted ethnic Afar traders in a rural area of Adaitu.", "Ethiopia"),
])
def test_a_peoples_name_as_a_hint_still_tells_the_country(extractor, text, country):
    events = extract(extractor, text, PUBLISHED).events
    assert events and {e.place.country if e.place else None for e in events} == {country}
