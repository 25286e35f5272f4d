"""A taking of a share of a town is a taking there (issue 18, branch recall46).

"Rebels seized most of X", "took much of Y": the parser hangs the share word ("most", "much": `shares` in
data/en/arguments.yaml) on the verb as an adjective, and the frame's arguments dropped it as a manner word ("heavy
fighting"), so the taking had no ground and yielded nothing. A share word that counts its of-phrase stands for what it
counts, as "parts of X" and "half of the weapons" already did."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2022, 6, 10)
OVERTAKES, REGAINS = "Non-state actor overtakes territory", "Government regains territory"

SHARE_TAKEN = [
    ("rebels-most", "Rebels seized most of Bunia on Tuesday.", OVERTAKES, "Bunia"),
    ("militia-much", "The militia took much of Gao on Thursday, residents said.", OVERTAKES, "Gao"),
    ("jihadists-overran", "Jihadists overran most of Menaka on Monday.", OVERTAKES, "naka"),
    ("army-recaptured", "Government forces recaptured most of Kismayo on Wednesday.", REGAINS, "Kismayo"),
    ("taliban-captured", "Taliban fighters captured most of Kunduz on Sunday.", OVERTAKES, "Kunduz"),
    ("shabaab-overran", "Al-Shabaab fighters overran most of Beledweyne on Friday.", OVERTAKES, "Beledweyne"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "town"), [row[1:] for row in SHARE_TAKEN],
                         ids=[row[0] for row in SHARE_TAKEN])
def test_a_share_of_a_town_taken_is_a_taking_there(extractor, text, sub_event_type, town):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.sub_event_type for e in events] == [sub_event_type]
    assert town in (place_and_day(events[0])[0] or "")
