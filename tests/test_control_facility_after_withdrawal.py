"""A facility taken after a side withdrew from it, named the second time by reference (issue 18), as specification: "the
camp", "the base", "the airport" told after a retreat from the one near or in a town is that town's facility (its own
words, or a phrase the parser hung on the verb after it: "withdrew from the camp near X"), and the retreating side
lost the same place the taker now holds, one name for both; a camp its own words put near a town, left, is no loss
of the town itself (leaving its edge): only the taking of the camp is told."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims

PUBLISHED = date(2024, 5, 13)


_claims = partial(control_claims, published=PUBLISHED)  # (holder, place, status) of one text


TAKEN_AFTER_LEFT = [  # (text, taker, loser or None, the facility)
    ("Al-Shabaab militants pulled out of the base near Afgooye on Friday. Somali troops took over the base on "
     "Saturday.", "Military Forces of Somalia", "al-Shabaab", "Afgooye base"),
    ("ISWAP fighters retreated from the barracks in Monguno on Friday. Nigerian soldiers recaptured the barracks on "
     "Saturday.", "Military Forces of Nigeria", "Islamic State West Africa Province", "Monguno base"),
    ("Houthi fighters withdrew from the airport outside Marib on Monday. Government forces seized the airport the same "
     "day.", "Military Forces of Yemen", "Houthis", "Ma'rib airport"),
    ("Anti-balaka fighters fled from the camp near Bossangoa on Thursday. Government soldiers occupied the camp that "
     "evening.", "Military Forces of the Central African Republic", None, "Bossangoa camp"),
    ("Seleka fighters withdrew from the camp near Bria on Sunday. Government soldiers occupied the camp on Monday.",
     "Military Forces of the Central African Republic", None, "Bria camp"),
]


@pytest.mark.parametrize(("text", "taker", "loser", "facility"), TAKEN_AFTER_LEFT)
def test_a_facility_taken_after_a_retreat_is_one_place_for_both_sides(extractor, text, taker, loser, facility):
    claims = _claims(extractor, text)
    assert (taker, facility, "controls") in claims
    if loser is not None:
        assert (loser, facility, "lost") in claims
    assert not {c for c in claims if c[2] == "lost" and c[1] == facility.rsplit(" ", 1)[0]}
