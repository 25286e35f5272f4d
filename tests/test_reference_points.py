"""A happening a report names only to say when something else happened is a reference point, not news (issue 18,
branch retell):

- a clause a measured time before the story ("A year after X did Y, ...", "Six months after ...") is counted back from
  its host clause's day, else the report's day, whichever way the parser hangs the measure (on the verb, on the
  subordinator, or as the noun the preposition hangs on): more than the frame table's `history` back, it is background;
- what a saying recalled in a time clause reports ("... a week after the army said it had retaken X") is recalled with
  the saying, as the saying's own happening would be."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 15)  # a Wednesday

LONG_BEFORE = [
    # (report, the events it tells): the happening after the measure is background, the host clause tells no event
    ("A year after the army and the rebels signed a truce in Juba, the front lines around Malakal have barely moved.",
     []),
    ("Six months after jihadists overran the army base at Boulkessi, the camp still lies empty.", []),
    ("A year after Iran and Turkey agreed a ceasefire for Afrin in Ankara, the front lines barely move.", []),
    ("Eight months after the army retook Marawi from the militants, much of the city remains in ruins.", []),
    ("A year after gunmen kidnapped 300 schoolgirls from Jangebe, 20 of them are still missing.", []),
    ("Three years after the rebels besieged Kidal, the road to Gao is open again.", []),
]


@pytest.mark.parametrize(("text", "told"), LONG_BEFORE, ids=[
    "year-after-truce", "months-after-overrun", "year-after-ceasefire", "months-after-retaking",
    "year-after-kidnapping", "years-after-siege"])
def test_a_happening_a_measured_time_before_the_story_is_background(extractor, text, told):
    assert sub_event_types(extractor, text, PUBLISHED) == told


def test_a_measure_on_the_subordinator_counts_back_from_the_host(extractor):
    """"A day before X, Y did Z" in a report that gives no date: Z a day before the report's day."""
    text = "A day before the raid on Kamanyola, militiamen burned a school in Luvungi."
    [event] = extract(extractor, text, PUBLISHED).events
    assert event.date is not None and event.date.start == date(2024, 5, 14)


SAID_IN_A_TIME_CLAUSE = [
    # (report, the events it tells): the reported happening hangs on a saying in a time clause
    ("The attack came a week after the army said it had recaptured Kidal from the rebels.", []),
    ("The bombing in Kabul came days after the Taliban claimed they had seized Bagram.", []),
    ("Rebels shelled Bunia on Monday, a week after the army announced that it had retaken Djugu.",
     ["Shelling/artillery/missile attack"]),
    ("The ambush came two days after police said they had arrested 12 gang members in Kingston.", []),
    ("The strike came a month after officials said soldiers had killed a militia leader in Ituri.", []),
]


@pytest.mark.parametrize(("text", "told"), SAID_IN_A_TIME_CLAUSE, ids=[
    "said-recaptured", "claimed-seized", "announced-retaken", "said-arrested", "said-killed"])
def test_what_a_recalled_saying_reports_is_recalled(extractor, text, told):
    assert sub_event_types(extractor, text, PUBLISHED) == told


TOLD_STILL = [
    # the same shapes unmeasured or told as the story's own: still news
    ("Gunmen killed four farmers near Maru on Sunday, a week after soldiers captured a bandit camp in the area.",
     ["Attack", "Government regains territory"]),
    ("The army said on Tuesday it had recaptured Kidal from the rebels.", ["Government regains territory"]),
    ("Police said they had arrested 12 gang members in Kingston on Monday.", ["Arrests"]),
]


@pytest.mark.parametrize(("text", "told"), TOLD_STILL, ids=["week-after-is-news", "said-alone", "said-dated"])
def test_news_told_in_the_same_shapes_stays(extractor, text, told):
    assert sub_event_types(extractor, text, PUBLISHED) == told
