"""A regain tells its loser (issue 18), as specification: the state's side that takes a place back from the side it
fought (the event's actor 2: "retook X after clashes with Y", "was in full control of X following battles with Y")
holds it, and that side lost it (acled_taxonomy.yaml `loser`, control.py `losses`); an attack beaten back changes no
hands: the defender keeps the place and the attacker neither takes nor loses it."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims

PUBLISHED = date(2024, 5, 13)

_claims = partial(control_claims, published=PUBLISHED)

REGAINED = [  # (shape, text, the taker's hold, the loser's loss)
    ("active, after clashes", "Malian soldiers regained control of Gao on Sunday after clashes with the jihadists.",
     ("Military Forces of Mali", "Gao", "controls"), ("Unidentified Armed Group (Mali)", "Gao", "lost")),
    ("active, following battles", "Iraqi forces recaptured Tikrit on Tuesday following fierce battles with Islamic "
     "State fighters.", ("Military Forces of Iraq", "Tikrīt", "controls"), ("Islamic State", "Tikrīt", "lost")),
    ("passive", "Kunduz was recaptured by Afghan soldiers on Saturday after heavy fighting with the Taliban.",
     ("Military Forces of Afghanistan", "Kunduz", "controls"), ("Taliban", "Kunduz", "lost")),
    ("copular, fronted phrase", "After two days of battles with Houthi fighters, Yemeni government forces were in "
     "total control of Hazm on Sunday.", ("Military Forces of Yemen", "Al Ḩazm", "controls"),
     ("Houthis", "Al Ḩazm", "lost")),
    ("copular, back in control", "Congolese troops were back in control of Bunia on Monday following clashes with "
     "CODECO militiamen.", ("Military Forces of the Democratic Republic of Congo", "Bunia", "controls"),
     ("CODECO: Cooperative for Development of Congo", "Bunia", "lost")),
]

REPULSED = [  # (shape, text, the defender's hold, the attacker)
    ("repulsed an attack on", "Burkinabe soldiers repulsed an attack by JNIM fighters on Djibo on Friday.",
     ("Military Forces of Burkina Faso", "Djibo", "controls"), "JNIM"),
    ("beat back an assault on", "Government forces beat back an assault by the RSF on El Obeid on Saturday.",
     ("Military Forces of Sudan", "El Obeid", "controls"), "Rapid Support Forces"),
]


@pytest.mark.parametrize(("shape", "text", "held", "lost"), REGAINED, ids=[r[0] for r in REGAINED])
def test_a_regain_gives_the_taker_the_place_and_its_loser_the_loss(extractor, shape, text, held, lost):
    claims = _claims(extractor, text)
    assert held in claims and lost in claims, shape


@pytest.mark.parametrize(("shape", "text", "held", "attacker"), REPULSED, ids=[r[0] for r in REPULSED])
def test_an_attack_beaten_back_changes_no_hands(extractor, shape, text, held, attacker):
    claims = _claims(extractor, text)
    assert held in claims, shape
    assert not [c for c in claims if c[0] == attacker or c[2] == "lost"], shape
