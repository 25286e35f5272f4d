"""Control told by a passive expulsion (issue 18), as specification: a side "driven out of", "forced out of", "pushed
out of" or "chased out of" a town loses it; the by-phrase's side, else the side its sentence or the one before names
fighting it, takes it; with neither, only the loss is told."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims

PUBLISHED = date(2024, 5, 13)


_claims = partial(control_claims, published=PUBLISHED)  # (holder, place, status) of one text


EXPELLED_BY = [  # (shape, text, the side expelled loses the place, the side expelling holds it)
    ("driven out of, by-phrase, said", "M23 rebels were driven out of Goma by Congolese soldiers, the army said.",
     ("M23", "Goma", "lost"), ("Military Forces of the Democratic Republic of Congo", "Goma", "controls")),
    ("pushed out of, by-phrase", "Russian troops were pushed out of Kherson by Ukrainian forces.",
     ("Military Forces of Russia", "Kherson", "lost"), ("Military Forces of Ukraine", "Kherson", "controls")),
    ("chased out of, by-phrase, after", "ISWAP militants were chased out of Monguno by Nigerian soldiers after heavy "
     "fighting.", ("Islamic State West Africa Province", "Monguno", "lost"),
     ("Military Forces of Nigeria", "Monguno", "controls")),
    ("attacker in the sentence before, the town", "Nigerian troops attacked Bama on Monday. ISWAP fighters were driven "
     "out of the town after three hours.", ("Islamic State West Africa Province", "Bama", "lost"),
     ("Military Forces of Nigeria", "Bama", "controls")),
    ("offensive in the sentence before, dated", "Somali troops launched an offensive on Baidoa on Monday. Al-Shabaab "
     "fighters were forced out of Baidoa on Tuesday.", ("al-Shabaab", "Baidoa", "lost"),
     ("Military Forces of Somalia", "Baidoa", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "lost", "taken"), EXPELLED_BY, ids=[r[0] for r in EXPELLED_BY])
def test_a_passive_expulsion_hands_the_place_to_the_side_told_fighting(extractor, shape, text, lost, taken):
    claims = _claims(extractor, text)
    assert lost in claims
    assert taken in claims


EXPELLED_ONLY = [  # (shape, text, the loss): nobody named fighting them nearby, so nobody is told to take it
    ("driven out of, dated", "Al-Shabaab fighters were driven out of Baidoa on Tuesday.", ("al-Shabaab", "Baidoa",
                                                                                           "lost")),
    ("chased out of", "Taliban fighters were chased out of Kunduz on Friday.", ("Taliban", "Kunduz", "lost")),
    ("a source of the claim is no attacker", "Russian troops were pushed out of Kherson, the Ukrainian general staff "
     "said.", ("Military Forces of Russia", "Kherson", "lost")),
    ("a fight two sentences before", "Afghan troops clashed with Taliban fighters in Herat last month. The governor "
     "visited Kabul on Monday. Taliban fighters were chased out of Kunduz on Friday.", ("Taliban", "Kunduz", "lost")),
]


@pytest.mark.parametrize(("shape", "text", "lost"), EXPELLED_ONLY, ids=[r[0] for r in EXPELLED_ONLY])
def test_a_passive_expulsion_with_no_side_told_fighting_is_only_a_loss(extractor, shape, text, lost):
    claims = _claims(extractor, text)
    assert lost in claims
    assert not {c for c in claims if c[2] == "controls"}
