"""Two readings as specification: a clause fronted by an in-phrase naming several towns tells its subject's happening
at each ("In A and B the marches ended peacefully": one protest per town, a definite noun so split being no reference
to one told before); a happening whose end is asked for ("called for an end to the fighting") is an aim, not told."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday

FRONTED_PLACES = [
    # (report, the places of its events, in order)
    pytest.param("In Kisumu and Eldoret the rallies passed off peacefully on Tuesday.", ["Kisumu", "Eldoret"],
                 id="rallies-passed-off"),
    pytest.param("In Lahore and Multan the marches ended without incident on Friday.", ["Lahore", "Multan"],
                 id="marches-ended"),
    pytest.param("In Bamenda and Buea the protests ended peacefully on Monday.", ["Bamenda", "Buea"],
                 id="protests-ended"),
    pytest.param("In Sfax and Gabes the sit-ins continued through the night on Saturday.", ["Sfax", "Gabès"],
                 id="sit-ins-continued"),
    pytest.param("In Mombasa and Malindi the marches went ahead peacefully on Thursday.", ["Mombasa", "Malindi"],
                 id="marches-went-ahead"),
]


@pytest.mark.parametrize(("text", "places"), FRONTED_PLACES)
def test_a_fronted_in_phrase_of_several_towns_places_one_happening_at_each(extractor, text, places):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.place.name if e.place else None) for e in events] == [
        ("Peaceful protest", p) for p in places]


ENDS_ASKED = [
    # (report, the sub-event types of its events, none with an actor 2)
    pytest.param("Thousands gathered in Cotonou on Sunday to call for an end to the clashes between soldiers and "
                 "rebels.", ["Peaceful protest"], id="call-for-an-end-to-clashes"),
    pytest.param("Protesters in Juba demanded an end to the clashes between the two factions on Monday.", [],
                 id="demanded-an-end-to-clashes"),
    pytest.param("Women marched in Bamako on Friday, urging an end to the attacks on villages in the centre.",
                 ["Peaceful protest"], id="urging-an-end-to-attacks"),
    pytest.param("Students rallied in Kaduna on Monday to press for an end to the kidnappings in the state.",
                 ["Peaceful protest"], id="press-for-an-end-to-kidnappings"),
    pytest.param("Relatives of the dead gathered in Mopti to plead for an end to the air strikes on their villages.",
                 [], id="plead-for-an-end-to-strikes"),
    pytest.param("Church leaders in Bangui appealed for an end to the killings of herders on Sunday.", [],
                 id="appealed-for-an-end-to-killings"),
]


@pytest.mark.parametrize(("text", "sub_event_types"), ENDS_ASKED)
def test_a_happening_whose_end_is_asked_for_is_not_told(extractor, text, sub_event_types):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.sub_event_type for e in events] == sub_event_types
    assert all(e.actor2 is None for e in events), [e.actor2 for e in events]


TOLD = [
    # (report, the sub-event type of its one event): an end brought, not asked for, leaves the happening told
    pytest.param("Fighting between the army and the rebels near Kidal ended on Monday after two days.", "Armed clash",
                 id="fighting-ended"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), TOLD)
def test_a_happening_that_ended_was_told(extractor, text, sub_event_type):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == [sub_event_type]
