"""The country a text names for its generic actors: a country's name that qualifies a thing names no place."""

import pytest

from frontwatch.extract.doc_actors import DocumentActors
from frontwatch.extract.extractor import home_country
from frontwatch.model import GeoPrecision, Place

CASES = [
    ("Police seized 40,000 US dollars from a trader after a clash at the market.", None),
    ("Protesters clashed with police over the price of bread in US dollars at the main market.", None),
    ("Rioters burned tyres as the pound fell against the US dollar, and police fired tear gas.", None),
    ("Gunmen fired US-made rifles at a patrol, and soldiers returned fire.", None),
    ("Demonstrators denounced the US-backed talks and blocked a road.", None),
    ("Kenyan police seized 3,000 US dollars from a smuggler.", "Kenya"),
    ("Soldiers in Mali paid 200 US dollars to an informant, a Malian official said.", "Mali"),
    # a country's name before a currency, however the parser hangs it ("US" on "exchange" or "rate")
    ("Traders marched against the high US dollar exchange rate and poor living conditions outside the bank.", None),
    ("Teachers demonstrated against the high US dollar exchange rate and unpaid salaries.", None),
    ("Bakers blocked a road over the record US dollar exchange rate and costly wheat imports.", None),
    ("Pensioners gathered against the US dollar exchange rate and the rising price of bread.", None),
    ("Students marched against the high US dollar rate and dire economic conditions.", None),
    ("Police in Kenya dispersed traders protesting the US dollar exchange rate.", "Kenya"),
]


@pytest.mark.parametrize(("text", "country"), CASES)
def test_country_named_for_generic_actors(extractor, text, country):
    doc = extractor.nlp(text)
    actors = DocumentActors(doc, doc._.actor_mentions or [], extractor.registry, extractor.country_of, None)
    assert actors.doc_country == country


# A text that names no country: the country its named armed groups or state forces belong to (the registry's),
# never that of a transnational group; a country the text names still comes first.
GROUP_CASES = [
    ("ONLF fighters ambushed a convoy on the road out of the camp.", "Ethiopia"),
    ("TTP militants attacked a checkpost at night, killing two guards.", "Pakistan"),
    ("BNP activists blocked a highway and clashed with police.", "Bangladesh"),
    ("LTTE cadres fired on a navy patrol boat off the coast.", "Sri Lanka"),
    ("NPA guerrillas burned two trucks at a quarry, and soldiers pursued them.", "Philippines"),
    ("Rashtriya Rifles troops killed two militants in an encounter near the village.", "India"),
    ("Islamic State fighters attacked a checkpoint, and police returned fire.", None),
    ("Kenyan police clashed with ONLF fighters.", "Kenya"),
    # a group coded in several countries: the one most of its coded notes lie in
    ("JNIM fighters burned a market and stole cattle overnight.", "Burkina Faso"),
]


@pytest.mark.parametrize(("text", "country"), GROUP_CASES)
def test_country_of_the_named_groups(extractor, text, country):
    doc = extractor.nlp(text)
    actors = DocumentActors(doc, doc._.actor_mentions or [], extractor.registry, extractor.country_of, None,
                            code_name=extractor.country_name)
    assert actors.doc_country == country


# A generic actor moves to its event's country only when the report places something there: a name read on its
# own as a town abroad (no place mention of the report lies in that country) moves nobody.
MOVES = [
    ("Police fired tear gas at traders in the market.", ("Kenya",), "Uganda", "Police Forces of Kenya"),
    ("Police fired tear gas at traders in the market.", ("Kenya", "Uganda"), "Uganda", "Police Forces of Uganda"),
    ("Protesters blocked the highway near the depot.", ("Brazil",), "United States", "Protesters (Brazil)"),
    ("Soldiers raided a farm outside the town.", ("Mali", "Niger"), "Niger", "Military Forces of Niger"),
    ("Rioters torched a bus at the station.", ("Sri Lanka",), "Algeria", "Rioters (Sri Lanka)"),
]


@pytest.mark.parametrize(("text", "placed", "event_country", "name"), MOVES)
def test_a_generic_actor_moves_only_where_the_report_places_something(extractor, text, placed, event_country, name):
    doc = extractor.nlp(text)
    actors = DocumentActors(doc, [], extractor.registry, extractor.country_of, placed[0], placed)
    actor = actors.resolve(doc[0]).actor
    assert actors.placed_at(actor, Place(name="", latitude=0.0, longitude=0.0, country=event_country)).name == name


# A report whose only place is its event's (the geoparser read no mention, the event's own role resolved the town)
# places its generic actors there: nothing else in it says where they are.
ONLY_PLACE_IS_THE_EVENTS = [
    ("Timbuktu was shelled by militants overnight, officials said.", "Unidentified Armed Group (Mali)"),
    ("Gwoza was raided by gunmen on Monday, witnesses said.", "Unidentified Armed Group (Nigeria)"),
    ("Dori was attacked by armed men on Sunday, a security source said.", "Unidentified Armed Group (Burkina Faso)"),
    ("Ansongo was seized by rebels on Monday, a local official said.", "Unidentified Armed Group (Mali)"),
    ("Damboa was raided by insurgents on Saturday, a resident said.", "Unidentified Armed Group (Nigeria)"),
]


