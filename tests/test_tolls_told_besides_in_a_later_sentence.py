"""More dead told "also" or "too" in a sentence of their own that tells no happening are added to the toll of the
violent happening told before (the other side's dead: ACLED sums the sides), not dropped because it has one."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)

BESIDES = [
    ("Troops repelled an attack on a base near Gao on Saturday. Twelve assailants were killed. Two soldiers also "
     "died.", 14),
    ("Troops repelled an attack on a base near Gao on Saturday. Twelve assailants were killed. Two soldiers also lost "
     "their lives.", 14),
    ("Al Shabaab fighters attacked a base near Jowhar on Monday and killed 6 soldiers. Nine of the militants died "
     "too.", 15),
    ("Bandits stormed a village near Gusau on Thursday, killing 10 residents. Two local guards also perished.", 12),
    ("Gunmen ambushed a bus near Bamenda on Sunday, shooting dead four passengers. Three soldiers escorting it also "
     "lost their lives.", 7),
]


@pytest.mark.parametrize(("text", "toll"), BESIDES)
def test_more_dead_told_besides_add_to_the_toll_before(extractor, text, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.fatalities_low for e in events] == [toll]
