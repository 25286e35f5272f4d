"""The day a clause tells is its own, not the day a report is filed or the story reached before it: a dateline whose
source's name carries brackets of its own ("GOMA, May 4 (Lake Post (web)) -") is a sentence apart that dates nothing
in the story's first; a happening told by a gerund as the subject of its verb ("Shelling went on for much of
Tuesday") is of the day that verb is told on; a happening named in passing in a sentence a date opens ("On 9 May,
observers recorded a series of explosions near X") is of that date, unless named in a reaction to it; and one named
as what a dated clause's harm was done by ("wounded on Sunday by an explosion") is of that clause's day."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday
THURSDAY, SATURDAY, SUNDAY, MONDAY, TUESDAY = (date(2024, 5, d) for d in (9, 11, 12, 13, 14))

AFTER_A_DATELINE = [
    ("KIDAL, May 15 (Sahel Evening Post (web)) - Rebels shelled an army camp and two fuel depots on the northern edge "
     "of Kidal on Monday, a local official said.", MONDAY),
    ("BENI, May 15 (Kivu Radio (online)) - Gunmen killed seven farmers working in fields near the road out of Beni on "
     "Sunday, the army said.", SUNDAY),
    ("MAIDUGURI, May 15 (Lake Chad Digest (print)) - Insurgents burned dozens of homes and a clinic in a village "
     "outside Maiduguri on Tuesday, residents said.", TUESDAY),
    ("DJIBO, May 15 (Burkina Wire (FR)) - Jihadists ambushed a supply convoy escorted by volunteers on the road south "
     "of Djibo on Saturday, a security source said.", SATURDAY),
    ("BUNIA, May 15 (Ituri Voice (radio)) - Militiamen attacked a camp for displaced families on the outskirts of "
     "Bunia on Monday, aid workers said.", MONDAY),
]

# the second paragraph's happening, told by a gerund, on a day other than the first's
GERUND_SUBJECTS = [
    ("Soldiers and militants clashed near Gao on Monday.\n\nShelling went on for much of Tuesday around Ansongo, "
     "about 90 km south of Gao, where the militants have pressed on the army since March.", TUESDAY),
    ("Gunmen killed seven farmers near Beni on Sunday.\n\nFighting went on all of Monday around Oicha, north of Beni, "
     "where rebels have raided villages since January.", MONDAY),
    ("Rebels shelled a camp near Goma on Sunday.\n\nLooting carried on through Tuesday in the market of Sake, where "
     "traders have paid the rebels since April.", TUESDAY),
    ("Jihadists attacked a checkpoint near Kidal on Sunday.\n\nBombing continued throughout Tuesday in the hills above "
     "Tessalit, where the army has held positions since 2013.", TUESDAY),
    ("Militiamen burned a school near Bunia on Saturday.\n\nFighting went on for much of Monday around Komanda, south "
     "of Bunia, where the army has hunted the militia since February.", MONDAY),
]


@pytest.mark.parametrize(("text", "day"), AFTER_A_DATELINE)
def test_a_dateline_with_a_bracketed_source_dates_nothing_in_the_story(extractor, text, day):
    event = extract(extractor, text, PUBLISHED).events[0]
    story = text.split(") - ", 1)[1]
    assert event.date is not None and event.date.start == day
    assert event.evidence is not None and event.evidence.text == story


@pytest.mark.parametrize(("text", "day"), GERUND_SUBJECTS)
def test_a_gerund_subject_is_of_the_day_its_verb_is_told(extractor, text, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.date.start for e in events if e.date and e.evidence.text in text.split("\n\n")[1]] == [day]


NAMED_IN_PASSING = [
    "On 9 May 2024, the monitoring mission recorded a series of explosions near Horlivka.",
    "On 9 May 2024, soldiers launched a sweep near Djibo, followed by an exchange of fire with militants.",
    "On 9 May 2024, residents described hours of clashes between herders and farmers near Mokwa.",
    "On 9 May 2024, the mission noted a spate of kidnappings along the road to Kaduna.",
    "On 9 May 2024, traders in Bunia described a night of looting by militiamen in the central market.",
]


@pytest.mark.parametrize("text", NAMED_IN_PASSING)
def test_a_date_opening_the_sentence_dates_a_happening_named_in_passing(extractor, text):
    assert [(e.date.start, e.date.end) for e in extract(extractor, text, PUBLISHED).events if e.date] == [
        (THURSDAY, THURSDAY)]


def test_a_reaction_on_the_opening_day_does_not_date_what_it_reacts_to(extractor):
    text = "On Monday, the governor condemned the bombing of a market in Maiduguri."
    assert [(e.date.start, e.date.end) for e in extract(extractor, text, PUBLISHED).events if e.date] != [
        (MONDAY, MONDAY)]


DONE_BY = [
    ("Six farmers were wounded on Sunday by an explosion near a well outside Gao.", SUNDAY),
    ("Three soldiers were injured Sunday by a blast on the road to Kidal.", SUNDAY),
    ("Two herders were killed Sunday by an explosion near a water point outside Menaka.", SUNDAY),
    ("Four pupils were hurt on Sunday by a bomb blast near a school in Maiduguri.", SUNDAY),
    ("A driver was wounded on Monday by a landmine explosion on the road out of Tessit.", MONDAY),
]


@pytest.mark.parametrize(("text", "day"), DONE_BY)
def test_a_happening_a_dated_harm_was_done_by_is_of_its_day(extractor, text, day):
    assert [(e.date.start, e.date.end) for e in extract(extractor, text, PUBLISHED).events if e.date] == [(day, day)]
