"""Re-entry or return after fighting (issue 18): a side that re-entered a place, returned or came back to it, or went
or moved back into it holds it again (`inside` in data/en/predicates.yaml): the government's regaining or a non-state
side's taking, with control for it, beside the battle its clause tells; a fight told going on leaves it a contest."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 6, 17)  # a Monday
REGAINS, OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"

BACK = [
    # (shape, text, side, place, taking, a battle told beside it)
    ("re-entered", "Sudanese army soldiers re-entered Sinja on Sunday after two weeks of clashes with the Rapid "
     "Support Forces.", "Military Forces of Sudan", "Singa", REGAINS, False),
    ("returned to", "Iraqi counter-terrorism troops returned to Fallujah on Thursday after days of fighting with "
     "Islamic State militants.", "Military Forces of Iraq", "Al Fallūjah", REGAINS, True),
    ("went back into", "Libyan National Army units went back into Sirte on Monday, a week after clashes with rival "
     "militias.", "Military Forces of Libya", "Sirte", REGAINS, True),
    ("came back to", "Afghan commandos came back to Lashkar Gah on Friday following three days of battles with the "
     "Taliban.", "Military Forces of Afghanistan", "Lashkar Gāh", REGAINS, True),
    ("re-entered, a non-state side", "Tigrayan fighters re-entered Mekelle on Monday after weeks of fighting with "
     "Ethiopian troops.", "Unidentified Armed Group (Ethiopia)", "Mek'ele", OVERTAKES, False),
    ("moved back into, after the other side held it", "Malian troops moved back into Kidal on Wednesday, which the "
     "rebels had held since 2012.", "Military Forces of Mali", "Kidal", REGAINS, False),
]


@pytest.mark.parametrize(("shape", "text", "side", "place", "taking", "battle"), BACK, ids=[r[0] for r in BACK])
def test_a_side_back_in_a_place_after_fighting_holds_it(extractor, shape, text, side, place, taking, battle):
    result = extract(extractor, text, PUBLISHED)
    assert (side, place, "controls") in {(c.actor.name, c.place.name, c.status.value) for c in result.control}
    types = {(e.sub_event_type, e.actor1 and e.actor1.name) for e in result.events}
    assert (taking, side) in types
    assert not battle or "Armed clash" in {t for t, _ in types}


NOT_BACK = [
    # fighting told going on there, or people of no armed side back home: no taking
    ("fighting goes on", "Sudanese soldiers went back into Sinja on Sunday, but fighting is continuing there.",
     "Military Forces of Sudan", "Singa"),
    ("civilians back home", "Displaced families moved back into Sirte on Monday.", "Civilians (Libya)", "Sirte"),
]


@pytest.mark.parametrize(("shape", "text", "side", "place"), NOT_BACK, ids=[r[0] for r in NOT_BACK])
def test_no_taking_where_fighting_goes_on_or_nobody_armed_returns(extractor, shape, text, side, place):
    result = extract(extractor, text, PUBLISHED)
    assert (side, place, "controls") not in {(c.actor.name, c.place.name, c.status.value) for c in result.control}
    assert not {e.sub_event_type for e in result.events} & {REGAINS, OVERTAKES}
