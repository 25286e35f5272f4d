"""A death toll told only with an upper bound ("up to 25", "as many as 40") is coded at its bound, as ACLED codes it
(train notes: "up to N" dead with no other figure are coded N); quantity facts keep the open low."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

from frontwatch.resolve.numbers import parse_number_range

PUBLISHED = date(2024, 5, 13)

BOUNDED = [
    ("Up to 25 people were killed in clashes between herders and farmers in Jos on Tuesday.", 25),
    ("As many as 40 fighters died when the army bombed a camp near Idlib on Monday.", 40),
    ("Gunmen killed up to 18 villagers in a raid on Kadisso on Sunday.", 18),
    ("As many as 11 soldiers were killed when militants overran an outpost near Tillaberi on Friday.", 11),
    ("Clashes between two clans near Beledweyne on Saturday left as many as 9 people dead.", 9),
]


@pytest.mark.parametrize(("text", "toll"), BOUNDED)
def test_a_toll_bounded_above_is_coded_at_its_bound(extractor, text, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.fatalities_low for e in events] == [toll]


COUNTS = [("up to 30", (30, 30)), ("more than 12", (12, None)), ("dozens", (12, None)), ("fewer than 10", (10, 10)),
          ("7", (7, 7))]


@pytest.mark.parametrize(("words", "toll"), COUNTS)
def test_a_count_as_a_toll(words, toll):
    value = parse_number_range(words)
    assert value is not None and value.toll() == toll