@pytest.mark.parametrize(("text", "name"), ONLY_PLACE_IS_THE_EVENTS)
def test_a_report_whose_only_place_is_its_events_places_its_actors_there(first_actor1, text, name):
    assert first_actor1(text) == name


# A text that names no place nor country: the country of the people it names, as ACLED's coded ethnic militias
# place them (data/identity_militias.yaml); a country's own people ("Somali") tell nothing here.
PEOPLE_CASES = [
    ("Oromo students marched to the district office after the exams were cancelled.", "Ethiopia"),
    ("Turkana raiders drove off 200 cattle from herders at a watering point.", "Kenya"),
    ("Tiv farmers and herders clashed over a flooded field, leaving three dead.", "Nigeria"),
    ("Mossi youths burned two huts after a quarrel at the market.", "Burkina Faso"),
    ("Dinka cattle keepers fought a rival camp over grazing land.", "South Sudan"),
    ("Somali herders clashed with farmers over a well.", None),
]


@pytest.mark.parametrize(("text", "country"), PEOPLE_CASES)
def test_country_of_the_named_people(extractor, text, country):
    doc = extractor.nlp(text)
    actors = DocumentActors(doc, doc._.actor_mentions or [], extractor.registry, extractor.country_of, None)
    assert actors.doc_country == country


# A text whose places and named groups give no country: the one country the gazetteer knows one of its names in,
# whatever the tagger took the name for (an organisation, a person); a name of places in several countries, or the
# surname of a person the text names in full, tells nothing.
SOLE_NAME_CASES = [
    ("Teachers at Kongoussi secondary school went on strike over unpaid allowances.", "Burkina Faso"),
    ("Traders closed their shops in Lokichogio to denounce new county levies.", "Kenya"),
    ("Residents of Kakuma blocked the main road after a boy was hit by a truck.", "Kenya"),
    ("Herders from Djibo drove their cattle away after gunmen fired on the camp.", "Burkina Faso"),
    ("Youths in Gorom-Gorom burned tyres at the prefecture over water cuts.", "Burkina Faso"),
    ("Police arrested four opposition activists at a rally in Springfield.", None),
    ("Activists demanded justice for Moussa Zongo, and friends said Zongo had received threats.", None),
]


@pytest.mark.parametrize(("text", "country"), SOLE_NAME_CASES)
def test_country_of_a_name_the_gazetteer_knows_in_one_country(extractor, text, country):
    doc = extractor.nlp(text)
    actors = DocumentActors(doc, doc._.actor_mentions or [], extractor.registry, extractor.country_of, None, (),
                            extractor.geocoder.homeland)
    assert actors.doc_country == country


WORDS = [  # a word of the text names a country by a demonym, a name, or an ISO code written in capitals only
    ("Nigeria's", "Nigeria"), ("Iraqi", "Iraq"), ("US", "United States"), ("Kenyan", "Kenya"),
    ("to", None), ("in", None), ("it", None), ("so", None), ("no", None), ("be", None), ("my", None), ("at", None),
]


@pytest.mark.parametrize(("word", "country"), WORDS)
def test_a_word_names_a_country_by_name_or_by_a_code_in_capitals(extractor, word, country):
    assert extractor.country_of(word) == country


def _places(*spec: str) -> list[Place]:
    """Places written "Country/town" or "Country/region", in the order a report names them."""
    precision = {"town": GeoPrecision.TOWN, "near": GeoPrecision.NEAR, "region": GeoPrecision.REGION}
    return [Place(name=f"p{i}", latitude=0.0, longitude=0.0, country=country, precision=precision[kind])
            for i, (country, kind) in enumerate(s.split("/") for s in spec)]


# A report's country from its places: most towns first; towns tied (a namesake town abroad beside a town at home),
# the country more of its places lie in (the home town's district and region); all tied, the one named first.
HOME_COUNTRY_CASES = [
    (("Nigeria/town", "Benin/town", "Benin/region", "Benin/region"), "Benin"),  # "Yola, coded to Kalale (Borgou)"
    (("Croatia/near", "Bangladesh/near", "Bangladesh/region"), "Bangladesh"),  # a unit's acronym read as an island
    (("Cameroon/town", "Nigeria/town", "Nigeria/region"), "Nigeria"),  # a chiefdom read as a town across the border
    (("Poland/town", "Bangladesh/town", "Bangladesh/region", "Cameroon/region"), "Bangladesh"),
    (("Peru/town", "Ethiopia/town", "Ethiopia/region", "Ethiopia/region"), "Ethiopia"),
    (("Mali/town", "Mali/town", "Niger/town", "Niger/region", "Niger/region"), "Mali"),  # more towns still win
    (("Kenya/region", "Uganda/region", "Uganda/region"), "Uganda"),  # no town: the regions decide
    (("Chad/town", "Sudan/town"), "Chad"),  # nothing else: the one named first
    ((), None),
]


@pytest.mark.parametrize(("places", "country"), HOME_COUNTRY_CASES)
def test_a_reports_country_is_where_most_of_its_towns_then_places_lie(places, country):
    assert home_country(_places(*places)) == country
