"""Geoparsing: mentions with exact offsets, disambiguation, facilities, relative places, regions."""

from __future__ import annotations

import json

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)

from frontwatch.model import GeoPrecision
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.resolve.geo_names import name_key


def _only(mentions, surface):
    found = [m for m in mentions if m.surface == surface]
    assert found, f"no mention {surface!r} in {[m.surface for m in mentions]}"
    return found[0]


def test_qualifier_picks_the_named_country(geoparse):
    mention = _only(geoparse("Clashes were reported in Tripoli, Lebanon, on Sunday."), "Tripoli")
    assert mention.place.country == "Lebanon"
    assert "qualifier" in mention.why


@pytest.mark.parametrize(("text", "country"), [
    ("Lebanese troops were deployed in Tripoli after the clashes.", "Lebanon"),
    ("Libyan troops were deployed in Tripoli after the clashes.", "Libya"),
])
def test_document_context_disambiguates_a_shared_name(geoparse, text, country):
    assert _only(geoparse(text), "Tripoli").place.country == country


def test_resolve_prefers_context_countries(geocoder):
    assert geocoder.resolve("Tripoli").country == "Libya"
    assert geocoder.resolve("Tripoli", ["Lebanon"]).country == "Lebanon"
    assert geocoder.resolve("Tripoli", ["LB"]).country == "Lebanon"


def test_spelling_variant_in_text_resolves(geoparse):
    mention = _only(geoparse("Militants advanced on Beiji, north of Tikrit, Iraqi officials said."), "Beiji")
    assert mention.place.country == "Iraq"
    assert haversine_km(mention.place.latitude, mention.place.longitude, 34.93, 43.49) < 10


def test_named_facility_resolves_to_its_row(geoparse):
    airport = "Mosul International Airport"
    mention = _only(geoparse(f"Iraqi forces lost control of {airport}."), airport)
    assert mention.place.feature == "airport"
    assert mention.place.precision == GeoPrecision.TOWN
    assert "part of Mosul" in mention.why


def test_facility_named_after_a_possessive(geoparse):
    mention = _only(geoparse("Iraqi militants seized Mosul's main prison - Badush - on Tuesday."), "Badush")
    assert mention.place.feature == "prison"
    assert haversine_km(mention.place.latitude, mention.place.longitude, 36.40, 42.97) < 5


def test_unknown_facility_falls_back_to_its_town_at_near_precision(geoparse):
    mention = _only(geoparse("Syrian jets struck the airport in Raqqa on Monday."), "Raqqa")
    assert mention.place.feature == "airport"
    assert mention.place.precision == GeoPrecision.NEAR
    assert haversine_km(mention.place.latitude, mention.place.longitude, 35.95, 39.01) < 5


@pytest.mark.parametrize(("text", "km"), [
    # a distance in digits or in numbers.yaml's words, in any unit of quantities.yaml `distance_units`
    ("Iraqi troops were ambushed 20 km south of Mosul on Friday.", 20),
    ("A roadside bomb went off fifteen kilometres south of Mosul late on Monday.", 15),
    ("Gunmen stopped a minibus twelve miles south of Mosul, the police said.", 12 * 1.609344),
    ("Police found an arms cache 900 metres south of Mosul on Sunday.", 0.9),
    ("Militants shelled a checkpoint two hundred km south of Mosul, officials said.", 200),
])
def test_offset_moves_the_point(geoparse, text, km):
    mention = _only(geoparse(text), "Mosul")
    assert mention.place.precision == GeoPrecision.NEAR
    assert mention.place.latitude == pytest.approx(36.335 - km / 111.2, abs=0.01)
    assert mention.place.longitude == pytest.approx(43.119, abs=0.01)
    assert f"offset {km:.0f} km S" in mention.why


