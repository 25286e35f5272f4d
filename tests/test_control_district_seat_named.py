"""A district's seat told by its part-of noun (issue 18), as specification: "the district headquarters of X", "the
district centre of X" is the town X, whether or not the geoparser marked the name (arguments.py `stand_ins`,
arguments.yaml `seat_nouns`): the event is placed there and the taker holds it; the name is the ground taken, not a
person taken away, whatever the recogniser made of it."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims, extract

PUBLISHED = date(2024, 5, 13)

_claims = partial(control_claims, published=PUBLISHED)

SEATS = [  # (shape, text, the taker's hold)
    ("active, headquarters", "The army retook the district headquarters of Nad Ali on Monday, officials said.",
     ("Military Forces of Afghanistan", "Ḩukūmat-e Nād ‘Alī", "controls")),
    ("active, centre, overran", "Taliban fighters overran the district centre of Nad Ali on Tuesday.",
     ("Taliban", "Ḩukūmat-e Nād ‘Alī", "controls")),
    ("passive", "The district headquarters of Nad Ali was recaptured by Afghan troops on Sunday.",
     ("Military Forces of Afghanistan", "Ḩukūmat-e Nād ‘Alī", "controls")),
    ("regained, two-word name", "Government forces regained the district headquarters of Ali Abad on Monday.",
     ("Military Forces of Afghanistan", "‘Alīābād", "controls")),
    ("after fighting, said", "The army retook the district headquarters of Nad Ali after two days of fighting, "
     "officials said on Monday.", ("Military Forces of Afghanistan", "Ḩukūmat-e Nād ‘Alī", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "held"), SEATS, ids=[r[0] for r in SEATS])
def test_a_district_seat_is_its_named_town(extractor, shape, text, held):
    assert held in _claims(extractor, text), shape
    events = extract(extractor, text, PUBLISHED).events
    assert [e.place.name for e in events if e.place] == [held[1]], shape


def test_a_seat_named_like_a_person_is_no_abduction(extractor):
    text = "The district centre of Shah Wali Kot fell to the Taliban on Thursday."
    types = [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events]
    assert "Abduction/forced disappearance" not in types
