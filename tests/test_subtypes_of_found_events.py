"""The sub-event type of a happening the extractor finds (issues 18 and 13):

- a toll told in an attack on a post or in clashes stays a battle, a truck that hit a mine an IED;
- a weapon word in a phrase naming something else ("a gold mine", "a salt mine") is no weapon: raiding miners is no
  landmine attack;
- a killing told with an abduction ("abducted a chief and later killed him") is an attack, as ACLED codes the harm;
  an abduction alone, or one whose captives are freed, stays one."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import sub_event_types

IED, CLASH = "Remote explosive/landmine/IED", "Armed clash"
ATTACK, ABDUCTION, LOOTED = "Attack", "Abduction/forced disappearance", "Looting/property destruction"
_types = partial(sub_event_types, published=date(2024, 5, 15))

ROWS = [
    # a toll told in a battle stays a battle; one told with its weapon keeps the weapon's kind
    ("toll: attack-noun-stays-a-battle", "Nine soldiers were killed in an attack on their post near Djibo on Monday.",
     CLASH),
    ("toll: clashes", "Four soldiers were killed in clashes with jihadists near Djibo on Monday.", CLASH),
    ("toll: weapon-told", "Two soldiers were killed when their truck hit a mine near Djibo on Monday.", IED),
    # a weapon word naming a place is no weapon
    ("mine: gold-mine", "Gunmen attacked a gold mine near Kaya on Tuesday, killing nine miners.", ATTACK),
    ("mine: copper-mine", "Militiamen attacked a copper mine outside Kolwezi on Monday, killing four labourers.",
     ATTACK),
    ("mine: diamond-mine", "Gunmen stormed a diamond mine in Tshikapa on Sunday, killing three prospectors.", ATTACK),
    ("mine: jade-mine", "Armed men attacked a jade mine near Hpakant on Thursday, killing five workers.", ATTACK),
    ("mine: salt-mine", "Fighters raided a salt mine near Taoudeni on Friday, killing two traders.", ATTACK),
    ("mine: a gendarme", "Insurgents stormed a gold mine near Djibo on Monday, killing six miners and a gendarme.",
     CLASH),
    ("mine: looted", "Rebels looted a gold mine near Mambasa on Tuesday.", LOOTED),
    ("mine: landmine", "A mine exploded under a truck near Djibo on Monday, killing two soldiers.", IED),
    # a killing told with an abduction is an attack; an abduction alone, or its captives freed, stays one
    ("captives: later", "Gunmen abducted a village chief in Kaya on Monday and later killed him.", ATTACK),
    ("captives: executed", "Militants kidnapped two farmers near Tillaberi on Sunday and executed them.", ATTACK),
    ("captives: shot-dead", "Bandits abducted a trader in Katsina on Friday and shot him dead.", ATTACK),
    ("captives: seized-before", "Insurgents seized three aid workers near Mopti on Tuesday before beheading them.",
     ATTACK),
    ("captives: murdered", "Unknown gunmen kidnapped a teacher in Bamenda on Wednesday and murdered him.", ATTACK),
    ("captives: then", "Jihadists abducted the imam of Djibo on Thursday, then executed him outside the town.", ATTACK),
    ("captives: abduction-alone", "Gunmen abducted a village chief in Kaya on Monday.", ABDUCTION),
    ("captives: freed", "Gunmen abducted two nurses in Kaduna on Monday and released them on Friday.", ABDUCTION),
]


@pytest.mark.parametrize(("shape", "text", "sub_type"), ROWS, ids=[r[0] for r in ROWS])
def test_the_happening_found_has_the_sub_type_its_words_tell(extractor, shape, text, sub_type):
    assert _types(extractor, text) == [sub_type]