def test_outskirts_is_near_precision_without_moving(geoparse):
    mention = _only(geoparse("Syrian rebels fought on the outskirts of Aleppo."), "Aleppo")
    assert mention.place.precision == GeoPrecision.NEAR
    assert haversine_km(mention.place.latitude, mention.place.longitude, 36.20, 37.16) < 5


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Gunmen were seen around Beni late on Friday, a local official said.", "Beni", "Democratic Republic of the Congo"),
    ("Soldiers fought militiamen outside Bolivar on Tuesday.", "Bolivar", "Venezuela"),
    ("Shelling was reported near Donetsk and around Kharkiv overnight.", "Donetsk", "Ukraine"),
    ("Drones struck targets near Aleppo and outside Idlib on Monday.", "Idlib", "Syria"),
    ("Residents fled fighting 20 km north of Beni on Sunday.", "Beni", "Democratic Republic of the Congo"),
])
def test_near_a_name_is_near_a_town_of_it_not_a_division_abroad(geoparse, text, surface, country):
    place = _only(geoparse(text), surface).place
    assert place.feature == "populated place" and place.country == country


def test_near_a_division_the_text_backs_stays_the_division(geoparse):
    text = "Clashes were reported near Kasai as militias advanced on Tshikapa in Congo."
    place = _only(geoparse(text), "Kasai").place
    assert place.feature == "region" and place.country == "Democratic Republic of the Congo"


def test_distance_statement_does_not_move_the_reference(geoparse):
    mention = _only(geoparse("Karbala lies some 90 km south-west of Baghdad."), "Baghdad")
    assert mention.place.precision == GeoPrecision.TOWN
    assert haversine_km(mention.place.latitude, mention.place.longitude, 33.34, 44.40) < 5


@pytest.mark.parametrize("phrase", ["eastern Syria", "Anbar province", "southern Iraq", "Donetsk region"])
def test_regions_have_region_precision(geoparse, phrase):
    text = f"Iraqi and Syrian officials reported fighting in {phrase} on Monday."
    mention = _only(geoparse(text), phrase)
    assert mention.place.precision == GeoPrecision.REGION


def test_common_words_and_people_are_not_places(geoparse):
    text = ("Time is running out for the army. Western officials rejected the claim, "
            "said Ahmed Hussein, a spokesman for Nouri al-Maliki.")
    assert [m.surface for m in geoparse(text) if m.place is not None] == []


# round 28 (training/GEO_DATA.md): a word just above a common word's frequency (Zipf 4.2-4.4, as large cities' names)
# opening a sentence, beside the state that holds its town: `in_division` outweighs it
_NEAR_COMMON = pytest.mark.xfail(strict=True, reason="a Zipf 4.2-4.4 word beside its town's state is read as the town")
COMMON_WORDS_BESIDE_THEIR_STATE = [  # a common word opening a sentence; a town of that name lies in the state named
    pytest.param("Commerce slowed across California after the port strike.", "Commerce", marks=_NEAR_COMMON),
    ("Justice was slow in Illinois, the families said.", "Justice"),
    ("Hope is fading in Arkansas as the floodwaters rise.", "Hope"),
    ("Comfort returned slowly to the Texas families.", "Comfort"),
    pytest.param("Marathon talks in Florida ended without a deal.", "Marathon", marks=_NEAR_COMMON),
]


@pytest.mark.parametrize(("text", "word"), COMMON_WORDS_BESIDE_THEIR_STATE)
def test_a_common_word_is_no_town_of_the_state_the_text_names(geoparse, text, word):
    assert word not in {m.surface for m in geoparse(text) if m.place is not None}


COMMON_WORDS_WHERE_A_CAPITAL_SAYS_NOTHING = [  # a common word opening a sentence or a headline, a town of that name
    ("Harmony returned to the Indiana council after the budget fight.", "Harmony"),  # in the state named
    ("Liberty was the theme of the Georgia rally on Sunday.", "Liberty"),
    ("Success came slowly for the Arkansas rice growers.", "Success"),
    ("Triumph and relief greeted the Tennessee verdict.", "Triumph"),
    ("Hope Fades For Missing Arkansas Hikers", "Hope"),
]


