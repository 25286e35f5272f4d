"""A weekday is the latest such day before the report only when told bare ("on Thursday"). Told with an indefinite
article ("on a Thursday", "one Tuesday") it is another one: the one such weekday the clause's other date ("earlier this
month", "late last month") holds before the latest, else that other date whole ("in late April" holds two Mondays);
told alone, the one of the week before last. Told after "the following"/"the next" it is the first such day after
the day the story has reached ("rebels entered X on 3 August; the following Wednesday ..."), not the latest before
publication; so is "the next weekend" or "the following weekend" (branch events49)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

INDEFINITE = [
    pytest.param("Earlier this month militants raided a village near Dessie on a Thursday.", date(2023, 8, 15),
                 (date(2023, 8, 3), date(2023, 8, 3)), id="a-thursday-earlier-this-month"),
    pytest.param("Late last month gunmen ambushed a convoy outside Gao on a Sunday, killing six soldiers.",
                 date(2024, 3, 20), (date(2024, 2, 25), date(2024, 2, 25)), id="a-sunday-late-last-month"),
    pytest.param("Rebels shelled Goma on a Friday in early June.", date(2024, 6, 26),
                 (date(2024, 6, 7), date(2024, 6, 7)), id="a-friday-in-early-june"),
    pytest.param("One Tuesday in mid-March, soldiers burned homes in a village near Bambari.", date(2024, 4, 10),
                 (date(2024, 3, 11), date(2024, 3, 20)), id="one-tuesday-in-mid-march"),
    pytest.param("In late April, on a Monday, jihadists attacked an army base in Djibo.", date(2024, 5, 22),
                 (date(2024, 4, 21), date(2024, 4, 30)), id="in-late-april-on-a-monday"),
    pytest.param("Jihadists attacked an army base in Djibo one Saturday at the end of April.", date(2024, 5, 22),
                 (date(2024, 4, 27), date(2024, 4, 27)), id="one-saturday-at-the-end-of-april"),
    pytest.param("Militants burned a church near Maiduguri on a Sunday.", date(2024, 5, 22),
                 (date(2024, 5, 12), date(2024, 5, 12)), id="a-sunday-alone-the-week-before-last"),
]

FOLLOWING = [
    pytest.param("Rebels entered Lalibela on 3 August. The following Wednesday troops shelled the town.",
                 date(2023, 8, 30), date(2023, 8, 9), id="the-following-wednesday"),
    pytest.param("Gunmen abducted 40 pupils from a school in Kuriga on 7 May. The next Sunday soldiers clashed with "
                 "the kidnappers near Birnin Gwari.", date(2024, 5, 29), date(2024, 5, 12), id="the-next-sunday"),
    pytest.param("Militants overran a post near Djibo on 2 May. On the following Saturday, jets bombed their camp.",
                 date(2024, 5, 29), date(2024, 5, 4), id="on-the-following-saturday"),
    pytest.param("Protesters marched in Bamako on 14 June. The next Friday police fired tear gas at a second rally "
                 "in the capital.", date(2024, 7, 10), date(2024, 6, 21), id="the-next-friday"),
    pytest.param("Fighters of the group seized Tillaberi on 1 March, and the following Tuesday the army shelled "
                 "their positions there.", date(2024, 3, 27), date(2024, 3, 5), id="same-sentence-following-tuesday"),
]


@pytest.mark.parametrize(("text", "published", "days"), INDEFINITE)
def test_an_indefinite_weekday_is_one_before_the_latest(extractor, text, published, days):
    [event] = extract(extractor, text, published).events
    assert (event.date.start, event.date.end) == days


@pytest.mark.parametrize(("text", "published", "day"), FOLLOWING)
def test_a_following_weekday_is_the_first_after_the_story_day(extractor, text, published, day):
    *_, event = extract(extractor, text, published).events
    assert (event.date.start, event.date.end) == (day, day)


FOLLOWING_WEEKEND = [
    pytest.param("Rebels seized Kalehe on 3 May; over the next weekend they shelled Sake.", date(2024, 5, 15),
                 (date(2024, 5, 4), date(2024, 5, 5)), id="over-the-next-weekend"),
    pytest.param("Earlier this month rebels seized Kalehe on a Thursday; the next weekend they shelled Goma.",
                 date(2024, 5, 15), (date(2024, 5, 4), date(2024, 5, 5)), id="the-next-weekend-after-a-thursday"),
    pytest.param("Troops retook Djibo on 6 May. Over the next weekend jihadists attacked a post near Dori.",
                 date(2024, 5, 15), (date(2024, 5, 11), date(2024, 5, 12)), id="next-weekend-next-sentence"),
    pytest.param("Jihadists overran a post near Dori on 1 May. Over the next weekend they attacked a convoy near "
                 "Djibo.", date(2024, 5, 15), (date(2024, 5, 4), date(2024, 5, 5)), id="next-weekend-after-may-1"),
    pytest.param("Gunmen kidnapped 12 students near Kaduna on 2 May. Over the following weekend bandits attacked a "
                 "village near Zaria.", date(2024, 5, 15), (date(2024, 5, 4), date(2024, 5, 5)),
                 id="over-the-following-weekend"),
    # of two such leads in a sentence each clause counts from its nearest
    pytest.param("Rebels seized Kalehe on 3 May; the next weekend they shelled Goma, and the following Wednesday "
                 "troops retook Kalehe.", date(2024, 5, 15), (date(2024, 5, 8), date(2024, 5, 8)),
                 id="a-weekend-then-a-following-wednesday"),
]


@pytest.mark.parametrize(("text", "published", "days"), FOLLOWING_WEEKEND)
def test_a_following_weekend_is_the_first_after_the_story_day(extractor, text, published, days):
    *_, event = extract(extractor, text, published).events
    assert (event.date.start, event.date.end) == days
