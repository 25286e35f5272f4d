"""Return fire is the same clash (issue 18): the attacked side that "returned fire", "fired back", "repelled the
attackers", "fought them off" or "engaged them", in the sentence of the attack or the next, fights the battle the attack
began: one armed clash, never a second event, and never mob violence by rioters nobody names. A crowd label's actor 1
is its crowd (acled_taxonomy.yaml `crowd`), so state forces or members of a force alone never open it
(data/frame_table.yaml: `unless: {agent: [state, one_of_a_force]}` on the open MOB_VIOL candidates)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2025, 9, 12)  # a Friday
SATURDAY, SUNDAY, MONDAY, WEDNESDAY, THURSDAY = (date(2025, 9, d) for d in (6, 7, 8, 10, 11))
CLASH = "Armed clash"

RETURNED_FIRE = [
    ("Bandits stormed a police post near Gusau on Sunday, and the officers fired back, killing four of them.",
     "Gusau", SUNDAY),
    ("Al-Shabaab fighters ambushed an army convoy near Beledweyne on Monday; the soldiers returned fire and killed six "
     "militants.", "Beledweyne", MONDAY),
    ("Suspected ADF rebels raided a military camp outside Beni on Wednesday. The troops repelled the attackers, "
     "killing two.", "Beni", WEDNESDAY),
    ("Jihadists attacked a gendarmerie post in Djibo on Thursday, but gendarmes fought them off.", "Djibo", THURSDAY),
    ("Unknown gunmen opened fire on a patrol in Kidal on Saturday and the soldiers engaged them.", "Kidal", SATURDAY),
    ("Armed men raided a police station in Zaria on Sunday and officers returned fire, killing two of the raiders.",
     "Zaria", SUNDAY),
]


@pytest.mark.parametrize(("text", "place", "day"), RETURNED_FIRE)
def test_return_fire_is_the_clash_the_attack_began(extractor, text, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [(CLASH, place, day)]
    assert not any(a is not None and a.name.startswith("Rioters") for e in events for a in (e.actor1, e.actor2))
