"""What a report's counts count: the report's own words with their category, crowds,
counts whose noun the sentence leaves out, and headline figures the body gives again."""

from __future__ import annotations

from datetime import date

from extraction import extract


def counts(extractor, text: str, published: date = date(2017, 10, 16)) -> dict[str, tuple]:
    return {q.what: (q.low, q.high) for q in extract(extractor, text, published).quantities}


def test_a_count_keeps_the_report_word_and_adds_its_category(extractor):
    found = counts(extractor, "The health ministry said 81 people were injured in the clashes.")
    assert found == {"people injured (wounded)": (81, 81)}


def test_a_count_whose_noun_is_left_out_takes_the_verb_it_belongs_to(extractor):
    found = counts(extractor, "At least 276 people were killed and about 300 wounded when a truck bomb "
                              "exploded in Mogadishu on Saturday.")
    assert found["people killed"] == (276, None)
    assert found["wounded"] == (300, 300)
    found = counts(extractor, "Air strikes hit a funeral hall in Sanaa on Saturday, killing more than 140 people "
                              "and wounding over 500.")
    assert found["wounded"] == (500, None)


def test_a_crowd_is_counted_as_protesters(extractor):
    found = counts(extractor, "Organisers said almost two million people took part in the march through Santiago.")
    assert found == {"people protesting (protesters)": (2_000_000, 2_000_000)}
    found = counts(extractor, "The rally drew more than 300,000 people, the organisers said.")
    assert found == {"people protesting (protesters)": (300_000, None)}


def test_a_headline_figure_the_body_gives_again_is_counted_once(extractor):
    text = ("Missile strike on railway station kills dozens\n\n"
            "A missile struck the railway station in Kramatorsk on Friday, killing at least 50 people, officials said.")
    assert counts(extractor, text, date(2022, 4, 9)) == {"people killed": (50, None)}
