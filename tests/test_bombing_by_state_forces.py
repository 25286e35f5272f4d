"""A state's forces that bomb, with no other weapon named, bomb from the air: an air strike, never a roadside bomb
(issue 18; data/frame_table.yaml, class `bomb`). Armed groups that bomb set off explosives, and a shell or a grenade
named keeps its own code; a mine, an IED or a roadside bomb is laid in wait, a blast whoever laid it (issue 13)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 15)  # a Wednesday
AIR_STRIKE, BLAST = "Air/drone strike", "Remote explosive/landmine/IED"

BOMBED_BY_THE_STATE = [
    pytest.param("Sudan's army bombed a market in Nyala on Monday, killing 15 people.",
                 "Military Forces of Sudan", "Nyala", date(2024, 5, 13), id="army-market-toll"),
    pytest.param("The Ethiopian military bombed a village near Mekele on Tuesday.",
                 "Military Forces of Ethiopia", "Mek'ele", date(2024, 5, 14), id="military-village"),
    pytest.param("Government forces bombed rebel positions outside Idlib on Wednesday.",
                 "Military Forces of Syria", "Idlib", date(2024, 5, 15), id="forces-positions"),
    pytest.param("Yemeni government forces bombed Houthi fighters near Marib on Saturday.",
                 "Military Forces of Yemen", "Ma'rib", date(2024, 5, 11), id="forces-fighters"),
    pytest.param("Nigerian troops bombed insurgent hideouts near Bama on Thursday.",
                 "Military Forces of Nigeria", "Bama", date(2024, 5, 9), id="troops-hideouts"),
]


@pytest.mark.parametrize(("text", "actor1", "place", "day"), BOMBED_BY_THE_STATE)
def test_state_forces_that_bomb_strike_from_the_air(extractor, text, actor1, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None, *place_and_day(e)) for e in events] == [
        (AIR_STRIKE, actor1, place, day)]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    pytest.param("Militants bombed a police post in Quetta on Sunday.", BLAST, id="armed-group-blast"),
    pytest.param("A fighter jet dropped bombs on a crowd in Kanbalu on Tuesday.", AIR_STRIKE, id="aircraft-named"),
    pytest.param("Troops bombed the village of Kobo with mortar shells on Monday.",
                 "Shelling/artillery/missile attack", id="state-shells-named"),
    # an explosive laid in wait (a landmine, a mine, an IED, a roadside bomb) is never dropped from the air, whoever
    # laid it: a blast, as ACLED codes a mine a state's forces planted (data/en/weapons.yaml `emplaced`)
    pytest.param("A herder stepped on an anti-personnel mine planted by junta soldiers near Hpapun on Monday.", BLAST,
                 id="stepped-on-junta-mine"),
    pytest.param("A schoolgirl stepped on a mine planted by government soldiers outside Mindat on Tuesday.", BLAST,
                 id="stepped-on-soldiers-mine"),
    pytest.param("Junta troops planted landmines around the school in Kani on Friday.", BLAST, id="state-landmines"),
    pytest.param("Soldiers planted a roadside bomb beside a rebel camp outside Kalay on Thursday.", BLAST,
                 id="soldiers-roadside-bomb"),
    pytest.param("The military detonated an IED under a rebel truck near Hpakant on Sunday.", BLAST, id="military-ied"),
])
def test_other_bombings_keep_their_weapon(extractor, text, sub_event_type):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == [sub_event_type]


@pytest.mark.parametrize("text", [
    pytest.param("Soldiers blew up a bridge over the Dnipro near Kherson on Monday.", id="bridge"),
    pytest.param("Police said the army had blown up the depot in Goma on Sunday.", id="depot-told-by-police"),
])
def test_what_the_state_blows_up_is_no_air_strike(extractor, text):
    assert AIR_STRIKE not in [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events]

