"""Geoparsing general news: world regions, countries and divisions at their own points, abbreviations,
explicit containers with a fallback to the container, places inside other names, the fitted ranker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)
from typer.testing import CliRunner

from frontwatch.cli import app
from frontwatch.errors import GazetteerError
from frontwatch.model import GeoPrecision
from frontwatch.resolve.geo_explain import explain_geoparse
from frontwatch.resolve.geo_math import area_point, haversine_km
from frontwatch.resolve.geo_rank import FEATURES, load_ranker, weights_path
from frontwatch.resolve.geo_spans import Reading, extend_name
from frontwatch.resolve.geo_terms import load_terms


def _at(mentions, surface):
    found = [m for m in mentions if m.surface == surface and m.place is not None]
    assert found, f"no resolved mention {surface!r} in {[(m.surface, m.place) for m in mentions]}"
    return found[0].place


@pytest.mark.parametrize(("text", "surface", "feature"), [
    ("Aid agencies warned that hunger is spreading across the Horn of Africa.", "Horn of Africa", "world region"),
    ("Oil prices rose on fears of a wider war in the Middle East.", "Middle East", "world region"),
    ("The virus has now reached every country in Europe.", "Europe", "continent"),
    ("Exports to Asia fell for the third month running.", "Asia", "continent"),
    ("Migrants cross the Balkans on foot every summer.", "Balkans", "world region"),
])
def test_continents_and_world_regions_are_places_with_a_footprint(geoparse, text, surface, feature):
    place = _at(geoparse(text), surface)
    assert place.feature == feature
    assert place.precision == GeoPrecision.REGION
    south, west, north, east = place.bbox
    assert south <= place.latitude <= north


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), [
    ("Wheat farmers in Kansas said the drought was the worst in decades.", "Kansas", 38.5, -98.4),
    ("Wildfires forced thousands to leave their homes in California.", "California", 37.2, -119.7),
    ("The ministry said Egypt would send more troops to the border.", "Egypt", 27.0, 30.0),
    ("Officials in Kenya reported new cases in the north.", "Kenya", 1.0, 38.0),
])
def test_countries_and_states_sit_at_their_own_point_not_where_people_live(geoparse, text, surface, lat, lon):
    place = _at(geoparse(text), surface)
    assert haversine_km(place.latitude, place.longitude, lat, lon) < 161


@pytest.mark.parametrize(("text", "surface", "admin1"), [
    ("He was born in Gainesville, Fla., and studied law.", "Fla.", "Florida"),
    ("The plant near Fresno, Calif., closed in May.", "Calif.", "California"),
    ("Police in Wheeling, W.Va., arrested two men.", "W.Va", "West Virginia"),
    ("She moved from Columbia, S.C., to teach.", "S.C.", "South Carolina"),
])
def test_state_abbreviations_name_the_state(geoparse, text, surface, admin1):
    place = _at(geoparse(text), surface)
    assert (place.feature, place.name) == ("region", admin1)


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("The storm knocked out power in Austin, TX, for hours.", "Austin", "Texas"),
    ("A fire destroyed a warehouse in Springfield, Ill., on Monday.", "Springfield", "Illinois"),
    ("The mayor of Athens, Ga., resigned.", "Athens", "Georgia"),
    ("Farmers near Paris, Texas, lost their crops.", "Paris", "Texas"),
])
def test_an_explicit_container_picks_the_namesake_inside_it(geoparse, text, town, admin1):
    place = _at(geoparse(text), town)
    assert place.country == "United States" and place.admin1 == admin1


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Insurgents attacked Palma, a gas hub in Cabo Delgado.", "Palma", "Mozambique"),
    ("Rockets hit Kramatorsk, the largest city in Donetsk oblast, at dawn.", "Kramatorsk", "Ukraine"),
    ("Gunmen struck Damboa, a market town in southern Borno, overnight.", "Damboa", "Nigeria"),
    ("Flooding cut off Paris, a farming town in Texas, last week.", "Paris", "United States"),
])
def test_an_apposition_names_the_container(geoparse, text, town, country):
    place = _at(geoparse(text), town)
    assert place.country == country


@pytest.mark.parametrize(("text", "town", "country"), [
    # the passive subject of a verb that takes places is a place, as its object is ("raided X", "X was raided")
    ("Diffa was attacked by insurgents on Wednesday, residents said.", "Diffa", "Niger"),
    ("Monguno was raided by fighters at dawn, a soldier said.", "Monguno", "Nigeria"),
    ("Tillaberi was targeted by drones overnight, officials said.", "Tillaberi", "Niger"),
    ("Bama has been besieged by militants for a month, aid workers said.", "Bama", "Nigeria"),
    ("Dori was briefly occupied by rebels last year.", "Dori", "Burkina Faso"),
    # and so is the subject of an active phrase that takes places ("X fell to", "X came under shelling"), and a
    # sentence-opening name before such a phrase that neither NER nor the tagger calls a name
    ("Hpakant fell to resistance fighters after a week of clashes.", "Hpakant", "Myanmar"),
    ("Ménaka came under heavy fire late on Tuesday.", "Ménaka", "Mali"),
    ("Palma fell to the insurgents after a four-day siege in Mozambique.", "Palma", "Mozambique"),
    ("Shusha fell to Azerbaijani forces in November.", "Shusha", "Azerbaijan"),
    ("Bakhmut came under constant shelling through the winter.", "Bakhmut", "Ukraine"),
    ("Bouake was attacked by mutinous soldiers, Ivorian officials said.", "Bouake", "Ivory Coast"),
])
def test_the_passive_subject_of_a_verb_that_takes_places_is_a_place(geoparse, text, town, country):
    assert _at(geoparse(text), town).country == country


@pytest.mark.parametrize(("text", "places"), [
    # a person's surname that is also a town, a figure, a country as an actor stay what they are
    ("Ferguson was arrested at his home on Monday.", []),
    ("Morrison came under fire from his own party.", []),
    ("Rutte came under pressure from his coalition partners.", []),
    ("Prices fell to a record low in March.", []),
    ("Chad's army attacked the rebels near the lake.", ["Chad"]),
])
def test_a_person_or_a_figure_before_such_a_phrase_is_no_place(geoparse, text, places):
    assert [m.place.name for m in geoparse(text) if m.place] == places


@pytest.mark.parametrize(("text", "town", "country"), [
    # a hyphenated name with short lower-case joiners is one name when the gazetteer knows it whole
    ("Armed men kidnapped two nuns in Croix-des-Bouquets on Thursday.", "Croix-des-Bouquets", "Haiti"),
    ("Police said gunmen had blocked the road into Saint-Louis-du-Nord.", "Saint-Louis-du-Nord", "Haiti"),
    ("Farmers drove tractors into Aix-en-Provence to protest the new tax.", "Aix-en-Provence", "France"),
    ("A bomb threat emptied the station at Bourg-en-Bresse on Monday.", "Bourg-en-Bresse", "France"),
    ("Rioters burned cars in Mont-de-Marsan overnight.", "Mont-de-Marsan", "France"),
])
def test_a_hyphenated_name_with_lowercase_joiners_is_one_name(geoparse, text, town, country):
    assert _at(geoparse(text), town).country == country


@pytest.mark.parametrize(("text", "names"), [
    # NER cut one known name in two: the gazetteer's whole name joins the parts
    ("Troops of the Democratic Republic of the Congo shelled rebel positions near Goma.",
     {"Democratic Republic of the Congo": "Democratic Republic of the Congo",
      "Goma": "Democratic Republic of the Congo"}),
    ("Refugees from Democratic Republic of the Congo arrived in Kigoma on Monday.",
     {"Democratic Republic of the Congo": "Democratic Republic of the Congo", "Kigoma": "Tanzania"}),
    ("Trinidad and Tobago police detained three gang leaders.", {"Trinidad and Tobago": "Trinidad and Tobago"}),
    ("Fishermen from Antigua and Barbuda protested new quotas.", {"Antigua and Barbuda": "Antigua and Barbuda"}),
    ("Police in Sao Tome and Principe dispersed a march.", {"Sao Tome and Principe": "Sao Tome and Principe"}),
    ("Settlers attacked farmers near Kafr Qaddum on Friday.", {"Kafr Qaddum": "Palestinian Territory"}),
    ("A taxi driver was killed in Martinez de la Torre on Sunday.", {"Martinez de la Torre": "Mexico"}),
    ("Teachers marched in Santa Cruz de la Sierra on Monday.", {"Santa Cruz de la Sierra": "Bolivia"}),
    # NER left out the first word, or cut two overlapping parts: the word before, the union
    ("Aid workers left Goz Beida on Sunday.", {"Goz Beida": "Chad"}),
    ("Traders protested near Dirre Dawa on Monday.", {"Dirre Dawa": "Ethiopia"}),
    ("Two men were shot in Barra de Santo Antonio on Tuesday.", {"Barra de Santo Antonio": "Brazil"}),
    # negative rows: two places a few words apart stay two; a capitalised word before a name stays out
    ("Fighting spread from Homs to Hama on Sunday.", {"Homs": "Syria", "Hama": "Syria"}),
    ("In Aleppo, rebels said the truce had collapsed.", {"Aleppo": "Syria"}),
])
def test_a_known_name_ner_cut_in_two_is_one_place(geoparse, text, names):
    found = {m.surface: m.place.country for m in geoparse(text) if m.place is not None}
    assert found == names


@pytest.mark.parametrize(("text", "surface", "country", "feature"), [
    # divisions the packaged tables lack (Kenya's former provinces) and a Darfur town: supplement rows
    ("Kenyan police clashed with youths in Nyanza province on Monday.", "Nyanza province", "Kenya", "region"),
    ("Raiders stole cattle in Kenya's Rift Valley province.", "Rift Valley province", "Kenya", "region"),
    ("Al-Shabaab attacked a police post in North Eastern province of Kenya.", "North Eastern province", "Kenya",
     "region"),
    ("Kenyan officials said floods cut roads in Coast Province.", "Coast Province", "Kenya", "region"),
    ("Thousands fled to Darfur's Tawila after the attack on the camp.", "Tawila", "Sudan", "populated place"),
    # negative rows: the other countries' provinces of those names stay theirs
    ("Police in Sri Lanka's Eastern Province arrested ten fishermen.", "Eastern Province", "Sri Lanka", "region"),
    ("Saudi police raided homes in Eastern Province overnight.", "Eastern Province", "Saudi Arabia", "region"),
])
def test_a_former_province_or_missing_town_resolves_in_its_country(geoparse, text, surface, country, feature):
    place = _at(geoparse(text), surface)
    assert (place.country, place.feature) == (country, feature)


@pytest.mark.parametrize(("text", "surface", "container", "precision"), [
    ("Gunmen raided Ngalaburu village (Konduga district, Borno state) at dawn.", "Ngalaburu", "Konduga", 2),
    ("Militants burned houses in Tashibyar, Badakhshan, overnight.", "Tashibyar", "Badakhshan", 3),
    ("Two herders were shot near Kwaribe, Zamfara, on Friday.", "Kwaribe", "Zamfara", 3),
    ("Shelling was reported in Nyzhni Vilkhy (Izium district, Kharkiv oblast).", "Nyzhni Vilkhy", "Izium", 2),
])
def test_a_village_the_gazetteer_lacks_falls_back_to_its_named_container(geoparse, text, surface, container, precision):
    place = _at(geoparse(text), surface)
    assert container in (place.name, *place.aliases)
    assert int(place.precision) == precision


@pytest.mark.parametrize("text", [
    "Gunmen attacked Parisu, Borno, killing five.",
    "Clashes broke out in Londoni, Zamfara, late on Sunday.",
    "Troops cleared Berlinu, Yobe, after the raid.",
])
def test_never_a_namesake_in_another_country_than_the_container(geoparse, text):
    for mention in geoparse(text):
        if mention.place is not None:
            assert mention.place.country == "Nigeria", (mention.surface, mention.place)


@pytest.mark.parametrize(("text", "surface"), [
    ("Troops from the U.S. arrived on Monday.", "U.S."),
    ("Exports to the UK fell sharply.", "UK"),
    ("Flights from the US resumed.", "US"),
])
def test_a_country_abbreviation_standing_alone_is_a_place(geoparse, text, surface):
    assert _at(geoparse(text), surface).feature == "country"


@pytest.mark.parametrize("text", [
    "U.S. troops withdrew from the base.",
    "The Russian army shelled the town.",
    "Afghan officials denied the report.",
])
def test_a_demonym_or_modifier_is_no_place(geoparse, text):
    first = text.split()[0]  # a modifier's country is a mention flagged as a hint only (see test_geo_modifiers_*)
    assert not [m for m in geoparse(text) if m.surface == first and not m.hint]


@pytest.mark.parametrize(("text", "surface", "admin1"), [
    ("The Kentucky State Police said the driver died.", "Kentucky", "Kentucky"),
    ("A spokesman for the Ohio Department of Health confirmed two cases.", "Ohio", "Ohio"),
    ("The Nebraska Farm Bureau welcomed the rain.", "Nebraska", "Nebraska"),
])
def test_a_place_inside_an_organisation_name_is_found(geoparse, text, surface, admin1):
    place = _at(geoparse(text), surface)
    assert place.admin1 == admin1 or place.name == admin1


def test_dateline_in_capitals_is_a_place(geoparse):
    assert _at(geoparse("NAIROBI — Heavy rain flooded the capital on Tuesday."), "NAIROBI").country == "Kenya"


def test_shipped_ranker_weights_are_fitted_and_known_features():
    ranker = load_ranker()
    assert set(ranker.weights) <= set(FEATURES)
    assert ranker.meta["trained_on"]["split"] == "fit"
    assert ranker.weights["exact_name"] > 0 and ranker.weights["log_population"] > 0


def test_a_weights_file_with_an_unknown_feature_is_refused(tmp_path: Path):
    bad = tmp_path / "w.json"
    bad.write_text(json.dumps({"weights": {"log_population": 1.0, "shoe_size": 2.0}}))
    with pytest.raises(GazetteerError, match="shoe_size"):
        load_ranker(bad)
    assert weights_path().is_file()


def test_explain_lists_the_scored_candidates(geocoder, nlp):
    text = "Storms hit Portland, Maine, on Friday."
    explained = explain_geoparse(geocoder, text, nlp(text))
    mention, candidates = next((m, c) for m, c in explained if m.surface == "Portland")
    assert mention.place.admin1 == "Maine"
    assert candidates and candidates[0]["name"] == "Portland"
    assert all("score" in c and isinstance(c["features"], list) for c in candidates)


def test_area_point_is_the_middle_of_the_covered_area_not_the_median_town():
    crowded_west = [(0.0, x / 10) for x in range(50)] + [(0.0, 10.0), (0.0, 9.5), (0.0, 9.0)]
    lat, lon = area_point(crowded_west + [(0.0, 5.0 + x / 2) for x in range(8)])
    assert 3.5 < lon < 6.5


def test_geoparse_runs_a_jsonl_corpus_with_doc_ids_and_reports_a_bad_line(tmp_path: Path):
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("\n".join([
        json.dumps({"id": "n1", "text": "Fighting was reported in Kharkiv on Sunday."}),
        "{not json",
        json.dumps({"id": "n2", "text": "Flooding hit Dhaka and Sylhet."}),
    ]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["geoparse", str(corpus)])
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {r["doc"] for r in records} == {"n1", "n2"}
    assert all({"start", "end", "latitude", "longitude", "precision", "why"} <= set(r) for r in records)
    assert result.exit_code == 1
    assert "docs.jsonl#2" in result.stderr


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), [
    ("Relief flights landed in Mexico City late on Friday.", "Mexico City", 19.43, -99.13),
    ("Volunteers in Panama City handed out bottled water.", "Panama City", 8.99, -79.52),
    ("Two clinics in Guinea-Bissau ran out of vaccine.", "Guinea-Bissau", 12.0, -15.0),
    ("Cattle prices fell at the sale barn in Dodge City this week.", "Dodge City", 37.75, -100.02),
    ("The delegation will meet the minister in Washington, D. C., on Tuesday.", "Washington", 38.9, -77.04),
])
def test_a_name_is_read_whole_when_the_gazetteer_knows_the_longer_form(geoparse, text, surface, lat, lon):
    place = _at(geoparse(text), surface)
    assert haversine_km(place.latitude, place.longitude, lat, lon) < 25


@pytest.mark.parametrize(("text", "surface", "town"), [
    ("Farmers near Solhan village lost their herds.", "Solhan", "Solhan"),
    ("Gunmen raided Kidal town before dawn.", "Kidal", "Kidal"),
    ("Drones were seen over Kherson city on Monday.", "Kherson city", "Kherson"),  # a spelling of the city
])
def test_a_feature_word_after_a_town_keeps_the_town(geoparse, text, surface, town):
    place = _at(geoparse(text), surface)
    assert (place.name, place.feature) == (town, "populated place")


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Georgia lawmakers voted on the school budget, and Atlanta schools will hire more teachers.", "Georgia",
     "United States"),
    ("Georgia said its border guards detained two men near Tbilisi.", "Georgia", "Georgia"),
    ("Lebanon's city council approved the new park, the Ohio town's mayor said.", "Lebanon", "United States"),
    ("Lebanon said Israeli jets flew over Beirut overnight.", "Lebanon", "Lebanon"),
    ("Jordan reopened its border crossing with Syria near Ramtha.", "Jordan", "Jordan"),
])
def test_a_country_name_is_no_evidence_for_its_own_reading(geoparse, text, surface, country):
    assert _at(geoparse(text), surface).country == country


@pytest.mark.parametrize(("text", "surface", "admin1"), [
    ("Government jets struck a market in north-western Idlib province on Tuesday, killing nine people.",
     "north-western Idlib province", "Idlib"),
    ("Clashes erupted again in eastern Ituri province, where militias have burned several villages.",
     "eastern Ituri province", "Ituri"),
    ("Shelling killed three civilians in southern Kherson region, the governor said.",
     "southern Kherson region", "Kherson"),
    ("Drone strikes hit fuel depots in eastern Deir ez-Zor governorate overnight.",
     "eastern Deir ez-Zor governorate", "Deir ez-Zor"),
    ("Taliban fighters overran two police posts in southern Helmand province overnight.",
     "southern Helmand province", "Helmand"),
    ("Gunmen raided a cattle market in northern Zamfara state on Saturday.", "northern Zamfara state", "Zamfara"),
])
def test_a_compass_qualified_division_is_the_division_not_its_namesake_town(geoparse, text, surface, admin1):
    place = _at(geoparse(text), surface)
    assert (place.feature, place.admin1, place.precision) == ("region", admin1, GeoPrecision.REGION)


@pytest.mark.parametrize("text", [
    "A bomb exploded near the metro during the morning rush, police said.",
    "Traffic on the metro was halted after the attack on the depot.",
    "Gunmen opened fire at the mosque and then fled into the bush.",
    "Militants fled into the bush after the ambush, the army said.",
    "Rebels shelled the camp on Friday, and residents fled toward the capital.",
    "Workers said the city's metro had been shut since the blast.",
    "Youths began smashing metro barriers after the fare rise was announced.",
])
def test_a_lower_case_common_noun_is_no_place(geoparse, text):
    assert [m.surface for m in geoparse(text) if m.place is not None and m.surface.islower()] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("protests spread again tonight in #ferguson after the ruling", "ferguson"),
    ("cant believe the traffic in chicago today lol", "chicago"),
])
def test_a_hashtag_or_an_uncased_sentence_keeps_its_lower_case_places(geoparse, text, surface):
    assert _at(geoparse(text), surface).country == "United States"


@pytest.mark.parametrize(("text", "inside"), [
    ("Fighters of the Free Syrian Army withdrew from the village of Tadif.", "Free Syrian Army"),
    ("Turkish jets struck positions of the Kurdistan Workers' Party in northern Iraq.", "Kurdistan Workers' Party"),
    ("The Kachin Independence Army said it had captured a hilltop base near Laiza.", "Kachin Independence Army"),
    ("Gunmen from the Benghazi Defence Brigades attacked an oil terminal at Ras Lanuf.", "Benghazi Defence Brigades"),
    ("Fighters loyal to the Tigray People's Liberation Front retook the town of Alamata.",
     "Tigray People's Liberation Front"),
])
def test_a_word_inside_an_armed_group_or_party_name_is_no_place(geoparse, text, inside):
    start = text.index(inside)
    inner = [m.surface for m in geoparse(text)
             if m.place is not None and start <= m.start < start + len(inside)]
    assert inner == []


@pytest.mark.parametrize(("text", "surface", "feature"), [
    ("The Kurdistan Region's government said the airport in Erbil would reopen.", "Kurdistan Region", None),
    ("The Sudan Liberation Movement said its forces had entered El Fasher.", "Sudan", "country"),
    ("Fighters loyal to the Tigray People's Liberation Front retook the town of Alamata.", "Alamata",
     "populated place"),
])
def test_a_place_beside_or_named_by_an_armed_group_stays(geoparse, text, surface, feature):
    place = _at(geoparse(text), surface)
    assert feature is None or place.feature == feature


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Al-Shabaab fighters attacked an army base in Afmadow, Lower Juba, before dawn.", "Afmadow", "Somalia"),
    ("Government troops clashed with Fano militiamen near Shewa Robit in Amhara region.", "Shewa Robit", "Ethiopia"),
    ("Soldiers burned dozens of houses in Injangyang, Kachin State, on Tuesday.", "Injangyang", "Myanmar"),
    ("Clan militias fought over grazing land in Xudun, Sool region, leaving six dead.", "Xudun", "Somalia"),
    ("Ethiopian federal forces entered Humera, a town in Tigray close to the Sudanese border.", "Humera", "Ethiopia"),
])
def test_a_conflict_village_coders_located_is_a_town_of_its_own(geoparse, text, town, country):
    place = _at(geoparse(text), town)
    assert (place.name, place.country, place.feature) == (town, country, "populated place")


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Rebels shelled the outskirts of Goma overnight.", "Goma", "Democratic Republic of the Congo"),
    ("Thousands marched through Manchester on Saturday.", "Manchester", "United Kingdom"),
    ("Police dispersed a rally in Durgapur.", "Durgapur", "India"),
    ("Flooding cut the main road into Bama after heavy rains.", "Bama", "Nigeria"),
    ("A strike closed the docks of Naples for a day.", "Naples", "Italy"),
])
def test_a_learned_village_never_outranks_a_real_city_elsewhere_without_context(geoparse, text, surface, country):
    assert _at(geoparse(text), surface).country == country


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Boko Haram fighters raided Banki on Tuesday and burned a market.", "Banki", "Nigeria"),
    ("AQAP gunmen ambushed a patrol near Al Bayda.", "Al Bayda", "Yemen"),
    ("The Taliban took control of Maidan Shahr without a fight.", "Maidan Shahr", "Afghanistan"),
    # groups strike across borders: their home country makes no town abroad doubtful
    ("Hezbollah shelled Kiryat Shmona on Monday.", "Kiryat Shmona", "Israel"),
    ("Al-Shabaab fighters attacked a police post in Mandera.", "Mandera", "Kenya"),
])
def test_an_armed_group_names_its_home_country_below_a_demonym(geoparse, text, surface, country):
    assert _at(geoparse(text), surface).country == country


@pytest.mark.parametrize(("text", "cut", "whole", "cue"), [
    # NER left out a name's first word: the place cue before the whole name is the name's
    ("Shepherds were shot at near Umm Sarrar on Tuesday.", "Sarrar", "Umm Sarrar", True),
    ("Two clinics closed in Bir Tawil after the raid.", "Tawil", "Bir Tawil", True),
    ("The convoy turned back towards Ras Kamboni at dusk.", "Kamboni", "Ras Kamboni", True),
    ("Families fled the village of Deir Hafir overnight.", "Hafir", "Deir Hafir", True),
    ("Militiamen shelled Tell Tamer for a third day.", "Tamer", "Tell Tamer", True),
    # negative row: no cue before the whole name, none given
    ("Officials said Ain Issa had no power on Monday.", "Issa", "Ain Issa", False),
])
def test_a_name_extended_to_the_word_before_keeps_that_words_cue(text, cut, whole, cue):
    start = text.index(cut)
    reading = Reading(start, start + len(cut), cut, "", strong=False)
    extended = extend_name(text, reading, lambda name: name == whole, load_terms())
    assert (extended.name, extended.cue) == (whole, cue)