@pytest.mark.parametrize(("text", "word"), COMMON_WORDS_WHERE_A_CAPITAL_SAYS_NOTHING)
def test_a_capitalised_common_word_is_no_town(geoparse, text, word):
    assert word not in {m.surface for m in geoparse(text) if m.place is not None}


TOWNS_NAMED_LIKE_WORDS = [  # a town whose name is also an English word or token, with no place cue before it
    pytest.param("Menaka and Gao were quiet on Friday after the attack.", "Gao", "Mali", marks=pytest.mark.xfail(
        strict=True, reason="two names NER calls persons, coordinated, neither placed: none beside a place")),
    ("Kaya has taken in thousands of displaced families since the spring.", "Kaya", "Burkina Faso"),
    ("Bama was tense on Tuesday as soldiers searched homes.", "Bama", "Nigeria"),
    ("Juba braced for more fighting as the talks collapsed.", "Juba", "South Sudan"),
    ("Jihadists overran Kaya and Dori before dawn, the governor said.", "Dori", "Burkina Faso"),
]


@pytest.mark.parametrize(("text", "surface", "country"), TOWNS_NAMED_LIKE_WORDS)
def test_a_town_named_like_a_word_is_a_place(geoparse, text, surface, country):
    mention = _only(geoparse(text), surface)
    assert mention.place is not None and mention.place.country == country


TOWNS_WHERE_A_CAPITAL_SAYS_NOTHING = [  # a town opening a sentence or standing in a list, no place cue before it
    ("Djibo, roughly 200 kilometres from Ouagadougou, has been cut off for months.", "Djibo", "Burkina Faso"),
    ("Mopti remains calm, a local official told reporters.", "Mopti", "Mali"),
    ("Malakal is again under government control, aid workers said.", "Malakal", "South Sudan"),
    ("Gunmen raided Dikwa and Monguno overnight, residents said.", "Monguno", "Nigeria"),
    ("The army pushed into two districts: Rutshuru and Masisi.", "Masisi", "Democratic Republic of the Congo"),
]


@pytest.mark.parametrize(("text", "surface", "country"), TOWNS_WHERE_A_CAPITAL_SAYS_NOTHING)
def test_a_town_where_a_capital_says_nothing_is_a_place(geoparse, text, surface, country):
    mention = _only(geoparse(text), surface)
    assert mention.place is not None and mention.place.country == country


TOWNS_BESIDE_A_TOWN_OF_ANOTHER_REGION = [  # NER calls the town no place; coordinated with a town of its country that
    # lies in another first-level division (round 30, training/GEO_DATA.md)
    ("Troops pushed into Nyala and Zalingei after days of shelling.", "Zalingei", "Sudan"),
    ("Militants burned markets in Djibo and Gayeri over the weekend.", "Gayeri", "Burkina Faso"),
    ("The army shelled Bamenda and Kumba overnight, local officials said.", "Kumba", "Cameroon"),
    ("Strikes paralysed Mandera and Garissa, where schools stayed shut.", "Garissa", "Kenya"),
    ("Roadblocks now cut the highway between Kaduna and Gusau, drivers say.", "Gusau", "Nigeria"),
    ("Fuel prices doubled in Goma, Bunia and Kindu this month.", "Kindu", "Democratic Republic of the Congo"),
]


@pytest.mark.parametrize(("text", "surface", "country"), TOWNS_BESIDE_A_TOWN_OF_ANOTHER_REGION)
def test_a_town_coordinated_with_a_town_of_its_country_is_a_place(geoparse, text, surface, country):
    mention = _only(geoparse(text), surface)
    assert mention.place is not None and mention.place.country == country


