"""Three boundaries of the protest family, as specification. Force that the state's forces use on rioters (a crowd the
words type by its own violence: rioters, looters, youths) answers a riot: a violent demonstration, whatever it kills,
for ACLED's excessive force is force on a peaceful protest (data/frame_table.yaml, `force_on_protest`). A protest
called, announced or set for a day ("called a rally for Friday") is a plan: no event until it is held (`scheduling` in
data/en/modality.yaml). Shots fired in the air to disperse a crowd, nobody told hurt, break a protest up: intervention,
never excessive force, whatever a denied rumour of shootings says (the `disperse` class opens excessive force to the
typer only where harm is told)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 3, 6)  # a Wednesday
RIOT, FORCE, PEACEFUL = "Violent demonstration", "Excessive force against protesters", "Peaceful protest"

FORCE_ON_A_RIOT = [
    ("On Monday, police shot dead five rioters who tried to storm the governor's office in Kano.", "Kano"),
    ("On Sunday, soldiers killed three rioters who were looting shops in Blantyre.", "Blantyre"),
    ("Police killed two looters in Durban on Monday as crowds burned a shopping mall.", "Durban"),
    ("Officials said on Thursday that police had shot dead dozens of rioters who attacked police posts in Bishkek.",
     "Bishkek"),
    ("Security forces shot and wounded several rioters in Bujumbura on Friday.", "Bujumbura"),
    ("On Monday, riot police wounded four looters outside a warehouse in Lilongwe.", "Lilongwe"),
    ("On Monday, police opened fire on stone-throwing youths in Conakry, killing two.", "Conakry"),
]

FORCE_ON_A_PEACEFUL_PROTEST = [
    "On Monday, police shot two protesters dead during a march in Lusaka.",
    "On Monday, soldiers wounded ten demonstrators at a sit-in in Khartoum.",
]


@pytest.mark.parametrize(("text", "place"), FORCE_ON_A_RIOT, ids=[p for _, p in FORCE_ON_A_RIOT])
def test_force_on_rioters_is_the_riot(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.place.name if e.place else None) for e in events] == [(RIOT, place)]


@pytest.mark.parametrize("text", FORCE_ON_A_PEACEFUL_PROTEST, ids=["killed", "wounded"])
def test_force_on_a_protest_with_no_violence_told_stays_excessive(extractor, text):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == [FORCE]


PROTESTS_CALLED = [
    "The opposition has called a rally in Abuja for Friday.",
    "Union leaders called a general strike in Lagos for next Monday.",
    "Student groups have announced a march in Dhaka for Thursday.",
    "The party has called a demonstration in Lusaka for Saturday, which the police have banned.",
    "Traders have announced a sit-in at the central market in Kumasi for Friday.",
    "Unions called a general strike in Accra for 1 May.",
]

HELD_OR_LASTING = [
    ("The opposition held a rally in Abuja on Friday.", [PEACEFUL]),
    ("On Monday, protesters marched in Lagos for the third week running.", [PEACEFUL]),
    ("The rebels fought the army near Goma for three days.", ["Armed clash"]),
]


@pytest.mark.parametrize("text", PROTESTS_CALLED, ids=["rally", "strike-next", "march", "banned", "sit-in", "date"])
def test_a_protest_set_for_a_day_is_no_event(extractor, text):
    assert extract(extractor, text, PUBLISHED).events == []


@pytest.mark.parametrize(("text", "sub_event_types"), HELD_OR_LASTING, ids=["held", "weeks", "span"])
def test_a_protest_held_or_a_span_is_still_told(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types


WARNING_SHOTS = [
    ("On Tuesday, residents blocked a highway in Kisumu. The police said its men shot into the air to disperse them "
     "and rejected claims that two marchers had been shot.", "Kisumu"),
    ("On Monday, farmers blocked the main road into Multan. The police said they fired in the air to break them up, "
     "but denied that any protester had been shot.", "Multan"),
    ("On Monday, motorcycle taxi drivers blocked a bridge in Douala. Officers fired shots into the air to disperse "
     "them, but police denied that any protester had been shot.", "Douala"),
    ("On Monday, miners blocked the road to the mine in Rustenburg. Police said they shot into the air to disperse "
     "them and denied that protesters had been shot.", "Rustenburg"),
    ("On Monday, nurses blocked the entrance of the health ministry in Lilongwe. Police fired into the air to break "
     "them up and denied that protesters had been shot.", "Lilongwe"),
    ("On Thursday, teachers blocked the gate of the education office in Gulu. Police fired into the air to disperse "
     "them and denied that protesters had been shot.", "Gulu"),
    ("On Saturday, herders blocked a bridge in Kaolack. Gendarmes said they fired into the air to disperse them but "
     "denied that any protester had been hit.", "Kaolack"),
]


@pytest.mark.parametrize(("text", "place"), WARNING_SHOTS, ids=[p for _, p in WARNING_SHOTS])
def test_warning_shots_that_hurt_nobody_are_an_intervention(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.place.name if e.place else None) for e in events] == [
        ("Protest with intervention", place)]
