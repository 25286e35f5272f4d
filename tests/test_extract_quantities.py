"""What a report's counts count: the report's own words with their category, crowds, counts whose
noun the sentence leaves out, and headline figures the body gives again."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)


def counts(extractor, text: str) -> dict[str, tuple]:
    return {q.what: (q.low, q.high) for q in extract(extractor, text, PUBLISHED).quantities}


def test_a_count_keeps_the_report_word_and_adds_its_category(extractor):
    found = counts(extractor, "Hospital staff said 64 people were injured in the fighting.")
    assert found == {"people injured (wounded)": (64, 64)}


def test_a_count_whose_noun_is_left_out_takes_the_verb_it_belongs_to(extractor):
    found = counts(extractor, "At least 38 people were killed and about 90 wounded when a lorry bomb went off.")
    assert found["people killed"] == (38, None)
    assert found["wounded"] == (90, 90)
    found = counts(extractor, "Shells hit the bus depot, killing more than 20 people and wounding over 60.")
    assert found["wounded"] == (60, None)


def test_the_participle_of_the_frame_a_count_fills_describes_it(extractor):
    found = counts(extractor, "The rebels freed 400 inmates and seized 30 pickup trucks.")
    assert found["inmates freed (prisoners)"] == (400, 400)
    assert next(v for k, v in found.items() if k.startswith("pickup trucks seized")) == (30, 30)


def test_a_crowd_is_counted_as_protesters(extractor):
    assert counts(extractor, "Organisers said nearly 80,000 people took part in the march.") == {
        "people protesting (protesters)": (80_000, 80_000)}
    assert counts(extractor, "The vigil drew more than 5,000 people, the organisers said.") == {
        "people protesting (protesters)": (5_000, None)}


def test_a_population_under_control_is_its_own_figure(extractor):
    found = counts(extractor, "The group now rules an area with over two million inhabitants under its control.")
    assert found == {"population under control": (2_000_000, None)}


def test_a_headline_figure_the_body_gives_again_is_counted_once(extractor):
    text = ("Shelling of market kills dozens\n\n"
            "Shells struck the central market on Friday, killing at least 40 people, officials said.")
    assert counts(extractor, text) == {"people killed": (40, None)}


CROWD_AT_A_STRIKE = [
    # (report, the one count of the dead): the crowd is where the strike fell, not its dead
    ("A rocket hit the bus station in Izium on Monday as hundreds of people waited for buses, killing at least "
     "20 people, officials said.", 20),
    ("A shell struck the market in Avdiivka on Friday while dozens of shoppers queued for bread, killing nine "
     "people.", 9),
    ("A drone hit a stadium in Sumy on Sunday as thousands of fans watched a match, killing four spectators.", 4),
    ("Gunmen opened fire on a church in Owo on Sunday as hundreds of worshippers prayed, killing 22 people.", 22),
    ("A bomb went off at a rally in Quetta on Friday as thousands of supporters listened to a speech, killing 12 "
     "people.", 12),
]


@pytest.mark.parametrize(("text", "dead"), CROWD_AT_A_STRIKE)
def test_a_crowd_doing_something_else_is_not_the_count_of_the_dead(extractor, text, dead):
    quantities = extract(extractor, text, PUBLISHED).quantities
    assert [q.low for q in quantities if "killed" in q.what] == [dead]