TOWNS_DESCRIBED_BESIDE_ANOTHER_REGIONS_CAPITAL = [  # NER calls the town no place; alone in its text beside the
    # capital of another first-level division, described by an apposition or a distance (round 31, GEO_DATA.md)
    ("Insurgents lost Damasak, a town north of Damaturu, after a week of air raids.", "Damasak", "Nigeria"),
    ("Kaga-Bandoro, some 300 km north of Bangui, was overrun by armed men on Friday.", "Kaga-Bandoro",
     "Central African Republic"),
    ("The army regained Kolofata, 50 km north of Garoua, in a dawn assault.", "Kolofata", "Cameroon"),
    ("Armed men burned Diapaga, a remote town east of Ouagadougou, overnight.", "Diapaga", "Burkina Faso"),
    ("Ayorou, a town 200 km northwest of Niamey, was attacked by gunmen at dawn.", "Ayorou", "Niger"),
    ("Al-Fula, a town south of El Obeid, was quiet on Monday after the clashes.", "Al-Fula", "Sudan"),
]


@pytest.mark.parametrize(("text", "surface", "country"), TOWNS_DESCRIBED_BESIDE_ANOTHER_REGIONS_CAPITAL)
def test_a_town_described_by_an_apposition_or_a_distance_is_a_place(geoparse, text, surface, country):
    mention = _only(geoparse(text), surface)
    assert mention.place is not None and mention.place.country == country


def test_ner_mislabel_is_recovered_with_a_cue(geoparse):
    mention = _only(geoparse("A missile hit the station in Kramatorsk, Ukrainian officials said."), "Kramatorsk")
    assert mention.place is not None and mention.place.country == "Ukraine"


LONE_CITIES = [  # a well-known city NER reads as a person, no place cue, the only name: nothing says "elsewhere"
    ("Rebels have re-taken Kalemie, a spokesman said.", "Kalemie", "Democratic Republic of the Congo"),
    ("Government troops have re-taken Sirte after weeks of fighting.", "Sirte", "Libya"),
    ("The rebels re-captured Kindu on Tuesday, a spokesman said.", "Kindu", "Democratic Republic of the Congo"),
    ("Jihadists have re-occupied Mopti, the army said.", "Mopti", "Mali"),
    ("Insurgents over-ran Kismayo before dawn, witnesses said.", "Kismayo", "Somalia"),
]


@pytest.mark.parametrize(("text", "surface", "country"), LONE_CITIES)
def test_a_well_known_city_alone_in_its_text_is_a_place(geoparse, text, surface, country):
    mention = _only(geoparse(text), surface)
    assert mention.place is not None and mention.place.country == country


LONE_PEOPLE = [  # a person's name alone in a text, a small town's namesake: alone is no reason to be a place
    "Ruto has re-taken the lead, a spokesman said.",
    "Morgan re-joined the squad on Monday, the club said.",
    "Gordon has re-taken the lead, his spokesman said.",
    "Kane scored twice on Sunday, the league said.",
    "Harris conceded the race late on Tuesday, aides said.",
]


@pytest.mark.parametrize("text", LONE_PEOPLE)
def test_a_person_alone_in_its_text_is_no_place(geoparse, text):
    assert [m.surface for m in geoparse(text) if m.place is not None] == []


