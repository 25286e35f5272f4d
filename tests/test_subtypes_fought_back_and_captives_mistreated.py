"""Sub-event types the rest of a report decides (issues 18 and 13; data/frame_table.yaml `fought_back` and
`captives_mistreated`, data/en/arguments.yaml `fought_back` and `mistreated`):

- an attack or a shooting of a place, a post or a vehicle whose report tells the side attacked fought back (repelled,
  repulsed, fought back, fought off, returned fire) became a battle: ACLED codes an armed clash, not an attack on
  civilians; an attack told without it stays one, and so does one whose words tell people harmed (aid workers killed
  before soldiers repelled the gunmen: test_subtype_decisions.py);
- people arrested or abducted whom the report tells mistreated (tortured, beaten, flogged, mistreated, violently
  arrested), in the same sentence or the next, suffered the attack ACLED codes; an arrest or an abduction told without
  it stays one, and so does an arrest in a report of a protest (the protest's)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
CLASH, ATTACK = "Armed clash", "Attack"
ARRESTS, ABDUCTION, PROTEST = "Arrests", "Abduction/forced disappearance", "Peaceful protest"

FOUGHT_BACK = {  # id: (text, a part of the place's name, or None)
    "bus-escort-returned-fire": ("Gunmen attacked a bus near Marsabit on Thursday; the police escort returned fire and "
                                 "the attackers fled.", "Marsabit"),
    "village-repelled": ("Bandits stormed the village of Gidan Bawa on Saturday night before vigilantes repelled them.",
                         None),
    "camp-repulsed-next-sentence": ("Raiders opened fire on a cattle camp outside Rumbek on Sunday. Youths "
                                    "guarding the camp repulsed the raiders.", "Rumbek"),
    "church-fought-off": ("Suspected insurgents attacked a church in Mubi on Sunday evening, but local hunters fought "
                          "them off.", "Mubi"),
    "ferry-guards-fought-back": ("Militants fired on a ferry crossing the river near Sittwe on Tuesday; the boat's "
                                 "guards fought back.", "Sittwe"),
}


@pytest.mark.parametrize(("text", "town"), FOUGHT_BACK.values(), ids=FOUGHT_BACK.keys())
def test_an_attack_its_targets_fought_back_is_a_battle_of_its_attackers(extractor, text, town):
    events = extract(extractor, text, PUBLISHED).events
    assert ATTACK not in [e.sub_event_type for e in events]
    clash = next(e for e in events if e.sub_event_type == CLASH)
    assert clash.actor1 is not None and clash.actor1.name.startswith("Unidentified Armed Group")
    assert town is None or town in (clash.place.name if clash.place else "")


MISTREATED = {  # id: text
    "tortured-next-sentence": "Police in Kisumu arrested a journalist on Tuesday. He was tortured while in custody, "
                              "his lawyer said.",
    "violently-arrested": "A student leader was violently arrested by gendarmes in Lome on Saturday.",
    "flogged-captives": "Militiamen kidnapped four miners near Walikale on Friday and flogged them.",
    "mistreated-in-cells": "Intelligence agents detained a blogger in Harare on Thursday; relatives said he was "
                           "mistreated in their cells.",
    "beaten-abductees": "Gunmen abducted two traders on the road to Kidal on Monday and beat them badly, a relative "
                        "said.",
}


@pytest.mark.parametrize("text", MISTREATED.values(), ids=MISTREATED.keys())
def test_captives_told_mistreated_suffered_an_attack(extractor, text):
    assert {e.sub_event_type for e in extract(extractor, text, PUBLISHED).events} == {ATTACK}


UNHARMED = {  # id: (text, its sub-event types)
    "attack-alone": ("Gunmen attacked the village of Tondibi on Monday, killing four residents.", [ATTACK]),
    "people-killed-then-repelled": ("Raiders killed two fishermen on the lake near Kalemie on Friday before soldiers "
                                    "repelled them.", [ATTACK]),
    "arrest-alone": ("Police arrested twelve traders in Harare on Monday for breaking the curfew.", [ARRESTS]),
    "abduction-alone": ("Gunmen abducted six passengers on the Kaduna road on Tuesday.", [ABDUCTION]),
    "protest-answering-arrests": ("Protesters in Accra marched on Friday after police arrested and beat five "
                                  "activists.", [PROTEST]),
}


@pytest.mark.parametrize(("text", "types"), UNHARMED.values(), ids=UNHARMED.keys())
def test_what_no_fight_back_nor_mistreatment_tells_keeps_its_sub_type(extractor, text, types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == types
