"""Changes of hands told by who was driven out or who moved in (issue 18), as specification: a side "driven from" a
place lost it and the side driving it holds it, in either voice; a side that "moved in" after another withdrew, in the
same sentence or the next, took the place the other left. Each table has rows that must not give the claim; driving
the unarmed from a place (a flight) takes nothing. Every sentence is written for this file."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims

PUBLISHED = date(2024, 5, 13)


_claims = partial(control_claims, published=PUBLISHED)  # (holder, place, status) of one text


DRIVEN_FROM = [  # (shape, text, the side driven out loses the place, the side driving holds it)
    ("active, dated", "Sudanese troops drove RSF fighters from Omdurman on Tuesday.",
     ("Rapid Support Forces", "Omdurman", "lost"), ("Military Forces of Sudan", "Omdurman", "controls")),
    ("active, said", "Iraqi forces drove Islamic State fighters from Ramadi, the army said.",
     ("Islamic State", "Ramadi", "lost"), ("Military Forces of Iraq", "Ramadi", "controls")),
    ("past perfect", "Congolese soldiers had driven M23 fighters from Rutshuru by Friday.",
     ("M23", "Rutshuru", "lost"), ("Military Forces of the Democratic Republic of Congo", "Rutshuru", "controls")),
    ("present perfect, said", "Ukrainian units have driven Russian forces from Kupiansk, the general staff said.",
     ("Military Forces of Russia", "Kupyansk", "lost"), ("Military Forces of Ukraine", "Kupyansk", "controls")),
    ("passive with a by-phrase", "Al-Shabaab militants were driven from Jowhar by Somali troops on Sunday.",
     ("al-Shabaab", "Jawhar", "lost"), ("Military Forces of Somalia", "Jawhar", "controls")),
    ("after an entry", "The army said its soldiers had entered Beledweyne and driven al-Shabaab from the town.",
     ("al-Shabaab", "Beledweyne", "lost"), ("Military Forces of Somalia", "Beledweyne", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "lost", "taken"), DRIVEN_FROM, ids=[r[0] for r in DRIVEN_FROM])
def test_a_side_driven_from_a_place_loses_it_to_the_side_driving_it(extractor, shape, text, lost, taken):
    claims = _claims(extractor, text)
    assert lost in claims
    assert taken in claims


NOT_DRIVEN = [
    ("a journey", "The UN convoy drove from Goma to Bukavu on Monday."),
    ("a distance driven", "Aid workers drove from Jowhar for three hours to reach the camp."),
    ("villagers driven out by fighting", "Clashes between rival militias drove thousands of villagers from Djugu."),
]


@pytest.mark.parametrize(("shape", "text"), NOT_DRIVEN, ids=[r[0] for r in NOT_DRIVEN])
def test_driving_from_a_place_changes_no_hands(extractor, shape, text):
    assert not _claims(extractor, text)


MOVED_IN = [  # (shape, text, the side that moved in holds the place the other left)
    ("one sentence, and", "Al-Shabaab fighters pulled out of Beledweyne on Saturday night and Somali troops moved "
     "in on Sunday.",
     ("Military Forces of Somalia", "Beledweyne", "controls")),
    ("one sentence, hours later", "The rebels withdrew from Goma on Friday, and Congolese soldiers moved in hours "
     "later.",
     ("Military Forces of the Democratic Republic of Congo", "Goma", "controls")),
    ("semicolon, abandoned", "The militants abandoned Marawi on Sunday; Philippine army units moved in behind them.",
     ("Military Forces of the Philippines", "Marawi City", "controls")),
    ("the next sentence", "Russian forces retreated from Kherson on Friday. Ukrainian troops moved in on Saturday.",
     ("Military Forces of Ukraine", "Kherson", "controls")),
    ("unopposed, evacuated", "Houthi fighters evacuated Hays before dawn, and Yemeni government forces moved in "
     "unopposed.", ("Military Forces of Yemen", "Ḩays", "controls")),  # the Yemeni town, not the namesake abroad
]


@pytest.mark.parametrize(("shape", "text", "claim"), MOVED_IN, ids=[r[0] for r in MOVED_IN])
def test_a_side_moving_in_after_another_withdrew_takes_the_place_left(extractor, shape, text, claim):
    assert claim in _claims(extractor, text)


NOT_MOVED_IN = [  # no retreat told before it: nobody's place is taken
    ("no retreat", "Somali troops moved in on Tuesday, officials said."),
    ("a retreat told after it", "Somali troops moved in on Tuesday after a week of fighting near Beledweyne."),
]


@pytest.mark.parametrize(("shape", "text"), NOT_MOVED_IN, ids=[r[0] for r in NOT_MOVED_IN])
def test_moving_in_with_no_place_left_takes_nothing(extractor, shape, text):
    assert not {c for c in _claims(extractor, text) if c[2] == "controls"}
