"""A place told by reference (issue 18): "it", "there", "the town", "the base", or no object at all ("moved in")
stand for the place the clause or sentence before named as left or taken; the event and both control claims are about
that place. A pronoun no change of hands before it explains stays what it was ("withdrew the bill ... occupied it")."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 6, 17)  # a Monday

REFERRED = [
    # (shape, text, entrant, side that left, place)
    ("it, next sentence", "Rebel fighters withdrew from Ajdabiya on Monday. Libyan army troops entered it on Tuesday.",
     "Military Forces of Libya", "Unidentified Armed Group (Libya)", "Ajdabiya"),
    ("there, coordinated", "Ukrainian soldiers pulled back from Avdiivka on Saturday, and Russian troops raised their "
     "flag there on Sunday.", "Military Forces of Russia", "Military Forces of Ukraine", "Avdiyivka"),
    ("the base, next sentence", "Nigerian troops abandoned the military base in Monguno on Friday. Boko Haram "
     "fighters occupied the base on Saturday.", "Boko Haram", "Military Forces of Nigeria", "Monguno base"),
    ("the town, next sentence", "Congolese soldiers fled Bunia on Monday. CODECO militiamen took control of the town "
     "hours later.", "CODECO: Cooperative for Development of Congo",
     "Military Forces of the Democratic Republic of Congo", "Bunia"),
    ("no object, the same afternoon", "The Malian army pulled out of Menaka on Monday. Islamic State fighters moved "
     "in the same afternoon.", "Islamic State", "Military Forces of Mali", "Ménaka"),
    ("it, after a semicolon", "Ethiopian troops abandoned Baidoa on Friday; al-Shabaab militants occupied it hours "
     "later.", "al-Shabaab", "Military Forces of Ethiopia", "Baidoa"),
]


@pytest.mark.parametrize(("shape", "text", "entrant", "leaver", "place"), REFERRED, ids=[r[0] for r in REFERRED])
def test_a_place_told_by_reference_is_the_place_left(extractor, shape, text, entrant, leaver, place):
    result = extract(extractor, text, PUBLISHED)
    held = {(c.actor.name, c.status.value): c.place.name for c in result.control}
    assert (held.get((entrant, "controls")), held.get((leaver, "lost"))) == (place, place)
    assert [e.place and e.place.name for e in result.events if e.actor1 and e.actor1.name == entrant] == [place]


def test_a_pronoun_no_change_of_hands_explains_names_no_place(extractor):
    text = "The government withdrew the new tax bill on Monday. Protesters occupied it on Tuesday with banners."
    assert not extract(extractor, text, PUBLISHED).control
