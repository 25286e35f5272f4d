"""The protest family's boundaries: who used force on the protest, with what, decides its sub-type (issue 18 / 13,
branch subtype30; ACLED's train notes, 600, seed 13, and ACLED's codebook). data/frame_table.yaml decides from
the weapon's kind and the doer's, not the typer:

- live fire (ammunition told as live) shot at a protest or used to break one up is excessive force, with tear gas
  beside it or not, and a weapon used to break a protest up ("used X to disperse") is the dispersal's instrument;
  rubber bullets and tear gas alone are an intervention, live rounds at armed men a battle;
- a protest quelled or suppressed was broken up, and so was one police fired pepper balls, flash bangs, smoke
  grenades or impact munitions at or charged with batons: an intervention (a smoke grenade is no grenade);
- anybody but the state's forces or fellow protesters who attacks, beats or injures protesters, short of a death,
  disrupts their protest: an intervention (protesters come first), not an attack or mob violence;
- a protest, its people or its camp cleared, evicted or driven out is a protest broken up, never ground taken (issue
  18, branch protest42): the `expel` class reads it as `disperse` does, and a camp named for a protest ("a protest
  camp", `protest` in data/en/arguments.yaml) is the protest, no place anybody holds."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 15)
FORCE, INTERVENTION = "Excessive force against protesters", "Protest with intervention"

_types = partial(sub_event_types, published=PUBLISHED)


LIVE_FIRE = [
    ("Police fired live ammunition at a march of miners outside the mine in Rustenburg on Tuesday.", FORCE),
    ("Soldiers used live rounds and tear gas to disperse a sit-in of farmers in Sennar on Sunday.", FORCE),
    ("Gendarmes dispersed the march of teachers in Bouake with live bullets on Thursday.", FORCE),
    ("Riot police fired tear gas and live bullets at demonstrators near the port in Berbera on Monday.", FORCE),
    ("Troops opened live fire on a crowd of students protesting outside the campus in Lira on Friday.", FORCE),
    ("Police fired rubber bullets and tear gas at demonstrators near the port in Berbera on Monday.", INTERVENTION),
    ("Soldiers fired live rounds at militants near the border post in Kidal on Monday.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), LIVE_FIRE)
def test_live_fire_on_a_protest_is_excessive_force(extractor, text, sub_event_type):
    assert _types(extractor, text) == [sub_event_type]


SUPPRESSED = [
    "Soldiers suppressed a demonstration of students in Mandalay on Friday.",
    "Security forces quelled a rally of opposition supporters in Conakry on Thursday.",
    "Riot police quelled the march of dock workers near the harbour in Durban on Monday.",
    "Gendarmes suppressed a vigil of widows outside the prefecture in Garoua on Sunday.",
    "The army suppressed a procession of monks in Sittwe on Wednesday.",
]


@pytest.mark.parametrize("text", SUPPRESSED)
def test_a_protest_quelled_or_suppressed_was_broken_up(extractor, text):
    assert _types(extractor, text) == [INTERVENTION]


CROWD_CONTROL_NAMES = [
    "Police fired pepper balls at protesters outside the courthouse in Tulsa on Saturday.",
    "Officers threw flash bangs at demonstrators near the precinct in Omaha on Sunday.",
    "Federal agents used smoke grenades to disperse protesters outside the courthouse in Seattle on Friday.",
    "Deputies fired impact munitions at marchers on the bridge in Austin on Monday.",
    "Police deployed chemical irritants on demonstrators outside the state capitol in Boise on Thursday.",
    "Police charged batons at protesters outside the press club in Khulna on Tuesday.",
    "Riot police charged batons at a rally of opposition activists in Sylhet on Sunday.",
]


@pytest.mark.parametrize("text", CROWD_CONTROL_NAMES)
def test_crowd_control_weapons_by_any_name_break_a_protest_up(extractor, text):
    assert _types(extractor, text) == [INTERVENTION]


DISRUPTED = [
    "Ruling party youths attacked demonstrators outside the district office in Chitungwiza on Monday.",
    "Supporters of the mayor beat up marchers from the teachers' union in Blantyre on Saturday.",
    "Men armed with sticks assaulted protesters near the university gate in Rajshahi on Tuesday.",
    "Members of the student wing of the ruling party attacked and injured five demonstrators in Sylhet on Wednesday.",
    "Five marchers were injured when supporters of the governor attacked the procession in Kano on Sunday.",
    "Hired thugs attacked a sit-in of nurses outside the hospital in Mombasa on Friday.",
]


@pytest.mark.parametrize("text", DISRUPTED)
def test_a_protest_others_attack_is_one_with_intervention(extractor, text):
    assert _types(extractor, text) == [INTERVENTION]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Protesters attacked a police post in Kisii on Monday.", "Violent demonstration"),  # their own violence: a riot
    ("Police attacked the marchers near the bridge in Kisumu on Monday, wounding eleven.", FORCE),  # the state's
])
def test_the_protesters_own_attack_or_the_states_keeps_its_type(extractor, text, sub_event_type):
    assert _types(extractor, text) == [sub_event_type]


CLEARED = [
    ("Police cleared protesters from the square outside parliament in Tbilisi on Monday.", INTERVENTION),
    ("Riot police evicted a sit-in of farmers from the highway near Ludhiana on Friday.", INTERVENTION),
    ("Police drove demonstrators out of the central square in Minsk on Sunday.", INTERVENTION),
    ("Troops cleared a sit-in outside the state broadcaster in Bamako on Tuesday.", INTERVENTION),
    ("Police used tear gas to clear a protest camp near the parliament in Nairobi on Wednesday.", INTERVENTION),
    ("Riot police chased the marchers out of the city centre in Harare on Friday.", INTERVENTION),
    ("Soldiers cleared a protest camp outside the army headquarters in Khartoum on Monday, killing dozens.", FORCE),
    ("Security forces used live ammunition to clear the protest camp in Nasiriyah on Thursday.", FORCE),
]


@pytest.mark.parametrize(("text", "sub_event_type"), CLEARED)
def test_a_protest_cleared_is_broken_up(extractor, text, sub_event_type):
    assert _types(extractor, text) == [sub_event_type]


@pytest.mark.parametrize("text", [
    "Security forces used bulldozers and tear gas to clear two protest camps in Khartoum on Monday.",
    "Gendarmes cleared a protest site at the roundabout in Lome on Saturday.",
    "Soldiers cleared a protest camp outside the army headquarters in Khartoum on Monday, killing dozens.",
])
def test_a_protest_camp_cleared_changes_no_hands(extractor, text):
    result = extract(extractor, text, PUBLISHED)
    assert len(result.events) == 1 and result.events[0].sub_event_type in {INTERVENTION, FORCE}
    assert not result.control
