"""Control on a place told by reference (issue 18), as specification: "the town", "the village" in a taking refers back
to the last place the report introduced with that noun ("in the town of X", "in X village"; context.py `town_meant`),
never to a place named only to locate it ("X village near Y village": X, not Y)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims

PUBLISHED = date(2024, 5, 13)

_claims = partial(control_claims, published=PUBLISHED)

TOLD_BY_REFERENCE = [  # (shape, text, the taker's hold)
    ("village near village, bracketed", "On 10 May 2024, al-Shabaab fought clan militia in Buulo Xaaji village near "
     "Dhagax Yare village (Afmadow, Lower Juba). Al-Shabaab took control over the village.",
     ("al-Shabaab", "Buulo Xaaji", "controls")),
    ("village near village, later that day", "On 9 May 2024, Islamic State fighters attacked soldiers in Qandala Dheer "
     "village near Bali Dhidin village (Qandala, Bari). The soldiers regained control of the village later that day.",
     ("Military Forces of Somalia", "Qandala Dheer", "controls")),
    ("village near a town", "On 9 May 2024, troops and militants clashed in Sabca village near Baraawe town. The "
     "troops took control of the village.", ("Military Forces of Somalia", "Sabca", "controls")),
    ("driven out, in control by evening", "On 8 May 2024, troops drove al-Shabaab out of Gaalmudug Yar village near "
     "Mahaday village (Jowhar, Middle Shabelle). The troops were in control of the village by evening.",
     ("Military Forces of Somalia", "Gaalmudug Yar", "controls")),
    ("overran, then regained", "On 8 May 2024, Boko Haram fighters overran Kukawa Gana village near Baga town (Kukawa, "
     "Borno). Nigerian soldiers regained control of the village on Friday.",
     ("Military Forces of Nigeria", "Kukawa Gana", "controls")),
]

LOCATORS = [  # (row of the table above, the place only named to locate the one taken)
    (TOLD_BY_REFERENCE[0], "Afmadow"),
    (TOLD_BY_REFERENCE[1], "Bali-Dhiddin"),
]


@pytest.mark.parametrize(("shape", "text", "held"), TOLD_BY_REFERENCE, ids=[r[0] for r in TOLD_BY_REFERENCE])
def test_the_town_is_the_last_place_introduced_with_that_noun(extractor, shape, text, held):
    assert held in _claims(extractor, text), shape


@pytest.mark.parametrize(("row", "locator"), LOCATORS, ids=[r[0][0] for r in LOCATORS])
def test_a_place_named_to_locate_another_is_not_taken(extractor, row, locator):
    shape, text, _ = row
    assert not [c for c in _claims(extractor, text) if c[1] == locator], shape
