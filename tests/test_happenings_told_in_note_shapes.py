"""Happenings told in the shapes coders' notes use, as specification: a protest named by what it was held as ("a
protest seminar", "joined a protest movement") is a protest; people who go, come or pour into the streets march; a
duel is a fight, and returning fire is fighting back; a weapon in a with-phrase the parser hung on a participle told
with the happening ("attacked a truck travelling on the road with mines") is its instrument, never one that says what
something is loaded with; a headline's passive the tagger read as active, its by-phrase kept ("Sit-in staged by
nurses ..., two detained"), tells what its subject names, done by the by-phrase; an officer of a force named by rank
and an of-phrase ("a superintendent of police") is one of that force, so killing one is fighting it; a saying verb
hung beside a clause with an object of its own ("..., rejecting the vote's result") says that object, not the clause;
and a capitalised modal inside a sentence is a name, not a modal ("4 May: teachers held a rally": the month)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import sub_event_types

PUBLISHED = date(2023, 6, 14)
PEACEFUL, CLASH, IED, ARRESTS = "Peaceful protest", "Armed clash", "Remote explosive/landmine/IED", "Arrests"

_types = partial(sub_event_types, published=PUBLISHED)

PROTEST_NAMED_BY_FORM = [
    ("Members of a farmers' union held a protest meeting outside the district office in Rajshahi.", [PEACEFUL]),
    ("Nurses in Kandy launched a protest campaign against the closure of the maternity ward.", [PEACEFUL]),
    ("Hundreds of traders joined a protest movement against the new market levy in Cotonou.", [PEACEFUL]),
    ("A students' association organised a protest seminar at the press club in Khulna over exam fees.", [PEACEFUL]),
    ("Opposition supporters staged a protest programme in front of the municipal hall in Sylhet.", [PEACEFUL]),
    ("Villagers held a protest gathering near the quarry at Matale to oppose its expansion.", [PEACEFUL]),
]

STREETS = [
    ("Secondary school teachers went to the streets of Porto-Novo to demand unpaid allowances.", [PEACEFUL]),
    ("Retired civil servants came to the streets in Parakou over their pensions.", [PEACEFUL]),
    ("Thousands of residents poured into the streets of Gondar to denounce the fuel shortage.", [PEACEFUL]),
    ("Market women hit the streets of Abomey on Monday against the new tax.", [PEACEFUL]),
    ("Health workers went out to the streets in Bobo-Dioulasso to call for better pay.", [PEACEFUL]),
]

FIGHTS = [
    ("Soldiers and Boko Haram fighters engaged in a gun duel near Bama for two hours.", [CLASH]),
    ("Police fought a long duel with armed robbers at Okene.", [CLASH]),
    ("Soldiers manning the checkpoint at Mubi returned fire.", [CLASH]),
    ("Border guards returned fire on the smugglers near Torkham.", [CLASH]),
    ("Soldiers at the post in Kunduz returned fire for an hour.", [CLASH]),
    ("Policemen guarding the bank in Kano returned fire at the robbers.", [CLASH]),
]

WEAPON_ON_PARTICIPLE = [
    ("The KIA attacked an army convoy moving along the highway near Bhamo with landmines.", [IED]),
    ("PDF fighters attacked a police van travelling on the road to Kalay with mines.", [IED]),
    ("Insurgents ambushed a supply truck heading towards Mansehra with IEDs.", [IED]),
    ("A local resistance group attacked the military column passing through with roadside bombs.", [IED]),
    ("Rebels struck a fuel tanker crossing the bridge at Hpakant with an improvised explosive device.", [IED]),
]

HEADLINE_PASSIVE = [
    ("Sit-in staged by nurses demanding unpaid wages, two organisers detained afterwards", [PEACEFUL, ARRESTS]),
    ("Vigil staged by mothers demanding news of sons held by the army, activist detained for filming vigil",
     [PEACEFUL, ARRESTS]),
    ("Strike staged by dock workers demanding pay owed by the port authority", [PEACEFUL]),
    ("Protest staged by students demanding fees refunded by the university, lecturer suspended for joining protest",
     [PEACEFUL]),
    ("Rally held by opposition supporters in Harare over fuel prices", [PEACEFUL]),
    ("Demonstration organised by farmers demanding irrigation water promised by the district", [PEACEFUL]),
]

OFFICER_OF_A_FORCE = [
    ("A sub-inspector of the Hyderabad police was shot dead by unknown assailants in Hyderabad.", [CLASH]),
    ("Unidentified gunmen killed the assistant superintendent of police in Katsina-Ala.", [CLASH]),
    ("Gunmen ambushed and killed an inspector of the gendarmerie near Fada N'Gourma.", [CLASH]),
    ("Unknown assailants shot dead a captain of the army in Mogadishu.", [CLASH]),
    ("A sergeant of the national police was wounded by gunmen in Kidal.", [CLASH]),
    ("Unidentified gunmen shot a police superintendent in Jos.", [CLASH]),
]

ASIDE_WITH_OBJECT = [
    ("On 3 March, some 300 members of the party staged a rally in Comilla, rejecting the election result.", [PEACEFUL]),
    ("Garment workers held a demonstration in Gazipur, denying the factory owners' account of the layoffs.",
     [PEACEFUL]),
    ("Farmers staged a march in Dinajpur, dismissing the ministry's price offer.", [PEACEFUL]),
    ("Students held a protest in Dhaka on Tuesday, rejecting the new fee structure.", [PEACEFUL]),
    ("Lawyers held a human chain in front of the court in Bogura, refuting the charges against their colleague.",
     [PEACEFUL]),
]

MONTH_READ_AS_MODAL = [
    ("4 May: In Oromia region, Adama town, nurses held a demonstration demanding back pay.", [PEACEFUL]),
    ("17 May: Students held a rally in Bahir Dar against the exam schedule.", [PEACEFUL]),
    ("On 2 May: teachers staged a protest in Hawassa demanding housing.", [PEACEFUL]),
    ("22 May: In Tigray region, Mekelle town, drivers held a demonstration over fuel prices.", [PEACEFUL]),
    ("9 May: Traders held a sit-in in Dire Dawa against new market fees.", [PEACEFUL]),
    # a modal written small still makes a happening unreal
    ("Teachers may hold a demonstration in Adama next week.", []),
]


@pytest.mark.parametrize(("text", "types"), PROTEST_NAMED_BY_FORM)
def test_a_protest_named_by_what_it_was_held_as_is_a_protest(extractor, text, types):
    assert _types(extractor, text) == types


@pytest.mark.parametrize(("text", "types"), STREETS)
def test_people_going_into_the_streets_protest(extractor, text, types):
    assert _types(extractor, text) == types


@pytest.mark.parametrize(("text", "types"), FIGHTS)
def test_a_duel_and_returned_fire_are_fights(extractor, text, types):
    assert _types(extractor, text) == types


@pytest.mark.parametrize(("text", "types"), WEAPON_ON_PARTICIPLE)
def test_a_weapon_hung_on_a_participle_is_the_instrument(extractor, text, types):
    assert _types(extractor, text) == types


@pytest.mark.parametrize(("text", "types"), HEADLINE_PASSIVE)
def test_a_headline_passive_read_as_active_keeps_its_doer(extractor, text, types):
    assert _types(extractor, text) == types


@pytest.mark.parametrize(("text", "types"), OFFICER_OF_A_FORCE)
def test_an_officer_of_a_force_is_one_of_it(extractor, text, types):
    assert _types(extractor, text) == types


@pytest.mark.parametrize(("text", "types"), ASIDE_WITH_OBJECT)
def test_a_denial_with_its_own_object_denies_no_happening(extractor, text, types):
    assert _types(extractor, text) == types


@pytest.mark.parametrize(("text", "types"), MONTH_READ_AS_MODAL)
def test_a_month_is_no_modal(extractor, text, types):
    assert _types(extractor, text) == types
