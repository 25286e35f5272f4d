"""A count with its own participle ("4 militiamen killed and 6 others injured") is told its fate by it, before
the verb the parser hangs the whole clause on: the killed are dead, the others are not."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)

OWN_PARTICIPLE = [
    ("On 6 May 2024, clan militias clashed over grazing land near Dhusamareb. 4 militiamen killed and 6 others "
     "injured.", 4),
    ("On 6 May 2024, gunmen attacked a wedding party in Kauru. 5 guests killed and 9 others wounded.", 5),
    ("On 6 May 2024, a bomb exploded at a market in Baidoa. 7 shoppers killed and 12 others hurt.", 7),
    ("On 6 May 2024, soldiers fired on protesters in Bamako. 2 students killed and 15 others injured.", 2),
    ("On 6 May 2024, bandits raided a mine near Anka. 6 miners killed and 3 others wounded by gunfire.", 6),
]


@pytest.mark.parametrize(("text", "toll"), OWN_PARTICIPLE)
def test_a_count_killed_beside_others_wounded_is_the_toll(extractor, text, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.fatalities_low for e in events] == [toll]
