"""Coordinated place/time pairs as specification: a clause that tells one doing at several places, each on a day of
its own ("shelled A on Tuesday and B on Wednesday", "and the town of B in C province on Saturday"), tells one event per
pair, each at its own place on its own day; a clause with one place and several days stays one event."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 13)  # a Monday
TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = (date(2024, 5, d) for d in (7, 8, 9, 10, 11, 12))

PAIRS = [
    ("Russian artillery shelled Kupiansk on Tuesday and Vovchansk on Wednesday.",
     [("Kupyansk", TUESDAY), ("Vovchansk", WEDNESDAY)]),
    ("Al-Shabaab fighters attacked Baidoa on Sunday and Beledweyne on Tuesday.",
     [("Baidoa", SUNDAY), ("Beledweyne", TUESDAY)]),
    ("Boko Haram militants raided Gwoza on 3 May and Bama on 5 May.",
     [("Gwoza", date(2024, 5, 3)), ("Bama", date(2024, 5, 5))]),
    ("Drones hit Kherson on Thursday, and Mykolaiv on Saturday, officials said.",
     [("Kherson", THURSDAY), ("Mykolayiv", SATURDAY)]),
    ("Government artillery pounded Saraqib on Friday and the town of Maarat al-Numan in Idlib province on Saturday.",
     [("Saraqib", FRIDAY), ("Ma‘arrat an Nu‘mān", SATURDAY)]),
    # one place on several days, and two doings each with its own verb, are no pairs of one clause
    ("Russian artillery shelled Kupiansk on Tuesday and Wednesday.", [("Kupyansk", TUESDAY)]),
    ("Police arrested a journalist in Kherson on Tuesday and released him on Friday.", [("Kherson", TUESDAY)]),
]


@pytest.mark.parametrize(("text", "told"), PAIRS)
def test_each_place_time_pair_is_an_event(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [place_and_day(e) for e in events] == told
