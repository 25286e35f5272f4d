"""Fights between communities: the sub-type the coders of the country use then (data/communal_codes.yaml), each side
its community's militia, and a people's or clan's name a hint of its country, never a place."""

from datetime import date

import pytest
from extraction import extract

from frontwatch.taxonomy import communal_code

# (text, published, sub-event type): one shape, the country and year decide (training/fit_communal_codes.py)
SUB_TYPES = [
    ("Two groups of villagers clashed over a water point near Jowhar on Friday, injuring a dozen people.",
     date(2023, 3, 11), "Armed clash"),
    ("Two groups of villagers clashed over a fish pond in Brahmanbaria on Friday, injuring a dozen people.",
     date(2023, 3, 11), "Mob violence"),
    ("Residents of two neighbouring villages fought over farmland near Baidoa on Sunday, leaving two dead.",
     date(2024, 6, 5), "Armed clash"),
    ("Two rival groups of fishermen clashed on a river bank near Kismayo on Monday, leaving one man dead.",
     date(2022, 1, 19), "Armed clash"),
    ("Villagers from two communities clashed over a land dispute in Habiganj on Sunday, injuring 30 people.",
     date(2024, 6, 5), "Mob violence"),
]


@pytest.mark.parametrize(("text", "published", "sub_type"), SUB_TYPES)
def test_a_communal_fight_takes_its_countrys_sub_type(extractor, text, published, sub_type):
    events = extract(extractor, text, published).events
    assert [e.sub_event_type for e in events] == [sub_type]


# (text, published, actor 1, actor 2): each side named by its people or clan is that group's militia
SIDES = [
    ("Guji and Gedeo youths fought each other near Dilla on Thursday, leaving seven dead.", date(2019, 8, 3),
     "Guji Ethnic Militia (Ethiopia)", "Gedeo Ethnic Militia (Ethiopia)"),
    ("Tiv farmers and Fulani herdsmen fought near Makurdi on Tuesday; four people were killed.", date(2018, 5, 2),
     "Tiv Ethnic Militia (Nigeria)", "Fulani Ethnic Militia (Nigeria)"),
    ("Afar and Issa militiamen exchanged fire near Gewane on Saturday, killing three.", date(2019, 4, 14),
     "Afar Ethnic Militia (Ethiopia)", "Issa Clan Militia (Ethiopia)"),
    ("Abgal and Murusade clan militias clashed near Jowhar on Sunday, leaving three dead.", date(2023, 9, 18),
     "Hawiye-Abgal Sub-Clan Militia (Somalia)", "Hawiye-Murusade Sub-Clan Militia (Somalia)"),
    ("Nuer and Anuak youths clashed in Gambela on Friday, leaving five dead.", date(2017, 10, 21),
     "Nuer Ethnic Militia (Ethiopia)", "Anuak Ethnic Militia (Ethiopia)"),
]


@pytest.mark.parametrize(("text", "published", "actor1", "actor2"), SIDES)
def test_each_community_is_its_own_militia(extractor, text, published, actor1, actor2):
    events = extract(extractor, text, published).events
    assert [(e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) for e in events] == [
        ("Armed clash", actor1, actor2)]


# (text, people, place, its country): the people's country says which namesake the place is; the people is none
HINTS = [
    ("Armed Murle youths raided Dinka cattle camps near Bor on Sunday, killing eleven.", "Murle", "Bor",
     "South Sudan"),
    ("Tiv farmers and Fulani herdsmen fought in Guma on Tuesday; four people were killed.", "Tiv", "Guma", "Nigeria"),
    ("Gunmen from the Dhulbahante clan raided a settlement in Badhan district on Friday, killing two.", "Dhulbahante",
     "Badhan district", "Somalia"),
    ("Turkana herders clashed with Pokot herders near Lodwar on Monday, leaving four dead.", "Turkana", "Lodwar",
     "Kenya"),
    ("CODECO fighters shot dead nine Hema villagers near Bunia on Sunday.", "Hema", "Bunia",
     "Democratic Republic of the Congo"),
]


@pytest.mark.parametrize(("text", "people", "place", "country"), HINTS)
def test_a_peoples_name_hints_its_country_and_is_no_place(extractor, text, people, place, country):
    extraction = extract(extractor, text, date(2019, 7, 1))
    assert [(e.place and e.place.name, e.place and e.place.country) for e in extraction.events] == [(place, country)]
    assert not any(m.place is not None for m in extraction.places if m.surface == people)


def test_an_unfitted_country_takes_the_eras_majority():
    eras = {"older": 2020}
    assert communal_code("Somalia", 2024, eras) == "ARMED_CLASH"
    assert communal_code("Bangladesh", 2024, eras) == "MOB_VIOL"
    assert communal_code("Atlantis", 2015, eras) == communal_code("default", 2015, eras) == "ARMED_CLASH"
    assert communal_code(None, None, eras) == communal_code("Atlantis", 2030, eras)
