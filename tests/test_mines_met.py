"""A mine met by the one it harms, as specification: "a farmer stepped on a landmine", "a bus drove over an IED" tell a
remote explosive's blast whose layer is unnamed; the subject undergoes it (he stepped, the mine struck), so no crowd,
civilian or vehicle is its doer. Going over, onto or into anything else is no happening."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day, sub_event_types

PUBLISHED = date(2024, 3, 6)  # a Wednesday
SUNDAY, MONDAY, TUESDAY = (date(2024, 3, d) for d in (3, 4, 5))
IED = "Remote explosive/landmine/IED"

MINES_MET = [
    # (report, the blast's place, its day)
    ("Two herders stepped on a landmine near Tessit on Sunday; one of them lost a leg.", "Tessit", SUNDAY),
    ("A minibus carrying traders drove over a land mine outside Monywa on Monday, wounding six passengers.",
     "Monywa", MONDAY),
    ("A woodcutter had trodden on an anti-personnel mine near Hpakant on Tuesday, villagers said.", "Hpākān", TUESDAY),
    ("An army truck ran over an IED near Mpeketoni on Monday, injuring three soldiers.", "Mpeketoni", MONDAY),
    ("A 14-year-old girl collecting firewood stepped onto a mine near Kutkai on Sunday and died on the way to "
     "hospital.", "Kutkai", SUNDAY),
    ("On Monday, an ambulance ran onto a roadside mine on the road leaving Djibo.", "Djibo", MONDAY),
]


@pytest.mark.parametrize(("text", "place", "day"), MINES_MET)
def test_a_mine_met_by_its_victim_is_a_remote_explosive(extractor, text, place, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [(IED, place, day)]


@pytest.mark.parametrize("text", [
    "A farmer stepped on a landmine near Hpakant on Sunday.",
    "On Monday a bus drove over a roadside bomb near Kalay.",
])
def test_whoever_meets_the_mine_is_not_its_layer(extractor, text):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.actor1.name.startswith("Unidentified Armed Group") for e in events if e.actor1] == [True]


NOTHING_MET = [
    "A lorry ran over a goat on the highway near Gao on Sunday, the owner said.",
    "Pupils stood on the roof of the school in Kutkai on Monday to watch the parade.",
    "Deminers drove over the cleared minefield near Tessit on Tuesday to show it was safe, officials said.",
    "On Monday the governor walked into the new market in Djibo to open it.",
    "Ministers said on Tuesday that no child should ever step on a landmine again.",
]


@pytest.mark.parametrize("text", NOTHING_MET)
def test_going_over_or_into_anything_else_is_no_happening(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == []
