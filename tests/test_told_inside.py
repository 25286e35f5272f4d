"""A side told inside a place (issue 18): a copula with an inside-phrase or the noun of a place's middle ("the rebels
say they are inside X", "in the heart of X") is a claimed taking of X; a fight told going on in its sentence or the
next, or the defenders told still holding part of X, leave it a contest, no taking."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)
TAKINGS = {"Government regains territory", "Non-state actor overtakes territory"}

WON = [
    # data/en/predicates.yaml `inside` (a copula with its complement), frames/copular.yaml, frame_table.yaml `won`
    ("say they are inside", "M23 rebels say they are inside Kanyabayonga.", ("M23", "Kanyobagonga")),
    ("in the heart of, claimed", "JNIM fighters were in the heart of Menaka on Monday, the group claimed.",
     ("JNIM", "Ménaka")),
    ("now inside, state forces, said", "Ethiopian troops are now inside Adigrat, the government said.",
     ("Military Forces of Ethiopia", "Ādīgrat")),
    ("inside, a spokesman said", "Sudanese army soldiers are inside Wad Madani, a military spokesman said.",
     ("Military Forces of Sudan", "Wad Medani")),
    ("says its fighters are in the centre of", "Al-Shabaab says its fighters are in the centre of Beledweyne.",
     ("al-Shabaab", "Beledweyne")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), WON, ids=[r[0] for r in WON])
def test_a_side_told_inside_a_place_took_it(extractor, shape, text, claim):
    result = extract(extractor, text, PUBLISHED)
    assert (*claim, "controls") in {(c.actor.name, c.place.name, c.status.value) for c in result.control}
    assert {(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in result.events} & {
        (t, claim[0]) for t in TAKINGS}


FOUGHT = [
    # frame_table.yaml `fights` told going on (context.py `going_on`) in its sentence or the next, or another side's
    # share of the place then (control.py `_left_to`)
    ("but fighting continues", "RSF fighters say they are inside El Fasher, but fighting continues in the city.",
     ("Rapid Support Forces", "El Fasher")),
    ("where clashes are still going on", "Houthi fighters are inside Marib, where clashes with government forces are "
     "still going on.", ("Houthis", "Ma'rib")),
    ("next sentence, still raging", "TPLF fighters said they were in the centre of Alamata. Fighting was still raging "
     "in the town on Sunday.", ("Tigray People's Liberation Front", "Alamata")),
    ("defenders still hold parts, said", "Kachin Independence Army fighters are inside Bhamo, but Myanmar troops still "
     "hold parts of the town, residents said.", ("KIA: Kachin Independence Army", "Bhamo")),
    ("next sentence, still control parts", "Houthi fighters say they are in the centre of Taiz. The government says "
     "its forces still control parts of the city.", ("Houthis", "Taiz")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), FOUGHT, ids=[r[0] for r in FOUGHT])
def test_a_side_inside_a_place_still_fought_for_contests_it(extractor, shape, text, claim):
    result = extract(extractor, text, PUBLISHED)
    assert not {e.sub_event_type for e in result.events} & TAKINGS
    assert (*claim, "contested") in {(c.actor.name, c.place.name, c.status.value) for c in result.control}
    assert not [c for c in result.control if c.place.name == claim[1] and c.status.value == "controls"]
