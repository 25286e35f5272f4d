"""A happening's toll told after it as its doer's claim ("X claimed to have killed four soldiers") is that
happening's toll: the claim by the same named doer retells it, whatever kind of violence each sentence names."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)

CLAIMED = [
    ("On 3 May 2024, a roadside bomb planted by Al Shabaab exploded, targeting an army convoy near Afgooye. Al "
     "Shabaab claimed to have killed 4 soldiers.", "Remote explosive/landmine/IED", 4),
    ("On 5 May 2024, Taliban fighters attacked a police checkpoint in Ghazni city. The Taliban claimed they killed 6 "
     "policemen.", "Armed clash", 6),
    ("On 8 May 2024, ISWAP militants fired mortars at a base in Monguno. ISWAP later claimed to have killed 9 "
     "soldiers in the shelling.", "Shelling/artillery/missile attack", 9),
    ("On 7 May 2024, Al Shabaab detonated a roadside bomb targeting an army convoy near Kismayo. Al Shabaab claimed "
     "to have killed 3 soldiers.", "Remote explosive/landmine/IED", 3),
    ("On 2 May 2024, JNIM fighters ambushed a convoy near Boni. JNIM later claimed to have killed 12 soldiers.",
     "Armed clash", 12),
]


@pytest.mark.parametrize(("text", "sub_event_type", "toll"), CLAIMED)
def test_a_toll_its_doer_claims_after_it_is_its_toll(extractor, text, sub_event_type, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities_low) for e in events] == [(sub_event_type, toll)]
