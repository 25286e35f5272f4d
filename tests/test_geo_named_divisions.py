"""Places read with the division, country or agent the text names with them: "X in Y province" as a
container, a division word inside the name, a demonym that opens an agent's name, roads between two towns,
villages the gazetteer lacks placed at the division named with them, a division word that never takes a
namesake town abroad, a town beside its same-named division (unless a small town of it), a name listed with a
country's divisions ("X, Y and Z" of provinces) as the division."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.model import GeoPrecision
from frontwatch.resolve.geo_math import haversine_km

AREAS = ("region", "district", "country")


def _at(mentions, surface):
    found = [m for m in mentions if m.surface == surface and m.place is not None]
    assert found, f"no resolved mention {surface!r} in {[(m.surface, m.place) for m in mentions]}"
    return found[0].place


@pytest.mark.parametrize(("text", "town", "country"), [
    ("A ferry capsized near Santa Cruz in Laguna province.", "Santa Cruz", "Philippines"),
    ("Gunmen opened fire on a bus near Cordoba in Veracruz state.", "Cordoba", "Mexico"),
    ("Insurgents burned a market near Palma in Cabo Delgado province on Sunday.", "Palma", "Mozambique"),
    ("Rebels attacked a convoy near Beni in North Kivu province.", "Beni", "Democratic Republic of the Congo"),
    ("Protesters blocked a bridge near Trinidad in Beni department.", "Trinidad", "Bolivia"),
    ("Police found three bodies near San Fernando in Pampanga province.", "San Fernando", "Philippines"),
])
def test_a_division_named_after_in_is_the_container(geoparse, text, town, country):
    assert _at(geoparse(text), town).country == country


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Protesters gathered in Oromia Region on Monday.", "Oromia Region", "Ethiopia"),
    ("Militants stormed a police post near Debre Tabor in Amhara Region.", "Amhara Region", "Ethiopia"),
    ("Gunmen attacked villages in Zamfara State.", "Zamfara State", "Nigeria"),
    ("Troops were deployed to Cabo Delgado Province.", "Cabo Delgado Province", "Mozambique"),
    ("Floods displaced thousands in Sylhet District.", "Sylhet District", "Bangladesh"),
])
def test_a_division_word_inside_the_name_reads_the_division(geoparse, text, surface, country):
    place = _at(geoparse(text), surface)
    # a district named with its own word is placed at its point, as ACLED does (precision 2); wider areas at 3
    precision = GeoPrecision.NEAR if place.feature == "district" else GeoPrecision.REGION
    assert (place.country, place.feature in AREAS, place.precision) == (country, True, precision)


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Ethiopian police said gunmen killed four farmers in Guba woreda overnight.", "Guba woreda", "Ethiopia"),
    ("Syrian activists said barrel bombs fell on Maarat governorate on Sunday.", "Maarat governorate", "Syria"),
    ("Malian soldiers said jihadists attacked Boni commune in central Mali.", "Boni commune", "Mali"),
    ("Ethiopian troops fought rebels in Dera woreda of Ethiopia on Tuesday.", "Dera woreda", "Ethiopia"),
    ("Ethiopian militia burned homes in Sasiga woreda, residents of Ethiopia said.", "Sasiga woreda", "Ethiopia"),
])
def test_a_division_word_never_takes_a_namesake_town_abroad(geoparse, text, surface, country):
    placed = [m.place.country for m in geoparse(text) if m.surface == surface and m.place is not None]
    assert placed in ([], [country])


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Swiss police searched a house in Baden on Tuesday.", "Baden", "Switzerland"),
    ("Austrian police searched a house in Baden on Tuesday.", "Baden", "Austria"),
    ("Dutch police arrested two men in Middelburg.", "Middelburg", "The Netherlands"),
    ("Spanish police raided a warehouse in Valencia.", "Valencia", "Spain"),
    ("The Swiss Federal Police questioned a banker in Baden.", "Baden", "Switzerland"),
    ("The Dutch National Police seized a boat in Middelburg.", "Middelburg", "The Netherlands"),
])
def test_an_agents_demonym_says_which_country(geoparse, text, town, country):
    assert _at(geoparse(text), town).country == country


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), [
    ("Gunmen ambushed a bus on the Kaduna-Abuja highway.", "Kaduna-Abuja", 10.52, 7.44),
    ("Bandits blocked the Bamako-Segou highway for hours.", "Bamako-Segou", 12.65, -8.0),
    ("An explosive device hit a truck on the Mogadishu-Afgoye road.", "Mogadishu-Afgoye", 2.04, 45.34),
    ("Protesters blocked the Nairobi-Mombasa highway near Mtito Andei.", "Nairobi-Mombasa", -1.28, 36.82),
    ("A convoy was attacked on the Gao-Ansongo road.", "Gao", 16.27, -0.04),
])
def test_a_road_between_two_towns_is_placed_near_the_first(geoparse, text, surface, lat, lon):
    place = _at(geoparse(text), surface)
    assert haversine_km(place.latitude, place.longitude, lat, lon) < 25
    assert place.precision == GeoPrecision.NEAR


@pytest.mark.parametrize(("text", "village", "container", "country"), [
    ("Attackers burned the village of Ngorotoro in Kajuru district, Kaduna State.", "Ngorotoro", "Kajuru",
     "Nigeria"),
    ("Two farmers were killed near Nyabibwe in South Kivu province overnight.", "Nyabibwe", "South Kivu",
     "Democratic Republic of the Congo"),
    ("Soldiers killed five herders at Wuro Tata in Seno province, Burkina Faso.", "Wuro Tata", "Séno",
     "Burkina Faso"),
    ("Unknown gunmen abducted a chief from Mbundako village in Beni territory, North Kivu province.", "Mbundako",
     "Beni", "Democratic Republic of the Congo"),
    ("Two women were killed in Kadumbo village, Ituri province.", "Kadumbo", "Ituri",
     "Democratic Republic of the Congo"),
])
def test_a_village_the_gazetteer_lacks_falls_back_to_its_named_division(geoparse, text, village, container,
                                                                         country):
    place = _at(geoparse(text), village)
    assert (place.name, place.country, place.feature in AREAS) == (container, country, True)


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Police fired tear gas at students in Tahoua on Monday.", "Tahoua", "Niger"),
    ("A bomb exploded at the bus station in Segou.", "Segou", "Mali"),
    ("Soldiers set up checkpoints in downtown Agadez.", "Agadez", "Niger"),
    ("Residents of Tillaberi protested against insecurity.", "Tillaberi", "Niger"),
    ("Unknown assailants killed a trader in Mopti market.", "Mopti", "Mali"),
])
def test_a_town_level_event_is_in_the_town_not_its_same_named_division(geoparse, text, town, country):
    place = _at(geoparse(text), town)
    assert (place.feature, place.country) == ("populated place", country)


# a province named like one of its small towns (under min_seat_share of its people) is the province for a bare name
@pytest.mark.parametrize(("text", "name", "country"), [
    ("Police in Nariño seized two tonnes of cocaine.", "Nariño", "Colombia"),
    ("Farmers blocked highways across Junín to protest fuel prices.", "Junín", "Peru"),
    ("A typhoon left thousands homeless in Leyte this week.", "Leyte", "Philippines"),
    ("Emerald miners clashed with soldiers in Boyacá on Sunday.", "Boyacá", "Colombia"),
    ("Wildcat miners were evicted from a forest reserve in Amapá.", "Amapá", "Brazil"),
    ("Banana workers went on strike across Chiriquí this month.", "Chiriquí", "Panama"),
])
def test_a_division_named_like_a_small_town_of_it_is_the_division(geoparse, text, name, country):
    place = _at(geoparse(text), name)
    assert (place.feature in ("region", "district"), place.country) == (True, country)


# a name listed with two or more divisions of one country is that country's division; a list of towns stays towns
LISTED = [
    ("Measles cases rose in Alberta, Saskatchewan and Quebec over the winter.", "Quebec", "region"),
    ("Trucks were stopped in Herat, Farah and Nimroz provinces.", "Farah", "region"),
    ("Gunmen attacked convoys in Paktika, Zabul and Ghazni over the weekend.", "Ghazni", "region"),
    ("Oil workers went on strike in Maysan, Dhi Qar and Basra.", "Basra", "region"),
    ("Polling stations stayed shut in Diyala, Anbar and Kirkuk.", "Kirkuk", "region"),
    ("Aid reached Idlib, Aleppo and Hama this week.", "Idlib", "populated place"),
    ("Shoppers crowded markets in Lagos, Abuja and Kano before the holiday.", "Kano", "populated place"),
    ("Power cuts hit Kharkiv, Poltava and Sumy on Thursday.", "Poltava", "populated place"),
]


@pytest.mark.parametrize(("text", "name", "feature"), LISTED)
def test_a_name_listed_with_divisions_is_the_division(geoparse, text, name, feature):
    assert _at(geoparse(text), name).feature == feature


@pytest.mark.parametrize(("text", "village", "container"), [
    ("On 3 May, fighting was reported near Hawzen town (Eastern, Tigray).", "Hawzen", "Eastern"),
    ("Gunmen killed two herders near Kobi village (Central, Tigray) on Monday.", "Kobi", "Central"),
    ("Militants burned a church in Sefir town (Western, Tigray).", "Sefir", "Western"),
    ("Clan militias clashed near Dhuxun village (Eastern, Tigray) at dawn.", "Dhuxun", "Eastern"),
    ("Police detained a trader in Arbahu village (Southern, Tigray).", "Arbahu", "Southern"),
])
def test_a_bracketed_container_abroad_gives_way_to_the_outer_one(geoparse, text, village, container):
    mentions = geoparse(text)
    for surface in (village, container):
        assert _at(mentions, surface).country == "Ethiopia"


@pytest.mark.parametrize("text", [
    "On 4 March, Al Shabaab fighters ambushed a supply convoy.",
    "Al Shabaab claimed the attack on a police station on Friday.",
    "On 9 June, Hamas fighters fired rockets from the coast.",
    "On 2 April, Boko Haram fighters raided a camp at night.",
    "On 1 July, the Taliban seized a district headquarters.",
])
def test_an_armed_groups_name_is_no_place(geoparse, text):
    assert [m.surface for m in geoparse(text) if m.place is not None] == []


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Tourists said they loved their vacation in the US", "US", "United States"),
    ("The ministry blamed the outbreak on travellers returning from the UK", "UK", "United Kingdom"),
    ("Two nurses flew home to the US", "US", "United States"),
    ("Prices of eggs rose sharply across the US", "US", "United States"),
    ("More cases were reported in the UK", "UK", "United Kingdom"),
])
def test_a_country_abbreviation_ending_the_text_is_a_place(geoparse, text, surface, country):
    assert _at(geoparse(text), surface).country == country


@pytest.mark.parametrize(("text", "village", "district", "country"), [
    # "X in Y district, Z province" with X unknown: Y is the district inside Z, never a larger namesake division abroad
    ("Militiamen looted shops in Kivuvu village in Beni territory, North Kivu province.", "Kivuvu", "Beni",
     "Democratic Republic of the Congo"),
    ("Jihadists attacked a school in Dolkoura village, Comoé province, Cascades region.", "Dolkoura", "Comoé",
     "Burkina Faso"),
    ("Herders burned a granary in Tunkuwa village, Bali LGA, Taraba state, on Monday.", "Tunkuwa", "Bali", "Nigeria"),
    ("Youths clashed with police at Okwemba village in Yala LGA, Cross River state.", "Okwemba", "Yala", "Nigeria"),
    ("Gunmen killed a fisherman near Ogbobagha village in Patani LGA, Delta state.", "Ogbobagha", "Patani",
     "Nigeria"),
])
def test_a_district_named_inside_its_province_is_not_a_namesake_abroad(geoparse, text, village, district, country):
    place = _at(geoparse(text), village)
    assert (place.name, place.country) == (district, country)


@pytest.mark.parametrize(("text", "village", "point"), [
    # "X, a village in Y township of Z region": the lowest division named (Y, at its seat) holds X, not Z
    ("Soldiers torched Nwegyigon, a village in Kani township of Sagaing region, on Monday.", "Nwegyigon",
     (22.43, 94.85)),
    ("Rebels attacked Ywathaya, a hamlet in Kawlin township of Sagaing region.", "Ywathaya", (23.79, 95.68)),
    ("Gunmen looted Haroqeeba, a village in Bannu tehsil of Khyber Pakhtunkhwa province.", "Haroqeeba",
     (32.99, 70.60)),
    ("Militia fighters looted Burkatuma, a village in Dolo Odo woreda of Liben zone.", "Burkatuma", (4.18, 42.06)),
    ("Police detained two men in Baroghona, a village in Sreemangal upazila of Moulvibazar district.", "Baroghona",
     (24.32, 91.71)),
    ("Drones struck Hlegutaw, a village in Tamu township of Sagaing region.", "Hlegutaw", (24.22, 94.31)),
])
def test_a_village_falls_back_to_the_lowest_division_named_with_it(geoparse, text, village, point):
    place = _at(geoparse(text), village)
    assert haversine_km(place.latitude, place.longitude, *point) < 25
    assert place.precision == GeoPrecision.NEAR


@pytest.mark.parametrize(("text", "surface", "point", "precision"), [
    # a division word of one country's own ("township", "tehsil", "upazila") is data like "district": "X township" is
    # the division, or the town it is named after, at ACLED's precision 2
    ("Militias clashed in Kawlin township on Sunday.", "Kawlin township", (23.79, 95.68), GeoPrecision.NEAR),
    ("Soldiers looted shops in Mingin township.", "Mingin township", (22.88, 94.49), GeoPrecision.NEAR),
    ("Police fired on protesters in Sreemangal upazila.", "Sreemangal upazila", (24.32, 91.71), GeoPrecision.NEAR),
    ("Gunmen attacked a checkpoint in Bannu tehsil on Friday.", "Bannu tehsil", (32.99, 70.60), GeoPrecision.NEAR),
    ("Protesters blocked a road in Swabi tehsil.", "Swabi tehsil", (34.07, 72.48), GeoPrecision.NEAR),
    ("Troops raided homes in Tamu township.", "Tamu township", (24.22, 94.31), GeoPrecision.NEAR),
    # "X woreda area, Y region": a division named with its word and an area noun is held by the one after the comma;
    # the gazetteer's division X (precision 2) or, lacking it, Y (precision 3), never nothing
    ("Gunmen killed five people in Yaso Woreda area, Benishangul Gumuz region.", "Yaso Woreda", (10.59, 35.44),
     GeoPrecision.REGION),
    ("Police arrested ten people in Guri LGA area, Jigawa state.", "Guri LGA", (12.73, 10.42), GeoPrecision.NEAR),
    ("Herders attacked farmers in Bokkos LGA area, Plateau state.", "Bokkos LGA", (9.30, 8.99), GeoPrecision.NEAR),
    ("Militants burned huts in Kelem Woreda area, Oromia region.", "Kelem Woreda", (7.51, 38.72),
     GeoPrecision.REGION),
    ("Fighting was reported around Kalewa township area, Sagaing region.", "Kalewa township", (23.20, 94.30),
     GeoPrecision.NEAR),
    # "X <division word> (Y, Z)": the division X itself first (its own area, or the town that is its seat and shares
    # its name) at ACLED's precision 2, though its containers follow in brackets; Y only when X has no candidate at
    # all (a district at precision 2, a larger division at 3)
    ("Rival Awami League factions fought with sticks in Ulipur upazila (Kurigram, Rangpur) on Tuesday.",
     "Ulipur upazila", (25.68, 89.60), GeoPrecision.NEAR),
    ("Villagers beat a suspected thief to death in Kalihati upazila (Tangail, Dhaka).", "Kalihati upazila",
     (24.39, 89.99), GeoPrecision.NEAR),
    ("Soldiers shelled three hamlets in Kawlin township (Katha district, Sagaing region) overnight.",
     "Kawlin township", (23.79, 95.68), GeoPrecision.NEAR),
    ("Gunmen shot dead a shopkeeper in Kabirwala tehsil (Khanewal, Punjab) on Monday.", "Kabirwala tehsil",
     (30.40, 71.86), GeoPrecision.NEAR),
    ("Militiamen burned houses in Bati woreda (Oromia zone, Amhara) last week.", "Bati woreda", (11.19, 40.02),
     GeoPrecision.NEAR),
    ("Herders clashed with farmers in Gwoza LGA (Borno state) on Sunday.", "Gwoza LGA", (11.15, 13.59),
     GeoPrecision.NEAR),
    ("Jihadists raided a market in Kharmang tehsil (Skardu, Gilgit-Baltistan).", "Kharmang tehsil", (35.02, 76.08),
     GeoPrecision.NEAR),
    ("Troops torched homes in Qorvandi township (Kale district, Sagaing region) at dawn.", "Qorvandi township",
     (23.03, 94.43), GeoPrecision.NEAR),
    ("Two groups clashed with sticks in Baradhubri upazila (Kurigram, Rangpur) over farmland.", "Baradhubri upazila",
     (25.81, 89.63), GeoPrecision.NEAR),
    ("Gunmen abducted a teacher in Zangolwa tehsil (Khanewal, Punjab).", "Zangolwa tehsil", (30.39, 71.92),
     GeoPrecision.NEAR),
])
def test_a_division_word_of_any_country_names_the_division(geoparse, text, surface, point, precision):
    place = _at(geoparse(text), surface)
    assert haversine_km(place.latitude, place.longitude, *point) < 25
    assert place.precision == precision
