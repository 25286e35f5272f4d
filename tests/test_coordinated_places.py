"""Coordinated places as specification: a clause whose object coordinates several places ("took A, B and C", "struck A
and B", "clashes broke out in A and B") tells one happening at each (ACLED codes one event per place and day), on the
clause's day, and so does a common noun whose phrase lists places ("seized the towns of A and B"); coordinated towns
stay two however near ("shelled A and B", suburbs of one city), but a between-phrase names one stretch ("ambushed a
convoy between A and B"); coordinated people are no places ("killed A and B in
C": one event at C)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 13)  # a Monday
TUESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = (date(2024, 5, d) for d in (7, 9, 10, 11, 12))

PLACES = [
    ("Jihadists overran Mansila, Solhan and Tankoualou on Saturday, the army said.",
     [("Mansila", SATURDAY), ("Solhan", SATURDAY), ("Tankoualou", SATURDAY)]),
    ("On Friday, government aircraft bombed Sirte and Misrata.", [("Sirte", FRIDAY), ("Misratah", FRIDAY)]),
    ("Islamic State fighters seized Hit and Ramadi on Sunday.", [("Hīt", SUNDAY), ("Ramadi", SUNDAY)]),
    ("Russian missiles struck Kharkiv and Dnipro on Tuesday night, officials said.",
     [("Kharkiv", TUESDAY), ("Dnipro", TUESDAY)]),
    ("Houthi rebels shelled Marib and Taiz on Thursday.", [("Ma'rib", THURSDAY), ("Taiz", THURSDAY)]),
    ("Clashes broke out in Gao and Timbuktu on Friday.", [("Gao", FRIDAY), ("Timbuktu", FRIDAY)]),
    # people coordinated as the object are one happening at the place the clause names
    ("Gunmen killed Musa Ibrahim and Ali Hassan in Maiduguri on Monday.", [("Maiduguri", PUBLISHED)]),
]


@pytest.mark.parametrize(("text", "told"), PLACES)
def test_each_coordinated_place_is_an_event(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [place_and_day(e) for e in events] == told


NAMED_IN_A_PHRASE = [
    # (report, places of its events): the object is a common noun whose phrase lists the places
    ("Nigerian soldiers cleared the towns of Bama, Gwoza and Dikwa of insurgents on Friday, the army said.",
     ["Bama", "Gwoza", "Dikwa"]),
    ("Rebel fighters overran the towns of Kalemie and Uvira on Wednesday, local officials said.", ["Kalemie", "Uvira"]),
    ("Jihadists attacked the towns of Djibo and Dori on Saturday, the army said.", ["Djibo", "Dori"]),
    ("Government troops recaptured the cities of Aleppo and Homs on Tuesday, state media said.", ["Aleppo", "Homs"]),
    ("Protesters marched in the cities of Lagos and Abuja on Monday to demand an end to police brutality.",
     ["Lagos", "Abuja"]),
    ("Houthi forces shelled the towns of Marib and Hodeidah on Thursday, officials said.",
     ["Ma'rib", "Al Ḩudaydah"]),
]


LISTED_ELSEWHERE = [
    # (report, places of its events): a happening verb's through-phrase listing places tells one clash at each
    ("Fighting raged through Gao and Timbuktu on Saturday, residents said.", ["Gao", "Timbuktu"]),
    ("Overnight heavy fighting spread through Kramatorsk and Sloviansk, officials said.", ["Kramatorsk", "Slovyansk"]),
    ("Clashes spread through Omdurman and Khartoum on Monday as the paramilitary forces pushed across the river, "
     "witnesses said.", ["Omdurman", "Khartoum"]),
    ("Sporadic fighting raged through Mogadishu and Afgooye on Wednesday, residents said.", ["Mogadishu", "Afgooye"]),
    ("Heavy clashes erupted through Bunia and Beni on Thursday, local officials said.", ["Bunia", "Beni"]),
    # a phrase listing places, then a noun phrase describing them that the parser makes a second object
    ("The Houthis said on Sunday their fighters had captured the districts of Marib, Harib and Hajjah in the north, "
     "the largest gains they have claimed this year.", ["Ma'rib", "Ḩarīb", "Ḩajjah"]),
    ("Syria said on Monday its troops had retaken the cities of Aleppo, Idlib and Hama in the north, the first cities "
     "the army had won back in months.", ["Aleppo", "Idlib", "Ḩamāh"]),
    ("Mali said on Tuesday its army had recaptured the towns of Gao, Kidal and Timbuktu in the north, the biggest "
     "towns the rebels had seized last year.", ["Gao", "Kidal", "Timbuktu"]),
    ("Somalia said on Thursday its forces had liberated the towns of Afgooye, Marka and Baraawe near the coast, the "
     "first towns the army had taken back this year.", ["Afgooye", "Marka", "Baraawe"]),
    # a list with a name the gazetteer lacks: an event at each known place, each read as ground (the unknown name
    # makes no abduction of the taking)
    ("Rebels captured Goma, Kibumbaru and Rutshuru on Tuesday, local officials said.", ["Goma", "Rutshuru"]),
    ("Government forces retook Gao, Tinhama and Timbuktu on Monday, the army said.", ["Gao", "Timbuktu"]),
    ("Militants seized Mosul, Qayyarah-Shirqat and Tikrit on Wednesday, police said.", ["Mosul", "Tikrīt"]),
    ("Houthi fighters captured Marib, Sirwah-Wadi and Harib on Friday, tribal sources said.", ["Ma'rib", "Ḩarīb"]),
    ("The rebels seized two more towns on Friday, taking Bab al-Hawa, Sarmada and Dana within hours, activists said.",
     ["Bab al-Hawa crossing", "Ad Dānā"]),
]


REPORTED_IN = [
    # (report, places of its events): a happening told as the subject of a verb saying it took place ("was reported",
    # "broke out") in an in-phrase that lists places: one event at each; a name that holds "and" stays one place
    ("Rioting over the vote was reported in Matara, Galle and Ambalangoda on Sunday.",
     ["Matara", "Galle", "Ambalangoda"]),
    ("Looting was reported in Bangui and Bimbo on Tuesday after the curfew, residents said.", ["Bangui", "Bimbo"]),
    ("Burning of ballot boxes was reported in Garissa and Wajir on Friday.", ["Garissa", "Wajir"]),
    ("Rioting broke out in Kisumu and Kakamega on Monday after the results were announced.", ["Kisumu", "Kakamega"]),
    ("Shelling was reported in Horlivka and Yasynuvata on Tuesday morning, the mayor said.",
     ["Horlivka", "Yasynuvata"]),
    ("Rioting by farmers was reported across Ludhiana and Jalandhar on Saturday, police said.",
     ["Ludhiana", "Jalandhar"]),
    ("Rioting was witnessed in Bulawayo and Gweru on Thursday, police said.", ["Bulawayo", "Gweru"]),
    ("Rioting was reported in Sao Tome and Principe on Sunday, officials said.", ["São Tomé"]),
]


DRIVEN_FROM = [
    # (report, places of its events): an expulsion whose from- or out-of-phrase lists places drives the side out of
    # each (one event per place); a list in a relative clause told of an earlier year is background, no event
    ("Government troops drove the militants out of Bama and Gwoza on Friday.", ["Bama", "Gwoza"]),
    ("Jihadists forced soldiers out of Arbinda and Gorgadji on Monday.", ["Aribinda", "Gorgadji"]),
    ("Fighters of the RSF drove the army from Wad Madani and Sennar on Sunday.", ["Wad Medani", "Sennar"]),
    ("Somali troops drove al-Shabaab out of Baidoa and Burhakaba on Monday.", ["Baidoa", "Buurhakaba"]),
    ("Ukrainian units pushed Russian forces out of Kupiansk and Izium on Saturday, the military said.",
     ["Kupyansk", "Izyum"]),
    ("Soldiers, who had driven the jihadists out of Bama and Gwoza in 2015, came under attack in Dikwa on Monday.",
     ["Dikwa"]),
]


LISTED = NAMED_IN_A_PHRASE + LISTED_ELSEWHERE + REPORTED_IN + DRIVEN_FROM


@pytest.mark.parametrize(("text", "places"), LISTED, ids=[p[0] for _, p in LISTED])
def test_places_a_phrase_lists_are_an_event_each(extractor, text, places):
    events = extract(extractor, text, PUBLISHED).events
    assert [place_and_day(e)[0] for e in events] == places


NEAR = [
    # (report, places of its events): coordinated towns a few km apart are still two places, two events
    ("Russian forces shelled Kramatorsk and Sloviansk on Sunday, the governor said.", ["Kramatorsk", "Slovyansk"]),
    ("Paramilitary fighters shelled Khartoum and Omdurman on Thursday, residents said.", ["Khartoum", "Omdurman"]),
    ("Protesters rallied in Rawalpindi and Islamabad on Friday, police said.", ["Rawalpindi", "Islamabad"]),
    ("Israeli jets struck Gaza City and Jabalia on Tuesday, health officials said.", ["Gaza", "Jabālyā"]),
    ("Drones hit Rafah and Khan Younis on Sunday, killing nine people, medics said.", ["Rafaḩ", "Khān Yūnis"]),
]


@pytest.mark.parametrize(("text", "places"), NEAR, ids=[p[0] for _, p in NEAR])
def test_near_places_of_one_list_stay_apart(extractor, text, places):
    events = extract(extractor, text, PUBLISHED).events
    assert [place_and_day(e)[0] for e in events] == places


STRETCH = [
    # (report, place of its one event): places a between-phrase coordinates name one stretch of ground
    ("Militants ambushed a convoy between Kaya and Kongoussi on Friday, killing three soldiers.", "Kaya"),
    ("Gunmen attacked a bus between Kaduna and Abuja on Sunday, abducting twenty passengers.", "Kaduna"),
    ("Rebels clashed with troops between Goma and Sake on Monday, residents said.", "Goma"),
]


@pytest.mark.parametrize(("text", "place"), STRETCH, ids=[p for _, p in STRETCH])
def test_places_between_which_it_happened_are_one_event(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert [place_and_day(e)[0] for e in events] == [place]



LISTED_AFTER_A_TAKING = [
    # (report, places held, places of its events): the names a taking's "the towns of ..." phrase lists with commas each
    # change hands and are an event each, also where the recogniser ran two of them into one name ("X, Y") and where
    # a name the gazetteer lacks is told a settlement by the list's noun, not its own (held; its event, placed at the
    # country only, is not asked for here: None)
    ("Ukrainian troops retook the villages of Robotyne, Urozhaine and Staromaiorske.",
     {"Robotyne", "Urozhaine", "Staromaiorske"}, ["Robotyne", "Urozhaine", "Staromaiorske"]),
    ("Malian soldiers recaptured the towns of Anefis, Ber and Tessalit on Saturday.",
     {"Anefis", "Ber", "Tessalit"}, None),
    ("Government forces regained the villages of Kafr Nabl, Hass and Kansafra.",
     {"Kafranbel", "Hass", "Kansafra"}, None),
    ("The army took back the towns of Kalehe, Minova and Sake from the rebels.",
     {"Kalehe", "Minova", "Sake"}, None),
    ("Arakan Army fighters took the towns of Pauktaw, Myebon and Kyauktaw this week.",
     {"Pauktaw", "Kyauktaw"}, ["Pauktaw", "Kyauktaw"]),
    # guards: a list the recogniser read apart, and a name with its region after a comma (one place, no list)
    ("Sudanese troops recaptured the towns of Wad Madani, Hasaheisa and Rufaa.",
     {"Wad Medani", "Al Hasaheisa", "Rufā‘a"}, ["Wad Medani", "Al Hasaheisa", "Rufā‘a"]),
    ("Jihadists seized Djibo, Burkina Faso, on Saturday.", {"Djibo"}, ["Djibo"]),
]


@pytest.mark.parametrize(("text", "held", "places"), LISTED_AFTER_A_TAKING,
                         ids=[r[0][:40] for r in LISTED_AFTER_A_TAKING])
def test_each_place_a_taking_lists_changes_hands(extractor, text, held, places):
    found = extract(extractor, text, PUBLISHED)
    assert {c.place.name for c in found.control if c.status.value == "controls"} == held
    assert places is None or [e.place.name for e in found.events if e.place is not None] == places
