"""The doers' own dead, told in a later sentence as the other side hitting back, add to the happening's toll (both
sides' dead count); a later figure for the same victims does not."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)

HIT_BACK = [
    ("On 4 May 2024, militants attacked a police checkpoint near Chaman, killing 3 policemen. Police returned fire "
     "and killed 2 of the attackers.", 5),
    ("On 4 May 2024, Taliban fighters ambushed an army patrol in Zurmat district, Paktia province, killing a "
     "soldier. The soldiers fought back and killed 4 Taliban.", 5),
    ("On 4 May 2024, Al Shabaab fighters attacked a base near Jowhar; 2 soldiers died. Troops then killed 11 "
     "militants in a counter-attack.", 13),
    ("On 6 May 2024, jihadists raided an army post near Djibo and killed 7 soldiers. The troops repulsed them, "
     "killing 15 assailants.", 22),
    ("On 9 May 2024, Boko Haram fighters attacked an army base in Gajiram, killing 4 soldiers. The troops fought "
     "back and killed 13 insurgents.", 17),
]


@pytest.mark.parametrize(("text", "toll"), HIT_BACK)
def test_the_doers_own_dead_told_after_add_to_the_toll(extractor, text, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.fatalities_low for e in events] == [toll]


NO_MORE = [
    # a later figure for the same victims, or the other side's claim of the doers' dead: the first toll stands
    ("On 4 May 2024, militants attacked a police checkpoint near Chaman, killing 3 policemen. Officials later said 5 "
     "policemen had died.", 3),
    ("On 4 May 2024, Al Shabaab fighters attacked a base near Jowhar; 2 soldiers died. A military spokesman later "
     "told reporters that soldiers shot dead 11 militants.", 2),
]


@pytest.mark.parametrize(("text", "toll"), NO_MORE)
def test_a_retold_or_claimed_toll_is_no_more_dead(extractor, text, toll):
    assert [e.fatalities_low for e in extract(extractor, text, PUBLISHED).events] == [toll]
