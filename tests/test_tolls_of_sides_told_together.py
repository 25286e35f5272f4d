"""The dead of two sides told together, with no one killing verb taking them all, add up (ACLED sums the sides):
counts of nouns coordinated in one phrase are one toll, not the larger of two."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)

SIDES = [
    ("Six attackers and three guards were reported dead after gunmen stormed a checkpoint in Mosul on Friday.", 9),
    ("Fourteen insurgents and four policemen died when fighting broke out near Kunduz on Monday.", 18),
    ("The clashes in the hills outside Marawi on Tuesday left 22 rebels and 6 soldiers dead.", 28),
    ("Eight herders and five farmers were killed when rival groups fought near Wukari on Sunday.", 13),
    ("Around 30 jihadists and 7 soldiers died in the battle for a base near Menaka on Saturday.", 37),
]


@pytest.mark.parametrize(("text", "toll"), SIDES)
def test_the_dead_of_both_sides_told_together_add_up(extractor, text, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.fatalities_low for e in events] == [toll]
