"""A happening told "N days after" another keeps its own clause's date when that other one has none in the sentence:
"said on Monday they took X two days after the raid" is Monday's (not two days after Monday), and a happening told
beside it in the sentence ("a week after the offensive began") lends it no date of its own days apart."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 11)  # a Saturday

COUNTED = [  # (text, the event's day, the verb that tells it)
    pytest.param("Police said on Wednesday they had arrested nine men in Garissa, two days after a raid on the market.",
                 "2024-05-08", "arrested", id="arrested-two-days-after-a-raid"),
    pytest.param("State media said on Monday that the air force had bombed rebel camps near Tawila, five days after "
                 "the offensive there started.", "2024-05-06", "bombed", id="bombed-days-after-offensive"),
    pytest.param("The army said on Tuesday it had shelled rebel trenches outside Kadugli, a day after the ambush on "
                 "its convoy.", "2024-05-07", "shelled", id="shelled-a-day-after-the-ambush"),
    pytest.param("Kurdish officials said on Monday that their fighters had retaken Tal Tamr, three days after the "
                 "jihadist assault on the town.", "2024-05-06", "retaken", id="retaken-after-assault"),
    pytest.param("Residents said on Wednesday that militiamen had torched homes in Bunia a week after the killing of a "
                 "chief.", "2024-05-08", "torched", id="torched-a-week-after-a-killing"),
    # the other happening read as an event of its own in the sentence, folded into this one
    pytest.param("The army said on Wednesday that its troops had recaptured Kidira, ten days after the offensive "
                 "on the town began.", "2024-05-08", "recaptured", id="recaptured-after-offensive"),
    pytest.param("The ministry said on Tuesday that the army had driven the rebels out of Mabanga, a week after the "
                 "assault on the town began.", "2024-05-07", "driven", id="driven-out-after-assault"),
    pytest.param("The government said on Thursday that soldiers had recaptured Bentiu, nine days after the "
                 "offensive on the town began.", "2024-05-09", "recaptured", id="nine-days-after"),
    pytest.param("Officials said on Friday that the army had retaken Sirte, two weeks after the assault on the city "
                 "began.", "2024-05-10", "retaken", id="two-weeks-after-assault"),
    pytest.param("The army said on Friday that its units had cleared Gao of rebels, eight days after the offensive to "
                 "take the city began.", "2024-05-10", "cleared", id="cleared-after"),
    # the count applied where the other happening has a date, in the sentence or the one before
    pytest.param("Police arrested nine men in Garissa on Tuesday, two days after a raid on the market on Sunday.",
                 "2024-05-07", "arrested", id="dated-raid-in-the-sentence"),
    pytest.param("Gunmen raided a market in Garissa on Sunday. Two days after the raid, police arrested nine men in "
                 "the town.", "2024-05-07", "arrested", id="raid-dated-the-sentence-before"),
]

# the happening counted from is dated back from its clause's date: an anniversary recalls it, years before the story
ANNIVERSARIES = [  # (text, the happening's noun)
    pytest.param("Families gathered in Maiduguri on Friday, five years after the massacre in Konduga in which gunmen "
                 "shot dead 40 villagers.", "massacre", id="five-years-after-a-massacre"),
    pytest.param("Survivors laid wreaths in Yola on Sunday, ten years after the bombing of the bus station there.",
                 "bombing", id="ten-years-after-a-bombing"),
    pytest.param("A decade after the siege of Zamboanga, hundreds of families still live in tents, officials said on "
                 "Monday.", "siege", id="a-decade-after-a-siege"),
    pytest.param("Veterans met in Goma on Thursday, two years after the shelling of the Mugunga camp that killed 18 "
                 "people.", "shelling", id="two-years-after-a-shelling"),
    pytest.param("Students marched quietly through Peshawar on Tuesday, nine years after the attack on the army's "
                 "school there.", "attack", id="nine-years-after-an-attack"),
]


@pytest.mark.parametrize(("text", "noun"), ANNIVERSARIES)
def test_a_happening_an_anniversary_recalls_is_no_event_of_the_story(extractor, text, noun):
    recent = [e for e in extract(extractor, text, PUBLISHED).events if e.trigger == noun
              and e.date is not None and (PUBLISHED - e.date.end).days < 365]
    assert recent == []

# a clause with day words of its own is of that day, whatever the happening it is counted from is dated ("retook X on
# Friday, a week after the attack on it last Thursday" is Friday's, not a week after Thursday counted from the report's)
SETTLED = [  # (text, the event's day, the verb that tells it)
    pytest.param("Soldiers recaptured Mora on Wednesday, five days after the jihadist raid on its barracks last "
                 "Friday.", "2024-05-08", "recaptured", id="recaptured-five-days-after-last-friday"),
    pytest.param("Government troops retook Kadugli on Friday, a week after the rebel assault on the town on Thursday "
                 "last week.", "2024-05-10", "retook", id="retook-a-week-after-thursday-last-week"),
    pytest.param("Police detained four suspects in Mombasa on Thursday, six days after the grenade attack on a "
                 "church there last Friday.", "2024-05-09", "detained", id="detained-six-days-after"),
    pytest.param("Militants burned the police station in Damasak on Monday, four days after the army raid on their "
                 "camp on Thursday last week.", "2024-05-06", "burned", id="burned-four-days-after"),
    pytest.param("Rebels shelled Goma airport on Tuesday, nine days after the bombing of a camp near the city on "
                 "Sunday last week.", "2024-05-07", "shelled", id="shelled-nine-days-after"),
    pytest.param("Troops retook the town of Mueda on Thursday, one week after the insurgent attack on it last "
                 "Thursday.", "2024-05-09", "retook", id="retook-one-week-after-last-thursday"),
    # the day and the count read by the recogniser as one date ("Tuesday, two weeks")
    pytest.param("The army regained control of Dilling on Tuesday, two weeks after the militia attack on it on Tuesday "
                 "last month.", "2024-05-07", "control", id="day-and-count-read-as-one-date"),
]


@pytest.mark.parametrize(("text", "day", "verb"), COUNTED + SETTLED)
def test_a_happening_counted_from_another_is_dated_by_what_the_text_dates(extractor, text, day, verb):
    (event,) = [e for e in extract(extractor, text, PUBLISHED).events if e.trigger == verb]
    assert (event.date.start.isoformat(), event.date.end.isoformat()) == (day, day)


# a recent happening a definite noun names in passing, counted back from a dated clause ("reopened on Monday, two days
# after the bombing of it"), is news of its own at the sentence's place; a plan for next week stays no event
PASSING = [  # (text, the happening's noun, its place, its day)
    pytest.param("The market in Gao reopened on Monday, two days after the bombing of it.", "bombing", "Gao",
                 "2024-05-04", id="bombing-of-it"),
    pytest.param("Schools in Bama reopened on Tuesday, four days after the attack on the town.", "attack", "Bama",
                 "2024-05-03", id="attack-on-the-town"),
    pytest.param("Fishermen in Kismayo went back to sea on Thursday, three days after the raid on the harbour.", "raid",
                 "Kismayo", "2024-05-06", id="raid-on-the-harbour"),
    pytest.param("Pupils in Kaya went back to class on Wednesday, five days after the raid on the school.", "raid",
                 "Kaya", "2024-05-03", id="raid-on-the-school"),
    pytest.param("Shops in Beni stayed shut on Friday, two days after the ambush near the town.", "ambush", "Beni",
                 "2024-05-08", id="ambush-near-the-town"),
    pytest.param("The governor visited Dori on Tuesday, a day after the assault on the town.", "assault", "Dori",
                 "2024-05-06", id="assault-on-the-town"),
]


@pytest.mark.parametrize(("text", "noun", "place", "day"), PASSING)
def test_a_recent_happening_named_in_passing_and_counted_is_an_event(extractor, text, noun, place, day):
    (event,) = [e for e in extract(extractor, text, PUBLISHED).events if e.trigger == noun]
    assert (event.place.name, event.date.start.isoformat(), event.date.end.isoformat()) == (place, day, day)


PLANS = [
    pytest.param("The army said on Monday it would attack the rebels in Kidal next week.", id="would-attack-next-week"),
    pytest.param("Villagers in Mopti fear the militia will raid the town again next week.", id="will-raid-next-week"),
]


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_for_next_week_stays_no_event(extractor, text):
    assert extract(extractor, text, PUBLISHED).events == []
