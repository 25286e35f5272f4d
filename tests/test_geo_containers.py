"""Containers named with a place: bracketed containers, a container name shared by a country and a
division, a container read as the division that holds the place, container towns abroad and at home, a
chain of containers, a place's possessive ("X's Y"), compass parts of a district, the fitted
division-beside-town feature, the thresholds file and its salient-name rival factor."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.errors import FrontwatchError
from frontwatch.language import read_yaml
from frontwatch.model import GeoPrecision
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.resolve.geo_names import fold
from frontwatch.resolve.geo_rank import FEATURES, load_ranker, load_thresholds, thresholds_path
from frontwatch.resolve.geocode import Geocoder


def _at(mentions, surface):
    found = [m for m in mentions if m.surface == surface and m.place is not None]
    assert found, f"no resolved mention {surface!r} in {[(m.surface, m.place) for m in mentions]}"
    return found[0].place


@pytest.mark.parametrize(("text", "town", "container", "country"), [
    ("Fighters ambushed a patrol near Djibo (Soum, Sahel) on Friday.", "Djibo", "Soum", "Burkina Faso"),
    ("Residents fled Kaya (Sanmatenga, Centre-Nord) after the raid.", "Kaya", "Sanmatenga", "Burkina Faso"),
    ("Police dispersed a crowd in Kandi (Kandi, Alibori).", "Kandi", "Alibori", "Benin"),
    ("A grenade exploded in Parakou (Borgou) late on Monday.", "Parakou", "Borgou", "Benin"),
    ("Herders clashed with farmers in Nikki (Nikki, Borgou).", "Nikki", "Borgou", "Benin"),
])
def test_a_bracketed_container_is_read_apart_from_the_name(geoparse, text, town, container, country):
    mentions = geoparse(text)
    assert _at(mentions, town).country == country
    assert _at(mentions, container).country == country


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Volunteers cleaned a park in Athens (Georgia) on Saturday.", "Athens", "United States"),
    ("Nurses rallied outside a hospital in Savannah (Georgia).", "Savannah", "United States"),
    ("Students walked out of classes in Valdosta (Georgia).", "Valdosta", "United States"),
    ("A crowd gathered in Marietta (Georgia) after the verdict.", "Marietta", "United States"),
    ("Teachers marched in Columbus (Georgia) on Friday.", "Columbus", "United States"),
    ("Fishermen protested in Batumi (Georgia) over port fees.", "Batumi", "Georgia"),
])
def test_a_container_name_may_be_a_country_or_a_division(geoparse, text, town, country):
    mentions = geoparse(text)
    assert _at(mentions, town).country == country
    assert _at(mentions, "Georgia").country == country


@pytest.mark.parametrize(("text", "container"), [
    ("Traders closed shops in Comilla town (Comilla Sadar, Chittagong) on Sunday.", "Chittagong"),
    ("Two factions clashed in Habiganj town (Habiganj Sadar, Sylhet).", "Sylhet"),
    ("Students blocked a road in Dinajpur town (Dinajpur Sadar, Rangpur).", "Rangpur"),
    ("Workers rallied in Pabna town (Pabna Sadar, Rajshahi) for higher wages.", "Rajshahi"),
    ("Residents fled Kaya (Sanmatenga, Centre-Nord) after the raid.", "Centre-Nord"),
    ("Protesters marched in Lawrenceville (Georgia) on Monday.", "Georgia"),
])
def test_a_name_written_as_a_container_is_the_division_not_its_seat(geoparse, text, container):
    place = _at(geoparse(text), container)
    assert place.feature in ("region", "district") and place.precision == GeoPrecision.REGION


@pytest.mark.parametrize("text", [
    "Soldiers killed three militants in Mir Ali, NWA.",
    "A drone strike hit a compound in Razmak, NWA.",
    "Gunmen shot a tribal elder in Spinwam, NWA.",
    "Troops raided a hideout in Miranshah, NWA.",
    "Two soldiers died when a mine exploded in Ghulam Khan, NWA.",
])
def test_a_container_town_abroad_is_never_the_fallback(geoparse, text):
    for mention in geoparse(text):
        if mention.place is not None:
            assert mention.place.country == "Pakistan", (mention.surface, mention.place)


@pytest.mark.parametrize(("text", "village", "country"), [
    ("Militants torched huts in Moyale village (Baidoa, Bay) overnight.", "Moyale", "Somalia"),
    ("Al Shabaab attacked a base near Inada village (Afgooye, Lower Shabelle).", "Inada", "Somalia"),
    ("Clan militias clashed in Quba village (Beledweyne, Hiraan).", "Quba", "Somalia"),
    ("Raiders stole goats from Mendi village (Jowhar, Middle Shabelle) at night.", "Mendi", "Somalia"),
    ("Herders clashed in Quba village (Kalalé, Borgou) on Sunday.", "Quba", "Benin"),
])
def test_a_village_s_namesake_abroad_gives_way_to_the_container_town(geoparse, text, village, country):
    place = _at(geoparse(text), village)
    assert place.country == country and place.precision == GeoPrecision.NEAR


@pytest.mark.parametrize(("text", "village", "district"), [
    # a container written with its division word ("Y LGA", "Y upazila", "Y tehsil"): the division Y, not the state
    ("Bandits abducted six women in Kurmin Zaki (Kauru LGA, Kaduna).", "Kurmin Zaki", "Kauru"),
    ("Gunmen killed a farmer in Tudun Bako (Tsafe LGA, Zamfara).", "Tudun Bako", "Tsafe"),
    ("Vigilantes clashed with cattle thieves at Gidan Dabo (Shinkafi LGA, Zamfara).", "Gidan Dabo", "Shinkafi"),
    ("Gunmen burned a market in Tungar Kara (Wamako LGA, Sokoto).", "Tungar Kara", "Wamako"),
    ("Herders and farmers clashed in Ruwan Gora (Ikara LGA, Kaduna).", "Ruwan Gora", "Ikara"),
])
def test_a_container_with_its_division_word_is_that_division(geoparse, text, village, district):
    place = _at(geoparse(text), village)
    assert (place.name, place.feature, place.precision) == (district, "district", GeoPrecision.NEAR)


def test_a_known_town_with_its_division_word_container_stays_itself(geoparse):
    place = _at(geoparse("Gunmen attacked Kajuru (Kajuru LGA, Kaduna) and abducted a chief."), "Kajuru")
    assert (place.feature, place.precision) == ("populated place", GeoPrecision.TOWN)


@pytest.mark.parametrize(("text", "district", "where"), [
    # "X district, Y province": a division X the gazetteer has only abroad is no answer; Y's own, where X lies
    ("Rebels burned a school in Fresno district, Cabo Delgado province, on Tuesday.", "Fresno district",
     ("Cabo Delgado", "Mozambique")),
    ("Police fired on protesters in Kita district of Sindh province.", "Kita district", ("Sindh", "Pakistan")),
    ("Two soldiers died when a mine exploded in Chita district, Sagaing region.", "Chita district",
     ("Sagaing", "Myanmar")),
    ("Clashes between two clans in Gori district, Lower Shabelle region, left four dead.", "Gori district",
     ("Shabeele Hoose", "Somalia")),
    ("Villagers protested a land deal in Salto district of Kampong Thom province.", "Salto district",
     ("Kampong Thum", "Cambodia")),
    # guards: a division inside the division named after it stays itself
    ("Police raided a seminary in Hangu district, Khyber Pakhtunkhwa province.", "Hangu district",
     ("Hangu District", "Pakistan")),
    ("Fighting displaced hundreds in Gori district, Shida Kartli region.", "Gori district",
     ("Gori Municipality", "Georgia")),
])
def test_a_namesake_division_outside_its_named_container_gives_way_to_it(geoparse, text, district, where):
    found = _at(geoparse(text), district)
    assert (found.name, found.country) == where


@pytest.mark.parametrize(("text", "town"), [
    ("Soldiers entered Afgooye (Mogadishu, Banadir) on Monday.", "Afgooye"),
    ("Troops retook Qoryooley (Marka, Lower Shabelle) after a week of fighting.", "Qoryooley"),
    ("Gunmen attacked a market in Gorom-Gorom (Dori, Seno).", "Gorom-Gorom"),
    ("Clashes broke out in Wanlaweyn (Afgooye, Lower Shabelle).", "Wanlaweyn"),
    ("A convoy was ambushed near Kongoussi (Kaya, Sanmatenga).", "Kongoussi"),
])
def test_a_known_town_beside_its_container_town_stays_itself(geoparse, text, town):
    assert _at(geoparse(text), town).name == town


@pytest.mark.parametrize(("text", "town", "country", "admin1"), [
    # a bracketed container unknown as a whole ("zone region" with no comma): the known name that ends it
    ("Militants detained four traders in Mendi (West Wolega Oromia) on Friday.", "Mendi", "Ethiopia",
     "Oromia Regional"),
    ("Police shot two students in Abergele (Wag Hamra Amhara) on Monday.", "Abergele", "Ethiopia", "Amara"),
    ("Gunmen killed a farmer in Kersa (East Hararghe Oromia) on Monday.", "Kersa", "Ethiopia", "Oromia Regional"),
    ("Clan fighters torched shops in Hamar (Upper Juba Gedo) overnight.", "Hamar", "Somalia", "Gedo"),
    ("Troops shelled Dolo (Liben Somali) on Tuesday.", "Dolo", "Ethiopia", "Somalia Regional"),
    # negative row: a container known as a whole stays the container
    ("Militants detained four traders in Mendi (Southern Highlands) on Friday.", "Mendi", "Papua New Guinea",
     "Southern Highlands"),
])
def test_an_unknown_container_is_read_by_the_known_name_that_ends_it(geoparse, text, town, country, admin1):
    place = _at(geoparse(text), town)
    assert (place.country, place.admin1) == (country, admin1), place


@pytest.mark.parametrize(("text", "town", "km"), [
    ("Farmers protested against a land grab in Huruta (Arsi Zone, Oromia) on Monday.", "Huruta", 0),
    ("Unidentified men abducted a teacher near Sagure (Arsi Zone, Oromia) last night.", "Sagure", 0),
    ("A bomb went off at a bus stop in Iteya (Arsi Zone, Oromia) on Saturday.", "Iteya", 0),
    ("Unknown gunmen looted a clinic in Njinikom (Boyo, North-West) on Saturday.", "Njinikom", 0),
    ("Troops searched houses in Huruta town, Arsi Zone, on Sunday.", "Huruta", 0),
    # negative rows: a namesake far from the named district, a town of another spelling: the district itself
    ("Traders shut their shops in Gimbi (Arsi Zone, Oromia) after the killing.", "Gimbi", 60),
    ("Villagers buried six victims in Bonga (Arsi Zone, Oromia) on Monday.", "Bonga", 60),
])
def test_a_town_of_unknown_district_near_its_named_district_stays_itself(geoparse, gazetteer, text, town, km):
    place = _at(geoparse(text), town)
    own = gazetteer.candidates(town, features=("populated place",))[0].place
    if km:
        assert place.feature == "district" and gazetteer.distance_km(place, own) > km, place
    else:
        assert place.feature == "populated place" and gazetteer.distance_km(place, own) == 0, place


@pytest.mark.parametrize(("text", "town"), [
    # a town in another spelling than the gazetteer's, after a curated division written with its word: the division
    # holds it (the curated row carries its first-level code), so it is no name the gazetteer lacks
    ("Militiamen looted a clinic in Rutshuru town, North Kivu province, on Tuesday.", "Rutshuru"),
    ("Police dispersed a rally in Axum town, Tigray region, last week.", "Axum"),
    ("Troops detained farmers in Wukro town, Tigray region, overnight.", "Wukro"),
    ("Gunmen attacked a grain market in Adigrat town, Tigray region.", "Adigrat"),
    ("Rebels shelled a camp outside Butembo town, North Kivu province.", "Butembo"),
])
def test_a_town_in_a_curated_division_stays_itself(geoparse, gazetteer, text, town):
    place = _at(geoparse(text), town)
    own = gazetteer.candidates(town, features=("populated place",))[0].place
    assert place.feature == "populated place" and gazetteer.distance_km(place, own) == 0, place


@pytest.mark.parametrize(("text", "village", "country"), [
    ("Gunmen killed two farmers in Mendi village (Balcad, Middle Shabelle).", "Mendi", "Somalia"),
    ("An IED hit a truck near Inada village (Tongomayel, Soum).", "Inada", "Burkina Faso"),
    ("Fighters looted shops in Quba village (Dorgo, Bay) at dawn.", "Quba", "Somalia"),
    ("A mine exploded under a cart in Mendi village (Qansax, Bakool).", "Mendi", "Somalia"),
    ("Villagers fled Moyale village (Tin-Akoff, Oudalan) after the attack.", "Moyale", "Burkina Faso"),
])
def test_an_unknown_first_container_gives_way_to_the_next_one(geoparse, text, village, country):
    assert _at(geoparse(text), village).country == country


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Gunmen attacked a market in Borno's Gwoza on Tuesday, killing six traders.", "Gwoza", "Nigeria"),
    ("A roadside bomb hit a convoy in Helmand's Sangin on Monday.", "Sangin", "Afghanistan"),
    ("Gunmen shot dead a trader in Borno's Damboa on Monday.", "Damboa", "Nigeria"),
    ("Protests broke out in Oromia's Ambo on Tuesday.", "Ambo", "Ethiopia"),
    ("Drone strikes hit Kharkiv region's Kupiansk overnight.", "Kupiansk", "Ukraine"),
])
def test_a_places_possessive_is_the_container_of_the_name_after_it(geoparse, text, town, country):
    place = _at(geoparse(text), town)
    assert (place.country, place.feature) == (country, "populated place")


def test_a_countrys_possessive_before_a_persons_name_places_no_one(geoparse):
    assert [m.surface for m in geoparse("Kenya's Ruto said the talks would resume in Nairobi.")
            if m.place is not None] == ["Kenya", "Nairobi"]


@pytest.mark.parametrize(("text", "surface", "district"), [
    ("Fighting was reported in northern Loroum province.", "northern Loroum province", "Loroum"),
    ("Gunmen attacked a convoy in eastern Seno province.", "eastern Seno province", "Séno"),
    ("An IED struck a truck in southern Oudalan province.", "southern Oudalan province", "Oudalan"),
    ("Soldiers patrolled western Yagha province.", "western Yagha province", "Yagha"),
    ("Raiders stole cattle in northern Bam province.", "northern Bam province", "Bam"),
    ("Soldiers clashed with gunmen in northern Soum province.", "northern Soum province", "Soum"),
])
def test_a_compass_part_of_a_district_lies_in_that_district(geoparse, gazetteer, text, surface, district):
    place = _at(geoparse(text), surface)
    own = next(e.place for e in gazetteer.candidates(district, features=("district",))
               if e.place.country == "Burkina Faso")
    assert place.precision == GeoPrecision.REGION
    assert haversine_km(place.latitude, place.longitude, own.latitude, own.longitude) <= 50


@pytest.mark.parametrize(("text", "name"), [
    ("Fighting was reported in Beni overnight.", "Beni"),
    ("Relief trucks reached Kandi at dawn.", "Kandi"),
    ("Floods hit Victoria last week.", "Victoria"),
    ("Protesters marched through Washington on Sunday.", "Washington"),
    ("A curfew was declared in Soum.", "Soum"),
])
def test_a_division_beside_a_same_named_town_is_marked_for_the_ranker(geocoder, nlp, text, name):
    geocoder.trace = {}
    try:
        geocoder.geoparse(text, nlp(text))
        traced = [c for cands in geocoder.trace.values() for c in cands]
    finally:
        geocoder.trace = None
    divisions = [f for e, f in traced if e.place.feature in ("region", "district")]
    towns = [f for e, f in traced if e.place.feature == "populated place"]
    assert divisions and towns, name
    assert all(f["division_beside_town"] == 1.0 for f in divisions)
    assert all(f["division_beside_town"] == 0.0 for f in towns)


def test_the_division_beside_town_weight_is_fitted():
    assert "division_beside_town" in FEATURES
    assert "division_beside_town" in load_ranker().weights


@pytest.mark.parametrize(("content", "message"), [
    ("confident_margin: {value: 1.0, reason: why}\n", "need exactly"),
    ("- 1\n- 2\n", "need exactly"),
    (None, "needs a numeric"),
    ("{{{", "cannot read"),
])
def test_a_bad_thresholds_file_is_refused(tmp_path: Path, content, message):
    path = tmp_path / "t.yaml"
    if content is None:  # every threshold, one without its reason
        content = thresholds_path().read_text(encoding="utf-8").replace("reason: >-", "reason: ''\n  note: >-", 1)
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FrontwatchError, match=message):
        load_thresholds(path)


def test_the_shipped_thresholds_load():
    limits = load_thresholds()
    assert limits.min_population_abroad > limits.min_population_with_cue > 0
    assert limits.rival_km > 0 and limits.confident_margin > 0


@pytest.mark.parametrize(("name", "factor", "salient"), [
    ("Man", 4, False),  # a town of 0.24M beside Amman (1.3M), which "Man" also spells: 5.3 times as large
    ("Man", 8, True),
    ("Beirut", 1, False),  # the city (1.9M) beside its governorate's other spelling (3.2M): 1.7 times
    ("Beirut", 2, True),
    ("Homs", 1, True),  # the rival spelling's town is smaller
    ("Dili", 8, False),  # "Dili" also spells a city 66 times as large
])
def test_a_name_stands_for_its_own_place_unless_a_rival_spelling_outnumbers_it_salient_rival_times(
        gazetteer, name, factor, salient):
    geocoder = Geocoder(gazetteer, thresholds=replace(load_thresholds(), salient_rival=float(factor)))
    assert geocoder._salient(name) is salient


def test_the_salient_rival_factor_is_fitted():
    assert "fitted" in read_yaml(thresholds_path(), "geocoder thresholds")["salient_rival"]


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Militiamen raided a health centre in Beni, Congo, late on Sunday.", "Beni", "Democratic Republic of the Congo"),
    ("Cattle raiders killed four herders outside Bor, Sudan, on Thursday.", "Bor", "South Sudan"),
    ("Opposition supporters marched in Bafata, Guinea, against the postponed vote.", "Bafatá", "Guinea-Bissau"),
    ("A storm damaged the harbour in Pago Pago, Samoa, overnight.", "Pago Pago", "American Samoa"),
    ("Farmers protested in Lae, Guinea, over land titles.", "Lae", "Papua New Guinea"),
    ("Police fired tear gas at students in Dolisie, Congo, on Wednesday.", "Dolisie", "Republic of the Congo"),
    ("Youths blocked roads in Kindia, Guinea, after an arrest.", "Kindia", "Guinea"),
])
def test_a_country_s_short_form_admits_every_country_sharing_it(geoparse, text, town, country):
    place = [m.place for m in geoparse(text) if m.place is not None and m.place.feature != "country"][0]
    assert (place.name, place.country) == (town, country)


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Militiamen raided a health centre in Beni, Congo, late on Sunday.", "Congo", "Democratic Republic of the Congo"),
    ("Rebels attacked villages near Bunia and Djugu in Congo, aid workers said.", "Congo",
     "Democratic Republic of the Congo"),
    ("Floods cut the road between Juba and Yei in Sudan, officials said.", "Sudan", "South Sudan"),
    ("Opposition supporters marched in Bissau and Bafata, Guinea, against the vote.", "Guinea", "Guinea-Bissau"),
    ("Clashes were reported near Kasai as militias advanced on Tshikapa in Congo.", "Congo",
     "Democratic Republic of the Congo"),
    ("Police fired tear gas at students in Dolisie and Pointe-Noire, Congo.", "Congo", "Republic of the Congo"),
    ("Refugees from Sudan crossed into Renk in South Sudan after fighting in Kosti.", "Sudan", "Sudan"),
])
def test_a_short_form_country_is_the_sharer_the_text_s_places_are_in(geoparse, text, surface, country):
    assert _at(geoparse(text), surface).country == country


@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    ("Gunmen raided Paris, Borno state, on Friday.", "Paris", "Nigeria", GeoPrecision.REGION),
    ("Bandits kidnapped farmers in Toronto, Zamfara state.", "Toronto", "Nigeria", GeoPrecision.REGION),
    ("An IED killed two soldiers near Boston, Lower Shabelle region.", "Boston", "Somalia", GeoPrecision.REGION),
    ("Police dispersed protesters in Dallas, Kachin state.", "Dallas", "Myanmar", GeoPrecision.REGION),
    ("Militants attacked a checkpoint in Madrid, Nangarhar province.", "Madrid", "Afghanistan", GeoPrecision.REGION),
    # negative row: a town that lies in the division written after it stays the town
    ("Gunmen attacked Maiduguri, Borno state, at dawn.", "Maiduguri", "Nigeria", GeoPrecision.TOWN),
])
def test_a_well_known_namesake_abroad_gives_way_to_the_division_written_after_it(geoparse, text, name, country,
                                                                                 precision):
    place = _at(geoparse(text), name)
    assert (place.country, place.precision) == (country, precision), place


@pytest.mark.parametrize(("text", "word"), [
    ("Rebels ambushed a convoy near Gololcha, West Harerge Zone, on Sunday.", "West"),
    ("Troops searched homes in North Gondar Zone on Monday.", "North"),
    ("Clashes erupted in South Omo Zone overnight.", "South"),
    ("Herders clashed with militiamen in West Guji Zone.", "West"),
    ("Youths burned tyres in North Wello Zone on Friday.", "North"),
])
def test_a_compass_word_of_an_unknown_division_is_no_place_of_its_own(geoparse, text, word):
    assert all(m.surface != word or m.place is None for m in geoparse(text))


def test_a_name_part_that_is_no_compass_word_is_still_read(geoparse):
    # negative row of the table above: the leading name of an agency stays a place
    assert _at(geoparse("Kentucky State Police arrested two men on Tuesday."), "Kentucky").country == "United States"


LISTS_CLOSED_BY_A_CONTAINER = [
    # (report, the list's names, the province every one of them lies in): the container written after the list's
    # last name holds each name, not only the last; a name with no namesake inside it is the container itself
    ("Bandits stormed Mani, Mabai and Dutsin-Ma in Katsina State on Tuesday.", ["Mani", "Mabai", "Dutsin-Ma"],
     "Katsina"),
    ("Gunmen struck Mabai, Mani and Kankara (Katsina State) before dawn.", ["Mabai", "Mani", "Kankara"], "Katsina"),
    ("Clashes erupted in Okpo and Oka, both in Ondo State, on Sunday.", ["Okpo", "Oka"], "Ondo"),
    ("Gunmen killed farmers in Toro and Lemu villages in Niger State.", ["Toro", "Lemu"], "Niger"),
    ("Fighters overran Bouna, Boura and Sanare in the Centre-Nord region on Thursday.", ["Bouna", "Boura", "Sanare"],
     "Centre-Nord"),
    ("Jihadists attacked Sinjar and Bara villages in Idlib province on Monday.", ["Sinjar", "Bara"], "Idlib"),
    ("Shelling damaged homes in Dobre, Kalynivka and Lymanivka in Mykolaiv oblast overnight.",
     ["Dobre", "Kalynivka", "Lymanivka"], "Mykolaiv"),
]


@pytest.mark.parametrize(("text", "names", "admin1"), LISTS_CLOSED_BY_A_CONTAINER,
                         ids=[t for t, _, _ in LISTS_CLOSED_BY_A_CONTAINER])
def test_a_container_closing_a_list_holds_every_name_of_it(geoparse, text, names, admin1):
    mentions = geoparse(text)
    assert [_at(mentions, name).admin1 for name in names] == [admin1] * len(names)


UNKNOWN_LISTED_VILLAGES = [
    # (report, made-up village names, the province they lie in, its country): villages the gazetteer lacks, listed
    # before the division that holds them, are each placed at that division at a coarser precision, never nowhere
    ("Raiders burned Kadarko, Tsohon Gurdi and Yelwan Maza, all villages in Nasarawa State, on Saturday.",
     ["Kadarko", "Tsohon Gurdi", "Yelwan Maza"], "Nasarawa", "Nigeria"),
    ("Militia fighters looted Ngarbuli and Kessoumba villages in Ouham prefecture on Sunday.",
     ["Ngarbuli", "Kessoumba"], "Ouham", "Central African Republic"),
    ("Al-Shabaab fighters raided Buulo Dhexe and Ceel Garas in Hiiraan region on Monday.",
     ["Buulo Dhexe", "Ceel Garas"], "Hiiran", "Somalia"),
    ("Armed men abducted traders in Kwanar Dutsi and Rafin Tsamiya, both in Zamfara State.",
     ["Kwanar Dutsi", "Rafin Tsamiya"], "Zamfara", "Nigeria"),
    ("Houthi drones struck Dhi Ghurab and Bani Wahlan in Hodeidah governorate on Friday.",
     ["Dhi Ghurab", "Bani Wahlan"], "Al Hudaydah", "Yemen"),
    ("Artillery shelling hit Kalynova Balka and Stepove Pole in Zaporizhzhia oblast.",
     ["Kalynova Balka", "Stepove Pole"], "Zaporizhzhia", "Ukraine"),
]


@pytest.mark.parametrize(("text", "names", "admin1", "country"), UNKNOWN_LISTED_VILLAGES,
                         ids=[t for t, _, _, _ in UNKNOWN_LISTED_VILLAGES])
def test_unknown_villages_listed_before_their_division_lie_in_it(geoparse, text, names, admin1, country):
    places = [_at(geoparse(text), name) for name in names]
    assert [(p.admin1, p.country) for p in places] == [(admin1, country)] * len(names)
    assert all(p.precision in (GeoPrecision.NEAR, GeoPrecision.REGION) for p in places)


TOWNS_FILED_NEXT_DOOR = [
    # (report, the town, its country, the division the gazetteer files it in): a town the gazetteer knows in the
    # country of the containers written with it is that town, not the container's point, when the gazetteer files it
    # in the division next door (a town by the line between two) or files the writer's inner container outside the
    # outer one
    ("Factory workers rallied in Pinjaur (Himachal Pradesh) for unpaid wages.", "Pinjaur", "India", "Haryāna"),
    ("Villagers clashed with forest guards in Rangapahar, Nagaland, on Sunday.", "Rangapahar", "India", "Assam"),
    ("Police dispersed striking textile hands in Naroli (Gujarat) before dawn.", "Naroli", "India",
     "Dādra and Nagar Haveli and Damān and Diu"),
    ("Shopkeepers closed early in Bububu (Zanzibar South) after the shooting.", "Bububu", "Tanzania", "Zanzibar West"),
    ("Rickshaw pullers protested in Kotchandpur upazila (Jhenaidah, Dhaka) over tolls.", "Kotchandpur upazila",
     "Bangladesh", "Khulna"),
    ("Students marched in Shailkupa upazila (Jhenaidah, Rajshahi) on Monday.", "Shailkupa upazila", "Bangladesh",
     "Khulna"),
]


@pytest.mark.parametrize(("text", "town", "country", "admin1"), TOWNS_FILED_NEXT_DOOR,
                         ids=[t for t, _, _, _ in TOWNS_FILED_NEXT_DOOR])
def test_a_town_the_gazetteer_files_next_door_keeps_its_own_point(geoparse, text, town, country, admin1):
    place = _at(geoparse(text), town)
    assert (place.country, place.admin1) == (country, admin1)
    assert place.precision in (GeoPrecision.TOWN, GeoPrecision.NEAR)


@pytest.mark.parametrize(("text", "town", "container"), [
    # guards: a town of the country far from the division written with it gives way to that division
    ("Factory workers rallied in Pinjaur (Kerala) for unpaid wages.", "Pinjaur", "Kerala"),
    ("Police dispersed striking textile hands in Naroli (Assam) before dawn.", "Naroli", "Assam"),
    ("Shopkeepers closed early in Bububu (Mara) after the shooting.", "Bububu", "Mara"),
])
def test_a_town_far_from_the_division_written_with_it_gives_way_to_it(geoparse, text, town, container):
    place = _at(geoparse(text), town)
    assert place.name == _at(geoparse(text), container).name and place.precision == GeoPrecision.REGION


OUTER_CONTAINER_DECIDES = [
    # (report, the village, its country): the nearer container is no division the gazetteer knows (or a division
    # written split by a compass word, "Y-West"); the container beyond it names the country, and a namesake abroad,
    # however larger, is not the place
    ("Soldiers shelled houses in Kani village (Yinmabin township, Sagaing) at dawn.", "Kani", "Myanmar"),
    ("A mine exploded beside a truck in Darling village (Tedim township, Chin-South) overnight.", "Darling",
     "Myanmar"),
    ("A bomb went off at a checkpoint in Pale village (Pale township, Sagaing-West) on Tuesday.", "Pale", "Myanmar"),
    ("Security forces raided a compound in Banda village (Serai Naurang tehsil, Khyber Pakhtunkhwa) at dawn.", "Banda",
     "Pakistan"),
    ("Gunmen killed a trader in Banda village, Ghazni Khel tehsil, Khyber Pakhtunkhwa.", "Banda", "Pakistan"),
    ("A drone hit a depot in Bar (Bar, Vinnytsia) overnight.", "Bar", "Ukraine"),  # a namesake division abroad first
    # a division named after its town, written with its container, though the text's bare mentions read abroad
    ("Fighting near Kani spread on Monday to a hamlet of Kani township (coded as Kani) (Kani district, Sagaing-North).",
     "Kani district", "Myanmar"),
    ("Shelling hit a farm in a hamlet of Pale township (coded as Pale) (Pale district, Sagaing-South) on Friday.",
     "Pale district", "Myanmar"),
    # guards: a namesake abroad written with its own country's divisions keeps them
    ("Pilgrims crowded the shrine in Kani town (Kamo district, Gifu) for the festival.", "Kani", "Japan"),
    ("Students rallied in Banda town (Banda tehsil, Uttar Pradesh) over exam fees.", "Banda", "India"),
    ("Veterans laid wreaths in Pale town (Pale municipality, Republika Srpska) on Sunday.", "Pale",
     "Bosnia and Herzegovina"),
]


@pytest.mark.parametrize(("text", "town", "country"), OUTER_CONTAINER_DECIDES,
                         ids=[t for t, _, _ in OUTER_CONTAINER_DECIDES])
def test_the_outer_container_decides_between_namesakes(geoparse, text, town, country):
    place = _at(geoparse(text), town)
    assert place.country == country and place.precision in (GeoPrecision.TOWN, GeoPrecision.NEAR)
    assert fold(town).split()[0] in fold(place.name)  # the place itself, not its container's point