def _texts(shared_dir):
    yield (shared_dir / "seed" / "mosul-2014-06-11.txt").read_text(encoding="utf-8")
    for path in sorted((shared_dir / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)["text"]


def test_offsets_slice_the_text_exactly(geoparse, shared_dir):
    for text in _texts(shared_dir):
        mentions = geoparse(text)
        assert mentions
        for m in mentions:
            assert text[m.start:m.end] == m.surface


def gold_place_distances(geoparse, shared_dir):
    """For every gold event/control place with coordinates: km from the nearest same-named mention."""
    out = []
    for path in sorted((shared_dir / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            mentions = [m for m in geoparse(record["text"]) if m.place is not None]
            for item in [*record.get("events", []), *record.get("control", [])]:
                name = item.get("location") or item.get("place")
                if item.get("lat") is None or not name:
                    continue
                same = [m for m in mentions if name_key(name) in {name_key(m.surface), name_key(m.place.name),
                                                                   *map(name_key, m.place.aliases)}]
                dist = min((haversine_km(m.place.latitude, m.place.longitude, item["lat"], item["lon"])
                            for m in same), default=float("inf"))
                out.append((record["id"], name, dist))
    return out


def test_every_gold_place_is_within_25_km(geoparse, shared_dir):
    distances = gold_place_distances(geoparse, shared_dir)
    assert distances
    assert [(d, n, round(k)) for d, n, k in distances if k > 25] == []


def test_a_name_the_text_uses_as_a_place_is_that_place_everywhere(geoparse):
    text = ("Military retracts claim that abducted Chibok girls were freed\n\n"
            "Gunmen abducted more than 200 schoolgirls from a school in the Nigerian town of Chibok on Monday.")
    mentions = [m for m in geoparse(text) if m.surface == "Chibok"]
    assert len(mentions) == 2
    assert {m.place.name for m in mentions} == {"Chibok"}
    assert "elsewhere in the text" in mentions[0].why


def test_a_small_namesake_abroad_is_not_pinned_when_the_text_names_its_countries(geoparse):
    text = ("Gunmen killed at least 40 people in Hani village in north-eastern Burkina Faso overnight. "
            "The government of Burkina Faso declared two days of mourning across Burkina Faso.")
    [hani] = [m for m in geoparse(text) if m.surface.startswith("Hani")]
    assert hani.place is None  # the gazetteer knows only a Turkish town of that name
    assert "does not name" in hani.why


VILLAGE_AT_HOME = [  # a village of the text's country the gazetteer knows no population of, a small namesake abroad
    ("Gunmen killed three herders in Taura, Nigerian officials said.", "Taura", "Nigeria"),
    ("Somali troops said al-Shabaab fighters attacked a base in Gurur.", "Gurur", "Somalia"),
    ("Ethiopian federal forces clashed with rebels near Aysha on Friday.", "Aysha", "Ethiopia"),
    ("Residents of Yamba in Burkina Faso fled after an overnight raid.", "Yamba", "Burkina Faso"),
    ("Ethiopian officials said a landslide buried several homes in Goro.", "Goro", "Ethiopia"),
    ("Nigerian soldiers repelled an attack on Yana late on Tuesday.", "Yana", "Nigeria"),
    ("Kidnappers seized a pastor in Lemu, Nigerian police said.", "Lemu", "Nigeria"),
    ("Flooding destroyed farmland in Toto, officials in Nigeria said.", "Toto", "Nigeria"),
]


@pytest.mark.parametrize(("text", "name", "country"), VILLAGE_AT_HOME)
def test_a_village_of_unknown_population_at_home_beats_a_small_namesake_abroad(geoparse, text, name, country):
    # the ranker's fitted population_unknown: an unknown population is not read as one person
    [place] = [m.place for m in geoparse(text) if m.surface == name]
    assert place is not None and place.country == country


ALIAS_ABROAD = [  # a town abroad GeoNames knows under this spelling only as another language's name for it
    ("Ethiopian federal police said gunmen killed five people in Guba.", "Guba", "Ethiopia"),
    ("Residents of Guba in western Ethiopia fled after an attack by an armed group.", "Guba", "Ethiopia"),
    ("The army of Burkina Faso said a convoy was ambushed between Inata and Djibo.", "Inata", "Burkina Faso"),
    ("Police in Bangladesh said a mob attacked a temple in Borga village.", "Borga", "Bangladesh"),
    ("Troops of Ethiopia clashed with rebels in Guba on Monday.", "Guba", "Ethiopia"),
    ("Gunmen killed a farmer near Guba, officials in Ethiopia said.", "Guba", "Ethiopia"),
]


@pytest.mark.parametrize(("text", "name", "country"), ALIAS_ABROAD)
def test_a_foreign_spelling_of_a_town_abroad_is_no_pin_where_the_text_backs_another_country(geoparse, text, name,
                                                                                            country):
    # unplaced, or the village of that name in the text's country when the learned tier has it
    assert all(m.place is None or m.place.country == country for m in geoparse(text) if m.surface == name)


NAME_PART_ABROAD = [  # a word of a longer name the gazetteer does not know, in a text about another country
    ("Soldiers shelled Ta Li Hpa village near Myitkyina in Myanmar.", "Myanmar"),
    ("Troops burned houses in Ta Li Seik village of Homalin township in Sagaing Region.", "Myanmar"),
    ("Troops raided Ta Li Kone village near Myitkyina in Kachin State.", "Myanmar"),
    ("A man was shot near Al Wadi Al Gharbi area in Syria's Idlib province.", "Syria"),
    ("Rebels ambushed a patrol near Al Wadi Al Sharqi area of Deir ez-Zor governorate.", "Syria"),
]


@pytest.mark.parametrize(("text", "country"), NAME_PART_ABROAD)
def test_a_word_of_a_longer_name_is_no_town_abroad(geoparse, text, country):
    assert {m.place.country for m in geoparse(text) if m.place is not None} == {country}


ALIAS_AT_HOME = [  # the same kind of spelling in a text that gives the town's country, or of a world city
    ("Azerbaijan sent troops to the town of Guba after a shooting.", "Guba", "Azerbaijan"),
    ("Police in Finland arrested two men in Borga.", "Borga", "Finland"),
    ("Thousands marched through Bombay against the new law.", "Bombay", "India"),
    ("Police detained ten fans in Bale, the third city of Switzerland.", "Bale", "Switzerland"),
    ("A bomb exploded in Peking near the central station.", "Peking", "China"),
]


@pytest.mark.parametrize(("text", "name", "country"), ALIAS_AT_HOME)
def test_a_foreign_spelling_stands_where_the_text_backs_it(geoparse, text, name, country):
    [mention] = [m for m in geoparse(text) if m.surface == name]
    assert mention.place is not None and mention.place.country == country


@pytest.mark.parametrize(("text", "countries"), [
    ("Unknown gunmen kidnapped two teachers in Guba woreda on Saturday, residents said.", {"Ethiopia"}),
    ("Police arrested a suspect after a gunfight at Mirganj village in Sadar upazila on Thursday.", {"Bangladesh"}),
    ("Militiamen burned houses in Dangur woreda near Guba on Monday.", {"Ethiopia"}),
    ("Two groups fought over a pond in Mirganj union of Sadar upazila.", {"Bangladesh"}),
    ("Fighting spread from Guba woreda to Dangur woreda on Sunday.", {"Ethiopia"}),
    ("Officials from Guba woreda travelled to Nairobi for talks on Friday.", {"Ethiopia", "Kenya"}),
])
def test_a_division_word_of_one_country_says_where_the_story_is(geoparse, text, countries):
    found = {m.place.country for m in geoparse(text) if m.place is not None}
    assert found <= countries and (found or "Bangladesh" in countries)


def test_one_demonym_does_not_forbid_another_country(geoparse):
    mention = _only(geoparse("Rwandan troops retook Mocimboa da Praia."), "Mocimboa da Praia")
    assert mention.place is not None and mention.place.country == "Mozambique"


def test_a_well_known_city_tells_the_country_of_its_smaller_neighbours(geoparse):
    text = ("Turkey's prime minister met his cabinet in Ankara. Turkish officials said militants "
            "who had taken Mosul were advancing on Tikrit.")
    tikrit = _only(geoparse(text), "Tikrit")
    assert tikrit.place is not None and tikrit.place.country == "Iraq"
