"""Who set a blast's weapon, told through a verb of belief, as specification: "the mine is suspected to have been
planted by X", "the bomb was believed to have been laid by X" blame X as plainly as "the mine was planted by X", so X is
actor 1 of a blast whose own clause names no doer."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 3, 6)  # a Wednesday

RAISED = [
    ("Two traders died when their cart struck a mine near Djibo. The mine is suspected to have been planted by JNIM "
     "militants.", "JNIM"),
    ("A roadside bomb wounded three soldiers near Afgoye on Monday. The bomb was believed to have been laid by "
     "al-Shabaab.", "al-Shabaab"),
    ("A landmine killed a shepherd near Menaka on Sunday. The device was thought to have been buried by Islamic State "
     "fighters.", "Islamic State"),
    ("A mine killed a goatherd near Kidal on Sunday. The explosive was alleged to have been hidden by Ansar Dine.",
     "Ansar Dine"),
    ("A mine blast killed two farmers near Marib on Tuesday. The mine was reported to have been placed by the Houthis.",
     "Houthis"),
]


@pytest.mark.parametrize(("text", "actor1"), RAISED, ids=[a for _, a in RAISED])
def test_the_doer_a_raised_verb_blames_is_actor_1(extractor, text, actor1):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.actor1.name if e.actor1 else None for e in events] == [actor1]
