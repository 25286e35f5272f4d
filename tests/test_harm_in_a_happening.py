"""Harm told of its victims with the happening in a phrase ("died in an ambush", "lost their lives during an
assault", "were wounded in a raid"), as specification: the happening's noun names the event, its toll is the
victims' count, its target the victims, its doer the noun's own by-phrase."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday

HAPPENING_OF_THE_HARMED = [
    # (report, sub-event type of its one event, its death toll, actor 1's name starts with, actor 2's)
    pytest.param("Three border guards died in an ambush outside Dori on Thursday.",
                 "Armed clash", 3, "Unidentified Armed Group", "Military Forces", id="died-in-ambush"),
    pytest.param("Six gendarmes lost their lives in an ambush near Djibo on Friday.",
                 "Armed clash", 6, "Unidentified Armed Group", "Police Forces", id="lost-lives-in-ambush"),
    pytest.param("Seven pilgrims lost their lives in an attack near Bunia on Sunday.",
                 "Attack", 7, "Unidentified Armed Group", "Civilians", id="lost-lives-in-attack"),
    pytest.param("Twenty passengers died in an ambush on a bus near Bambari on Saturday.",
                 "Attack", 20, "Unidentified Armed Group", "Civilians", id="died-in-ambush-on-bus"),
    pytest.param("Three aid workers lost their lives during an assault on a convoy near Kutum on Thursday.",
                 "Attack", 3, "Unidentified Armed Group", "Civilians", id="lost-lives-during-assault"),
    pytest.param("Two nurses were wounded in a raid near Kalehe on Monday.",
                 "Attack", None, "Unidentified Armed Group", None, id="wounded-in-raid"),
    pytest.param("Five fishermen perished in a raid by pirates near Eyl on Saturday.",
                 "Attack", 5, "Pirates", "Civilians", id="perished-in-raid-by"),
    pytest.param("Two shopkeepers were hurt in a raid by soldiers on the market in Pibor on Monday.",
                 "Attack", None, "Military Forces", "Civilians", id="hurt-in-raid-by"),
    pytest.param("Two soldiers died in an ambush by jihadists near Menaka on Monday.",
                 "Armed clash", 2, "Unidentified Armed Group", "Military Forces of Mali", id="died-in-ambush-by"),
    pytest.param("A journalist and his driver died in a drone strike near Khan Younis on Tuesday.",
                 "Air/drone strike", 2, None, "Civilians", id="died-in-drone-strike"),
    pytest.param("Five farmers were injured amid shelling of Nikopol on Friday.",
                 "Shelling/artillery/missile attack", None, None, "Civilians", id="injured-amid-shelling"),
]

# harm told in the passive during an operation of forces its by-phrase names, the operation's own or its participle's
# (issue 18: the state left out): (report, death toll, the operation's forces, its target)
OPERATIONS_BY = [
    ("Two militants were killed during a search operation by the army near Quetta on Monday.", 2,
     "Military Forces of Pakistan", "Unidentified Armed Group"),
    ("Four PKK militants were killed in operations carried out by soldiers in Sirnak on Sunday.", 4,
     "Military Forces of Turkey", "Kurdistan Workers"),
    ("Three bandits were shot dead in a sweep by police near Tsafe on Friday.", 3,
     "Police Forces of Nigeria", "Unidentified Armed Group"),
    ("Five rebels were wounded during a raid conducted by soldiers near Beni on Thursday.", None,
     "Military Forces of the Democratic", "Unidentified Armed Group"),
    ("Six insurgents were killed in an operation by security forces near Mocimboa da Praia on Tuesday.", 6,
     "Military Forces of Mozambique", "Unidentified Armed Group"),
    ("Two kidnappers were shot dead during a manhunt by police near Lokoja on Saturday.", 2,
     "Police Forces of Nigeria", "Unidentified Armed Group"),
    ("Three Ansar Dine fighters were killed during a patrol by soldiers near Tessalit on Monday.", 3,
     "Military Forces of Mali", "Ansar Dine"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "toll", "actor1", "actor2"), [
    *HAPPENING_OF_THE_HARMED, *((text, "Armed clash", *rest) for text, *rest in OPERATIONS_BY)])
def test_the_happening_the_harmed_suffered_is_the_event(extractor, text, sub_event_type, toll, actor1, actor2):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities_low) for e in events] == [(sub_event_type, toll)]
    names = [a.name if a is not None else None for a in (events[0].actor1, events[0].actor2)]
    for name, start in zip(names, (actor1, actor2), strict=True):
        assert name is None if start is None else (name or "").startswith(start), names


KEPT = [
    # (report, sub-event type of its one event, its death toll, actor 2's name starts with)
    pytest.param("Nine civilians were killed in a bombing at a bus stop in Mazar-i-Sharif on Monday.",
                 "Remote explosive/landmine/IED", 9, "Civilians", id="passive-killed-in-bombing"),
    pytest.param("Two soldiers were killed in clashes with rebels near Rutshuru on Monday.",
                 "Armed clash", 2, "Unidentified Armed Group", id="clash-keeps-its-sides"),
    pytest.param("Nine soldiers lost their lives in fighting with insurgents near Mueda on Monday.",
                 "Armed clash", 9, "Unidentified Armed Group", id="fighting-keeps-its-sides"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "toll", "actor2"), KEPT)
def test_a_passive_killing_and_a_fight_keep_their_reading(extractor, text, sub_event_type, toll, actor2):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities_low) for e in events] == [(sub_event_type, toll)]
    assert events[0].actor2 is not None and events[0].actor2.name.startswith(actor2)


NO_HAPPENING = [
    pytest.param("Eight pupils died in a fire at their dormitory in Mzuzu on Sunday.", id="fire"),
    pytest.param("Five migrants died in a boat accident off Lampedusa on Sunday.", id="accident"),
    pytest.param("A teacher died of his wounds in Kananga on Friday.", id="of-wounds"),
    pytest.param("Two more miners lost their lives in hospital in Kolwezi on Tuesday.", id="lost-lives-in-hospital"),
]


@pytest.mark.parametrize("text", NO_HAPPENING)
def test_a_death_in_no_happening_is_no_event(extractor, text):
    assert extract(extractor, text, PUBLISHED).events == []
